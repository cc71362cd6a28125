"""The technique list's rows: the name before "per run", one price format per list, icons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from flora_desktop.api.models import Technique, TechniqueIO
from flora_desktop.ui.models.techniques_model import TechniquesModel
from flora_desktop.ui.widgets.technique_picker import TechniqueDelegate, paint_io_icon

NAMES = ["CCTV Cam", "Voiceover Studio", "Product Shot Studio", "Background Remover", "Lip Sync"]


def technique(name: str, cost: float = 0.06) -> Technique:
    return Technique(technique_id="tech_1", name=name, run_cost=cost)


@pytest.mark.parametrize("name", NAMES)
def test_a_name_that_fits_beside_the_bare_price_is_never_elided(qtbot: QtBot, name: str) -> None:
    del qtbot  # only for the QApplication
    delegate = TechniqueDelegate()
    font = QFont()
    bold = QFont(font)
    bold.setBold(True)
    price_room = QFontMetrics(font).horizontalAdvance("$0.06") + TechniqueDelegate.PADDING
    name_room = QFontMetrics(bold).horizontalAdvance(name)
    # Every width from "name and bare price fit" (a pixel of rounding) up: the whole name.
    start = name_room + price_room + 2
    for width in range(start, start + 300, 7):
        shown_name, cost = delegate.first_line(technique(name), font, width)
        assert shown_name == name, width
        assert "0.06" in cost
    # With room to spare the price keeps its words.
    assert delegate.first_line(technique(name), font, 1000)[1] != "$0.06"


def test_a_name_too_long_for_any_room_is_elided_not_overprinted(qtbot: QtBot) -> None:
    del qtbot
    delegate = TechniqueDelegate()
    font = QFont()
    shown_name, cost = delegate.first_line(technique("A very long technique name indeed"), font, 90)
    assert shown_name.endswith("…")
    assert "0.06" in cost


def test_every_row_of_one_list_shows_its_price_the_same_way(qtbot: QtBot) -> None:
    del qtbot
    delegate = TechniqueDelegate()
    font = QFont()
    rows = [technique(name, cost) for name in NAMES for cost in (0.06, 0.8, 12.5)]
    seen: set[bool] = set()
    for width in range(120, 900, 11):
        with_words = {"per run" in delegate.first_line(row, font, width)[1] for row in rows}
        assert len(with_words) == 1, width  # never "$0.80 per run" beside a bare "$0.06"
        seen |= with_words
    assert seen == {True, False}  # narrow lists drop the words, wide ones keep them


def paint_row(delegate: TechniqueDelegate, row: Technique, ratio: float) -> QImage:
    """One row as the list paints it, onto an image of ``ratio`` device pixels per pixel."""
    model = TechniquesModel()
    model.set_rows([row])
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 420, 56)
    option.font = QFont()
    option.palette = QApplication.palette()
    image = QImage(round(420 * ratio), round(56 * ratio), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def differing(a: QImage, b: QImage) -> int:
    return sum(
        1
        for x in range(a.width())
        for y in range(a.height())
        if abs(QColor(a.pixel(x, y)).lightness() - QColor(b.pixel(x, y)).lightness()) > 60
    )


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_io_icons_drawn_from_the_cache_look_as_drawn_directly(qtbot: QtBot, ratio: float) -> None:
    del qtbot
    row = Technique(
        technique_id="tech_1",
        name="Product Shot Studio",
        run_cost=0.06,
        inputs=tuple(
            TechniqueIO(id="a", name="a", type=t) for t in ("imageUrl", "text", "audioUrl")
        ),
        outputs=tuple(TechniqueIO(id="b", name="b", type=t) for t in ("videoUrl", "documentUrl")),
    )
    delegate = TechniqueDelegate()
    first = paint_row(delegate, row, ratio)  # fills the icon cache
    again = paint_row(delegate, row, ratio)  # drawn from it
    assert first == again
    assert len(delegate._icons) == 5  # one per IO type at this size, colour and ratio

    class Direct(TechniqueDelegate):
        def _paint_icon(
            self, painter: QPainter, x: float, y: float, side: int, io_type: str, color: QColor
        ) -> None:
            paint_io_icon(painter, QRectF(x, y, side, side), io_type, color)

    direct = paint_row(Direct(), row, ratio)
    ink = sum(1 for x in range(direct.width()) for y in range(direct.height())
              if QColor(direct.pixel(x, y)).lightness() < 200)  # fmt: skip
    assert ink > 50
    # Antialiased edges may round differently; shapes and places are the same.
    assert differing(first, direct) <= ink // 20
