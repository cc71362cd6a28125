"""Tests for the inputs table model and its undo commands, without any row widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from flora_desktop.api.models import Technique, TechniqueIO
from flora_desktop.services import inputs as svc
from flora_desktop.services.inputs import InputRow
from flora_desktop.ui.commands.inputs_commands import (
    EditRowCommand,
    InsertRowCommand,
    MoveRowCommand,
    RemoveRowCommand,
    ReplaceRowsCommand,
)
from flora_desktop.ui.models.inputs_model import InputsModel

PROMPT = TechniqueIO("prompt", "Prompt", "text", description="What to make")
IMAGE = TechniqueIO("image", "Photo", "imageUrl")
STYLE = TechniqueIO("style", "Style", "text", optional=True)
TECH = Technique("tech_m", "M", 0.1, inputs=(PROMPT, IMAGE, STYLE))


@pytest.fixture
def model(qapp: Any) -> InputsModel:
    model = InputsModel()
    model.set_rows(svc.rows_for_technique(TECH))
    return model


def keys(model: InputsModel) -> list[str]:
    return [row.key for row in model.rows()]


def test_model_passes_qt_model_tester_through_every_change(
    qtmodeltester: Any, model: InputsModel
) -> None:
    qtmodeltester.check(model)
    uid = model.insert_row(3, svc.custom_row("a", "1"))
    model.insert_row(4, svc.custom_row("b", "2"))
    model.move_row(uid, 4)
    model.replace_row(uid, svc.custom_row("c", "3"))
    model.remove_row(uid)
    model.set_rows([svc.custom_row("x", "y")])
    assert keys(model) == ["x"]


def test_the_model_shows_names_and_takes_no_edits_outside_the_undo_stack(
    model: InputsModel,
) -> None:
    """The views read rows by uid; Qt sees one column of names and nothing editable, so
    no edit can bypass the editor's undo stack."""
    assert not model.index(1, 1).isValid()  # one column
    assert model.index(1, 0).data() == "Photo"
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(1, 0), "javascript:x")
    assert model.row(1).value == ""


def test_problems_changed_counts_rows_with_messages(model: InputsModel, qtbot: Any) -> None:
    counts: list[int] = []
    model.problems_changed.connect(counts.append)
    image = model.uid(1)
    model.replace_row(image, InputRow("image", "a red fox", "url", IMAGE))
    extra = model.insert_row(3, svc.custom_row("prompt", "dup"))  # duplicates "prompt"
    assert model.problem_count() == 3
    model.set_media_problem(image, "Must be 1:1")
    model.replace_row(image, InputRow("image", "https://e.com/a.png", "url", IMAGE))
    assert model.messages(image) == []  # a new link: the old shape problem is gone
    model.remove_row(extra)  # the duplicate goes with the row
    assert model.problem_count() == 0
    assert counts == [1, 3, 2, 0]


def test_duplicate_keys_flag_every_copy_and_clear_on_rename(model: InputsModel) -> None:
    a = model.insert_row(3, svc.custom_row("prompt", "1"))
    assert model.messages(a) == [svc.MSG_KEY_DUPLICATE]
    assert model.messages(model.uid(0)) == [svc.MSG_KEY_DUPLICATE]
    model.replace_row(a, svc.custom_row("seed", "1"))
    assert model.messages(a) == []
    assert model.messages(model.uid(0)) == []


def test_json_values_are_checked_after_a_pause(model: InputsModel, qtbot: Any) -> None:
    uid = model.uid(2)
    model.replace_row(uid, InputRow("style", "{bad", "json", STYLE))
    assert model.messages(uid) == []  # not parsed on the keystroke itself
    qtbot.waitUntil(lambda: bool(model.messages(uid)), timeout=5000)
    assert model.messages(uid)[0].startswith("This isn't valid JSON")
    model.replace_row(uid, InputRow("style", "{}", "json", STYLE))
    model.flush_checks()
    assert model.messages(uid) == []


def test_submit_problems_and_field_errors_clear_when_the_row_is_edited(
    model: InputsModel,
) -> None:
    prompt, image = model.uid(0), model.uid(1)
    model.set_submit_problems({prompt: ["Required"], image: ["Required"]})
    model.set_field_errors({prompt: ["Too short"]})
    assert model.messages(prompt) == ["Too short", "Required"]
    model.replace_row(prompt, InputRow("prompt", "a cat", "text", PROMPT))
    assert model.messages(prompt) == []
    assert model.messages(image) == ["Required"]
    model.set_submit_problems({})
    assert model.messages(image) == []


def test_undo_commands_follow_rows_by_uid(model: InputsModel) -> None:
    stack = QUndoStack()
    stack.push(InsertRowCommand(model, 3, svc.custom_row("a", "1"), "add"))
    stack.push(InsertRowCommand(model, 4, svc.custom_row("b", "2"), "add"))
    b = model.uid(4)
    stack.push(MoveRowCommand(model, b, 3, "move"))
    assert keys(model)[3:] == ["b", "a"]
    stack.push(RemoveRowCommand(model, model.uid(4), "remove"))
    assert keys(model)[3:] == ["b"]
    stack.push(ReplaceRowsCommand(model, svc.rows_for_technique(TECH), "json"))
    assert keys(model) == ["prompt", "image", "style"]
    stack.undo()  # the table comes back with the same uids...
    assert keys(model)[3:] == ["b"]
    assert model.uid(3) == b
    stack.undo()  # ...so the remove can be undone on the right row
    assert keys(model)[3:] == ["b", "a"]
    stack.undo()
    assert keys(model)[3:] == ["a", "b"]
    stack.undo()
    stack.undo()
    assert keys(model) == ["prompt", "image", "style"]
    for _ in range(5):
        stack.redo()
    assert keys(model) == ["prompt", "image", "style"]
    stack.undo()
    assert keys(model)[3:] == ["b"]


def test_typing_merges_into_one_step_per_tag(model: InputsModel) -> None:
    stack = QUndoStack()
    uid = model.uid(0)
    previous = model.row(0)
    for text in ("a", "ab", "abc"):
        after = InputRow("prompt", text, "text", PROMPT)
        stack.push(EditRowCommand(model, uid, previous, after, "type", ("value", 1)))
        previous = after
    other = InputRow("prompt", "abcd", "text", PROMPT)
    stack.push(EditRowCommand(model, uid, previous, other, "type", ("value", 2)))
    assert stack.count() == 2
    stack.undo()
    assert model.row(0).value == "abc"
    stack.undo()
    assert model.row(0).value == ""
