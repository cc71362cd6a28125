"""The inputs editor's rows as a Qt table model: the single source of truth the row widgets show.

Each row has a stable uid (undo commands refer to rows by uid, since moves change indices)
and up to four kinds of message, shown together under the row's value:

- a field error from the server (``set_field_error``), until the row is edited;
- a key problem (empty, spaced or duplicate key), always current;
- a value problem (bad web address, invalid JSON), checked as the value changes; JSON rows
  are checked after a short pause so typing in a large JSON value stays responsive;
- problems found by the last ``validate`` (e.g. "Required"), until the row is edited.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from flora_desktop.services import inputs as svc
from flora_desktop.services.inputs import InputRow
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.ui.translate import shown

log = logging.getLogger(__name__)

# Pause after the last keystroke before a JSON value is parsed again.
JSON_CHECK_DELAY_MS = 300
# The VALUE column's display text is cut here; the full value is in ROW_ROLE.
DISPLAY_VALUE_CHARS = 200

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The model's columns."""

    NAME = 0
    KEY = 1
    TYPE = 2
    REQUIREMENT = 3
    VALUE = 4
    MESSAGE = 5


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("InputsModel", "Input"),
    Column.KEY: QT_TRANSLATE_NOOP("InputsModel", "Key"),
    Column.TYPE: QT_TRANSLATE_NOOP("InputsModel", "Type"),
    Column.REQUIREMENT: QT_TRANSLATE_NOOP("InputsModel", "Required"),
    Column.VALUE: QT_TRANSLATE_NOOP("InputsModel", "Value"),
    Column.MESSAGE: QT_TRANSLATE_NOOP("InputsModel", "Problem"),
}

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the InputRow
UID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's stable uid
MESSAGES_ROLE = Qt.ItemDataRole.UserRole + 3  # list[str] of messages to show under the value
INVALID_ROLE = Qt.ItemDataRole.UserRole + 4  # bool: the row has a message
CUSTOM_ROLE = Qt.ItemDataRole.UserRole + 5  # bool: the schema does not list this key

Snapshot = list[tuple[int, InputRow]]


def requirement_label(row: InputRow) -> str:
    """ "Required", "Optional" or "Custom"."""
    if row.schema is None:
        return QCoreApplication.translate("InputsModel", "Custom")
    if row.schema.optional:
        return QCoreApplication.translate("InputsModel", "Optional")
    return QCoreApplication.translate("InputsModel", "Required")


def display_value(row: InputRow) -> str:
    """A short one-line rendering of the value for the VALUE column."""
    text = ", ".join(row.value) if isinstance(row.value, list) else row.value
    if len(text) > DISPLAY_VALUE_CHARS:
        return text[:DISPLAY_VALUE_CHARS] + "…"
    return text


class InputsModel(QAbstractTableModel):
    """Rows of ``InputRow`` with uids and messages; edited through ``replace_row`` & co."""

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
        self._pending_checks: set[int] = set()
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(JSON_CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.flush_checks)

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return shown(HEADERS[Column(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()]
        if index.column() == Column.KEY and row.is_custom:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == Column.VALUE and isinstance(row.value, str):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        uid = self._uids[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, uid, Column(column))
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.KEY:
                return row.key
            if column == Column.VALUE:
                return row.value
            return self._display(row, uid, Column(column))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return row.schema.description if row.schema is not None else None
        if role == ROW_ROLE:
            return row
        if role == UID_ROLE:
            return uid
        if role == MESSAGES_ROLE:
            return self.messages(uid)
        if role == INVALID_ROLE:
            return bool(self.messages(uid))
        if role == CUSTOM_ROLE:
            return row.is_custom
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable or not isinstance(value, str):
            return False
        row = self._rows[index.row()]
        if index.column() == Column.KEY:
            new = InputRow(value, row.value, row.mode, row.schema)
        else:
            new = InputRow(row.key, value, row.mode, row.schema)
        self.replace_row(self._uids[index.row()], new)
        return True

    def _display(self, row: InputRow, uid: int, column: Column) -> str:
        if column == Column.NAME:
            return row.schema.name if row.schema is not None else row.key
        if column == Column.KEY:
            return row.key
        if column == Column.TYPE:
            return shown(svc.type_label(row.schema))
        if column == Column.REQUIREMENT:
            return requirement_label(row)
        if column == Column.VALUE:
            return display_value(row)
        return "\n".join(shown(message) for message in self.messages(uid))

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

    def key_count(self, key: str) -> int:
        return self._key_counts[key]

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
        self._pending_checks.clear()
        for uid, row in zip(self._uids, self._rows, strict=True):
            self._check_value(uid, row)
        self.endResetModel()

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
        self._refresh_key(row.key, skip=uid)
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
        for store in (self._value_problems, self._submit_problems, self._field_errors):
            store.pop(uid, None)
        self._pending_checks.discard(uid)
        self.endRemoveRows()
        self._refresh_key(row.key)
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
        self._emit_row(position)
        if old.key != row.key:
            self._refresh_key(old.key, skip=uid)
            self._refresh_key(row.key, skip=uid)

    def set_submit_problems(self, problems: dict[int, list[str]]) -> None:
        """Show the last validation's problems (by uid); rows not named lose theirs."""
        touched = set(self._submit_problems) | set(problems)
        self._submit_problems = {uid: list(p) for uid, p in problems.items() if p}
        self._emit_uids(touched)

    def set_field_errors(self, errors: dict[int, list[str]]) -> None:
        """Show the server's field errors (by uid); rows not named lose theirs."""
        touched = set(self._field_errors) | set(errors)
        self._field_errors = {uid: list(m) for uid, m in errors.items() if m}
        self._emit_uids(touched)

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
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1), [])
