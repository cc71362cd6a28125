"""Tests for the inputs editor, clicking and typing into its real widgets."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from flora_desktop.api.errors import FieldError
from flora_desktop.api.models import Technique, TechniqueIO
from flora_desktop.services import inputs as svc
from flora_desktop.services.inputs import InputRow
from flora_desktop.ui.widgets.input_row import InputRowWidget
from flora_desktop.ui.widgets.inputs_editor import InputsEditor
from flora_desktop.ui.widgets.value_editors import LargeValueView, ListValueEditor

PROMPT = TechniqueIO("prompt", "Prompt", "text", description="Describe the scene")
IMAGE = TechniqueIO("image", "Product photo", "imageUrl", specified_aspect_ratio="16:9")
MUSIC = TechniqueIO("music", "Soundtrack", "audioUrl", optional=True, specified_duration=5)
REFS = TechniqueIO("refs", "References", "imageUrl", optional=True, allow_multiple=True)
STYLE = TechniqueIO("style", "Style", "text", optional=True)
TECH = Technique("tech_demo", "Demo", 0.12, inputs=(PROMPT, IMAGE, MUSIC, REFS, STYLE))
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def editor(qtbot: Any) -> InputsEditor:
    widget = InputsEditor()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.set_technique(TECH)
    widget.set_advanced(True)  # these tests use custom rows and JSON; the default is below
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def value_field(editor: InputsEditor, key: str) -> Any:
    field = editor.findChild(QWidget, f"inputValueField:{key}")
    assert field is not None, key
    return field


def message(editor: InputsEditor, key: str) -> str:
    found = label(editor, f"inputMessage:{key}")
    return found.text() if found.isVisible() else ""


def label(editor: InputsEditor, name: str) -> QLabel:
    found = editor.findChild(QLabel, name)
    assert found is not None, name
    return found


def row(editor: InputsEditor, key: str) -> InputRowWidget:
    widget = editor.row_widget(key)
    assert widget is not None, key
    return widget


def button(editor: InputsEditor, name: str) -> Any:
    found = editor.findChild(QToolButton, name) or editor.findChild(QPushButton, name)
    assert found is not None, name
    return found


def add_custom(editor: InputsEditor, qtbot: Any, key: str, value: str = "") -> InputRowWidget:
    qtbot.mouseClick(button(editor, "addInputButton"), Qt.MouseButton.LeftButton)
    widget = editor.row_widgets()[-1]
    assert widget.key_field is not None
    qtbot.keyClicks(widget.key_field, key)
    if value:
        qtbot.keyClicks(value_field(editor, key), value)
    return widget


def test_prefilled_from_the_technique(editor: InputsEditor) -> None:
    assert editor.objectName() == "inputsEditor"
    assert editor.accessibleName() == "Technique inputs"
    assert [w.row.key for w in editor.row_widgets()] == [
        "prompt",
        "image",
        "music",
        "refs",
        "style",
    ]
    image = row(editor, "image")
    assert image.name_label.text() == "Product photo"
    assert image.key_label.text() == "image"
    assert image.type_label.text() == "Image"
    assert image.requirement.text() == "Required"
    assert image.constraints.text() == "Landscape (16:9)"
    assert row(editor, "music").constraints.text() == "Must be 5 s long"
    assert row(editor, "music").requirement.text() == "Optional"
    prompt = row(editor, "prompt")
    assert prompt.help_label.text() == "Describe the scene"
    assert prompt.help_label.isVisible()
    assert prompt.name_label.toolTip() == "Describe the scene"
    assert isinstance(value_field(editor, "prompt"), QPlainTextEdit)
    assert isinstance(value_field(editor, "image"), QLineEdit)
    assert isinstance(editor.findChild(QWidget, "inputValue:refs"), ListValueEditor)
    assert value_field(editor, "image").accessibleName() == "Product photo"
    assert "Landscape (16:9)" in value_field(editor, "image").accessibleDescription()
    for name in ("addInputButton", "editAsJsonButton", "undoButton", "redoButton"):
        assert button(editor, name).accessibleName()
    # A live message label has no fixed accessible name (it would hide the text).
    assert label(editor, "inputMessage:image").accessibleName() == ""


def test_typing_a_bad_url_flags_the_row_as_you_type(editor: InputsEditor, qtbot: Any) -> None:
    field = value_field(editor, "image")
    qtbot.keyClicks(field, "ftp://e.com/photo.png")
    assert message(editor, "image") == svc.MSG_URL_NOT_WEB
    assert field.property("invalid") is True
    assert row(editor, "image").property("invalid") is True
    assert label(editor, "inputMessage:image").accessibleDescription() == message(editor, "image")
    field.selectAll()
    qtbot.keyClicks(field, "https://example.com/photo.png")
    assert message(editor, "image") == ""
    assert field.property("invalid") is False


def test_json_mode_flags_invalid_json_in_the_row(editor: InputsEditor, qtbot: Any) -> None:
    qtbot.keyClicks(value_field(editor, "style"), "bold")
    qtbot.mouseClick(button(editor, "jsonToggle:style"), Qt.MouseButton.LeftButton)
    field = value_field(editor, "style")
    assert field.toPlainText() == '"bold"'
    field.selectAll()
    qtbot.keyClicks(field, '{"warm": tru')
    qtbot.waitUntil(lambda: "valid JSON" in message(editor, "style"), timeout=5000)
    assert "line 1, column 10" in message(editor, "style")
    result = editor.validate(reveal=False)
    assert [(p.key, p.message[:22]) for p in result.problems] == [
        ("prompt", "Required"),
        ("image", "Required"),
        ("style", "This isn't valid JSON:"),
    ]
    qtbot.keyClicks(field, "e}")
    editor.model.flush_checks()
    assert "valid JSON" not in message(editor, "style")
    qtbot.mouseClick(button(editor, "jsonToggle:style"), Qt.MouseButton.LeftButton)
    assert value_field(editor, "style").toPlainText() == '{"warm": true}'


def test_add_remove_and_reorder_custom_rows(editor: InputsEditor, qtbot: Any) -> None:
    add_custom(editor, qtbot, "a", "1")
    add_custom(editor, qtbot, "b", "2")
    add_custom(editor, qtbot, "c", "3")

    def order() -> list[str]:
        return [w.row.key for w in editor.row_widgets()][5:]

    assert order() == ["a", "b", "c"]
    assert row(editor, "a").type_label.text() == "Custom"
    qtbot.mouseClick(button(editor, "moveInputUpButton:c"), Qt.MouseButton.LeftButton)
    assert order() == ["a", "c", "b"]
    # Alt+Up / Alt+Down move the row holding the focus.
    value_field(editor, "b").setFocus()
    qtbot.keyClick(value_field(editor, "b"), Qt.Key.Key_Up, ALT)
    assert order() == ["a", "b", "c"]
    qtbot.keyClick(value_field(editor, "b"), Qt.Key.Key_Up, ALT)
    assert order() == ["b", "a", "c"]
    qtbot.keyClick(value_field(editor, "b"), Qt.Key.Key_Up, ALT)  # custom rows stay below
    assert order() == ["b", "a", "c"]
    assert not button(editor, "moveInputUpButton:b").isEnabled()
    assert not button(editor, "moveInputDownButton:c").isEnabled()
    value_field(editor, "a").setFocus()
    qtbot.keyClick(value_field(editor, "a"), Qt.Key.Key_Down, ALT)
    assert order() == ["b", "c", "a"]
    qtbot.mouseClick(button(editor, "removeInputButton:c"), Qt.MouseButton.LeftButton)
    assert order() == ["b", "a"]
    assert QApplication.focusWidget() is button(editor, "removeInputButton:a")
    assert editor.draft()["rows"][5:] == [
        {"key": "b", "value": "2", "mode": "text", "custom": True},
        {"key": "a", "value": "1", "mode": "text", "custom": True},
    ]
    # Tab follows the table order after the moves.
    value_field(editor, "b").setFocus()
    qtbot.keyClick(value_field(editor, "b"), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button(editor, "jsonToggle:b")
    button(editor, "removeInputButton:b").setFocus()
    qtbot.keyClick(button(editor, "removeInputButton:b"), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row(editor, "a").key_field


def test_empty_and_duplicate_keys_are_flagged_in_place(editor: InputsEditor, qtbot: Any) -> None:
    blank = add_custom(editor, qtbot, "")
    assert message(editor, "") == ""  # a stray empty row is no problem...
    assert blank.key_field is not None
    qtbot.keyClicks(value_field(editor, ""), "orphan")
    assert message(editor, "") == "Give this input a name"  # ...one with a value is
    assert blank.key_field.property("invalid") is True
    qtbot.keyClicks(blank.key_field, "prompt")
    assert message(editor, "prompt") == "Another input already uses this name"
    assert row(editor, "prompt").messages == ["Another input already uses this name"]
    blank.key_field.selectAll()
    qtbot.keyClicks(blank.key_field, " seed")
    assert message(editor, " seed") == "Remove the spaces before or after the name"
    assert row(editor, "prompt").messages == []


def test_undo_and_redo_with_the_keyboard(editor: InputsEditor, qtbot: Any) -> None:
    field = value_field(editor, "prompt")
    field.setFocus()
    qtbot.keyClicks(field, "a red fox")
    assert editor.undo_stack.count() == 1  # typing merges into one step
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.toPlainText() == ""
    assert editor.rows()[0].value == ""
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL | SHIFT)
    assert field.toPlainText() == "a red fox"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Y, CTRL)
    assert editor.rows()[0].value == "a red fox"
    # Moving to another field starts a new step.
    url = value_field(editor, "image")
    url.setFocus()
    qtbot.keyClicks(url, "https://e.com/x")
    qtbot.keyClick(url, Qt.Key.Key_Z, CTRL)
    assert url.text() == ""
    assert editor.rows()[0].value == "a red fox"
    # Structural edits undo too; focus on a button still reaches the editor's stack.
    add_custom(editor, qtbot, "seed", "7")
    add_button = button(editor, "addInputButton")
    add_button.setFocus()
    for _ in range(3):  # value, key, add
        qtbot.keyClick(add_button, Qt.Key.Key_Z, CTRL)
    assert len(editor.row_widgets()) == 5
    qtbot.mouseClick(button(editor, "redoButton"), Qt.MouseButton.LeftButton)
    assert len(editor.row_widgets()) == 6


def test_edit_as_json_round_trips_with_the_table(editor: InputsEditor, qtbot: Any) -> None:
    qtbot.keyClicks(value_field(editor, "prompt"), "a fox")
    add_custom(editor, qtbot, "seed", "7")
    qtbot.mouseClick(button(editor, "editAsJsonButton"), Qt.MouseButton.LeftButton)
    assert editor.is_json_view_open()
    text = editor.json_view.text_edit
    assert json.loads(text.toPlainText()) == {
        "prompt": "a fox",
        "image": "",
        "music": "",
        "refs": [],
        "style": "",
        "seed": "7",
    }
    text.setPlainText('{"prompt": "a cat", "image": "https://e.com/c.png", "n": [1, 2]')
    qtbot.mouseClick(editor.json_view.apply_button, Qt.MouseButton.LeftButton)
    # Invalid JSON: shown, the text kept, the table unchanged.
    assert editor.is_json_view_open()
    assert "line 1" in editor.json_view.message_label.text()
    assert text.toPlainText().endswith("[1, 2]")
    assert editor.rows()[0].value == "a fox"
    qtbot.keyClick(text, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(text, "}")
    qtbot.mouseClick(editor.json_view.apply_button, Qt.MouseButton.LeftButton)
    assert not editor.is_json_view_open()
    assert [w.row.key for w in editor.row_widgets()] == [
        "prompt",
        "image",
        "music",
        "refs",
        "style",
        "n",
    ]
    assert value_field(editor, "prompt").toPlainText() == "a cat"
    assert value_field(editor, "n").toPlainText() == "[1, 2]"
    assert editor.validate().inputs == {
        "prompt": "a cat",
        "image": "https://e.com/c.png",
        "n": [1, 2],
    }
    editor.undo()  # one step takes the whole JSON edit back
    assert editor.rows()[0].value == "a fox"
    assert editor.row_widget("seed") is not None


def test_edit_as_json_refused_while_a_row_cannot_be_shown(editor: InputsEditor, qtbot: Any) -> None:
    add_custom(editor, qtbot, "prompt", "clash")
    qtbot.mouseClick(button(editor, "editAsJsonButton"), Qt.MouseButton.LeftButton)
    assert not editor.is_json_view_open()
    assert not button(editor, "editAsJsonButton").isChecked()
    assert message(editor, "prompt") == "Another input already uses this name"


def test_field_errors_land_on_their_rows(editor: InputsEditor, qtbot: Any) -> None:
    add_custom(editor, qtbot, "seed", "7")
    errors = [
        FieldError("inputs.music", "Must be an audio file"),
        FieldError("technique_id", "Must start with tech_"),
        FieldError("inputs[image]", "Required"),
        FieldError("seed", "Unknown input"),
        FieldError('inputs["refs"][0]', "Not reachable"),
    ]
    unmatched = editor.show_field_errors(errors)
    assert unmatched == [FieldError("technique_id", "Must start with tech_")]
    assert message(editor, "music") == "Must be an audio file"
    assert message(editor, "image") == "Required"
    assert message(editor, "seed") == "Unknown input"
    assert row(editor, "refs").messages == ["Not reachable"]
    assert message(editor, "prompt") == ""
    # The focus goes to the topmost row with an error.
    assert QApplication.focusWidget() is value_field(editor, "image")
    assert row(editor, "image").property("invalid") is True
    # Editing the row takes its server message away; clearing takes the rest.
    qtbot.keyClicks(value_field(editor, "image"), "https://e.com/a.png")
    assert message(editor, "image") == ""
    editor.clear_field_errors()
    assert message(editor, "music") == ""


def test_validate_flags_required_rows_and_leaves_out_empty_optionals(
    editor: InputsEditor, qtbot: Any
) -> None:
    result = editor.validate()
    assert [p.key for p in result.problems] == ["prompt", "image"]
    assert message(editor, "prompt") == "Required"
    assert QApplication.focusWidget() is value_field(editor, "prompt")
    qtbot.keyClicks(value_field(editor, "prompt"), " a fox ")
    qtbot.keyClicks(value_field(editor, "image"), "https://e.com/fox.png")
    assert message(editor, "prompt") == ""
    assert editor.validate().inputs == {"prompt": " a fox ", "image": "https://e.com/fox.png"}


def test_list_input_items_are_added_typed_and_removed(editor: InputsEditor, qtbot: Any) -> None:
    refs = editor.findChild(ListValueEditor, "inputValue:refs")
    assert refs is not None
    qtbot.mouseClick(refs.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(refs.fields[0], "https://e.com/1.png")
    qtbot.mouseClick(refs.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(refs.fields[1], "ftp://e.com/2.png")
    assert editor.rows()[3].value == ["https://e.com/1.png", "ftp://e.com/2.png"]
    assert message(editor, "refs") == f"Item 2: {svc.MSG_URL_NOT_WEB}"
    remove = editor.findChild(QToolButton, "removeItemButton:refs:1")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert editor.rows()[3].value == ["https://e.com/1.png"]
    assert message(editor, "refs") == ""
    editor.undo()
    assert len(refs.fields) == 2


def test_draft_restores_everything(editor: InputsEditor, qtbot: Any) -> None:
    prompt = value_field(editor, "prompt")
    qtbot.keyClicks(prompt, "line one")
    qtbot.keyClick(prompt, Qt.Key.Key_Return)
    qtbot.keyClicks(prompt, "line two")
    qtbot.keyClicks(value_field(editor, "image"), "https://e.com/a.png")
    refs = editor.findChild(ListValueEditor, "inputValue:refs")
    assert refs is not None
    qtbot.mouseClick(refs.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(refs.fields[0], "https://e.com/r.png")
    qtbot.mouseClick(button(editor, "jsonToggle:style"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(value_field(editor, "style"), '{"a": [1]}')
    add_custom(editor, qtbot, "seed", "42")
    draft = json.loads(json.dumps(editor.draft()))
    again = InputsEditor()
    qtbot.addWidget(again)
    again.set_technique(TECH, draft)
    assert again.rows() == editor.rows()
    assert value_field(again, "prompt").toPlainText() == "line one\nline two"
    assert value_field(again, "seed").toPlainText() == "42"
    assert again.validate(reveal=False).inputs == editor.validate(reveal=False).inputs
    # An open JSON view's text is in the draft too, and comes back open.
    qtbot.mouseClick(button(editor, "editAsJsonButton"), Qt.MouseButton.LeftButton)
    editor.json_view.text_edit.setPlainText('{"prompt": "half typed')
    restored = InputsEditor()
    qtbot.addWidget(restored)
    restored.set_technique(TECH, json.loads(json.dumps(editor.draft())))
    assert restored.is_json_view_open()
    assert restored.json_view.text() == '{"prompt": "half typed'


def test_changed_fires_on_edits_not_on_set_technique(editor: InputsEditor, qtbot: Any) -> None:
    fired: list[None] = []
    editor.changed.connect(lambda: fired.append(None))
    editor.set_technique(TECH)
    assert fired == []
    qtbot.keyClicks(value_field(editor, "prompt"), "x")
    assert fired


def test_read_only_blocks_edits(editor: InputsEditor, qtbot: Any) -> None:
    editor.set_read_only(True)
    qtbot.keyClicks(value_field(editor, "prompt"), "x")
    assert not button(editor, "addInputButton").isEnabled()
    assert not button(editor, "editAsJsonButton").isEnabled()
    assert editor.rows()[0].value == ""
    editor.set_read_only(False)
    qtbot.keyClicks(value_field(editor, "prompt"), "x")
    assert editor.rows()[0].value == "x"


def test_a_thousand_rows_and_a_huge_value(qtbot: Any) -> None:
    huge = "x" * 10_000_000
    rows = [{"key": "prompt", "value": huge, "mode": "text"}] + [
        {"key": f"k{i}", "value": f"v{i}", "mode": "text", "custom": True} for i in range(1000)
    ]
    editor = InputsEditor()
    qtbot.addWidget(editor)
    editor.set_technique(TECH, {"version": 1, "rows": rows})
    assert len(editor.row_widgets()) == 1005
    # The huge value is summarised, not put in a text field, and sent as it is.
    large = editor.findChild(LargeValueView, "inputValue:prompt")
    assert large is not None
    assert "10.0 million characters" in large.summary.text()
    editor.rows()[1] = InputRow("image", "https://e.com/a", "url", IMAGE)
    # A keystroke in one row redraws that row only.
    touched: list[int] = []
    editor.model.dataChanged.connect(
        lambda tl, br, _r: touched.extend(range(tl.row(), br.row() + 1))
    )
    qtbot.keyClicks(value_field(editor, "k500"), "!")
    assert touched == [505]
    assert editor.rows()[505].value == "!v500"
    qtbot.keyClicks(value_field(editor, "image"), "https://e.com/a")
    assert editor.validate(reveal=False).inputs["prompt"] is huge
    qtbot.mouseClick(large.clear_button, Qt.MouseButton.LeftButton)
    assert isinstance(value_field(editor, "prompt"), QPlainTextEdit)
    editor.undo()
    assert editor.rows()[0].value is huge


# --- a creative's words by default; Advanced for the rest (issue 11) -----------------------


@pytest.fixture
def plain_editor(qtbot: Any) -> InputsEditor:
    """The editor as a new user meets it: Advanced off."""
    widget = InputsEditor()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def visible_words(widget: QWidget) -> str:
    """Every word a person can see or hear in ``widget``: texts, placeholders, names, tips."""
    words: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget):
            continue
        for getter in ("text", "placeholderText", "toolTip", "accessibleName"):
            method = getattr(child, getter, None)
            if callable(method):
                words.append(str(method()))
    return "\n".join(words)


def test_by_default_inputs_speak_in_names_and_help_not_keys_or_json(
    plain_editor: InputsEditor, qtbot: Any
) -> None:
    editor = plain_editor
    assert not button(editor, "addInputButton").isVisible()  # no technique yet
    editor.set_technique(TECH)
    words = visible_words(editor)
    assert "Product photo" in words
    assert "Describe the scene" in words  # the schema's help
    for raw in ("JSON", "element id", "prompt\n", "Key "):
        assert raw not in words, raw
    assert not row(editor, "image").key_label.isVisible()
    assert not button(editor, "jsonToggle:style").isVisible()
    assert not button(editor, "editAsJsonButton").isVisible()
    assert not button(editor, "addInputButton").isVisible()
    assert value_field(editor, "image").placeholderText() == (
        "Paste a link (https://…) or choose a file"
    )

    flips: list[bool] = []
    editor.advanced_changed.connect(flips.append)
    qtbot.mouseClick(button(editor, "advancedSwitch"), Qt.MouseButton.LeftButton)
    assert flips == [True]
    assert row(editor, "image").key_label.isVisible()
    assert row(editor, "image").key_label.text() == "image"
    assert button(editor, "jsonToggle:style").isVisible()
    assert button(editor, "editAsJsonButton").isVisible()
    assert button(editor, "addInputButton").isVisible()


def test_element_ids_are_spoken_of_only_in_the_advanced_view(plain_editor: InputsEditor) -> None:
    subject = TechniqueIO("subject", "Subject", "imageUrl", accepts_element=True)
    plain_editor.set_technique(Technique("tech_e", "E", 0.1, inputs=(subject,)))
    field = value_field(plain_editor, "subject")
    assert "element" not in field.placeholderText()
    plain_editor.set_advanced(True)
    assert field.placeholderText() == (
        "Paste a link (https://…), a FLORA element id, or choose a file"
    )
    field.setText("el_123")  # accepted as an element id either way
    assert plain_editor.validate(reveal=False).inputs == {"subject": "el_123"}


def test_a_json_value_keeps_its_switch_and_custom_rows_keep_working_without_advanced(
    plain_editor: InputsEditor, qtbot: Any
) -> None:
    editor = plain_editor
    draft = svc.draft_from_rows(
        [
            InputRow("style", '{"warm": true}', "json", STYLE),
            svc.custom_row("mood", "calm"),
        ],
        "tech_demo",
    )
    editor.set_technique(TECH, draft)
    assert button(editor, "jsonToggle:style").isVisible()  # so it can go back to words
    custom = row(editor, "mood")
    assert custom.key_field is not None
    assert custom.key_field.isVisible()
    assert editor.validate(reveal=False).inputs.get("mood") == "calm"
    qtbot.mouseClick(button(editor, "jsonToggle:style"), Qt.MouseButton.LeftButton)
    assert row(editor, "style").row.mode == "text"


def test_add_input_waits_for_a_technique_even_with_advanced_on(qtbot: Any) -> None:
    editor = InputsEditor()
    qtbot.addWidget(editor)
    editor.set_advanced(True)
    editor.show()
    assert not button(editor, "addInputButton").isVisible()
    editor.set_technique(TECH)
    assert button(editor, "addInputButton").isVisible()


def test_words_in_a_picture_field_are_not_a_link_and_www_gains_https(
    editor: InputsEditor, qtbot: Any
) -> None:
    field = value_field(editor, "image")
    field.setFocus()
    qtbot.keyClicks(field, "a red fox")
    assert message(editor, "image") == svc.MSG_NOT_LINK
    field.selectAll()
    qtbot.keyClicks(field, "www.example.com/a.png")
    assert message(editor, "image") == ""
    value_field(editor, "prompt").setFocus()  # leaving the field completes the address
    qtbot.waitUntil(lambda: field.text() == "https://www.example.com/a.png", timeout=2000)
    assert row(editor, "image").row.value == "https://www.example.com/a.png"
    editor.undo()  # the completion is its own, undoable step
    assert row(editor, "image").row.value == "www.example.com/a.png"


def test_a_web_address_with_a_space_is_fixed_or_explained_in_plain_words(
    editor: InputsEditor, qtbot: Any
) -> None:
    field = value_field(editor, "image")
    field.setFocus()
    # What a browser would fix is not an error: it is fixed when the field is left.
    qtbot.keyClicks(field, "www.example.com/a b.png")
    assert message(editor, "image") == ""
    value_field(editor, "prompt").setFocus()
    qtbot.waitUntil(lambda: field.text() == "https://www.example.com/a%20b.png", timeout=2000)
    assert editor.validate().inputs["image"] == "https://www.example.com/a%20b.png"
    # A space in the site name cannot be guessed at: said plainly, with what to do.
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "www.exa mple.com/a.png")
    assert message(editor, "image") == (
        "This web address has a space in the site name. Remove the space, or copy the "
        "address again from your browser."
    )
    value_field(editor, "prompt").setFocus()
    assert field.text() == "www.exa mple.com/a.png"  # kept as typed, for the person to fix
    field.selectAll()
    qtbot.keyClicks(field, "example.com/a.png")
    assert message(editor, "image") == svc.MSG_URL_SCHEME
    assert "https://" in message(editor, "image")


def test_text_set_through_accessibility_counts_as_typed(editor: InputsEditor) -> None:
    """AT-SPI's set_text_contents emits textChanged, not textEdited (PLATFORM.md)."""
    editor.add_custom_row()
    custom = editor.row_widgets()[-1]
    assert custom.key_field is not None
    custom.key_field.setText("mood")
    assert custom.row.key == "mood"
    value_field(editor, "image").setText("ftp://e.com/a.png")
    assert row(editor, "image").row.value == "ftp://e.com/a.png"
    assert message(editor, "image") == svc.MSG_URL_NOT_WEB


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("1e309", svc.MSG_NUMBER_TOO_LARGE),
        ('"Sp\\ud800cial"', svc.MSG_BROKEN_CHARACTER),
        ('{"a":1,"a":2}', "The name “a” appears more than once"),
    ],
)
def test_json_values_that_cannot_be_sent_are_marked_on_their_row(
    editor: InputsEditor, qtbot: Any, typed: str, said: str
) -> None:
    qtbot.mouseClick(button(editor, "jsonToggle:style"), Qt.MouseButton.LeftButton)
    field = value_field(editor, "style")
    qtbot.keyClicks(field, typed)
    qtbot.waitUntil(lambda: said in message(editor, "style"), timeout=5000)
    result = editor.validate(reveal=False)
    assert "style" not in result.inputs
    assert ("style", said) in [(p.key, p.message) for p in result.problems]
    # The whole-map view refuses it the same way, on the row.
    qtbot.mouseClick(button(editor, "editAsJsonButton"), Qt.MouseButton.LeftButton)
    assert not editor.is_json_view_open()
    assert said in message(editor, "style")


