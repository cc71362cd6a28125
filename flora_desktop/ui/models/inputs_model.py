"""The inputs editor's rows as a Qt list model: the single source of truth the row widgets show.

The editor's row widgets follow the model's row signals (inserted, removed, moved,
``dataChanged``, reset); nothing reads a table surface, so the model offers one column and
no edit role. Every change goes through the editor's undo commands
(``ui/commands/inputs_commands.py``), which call ``insert_row``/``replace_row``/… here.

Each row has a stable uid (undo commands refer to rows by uid, since moves change indices)
and up to five kinds of message, shown together under the row's value:

- a field error from the server (``set_field_errors``), until the row is edited;
- a key problem (empty, spaced or duplicate key), always current;
- a value problem (bad web address, invalid JSON), checked as the value changes; JSON rows
  are checked after a short pause so typing in a large JSON value stays responsive;
- a media problem (the picture is not the required shape, ``set_media_problem``), until
  the value changes or the person chooses "Use anyway";
- problems found by the last ``validate`` (e.g. "Required"), until the row is edited.

Signals: ``problems_changed(int)`` with how many rows show a message, whenever that
number may have changed (the page's "Some inputs need a fix" banner follows it).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from flora_desktop.services import inputs as svc
from flora_desktop.services.inputs import InputRow

log = logging.getLogger(__name__)

# Pause after the last keystroke before a JSON value is parsed again.
JSON_CHECK_DELAY_MS = 300

Index = QModelIndex | QPersistentModelIndex

Snapshot = list[tuple[int, InputRow]]


class InputsModel(QAbstractListModel):
    """Rows of ``InputRow`` with uids and messages; edited through ``replace_row`` & co.

    Signals: ``problems_changed(int)`` (see the module docstring).
    """

    problems_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InputRow] = []
        self._uids: list[int] = []
        self._position: dict[int, int] = {}
        self._next_uid = 1
        self._key_counts: Counter[str] = Counter()
        self._value_problems: dict[int, str] = {}
        self._submit_problems: dict[int, list[str]] = {}
        self._field_errors: dict[int, list[str]] = {}
        self._media_problems: dict[int, str] = {}
        self._problem_count = 0
        # Rows showing a message, kept as rows change (counting all rows per key is slow).
        self._flagged: set[int] = set()
        self._pending_checks: set[int] = set()
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(JSON_CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.flush_checks)

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The row widgets read rows by uid; Qt's views get the row's name, nothing else.
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        return row.schema.name if row.schema is not None and row.schema.name else row.key

    # --- reading -----------------------------------------------------------------------------

    def rows(self) -> list[InputRow]:
        """The rows in order (the list is a copy; the rows are immutable)."""
        return list(self._rows)

    def row(self, position: int) -> InputRow:
        return self._rows[position]

    def uid(self, position: int) -> int:
        return self._uids[position]

    def uids(self) -> list[int]:
        return list(self._uids)

    def position(self, uid: int) -> int:
        """Where the row with ``uid`` is now; raises KeyError for a removed row."""
        return self._position[uid]

    def row_by_uid(self, uid: int) -> InputRow:
        return self._rows[self._position[uid]]

    def has_uid(self, uid: int) -> bool:
        return uid in self._position

    def snapshot(self) -> Snapshot:
        """The rows with their uids, for ``restore`` (undo of a whole-table change)."""
        return list(zip(self._uids, self._rows, strict=True))

    def field_errors(self, uid: int) -> list[str]:
        """What FLORA said about the row (its last 400), until the row is edited."""
        return list(self._field_errors.get(uid, ()))

    def messages(self, uid: int) -> list[str]:
        """What to show under the row's value, most specific first, without repeats.

        Marked texts stay English (callers compare them with ``MSG_*``); ``shown()`` them.
        """
        position = self._position.get(uid)
        if position is None:
            return []
        found: list[str] = list(self._field_errors.get(uid, ()))
        key_issue = svc.key_problem(self._rows[position], self._key_counts)
        if key_issue is not None:
            found.append(key_issue)
        value_issue = self._value_problems.get(uid)
        if value_issue is not None:
            found.append(value_issue)
        media_issue = self._media_problems.get(uid)
        if media_issue is not None:
            found.append(media_issue)
        found.extend(self._submit_problems.get(uid, ()))
        return list(dict.fromkeys(found))

    # --- changing ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[InputRow]) -> None:
        """Replace every row (new uids) and forget every message."""
        self.restore([(0, row) for row in rows])

    def restore(self, snapshot: Snapshot) -> None:
        """Replace every row with ``snapshot``; uid 0 means "give this row a new uid"."""
        self.beginResetModel()
        self._rows = [row for _, row in snapshot]
        self._uids = [uid or self._new_uid() for uid, _ in snapshot]
        self._next_uid = max([self._next_uid - 1, *self._uids]) + 1
        self._reindex()
        self._key_counts = Counter(row.key for row in self._rows)
        self._submit_problems.clear()
        self._field_errors.clear()
        self._value_problems.clear()
        self._media_problems.clear()
        self._pending_checks.clear()
        for uid, row in zip(self._uids, self._rows, strict=True):
            self._check_value(uid, row)
        self._flagged = {uid for uid in self._uids if self.messages(uid)}
        self.endResetModel()
        self._count_problems()

    def insert_row(self, position: int, row: InputRow, uid: int = 0) -> int:
        """Insert ``row`` at ``position`` (clamped); returns its uid (``uid`` if given)."""
        position = max(0, min(position, len(self._rows)))
        uid = uid or self._new_uid()
        self._next_uid = max(self._next_uid, uid + 1)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self._uids.insert(position, uid)
        self._reindex(position)
        self._key_counts[row.key] += 1
        self._check_value(uid, row)
        self.endInsertRows()
        self._note_problems(uid)
        self._refresh_key(row.key, skip=uid)
        self._count_problems()
        return uid

    def remove_row(self, uid: int) -> tuple[int, InputRow]:
        """Remove the row; returns where it was and what it held."""
        position = self._position[uid]
        row = self._rows[position]
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        del self._uids[position]
        del self._position[uid]
        self._reindex(position)
        self._key_counts[row.key] -= 1
        if self._key_counts[row.key] <= 0:
            del self._key_counts[row.key]
        for store in (
            self._value_problems,
            self._submit_problems,
            self._field_errors,
            self._media_problems,
        ):
            store.pop(uid, None)
        self._pending_checks.discard(uid)
        self._flagged.discard(uid)
        self.endRemoveRows()
        self._refresh_key(row.key)
        self._count_problems()
        return position, row

    def move_row(self, uid: int, to_position: int) -> None:
        """Move the row so that it ends up at ``to_position``."""
        source = self._position[uid]
        to_position = max(0, min(to_position, len(self._rows) - 1))
        if to_position == source:
            return
        # Qt's destination is "the row before which to insert", counted before the move.
        destination = to_position + 1 if to_position > source else to_position
        if not self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination):
            return
        row = self._rows.pop(source)
        self._uids.pop(source)
        self._rows.insert(to_position, row)
        self._uids.insert(to_position, uid)
        self._reindex(min(source, to_position))
        self.endMoveRows()

    def replace_row(self, uid: int, row: InputRow) -> None:
        """Set the row's content; its submit problems and field errors are cleared."""
        position = self._position[uid]
        old = self._rows[position]
        self._rows[position] = row
        self._submit_problems.pop(uid, None)
        self._field_errors.pop(uid, None)
        if old.key != row.key:
            self._key_counts[old.key] -= 1
            if self._key_counts[old.key] <= 0:
                del self._key_counts[old.key]
            self._key_counts[row.key] += 1
        if old.value is not row.value or old.mode != row.mode or old.schema != row.schema:
            self._check_value(uid, row)
            if old.value != row.value:
                self._media_problems.pop(uid, None)  # a new file or link: checked again
        self._emit_row(position)
        if old.key != row.key:
            self._refresh_key(old.key, skip=uid)
            self._refresh_key(row.key, skip=uid)
        self._count_problems()

    def set_submit_problems(self, problems: dict[int, list[str]]) -> None:
        """Show the last validation's problems (by uid); rows not named lose theirs."""
        touched = set(self._submit_problems) | set(problems)
        self._submit_problems = {uid: list(p) for uid, p in problems.items() if p}
        self._emit_uids(touched)
        self._count_problems()

    def set_field_errors(self, errors: dict[int, list[str]]) -> None:
        """Show the server's field errors (by uid); rows not named lose theirs."""
        touched = set(self._field_errors) | set(errors)
        self._field_errors = {uid: list(m) for uid, m in errors.items() if m}
        self._emit_uids(touched)
        self._count_problems()

    def set_media_problem(self, uid: int, problem: str | None) -> None:
        """Show (or, with None, take away) what is wrong with the row's file or link."""
        if uid not in self._position or self._media_problems.get(uid) == problem:
            return
        if problem is None:
            self._media_problems.pop(uid, None)
        else:
            self._media_problems[uid] = problem
        self._emit_row(self._position[uid])
        self._count_problems()

    def media_problems(self) -> dict[int, str]:
        """The rows' media problems by uid (they block Run like any other problem)."""
        return dict(self._media_problems)

    def problem_count(self) -> int:
        """How many rows show at least one message."""
        return self._problem_count

    def flush_checks(self) -> None:
        """Check every JSON value still waiting for its pause to end."""
        self._check_timer.stop()
        pending, self._pending_checks = self._pending_checks, set()
        for uid in pending:
            position = self._position.get(uid)
            if position is None:
                continue
            self._set_value_problem(uid, svc.value_problem(self._rows[position]))
            self._emit_row(position)
        self._count_problems()

    # --- internals ---------------------------------------------------------------------------

    def _new_uid(self) -> int:
        uid = self._next_uid
        self._next_uid += 1
        return uid

    def _reindex(self, start: int = 0) -> None:
        if start == 0:
            self._position = {}
        for position in range(start, len(self._uids)):
            self._position[self._uids[position]] = position

    def _check_value(self, uid: int, row: InputRow) -> None:
        if row.mode == "json" and isinstance(row.value, str) and row.value.strip():
            # Parsing may be slow for a big value: wait until typing pauses. Until then the
            # last known problem stays up, so an invalid value is never shown as fine.
            self._pending_checks.add(uid)
            self._check_timer.start()
            return
        self._pending_checks.discard(uid)
        self._set_value_problem(uid, svc.value_problem(row))

    def _set_value_problem(self, uid: int, problem: str | None) -> None:
        if problem is None:
            self._value_problems.pop(uid, None)
        else:
            self._value_problems[uid] = problem

    def _refresh_key(self, key: str, skip: int = 0) -> None:
        """Re-show rows whose key is ``key``: their duplicate state may have changed."""
        for position, row in enumerate(self._rows):
            if row.key == key and self._uids[position] != skip:
                self._emit_row(position)

    def _emit_uids(self, uids: Iterable[int]) -> None:
        for uid in uids:
            position = self._position.get(uid)
            if position is not None:
                self._emit_row(position)

    def _emit_row(self, position: int) -> None:
        # Every change to what a row shows passes here: keep the flagged rows current.
        self._note_problems(self._uids[position])
        index = self.index(position, 0)
        self.dataChanged.emit(index, index, [])

    def _note_problems(self, uid: int) -> None:
        if self.messages(uid):
            self._flagged.add(uid)
        else:
            self._flagged.discard(uid)

    def _count_problems(self) -> None:
        count = len(self._flagged)
        if count != self._problem_count:
            self._problem_count = count
            self.problems_changed.emit(count)
