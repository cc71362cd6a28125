"""A search's model reset over thousands of techniques runs no Python per row."""

from __future__ import annotations

import sys
from types import FrameType

from pytestqt.qtbot import QtBot

from flora_desktop.api.models import Technique
from flora_desktop.ui.widgets.technique_picker import TechniquePicker

ROWS = 5_000


def _techniques(count: int) -> list[Technique]:
    return [Technique(f"tech_{i:05d}", f"Technique {i}", 0.1) for i in range(count)]


def _python_calls_into_the_model(action: object) -> int:
    calls = 0

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        nonlocal calls
        if event == "call" and frame.f_code.co_filename.endswith("techniques_model.py"):
            calls += 1

    sys.setprofile(profile)
    try:
        action()  # type: ignore[operator]
    finally:
        sys.setprofile(None)
    return calls


def test_a_reset_and_repaint_call_python_only_for_rows_on_screen(qtbot: QtBot) -> None:
    picker = TechniquePicker()
    qtbot.addWidget(picker)
    picker.resize(380, 720)
    picker.show()
    qtbot.waitExposed(picker)
    many = _techniques(ROWS)
    picker.set_techniques(many, more=False, selected=None)
    qtbot.wait(1)

    def search() -> None:
        picker.set_techniques(many[::2], more=False, selected=None)
        picker.list.viewport().repaint()

    calls = _python_calls_into_the_model(search)
    # A few calls per visible row (data for its roles), not one per row of the list.
    assert 0 < calls < 400, calls
    assert picker.model.rowCount() == ROWS // 2
    assert picker.model.technique_at(ROWS // 2 - 1) is many[ROWS - 2]