def test_a_removed_row_takes_its_problem_and_the_count_with_it(
    editor: InputsEditor, qtbot: Any
) -> None:
    counts: list[int] = []
    editor.problems_changed.connect(counts.append)
    add_custom(editor, qtbot, "prompt", "a second prompt")  # a name used twice
    assert editor.problem_count() == 2
    qtbot.mouseClick(button(editor, "removeInputButton:prompt"), Qt.MouseButton.LeftButton)
    assert editor.problem_count() == 0
    assert message(editor, "prompt") == ""
    assert counts[-1] == 0


@pytest.mark.parametrize(("width", "stacked"), [(520, True), (1000, False), (2400, False)])
def test_value_fields_keep_a_usable_and_readable_width(
    qtbot: Any, width: int, stacked: bool
) -> None:
    """At 900×600 (an editor ~500 px wide) names go above values, which keep ≥ 320 px; at
    2560 px a link field stops at a readable width instead of stretching ~2,000 px."""
    editor = InputsEditor()
    qtbot.addWidget(editor)
    editor.set_technique(TECH)
    editor.resize(width, 700)
    editor.show()
    qtbot.waitExposed(editor)
    field = value_field(editor, "image")
    qtbot.waitUntil(lambda: field.width() > 0)
    assert field.width() >= 300  # the editor's 320 px minus the field's own frame
    assert field.width() <= editor.fontMetrics().averageCharWidth() * 110
    name = row(editor, "image").name_label
    below = (
        field.mapTo(editor, field.rect().topLeft()).y()
        > name.mapTo(editor, name.rect().bottomLeft()).y()
    )
    assert below is stacked


