"""Single-flight technique run submission: one idempotency key per click, reconciled on 409.

With a ``SubmissionLog`` (``services/submissions.py``) each press is written to disk before
its request leaves and settled when FLORA answers, so a press whose answer was lost (a crash,
a closed window) is looked up on the next start instead of being sent again with a new key.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

from flora_desktop.api.errors import (
    APIStatusError,
    ConfigurationError,
    FloraError,
    IdempotencyDuplicateError,
)
from flora_desktop.api.idempotency import new_idempotency_key
from flora_desktop.api.models import RunStart, TechniqueRun

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient

__all__ = [
    "RESEND_WINDOW_SECONDS",
    "JournalUnavailable",
    "RunSubmitter",
    "RunUnclear",
    "Submission",
    "SubmissionLog",
    "SubmitInFlight",
    "SubmitOutcome",
    "created_no_run",
]

log = logging.getLogger(__name__)

# How many of the newest history entries a look-up reads; a run we just started is among them.
LOOKUP_LIMIT = 10
# How many a crash recovery reads at most before "not found" stops being proof (this app's
# other presses since then are skipped, and count).
RECOVER_SCAN_LIMIT = 100
# Clock skew allowed between this machine and FLORA when matching a run's created_at.
CLOCK_SKEW_SECONDS = 120.0
# FLORA remembers a key for 2 h (CONTRACT §9.7); past this, a resend could start a new run.
RESEND_WINDOW_SECONDS = 100 * 60


# Statuses after which FLORA has certainly not created the run (it refused the request).
# 408/425 (it gave up waiting) and 409 (the key was used: a run exists) are not among them.
_UNSURE_4XX = frozenset({408, 409, 425})


class SubmitInFlight(RuntimeError):
    """A second submit was asked for while the first is still waiting for FLORA."""


class RunUnclear(Exception):
    """A press's run cannot be told from another's: another press of the same technique and
    workspace (a batch row) was out at the same moment and is unanswered too, and FLORA's
    run list says neither's key nor inputs. Nothing is adopted and nothing is sent."""


class JournalUnavailable(Exception):
    """The press could not be written to disk, so it was not sent (a crash could bill twice)."""


def created_no_run(error: BaseException) -> bool:
    """True when ``error`` proves FLORA started nothing (a refusal, or nothing was sent).

    Timeouts, dropped connections, 5xx and unreadable 2xx bodies are unsure: a run may exist.
    """
    if isinstance(error, ConfigurationError):
        return True
    if isinstance(error, APIStatusError):
        return 400 <= error.status_code < 500 and error.status_code not in _UNSURE_4XX
    return False


@dataclass(frozen=True)
class Submission:
    """One click on Run: what was sent and the key every retry of it reuses."""

    technique_id: str
    workspace_id: str
    inputs: Mapping[str, Any]
    idempotency_key: str = field(default_factory=new_idempotency_key)
    # Epoch seconds when it was first sent; the look-up ignores runs older than this.
    sent_at: float = field(default_factory=time.time)
    # For the history and the "may have started" notice after a restart.
    technique_name: str = ""
    workspace_name: str = ""

    def __repr__(self) -> str:
        # Inputs can be long; ids are enough for logs.
        return f"Submission(technique_id={self.technique_id!r}, workspace_id={self.workspace_id!r})"


@dataclass(frozen=True)
class SubmitOutcome:
    """A submission FLORA accepted: either its start answer, or (409) the run found later.

    ``already_started`` is true when FLORA said the key was used before; ``found`` then holds
    the newest matching run from the history, or ``None`` when none has shown up yet.
    """

    submission: Submission
    run: RunStart | None = None
    already_started: bool = False
    found: TechniqueRun | None = None

    @property
    def run_id(self) -> str | None:
        if self.run is not None:
            return self.run.run_id
        return self.found.run_id if self.found is not None else None


class SubmissionLog(Protocol):
    """Where presses are written before they are sent (``SubmissionJournal``)."""

    async def write(self, submission: Submission) -> None: ...

    async def answered(
        self, submission: Submission, run_id: str, start: RunStart | None = None
    ) -> None: ...

    async def no_run(self, key: str) -> None: ...

    async def other_run_ids(self, key: str) -> set[str]: ...

    async def open_presses(
        self, technique_id: str, workspace_id: str, earliest: float, latest: float
    ) -> set[str]: ...

    async def pending(self) -> list[Submission]: ...


