"""The technique list's first line: the name before "per run", one price format per list."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from flora_desktop.api.models import Technique
from flora_desktop.ui.widgets.technique_picker import TechniqueDelegate

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
