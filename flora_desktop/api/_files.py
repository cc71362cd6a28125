"""A local file to upload, fixed at the moment it was chosen: its size, identity and time.

Two things went wrong with plain paths. A file still being written (an export) grew or
shrank between the size sent in ``Content-Length`` and the bytes read, and h11 raised
``LocalProtocolError`` out of the upload. A path swapped for a FIFO between the check and
the read blocked a worker thread for ever in ``open``/``read``. So: every open is
non-blocking and checked with ``fstat`` on the opened descriptor (a FIFO, socket or device
is refused); the bytes read are exactly the size taken at the start, and a file that ends
early, goes on past it, or is replaced or modified meanwhile raises ``FileChangedError``.
"""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

from flora_desktop.api._constants import UPLOAD_CHUNK_BYTES
from flora_desktop.api.errors import AssetUploadError, FileChangedError

__all__ = ["FileSnapshot", "ProgressCallback"]

ProgressCallback = Callable[[int, int], None]

# Non-blocking: opening a FIFO with no writer would otherwise wait for one for ever.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def _open_regular(path: Path) -> tuple[int, os.stat_result]:
    """An open descriptor on ``path`` and its ``fstat``; ``AssetUploadError`` unless regular."""
    try:
        fd = os.open(path, _OPEN_FLAGS | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise AssetUploadError(f"Could not read {path.name}: {exc.strerror}") from exc
    try:
        info = os.fstat(fd)
    except OSError as exc:
        os.close(fd)
        raise AssetUploadError(f"Could not read {path.name}: {exc.strerror}") from exc
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise AssetUploadError(f"{path.name} is not a regular file.")
    return fd, info


@dataclass(frozen=True)
class FileSnapshot:
    """A regular file as it was when taken; ``read_all``/``chunks`` send exactly that."""

    path: Path
    size: int
    device: int
    inode: int
    mtime_ns: int

    @classmethod
    def take(cls, path: str | os.PathLike[str]) -> FileSnapshot:
        """Look at ``path`` now (blocking I/O: call it in a thread)."""
        file_path = Path(path)
        fd, info = _open_regular(file_path)
        os.close(fd)
        return cls(file_path, info.st_size, info.st_dev, info.st_ino, info.st_mtime_ns)

    @property
    def name(self) -> str:
        return self.path.name

    def head(self, limit: int) -> bytes:
        """Up to ``limit`` bytes from the start (blocking I/O)."""
        fd = self._open()
        try:
            return os.read(fd, min(limit, self.size))
        except OSError as exc:
            raise AssetUploadError(f"Could not read {self.name}: {exc.strerror}") from exc
        finally:
            os.close(fd)

    def read_all(self) -> bytes:
        """The whole file, exactly ``size`` bytes (blocking I/O: call it in a thread)."""
        fd = self._open()
        try:
            parts: list[bytes] = []
            left = self.size
            while left > 0:
                chunk = self._read(fd, min(left, UPLOAD_CHUNK_BYTES))
                parts.append(chunk)
                left -= len(chunk)
            self._check_end(fd)
            return b"".join(parts)
        finally:
            os.close(fd)

    async def chunks(self, on_progress: ProgressCallback | None = None) -> AsyncIterator[bytes]:
        """Exactly ``size`` bytes in chunks, each read in a worker thread, then a last check."""
        fd = await asyncio.to_thread(self._open)
        sent = 0
        try:
            while sent < self.size:
                chunk = await asyncio.to_thread(
                    self._read, fd, min(self.size - sent, UPLOAD_CHUNK_BYTES)
                )
                sent += len(chunk)
                if on_progress is not None:
                    on_progress(sent, self.size)
                if sent == self.size:
                    # Checked before the last bytes go out: a file that grew fails the
                    # upload here, not by a body longer than its Content-Length.
                    await asyncio.to_thread(self._check_end, fd)
                yield chunk
        finally:
            os.close(fd)

    def _open(self) -> int:
        try:
            fd, info = _open_regular(self.path)
        except AssetUploadError as exc:
            cause = exc.__cause__
            if cause is None or isinstance(cause, FileNotFoundError):
                # Gone, or swapped for a FIFO or device since it was taken.
                raise FileChangedError(f"{self.name} changed after it was chosen.") from exc
            raise
        if (info.st_dev, info.st_ino) != (self.device, self.inode) or not self._same(info):
            os.close(fd)
            raise FileChangedError(f"{self.name} changed after it was chosen.")
        return fd

    def _same(self, info: os.stat_result) -> bool:
        return info.st_size == self.size and info.st_mtime_ns == self.mtime_ns

    def _read(self, fd: int, count: int) -> bytes:
        try:
            chunk = os.read(fd, count)
        except OSError as exc:
            raise AssetUploadError(f"Could not read {self.name}: {exc.strerror}") from exc
        if not chunk:
            raise FileChangedError(f"{self.name} became shorter while it was being sent.")
        return chunk

    def _check_end(self, fd: int) -> None:
        try:
            extra = os.read(fd, 1)
            info = os.fstat(fd)
        except OSError as exc:
            raise AssetUploadError(f"Could not read {self.name}: {exc.strerror}") from exc
        if extra or not self._same(info):
            raise FileChangedError(f"{self.name} changed while it was being sent.")
