"""A streamed ``multipart/form-data`` body: form fields first, then one file read in a thread."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping

from flora_desktop.api._files import FileSnapshot, ProgressCallback

__all__ = ["MultipartFile", "ProgressCallback"]


def _quote(value: str) -> str:
    # The HTML5 form encoding httpx uses for names and filenames in a Content-Disposition.
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartFile:
    """``fields`` in their given order, then the file under ``file_field``; sized up front."""

    def __init__(
        self,
        fields: Mapping[str, str],
        *,
        file_field: str,
        file: FileSnapshot,
        file_name: str,
        content_type: str,
    ) -> None:
        self.boundary = os.urandom(16).hex()
        self._file = file
        self._size = file.size
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
        async for chunk in self._file.chunks(on_progress):
            yield chunk
        yield self._tail
