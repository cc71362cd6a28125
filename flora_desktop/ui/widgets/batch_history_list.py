"""History's batches: each batch one expandable entry ("Batch: … · 40 runs · 38 done"), its rows
under it, and buttons to open or resume it in the Batch window.

Fed by ``refresh()`` (``services.batch_history``: one grouped query); a batch's rows are read
when its entry is expanded, so fifty big batches cost nothing until opened.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.services.batch_history import BatchSummary, batch_summaries
from flora_desktop.services.batch_store import Batch, BatchRow, BatchStore
from flora_desktop.services.tasks import TaskOwner

if TYPE_CHECKING:
    from flora_desktop.services.history import HistoryStore

__all__ = ["BatchHistoryList"]

log = logging.getLogger(__name__)

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
RUN_ROLE = Qt.ItemDataRole.UserRole + 2
LOADED_ROLE = Qt.ItemDataRole.UserRole + 3
# Lines shown before the list scrolls; the runs table below keeps most of the room.
VISIBLE_LINES = 6


class _BatchTree(QTreeView):
    """The tree; Enter on a batch opens it, on a row shows its run (``activated``)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class BatchHistoryList(QWidget):
    """``historyBatches``: recent batches, grouped. Signals: ``open_requested(object, bool)``
    with the ``Batch`` and whether to resume it; ``run_requested(str)`` with a row's run id."""

    open_requested = Signal(object, bool)
    run_requested = Signal(str)

    def __init__(
        self,
        history: HistoryStore,
        base_url: str,
        *,
        profile_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyBatches")
        self._history = history
        self._base_url = base_url
        self._profile_id = profile_id
        self._tasks = TaskOwner()
        self.title = QLabel(self.tr("&Batches"), self)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Batch"), self.tr("Started")])
        self.tree = _BatchTree(self)
        self.tree.setObjectName("historyBatchTree")
        self.tree.setAccessibleName(self.tr("Batches"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.title.setBuddy(self.tree)
        self.open_button = QPushButton(self.tr("&Open batch"), self)
        self.open_button.setObjectName("historyOpenBatch")
        self.open_button.setToolTip(self.tr("Show the batch's rows, outputs and manifest"))
        self.resume_button = QPushButton(self.tr("Res&ume batch"), self)
        self.resume_button.setObjectName("historyResumeBatch")
        self.resume_button.setToolTip(
            self.tr("Start the rows it left; none is started twice, rows already done stay")
        )
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self.tree.expanded.connect(self._on_expanded)
        self.tree.collapsed.connect(lambda _index: self._fit_height())
        self.tree.activated.connect(self._on_activated)
        self.tree.clicked.connect(self._on_clicked)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.open_button.clicked.connect(lambda: self._open(resume=False))
        self.resume_button.clicked.connect(lambda: self._open(resume=True))
        self._summaries: list[BatchSummary] = []
        self._update_buttons()
        self.hide()  # shown once there is a batch

    # --- reading ---------------------------------------------------------------------------

    @property
    def summaries(self) -> list[BatchSummary]:
        return list(self._summaries)

    def entry_text(self, summary: BatchSummary) -> str:
        """``Batch: Background Remover · 40 runs · 38 done · 2 failed``."""
        batch = summary.batch
        name = batch.technique_name or batch.technique_id
        parts = [
            self.tr("Batch: {name}").format(name=name),
            self.tr("%n runs", "", summary.total),
            self.tr("{count} done").format(count=summary.completed),
        ]
        if summary.failed:
            parts.append(self.tr("{count} failed").format(count=summary.failed))
        if summary.in_progress:
            parts.append(self.tr("{count} in progress").format(count=summary.in_progress))
        if summary.not_started:
            parts.append(self.tr("{count} not started").format(count=summary.not_started))
        if batch.workspace_name:
            parts.append(batch.workspace_name)
        return " · ".join(parts)

    # --- loading ---------------------------------------------------------------------------

    async def refresh(self) -> None:
        """Read the recent batches again; expanded entries are read again when reopened."""
        try:
            summaries = await batch_summaries(
                self._history, self._base_url, profile_id=self._profile_id
            )
        except (sqlite3.Error, OSError) as exc:
            log.warning("could not read the batches: %s", type(exc).__name__)
            return
        except RuntimeError:
            return  # the store closed during shut-down
        current = self._selected_batch()
        self._summaries = summaries
        self.model.removeRows(0, self.model.rowCount())
        for summary in summaries:
            entry = QStandardItem(self.entry_text(summary))
            entry.setData(summary, SUMMARY_ROLE)
            entry.setData(False, LOADED_ROLE)
            entry.setToolTip(entry.text())
            # A placeholder child: the entry can be expanded before its rows are read.
            entry.appendRow([QStandardItem(self.tr("Loading…")), QStandardItem()])
            when = time.strftime("%d %b %H:%M", time.localtime(summary.batch.created_at))
            self.model.appendRow([entry, QStandardItem(when)])
        if current is not None:
            for position, summary in enumerate(summaries):
                if summary.batch.batch_id == current.batch_id:
                    self.tree.setCurrentIndex(self.model.index(position, 0))
        self.setVisible(bool(summaries))
        self._fit_height()
        self._update_buttons()

    def _fit_height(self) -> None:
        """As tall as its lines (expanded rows included), up to ``VISIBLE_LINES``."""
        lines = 0
        for position in range(self.model.rowCount()):
            lines += 1
            index = self.model.index(position, 0)
            if self.tree.isExpanded(index):
                lines += self.model.rowCount(index)
        lines = min(max(lines, 1), VISIBLE_LINES)
        line = self.tree.sizeHintForRow(0) if self.model.rowCount() else 0
        line = max(line, self.tree.fontMetrics().height() + 4)
        frame = 2 * self.tree.frameWidth()
        self.tree.setFixedHeight(self.tree.header().sizeHint().height() + lines * line + frame)

    def _on_expanded(self, index: QModelIndex) -> None:
        self._fit_height()
        entry = self.model.itemFromIndex(index.siblingAtColumn(0))
        if entry is None or entry.parent() is not None or entry.data(LOADED_ROLE):
            return
        summary = entry.data(SUMMARY_ROLE)
        if isinstance(summary, BatchSummary):
            entry.setData(True, LOADED_ROLE)
            self._tasks.spawn(f"rows-{summary.batch.batch_id}", self._load_rows(entry, summary))

    async def _load_rows(self, entry: QStandardItem, summary: BatchSummary) -> None:
        store = BatchStore(self._history, self._base_url, profile_id=self._profile_id)
        try:
            rows = await store.rows(summary.batch.batch_id)
        except (sqlite3.Error, OSError, RuntimeError):
            entry.setData(False, LOADED_ROLE)
            entry.child(0, 0).setText(self.tr("The rows could not be read."))
            return
        entry.removeRows(0, entry.rowCount())
        for row in rows:
            item = QStandardItem(self._row_text(row))
            item.setData(row.run_id, RUN_ROLE)
            item.setToolTip(row.error or item.text())
            entry.appendRow([item, QStandardItem()])
        self._fit_height()

    def _row_text(self, row: BatchRow) -> str:
        states = {
            "waiting": self.tr("not started"),
            "sending": self.tr("starting"),
            "accepted": self.tr("starting"),
            "running": self.tr("running"),
            "completed": self.tr("done"),
            "failed": self.tr("failed"),
        }
        name = row.source_name or self.tr("row {number}").format(number=row.index)
        return self.tr("#{number} {name} — {state}").format(
            number=row.index, name=name, state=states.get(row.state, row.state)
        )

    # --- acting ----------------------------------------------------------------------------

    def _selected_batch(self) -> Batch | None:
        summary = self._selected_summary()
        return summary.batch if summary is not None else None

    def _selected_summary(self) -> BatchSummary | None:
        index = self.tree.currentIndex()
        while index.isValid() and index.parent().isValid():
            index = index.parent()  # a row: its batch
        summary = index.siblingAtColumn(0).data(SUMMARY_ROLE) if index.isValid() else None
        return summary if isinstance(summary, BatchSummary) else None

    def _update_buttons(self) -> None:
        summary = self._selected_summary()
        self.open_button.setEnabled(summary is not None)
        self.resume_button.setVisible(summary is not None and summary.unfinished)

    def _on_activated(self, index: QModelIndex) -> None:
        run_id = index.siblingAtColumn(0).data(RUN_ROLE)
        if index.parent().isValid():
            if isinstance(run_id, str) and run_id:
                self.run_requested.emit(run_id)
            return
        self._open(resume=False)

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.parent().isValid():  # a row: its run below, as a click in the runs table
            self._on_activated(index)

    def _open(self, *, resume: bool) -> None:
        summary = self._selected_summary()
        if summary is not None:
            self.open_requested.emit(summary.batch, resume and summary.unfinished)

    async def aclose(self) -> None:
        await self._tasks.aclose()
