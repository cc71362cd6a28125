"""The History table: when, technique, workspace, status, cost and where each run was started."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from flora_desktop.services.history import RunRecord
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.ui.messages import format_cost
from flora_desktop.ui.models.rows_table import RowsTableModel
from flora_desktop.ui.models.runs_model import format_clock, status_words
from flora_desktop.ui.translate import shown

__all__ = ["HistoryModel", "origin_words"]

_Index = QModelIndex | QPersistentModelIndex


def origin_words(origin: str) -> str:
    if origin == "local":
        return QCoreApplication.translate("HistoryModel", "This app")
    return QCoreApplication.translate("HistoryModel", "Elsewhere")


class HistoryModel(RowsTableModel[RunRecord]):
    """Rows of ``RunRecord`` as ``HistoryStore.search`` gives them (newest first).

    ``RunIdRole`` gives the run id; ``StatusRole`` FLORA's status word.
    """

    STARTED, TECHNIQUE, WORKSPACE, STATUS, COST, ORIGIN = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "Started"),
        QT_TRANSLATE_NOOP("HistoryModel", "Technique"),
        QT_TRANSLATE_NOOP("HistoryModel", "Workspace"),
        QT_TRANSLATE_NOOP("HistoryModel", "Status"),
        QT_TRANSLATE_NOOP("HistoryModel", "Cost"),
        QT_TRANSLATE_NOOP("HistoryModel", "Started from"),
    )
    RunIdRole = Qt.ItemDataRole.UserRole + 1
    StatusRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, clock: Callable[[], float] = time.time, parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def set_rows(self, rows: Iterable[RunRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record_at(self, row: int) -> RunRecord | None:
        return self._row_at(row)

    def row_of(self, run_id: str) -> int | None:
        for row, record in enumerate(self._rows):
            if record.run_id == run_id:
                return row
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
            return self.tr("Run {run_id}").format(run_id=record.run_id)
        return None

    def _text(self, record: RunRecord, column: int) -> str:
        if column == self.STARTED:
            return format_clock(record.started_at, self._clock())
        if column == self.TECHNIQUE:
            return record.technique_name or record.technique_id or self.tr("Unknown technique")
        if column == self.WORKSPACE:
            return record.workspace_name or record.workspace_id or ""
        if column == self.STATUS:
            return status_words(record.status)
        if column == self.COST:
            return (
                shown(format_cost(record.charged_cost)) if record.charged_cost is not None else ""
            )
        if column == self.ORIGIN:
            return origin_words(record.origin)
        return ""
