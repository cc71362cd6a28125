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

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget
from qasync import asyncSlot

from flora_desktop.api.errors import (
    APIConnectionError,
    APIResponseValidationError,
    AuthenticationError,
    FloraError,
    InputValidationError,
    InternalServerError,
    MissingAPIKeyError,
    RateLimitError,
)
from flora_desktop.api.models import Technique, Workspace
from flora_desktop.api.retry_notices import RetryNotice, retry_notices
from flora_desktop.services.catalog import TechniqueCatalog
from flora_desktop.services.rerun import RerunRequest, draft_for
from flora_desktop.services.run_tracker import StartedRun
from flora_desktop.services.submit import (
    JournalUnavailable,
    RunSubmitter,
    Submission,
    SubmissionLog,
    SubmitOutcome,
)
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.messages import (
    CANCELLED_MESSAGE,
    RATE_LIMIT_STOPPED,
    VIEWER_CANNOT_RUN,
    Action,
    auto_retry_countdown,
    describe_error,
    field_line,
    retry_countdown,
    retry_notice_message,
)
from flora_desktop.ui.models.workspaces_model import can_run, workspace_label
from flora_desktop.ui.pages.batch_entry import BatchEntry
from flora_desktop.ui.pages.launcher_tools import LauncherTools, ToolOptions
from flora_desktop.ui.pages.run_recovery import NOT_NOTED_MESSAGE, RunRecovery
from flora_desktop.ui.spend_guard import SpendGuard
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.error_banner import ErrorBanner
from flora_desktop.ui.widgets.inputs_editor import InputsEditor
from flora_desktop.ui.widgets.result_panel import ResultPanel
from flora_desktop.ui.widgets.run_bar import WAITING_TEXT, RunBar
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

# Client backoffs shorter than this pass without a banner (a 429 is always shown).
RETRY_NOTICE_MIN_SECONDS = 1.0

# When loading fails because FLORA is silent or busy, the page tries again by itself after
# these pauses (the last one repeats), so it recovers without a click once FLORA answers.
AUTO_RETRY_DELAYS_S = (5.0, 15.0, 30.0, 60.0)

# Editing pauses shorter than this don't write the draft file.
DRAFT_SAVE_DELAY_S = 0.5


