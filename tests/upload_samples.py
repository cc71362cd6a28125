"""Sample local files for upload tests: real headers, any size, no binary fixtures in git."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from flora_desktop.api._constants import DIRECT_UPLOAD_MAX_BYTES

# A little over the direct-upload limit, so the signed route is taken.
LARGE_BYTES = DIRECT_UPLOAD_MAX_BYTES + 256 * 1024


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def write_png(path: Path, *, size: int = 0, width: int = 1, height: int = 1) -> Path:
    """A valid PNG of ``width``×``height`` (header), padded to about ``size`` bytes."""
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    pixels = _chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
    base = 8 + len(header) + len(pixels) + 12
    padding = max(0, size - base - 12)
    filler = _chunk(b"paDd", b"\x00" * padding) if padding else b""
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + header + filler + pixels + _chunk(b"IEND", b""))
    return path


def write_mp4(path: Path, size: int = 4096) -> Path:
    """An ISO media file whose ``ftyp`` box says MP4, padded to ``size`` bytes."""
    ftyp = struct.pack(">I", 24) + b"ftypisom" + b"\x00\x00\x02\x00" + b"isomiso2"
    path.write_bytes(ftyp + b"\x00" * max(0, size - len(ftyp)))
    return path


def write_exe(path: Path) -> Path:
    """The start of a Windows program (``MZ``)."""
    path.write_bytes(b"MZ\x90\x00" + b"\x00" * 256)
    return path
