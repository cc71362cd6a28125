"""The Runs panel: the runs of this session, live, and the chosen one's progress and outputs."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.services.failures import FailureAdvice, FailureGroup
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.rerun import (
    NO_INPUTS_NOTE,
    RerunRequest,
    run_again_label,
    run_again_tooltip,
)
from flora_desktop.services.run_tracker import TrackedRun
from flora_desktop.ui.models.runs_model import RunsModel, status_words
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.output_view import OutputsView, OutputTools
from flora_desktop.ui.widgets.run_progress import ProgressDelegate, RunProgress

__all__ = ["FailureBox", "RunsPanel"]

TICK_MS = 1000
TABLE_MIN_HEIGHT = 120
SPLIT_TOP, SPLIT_BOTTOM = 240, 480
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "RunsPanel", "No runs yet. Runs you start appear here and keep going while you launch more."
)


def run_title(name: str, workspace: str | None, status: str) -> str:
    """``"Pitch Deck Visualizer in Studio — Completed"`` (the workspace when known)."""
    if workspace:
        return QCoreApplication.translate("RunsPanel", "{name} in {workspace} — {status}").format(
            name=name, workspace=workspace, status=status
        )
    return QCoreApplication.translate("RunsPanel", "{name} — {status}").format(
        name=name, status=status
    )


def _plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class FailureBox(QFrame):
    """Why a run failed, in plain words (``runFailure``, property ``group`` = §8.5 group).

    ``runFailureTitle``, ``runFailureText`` (what happened and what to do) and
    ``runFailureDetails`` (FLORA's own message and code).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runFailure")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = _plain_label(self, "runFailureTitle")
        self.text = _plain_label(self, "runFailureText")
        self.details = _plain_label(self, "runFailureDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.details)
        self.hide()

    def show_advice(self, advice: FailureAdvice) -> None:
        self.title.setText(shown(advice.title))
        self.text.setText(f"{shown(advice.sentence)} {shown(advice.action)}")
        self.details.setText(
            self.tr("What FLORA said: {details}").format(details=shown(advice.details))
        )
        self.setProperty("group", advice.group.value)
        style = self.style()
        style.unpolish(self)
        style.polish(self)
        self.setAccessibleDescription(f"{self.title.text()}. {self.text.text()}")
        self.show()


class RunsPanel(QWidget):
    """Runs of this session (``runsPanel``): the ``runsTable`` and the selected run's detail.

    Fed by ``show_run(tracked)`` (the tracker's ``on_change``). Signals:
    ``run_again_requested(object)`` and ``open_in_editor_requested(object)`` with a
    ``RerunRequest``; ``run_finished(object)`` with the ``TrackedRun`` that just ended;
    ``active_count_changed(int)`` with how many runs are still going.
    """

    run_again_requested = Signal(object)
    open_in_editor_requested = Signal(object)
    run_finished = Signal(object)
    active_count_changed = Signal(int)

    def __init__(
        self,
        tools: OutputTools,
        *,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runsPanel")
        self.setAccessibleName(self.tr("Runs"))
        self._clock = clock
        self._selected: str | None = None
        self._active = 0

        self.model = RunsModel(clock, self)
        self.table = QTableView(self)
        self.table.setObjectName("runsTable")
        self.table.setAccessibleName(self.tr("Runs"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(RunsModel.PROGRESS, ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The column headers are a control of their own for a screen reader: name them.
        header.setObjectName("runsTableHeader")
        header.setAccessibleName(self.tr("Column headers"))
        header.setSectionResizeMode(RunsModel.TECHNIQUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RunsModel.WORKSPACE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RunsModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RunsModel.PROGRESS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RunsModel.STARTED, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(RunsModel.PROGRESS, 300)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.empty = _plain_label(self, "runsEmpty")
        self.empty.setText(shown(EMPTY_TEXT))

        self.title = _plain_label(self, "runTitle")
        self.run_id_label = _plain_label(self, "runIdLabel")
        self.run_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = RunProgress(clock, self)
        self.failure = FailureBox(self)
        self.open_button = QPushButton(self.tr("Open in editor"), self)
        self.open_button.setObjectName("runOpenInEditor")
        self.open_button.setAccessibleName(self.tr("Open in editor"))
        self.open_button.setToolTip(self.tr("Put this run's technique and inputs into the editor"))
        self.open_button.clicked.connect(self._on_open)
        self.again_button = QPushButton(shown(run_again_label(None, with_inputs=True)), self)
        self.again_button.setObjectName("runAgainButton")
        self.again_button.clicked.connect(self._on_again)
        self.actions_note = _plain_label(self, "runActionsNote")
        self.actions_note.hide()
        self.outputs = OutputsView(tools, self)

        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.again_button)
        actions.addStretch(1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.table, 1)
        self.detail = QWidget(self)
        self.detail.setObjectName("runDetail")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.run_id_label)
        detail_layout.addWidget(self.progress)
        detail_layout.addWidget(self.failure)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.actions_note)
        detail_layout.addWidget(self.outputs, 1)
        self.detail.hide()

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("runsSplitter")
        splitter.addWidget(top)
        # On a small screen (or at 200 %) the detail scrolls instead of squeezing its parts.
        detail_scroll = QScrollArea(self)
        detail_scroll.setObjectName("runDetailScroll")
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(self.detail)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        # About six rows of runs above the detail; the user can drag the handle.
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT)
        splitter.setSizes([SPLIT_TOP, SPLIT_BOTTOM])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._update_empty()

    # --- reading -------------------------------------------------------------------------

    @property
    def selected_run_id(self) -> str | None:
        return self._selected

    @property
    def active_count(self) -> int:
        return self._active

    def selected(self) -> TrackedRun | None:
        row = self.model.row_of(self._selected) if self._selected else None
        return self.model.tracked_at(row) if row is not None else None

    # --- feeding -------------------------------------------------------------------------

    def show_run(self, tracked: TrackedRun) -> None:
        """A new run or a change: update its row, the detail if shown, and say if it ended."""
        row = self.model.row_of(tracked.run_id)
        before = self.model.tracked_at(row) if row is not None else None
        self.model.upsert(tracked)
        self._update_empty()
        if self._selected is None:
            self.select_run(tracked.run_id)
        elif self._selected == tracked.run_id:
            self._show_detail(tracked)
        if tracked.done and (before is None or not before.done):
            self.run_finished.emit(tracked)
        self._count_active()

    def select_run(self, run_id: str) -> bool:
        row = self.model.row_of(run_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    async def aclose(self) -> None:
        self._timer.stop()
        await self.outputs.aclose()

    # --- detail --------------------------------------------------------------------------

    def _on_current_changed(self, _current: object, _previous: object) -> None:
        row = self.table.currentIndex().row()
        tracked = self.model.tracked_at(row)
        if tracked is None:
            return
        self._selected = tracked.run_id
        self._show_detail(tracked)

    def _show_detail(self, tracked: TrackedRun) -> None:
        run = tracked.run
        self.detail.show()
        name = run.technique_name or run.technique_id
        self.title.setText(run_title(name, run.workspace_name, status_words(tracked.status)))
        self.run_id_label.setText(self.tr("Run id {run_id}").format(run_id=run.run_id))
        self.progress.show_run(tracked)
        update = tracked.update
        advice = update.failure if update is not None else None
        if tracked.status == "failed" and advice is not None:
            self.failure.show_advice(advice)
        else:
            self.failure.hide()
        self._show_actions(tracked, advice)
        if update is not None and update.run is not None and update.run.status == "completed":
            self.outputs.set_outputs(run.run_id, name, update.run.outputs)
        elif tracked.status == "failed":
            self.outputs.clear(self.tr("This run failed, so it has no outputs."))
        else:
            self.outputs.clear()

    def _show_actions(self, tracked: TrackedRun, advice: FailureAdvice | None) -> None:
        request = tracked.run.rerun()
        cost = tracked.run.run_cost
        self.again_button.setText(shown(run_again_label(cost, with_inputs=True)))
        self.again_button.setToolTip(shown(run_again_tooltip(cost)))
        self.again_button.setAccessibleName(self.again_button.text())
        self.again_button.setAccessibleDescription(shown(run_again_tooltip(cost)))
        # Runs still going can be opened, not repeated from here (one would likely follow).
        self.again_button.setVisible(tracked.done)
        self.again_button.setEnabled(request is not None)
        self.open_button.setEnabled(request is not None)
        # Changing the input is the way forward after a refusal: put that button first.
        self.open_button.setProperty(
            "primary", advice is not None and advice.group is FailureGroup.CHANGE_INPUT
        )
        style = self.open_button.style()
        style.unpolish(self.open_button)
        style.polish(self.open_button)
        self.actions_note.setText("" if request is not None else shown(NO_INPUTS_NOTE))
        self.actions_note.setVisible(request is None)

    def _on_open(self) -> None:
        tracked = self.selected()
        request = tracked.run.rerun() if tracked is not None else None
        if request is not None:
            self.open_in_editor_requested.emit(request)

    def _on_again(self) -> None:
        tracked = self.selected()
        request: RerunRequest | None = tracked.run.rerun() if tracked is not None else None
        if request is not None:
            self.run_again_requested.emit(request)

    # --- live times ----------------------------------------------------------------------

    def _count_active(self) -> None:
        active = sum(
            1
            for row in range(self.model.rowCount())
            if (t := self.model.tracked_at(row)) is not None and not t.done
        )
        if active and not self._timer.isActive():
            self._timer.start()
        elif not active:
            self._timer.stop()
        if active != self._active:
            self._active = active
            self.active_count_changed.emit(active)

    def _tick(self) -> None:
        self.model.tick()
        tracked = self.selected()
        if tracked is not None and not tracked.done:
            self.progress.show_run(tracked)

    def _update_empty(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.table.setVisible(has_rows)
