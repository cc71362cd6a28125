"""The rows of a batch for a table: before it starts (sources) and while it runs (stored rows).

Before the start each source row also carries its pre-flight check (``RowCheck``): a
thumbnail, a problem in plain words, or "still checking". Rows with a problem or a check
under way are left out of ``ready_sources()``, so they are neither started nor counted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QImage

from flora_desktop.services.batch_store import BatchRow, BatchSource

__all__ = [
    "PROBLEM_ROLE",
    "STATUS_COLUMN",
    "STATUS_GROUPS",
    "BatchRowsModel",
    "BatchStatusFilter",
    "RowCheck",
]

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("#", "Source", "Inputs", "Cost", "Status")
# Filter choices -> the row states they show (None: every row).
STATUS_GROUPS: dict[str, frozenset[str] | None] = {
    "all": None,
    "completed": frozenset({"completed"}),
    "failed": frozenset({"failed"}),
    "in_progress": frozenset({"sending", "accepted", "running"}),
    "not_started": frozenset({"waiting", "ready", "checking"}),
    "problem": frozenset({"problem"}),
}
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
# True for a source row with a problem (the review's fix bar acts on it).
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_INPUTS_TEXT = 160
SOURCE_COLUMN = 1
STATUS_COLUMN = 4


@dataclass(frozen=True)
class RowCheck:
    """A source row's pre-flight check: ``pending`` while it runs; ``problem`` in plain
    words (None: fine); ``fix_ratio`` the shape a crop would give (None: no crop offered)."""

    pending: bool = False
    problem: str | None = None
    fix_ratio: str | None = None
    thumbnail: QImage | None = None


class BatchRowsModel(QAbstractTableModel):
    """One line per row: its source, inputs, cost and status (``ready`` before the start)."""

    def __init__(
        self,
        run_cost: float,
        input_names: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._run_cost = run_cost
        self._names = dict(input_names or {})
        self._sources: list[BatchSource] = []
        self._rows: list[BatchRow] = []
        self._checks: dict[int, RowCheck] = {}
        # Kept as sets so counting what is ready stays cheap while thousands are checked.
        self._pending: set[int] = set()
        self._problems: set[int] = set()

    def set_sources(self, sources: Sequence[BatchSource]) -> None:
        self.beginResetModel()
        self._sources = list(sources)
        self._rows = []
        self._checks.clear()
        self._pending.clear()
        self._problems.clear()
        self.endResetModel()

    @property
    def sources(self) -> list[BatchSource]:
        return list(self._sources)

    def source(self, position: int) -> BatchSource:
        return self._sources[position]

    def replace_source(self, position: int, source: BatchSource) -> None:
        """A fix changed a row's inputs (a cropped copy in place of the picture)."""
        if 0 <= position < len(self._sources):
            self._sources[position] = source
            self._changed(position)

    def check(self, position: int) -> RowCheck:
        return self._checks.get(position, RowCheck())

    def set_check(self, position: int, check: RowCheck) -> None:
        if not 0 <= position < len(self._sources) or self._rows:
            return
        check = RowCheck(thumbnail=check.thumbnail, pending=True) if check.pending else check
        self._checks[position] = check
        for marks, on in ((self._pending, check.pending), (self._problems, bool(check.problem))):
            if on:
                marks.add(position)
            else:
                marks.discard(position)
        self._changed(position)

    def ready_sources(self) -> list[BatchSource]:
        """The rows to start: checked (or needing no check) and without a problem."""
        left_out = self._pending | self._problems
        return [s for i, s in enumerate(self._sources) if i not in left_out]

    def ready_count(self) -> int:
        # A check is pending or has found a problem, never both: the sets do not overlap.
        return len(self._sources) - len(self._pending) - len(self._problems)

    def problem_count(self) -> int:
        return len(self._problems)

    def pending_count(self) -> int:
        return len(self._pending)

    def problem_rows(self) -> list[int]:
        return sorted(self._problems)

    def _changed(self, position: int) -> None:
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))

    def set_rows(self, rows: Sequence[BatchRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_row(self, row: BatchRow) -> None:
        """A row changed while running: repaint only its line."""
        position = row.index - 1
        if 0 <= position < len(self._rows):
            self._rows[position] = row
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))

    @property
    def rows(self) -> list[BatchRow]:
        return list(self._rows)

    def row_at(self, position: int) -> BatchRow | None:
        """The stored row on line ``position`` (None before the start: sources only)."""
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) if self._rows else len(self._sources)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("#"),
            self.tr("Source"),
            self.tr("Inputs"),
            self.tr("Cost"),
            self.tr("Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        position, column = index.row(), index.column()
        state: str
        cost: float | None
        if self._rows:
            row = self._rows[position]
            number, source, inputs, state = row.index, row.source_name, row.inputs, row.state
            # Charged once known; the price while it runs; nothing for rows not started.
            cost = row.cost if row.cost is not None else None
            if cost is None and state in ("sending", "accepted", "running"):
                cost = self._run_cost
            detail = row.error
            if role == Qt.ItemDataRole.DisplayRole and column == STATUS_COLUMN:
                # Its run may exist and be charged, but how it went is not known: said in
                # words of its own, never "Running" forever or a plain "Failed".
                if row.unclear:
                    return self.tr("Not known yet — FLORA did not say")
                if row.in_doubt:
                    return self.tr("Not known — look in History")
        else:
            item = self._sources[position]
            number, source, inputs, state = position + 1, item.source_name, item.inputs, "ready"
            check = self._checks.get(position)
            cost, detail = self._run_cost, None
            if check is not None and (check.pending or check.problem):
                state = "checking" if check.pending else "problem"
                cost, detail = None, check.problem
            if (
                check is not None
                and column == SOURCE_COLUMN
                and role == Qt.ItemDataRole.DecorationRole
            ):
                return check.thumbnail
            if role == PROBLEM_ROLE:
                return state == "problem"
            if state == "problem" and column == STATUS_COLUMN:
                # Marked in words (and a sign) so a screen reader says it as well; the
                # whole reason is its tooltip, its accessible text and the fix bar's.
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.tr("⚠ Needs fixing")
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return self.tr("Needs fixing: {problem}").format(problem=detail)
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.ToolTipRole:
            return detail or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(number)
        if column == 1:
            return source
        if column == 2:
            text = self._inputs_text(inputs)
            return text if len(text) <= MAX_INPUTS_TEXT else text[: MAX_INPUTS_TEXT - 1] + "…"
        if column == 3:
            if state == "problem":
                return "—"  # left out of the total until fixed
            return "" if cost is None else f"${cost:.2f}"
        return self._status_text(state)

    def _inputs_text(self, inputs: Mapping[str, Any]) -> str:
        """``Name: value`` pairs in plain words; links shown by their file name."""
        parts = []
        for key, value in inputs.items():
            text = value if isinstance(value, str) else ", ".join(map(str, value))
            if "://" in text:
                text = unquote(urlsplit(text).path.rsplit("/", 1)[-1]) or text
            elif "\n" not in text and PurePath(text).is_absolute():
                text = PurePath(text).name or text  # a file on this computer: its name
            parts.append(f"{self._names.get(key, key)}: {' '.join(text.split())}")
        return " · ".join(parts)

    def _status_text(self, state: str) -> str:
        texts = {
            "ready": self.tr("Ready"),
            "checking": self.tr("Checking…"),
            "waiting": self.tr("Not started — nothing charged"),
            "sending": self.tr("Starting…"),
            "accepted": self.tr("Starting…"),
            "running": self.tr("Running"),
            "completed": self.tr("Completed"),
            "failed": self.tr("Failed"),
        }
        return texts.get(state, state)


class BatchStatusFilter(QSortFilterProxyModel):
    """Shows the rows of one status group (``STATUS_GROUPS``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._states: frozenset[str] | None = None

    def set_group(self, group: str) -> None:
        self.beginFilterChange()
        self._states = STATUS_GROUPS.get(group)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self._states is None:
            return True
        model = self.sourceModel()
        state = model.data(model.index(source_row, 0, source_parent), STATE_ROLE)
        return state in self._states