class RunSubmitter:
    """Starts technique runs one at a time; a second submit while one is in flight raises.

    Errors other than ``idempotency_duplicate`` propagate as the client's ``FloraError``
    (and ``JournalUnavailable`` when the press could not be written down first: then nothing
    was sent); ``last_submission`` keeps the key so "Try again" can resend the same click.
    """

    def __init__(self, client: FloraClient, journal: SubmissionLog | None = None) -> None:
        self._client = client
        self._journal = journal
        self._in_flight = False
        self.last_submission: Submission | None = None

    @property
    def in_flight(self) -> bool:
        return self._in_flight

    async def submit(
        self,
        technique_id: str,
        workspace_id: str,
        inputs: Mapping[str, Any],
        *,
        technique_name: str = "",
        workspace_name: str = "",
    ) -> SubmitOutcome:
        """Start one run with a new idempotency key."""
        submission = Submission(
            technique_id=technique_id,
            workspace_id=workspace_id,
            inputs=MappingProxyType(dict(inputs)),
            technique_name=technique_name,
            workspace_name=workspace_name,
        )
        return await self.resubmit(submission)

    async def resubmit(self, submission: Submission) -> SubmitOutcome:
        """Send ``submission`` again with its own key: FLORA starts at most one run for it."""
        if self._in_flight:
            raise SubmitInFlight("a run is already being started")
        self._in_flight = True
        self.last_submission = submission
        journal = self._journal
        try:
            if journal is not None:
                # Before the request leaves (CONTRACT §9.7): a crash from here on leaves the
                # key on disk, and the next start looks the run up instead of billing again.
                await journal.write(submission)
            log.info(
                "starting technique %s in %s", submission.technique_id, submission.workspace_id
            )
            try:
                run = await self._client.runs.start_technique(
                    technique_id=submission.technique_id,
                    workspace_id=submission.workspace_id,
                    inputs=dict(submission.inputs),
                    idempotency_key=submission.idempotency_key,
                )
            except IdempotencyDuplicateError:
                # The key was used before, so FLORA already has this run: find it.
                log.info("run for %s already started; looking it up", submission.technique_id)
                # Never a run another press here was answered with (a newer one may be).
                exclude = (
                    set()
                    if journal is None
                    else await journal.other_run_ids(submission.idempotency_key)
                )
                found = await self.look_up(submission, exclude=exclude)
                if found is not None and journal is not None:
                    await journal.answered(submission, found.run_id)
                return SubmitOutcome(submission, already_started=True, found=found)
            except FloraError as error:
                if journal is not None and created_no_run(error):
                    await journal.no_run(submission.idempotency_key)
                raise
            log.info("started run %s", run.run_id)
            if journal is not None:
                await journal.answered(submission, run.run_id, run)
            return SubmitOutcome(submission, run=run)
        finally:
            self._in_flight = False

    async def recover(self, submission: Submission) -> TechniqueRun | None:
        """Settle a press whose answer was lost: find its run in FLORA's list, sending nothing.

        Found: the run is recorded and returned. Not found: FLORA never created it, so the
        press is closed (``None``). Raises the client's ``FloraError`` when the list cannot be
        read; the press then stays open for the next try. Raises ``RunUnclear`` when neither
        can be told: another unanswered press could own the run found; the list was not read
        back to the press's moment (many runs of this app since); the press's time is in the
        future (the clock was corrected since); the history file could not be read.
        """
        journal = self._journal
        if journal is None:
            return await self.look_up(submission)
        key = submission.idempotency_key
        if submission.sent_at > time.time() + CLOCK_SKEW_SECONDS:
            # The clock was ahead at the press: its moment is unknown, and a run of it is
            # older than ``sent_at``. Said once ("look in History"), never "did not start".
            await journal.no_run(key)
            raise RunUnclear
        for _attempt in range(3):
            exclude = await journal.other_run_ids(key)
            found, complete = await self._scan(submission, exclude, RECOVER_SCAN_LIMIT)
            if found is None:
                if not complete:
                    await self._unclear(journal, submission)
                await journal.no_run(key)
                return None
            await self._refuse_if_unclear(journal, submission)
            # Read again after the list and the open presses: a press answered meanwhile
            # (another window, a batch row) may own the run found; then look again.
            if found.run_id not in await journal.other_run_ids(key):
                await journal.answered(submission, found.run_id)
                return found
        await self._unclear(journal, submission)
        return None  # not reached: ``_unclear`` raises

    async def _unclear(self, journal: SubmissionLog, submission: Submission) -> None:
        """Raise ``RunUnclear``; past the key's lifetime the press is closed first."""
        if time.time() - submission.sent_at > RESEND_WINDOW_SECONDS:
            await journal.no_run(submission.idempotency_key)
        raise RunUnclear

    async def _refuse_if_unclear(self, journal: SubmissionLog, submission: Submission) -> None:
        """Raise ``RunUnclear`` when another unanswered press could own the run found.

        Such a press stays open (either could be the run's), unless it is past the key's
        lifetime: then it is closed, said once, and no longer keeps the other press (a
        batch row) from being matched. A history file that cannot be read keeps it open.
        """
        try:
            rivals = await journal.open_presses(
                submission.technique_id,
                submission.workspace_id,
                submission.sent_at - CLOCK_SKEW_SECONDS,
                time.time() + CLOCK_SKEW_SECONDS,
            )
        except JournalUnavailable:
            raise RunUnclear from None
        if not rivals - {submission.idempotency_key}:
            return
        await self._unclear(journal, submission)

    async def look_up(
        self, submission: Submission, *, exclude: Collection[str] = ()
    ) -> TechniqueRun | None:
        """The newest run of this technique in this workspace created since it was sent.

        ``exclude``: run ids known to belong to other presses (never this one's).
        """
        found, _complete = await self._scan(submission, exclude, LOOKUP_LIMIT)
        return found

    async def _scan(
        self, submission: Submission, exclude: Collection[str], limit: int
    ) -> tuple[TechniqueRun | None, bool]:
        """``look_up``'s run, and whether "none" is proof: the list ended, or reached a run
        older than the press, within ``limit`` runs (excluded runs count too)."""
        earliest_ms = (submission.sent_at - CLOCK_SKEW_SECONDS) * 1000.0
        history = self._client.technique_runs.list(
            workspace_id=submission.workspace_id,
            technique_id=submission.technique_id,
            limit=LOOKUP_LIMIT,
        )
        seen = 0
        reached_older = False
        try:
            async for run in history:
                # Newest first: the first recent one is ours (or the closest we can tell).
                recent = run.created_at is None or _as_ms(run.created_at) >= earliest_ms
                if recent and run.run_id not in exclude:
                    return run, True
                reached_older = reached_older or not recent
                seen += 1
                if seen >= limit:
                    return None, reached_older
            return None, True
        finally:
            await history.aclose()  # stopped early: no page request left pending


def _as_ms(timestamp: float) -> float:
    """Run timestamps are probably epoch ms; small values are seconds (CONTRACT §12 Q3)."""
    return timestamp * 1000.0 if timestamp < 1e11 else timestamp
