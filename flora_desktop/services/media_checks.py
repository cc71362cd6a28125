"""What a technique asks of a picture or video (CONTRACT §4.1), checked before credits are spent.

Pure logic, no Qt. Decisions a reader may look for:

- ``specified_aspect_ratio`` is read as ``"W:H"`` (also ``"W/H"``, ``"WxH"`` or one number);
  a picture matches when its width/height is within 1 % of it (encoders round odd sizes:
  1080×1079 is still 1:1). An unreadable spec checks nothing.
- ``specified_duration`` (seconds) matches within half a second or 2 %, whichever is larger.
- A centre crop keeps the largest box of the wanted shape, centred; it goes into a new
  file beside the original (``name-1x1.png``, never overwriting anything).
- An MP4/MOV's length comes from its ``mvhd`` box; only the box headers are read.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase

__all__ = [
    "RATIO_TOLERANCE",
    "CropBox",
    "centre_crop",
    "cropped_path",
    "describe_bytes",
    "describe_duration",
    "duration_problem",
    "mp4_duration",
    "parse_ratio",
    "ratio_problem",
    "wanted_duration",
]

RATIO_TOLERANCE = 0.01
MIN_RATIO = 0.01
# A clip length past a day is a server's mistake (1e308 s), not a rule to enforce or show.
MAX_DURATION_S = 24 * 3600.0
_RATIO = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:[:/xX×]\s*(\d+(?:\.\d+)?))?\s*")
# Boxes whose children may hold the movie header.
_CONTAINERS = {b"moov"}
_MAX_BOXES = 10_000


@dataclass(frozen=True)
class CropBox:
    """A rectangle in pixels: left, top, width, height."""

    x: int
    y: int
    width: int
    height: int


def parse_ratio(spec: str | None) -> float | None:
    """``"16:9"`` → 1.777…; None for a missing, zero or unreadable spec."""
    if not spec:
        return None
    match = _RATIO.fullmatch(spec)
    if match is None:
        return None
    width = float(match.group(1))
    height = float(match.group(2)) if match.group(2) is not None else 1.0
    if width <= 0 or height <= 0:
        return None
    ratio = width / height
    # A shape past 1:100 (or a number too large to be one) is a sliver no picture is cropped
    # to: a server's mistake, not a rule to enforce.
    if not MIN_RATIO <= ratio <= 1 / MIN_RATIO:
        return None
    return ratio


def ratio_problem(width: int, height: int, spec: str | None) -> Phrase | None:
    """Why a ``width``×``height`` picture does not fit ``spec``, in plain words, or None."""
    wanted = parse_ratio(spec)
    if wanted is None or width <= 0 or height <= 0:
        return None
    if abs(width / height - wanted) <= wanted * RATIO_TOLERANCE:
        return None
    return QT_TRANSLATE_NOOP(
        "MediaChecks",
        "This picture is {width} × {height}, but this input needs the shape {ratio}.",
    ).fill(width=width, height=height, ratio=spec)


def wanted_duration(spec: float | None) -> float | None:
    """The length an input asks for in seconds; None for none, zero or past a day."""
    if spec is None or not 0 < spec <= MAX_DURATION_S:
        return None
    return spec


def duration_problem(seconds: float, spec: float | None) -> Phrase | None:
    """Why a clip of ``seconds`` does not fit ``spec`` seconds, or None."""
    spec = wanted_duration(spec)
    if spec is None or seconds <= 0:
        return None
    if abs(seconds - spec) <= max(0.5, spec * 0.02):
        return None
    return QT_TRANSLATE_NOOP(
        "MediaChecks", "This clip is {actual}, but this input needs {wanted}."
    ).fill(actual=describe_duration(seconds), wanted=describe_duration(spec))


def centre_crop(width: int, height: int, spec: str | None) -> CropBox | None:
    """The largest centred box of the shape ``spec`` inside the picture, or None."""
    wanted = parse_ratio(spec)
    if wanted is None or width <= 0 or height <= 0:
        return None
    if width / height > wanted:
        new_width = max(1, round(height * wanted))
        return CropBox((width - new_width) // 2, 0, new_width, height)
    new_height = max(1, round(width / wanted))
    return CropBox(0, (height - new_height) // 2, width, new_height)


def cropped_path(original: Path, spec: str, folder: Path | None = None) -> Path:
    """A new file name for the crop: ``photo-1x1.png`` in ``folder`` (default: beside the
    original), numbered when taken, so nothing is ever overwritten."""
    tag = re.sub(r"[^0-9A-Za-z.]+", "x", spec.strip()) or "crop"
    suffix = original.suffix if original.suffix.lower() in (".png", ".jpg", ".jpeg") else ".png"
    where = folder if folder is not None else original.parent
    candidate = where / f"{original.stem}-{tag}{suffix}"
    number = 2
    while candidate.exists():
        candidate = where / f"{original.stem}-{tag}-{number}{suffix}"
        number += 1
    return candidate


def describe_bytes(size: int) -> str:
    """``"840 KB"``, ``"12.4 MB"``: file sizes as a file manager shows them."""
    if size < 1000:
        return QT_TRANSLATE_NOOP("MediaChecks", "{n} bytes").fill(n=size)
    for unit, scale in (("KB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if size < scale * 1000 or unit == "GB":
            value = size / scale
            text = f"{value:.0f}" if value >= 100 else f"{value:.1f}"
            return f"{text} {unit}"
    return f"{size} bytes"  # unreachable; keeps mypy sure of a return


def describe_duration(seconds: float) -> str:
    """``"0:12"``, ``"1:02:03"``; under ten seconds with a tenth: ``"4.5 s"``."""
    if seconds < 10:
        return f"{seconds:.1f} s"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def mp4_duration(stream: BinaryIO, size: int) -> float | None:
    """An MP4/MOV's length in seconds from its ``mvhd`` box, or None (not MP4, or the box
    lies beyond ``size`` bytes). Reads only box headers: cheap on a 5 GB file."""
    return _scan(stream, 0, size, 0)


def _scan(stream: BinaryIO, start: int, end: int, depth: int) -> float | None:
    position = start
    for _ in range(_MAX_BOXES):
        if position + 8 > end or depth > 4:
            return None
        stream.seek(position)
        header = stream.read(8)
        if len(header) < 8:
            return None
        box_size, kind = struct.unpack(">I4s", header)
        body = position + 8
        if box_size == 1:
            extended = stream.read(8)
            if len(extended) < 8:
                return None
            box_size = struct.unpack(">Q", extended)[0]
            body = position + 16
        elif box_size == 0:
            box_size = end - position
        if box_size < 8:
            return None
        if kind == b"mvhd":
            return _read_mvhd(stream, body)
        if kind in _CONTAINERS:
            found = _scan(stream, body, min(end, position + box_size), depth + 1)
            if found is not None:
                return found
        position += box_size
    return None


def _read_mvhd(stream: BinaryIO, body: int) -> float | None:
    stream.seek(body)
    version = stream.read(4)
    if len(version) < 4:
        return None
    if version[0] == 1:
        data = stream.read(28)
        if len(data) < 28:
            return None
        timescale, duration = struct.unpack(">IQ", data[16:28])
    else:
        data = stream.read(16)
        if len(data) < 16:
            return None
        timescale, duration = struct.unpack(">II", data[8:16])
    if timescale == 0:
        return None
    return float(duration) / float(timescale)