@pytest.mark.parametrize("advanced", [False, True])
def test_every_control_a_keyboard_reaches_has_a_name(qtbot: Any, advanced: bool) -> None:
    """Screen readers say each stop's name; a nameless stop (the scroll frame once) is noise."""
    editor = InputsEditor()
    qtbot.addWidget(editor)
    editor.set_technique(TECH)
    editor.set_advanced(advanced)
    if advanced:
        editor.add_custom_row()
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    nameless = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in editor.findChildren(QWidget)
        if w.isVisibleTo(editor)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.accessibleName()
        and not (isinstance(w, QToolButton | QPushButton) and w.text())
    ]
    assert nameless == []


@pytest.mark.parametrize("advanced", [False, True])
def test_tab_follows_reading_order_with_or_without_advanced(qtbot: Any, advanced: bool) -> None:
    from tests.ui.test_accessibility import focus_chain, out_of_reading_order

    editor = InputsEditor()
    qtbot.addWidget(editor)
    editor.set_technique(TECH)
    editor.set_advanced(advanced)
    editor.resize(1000, 1400)
    editor.show()
    qtbot.waitExposed(editor)
    chain = focus_chain(editor)
    assert out_of_reading_order(chain) == []
    assert editor.advanced_switch in chain
    assert (editor.json_button in chain) is advanced
