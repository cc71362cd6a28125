"""Undo commands for the inputs editor; each acts on the ``InputsModel`` by row uid.

Rows are named by uid rather than position because moves change positions; a removed row
comes back with its old uid, so older commands on the stack still find it.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtGui import QUndoCommand

from flora_desktop.services.inputs import InputRow
from flora_desktop.ui.models.inputs_model import InputsModel, Snapshot

# QUndoCommand.id() for edits that merge with the one before them (typing).
MERGEABLE_EDIT_ID = 4201


class EditRowCommand(QUndoCommand):
    """Change one row's key, value or mode.

    Consecutive edits with the same ``merge_tag`` on the same row merge into one command, so
    undo takes back a burst of typing rather than one character. ``merge_tag`` None never
    merges (adding a list item, switching to JSON).
    """

    def __init__(
        self,
        model: InputsModel,
        uid: int,
        before: InputRow,
        after: InputRow,
        text: str,
        merge_tag: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self._model = model
        self.uid = uid
        self.before = before
        self.after = after
        self.merge_tag = merge_tag

    def id(self) -> int:
        return MERGEABLE_EDIT_ID if self.merge_tag is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditRowCommand):
            return False
        if other.uid != self.uid or other.merge_tag != self.merge_tag:
            return False
        self.after = other.after
        # Typing back to where the burst started leaves nothing to undo.
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        self._model.replace_row(self.uid, self.after)

    def undo(self) -> None:
        self._model.replace_row(self.uid, self.before)


class InsertRowCommand(QUndoCommand):
    """Insert a row; the uid given on the first redo is kept for later redos."""

    def __init__(self, model: InputsModel, position: int, row: InputRow, text: str) -> None:
        super().__init__(text)
        self._model = model
        self._position = position
        self._row = row
        self.uid = 0

    def redo(self) -> None:
        self.uid = self._model.insert_row(self._position, self._row, self.uid)

    def undo(self) -> None:
        self._model.remove_row(self.uid)


class RemoveRowCommand(QUndoCommand):
    """Remove a row; undo puts it back where it was, with the same uid."""

    def __init__(self, model: InputsModel, uid: int, text: str) -> None:
        super().__init__(text)
        self._model = model
        self.uid = uid
        self._position = model.position(uid)
        self._row = model.row_by_uid(uid)

    def redo(self) -> None:
        self._position, self._row = self._model.remove_row(self.uid)

    def undo(self) -> None:
        self._model.insert_row(self._position, self._row, self.uid)


class MoveRowCommand(QUndoCommand):
    """Move a row to another position."""

    def __init__(self, model: InputsModel, uid: int, to_position: int, text: str) -> None:
        super().__init__(text)
        self._model = model
        self.uid = uid
        self._from = model.position(uid)
        self._to = to_position

    def redo(self) -> None:
        self._model.move_row(self.uid, self._to)

    def undo(self) -> None:
        self._model.move_row(self.uid, self._from)


class ReplaceRowsCommand(QUndoCommand):
    """Replace the whole table (applying the JSON view); undo restores the old rows."""

    def __init__(self, model: InputsModel, rows: list[InputRow], text: str) -> None:
        super().__init__(text)
        self._model = model
        self._before: Snapshot = model.snapshot()
        self._after: Snapshot = [(0, row) for row in rows]

    def redo(self) -> None:
        self._model.restore(self._after)
        # Keep the uids handed out, so commands pushed later still find their rows.
        self._after = self._model.snapshot()

    def undo(self) -> None:
        self._model.restore(self._before)