class _UserCancelled(Exception):
    """The owned task was cancelled by the user (Cancel), not the page's own coroutine."""


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
        journal: SubmissionLog | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("launcherPage")
        self._client = client
        self._settings = settings
        self._drafts = drafts
        # Where this connection's last workspace and technique are remembered.
        self._settings_url = connection.settings_url
        self._tasks = TaskOwner()
        self._catalog = TechniqueCatalog(client)
        # Every press is written down before it is sent (``journal``), and every button that
        # spends goes through one gate: one press, one run (ui/spend_guard.py).
        self._submitter = RunSubmitter(client, journal)
        self.spend_guard = SpendGuard()
        self._recovery = RunRecovery(self, self._submitter, journal)
        self._workspace: Workspace | None = None
        self._technique: Technique | None = None
        self._busy = False
        self._retry_notice_shown = False
        self._auto_retries = 0  # automatic reloads since the last successful load
        self._setting_technique = False
        # What "Try again" does for the error on show, and the submission a look-up is for.
        self._retry: Callable[[], Awaitable[object]] | None = None
        self._look_up_for: Submission | None = None
        self._catalog_task: asyncio.Task[Any] | None = None

        self.workspace_picker = WorkspacePicker(self)
        self.technique_picker = TechniquePicker(self)
        self.editor = InputsEditor(self)
        self.run_bar = RunBar(self)
        self.banner = ErrorBanner(self)
        self.result_panel = ResultPanel(self)
        self._technique_title = QLabel(self.tr("Choose a technique on the left."), self)
        self._technique_title.setObjectName("techniqueTitle")
        self._technique_title.setWordWrap(True)
        self._technique_about = QLabel(self)
        self._technique_about.setObjectName("techniqueAbout")
        self._technique_about.setWordWrap(True)
        self._build_layout()
        # Files into media rows, "Copy as…" and presets (launcher_tools.py).
        self.tools = LauncherTools(self, client, connection, drafts, tools)
        self.batch_entry = BatchEntry(self, client, settings, journal)  # "Run as a batch…"

        self.workspace_picker.workspace_selected.connect(self._on_workspace_selected)
        self.technique_picker.technique_chosen.connect(self._on_technique_chosen)
        self.technique_picker.search_changed.connect(self._on_search_changed)
        self.technique_picker.model.fetch_more_requested.connect(self._on_fetch_more)
        self.editor.changed.connect(self._on_editor_changed)
        self.run_bar.run_requested.connect(self._on_run_clicked)
        self.run_bar.cancel_requested.connect(self.cancel)
        self.banner.action_triggered.connect(self._on_banner_action)
        self.result_panel.look_up_requested.connect(self._on_look_up_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setWhatsThis(self.tr("Run the technique"))  # listed by the F1 sheet
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_run_shortcut)

    def _build_layout(self) -> None:
        workspace_label_widget = QLabel(self.tr("&Workspace"), self)
        workspace_label_widget.setBuddy(self.workspace_picker)
        left = QWidget(self)
        left.setObjectName("launcherPickers")
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(workspace_label_widget)
        left_layout.addWidget(self.workspace_picker)
        left_layout.addSpacing(8)
        left_layout.addWidget(self.technique_picker, 1)

        right = QWidget(self)
        right.setObjectName("launcherWork")
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self._technique_title)
        right_layout.addWidget(self._technique_about)
        right_layout.addWidget(self.editor, 1)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.run_bar)
        right_layout.addWidget(self.result_panel)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    # --- state for tests and the window --------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

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

    def run_cost_of(self, technique_id: str) -> float | None:
        """What one run of a loaded technique costs; ``None`` if it is not loaded."""
        if self._technique is not None and self._technique.technique_id == technique_id:
            return self._technique.run_cost
        for technique in self._catalog.items:
            if technique.technique_id == technique_id:
                return technique.run_cost
        return None

    # --- a past run, back in the editor ------------------------------------------------

    async def load_inputs(self, request: RerunRequest) -> bool:
        """Choose the run's technique (and workspace) and put its inputs in as a new draft."""
        if self._busy:
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
        self._look_up_for = submission

    async def recover(self) -> None:
        """Presses whose answer was lost (a crash, a closed window): shown and looked up."""
        await self._recovery.run()

    # --- start and close -----------------------------------------------------------------

    async def start(self) -> None:
        """Load the workspaces, the first page of techniques and the last technique used."""
        self._retry = self.start
        try:
            workspaces = await self._owned("workspaces", self._client.workspaces.list())
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
        if self._catalog_task is not None:
            await asyncio.wait({self._catalog_task})
        last = self._settings.last_technique(self._settings_url)
        if last and self._technique is None:
            await self.select_technique(last, quiet_missing=True)

    async def aclose(self) -> None:
        """Save the draft and settings, then cancel and await every task of the page."""
        self._tasks.cancel("draft")
        await self._save_draft()
        await self.tools.aclose()
        await self.batch_entry.aclose()
        await self._tasks.aclose()
        await self._catalog.aclose()
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
        self._tasks.cancel("catalog-more")
        self._catalog_task = self._tasks.spawn(
            "catalog", self._load_catalog(workspace.workspace_id)
        )

    async def _load_catalog(self, workspace_id: str | None) -> None:
        self.technique_picker.set_empty_text(self.tr("Loading techniques…"))
        query = self.technique_picker.search.text()
        try:
            await self._catalog.load(workspace_id, query)
        except FloraError as error:
            self.technique_picker.set_empty_text(self.tr("The techniques could not be loaded."))
            self.show_error(error, retry=self.refresh)
            return
        self._auto_retries = 0
        self._show_catalog()

    def _show_catalog(self) -> None:
        selected = self._technique.technique_id if self._technique else None
        self.technique_picker.set_techniques(
            list(self._catalog.items), more=self._catalog.can_fetch_more, selected=selected
        )
        self.technique_picker.set_empty_text(
            self.tr("No technique matches this search.")
            if self._catalog.query
            else self.tr("No techniques.")
        )

    async def refresh(self) -> None:
        """Reload the catalogue (the 404 banner's Refresh) and the chosen technique."""
        self.banner.clear()
        self._tasks.cancel("catalog-more")
        workspace_id = self._workspace.workspace_id if self._workspace else None
        await self._owned("catalog", self._load_catalog(workspace_id))
        if self._technique is not None:
            current, self._technique = self._technique, None
            await self.select_technique(current.technique_id, keep_editor=current)

    # --- catalogue: search and paging ----------------------------------------------------

    def _on_search_changed(self, text: str) -> None:
        # Instant: filter what is loaded. Then (debounced, latest wins) ask FLORA.
        local = self._catalog.filter_local(text)
        more = self._catalog.can_fetch_more and not text.strip()
        selected = self._technique.technique_id if self._technique else None
        self.technique_picker.set_techniques(local, more=more, selected=selected)
        self._tasks.cancel("catalog-more")
        self._tasks.spawn("catalog", self._search(text))

    async def _search(self, text: str) -> None:
        try:
            await self._catalog.search(text)
        except FloraError as error:
            self.show_error(error, retry=self.refresh)
            return
        self._show_catalog()

    def _on_fetch_more(self) -> None:
        if not self._catalog.can_fetch_more:
            self.technique_picker.model.set_more(False)
            return
        self._tasks.spawn("catalog-more", self._fetch_more())

    async def _fetch_more(self) -> None:
        try:
            new = await self._catalog.fetch_more()
        except FloraError as error:
            self.technique_picker.model.set_more(False)
            self.show_error(error, retry=self.refresh)
            return
        self.technique_picker.append_techniques(list(new), more=self._catalog.can_fetch_more)

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
        if self._busy:
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

    def _on_editor_changed(self) -> None:
        if self._setting_technique or self._technique is None:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop yet or any more: aclose() saves the draft
        # Latest wins: each edit restarts the pause before the draft is written.
        self._tasks.spawn("draft", self._save_draft(after=DRAFT_SAVE_DELAY_S))

    async def _save_draft(self, *, after: float = 0.0) -> None:
        if after:
            await asyncio.sleep(after)
        if self._technique is None:
            return
        try:
            await self._drafts.save(self._technique.technique_id, self.editor.draft())
        except OSError:
            log.warning("could not save the draft for %s", self._technique.technique_id)

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
        if self._busy or self._technique is None or self._workspace is None:
            return None
        if not can_run(self._workspace):
            return None
        # Busy before the first await, so a second press queued behind this one is a no-op.
        self._busy = True
        try:
            built = self.editor.validate()
            if built.problems:
                return None  # the editor shows them on their rows; nothing is sent
            submission = Submission(
                technique_id=self._technique.technique_id,
                workspace_id=self._workspace.workspace_id,
                inputs=built.inputs,
                technique_name=self._technique.name,
                workspace_name=self._workspace.name,
            )
            return await self._send(submission)
        finally:
            self._busy = False

    async def try_again(self, submission: Submission) -> SubmitOutcome | None:
        """Resend the same click (same idempotency key): FLORA starts at most one run."""
        if self._busy:
            return None
        self._busy = True
        try:
            return await self._send(submission)
        finally:
            self._busy = False

    def cancel(self) -> None:
        """Stop waiting for the run being started (or the 429 countdown)."""
        self._tasks.cancel("submit")

    async def _send(self, submission: Submission) -> SubmitOutcome | None:
        self.banner.clear()
        self.result_panel.clear()
        self.editor.clear_field_errors()
        self._set_busy(True)
        try:
            try:
                outcome = await self._owned("submit", self._submitter.resubmit(submission))
            except RateLimitError as error:
                # The client has given up; this is still the same click, so the page waits
                # as FLORA asked and retries once with the same key.
                if not await self._count_down(error):
                    return None
                outcome = await self._owned("submit", self._submitter.resubmit(submission))
        except _UserCancelled:
            self._look_up_for = submission
            self.result_panel.show_maybe_started()
            self.banner.show_message(CANCELLED_MESSAGE, severity="warning")
            return None
        except RateLimitError as error:
            self.show_error(error, rate_limit_retry=False, starting_run=True)
            return None
        except JournalUnavailable:
            self.banner.show_message(NOT_NOTED_MESSAGE)
            return None
        except FloraError as error:
            self.show_error(error, retry=lambda: self.try_again(submission), starting_run=True)
            self._look_up_for = submission
            return None
        finally:
            self._set_busy(False)
        self._show_outcome(outcome)
        return outcome

    async def _count_down(self, error: RateLimitError) -> bool:
        """Show the live countdown; False when the user cancelled it."""
        message = describe_error(error)
        wait = message.retry_in or 1.0
        self.banner.show_message(message, severity="warning")
        self.run_bar.set_busy(True, text=WAITING_TEXT)
        try:
            await self._owned("submit", self._tick(wait))
        except _UserCancelled:
            self.banner.show_message(RATE_LIMIT_STOPPED, severity="warning")
            return False
        self.banner.clear()
        self.run_bar.set_busy(True)
        return True

    async def _tick(self, wait: float, *, rate_limited: bool = True) -> None:
        remaining = wait
        while remaining > 0:
            self.banner.set_sentence(retry_countdown(remaining, rate_limited=rate_limited))
            step = min(1.0, remaining)
            await asyncio.sleep(step)
            remaining -= step

    def _show_outcome(self, outcome: SubmitOutcome) -> None:
        if outcome.run is not None:
            name = self._technique.name if self._technique else None
            self.result_panel.show_started(outcome.run, name)
        else:
            self._look_up_for = outcome.submission
            self.result_panel.show_found(outcome.found, already_started=True)
        if self._technique is not None:
            started = StartedRun.from_outcome(outcome, self._technique, self._workspace)
            if started is not None:
                self.run_started.emit(started)

    def _set_busy(self, busy: bool) -> None:
        self.run_bar.set_busy(busy)
        self.editor.set_read_only(busy)
        self.workspace_picker.setEnabled(not busy)

    # --- look-up ---------------------------------------------------------------------------

    @asyncSlot()  # type: ignore[untyped-decorator]  # qasync ships no type hints
    async def _on_look_up_clicked(self) -> None:
        await self.look_up()

    async def look_up(self) -> None:
        """Show the newest run of the last submission's technique in its workspace."""
        submission = self._look_up_for or self._submitter.last_submission
        if submission is None:
            return
        self.banner.clear()
        try:
            found = await self._owned("look-up", self._submitter.look_up(submission))
        except _UserCancelled:
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
        self.banner.show_message(message, extra_lines=extra)
        if isinstance(error, AuthenticationError | MissingAPIKeyError):
            self.authentication_failed.emit()
        if not starting_run and self._retry is not None and _is_transient(error):
            # Only reads: retrying them by itself costs nothing. A run is never resent
            # without a click (credits are money).
            self._tasks.spawn("auto-retry", self._auto_retry())

    async def _auto_retry(self) -> None:
        delay = AUTO_RETRY_DELAYS_S[min(self._auto_retries, len(AUTO_RETRY_DELAYS_S) - 1)]
        self._auto_retries += 1
        remaining = delay
        while remaining > 0:
            self.banner.set_sentence(auto_retry_countdown(remaining))
            step = min(1.0, remaining)
            await asyncio.sleep(step)
            remaining -= step
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
        elif action == Action.TRY_AGAIN.value and self._retry is not None:
            if not self.spend_guard.admits():
                return  # the second click of a double-click: "Try again" may resend a run
            self._tasks.cancel("auto-retry")
            retry, self._retry = self._retry, None
            self.banner.clear()
            await self.pressed(retry)

    # --- tasks -----------------------------------------------------------------------------

    async def _owned(self, key: str, work: Awaitable[T]) -> T:
        """Run ``work`` as the page's task ``key`` and return its result here.

        A ``FloraError`` is re-raised here (the task itself ends cleanly, so the task owner
        does not take it for a bug); a cancel of the task (Cancel, or a newer task under the
        same key) raises ``_UserCancelled``.
        """
        # The task inherits the listener: while the client waits to retry, the page says so.
        with retry_notices(self._on_client_retry):
            task = self._tasks.spawn(key, _capture(work))
        try:
            await asyncio.wait({task})
        except asyncio.CancelledError:
            task.cancel()  # the page itself is being cancelled: take the work down too
            raise
        finally:
            self._end_retry_notice()
        if task.cancelled():
            raise _UserCancelled
        value, error = task.result()
        if error is not None:
            raise error
        return value  # type: ignore[return-value]  # set whenever error is None

    # --- the client retrying by itself ---------------------------------------------------

    def _on_client_retry(self, notice: RetryNotice) -> None:
        """Show why nothing seems to happen: FLORA is busy or silent, with a live countdown."""
        if not notice.rate_limited and notice.delay < RETRY_NOTICE_MIN_SECONDS:
            return  # a quick backoff is over before anyone could read about it
        self._retry_notice_shown = True
        self.banner.show_message(retry_notice_message(notice), severity="warning")
        self._tasks.spawn(
            "retry-countdown", self._tick(notice.delay, rate_limited=notice.rate_limited)
        )

    def _end_retry_notice(self) -> None:
        if self._retry_notice_shown:
            self._retry_notice_shown = False
            self._tasks.cancel("retry-countdown")
            self.banner.clear()


def _is_transient(error: FloraError) -> bool:
    """FLORA silent, failing or busy: worth trying again later without changing anything."""
    if isinstance(error, APIResponseValidationError):
        return (error.status_code or 0) >= 500  # a gateway's error page
    return isinstance(error, APIConnectionError | InternalServerError | RateLimitError)


async def _capture(work: Awaitable[T]) -> tuple[T | None, FloraError | None]:
    try:
        return await work, None
    except FloraError as error:
        return None, error
