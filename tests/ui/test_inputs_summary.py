"""A past run's inputs as labelled fields with thumbnails (History's detail)."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiohttp import web
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from flora_desktop.api.models import TechniqueIO
from flora_desktop.sandbox import media as sandbox_media
from flora_desktop.ui.widgets.inputs_summary import InputsSummary, readable_key
from tests.local_site import local_site
from tests.ui.conftest import Wait

ARTWORK = TechniqueIO("artwork", "Artwork", "imageUrl")
BRIEF = TechniqueIO("brief", "Creative brief", "text", optional=True)


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("input_image", "Input image"),
        ("styleRef", "Style ref"),
        ("brief", "Brief"),
        ("product-photo", "Product photo"),
        ("", ""),
    ],
)
def test_readable_key(key: str, words: str) -> None:
    assert readable_key(key) == words


@pytest.mark.asyncio
async def test_inputs_show_as_labelled_fields_with_a_thumbnail(
    qtbot: QtBot, tmp_path: Path, wait: Wait
) -> None:
    picture = tmp_path / "poster.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3d405b"))
    assert image.save(str(picture))

    async def serve(_request: web.Request) -> web.Response:
        return web.Response(body=picture.read_bytes(), content_type="image/png")

    summary = InputsSummary()
    qtbot.addWidget(summary)
    async with local_site({"/{name}": serve}) as site:
        try:
            url = f"{site}/poster.png"
            summary.show_inputs(
                {"brief": "Warm, hand-made", "artwork": url, "seed": 42, "mood_board": [url]},
                (ARTWORK, BRIEF),
            )
            summary.show()
            lines = summary.text().splitlines()
            # Schema order and names first, then the rest with their keys made readable.
            assert lines == [
                "Artwork: poster.png",
                "Creative brief: Warm, hand-made",
                "Seed: 42",
                "Mood board: poster.png",
            ]
            thumbs = summary.findChildren(QLabel, "historyInputThumb")
            assert len(thumbs) == 2  # the artwork, and a list item that looks like a picture
            await wait(lambda: all(not t.pixmap().isNull() for t in thumbs))
            assert thumbs[0].pixmap().width() <= 96

            summary.show_note("No inputs.")
            assert summary.text() == "No inputs."
        finally:
            await summary.aclose()


# Marked by hand: the decoder hands its frame over from its own thread (qasync's loop).
@pytest.mark.gui
@pytest.mark.asyncio
async def test_a_video_input_shows_its_first_frame(qtbot: QtBot, wait: Wait) -> None:
    clip = Path(sandbox_media.__file__).parent / "media" / "sample.mp4"

    async def serve(request: web.Request) -> web.Response:
        if request.path == "/broken.mp4":
            return web.Response(body=b"not a video", content_type="video/mp4")
        return web.Response(body=clip.read_bytes(), content_type="video/mp4")

    summary = InputsSummary()
    qtbot.addWidget(summary)
    footage = TechniqueIO("footage", "Footage", "videoUrl")
    async with local_site({"/{name}": serve}) as site:
        try:
            summary.show_inputs(
                {
                    "footage": f"{site}/walk.mp4",
                    "extra": f"{site}/broken.mp4",
                },
                (footage,),
            )
            summary.show()
            assert summary.text().splitlines() == ["Footage: walk.mp4", "Extra: broken.mp4"]
            good, broken = summary.findChildren(QLabel, "historyInputThumb")
            await wait(lambda: not good.pixmap().isNull())
            assert good.pixmap().width() <= 96
            assert good.accessibleName() == "First frame of walk.mp4"
            # No frame: the name alone, no empty box.
            await wait(lambda: not broken.isVisibleTo(summary))
        finally:
            await summary.aclose()
