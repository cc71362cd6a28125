"""The History view: every run started here or listed by FLORA, searchable, inputs and outputs."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.api.models import Technique
from flora_desktop.services.failures import explain_failure
from flora_desktop.services.history import HistoryStore, RunRecord
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.rerun import (
    NO_INPUTS_NOTE,
    RerunRequest,
    run_again_label,
    run_again_tooltip,
)
from flora_desktop.services.settings import DEFAULT_PROFILE_ID
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.messages import format_cost
from flora_desktop.ui.models.history_model import HistoryModel
from flora_desktop.ui.models.runs_model import format_clock, format_duration, status_words
from flora_desktop.ui.pages.runs import FailureBox, run_title
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.batch_history_list import BatchHistoryList
from flora_desktop.ui.widgets.inputs_summary import InputsSummary
from flora_desktop.ui.widgets.output_view import OutputsView, OutputTools
from flora_desktop.ui.widgets.steady_scroll import steady_scroll_bars

__all__ = ["HistoryView"]

log = logging.getLogger(__name__)

SEARCH_DELAY_S = 0.3
PAGE_SIZE = 200

STATUS_CHOICES = (
    (QT_TRANSLATE_NOOP("HistoryView", "Any status"), None),
    (QT_TRANSLATE_NOOP("HistoryView", "Completed"), "completed"),
    (QT_TRANSLATE_NOOP("HistoryView", "Failed"), "failed"),
    (QT_TRANSLATE_NOOP("HistoryView", "Running"), "running"),
    (QT_TRANSLATE_NOOP("HistoryView", "Waiting to start"), "pending"),
)
DATE_CHOICES = (
    (QT_TRANSLATE_NOOP("HistoryView", "Any time"), None),
    (QT_TRANSLATE_NOOP("HistoryView", "Today"), 0),
    (QT_TRANSLATE_NOOP("HistoryView", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("HistoryView", "Last 30 days"), 30),
)


def _since(days: int | None, now: float) -> float | None:
    if days is None:
        return None
    today = datetime.fromtimestamp(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return (today - timedelta(days=days)).timestamp()


class HistoryView(QWidget):
    """Past runs (``historyView``): ``historySearch``, filters, ``historyTable`` and a detail.

    Filters: ``historyTechniqueFilter``, ``historyStatusFilter``, ``historyDateFilter``;
    ``historySync`` reads FLORA's list again. The detail shows the inputs (``historyInputs``)
    and outputs, with ``historyOpenInEditor`` and ``historyRunAgain``. Signals:
    ``open_in_editor_requested(object)``, ``run_again_requested(object)`` (``RerunRequest``).
    """

    open_in_editor_requested = Signal(object)
    run_again_requested = Signal(object)
    # A batch's "Open"/"Resume" (``historyBatches``): the ``Batch`` and whether to resume it.
    batch_open_requested = Signal(object, bool)

    def __init__(
        self,
        history: HistoryStore,
        base_url: str,
        tools: OutputTools,
        *,
        sync: Callable[[], Awaitable[object]] | None = None,
        cost_of: Callable[[str], float | None] = lambda _technique_id: None,
        schema_of: Callable[[str], Technique | None] = lambda _technique_id: None,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
        profile_id: str = DEFAULT_PROFILE_ID,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.setAccessibleName(self.tr("History"))
        self._history = history
        self._base_url = base_url
        self._profile_id = profile_id  # with the server: whose runs are listed
        self._sync = sync
        self._cost_of = cost_of
        # The technique, when the launcher has it loaded: input names instead of keys.
        self._schema_of = schema_of
        self._clock = clock
        self._tasks = TaskOwner()
        self._record: RunRecord | None = None
        self._stale = True

        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setAccessibleName(self.tr("Search history"))
        self.search.setPlaceholderText(self.tr("Search technique, workspace, inputs or run id"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.schedule_refresh())
        self.technique_filter = self._combo("historyTechniqueFilter", self.tr("Technique"))
        self.technique_filter.addItem(self.tr("All techniques"), None)
        self.status_filter = self._combo("historyStatusFilter", self.tr("Status"))
        for text, value in STATUS_CHOICES:
            self.status_filter.addItem(shown(text), value)
        self.date_filter = self._combo("historyDateFilter", self.tr("Date"))
        for text, days in DATE_CHOICES:
            self.date_filter.addItem(shown(text), days)
        self.sync_button = QPushButton(self.tr("Check FLORA"), self)
        self.sync_button.setObjectName("historySync")
        self.sync_button.setAccessibleName(self.tr("Check FLORA for runs started elsewhere"))
        self.sync_button.setToolTip(
            self.tr("Add runs started elsewhere (the web app, scripts) to the list")
        )
        self.sync_button.clicked.connect(lambda: self._tasks.spawn("sync", self.sync()))
        self.sync_button.setVisible(sync is not None)

        self.model = HistoryModel(clock, self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Past runs"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The column headers are a control of their own for a screen reader: name them.
        header.setObjectName("historyTableHeader")
        header.setAccessibleName(self.tr("Column headers"))
        for column in range(len(HistoryModel.HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.TECHNIQUE, QHeaderView.ResizeMode.Stretch)
        # Fit columns to the rows on screen, not all 200 (each cell measured is Python).
        header.setResizeContentsPrecision(0)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.count = QLabel(self)
        self.count.setObjectName("historyCount")

        self.title = QLabel(self)
        self.title.setObjectName("historyRunTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("historyRunSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failure = FailureBox(self)
        self.inputs = InputsSummary(self)
        self.open_button = QPushButton(self.tr("Open in editor"), self)
        self.open_button.setObjectName("historyOpenInEditor")
        self.open_button.setAccessibleName(self.tr("Open in editor"))
        self.open_button.setToolTip(
            self.tr("Copy this run's inputs into the editor as a new draft")
        )
        self.open_button.clicked.connect(self._on_open)
        self.again_button = QPushButton(shown(run_again_label(None)), self)
        self.again_button.setObjectName("historyRunAgain")
        self.again_button.clicked.connect(self._on_again)
        self.outputs = OutputsView(tools, self)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.technique_filter, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.date_filter)
        filters.addWidget(self.sync_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        self.batches = self._batches_list()
        top_layout.addWidget(self.batches)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.count)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.again_button)
        actions.addStretch(1)
        self.detail = QWidget(self)
        self.detail.setObjectName("historyDetail")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.summary)
        detail_layout.addWidget(self.failure)
        inputs_label = QLabel(self.tr("&Inputs"), self.detail)
        inputs_label.setBuddy(self.inputs)
        detail_layout.addWidget(inputs_label)
        detail_layout.addWidget(self.inputs)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.outputs, 1)
        self.detail.hide()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("historySplitter")
        splitter.addWidget(top)
        # On a small screen (or at 200 %) the detail scrolls instead of squeezing its parts.
        detail_scroll = QScrollArea(self)
        steady_scroll_bars(detail_scroll)
        detail_scroll.setObjectName("historyDetailScroll")
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(self.detail)
        splitter.addWidget(detail_scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self.table.setMinimumHeight(120)
        splitter.setSizes([260, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.currentIndexChanged.connect(lambda _i: self.schedule_refresh(delay=0.0))
        return combo

    # --- reading -------------------------------------------------------------------------

    @property
    def selected_record(self) -> RunRecord | None:
        return self._record

    def count_text(self) -> str:
        return self.count.text()

    # --- loading -------------------------------------------------------------------------

    def schedule_refresh(self, *, delay: float = SEARCH_DELAY_S) -> None:
        """Search again after a short pause (typing); latest wins. Waits while hidden."""
        if not self.isVisible():
            self._stale = True
            return
        if self._tasks.spawn("refresh", self.refresh(after=delay)) is None:
            self._stale = True  # no event loop yet (or any more): search when next shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.schedule_refresh(delay=0.0)

    async def refresh(self, *, after: float = 0.0) -> None:
        """Run the search with the current filters and show the result."""
        if after:
            await asyncio.sleep(after)
        self._stale = False
        self._tasks.spawn("batches", self.batches.refresh())
        filters: dict[str, Any] = {
            "base_url": self._base_url,
            "profile_id": self._profile_id,
            "text": self.search.text().strip() or None,
            "technique_id": self.technique_filter.currentData(),
            "status": self.status_filter.currentData(),
            "since": _since(self.date_filter.currentData(), self._clock()),
        }
        try:
            page = await self._history.page(**filters, limit=PAGE_SIZE)
        except (sqlite3.Error, OSError) as exc:
            log.warning("could not read the run history: %s", type(exc).__name__)
            self.count.setText(self.tr("The history could not be read."))
            return
        except RuntimeError:
            return  # the store closed during shut-down
        self._fill_techniques(dict(page.techniques))
        selected = self._record.run_id if self._record is not None else None
        records = page.records
        self.model.set_rows(records)
        if page.more:
            self.count.setText(
                self.tr("Showing the newest {shown} of more than {total} runs").format(
                    shown=len(records), total=self.locale().toString(page.total)
                )
            )
        elif page.total > len(records):
            self.count.setText(
                self.tr("Showing the newest {shown} of %n runs", "", page.total).format(
                    shown=len(records)
                )
            )
        else:
            self.count.setText(self.tr("%n runs", "", page.total))
        if records:
            row = self.model.row_of(selected) if selected else None
            # Not selectRow: right to left, Qt's selectRow selects nothing (no column at x=0).
            self.table.setCurrentIndex(self.model.index(row if row is not None else 0, 0))
        else:
            self._record = None
            self.detail.hide()

    def _fill_techniques(self, known: dict[str, str]) -> None:
        current = self.technique_filter.currentData()
        present = {self.technique_filter.itemData(i) for i in range(self.technique_filter.count())}
        if present == {None, *known}:
            return
        self.technique_filter.blockSignals(True)
        try:
            self.technique_filter.clear()
            self.technique_filter.addItem(self.tr("All techniques"), None)
            for technique_id, name in sorted(known.items(), key=lambda kv: kv[1].casefold()):
                self.technique_filter.addItem(name, technique_id)
            index = self.technique_filter.findData(current)
            self.technique_filter.setCurrentIndex(max(0, index))
        finally:
            self.technique_filter.blockSignals(False)

    async def sync(self) -> None:
        """Merge FLORA's list into the history, then search again."""
        if self._sync is None:
            return
        self.sync_button.setEnabled(False)
        self.sync_button.setText(self.tr("Checking…"))
        try:
            await self._sync()
        finally:
            self.sync_button.setEnabled(True)
            self.sync_button.setText(self.tr("Check FLORA"))
        await self.refresh()

    async def aclose(self) -> None:
        await self.batches.aclose()
        await self.outputs.aclose()
        await self.inputs.aclose()
        await self._tasks.aclose()

    # --- batches (ui/widgets/batch_history_list.py) -----------------------------------------

    def _batches_list(self) -> BatchHistoryList:
        batches = BatchHistoryList(
            self._history, self._base_url, profile_id=self._profile_id, parent=self
        )
        batches.open_requested.connect(self.batch_open_requested)
        # Tab meets them where they are drawn: after the filters, before the runs table.
        chain = (self.sync_button, batches.tree, batches.open_button, batches.resume_button)
        for first, second in zip(chain, (*chain[1:], self.table), strict=True):
            QWidget.setTabOrder(first, second)
        batches.run_requested.connect(
            lambda run_id: self._tasks.spawn("open", self.open_run(run_id))
        )
        return batches

    async def open_run(self, run_id: str) -> bool:
        """Show run ``run_id`` (a batch's row, a contact-sheet cell): selected in the table
        when listed, else shown on its own. False when the history does not have it."""
        row = self.model.row_of(run_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
            return True
        try:
            record = await self._history.get(
                run_id, base_url=self._base_url, profile_id=self._profile_id
            )
        except (sqlite3.Error, OSError, RuntimeError):
            record = None
        if record is None:
            self.count.setText(self.tr("That run is not in the history on this computer."))
            return False
        self.table.clearSelection()
        self.show_record(record)
        return True

    # --- detail --------------------------------------------------------------------------

    def _on_current_changed(self, _current: object, _previous: object) -> None:
        record = self.model.record_at(self.table.currentIndex().row())
        if record is not None:
            self.show_record(record)

    def show_record(self, record: RunRecord) -> None:
        self._record = record
        self.detail.show()
        name = record.technique_name or record.technique_id or self.tr("Unknown technique")
        self.title.setText(run_title(name, record.workspace_name, status_words(record.status)))
        parts = [
            self.tr("Started {when}").format(when=format_clock(record.started_at, self._clock())),
            # Whole phrases: lower-casing a translated word is wrong in German ("Diese App").
            self.tr("started in this app")
            if record.origin == "local"
            else self.tr("started elsewhere"),
        ]
        if record.created_at is not None and record.completed_at is not None:
            took = format_duration(record.completed_at - record.created_at)
            parts.append(self.tr("took {duration}").format(duration=took))
        if record.charged_cost is not None:
            cost_text = shown(format_cost(record.charged_cost))
            parts.append(self.tr("charged {cost}").format(cost=cost_text))
        parts.append(self.tr("run id {run_id}").format(run_id=record.run_id))
        self.summary.setText(" · ".join(parts))
        if record.status == "failed":
            self.failure.show_advice(explain_failure(record.error_code, record.error_message))
        else:
            self.failure.hide()
        if record.inputs is None:
            self.inputs.show_note(shown(NO_INPUTS_NOTE))
        elif not record.inputs:
            self.inputs.show_note(self.tr("No inputs."))
        else:
            technique = self._schema_of(record.technique_id) if record.technique_id else None
            self.inputs.show_inputs(record.inputs, technique.inputs if technique else None)
        request = self._request(record)
        cost = request.run_cost if request is not None else None
        self.open_button.setEnabled(request is not None)
        self.open_button.setToolTip(
            self.tr("Copy this run's inputs into the editor as a new draft")
            if request is not None
            else shown(NO_INPUTS_NOTE)
        )
        self.again_button.setEnabled(request is not None)
        self.again_button.setText(shown(run_again_label(cost, with_inputs=True)))
        self.again_button.setAccessibleName(self.again_button.text())
        self.again_button.setToolTip(shown(run_again_tooltip(cost)))
        if record.status == "completed":
            self.outputs.set_outputs(
                record.run_id, name, record.outputs, technique_id=record.technique_id
            )
        elif record.status == "failed":
            self.outputs.clear(self.tr("This run failed, so it has no outputs."))
        else:
            self.outputs.clear(self.tr("This run has not finished yet; see Runs for its progress."))

    def _request(self, record: RunRecord) -> RerunRequest | None:
        if record.inputs is None or not record.technique_id:
            return None
        return RerunRequest(
            technique_id=record.technique_id,
            inputs=record.inputs,
            technique_name=record.technique_name,
            run_cost=self._cost_of(record.technique_id),
            workspace_id=record.workspace_id,
        )

    def _on_open(self) -> None:
        request = self._request(self._record) if self._record is not None else None
        if request is not None:
            self.open_in_editor_requested.emit(request)

    def _on_again(self) -> None:
        request = self._request(self._record) if self._record is not None else None
        if request is not None:
            self.run_again_requested.emit(request)
