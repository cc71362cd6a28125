"""One connection's tabs — Launch, Runs, History — and the wiring between them."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget
from qasync import asyncSlot

from flora_desktop.services.rerun import RerunRequest
from flora_desktop.services.run_tracker import RunTracker, StartedRun, TrackedRun
from flora_desktop.services.spend import spent
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.bring_forward import bring_forward
from flora_desktop.ui.models.runs_model import status_words
from flora_desktop.ui.notify import Notifier
from flora_desktop.ui.pages.history import HistoryView
from flora_desktop.ui.pages.runs import RunsPanel
from flora_desktop.ui.widgets.live_result import LiveResult
from flora_desktop.ui.widgets.output_view import OutputTools

if TYPE_CHECKING:
    from flora_desktop.ui.pages.launcher import LauncherPage

__all__ = ["ConnectedTabs"]

log = logging.getLogger(__name__)

LAUNCH_TAB, RUNS_TAB, HISTORY_TAB = range(3)


class ConnectedTabs(QTabWidget):
    """``connectedTabs``: the launcher, the Runs panel and the History view of one connection.

    Runs started in the launcher are tracked (watched and recorded); "Open in editor" and
    "Run again" from Runs or History go back to the launcher. The Runs panel and the
    History view are built when first shown or first needed (``runs``, ``history``), so
    connecting builds only the launcher (benchmarks/responsiveness.py, "connect").
    ``start()`` starts the launcher, watches again what the history has as unfinished and
    merges FLORA's list in the background; ``aclose()`` stops all of it (the tracker last).
    """

    def __init__(
        self,
        launcher: LauncherPage,
        tracker: RunTracker,
        tools: OutputTools,
        *,
        notifications: Callable[[], bool] = lambda: True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectedTabs")
        self.setAccessibleName(self.tr("Launch, Runs and History"))
        self._notifications = notifications
        self.setDocumentMode(True)
        self.launcher = launcher
        self.tracker = tracker
        self.tools = tools
        self._tasks = TaskOwner()
        self._runs: RunsPanel | None = None
        self._history: HistoryView | None = None
        # The run just started, live, beside the form in Launch.
        self.live = LiveResult(tools, parent=launcher)
        launcher.result_panel.attach_live(self.live)
        self._runs_page = _TabPage("runsTab", self)
        self._history_page = _TabPage("historyTab", self)
        self.addTab(launcher, self.tr("&Launch"))
        self.addTab(self._runs_page, self.tr("&Runs"))
        self.addTab(self._history_page, self.tr("Hi&story"))
        self.setTabToolTip(LAUNCH_TAB, self.tr("Pick a technique, fill its inputs and start runs"))
        self.setTabToolTip(RUNS_TAB, self.tr("Runs of this session, live, with their outputs"))
        self.setTabToolTip(HISTORY_TAB, self.tr("Every run, searchable; reopen one in the editor"))
        self.notifier: Notifier | None = None

        tracker.on_change = self._on_run_changed
        tracker.on_history_changed = self._on_history_changed
        launcher.run_started.connect(self._on_run_started)
        launcher.workspace_changed.connect(lambda _label: self._refresh_spend())
        self.live.open_in_editor_requested.connect(self._on_open_in_editor)
        self.live.run_again_requested.connect(self._on_run_again)
        # A contact-sheet cell shows its run in History.
        launcher.batch_entry.open_run_requested.connect(self.show_run)
        self.currentChanged.connect(self._on_tab_shown)

    @property
    def runs(self) -> RunsPanel:
        """The Runs panel, built the first time it is shown or a run is tracked."""
        if self._runs is None:
            runs = RunsPanel(self.tools, parent=self._runs_page)
            self._runs_page.put(runs)
            runs.active_count_changed.connect(self._on_active_count)
            runs.run_finished.connect(self._on_run_finished)
            runs.open_in_editor_requested.connect(self._on_open_in_editor)
            runs.run_again_requested.connect(self._on_run_again)
            self._runs = runs
        return self._runs

    @property
    def history(self) -> HistoryView:
        """The History view, built the first time it is shown or asked for."""
        if self._history is None:
            launcher, tracker = self.launcher, self.tracker
            history = HistoryView(
                tracker.history,
                tracker.base_url,
                self.tools,
                profile_id=tracker.profile_id,
                sync=self.sync,
                cost_of=self.run_cost_of,
                schema_of=launcher.technique_of,
                parent=self._history_page,
            )
            self._history_page.put(history)
            history.open_in_editor_requested.connect(self._on_open_in_editor)
            history.run_again_requested.connect(self._on_run_again)
            # Batches: reopened from History.
            history.batch_open_requested.connect(launcher.batch_entry.reopen)
            self._history = history
        return self._history

    def run_cost_of(self, technique_id: str) -> float | None:
        """A technique's price per run: from this session's runs, else the catalogue."""
        known = self.tracker.known_cost(technique_id)
        return known if known is not None else self.launcher.run_cost_of(technique_id)

    async def start(self) -> None:
        await self.launcher.start()
        await self.tracker.resume()
        # Presses whose answer was lost (a crash mid-start): shown, looked up, then watched.
        await self.launcher.recover()
        self._tasks.spawn("sync", self.sync())

    async def sync(self) -> None:
        """Merge FLORA's run list into the history (runs started elsewhere show too)."""
        await self.tracker.sync(self.launcher.workspace_names())

    async def aclose(self) -> None:
        # A run FLORA just accepted must reach the history before closing, or the next
        # start could not watch it again.
        await self._tasks.wait("track:")
        await self._tasks.aclose()
        # The tracker's last status writes land after the views close: tell them no more.
        self.tracker.on_change = None
        self.tracker.on_history_changed = None
        if self._runs is not None:
            await self._runs.aclose()
        await self.live.aclose()
        if self._history is not None:
            await self._history.aclose()
        await self.tracker.aclose()

    def show_run(self, run_id: str) -> None:
        """Bring the window forward on History with run ``run_id`` shown."""
        self.setCurrentIndex(HISTORY_TAB)
        bring_forward(self.window())
        self._tasks.spawn("show-run", self.history.open_run(run_id))

    # --- slots ---------------------------------------------------------------------------

    def _on_tab_shown(self, index: int) -> None:
        # The panel of a tab being shown for the first time is built now.
        if index == RUNS_TAB:
            _ = self.runs
        elif index == HISTORY_TAB:
            _ = self.history

    def _on_history_changed(self) -> None:
        # A History not built yet reads the history when it is first shown.
        if self._history is not None:
            self._history.schedule_refresh()
        self._refresh_spend()

    def _refresh_spend(self) -> None:
        workspace = self.launcher.workspace
        if workspace is None:
            self.launcher.run_bar.set_spend(None)
            return
        self._tasks.spawn("spend", self._show_spend(workspace.workspace_id, workspace.name))

    async def _show_spend(self, workspace_id: str, name: str) -> None:
        try:
            spend = await spent(
                self.tracker.history, base_url=self.tracker.base_url, workspace_id=workspace_id
            )
        except (OSError, sqlite3.Error, RuntimeError) as exc:
            # Only a line of information: without the history it is left out.
            log.info("could not add up the spend: %s", type(exc).__name__)
            self.launcher.run_bar.set_spend(None)
            return
        self.launcher.run_bar.set_spend(
            spend.today, spend.month, name, practice=self.launcher.practice
        )

    def _on_run_changed(self, tracked: TrackedRun) -> None:
        self.runs.show_run(tracked)
        self.live.show_run(tracked)

    def _on_run_started(self, run: StartedRun) -> None:
        known = self.tracker.get(run.run_id)
        if known is not None:
            # Already watched ("already started"): show where it is now.
            self.live.show_run(known)
            return
        self._tasks.spawn(f"track:{run.run_id}", self.tracker.track(run))

    def _on_active_count(self, count: int) -> None:
        self.setTabText(
            RUNS_TAB,
            self.tr("&Runs (%n going)", "", count) if count else self.tr("&Runs"),
        )

    def _on_run_finished(self, tracked: TrackedRun) -> None:
        if tracked.update is None or tracked.update.stopped:
            return
        if self.notifier is None:
            # Made on first use: by then the tabs sit in the main window.
            self.notifier = Notifier(self.window(), enabled=self._notifications)
        name = tracked.run.technique_name or self.tr("A run")
        self.notifier.notify(
            self.tr("{name}: {status}").format(
                name=name, status=status_words(tracked.status).lower()
            ),
            self.tr("Its outputs are ready in FLORA Desktop.")
            if tracked.status == "completed"
            else self.tr("It failed; FLORA Desktop says why and what to do."),
        )

    @asyncSlot(object)  # type: ignore[untyped-decorator]  # qasync ships no type hints
    async def _on_open_in_editor(self, request: RerunRequest) -> None:
        self.setCurrentIndex(LAUNCH_TAB)
        await self.launcher.load_inputs(request)

    @asyncSlot(object)  # type: ignore[untyped-decorator]  # qasync ships no type hints
    async def _on_run_again(self, request: RerunRequest) -> None:
        if not self.launcher.spend_guard.admits():
            return  # the second click of a double-click: one press, one run
        outcome = await self.launcher.pressed(lambda: self.launcher.run_again(request))
        if outcome is None:
            # Nothing started (a problem with the inputs, or FLORA refused): show why.
            self.setCurrentIndex(LAUNCH_TAB)


class _TabPage(QWidget):
    """An empty tab page; its panel is put in when first built."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def put(self, panel: QWidget) -> None:
        self._layout.addWidget(panel)
        panel.show()  # now, with its page (a layout would show it a turn later)
