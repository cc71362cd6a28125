"""A streamed ``multipart/form-data`` body: form fields first, then one file read in a thread."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable, Mapping
from pathlib import Path

from flora_desktop.api._constants import UPLOAD_CHUNK_BYTES

__all__ = ["MultipartFile", "file_chunks"]

ProgressCallback = Callable[[int, int], None]


def _quote(value: str) -> str:
    # The HTML5 form encoding httpx uses for names and filenames in a Content-Disposition.
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


async def file_chunks(
    path: Path, size: int, on_progress: ProgressCallback | None = None
) -> AsyncIterator[bytes]:
    """Yield the file in chunks, each read in a worker thread so the event loop never blocks."""
    handle = await asyncio.to_thread(path.open, "rb")
    sent = 0
    try:
        while chunk := await asyncio.to_thread(handle.read, UPLOAD_CHUNK_BYTES):
            sent += len(chunk)
            if on_progress is not None:
                on_progress(sent, size)
            yield chunk
    finally:
        await asyncio.to_thread(handle.close)


class MultipartFile:
    """``fields`` in their given order, then ``path`` under ``file_field``; sized up front."""

    def __init__(
        self,
        fields: Mapping[str, str],
        *,
        file_field: str,
        path: Path,
        size: int,
        file_name: str,
        content_type: str,
    ) -> None:
        self.boundary = os.urandom(16).hex()
        self._path = path
        self._size = size
        parts = [
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quote(name)}"'
            f"\r\n\r\n{value}\r\n".encode()
            for name, value in fields.items()
        ]
        parts.append(
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quote(file_field)}";'
            f' filename="{_quote(file_name)}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
        )
        self._head = b"".join(parts)
        self._tail = f"\r\n--{self.boundary}--\r\n".encode()

    @property
    def headers(self) -> dict[str, str]:
        return {
            "Content-Type": f"multipart/form-data; boundary={self.boundary}",
            "Content-Length": str(len(self._head) + self._size + len(self._tail)),
        }

    async def stream(self, on_progress: ProgressCallback | None = None) -> AsyncIterator[bytes]:
        yield self._head
        async for chunk in file_chunks(self._path, self._size, on_progress):
            yield chunk
        yield self._tail
