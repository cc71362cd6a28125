"""Pictures read off the UI thread: bounded size reads, thumbnails and crops into new files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from flora_desktop.ui.image_probe import THUMB_HEIGHT, THUMB_WIDTH, crop_into, read_image_facts
from tests.upload_samples import write_png


def picture(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#81b29a"))
    assert image.save(str(path))
    return path


def test_a_picture_is_measured_and_thumbnailed_from_a_file_or_bytes(
    qapp: Any, tmp_path: Path
) -> None:
    path = picture(tmp_path / "wide.png", 1600, 900)
    for source in (path, path.read_bytes()):
        facts = read_image_facts(source)
        assert facts is not None
        assert (facts.width, facts.height) == (1600, 900)
        assert facts.size == path.stat().st_size
        assert facts.thumbnail is not None
        assert facts.thumbnail.width() <= THUMB_WIDTH
        assert facts.thumbnail.height() <= THUMB_HEIGHT


def test_a_decompression_bomb_is_measured_but_never_decoded(qapp: Any, tmp_path: Path) -> None:
    # A header claiming 30,000 × 30,000 (900 million pixels) over a few bytes of data.
    bomb = write_png(tmp_path / "bomb.png", width=30_000, height=30_000)
    facts = read_image_facts(bomb)
    assert facts is not None
    assert (facts.width, facts.height) == (30_000, 30_000)
    assert facts.thumbnail is None


@pytest.mark.parametrize("data", [b"", b"not a picture", b"\x89PNG\r\n\x1a\n"])
def test_bytes_that_are_not_a_picture_read_as_none(qapp: Any, data: bytes) -> None:
    assert read_image_facts(data) is None


def test_a_crop_is_a_new_file_and_never_overwrites_one(qapp: Any, tmp_path: Path) -> None:
    original = picture(tmp_path / "logo.png", 400, 300)
    before = original.read_bytes()
    made = crop_into(original, "1:1", tmp_path / "logo-1x1.png")
    assert QImage(str(made)).size().toTuple() == (300, 300)
    assert original.read_bytes() == before
    with pytest.raises(FileExistsError):
        crop_into(original, "1:1", made)
