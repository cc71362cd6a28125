"""An input's thumbnail grows with the room it has: tiny on a laptop no more, huge never."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.ui.widgets.media_preview import (
    MAX_THUMB_WIDTH,
    THUMB_HEIGHT,
    THUMB_WIDTH,
    MediaPreview,
    thumb_box,
)
from tests.ui.conftest import Wait
from tests.ui.test_input_media import (  # noqa: F401 (fixtures)
    OpenPage,
    child,
    chooser,
    click,
    open_technique,
    row_value,
    write_picture,
)
from tests.ui.tools_support import Chooser


@given(width=st.integers(0, 8000), height=st.integers(0, 5000))
def test_the_box_is_4_by_3_within_its_limits(width: int, height: int) -> None:
    box = thumb_box(width, height)
    assert box.width() * THUMB_HEIGHT == box.height() * THUMB_WIDTH
    assert THUMB_WIDTH <= box.width() <= MAX_THUMB_WIDTH
    # Larger than the smallest only where the window has the height for it.
    assert box.height() == THUMB_HEIGHT or box.height() <= height // 5


def _window(qtbot: QtBot, width: int, height: int) -> tuple[QWidget, MediaPreview]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    preview = MediaPreview(window)
    layout.addWidget(preview)
    layout.addStretch(1)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window, preview


def _drawn(thumb: QLabel) -> QSize:
    """The drawn picture's size in logical pixels."""
    return thumb.pixmap().deviceIndependentSize().toSize()


def test_on_a_large_screen_the_thumbnail_is_large_and_sharp(qtbot: QtBot) -> None:
    window, preview = _window(qtbot, 1800, 1440)
    picture = QImage(preview.decode_size(), QImage.Format.Format_RGB32)
    picture.fill(QColor("#2a6f97"))
    preview.show_media(picture, "poster.png · 2.0 MB · 4000 × 3000")
    qtbot.waitUntil(lambda: preview.thumb.width() > THUMB_WIDTH)
    assert preview.thumb.width() >= 2 * THUMB_WIDTH
    drawn = _drawn(preview.thumb)
    assert drawn.width() == preview.thumb.width()  # fills its box, not 160 px in a big one
    # Drawn at the screen's density, from a picture decoded large enough for it.
    ratio = preview.thumb.devicePixelRatioF()
    assert preview.thumb.pixmap().width() == round(drawn.width() * ratio)
    assert preview.decode_size().width() >= MAX_THUMB_WIDTH * ratio

    # A small window: a smaller box, the picture redrawn to fit it.
    large = preview.thumb.width()
    window.resize(700, 480)
    qtbot.waitUntil(lambda: preview.thumb.width() < large)
    assert preview.thumb.size() == thumb_box(preview.width(), window.height())
    assert preview.thumb.height() <= max(THUMB_HEIGHT, window.height() // 5)
    assert _drawn(preview.thumb).width() == preview.thumb.width()


@pytest.mark.asyncio
async def test_a_chosen_picture_fills_a_large_thumbnail_in_a_large_window(
    open_technique: OpenPage,  # noqa: F811 (the fixture imported above)
    chooser: Chooser,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
    wait: Wait,
) -> None:
    page = await open_technique("Logo Animator")
    page.window().resize(2560, 1440)
    QApplication.processEvents()  # the resize reaches the rows before the picture is chosen
    chooser.path = write_picture(tmp_path / "logo.png", 1200, 1200)
    click(child(page, QPushButton, "chooseFileButton:logo"))
    await wait(lambda: str(row_value(page, "logo")).endswith("logo.png"))
    thumb = child(page, QLabel, "mediaThumb:logo")
    await wait(lambda: not thumb.pixmap().isNull())
    assert thumb.width() > THUMB_WIDTH
    drawn = _drawn(thumb)
    assert drawn.height() == thumb.height()  # a square picture fills the box's height
    assert drawn.height() > THUMB_HEIGHT
