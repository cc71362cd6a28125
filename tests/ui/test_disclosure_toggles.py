"""The toggles that fold a run's details say what they show or hide, on screen and aloud."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.api.models import RunStart
from flora_desktop.services.failures import explain_failure
from flora_desktop.ui.widgets.failure_box import FailureBox
from flora_desktop.ui.widgets.result_panel import ResultPanel


def _heard(button: QToolButton) -> str:
    """The name a screen reader reads for ``button``."""
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def _press(button: QToolButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _check_toggle(button: QToolButton, folded: QWidget, show: str, hide: str) -> None:
    box = button.parentWidget()
    assert box is not None
    assert button.text() == show
    assert _heard(button) == show
    assert not folded.isVisibleTo(box)
    _press(button)
    assert button.text() == hide
    assert _heard(button) == hide
    assert button.arrowType() == Qt.ArrowType.DownArrow
    assert folded.isVisibleTo(box)
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)  # by keyboard too
    assert button.text() == show
    assert _heard(button) == show
    assert button.arrowType() == Qt.ArrowType.RightArrow
    assert not folded.isVisibleTo(box)


def test_a_failed_runs_toggle_says_it_shows_and_hides_what_flora_said(qtbot: QtBot) -> None:
    box = FailureBox()
    qtbot.addWidget(box)
    box.show_advice(explain_failure("GENERATION_PROMPT_MODERATED", "Refused by the filter."))
    box.show()
    qtbot.waitExposed(box)
    _check_toggle(box.details_toggle, box.details, "Show what FLORA said", "Hide what FLORA said")
    # A new failure starts folded again, and the toggle says so.
    _press(box.details_toggle)
    box.show_advice(explain_failure("INTERNAL_ERROR"))
    assert box.details_toggle.text() == "Show what FLORA said"
    assert _heard(box.details_toggle) == "Show what FLORA said"


@pytest.mark.parametrize("found", [False, True])
def test_a_runs_details_toggle_says_it_shows_and_hides_the_run_details(
    qtbot: QtBot, found: bool
) -> None:
    panel = ResultPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_started(RunStart.from_dict({"run_id": "run_7", "type": "technique"}), "Poster")
    qtbot.waitExposed(panel)
    toggle = panel.findChild(QToolButton, "resultDetailsToggle")
    run_id = panel.findChild(QLabel, "resultRunId")
    assert toggle is not None
    assert run_id is not None
    if found:
        _press(toggle)
        panel.show_maybe_started()  # a new state folds the details and says "Show" again
        panel.show_started(RunStart.from_dict({"run_id": "run_8", "type": "technique"}))
    _check_toggle(toggle, run_id, "Show run details", "Hide run details")
