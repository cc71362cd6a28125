"""A shown inputs editor builds a long table over several turns; edits meanwhile stay right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolButton, QWidget

from flora_desktop.api.errors import FieldError
from flora_desktop.api.models import Technique, TechniqueIO
from flora_desktop.ui.widgets.inputs_editor import FIRST_ROWS, InputsEditor
from flora_desktop.ui.widgets.row_pages import PAGE_ROWS

TECH = Technique("tech_long", "Long", 0.1, inputs=(TechniqueIO("prompt", "Prompt", "text"),))
COUNT = PAGE_ROWS * 3 + 4  # several pages, the last one part-filled


def long_draft() -> dict[str, Any]:
    rows = [
        {"key": f"k{i}", "value": f"v{i}", "mode": "text", "custom": True} for i in range(COUNT)
    ]
    return {"version": 1, "rows": rows}


def shown_editor(qtbot: Any) -> InputsEditor:
    editor = InputsEditor()
    qtbot.addWidget(editor)
    editor.resize(800, 600)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def widget_keys(editor: InputsEditor) -> list[str]:
    return [widget.row.key for widget in editor.row_widgets()]


def test_every_row_is_built_in_order_with_its_names(qtbot: Any) -> None:
    editor = shown_editor(qtbot)
    editor.set_technique(TECH, long_draft())
    assert COUNT + 1 - editor.rows_pending() >= FIRST_ROWS  # a screenful is there at once
    qtbot.waitUntil(lambda: editor.rows_pending() == 0, timeout=20_000)
    keys = [row.key for row in editor.rows()]
    assert widget_keys(editor) == keys
    last = editor.findChild(QPlainTextEdit, f"inputValueField:k{COUNT - 1}")
    assert last is not None
    assert last.toPlainText() == f"v{COUNT - 1}"
    # Rows sit in order on screen too (pages stack like one column).
    tops = [w.mapTo(editor, w.rect().topLeft()).y() for w in editor.row_widgets()]
    assert tops == sorted(tops)


def test_adding_a_row_while_building_puts_it_last(qtbot: Any) -> None:
    editor = shown_editor(qtbot)
    editor.set_technique(TECH, long_draft())
    editor.add_custom_row()
    assert editor.rows_pending() == 0
    keys = widget_keys(editor)
    assert keys[-1] == ""
    assert len(keys) == COUNT + 2
    assert keys == [row.key for row in editor.rows()]


def test_undo_and_moves_keep_widgets_and_model_in_step(qtbot: Any) -> None:
    editor = shown_editor(qtbot)
    editor.set_technique(TECH, long_draft())
    qtbot.waitUntil(lambda: editor.rows_pending() == 0, timeout=20_000)
    # Move the last row of the first page down into the second page, and back.
    row_key = editor.model.row(PAGE_ROWS).key  # row 0 is the schema's prompt
    down = editor.findChild(QToolButton, f"moveInputDownButton:{row_key}")
    assert down is not None
    qtbot.mouseClick(down, Qt.MouseButton.LeftButton)
    assert widget_keys(editor)[PAGE_ROWS + 1] == row_key
    assert widget_keys(editor) == [row.key for row in editor.rows()]
    editor.undo()
    assert widget_keys(editor)[PAGE_ROWS] == row_key
    # Replacing every row and undoing it rebuilds the table either way.
    editor.replace_rows(editor.rows()[:3], "Trim")
    qtbot.waitUntil(lambda: editor.rows_pending() == 0, timeout=20_000)
    assert len(editor.row_widgets()) == 3
    editor.undo()
    qtbot.waitUntil(lambda: editor.rows_pending() == 0, timeout=20_000)
    assert widget_keys(editor) == [row.key for row in editor.rows()]
    assert len(editor.row_widgets()) == COUNT + 1


def test_a_full_page_is_shown_in_a_turn_of_its_own(qtbot: Any) -> None:
    """Showing a page lays out its rows: never on top of a turn's worth of new rows.

    (The last rows' page too: its turn builds nothing, ``show_full`` finds no full page.)
    """
    editor = shown_editor(qtbot)
    turns: list[tuple[int, int]] = []  # (rows built, pages shown) per background turn
    pages = editor._pages
    show_full = pages.show_full

    def counting_show_full() -> bool:
        shown = show_full()
        turns.append((0, 1) if shown else (-1, 0))
        return shown

    pages.show_full = counting_show_full  # type: ignore[method-assign]
    build = editor._build_rows

    def counting_build(at_least: int | None) -> None:
        before = len(editor._rows)
        build(at_least)
        if turns and turns[-1][0] == -1:
            turns[-1] = (len(editor._rows) - before, 0)

    editor._build_rows = counting_build  # type: ignore[method-assign]
    editor.set_technique(TECH, long_draft())
    # The last, part-filled page is shown a turn after its rows were built.
    qtbot.waitUntil(lambda: editor.rows_pending() == 0 and not pages.has_staged(), timeout=20_000)
    assert (0, 1) in turns  # pages were shown by turns that built nothing
    assert all(built == 0 for built, shown in turns if shown)
    rows_pages = [w for w in editor.findChildren(QWidget) if w.objectName() == "inputsRowsPage"]
    assert rows_pages
    assert rows_pages[0].isVisible()  # the screenful; pages far below may be parked
    assert all(page.isVisible() or page in pages._parked for page in rows_pages)
    assert widget_keys(editor) == [row.key for row in editor.rows()]


def far_page_editor(qtbot: Any) -> InputsEditor:
    """A shown editor, small enough that the last rows' page is parked once built."""
    editor = shown_editor(qtbot)
    editor.resize(800, 300)
    editor.set_technique(TECH, long_draft())
    qtbot.waitUntil(lambda: editor.rows_pending() == 0, timeout=20_000)
    last = editor.findChild(QPlainTextEdit, f"inputValueField:k{COUNT - 1}")
    assert last is not None
    qtbot.waitUntil(lambda: not last.isVisible(), timeout=5_000)  # parked: not laid out
    return editor


def test_pages_far_from_the_screen_are_parked_and_come_back_when_scrolled_to(
    qtbot: Any,
) -> None:
    editor = far_page_editor(qtbot)
    bar = editor._scroll.verticalScrollBar()
    last = editor.findChild(QPlainTextEdit, f"inputValueField:k{COUNT - 1}")
    assert last is not None
    bar.setValue(bar.maximum())
    qtbot.waitUntil(last.isVisible, timeout=5_000)
    first = editor.findChild(QPlainTextEdit, "inputValueField:k0")
    assert first is not None
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=5_000)  # the top parked in turn


