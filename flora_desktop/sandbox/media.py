"""Output media the sandbox serves: PNGs and WAVs derived from a run's inputs, a PDF, a video."""

from __future__ import annotations

import array
import hashlib
import math
import struct
import sys
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from importlib import resources

MAX_SIDE = 512
WAV_RATE = 22_050
WAV_SECONDS = 1.5
VIDEO_FILE = "sample.mp4"

CONTENT_TYPES = {
    "png": "image/png",
    "wav": "audio/wav",
    "pdf": "application/pdf",
    "mp4": "video/mp4",
}


@dataclass(frozen=True)
class Media:
    """Bytes with their content type."""

    body: bytes
    content_type: str


def _digest(seed_text: str) -> bytes:
    return hashlib.sha256(seed_text.encode()).digest()


def image_size(aspect_ratio: str | None) -> tuple[int, int]:
    """Width and height for an aspect ratio such as ``16:9``, the long side 512 px."""
    if not aspect_ratio:
        return MAX_SIDE, MAX_SIDE
    try:
        w_text, h_text = aspect_ratio.split(":", 1)
        w, h = float(w_text), float(h_text)
    except ValueError:
        return MAX_SIDE, MAX_SIDE
    if w <= 0 or h <= 0:
        return MAX_SIDE, MAX_SIDE
    if w >= h:
        return MAX_SIDE, max(8, round(MAX_SIDE * h / w))
    return max(8, round(MAX_SIDE * w / h)), MAX_SIDE


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def make_png(seed_text: str, width: int, height: int) -> bytes:
    """An RGB PNG of diagonal colour bands; colours come from ``seed_text``."""
    digest = _digest(seed_text)
    palette = [tuple(digest[i : i + 3]) for i in range(0, 12, 3)]
    band = 48 + digest[12] % 64
    # One double-width row per brightness level; every image row is a shifted slice of one,
    # which keeps this fast without numpy.
    levels = 8
    rows = []
    for level in range(levels):
        shade = 1.0 - level * 0.06
        pixels = bytearray()
        for x in range(width * 2):
            position = (x % (band * len(palette))) / band
            a = palette[int(position)]
            b = palette[(int(position) + 1) % len(palette)]
            t = position - int(position)
            for channel in range(3):
                pixels.append(int((a[channel] * (1 - t) + b[channel] * t) * shade) & 0xFF)
        rows.append(bytes(pixels))
    raw = bytearray()
    for y in range(height):
        row = rows[y * levels // height]
        offset = (y % width) * 3
        raw += b"\x00" + row[offset : offset + width * 3]
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(raw), 6))
        + _chunk(b"IEND", b"")
    )


def make_wav(seed_text: str, seconds: float = WAV_SECONDS) -> bytes:
    """A mono 16-bit WAV: two tones whose pitches come from ``seed_text``, faded in and out."""
    digest = _digest(seed_text)
    f1 = 220 + digest[0] * 2
    f2 = f1 * 1.5
    count = int(WAV_RATE * seconds)
    fade = WAV_RATE // 20
    samples = array.array("h")
    for n in range(count):
        envelope = min(1.0, n / fade, (count - n) / fade)
        t = n / WAV_RATE
        value = 0.5 * math.sin(2 * math.pi * f1 * t) + 0.3 * math.sin(2 * math.pi * f2 * t)
        samples.append(int(value * envelope * 12_000))
    if sys.byteorder == "big":
        samples.byteswap()
    data = samples.tobytes()
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE"
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, WAV_RATE, WAV_RATE * 2, 2, 16)
    return header + fmt + b"data" + struct.pack("<I", len(data)) + data


def _pdf_text(text: str) -> str:
    safe = text.encode("latin-1", "replace").decode("latin-1")
    return safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF with a title and a few lines of Helvetica text."""
    content_lines = ["BT", "/F1 20 Tf", "56 780 Td", f"({_pdf_text(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        content_lines += ["0 -22 Td", f"({_pdf_text(line[:95])}) Tj"]
    content_lines.append("ET")
    stream = "\n".join(content_lines).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n"
    ).encode()
    return bytes(out)


def sample_video() -> bytes:
    """The small MP4 shipped with the package (made once with ffmpeg, not needed at run time)."""
    return (
        resources.files("flora_desktop.sandbox").joinpath("media").joinpath(VIDEO_FILE).read_bytes()
    )


class MediaCache:
    """A small LRU of generated media, so 50 clients polling one output cost one render."""

    def __init__(self, capacity: int = 64) -> None:
        self._capacity = capacity
        self._items: OrderedDict[str, Media] = OrderedDict()

    def get(self, key: str) -> Media | None:
        """The cached media for ``key``, refreshed as recently used."""
        media = self._items.get(key)
        if media is not None:
            self._items.move_to_end(key)
        return media

    def put(self, key: str, media: Media) -> None:
        """Remember ``media``, dropping the least recently used beyond capacity."""
        self._items[key] = media
        self._items.move_to_end(key)
        while len(self._items) > self._capacity:
            self._items.popitem(last=False)
