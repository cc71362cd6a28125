"""Pictures read off the UI thread: pixel size, a thumbnail, and a centre crop into a new file.

QImage and QImageReader (unlike QPixmap) may be used in a worker thread, so these functions
are meant for ``asyncio.to_thread``. Reading is bounded: the size comes from the header, the
picture is decoded already scaled down, and not at all past ``MAX_PIXELS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from flora_desktop.services import media_checks as checks

__all__ = [
    "MAX_PIXELS",
    "THUMB_HEIGHT",
    "THUMB_WIDTH",
    "ImageFacts",
    "crop_into",
    "read_image_facts",
]

# Pictures with more pixels than this are measured but not decoded (a decompression bomb).
MAX_PIXELS = 80_000_000
# The largest thumbnail made; views scale it down further.
THUMB_WIDTH = 160
THUMB_HEIGHT = 120


@dataclass(frozen=True)
class ImageFacts:
    """What a picture is: its pixel size, a thumbnail (None if not decoded) and bytes."""

    width: int
    height: int
    thumbnail: QImage | None
    size: int


def _reader(source: Path | bytes) -> tuple[QImageReader, QBuffer | None]:
    if isinstance(source, Path):
        return QImageReader(str(source)), None
    buffer = QBuffer()
    buffer.setData(QByteArray(source))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return QImageReader(buffer), buffer


def read_image_facts(source: Path | bytes, thumb: QSize | None = None) -> ImageFacts | None:
    """Size and thumbnail of a picture file or its bytes; None when it is not a picture.

    Runs in a worker thread: QImage (unlike QPixmap) may be made off the UI thread. Only the
    header is read for the size; the picture is decoded already scaled down to fit ``thumb``
    (``THUMB_WIDTH`` × ``THUMB_HEIGHT`` by default), and not at all past ``MAX_PIXELS``.
    """
    box = thumb if thumb is not None else QSize(THUMB_WIDTH, THUMB_HEIGHT)
    size = source.stat().st_size if isinstance(source, Path) else len(source)
    reader, buffer = _reader(source)
    try:
        reader.setAutoTransform(True)
        dimensions = reader.size()
        if not dimensions.isValid():
            return None
        width, height = dimensions.width(), dimensions.height()
        if width * height > MAX_PIXELS:
            return ImageFacts(width, height, None, size)
        reader.setScaledSize(dimensions.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
    finally:
        if buffer is not None:
            buffer.close()
    if image.isNull():
        return ImageFacts(width, height, None, size)
    if (image.width() > image.height()) != (width > height) and width != height:
        width, height = height, width  # turned by its EXIF orientation: as it will be shown
        image = image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
    return ImageFacts(width, height, image, size)


def crop_into(source: Path | bytes, spec: str, target: Path) -> Path:
    """Centre-crop the picture to ``spec`` and save it as ``target`` (a new file)."""
    reader, buffer = _reader(source)
    try:
        reader.setAutoTransform(True)
        image = reader.read()
    finally:
        if buffer is not None:
            buffer.close()
    if image.isNull():
        raise OSError("the picture could not be read")
    box = checks.centre_crop(image.width(), image.height(), spec)
    if box is None:
        raise OSError("the shape could not be read")
    cropped = image.copy(QRect(box.x, box.y, box.width, box.height))
    target.parent.mkdir(parents=True, exist_ok=True)
    # "x": never replace a file that appeared since the name was chosen.
    with target.open("xb") as handle:
        data = QByteArray()
        out = QBuffer(data)
        out.open(QIODevice.OpenModeFlag.WriteOnly)
        fmt = "JPG" if target.suffix.lower() in (".jpg", ".jpeg") else "PNG"
        # PySide6 takes the format as str here at run time; its stubs say bytes.
        if not cropped.save(out, fmt):  # type: ignore[call-overload]
            raise OSError("the cropped picture could not be written")
        out.close()
        handle.write(bytes(data.data()))
    return target
