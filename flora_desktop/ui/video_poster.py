"""A video's first frame as a thumbnail, for the inputs editor's video rows.

QtMultimedia decodes (on its own threads, muted, into a sink: no window, no sound); the
frame is converted and scaled on a worker thread, never on the UI thread. It is bounded:
a linked video is decoded from the bytes already fetched (``VIDEO_HEAD_LIMIT``), never
streamed, and nothing waits longer than ``POSTER_TIMEOUT_S``. Where QtMultimedia cannot
load, ``PosterUnavailable`` carries one plain line; a file that yields no frame in time
gives ``None``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QImage

from flora_desktop.ui.widgets.output_media import import_multimedia

__all__ = ["POSTER_TIMEOUT_S", "PosterUnavailable", "first_frame"]

log = logging.getLogger(__name__)

# A first frame comes in ~15 ms from a local MP4 here; a file that gives none by then
# (cut short, or its index at the end of a partly fetched link) gets a note instead.
POSTER_TIMEOUT_S = 4.0


class PosterUnavailable(Exception):
    """QtMultimedia cannot load here; ``reason`` is one plain line for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _scaled(frame: Any, box: QSize) -> QImage:
    """The frame as an image that fits ``box`` (a worker thread's job)."""
    image: QImage = frame.toImage()
    if image.isNull():
        return image
    return image.scaled(
        box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


async def first_frame(
    source: Path | bytes,
    box: QSize,
    *,
    load: Callable[[], Any] | None = None,
    timeout_s: float = POSTER_TIMEOUT_S,
) -> QImage | None:
    """The first frame of the video at ``source`` (a file, or its first bytes), fitted to
    ``box``; ``None`` when none comes within ``timeout_s``."""
    try:
        multimedia, _widgets = (load or import_multimedia)()
    except (ImportError, OSError) as exc:
        log.info("no video posters: %s", exc)
        raise PosterUnavailable(
            QCoreApplication.translate(
                "VideoPoster",
                "No first frame: this computer can't show video inside the app.",
            )
        ) from exc
    loop = asyncio.get_running_loop()
    arrived: asyncio.Future[Any] = loop.create_future()
    player = multimedia.QMediaPlayer()
    sink = multimedia.QVideoSink(player)
    player.setVideoSink(sink)
    buffer: QBuffer | None = None

    def on_frame(frame: Any) -> None:
        if frame.isValid() and not arrived.done():
            # A copy: the sink reuses its frame for the next one.
            arrived.set_result(multimedia.QVideoFrame(frame))

    def on_status(status: object) -> None:
        if arrived.done():
            return
        if status == player.MediaStatus.LoadedMedia and player.hasVideo():
            player.play()
        elif status in (
            player.MediaStatus.LoadedMedia,  # no picture in it (sound only, or a bare header)
            player.MediaStatus.InvalidMedia,
            player.MediaStatus.EndOfMedia,
        ):
            arrived.set_result(None)

    def on_error(error: object, _message: str) -> None:
        # Qt also reports "no error" when a source is set: only a real error ends it.
        if error != player.Error.NoError and not arrived.done():
            arrived.set_result(None)

    sink.videoFrameChanged.connect(on_frame)
    player.mediaStatusChanged.connect(on_status)
    player.errorOccurred.connect(on_error)
    try:
        if isinstance(source, bytes):
            buffer = QBuffer(player)
            buffer.setData(QByteArray(source))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            player.setSourceDevice(buffer, QUrl("video.mp4"))
        else:
            player.setSource(QUrl.fromLocalFile(str(source)))
        try:
            frame = await asyncio.wait_for(arrived, timeout_s)
        except TimeoutError:
            log.info("no first frame within %.1f s", timeout_s)
            return None
        if frame is None:
            return None
        image = await asyncio.to_thread(_scaled, frame, box)
        return None if image.isNull() else image
    finally:
        sink.videoFrameChanged.disconnect(on_frame)
        player.mediaStatusChanged.disconnect(on_status)
        player.errorOccurred.disconnect(on_error)
        player.stop()
        player.deleteLater()
