"""The rows of a batch for a table: before it starts (sources) and while it runs (stored rows)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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

from flora_desktop.services.batch_store import BatchRow, BatchSource

__all__ = ["STATUS_GROUPS", "BatchRowsModel", "BatchStatusFilter"]

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("#", "Source", "Inputs", "Cost", "Status")
# Filter choices -> the row states they show (None: every row).
STATUS_GROUPS: dict[str, frozenset[str] | None] = {
    "all": None,
    "completed": frozenset({"completed"}),
    "failed": frozenset({"failed"}),
    "in_progress": frozenset({"sending", "accepted", "running"}),
    "not_started": frozenset({"waiting", "ready"}),
}
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_INPUTS_TEXT = 160


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

    def set_sources(self, sources: Sequence[BatchSource]) -> None:
        self.beginResetModel()
        self._sources = list(sources)
        self._rows = []
        self.endResetModel()

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
        else:
            item = self._sources[position]
            number, source, inputs, state = position + 1, item.source_name, item.inputs, "ready"
            cost, detail = self._run_cost, None
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
            return "" if cost is None else f"${cost:.2f}"
        return self._status_text(state)

    def _inputs_text(self, inputs: Mapping[str, Any]) -> str:
        """``Name: value`` pairs in plain words; links shown by their file name."""
        parts = []
        for key, value in inputs.items():
            text = value if isinstance(value, str) else ", ".join(map(str, value))
            if "://" in text:
                text = unquote(urlsplit(text).path.rsplit("/", 1)[-1]) or text
            parts.append(f"{self._names.get(key, key)}: {' '.join(text.split())}")
        return " · ".join(parts)

    def _status_text(self, state: str) -> str:
        texts = {
            "ready": self.tr("Ready"),
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
