"""The History table: when, technique, workspace, status, cost and where each run was started."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from flora_desktop.services.history import RunRecord
from flora_desktop.ui.messages import format_cost
from flora_desktop.ui.models.runs_model import format_clock, status_words

__all__ = ["HistoryModel", "origin_words"]

_Index = QModelIndex | QPersistentModelIndex


def origin_words(origin: str) -> str:
    return "This app" if origin == "local" else "Elsewhere"


class HistoryModel(QAbstractTableModel):
    """Rows of ``RunRecord`` as ``HistoryStore.search`` gives them (newest first).

    ``RunIdRole`` gives the run id; ``StatusRole`` FLORA's status word.
    """

    STARTED, TECHNIQUE, WORKSPACE, STATUS, COST, ORIGIN = range(6)
    HEADERS = ("Started", "Technique", "Workspace", "Status", "Cost", "Started from")
    RunIdRole = Qt.ItemDataRole.UserRole + 1
    StatusRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, clock: Callable[[], float] = time.time, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RunRecord] = []
        self._clock = clock

    def set_rows(self, rows: Iterable[RunRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record_at(self, row: int) -> RunRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, run_id: str) -> int | None:
        for row, record in enumerate(self._rows):
            if record.run_id == run_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == self.RunIdRole:
            return record.run_id
        if role == self.StatusRole:
            return record.status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Run {record.run_id}"
        return None

    def _text(self, record: RunRecord, column: int) -> str:
        if column == self.STARTED:
            return format_clock(record.started_at, self._clock())
        if column == self.TECHNIQUE:
            return record.technique_name or record.technique_id or "Unknown technique"
        if column == self.WORKSPACE:
            return record.workspace_name or record.workspace_id or ""
        if column == self.STATUS:
            return status_words(record.status)
        if column == self.COST:
            return format_cost(record.charged_cost) if record.charged_cost is not None else ""
        if column == self.ORIGIN:
            return origin_words(record.origin)
        return ""
