"""Tab order in reading order whatever the form's scroll position."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from flora_desktop.ui.pages.focus_order import FocusOrder


def test_scrolling_the_form_keeps_the_tab_order(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    tool = QPushButton("Presets", page)
    layout.addWidget(tool)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    content = QWidget()
    rows = QVBoxLayout(content)
    fields = [QLineEdit(content) for _ in range(12)]
    for field in fields:
        field.setMinimumHeight(60)
        rows.addWidget(field)
    scroll.setWidget(content)
    scroll.setFixedHeight(200)
    layout.addWidget(scroll)
    run = QPushButton("Run", page)
    layout.addWidget(run)
    page.resize(400, 400)
    page.show()
    qtbot.waitExposed(page)
    order = FocusOrder(page, lambda: [page])
    expected = [tool, *fields, run]
    assert order.stops() == expected

    # Tab into a low field scrolls the form: the fields above the toolbar on screen.
    for value in (scroll.verticalScrollBar().maximum() // 2, scroll.verticalScrollBar().maximum()):
        scroll.verticalScrollBar().setValue(value)
        assert order.stops() == expected
        assert order.next_stop(fields[-1], forward=True) is run
        assert order.next_stop(fields[0], forward=False) is tool
        assert order.next_stop(tool, forward=True) is fields[0]


def test_buttons_of_one_bar_read_left_to_right_whatever_their_heights(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    bar = QHBoxLayout(page)
    batch = QPushButton("Run as a batch…", page)
    run = QPushButton("Run", page)
    bar.addWidget(batch)
    bar.addWidget(run)
    page.show()
    qtbot.waitExposed(page)
    order = FocusOrder(page, lambda: [page])
    # Run taller than its neighbour (as the primary button is): every top from 0 to 12 px
    # higher, the neighbour on its left still comes first.
    for extra in range(0, 13):
        run.setFixedHeight(22 + extra)
        batch.setFixedHeight(22)
        page.resize(400, 60 + extra % 7)
        QApplication.processEvents()
        assert order.stops() == [batch, run], extra
