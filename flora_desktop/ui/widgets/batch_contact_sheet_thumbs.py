"""Thumbnails for the batch contact sheet: decoded in worker threads, a few at a time, cached.

Only cells being painted ask for a picture, so a 500-row batch decodes what is on screen.
Requests beyond ``MAX_WANTED`` drop the oldest (cells scrolled past); the newest are decoded
first. Decoding uses QImageReader/QImage, which (unlike QPixmap) may run off the UI thread,
scaled while reading and never past ``MAX_PIXELS``; the pixmap is made on the UI thread.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from flora_desktop.ui.image_probe import MAX_PIXELS

__all__ = ["MAX_CACHED", "MAX_WANTED", "ThumbnailCache", "read_thumbnail"]

# Pictures kept (about 120 KB each at 176 px): bounded whatever the batch's size.
MAX_CACHED = 160
# Cells asked for but not decoded yet; older asks (scrolled past) are dropped.
MAX_WANTED = 48
WORKERS = 2


def read_thumbnail(path: str, side: int) -> QImage:
    """The picture at ``path`` scaled to fit ``side`` (null if it is not a readable picture).

    Thread-safe: QImageReader and QImage only.
    """
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return QImage()
    if size.width() > side or size.height() > side:
        reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if not image.isNull() and (image.width() > side or image.height() > side):
        # Turned by its EXIF orientation after scaling: fit it again.
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio)
    return image


class _Relay(QObject):
    """Carries a decoded picture from a worker thread to the UI thread (a queued signal)."""

    decoded = Signal(str, QImage)


def _decode(path: str, side: int, relay: _Relay, alive: threading.Event) -> None:
    """In a worker thread: read, then hand over (queued) unless the cache was shut down."""
    image = read_thumbnail(path, side)
    if alive.is_set():
        relay.decoded.emit(path, image)


class ThumbnailCache(QObject):
    """Pictures by file path, ``side`` pixels at most. Signal: ``ready(str)`` with the path."""

    ready = Signal(str)

    def __init__(self, side: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.side = side
        # Plain Python threads: a QRunnable's Python half can be collected before it runs.
        self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="thumbnails")
        # No parent: owned by Python and the decodes in flight, so it outlives a closed view.
        self._relay = _Relay()
        self._relay.decoded.connect(self._on_decoded)
        self._alive = threading.Event()
        self._alive.set()
        self._cache: OrderedDict[str, QPixmap | None] = OrderedDict()
        self._wanted: OrderedDict[str, None] = OrderedDict()
        self._busy: set[str] = set()

    def __repr__(self) -> str:
        return f"ThumbnailCache(side={self.side}, cached={len(self._cache)})"

    @property
    def cached(self) -> int:
        return len(self._cache)

    @property
    def pending(self) -> int:
        return len(self._wanted) + len(self._busy)

    def pixmap(self, path: str) -> QPixmap | None:
        """The picture if decoded; otherwise ``None`` and it is queued (``ready`` follows)."""
        if path in self._cache:
            self._cache.move_to_end(path)
            return self._cache[path]
        if path not in self._busy:
            self._wanted[path] = None
            self._wanted.move_to_end(path)
            while len(self._wanted) > MAX_WANTED:
                self._wanted.popitem(last=False)
            self._pump()
        return None

    def failed(self, path: str) -> bool:
        """The file was read and is not a picture (or is gone): show a card instead."""
        return path in self._cache and self._cache[path] is None

    def shutdown(self) -> None:
        """Start nothing more and wait for decodes in flight (at most ``WORKERS`` pictures)."""
        self._alive.clear()
        self._wanted.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _pump(self) -> None:
        while self._wanted and len(self._busy) < WORKERS and self._alive.is_set():
            path, _ = self._wanted.popitem(last=True)  # the newest ask: on screen now
            self._busy.add(path)
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                loop = None
            if loop is None:
                # No asyncio loop (a bare Qt loop): the worker hands over by a queued signal.
                self._pool.submit(_decode, path, self.side, self._relay, self._alive)
                continue
            # Under qasync the loop's own wake-up carries the result back to this thread.
            future = loop.run_in_executor(self._pool, read_thumbnail, path, self.side)
            future.add_done_callback(functools.partial(self._on_future, path))

    def _on_future(self, path: str, future: asyncio.Future[QImage]) -> None:
        if not self._alive.is_set() or future.cancelled() or not shiboken6.isValid(self):
            return  # shut down, or the view is gone: nobody to show it to
        error = future.exception()
        self._on_decoded(path, QImage() if error is not None else future.result())

    def _on_decoded(self, path: str, image: QImage) -> None:
        self._busy.discard(path)
        self._cache[path] = None if image.isNull() else QPixmap.fromImage(image)
        while len(self._cache) > MAX_CACHED:
            self._cache.popitem(last=False)
        self._pump()
        self.ready.emit(path)