def test_the_focus_goes_to_a_far_field_at_fault(qtbot: Any) -> None:
    editor = far_page_editor(qtbot)
    far = f"k{COUNT - 2}"
    unmatched = editor.show_field_errors([FieldError(far, "Not accepted")])
    assert unmatched == []
    row = editor.row_widget(far)
    assert row is not None
    assert row.isVisible()  # its page is shown again
    # A custom row's name is what FLORA refused: the focus is on it.
    field = row.key_field
    assert field is not None
    qtbot.waitUntil(field.hasFocus, timeout=5_000)
    viewport = editor._scroll.viewport()

    def on_screen() -> bool:
        top = field.mapTo(viewport, field.rect().topLeft()).y()
        return 0 <= top < viewport.height()

    qtbot.waitUntil(on_screen, timeout=5_000)


def tab_stops(row: QWidget) -> list[QWidget]:
    chain = row.focus_chain()  # type: ignore[attr-defined]
    return [
        item
        for item in chain
        if item.isVisibleTo(row)
        and item.isEnabled()
        and item.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def test_tab_walks_into_parked_and_unbuilt_rows_in_order(qtbot: Any) -> None:
    editor = shown_editor(qtbot)
    editor.resize(800, 300)
    editor.set_technique(TECH, long_draft())
    # Straight away, while most rows are not built yet: Tab from the last built row
    # reaches the next row, built for it.
    built = len(editor._rows)
    assert editor.rows_pending() > 0
    last_stop = tab_stops(editor._rows[-1])[-1]
    last_stop.setFocus()
    qtbot.waitUntil(last_stop.hasFocus, timeout=5_000)
    qtbot.keyClick(last_stop, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab_stops(editor._rows[built])[0]
    # Once built, Tab walks through every page, parked or not, in table order.
    qtbot.waitUntil(lambda: editor.rows_pending() == 0, timeout=20_000)
    expected = [item for row in editor.row_widgets() for item in tab_stops(row)]
    focused = QApplication.focusWidget()
    assert focused is not None
    start = expected.index(focused)
    for item in expected[start + 1 : start + 1 + len(expected) // 2]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is item
    # And back with Shift+Tab into pages parked above.
    editor._scroll.verticalScrollBar().setValue(editor._scroll.verticalScrollBar().maximum())
    tail = expected[-1]
    editor._pages.reveal(tail)
    tail.setFocus()
    qtbot.waitUntil(tail.hasFocus, timeout=5_000)
    for item in reversed(expected[len(expected) // 2 : -1]):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is item


def test_the_scroll_range_stays_steady_while_pages_build(qtbot: Any) -> None:
    editor = shown_editor(qtbot)
    bar = editor._scroll.verticalScrollBar()
    ranges: list[int] = []
    editor.set_technique(TECH, long_draft())
    qtbot.wait(1)  # the first screenful laid out
    bar.rangeChanged.connect(lambda _low, high: ranges.append(high))
    qtbot.waitUntil(lambda: editor.rows_pending() == 0 and not editor._pages.has_staged(),
                    timeout=20_000)  # fmt: skip
    qtbot.wait(50)
    final = bar.maximum()
    assert final > 0
    row_height = editor.row_widgets()[1].height()
    # Each page measured replaces its estimate; they may differ by a little, not by pages.
    assert all(abs(high - final) <= 2 * row_height for high in ranges), (ranges, final)


def test_a_parked_page_keeps_its_true_height_when_the_width_changes(qtbot: Any) -> None:
    """Help text wraps: narrower, a page is taller; its placeholder must follow."""
    help_text = "A long help text that wraps onto more lines as the editor narrows. " * 4
    inputs = tuple(
        TechniqueIO(f"in{i}", f"Input {i}", "text", description=help_text) for i in range(COUNT)
    )
    technique = Technique("tech_help", "Help", 0.1, inputs=inputs)
    editor = shown_editor(qtbot)
    editor.resize(1000, 300)
    editor.set_technique(technique)
    pages = editor._pages
    qtbot.waitUntil(lambda: editor.rows_pending() == 0 and not pages.has_staged(), timeout=20_000)
    qtbot.waitUntil(lambda: bool(pages._parked), timeout=5_000)
    page = next(iter(pages._parked))
    wide = pages._parked[page]
    editor.resize(700, 300)
    qtbot.waitUntil(lambda: page in pages._parked and pages._parked[page] > wide, timeout=5_000)
    narrow = pages._parked[page]
    pages.reveal(page)
    slot = page.parentWidget()
    assert slot is not None
    qtbot.waitUntil(lambda: abs(slot.height() - narrow) <= 2, timeout=5_000)
