"""The Runs panel: the runs of this session, live, and the chosen one's progress and outputs."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.run_tracker import TrackedRun
from flora_desktop.ui.models.runs_model import RunsModel, status_words
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.accessible_parts import name_splitter_handles
from flora_desktop.ui.widgets.elided_label import ElidedLabel
from flora_desktop.ui.widgets.failure_box import FailureBox
from flora_desktop.ui.widgets.output_view import OutputsView, OutputTools
from flora_desktop.ui.widgets.run_actions import RunActions
from flora_desktop.ui.widgets.run_progress import ProgressDelegate, RunProgress
from flora_desktop.ui.widgets.steady_scroll import steady_scroll_bars

__all__ = ["FailureBox", "RunsPanel"]

TICK_MS = 1000
# A run the user picked in the Runs list stays shown this long when a new run starts.
KEEP_PICK_S = 60.0
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
        # When the user last picked a run in the list (not the panel following a new run).
        self._picked_at = float("-inf")
        self._selecting = False

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

        # "<technique> — <status>": a long technique name ends in "…" (whole in the tooltip).
        self.title = ElidedLabel("", self, max_lines=2)
        self.title.setObjectName("runTitle")
        self.run_id_label = _plain_label(self, "runIdLabel")
        self.run_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = RunProgress(clock, self)
        self.failure = FailureBox(self)
        self.run_actions = RunActions(self)
        self.run_actions.note.setObjectName("runActionsNote")
        self.open_button = self.run_actions.open_button
        self.again_button = self.run_actions.again_button
        self.actions_note = self.run_actions.note
        self.run_actions.open_in_editor_requested.connect(self.open_in_editor_requested)
        self.run_actions.run_again_requested.connect(self.run_again_requested)
        self.outputs = OutputsView(tools, self)

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
        detail_layout.addWidget(self.run_actions)
        detail_layout.addWidget(self.outputs, 1)
        self.detail.hide()

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("runsSplitter")
        splitter.addWidget(top)
        # On a small screen (or at 200 %) the detail scrolls instead of squeezing its parts.
        detail_scroll = QScrollArea(self)
        steady_scroll_bars(detail_scroll)
        detail_scroll.setObjectName("runDetailScroll")
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(self.detail)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        name_splitter_handles(splitter, self.tr("Drag to resize the list and the detail"))
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
        follow = before is None and self._clock() - self._picked_at > KEEP_PICK_S
        if self._selected is None or (follow and self._selected != tracked.run_id):
            # The newest run, unless the user picked another one in the last minute.
            self._select(tracked.run_id)
        elif self._selected == tracked.run_id:
            self._show_detail(tracked)
        if tracked.done and (before is None or not before.done):
            self.run_finished.emit(tracked)
        self._count_active()

    def select_run(self, run_id: str) -> bool:
        """Show ``run_id`` as if the user picked it (it stays shown for a minute)."""
        return self._select(run_id, picked=True)

    def _select(self, run_id: str, *, picked: bool = False) -> bool:
        row = self.model.row_of(run_id)
        if row is None:
            return False
        self._selecting = not picked
        try:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False
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
        if not self._selecting:
            self._picked_at = self._clock()
        self._show_detail(tracked)

    def _show_detail(self, tracked: TrackedRun) -> None:
        run = tracked.run
        self.detail.show()
        name = run.technique_name or run.technique_id
        self.title.setText(run_title(name, run.workspace_name, status_words(tracked.status)))
        self.run_id_label.setText(self.tr("Run id {run_id}").format(run_id=run.run_id))
        self.progress.show_run(tracked, reached=self.model.reached(tracked.run_id))
        update = tracked.update
        advice = update.failure if update is not None else None
        if tracked.status == "failed" and advice is not None:
            self.failure.show_advice(advice)
        else:
            self.failure.hide()
        self.run_actions.show_for(tracked, advice)
        if update is not None and update.run is not None and update.run.status == "completed":
            self.outputs.set_outputs(
                run.run_id, name, update.run.outputs, technique_id=run.technique_id
            )
            self.outputs.show()
        else:
            # Nothing to show yet, or ever: no empty outputs box under the run.
            self.outputs.clear()
            self.outputs.hide()

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
            self.progress.show_run(tracked, reached=self.model.reached(tracked.run_id))

    def _update_empty(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.table.setVisible(has_rows)
