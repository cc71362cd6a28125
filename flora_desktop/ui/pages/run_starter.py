"""One press of Run, carried to its end: send, wait out a 429 with a countdown, or stop.

``RunStarter`` owns the submit path of the launcher and its one busy state, from the press
(while picture checks settle) to the outcome. It is given the submitter, the Run bar (busy
text, Cancel) and the banner (countdowns); it reports what happened through signals and
leaves errors, results and the editor to whoever assembles it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, Signal

from flora_desktop.api.errors import FloraError, RateLimitError
from flora_desktop.api.models import TechniqueRun
from flora_desktop.services.submit import (
    JournalUnavailable,
    RunSubmitter,
    Submission,
    SubmitOutcome,
)
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.messages import (
    NOT_NOTED_MESSAGE,
    RATE_LIMIT_STOPPED,
    describe_error,
    rate_limit_countdown,
)
from flora_desktop.ui.pages.banner_countdown import BannerCountdown
from flora_desktop.ui.pages.owned_work import UserCancelled, run_owned
from flora_desktop.ui.widgets.error_banner import ErrorBanner
from flora_desktop.ui.widgets.run_bar import WAITING_TEXT, RunBar

__all__ = ["RunStarter"]

log = logging.getLogger(__name__)


class _NothingStarted(Exception):
    """Stopped while FLORA had refused the run (429) and nothing was in flight."""


class RunStarter(QObject):
    """Starts at most one run per submission (one idempotency key, reused on retries).

    Signals: ``busy_changed(bool)`` (while checks settle and while a run starts);
    ``started(object)`` with the ``SubmitOutcome`` (a run
    accepted, or found already started); ``failed(object, object)`` with the ``FloraError``
    and the ``Submission`` (FLORA may have it: the assembler offers a look-up);
    ``stopped(object)`` with the ``Submission`` the user stopped waiting for (it may still
    have started); ``not_retried()`` after the user cancelled a 429 wait (nothing started).
    """

    busy_changed = Signal(bool)
    started = Signal(object)
    failed = Signal(object, object)
    stopped = Signal(object)
    not_retried = Signal()

    def __init__(
        self,
        submitter: RunSubmitter,
        run_bar: RunBar,
        banner: ErrorBanner,
        countdown: BannerCountdown,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._submitter = submitter
        self._run_bar = run_bar
        self._banner = banner
        self._countdown = countdown
        self._tasks = TaskOwner()
        self._busy = False
        # The submission a look-up is for: the last one that may or may not have started.
        self.unsure: Submission | None = None
        run_bar.cancel_requested.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def last_submission(self) -> Submission | None:
        return self._submitter.last_submission

    def cancel(self) -> None:
        """Stop waiting for the run being started (or the 429 countdown)."""
        self._tasks.cancel("submit")

    async def settle_checks(self, checks: Callable[[], Awaitable[None]]) -> bool:
        """Busy while ``checks()`` runs; ``False`` when already busy or the user cancelled.

        A picture's shape is known before money is spent: the press shows at once, the busy
        Run button takes no second press, and Cancel stops the wait (nothing is sent then).
        """
        if self._busy:
            return False
        self._set_busy(True)
        try:
            await run_owned(self._tasks, "submit", checks())
        except UserCancelled:
            return False
        finally:
            self._set_busy(False)
        return True

    async def start(self, submission: Submission) -> SubmitOutcome | None:
        """Send ``submission``; the same one again reuses its key (FLORA starts one run)."""
        if self._busy:
            return None
        self._set_busy(True)
        try:
            outcome, report = await self._send(submission)
        finally:
            self._set_busy(False)
        # Reported once the editor is editable again, so focus can go to a field at fault.
        report()
        return outcome

    async def look_up(self) -> TechniqueRun | None:
        """The newest run of the submission in doubt; raises ``FloraError``/``UserCancelled``."""
        submission = self.unsure or self._submitter.last_submission
        if submission is None:
            raise UserCancelled
        try:
            work = self._submitter.look_up(submission)
            return await run_owned(self._tasks, "look-up", work, self._countdown.retry_notice)
        finally:
            self._countdown.end_retry_notice()

    async def aclose(self) -> None:
        await self._tasks.aclose()

    # --- the path of one press -----------------------------------------------------------

    async def _send(
        self, submission: Submission
    ) -> tuple[SubmitOutcome | None, Callable[[], None]]:
        """The outcome, and how to report it (run after the busy state has ended)."""
        try:
            try:
                outcome = await self._resubmit(submission)
            except RateLimitError as error:
                # The client has given up; this is still the same click, so wait as FLORA
                # asked and retry once with the same key.
                if not await self._wait_out(error):
                    return None, self.not_retried.emit
                outcome = await self._resubmit(submission)
        except _NothingStarted:
            self._stopped_rate_limit()
            return None, self.not_retried.emit
        except UserCancelled:
            self.unsure = submission
            return None, lambda: self.stopped.emit(submission)
        except JournalUnavailable:
            # The press could not be noted on disk first, so nothing was sent (issue 10 §1).
            return None, lambda: self._banner.show_message(NOT_NOTED_MESSAGE)
        except FloraError as error:
            # After a 429 nothing started; any other failure may hide a started run.
            self.unsure = None if isinstance(error, RateLimitError) else submission
            failure = error
            return None, lambda: self.failed.emit(failure, submission)
        self.unsure = None if outcome.run is not None else submission
        return outcome, lambda: self.started.emit(outcome)

    async def _resubmit(self, submission: Submission) -> SubmitOutcome:
        try:
            return await run_owned(
                self._tasks,
                "submit",
                self._submitter.resubmit(submission),
                self._countdown.retry_notice,
            )
        except UserCancelled:
            if self._countdown.in_rate_limit_wait():
                raise _NothingStarted from None
            raise
        finally:
            self._countdown.end_retry_notice()

    async def _wait_out(self, error: RateLimitError) -> bool:
        """Show the live countdown; ``False`` when the user cancelled it."""
        message = describe_error(error)
        wait = message.retry_in or 1.0
        self._banner.show_message(message, severity="warning")
        self._run_bar.set_busy(True, text=WAITING_TEXT)
        try:
            counting = self._countdown.count(wait, rate_limit_countdown)
            await run_owned(self._tasks, "submit", counting)
        except UserCancelled:
            # One message says it: the countdown's banner gives way to "Not retried".
            self._stopped_rate_limit()
            return False
        self._banner.clear()
        self._run_bar.set_busy(True)
        return True

    def _stopped_rate_limit(self) -> None:
        self._banner.show_message(RATE_LIMIT_STOPPED, severity="warning")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._run_bar.set_busy(busy)
        self.busy_changed.emit(busy)
