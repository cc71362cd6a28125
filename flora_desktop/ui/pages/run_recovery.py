"""Presses of Run whose answer was lost, shown and settled when the launcher starts.

The app was killed, or the window closed, after a press was written down and sent but before
FLORA's answer arrived (``services/submissions.py``). On the next start each such press is
shown as "may have started" and looked up in FLORA's run list, sending nothing: found, it
is shown and watched like any started run; not found, the user is told nothing was billed;
found while a batch row of that moment is unanswered too, it is not taken (either could own
it) and the user is told to look in History.
Run stays closed while this check runs, so a second billed run is never offered meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from flora_desktop.api.errors import FloraError
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.rerun import RerunRequest
from flora_desktop.services.run_tracker import StartedRun
from flora_desktop.services.submit import RunUnclear
from flora_desktop.ui.messages import Action, UserMessage
from flora_desktop.ui.translate import shown

if TYPE_CHECKING:
    from flora_desktop.api.models import Technique, TechniqueRun
    from flora_desktop.services.submit import RunSubmitter, Submission, SubmissionLog
    from flora_desktop.ui.spend_guard import SpendGuard
    from flora_desktop.ui.widgets.error_banner import ErrorBanner
    from flora_desktop.ui.widgets.result_panel import ResultPanel
    from flora_desktop.ui.widgets.run_bar import RunBar

__all__ = [
    "CHECKING_MESSAGE",
    "FOUND_MESSAGE",
    "NOT_FOUND_MESSAGE",
    "UNCLEAR_MESSAGE",
    "RunRecovery",
]

log = logging.getLogger(__name__)

CHECKING_TEXT = QT_TRANSLATE_NOOP("Recovery", "Checking…")

CHECKING_MESSAGE = UserMessage(
    title=QT_TRANSLATE_NOOP("Recovery", "A run you started may have started"),
    sentence=QT_TRANSLATE_NOOP(
        "Recovery",
        "FLORA Desktop closed before FLORA confirmed the last run you started. "
        "Checking with FLORA whether it started…",
    ),
    what_to_do=QT_TRANSLATE_NOOP("Recovery", "Run is available again once this is known."),
)

FOUND_MESSAGE = UserMessage(
    title=QT_TRANSLATE_NOOP("Recovery", "Your last run did start"),
    sentence=QT_TRANSLATE_NOOP(
        "Recovery",
        "FLORA Desktop closed before FLORA confirmed it, but FLORA has it. It is shown "
        "below and in the Runs tab, and nothing was started twice.",
    ),
    what_to_do=QT_TRANSLATE_NOOP(
        "Recovery", "Press Run only if you want another run: it would be billed again."
    ),
)

NOT_FOUND_MESSAGE = UserMessage(
    title=QT_TRANSLATE_NOOP("Recovery", "Your last run did not start"),
    sentence=QT_TRANSLATE_NOOP(
        "Recovery",
        "FLORA Desktop closed before FLORA confirmed it, and FLORA has no such run, so "
        "nothing was billed.",
    ),
    what_to_do=QT_TRANSLATE_NOOP("Recovery", "Press Run to start it now."),
)

UNCHECKED_MESSAGE = UserMessage(
    title=QT_TRANSLATE_NOOP("Recovery", "A run you started may have started"),
    sentence=QT_TRANSLATE_NOOP(
        "Recovery",
        "FLORA Desktop closed before FLORA confirmed the last run you started, and FLORA "
        "could not be asked about it just now.",
    ),
    what_to_do=QT_TRANSLATE_NOOP(
        "Recovery", "Look it up before pressing Run again, so you don't pay twice."
    ),
    action=Action.LOOK_UP,
)


UNCLEAR_MESSAGE = UserMessage(
    title=QT_TRANSLATE_NOOP("Recovery", "A run you started may have started"),
    sentence=QT_TRANSLATE_NOOP(
        "Recovery",
        "FLORA Desktop closed before FLORA confirmed the last run you started. FLORA has a "
        "run from that moment, but another run of the same technique was sent then too (a "
        "batch, or another window), so it can't be told which is yours.",
    ),
    what_to_do=QT_TRANSLATE_NOOP(
        "Recovery",
        "Look in History for a run from that moment before pressing Run again, so you "
        "don't pay twice.",
    ),
)


class RecoveringPage(Protocol):
    """What recovery uses of the launcher page (which passes itself)."""

    @property
    def spend_guard(self) -> SpendGuard: ...

    @property
    def banner(self) -> ErrorBanner: ...

    @property
    def result_panel(self) -> ResultPanel: ...

    @property
    def run_bar(self) -> RunBar: ...

    @property
    def technique(self) -> Technique | None: ...

    async def load_inputs(self, request: RerunRequest) -> bool: ...

    def remember_look_up(self, submission: Submission) -> None: ...


class RunRecovery:
    """Looks up the account's unanswered presses once, when the launcher has started.

    ``started`` receives each run found, to be watched like any run started here.
    """

    def __init__(
        self,
        page: RecoveringPage,
        submitter: RunSubmitter,
        journal: SubmissionLog | None,
        started: Callable[[StartedRun], None],
    ) -> None:
        self._page = page
        self._started = started
        self._submitter = submitter
        self._journal = journal
        self.found: list[TechniqueRun] = []
        self.found_presses: list[Submission] = []
        self.not_found: list[Submission] = []
        self.unchecked: list[Submission] = []
        self.unclear: list[Submission] = []

    async def run(self) -> None:
        if self._journal is None:
            return
        presses = await self._journal.pending()
        if not presses:
            return
        page = self._page
        guard = page.spend_guard
        admitted = guard.try_acquire()
        page.banner.show_message(CHECKING_MESSAGE, severity="warning")
        page.result_panel.show_maybe_started()
        page.run_bar.set_busy(True, text=shown(CHECKING_TEXT))
        try:
            for submission in presses:
                await self._settle(submission)
            await self._show()
        finally:
            page.run_bar.set_busy(False)
            if admitted:
                guard.release()

    async def _settle(self, submission: Submission) -> None:
        log.info("looking up a run whose answer was lost")
        try:
            found = await self._submitter.recover(submission)
        except FloraError as error:
            log.info("could not look the run up: %s", type(error).__name__)
            self.unchecked.append(submission)
            return
        except RunUnclear:
            log.info("a run was found, but another unanswered press could own it")
            self.unclear.append(submission)
            return
        if found is None:
            self.not_found.append(submission)
            return
        self.found.append(found)
        self.found_presses.append(submission)
        run = StartedRun(
            run_id=found.run_id,
            technique_id=submission.technique_id,
            workspace_id=submission.workspace_id,
            inputs=submission.inputs,
            technique_name=submission.technique_name or found.technique.name,
            workspace_name=submission.workspace_name,
            idempotency_key=submission.idempotency_key,
            found=found,
            started_at=submission.sent_at,
        )
        self._started(run)

    async def _show_press(self, submission: Submission) -> None:
        """Bring the press's technique and inputs back, unless another technique is open."""
        page = self._page
        current = page.technique
        if current is not None and current.technique_id != submission.technique_id:
            return
        request = RerunRequest(
            technique_id=submission.technique_id,
            inputs=submission.inputs,
            technique_name=submission.technique_name,
            workspace_id=submission.workspace_id,
        )
        await page.load_inputs(request)

    async def _show(self) -> None:
        page = self._page
        shown_press = (self.unchecked or self.unclear or self.found_presses or self.not_found)[-1]
        await self._show_press(shown_press)
        if self.unclear and not self.unchecked:
            page.result_panel.show_maybe_started()
            page.banner.show_message(UNCLEAR_MESSAGE, severity="warning")
            # The result panel's "Look it up" looks for this press (nothing was pressed
            # since the start, so it had nothing to look for and did nothing).
            page.remember_look_up(self.unclear[-1])
        elif self.unchecked:
            page.result_panel.show_maybe_started()
            page.banner.show_message(UNCHECKED_MESSAGE, severity="warning")
            page.remember_look_up(self.unchecked[-1])
        elif self.found:
            page.result_panel.show_found(self.found[-1], already_started=True)
            page.banner.show_message(FOUND_MESSAGE, severity="warning")
        else:
            page.result_panel.clear()
            page.banner.show_message(NOT_FOUND_MESSAGE, severity="warning")
