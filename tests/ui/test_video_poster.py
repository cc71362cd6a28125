"""A video's first frame for an input's thumbnail: decoded, fitted, bounded in time."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from flora_desktop.sandbox import media as sandbox_media
from flora_desktop.ui.video_poster import PosterUnavailable, first_frame

SAMPLE_MP4 = Path(sandbox_media.__file__).parent / "media" / "sample.mp4"


# Marked by hand: frames arrive from the decoder's thread, which needs Qt's loop (qasync).
@pytest.mark.gui
@pytest.mark.asyncio
async def test_the_first_frame_fits_the_box_and_keeps_its_shape() -> None:
    image = await first_frame(SAMPLE_MP4.read_bytes(), QSize(160, 120))
    assert image is not None
    assert (image.width(), image.height()) == (160, 90)  # 320 × 180 fitted, 16:9 kept


@pytest.mark.gui
@pytest.mark.asyncio
async def test_a_video_cut_short_gives_no_frame_within_the_bound() -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    image = await first_frame(SAMPLE_MP4.read_bytes()[:3000], QSize(160, 90), timeout_s=0.5)
    assert image is None
    assert loop.time() - started < 2.0


@pytest.mark.gui
@pytest.mark.asyncio
async def test_without_qtmultimedia_the_reason_is_one_plain_line() -> None:
    def no_libpulse() -> object:
        raise ImportError("libpulse.so.0: cannot open shared object file")

    with pytest.raises(PosterUnavailable) as raised:
        await first_frame(SAMPLE_MP4, QSize(160, 90), load=no_libpulse)
    assert raised.value.reason == "No first frame: this computer can't show video inside the app."


@pytest.mark.gui
@pytest.mark.asyncio
async def test_a_file_that_is_not_a_video_gives_no_frame_and_no_qt_warning(tmp_path: Path) -> None:
    fake = tmp_path / "notes.mp4"
    fake.write_text("not a video at all")
    # pytest-qt fails the test on any Qt warning: FFmpeg's "Could not open media" is quiet.
    assert await first_frame(fake, QSize(160, 90)) is None
