"""The launcher page: pick a workspace and a technique, fill the inputs, Run, see the answer.

It assembles the pickers, the inputs editor, the run bar, the error banner and the result
panel, and wires them to the catalogue and submit services. Every network call runs in a
task owned by the page's ``TaskOwner`` (latest wins per key) and is cancelled on close.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QScrollArea,
    QWidget,
)
from qasync import asyncSlot

from flora_desktop.api.errors import (
    AuthenticationError,
    FloraError,
    InputValidationError,
    MissingAPIKeyError,
    RateLimitError,
    is_transient,
)
from flora_desktop.api.models import Technique, Workspace
from flora_desktop.services.catalog import TechniqueCatalog
from flora_desktop.services.inputs import several_values
from flora_desktop.services.rerun import RerunRequest, draft_for
from flora_desktop.services.run_tracker import StartedRun
from flora_desktop.services.submit import (
    RunSubmitter,
    Submission,
    SubmissionLog,
    SubmitOutcome,
)
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.announce import Announcer
from flora_desktop.ui.messages import (
    CANCELLED_MESSAGE,
    VIEWER_CANNOT_RUN,
    Action,
    auto_retry_countdown,
    describe_error,
    field_line,
    several_runs_message,
)
from flora_desktop.ui.models.workspaces_model import can_run, workspace_label
from flora_desktop.ui.pages.banner_countdown import BannerCountdown
from flora_desktop.ui.pages.batch_entry import BatchEntry
from flora_desktop.ui.pages.catalogue_browser import CatalogueBrowser
from flora_desktop.ui.pages.focus_order import FocusOrder
from flora_desktop.ui.pages.launch_layout import LaunchLayout
from flora_desktop.ui.pages.launcher_tools import LauncherTools, ToolOptions
from flora_desktop.ui.pages.next_steps import BILLING_PAGE_URL
from flora_desktop.ui.pages.owned_work import UserCancelled, run_owned
from flora_desktop.ui.pages.run_recovery import RunRecovery
from flora_desktop.ui.pages.run_starter import RunStarter
from flora_desktop.ui.spend_guard import SpendGuard
from flora_desktop.ui.translate import shown, shown_error
from flora_desktop.ui.widgets.elided_label import ElidedLabel
from flora_desktop.ui.widgets.error_banner import ErrorBanner
from flora_desktop.ui.widgets.inputs_editor import InputsEditor
from flora_desktop.ui.widgets.result_panel import ResultPanel
from flora_desktop.ui.widgets.run_bar import RunBar
from flora_desktop.ui.widgets.technique_picker import TechniquePicker
from flora_desktop.ui.widgets.workspace_picker import WorkspacePicker

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient
    from flora_desktop.services.drafts import DraftStore
    from flora_desktop.services.session import Connection
    from flora_desktop.services.settings import Settings

__all__ = ["LauncherPage"]

log = logging.getLogger(__name__)

T = TypeVar("T")

# When loading fails because FLORA is silent or busy, the page tries again by itself after
# these pauses (the last one repeats), so it recovers without a click once FLORA answers.
AUTO_RETRY_DELAYS_S = (5.0, 15.0, 30.0, 60.0)

# Editing pauses shorter than this don't write the draft file.
DRAFT_SAVE_DELAY_S = 0.5
# The technique's name and description wrap to this many lines before they end in "…".
TITLE_LINES = 2
ABOUT_LINES = 3


class LauncherPage(QWidget):
    """Pick, fill, Run and see the run that started, or what was wrong, in one page.

    Signals: ``workspace_changed(str)`` with the status-bar text ("Studio North (owner)"),
    ``authentication_failed()`` on a 401 (the window shows its sign-in panel; the page keeps
    its state). Coroutines: ``start()``, ``submit()``, ``look_up()``, ``refresh()``,
    ``select_technique(id)``, ``aclose()``.
    ``run_started(object)``: a ``StartedRun`` each time FLORA accepts a run (or says it was
    already started), for the Runs panel and the history. ``load_inputs(request)`` and
    ``run_again(request)`` bring a past run back into the editor.
    """

    workspace_changed = Signal(str)
    authentication_failed = Signal()
    run_started = Signal(object)

    def __init__(
        self,
        client: FloraClient,
        settings: Settings,
        drafts: DraftStore,
        connection: Connection,
        parent: QWidget | None = None,
        tools: ToolOptions | None = None,
        *,
        catalog: TechniqueCatalog | None = None,
        submitter: RunSubmitter | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        journal: SubmissionLog | None = None,
        finish: bool = True,
    ) -> None:
        """``finish=False`` builds the frame only (the layout and the pickers); ``finish()``
        then adds the form (editor, banner, Run bar), the result panel, the tools and the
        wiring. The connection builds the page so, over two UI-thread turns of ~6 ms
        instead of one of 12-15 ms (benchmarks/responsiveness.py, "connect")."""
        super().__init__(parent)
        self.setObjectName("launcherPage")
        self._client = client
        self._settings = settings
        self._drafts = drafts
        # Where this connection's last workspace and technique are remembered.
        self._settings_url = connection.settings_url
        self.practice = connection.is_sandbox  # the sandbox: nothing is charged
        self.open_url = open_url
        self._tasks = TaskOwner()
        # Every press is written down before it is sent (``journal``), and every button that
        # spends goes through one gate: one press, one run (ui/spend_guard.py).
        self._submitter = submitter or RunSubmitter(client, journal)
        self.spend_guard = SpendGuard()
        self._recovery = RunRecovery(self, self._submitter, journal, self.run_started.emit)
        self._workspace: Workspace | None = None
        self._technique: Technique | None = None
        self._auto_retries = 0  # automatic reloads since the last successful load
        self._setting_technique = False
        # What "Try again" does for the error on show.
        self._retry: Callable[[], Awaitable[object]] | None = None

        # The layout's containers first: each part is made inside the one it shows in
        # (a built widget moved to another parent is restyled whole; launch_layout.py).
        self.layout_unit = LaunchLayout(self, practice=connection.is_sandbox)
        pickers, form = self.layout_unit.pickers_box, self.layout_unit.form_box
        self.workspace_picker = WorkspacePicker(pickers)
        self.technique_picker = TechniquePicker(pickers)
        # FLORA's words, never markup; a long name ends in "…" (whole in its tooltip).
        self._technique_title = ElidedLabel(
            self.tr("Choose a technique on the left."), form, max_lines=TITLE_LINES
        )
        self._technique_title.setObjectName("techniqueTitle")
        self._technique_about = ElidedLabel("", form, max_lines=ABOUT_LINES)
        self._technique_about.setObjectName("techniqueAbout")
        self.announcer = Announcer(self)
        # Parts tests and the screenshots look at.
        self.splitter = self.layout_unit.splitter
        self.work_split = self.layout_unit.work_split
        self.result_scroll = self.layout_unit.result_scroll
        self.practice_strip = self.layout_unit.practice_strip
        self.focus_order = FocusOrder(self, self._focus_regions)
        self._unfinished: Callable[[], None] | None = lambda: self._build_work(
            client, settings, drafts, connection, tools, catalog, journal
        )
        if finish:
            self.finish()

    def finish(self) -> None:
        """The second half of the build (see ``__init__``); once."""
        build, self._unfinished = self._unfinished, None
        if build is not None:
            build()

    def _build_work(
        self,
        client: FloraClient,
        settings: Settings,
        drafts: DraftStore,
        connection: Connection,
        tools: ToolOptions | None,
        catalog: TechniqueCatalog | None,
        journal: SubmissionLog | None,
    ) -> None:
        form = self.layout_unit.form_box
        # Made in reading order: Qt's focus chain (and so a screen reader's) follows it.
        self.editor = InputsEditor(form)
        self.banner = ErrorBanner(form)
        self.run_bar = RunBar(form)
        self.result_panel = ResultPanel(self.layout_unit.result_scroll.viewport())
        self.layout_unit.place(
            pickers=(self.workspace_picker, self.technique_picker),
            form=(self._technique_title, self._technique_about, self.editor),
            form_foot=(self.banner, self.run_bar),
            result=self.result_panel,
        )

        # The units the page assembles: the list's feeder, the submit path, the countdowns.
        self.countdown = BannerCountdown(self.banner, sleep=client.sleep)
        self.catalogue = CatalogueBrowser(
            catalog or TechniqueCatalog(client), self.technique_picker, self._technique_id, self
        )
        self.starter = RunStarter(self._submitter, self.run_bar, self.banner, self.countdown, self)
        # Files into media rows, "Copy as…" and presets (launcher_tools.py).
        self.tools = LauncherTools(
            self.editor,
            self,
            lambda: (self._technique, self._workspace),
            client,
            connection,
            drafts,
            tools,
        )
        inputs_scroll = self.editor.findChild(QScrollArea, "inputsScroll")
        if inputs_scroll is not None:
            # Only its rows are Tab stops (focus scrolls them into view); as a stop of its
            # own it was an unnamed "unknown" to screen readers.
            inputs_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            inputs_scroll.setAccessibleName(self.tr("Inputs"))
        # "Run as a batch…"
        self.batch_entry = BatchEntry(
            self,
            self.run_bar,
            self.editor,
            lambda: (self._technique, self._workspace),
            client,
            settings,
            journal,
        )

        self.workspace_picker.workspace_selected.connect(self._on_workspace_selected)
        self.technique_picker.technique_chosen.connect(self._on_technique_chosen)
        self.catalogue.failed.connect(lambda error: self.show_error(error, retry=self.refresh))
        self.catalogue.loaded.connect(self._on_catalogue_loaded)
        self.starter.busy_changed.connect(self._on_busy_changed)
        self.starter.started.connect(self._on_started)
        self.starter.failed.connect(self._on_start_failed)
        self.starter.stopped.connect(self._on_start_stopped)
        self.editor.changed.connect(self._on_editor_changed)
        self.editor.set_advanced(settings.advanced_inputs)
        self.editor.advanced_changed.connect(self._on_advanced_changed)
        self.editor.problems_changed.connect(self._on_input_problems_changed)
        self.run_bar.run_requested.connect(self._on_run_clicked)
        self.banner.action_triggered.connect(self._on_banner_action)
        self.result_panel.look_up_requested.connect(self._on_look_up_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setWhatsThis(self.tr("Run the technique"))  # listed by the F1 sheet
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_run_shortcut)

    # --- keyboard --------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt's name
        # Tab: Workspace → Search → list → form → Run → result, and back (focus_order.py).
        # The window's own focus widget when the application has none (a window the
        # window manager has not activated yet still takes Tab).
        current = QApplication.focusWidget() or self.window().focusWidget()
        target = self.focus_order.next_stop(current, next)
        if target is None:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True

    def _focus_regions(self) -> list[QWidget]:
        return [
            self.workspace_picker,
            self.technique_picker,
            self.editor,
            self.banner,
            self.run_bar,
            self.result_panel,
        ]

    # --- layout (launch_layout.py) ---------------------------------------------------

    @property
    def side_by_side(self) -> bool:
        """The result sits beside the form (a wide window), not below it."""
        return self.layout_unit.side_by_side

    # --- state for tests and the window --------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.starter.busy

    @property
    def starting_run(self) -> bool:
        """A press of Run is on its way to FLORA (closing now could lose its answer)."""
        return self._submitter.in_flight

    @property
    def technique(self) -> Technique | None:
        return self._technique

    @property
    def workspace(self) -> Workspace | None:
        return self._workspace

    def workspace_names(self) -> dict[str, str]:
        """Workspace id -> name, for naming runs listed by FLORA."""
        model = self.workspace_picker.workspaces_model
        found = (model.workspace_at(row) for row in range(model.rowCount()))
        return {w.workspace_id: w.name for w in found if w is not None}

    def technique_of(self, technique_id: str) -> Technique | None:
        """A loaded technique (its inputs' names for History), or None."""
        if self._technique is not None and self._technique.technique_id == technique_id:
            return self._technique
        return next(
            (t for t in self.catalogue.catalog.items if t.technique_id == technique_id), None
        )

    def run_cost_of(self, technique_id: str) -> float | None:
        """What one run of a loaded technique costs; ``None`` if it is not loaded."""
        if self._technique is not None and self._technique.technique_id == technique_id:
            return self._technique.run_cost
        return self.catalogue.run_cost_of(technique_id)

    def _technique_id(self) -> str | None:
        return self._technique.technique_id if self._technique else None

    # --- a past run, back in the editor ------------------------------------------------

    async def load_inputs(self, request: RerunRequest) -> bool:
        """Choose the run's technique (and workspace) and put its inputs in as a new draft."""
        if self.busy:
            return False
        if request.workspace_id and request.workspace_id != (
            self._workspace.workspace_id if self._workspace else None
        ):
            self.workspace_picker.select(request.workspace_id)
        await self.select_technique(request.technique_id)
        technique = self._technique
        if technique is None or technique.technique_id != request.technique_id:
            return False
        self._setting_technique = True
        try:
            self.editor.set_technique(technique, draft_for(technique, request.inputs))
        finally:
            self._setting_technique = False
        self.banner.clear()
        self.result_panel.clear()
        await self._save_draft()
        return True

    async def run_again(self, request: RerunRequest) -> SubmitOutcome | None:
        """A new, billed run with a past run's inputs: the normal Run path, one new key."""
        if not await self.load_inputs(request):
            return None
        return await self.submit()

    async def pressed(self, spend: Callable[[], Awaitable[T]]) -> T | None:
        """A button that spends was pressed: ``spend()`` unless it is a second press.

        Every such button (Run, Ctrl+Enter, Try again, Run again in Runs and History) comes
        through here, so a double-click, even across two of them, starts one run.
        """
        async with self.spend_guard.press() as admitted:
            return await spend() if admitted else None

    def remember_look_up(self, submission: Submission) -> None:
        """What "Look it up" looks for: a press whose answer is unknown."""
        self.starter.unsure = submission

    async def recover(self) -> None:
        """Presses whose answer was lost (a crash, a closed window): shown and looked up."""
        await self._recovery.run()

    # --- start and close -----------------------------------------------------------------

    async def start(self) -> None:
        """Load the workspaces, the first page of techniques and the last technique used."""
        self._retry = self.start
        try:
            workspaces = await self._owned("workspaces", self._client.workspaces.list())
        except UserCancelled:
            return
        except FloraError as error:
            self.show_error(error)
            return
        self._auto_retries = 0
        self.batch_entry.start()  # a batch the app was running when it closed carries on
        remembered = self._settings.last_workspace(self._settings_url)
        self.workspace_picker.set_workspaces(workspaces, remembered)
        if not workspaces:
            self.technique_picker.set_empty_text(self.tr("This key can't see any workspace."))
            return
        await self.catalogue.wait_loaded()
        last = self._settings.last_technique(self._settings_url)
        if last and self._technique is None:
            await self.select_technique(last, quiet_missing=True)

    async def aclose(self) -> None:
        """Save the draft and settings, then cancel and await every task of the page."""
        self._tasks.cancel("draft")
        await self._save_draft()
        await self.tools.aclose()
        await self.starter.aclose()
        await self.batch_entry.aclose()
        await self._tasks.aclose()
        await self.catalogue.aclose()
        await self.countdown.aclose()
        await self._save_settings()

    # --- workspace ----------------------------------------------------------------------

    def _on_workspace_selected(self, workspace: Workspace) -> None:
        self._workspace = workspace
        # What was said about the previous workspace no longer applies.
        self.banner.clear()
        self.result_panel.clear()
        self._settings.set_last_workspace(self._settings_url, workspace.workspace_id)
        self._tasks.spawn("settings", self._save_settings())
        self.workspace_changed.emit(workspace_label(workspace))
        self.run_bar.set_blocked(
            None if can_run(workspace) else shown(VIEWER_CANNOT_RUN.fill(role=workspace.role))
        )
        self.catalogue.load(workspace.workspace_id)

    def _on_catalogue_loaded(self) -> None:
        self._auto_retries = 0

    async def refresh(self) -> None:
        """Reload the catalogue (the 404 banner's Refresh) and the chosen technique."""
        self.banner.clear()
        workspace_id = self._workspace.workspace_id if self._workspace else None
        self.catalogue.load(workspace_id)
        await self.catalogue.wait_loaded()
        if self._technique is not None:
            current, self._technique = self._technique, None
            await self.select_technique(current.technique_id, keep_editor=current)

    # --- technique and drafts ------------------------------------------------------------

    def _on_technique_chosen(self, technique: Technique) -> None:
        self._tasks.spawn("technique", self.select_technique(technique.technique_id))

    async def select_technique(
        self,
        technique_id: str,
        *,
        quiet_missing: bool = False,
        keep_editor: Technique | None = None,
    ) -> None:
        """Load the technique's schema and set the editor with its saved draft."""
        if self._technique is not None and self._technique.technique_id == technique_id:
            return
        if self.busy:
            return  # the editor is read-only while a run starts; keep the technique
        await self._save_draft()
        try:
            technique = await self._client.techniques.retrieve(technique_id)
            draft = None if keep_editor else await self._load_draft(technique_id)
        except FloraError as error:
            if not quiet_missing:
                self.show_error(error, retry=self.refresh)
            return
        self.banner.clear()
        self.result_panel.clear()
        self._technique = technique
        self._setting_technique = True
        try:
            if keep_editor is not None:
                # Refresh: same technique, keep exactly what the user typed.
                self.editor.set_technique(technique, self.editor.draft())
            else:
                self.editor.set_technique(technique, draft)
        finally:
            self._setting_technique = False
        self._technique_title.setText(technique.name)
        self._technique_about.setText(technique.description or "")
        self.tools.technique_changed(technique)
        self.run_bar.set_cost(technique.run_cost)
        self.technique_picker.highlight(technique.technique_id)
        self._settings.set_last_technique(self._settings_url, technique.technique_id)
        self._tasks.spawn("settings", self._save_settings())

    async def _load_draft(self, technique_id: str) -> dict[str, Any] | None:
        try:
            return await self._drafts.load(technique_id)
        except OSError:
            log.warning("could not read the saved draft for %s", technique_id)
            return None

    async def _save_settings(self) -> None:
        try:
            await self._settings.save()
        except OSError:
            log.warning("could not save the settings")

    def _on_advanced_changed(self, on: bool) -> None:
        self._settings.advanced_inputs = on
        # With no event loop (yet) nothing is spawned: aclose() saves the settings.
        self._tasks.spawn("settings", self._save_settings())

    def _on_input_problems_changed(self, count: int) -> None:
        # The last marked input fixed or removed: "Some inputs need a fix" goes with it.
        if count == 0 and self.banner.action == Action.FIX_INPUTS:
            self.banner.clear()

    def _on_editor_changed(self) -> None:
        if self._setting_technique or self._technique is None:
            return
        # Latest wins: each edit restarts the pause before the draft is written. With no
        # event loop (yet or any more) nothing is spawned: aclose() saves the draft.
        self._tasks.spawn("draft", self._save_draft(after=DRAFT_SAVE_DELAY_S))

    async def _save_draft(self, *, after: float = 0.0) -> None:
        if after:
            await asyncio.sleep(after)
        if self._technique is None:
            return
        technique_id = self._technique.technique_id
        was_failing = self._drafts.problem(technique_id) is not None
        try:
            await self._drafts.save(technique_id, self.editor.draft())
        except OSError as exc:
            log.warning("could not save the draft for %s", technique_id)
            # Said on the editor, and kept up until a save works again (issue 10 §2).
            self.tools.notice.show_notice(shown_error(exc), problem=True)
            return
        if was_failing:
            self.tools.notice.show_notice(self.tr("Your changes are saved as a draft again."))

    # --- submit ----------------------------------------------------------------------------

    @asyncSlot()  # type: ignore[untyped-decorator]  # qasync ships no type hints
    async def _on_run_clicked(self) -> None:
        await self.pressed(self.submit)

    @asyncSlot()  # type: ignore[untyped-decorator]  # qasync ships no type hints
    async def _on_run_shortcut(self) -> None:
        if self.run_bar.run_button.isEnabled():
            await self.pressed(self.submit)

    async def submit(self) -> SubmitOutcome | None:
        """One press of Run: validate, start exactly one run, show the run or the problem."""
        if self.busy or self._technique is None or self._workspace is None:
            return None
        if not can_run(self._workspace):
            return None
        if self.editor.checks_running() and not await self.starter.settle_checks(
            self.editor.settle_checks
        ):
            return None  # a second press, or Cancel while a picture was being looked at
        built = self.editor.validate()
        if built.problems:
            return None  # the editor shows them on their rows; nothing is sent
        several = several_values(self._technique, built.inputs)
        if several is not None:
            # One press, one run: several values go through a batch, which shows the cost.
            self.banner.show_message(several_runs_message(*several))
            return None
        submission = Submission(
            technique_id=self._technique.technique_id,
            workspace_id=self._workspace.workspace_id,
            inputs=built.inputs,
            technique_name=self._technique.name,
            workspace_name=self._workspace.name,
        )
        return await self._send(submission)

    async def try_again(self, submission: Submission) -> SubmitOutcome | None:
        """Resend the same click (same idempotency key): FLORA starts at most one run."""
        return await self._send(submission)

    def cancel(self) -> None:
        """Stop waiting for the run being started (or the 429 countdown)."""
        self.starter.cancel()

    async def _send(self, submission: Submission) -> SubmitOutcome | None:
        if self.starter.busy:
            return None
        self.banner.clear()
        self.result_panel.clear()
        self.editor.clear_field_errors()
        return await self.starter.start(submission)

    def _on_busy_changed(self, busy: bool) -> None:
        self.editor.set_read_only(busy)
        self.workspace_picker.setEnabled(not busy)
        if busy:
            self.announcer.say(self.tr("Starting the run…"))

    def _on_started(self, outcome: SubmitOutcome) -> None:
        if outcome.run is not None:
            name = self._technique.name if self._technique else None
            self.result_panel.show_started(outcome.run, name)
            self.announcer.say(self.tr("Run started."))
        else:
            self.result_panel.show_found(outcome.found, already_started=True)
            self.announcer.say(self.tr("This run was already started."))
        if self._technique is not None:
            started = StartedRun.from_outcome(outcome, self._technique, self._workspace)
            if started is not None:
                self.run_started.emit(started)

    def _on_start_failed(self, error: FloraError, submission: Submission) -> None:
        if isinstance(error, RateLimitError):
            self.show_error(error, rate_limit_retry=False, starting_run=True)
        else:
            self.show_error(error, retry=lambda: self.try_again(submission), starting_run=True)

    def _on_start_stopped(self, _submission: Submission) -> None:
        # Said once, where its "Look it up" button is: in the result panel.
        self.result_panel.show_maybe_started()
        self.announcer.say(shown(CANCELLED_MESSAGE.title))

    # --- look-up ---------------------------------------------------------------------------

    @asyncSlot()  # type: ignore[untyped-decorator]  # qasync ships no type hints
    async def _on_look_up_clicked(self) -> None:
        await self.look_up()

    async def look_up(self) -> None:
        """Show the newest run of the last submission's technique in its workspace."""
        self.banner.clear()
        try:
            found = await self.starter.look_up()
        except UserCancelled:
            return
        except FloraError as error:
            self.show_error(error, retry=self.look_up)
            return
        self.result_panel.show_found(found, already_started=False)

    # --- errors ----------------------------------------------------------------------------

    def show_error(
        self,
        error: FloraError,
        *,
        retry: Callable[[], Awaitable[object]] | None = None,
        rate_limit_retry: bool = True,
        starting_run: bool = False,
    ) -> None:
        """Show ``error`` in plain words; field errors go onto their rows in the editor.

        ``starting_run`` says the error answered a press of Run (the words then say whether
        a run may exist); otherwise the page was only loading something.
        """
        log.info("showing error %s", type(error).__name__)
        if retry is not None:
            self._retry = retry
        message = describe_error(
            error, rate_limit_retry=rate_limit_retry, starting_run=starting_run
        )
        extra: list[str] = []
        if isinstance(error, InputValidationError):
            unmatched = self.editor.show_field_errors(list(error.fields))
            extra = [field_line(f) for f in unmatched]
            # After the rows have settled (they restyle on the next turn), the first field
            # at fault has the focus, so the user can type the fix at once.
            QTimer.singleShot(0, self, self._focus_first_fault)
        self.banner.show_message(message, extra_lines=extra)
        self.announcer.say(shown(message.title), urgent=starting_run)
        if isinstance(error, AuthenticationError | MissingAPIKeyError):
            self.authentication_failed.emit()
        if not starting_run and self._retry is not None and is_transient(error):
            # Only reads: retrying them by itself costs nothing. A run is never resent
            # without a click (credits are money).
            self._tasks.spawn("auto-retry", self._auto_retry())

    def _focus_first_fault(self) -> None:
        for row in self.editor.row_widgets():
            if row.messages:
                row.focus_fault()
                return

    async def _auto_retry(self) -> None:
        delay = AUTO_RETRY_DELAYS_S[min(self._auto_retries, len(AUTO_RETRY_DELAYS_S) - 1)]
        self._auto_retries += 1
        await self.countdown.count(delay, auto_retry_countdown)
        retry, self._retry = self._retry, None
        if retry is not None:
            self.banner.clear()
            await retry()

    @asyncSlot(str)  # type: ignore[untyped-decorator]  # qasync ships no type hints
    async def _on_banner_action(self, action: str) -> None:
        if action == Action.SIGN_IN.value:
            self.authentication_failed.emit()
        elif action == Action.REFRESH.value:
            await self.refresh()
        elif action == Action.LOOK_UP.value:
            await self.look_up()
        elif action == Action.OPEN_BILLING.value:
            self.open_url(QUrl(BILLING_PAGE_URL))
        elif action == Action.RUN_AS_BATCH.value:
            self.batch_entry.open()
        elif action == Action.CHOOSE_WORKSPACE.value:
            # The focus, not a popup: the arrow keys (or a click) change the workspace.
            self.workspace_picker.setFocus(Qt.FocusReason.OtherFocusReason)
        elif action == Action.TRY_AGAIN.value and self._retry is not None:
            if not self.spend_guard.admits():
                return  # the second click of a double-click: "Try again" may resend a run
            self._tasks.cancel("auto-retry")
            retry, self._retry = self._retry, None
            self.banner.clear()
            await self.pressed(retry)

    # --- tasks ---------------------------------------------------------------------------

    async def _owned(self, key: str, work: Awaitable[T]) -> T:
        """``work`` as the page's task ``key``; the banner counts down client retries."""
        try:
            return await run_owned(self._tasks, key, work, self.countdown.retry_notice)
        finally:
            self.countdown.end_retry_notice()
