"""Single-flight technique run submission: one idempotency key per click, reconciled on 409."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from flora_desktop.api.errors import IdempotencyDuplicateError
from flora_desktop.api.models import RunStart, TechniqueRun

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient

__all__ = ["RunSubmitter", "Submission", "SubmitInFlight", "SubmitOutcome", "new_key"]

log = logging.getLogger(__name__)

# How many of the newest history entries a look-up reads; a run we just started is among them.
LOOKUP_LIMIT = 10
# Clock skew allowed between this machine and FLORA when matching a run's created_at.
CLOCK_SKEW_SECONDS = 120.0


class SubmitInFlight(RuntimeError):
    """A second submit was asked for while the first is still waiting for FLORA."""


def new_key() -> str:
    """A fresh idempotency key for one user action (CONTRACT §9.7)."""
    return f"fd-{uuid.uuid4()}"


@dataclass(frozen=True)
class Submission:
    """One click on Run: what was sent and the key every retry of it reuses."""

    technique_id: str
    workspace_id: str
    inputs: Mapping[str, Any]
    idempotency_key: str = field(default_factory=new_key)
    # Epoch seconds when it was first sent; the look-up ignores runs older than this.
    sent_at: float = field(default_factory=time.time)

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


class RunSubmitter:
    """Starts technique runs one at a time; a second submit while one is in flight raises.

    Errors other than ``idempotency_duplicate`` propagate as the client's ``FloraError``;
    ``last_submission`` keeps the key so "Try again" can resend the same click.
    """

    def __init__(self, client: FloraClient) -> None:
        self._client = client
        self._in_flight = False
        self.last_submission: Submission | None = None

    @property
    def in_flight(self) -> bool:
        return self._in_flight

    async def submit(
        self, technique_id: str, workspace_id: str, inputs: Mapping[str, Any]
    ) -> SubmitOutcome:
        """Start one run with a new idempotency key."""
        submission = Submission(
            technique_id=technique_id,
            workspace_id=workspace_id,
            inputs=MappingProxyType(dict(inputs)),
        )
        return await self.resubmit(submission)

    async def resubmit(self, submission: Submission) -> SubmitOutcome:
        """Send ``submission`` again with its own key: FLORA starts at most one run for it."""
        if self._in_flight:
            raise SubmitInFlight("a run is already being started")
        self._in_flight = True
        self.last_submission = submission
        try:
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
                found = await self.look_up(submission)
                return SubmitOutcome(submission, already_started=True, found=found)
            log.info("started run %s", run.run_id)
            return SubmitOutcome(submission, run=run)
        finally:
            self._in_flight = False

    async def look_up(self, submission: Submission) -> TechniqueRun | None:
        """The newest run of this technique in this workspace created since it was sent."""
        earliest_ms = (submission.sent_at - CLOCK_SKEW_SECONDS) * 1000.0
        history = self._client.technique_runs.list(
            workspace_id=submission.workspace_id,
            technique_id=submission.technique_id,
            limit=LOOKUP_LIMIT,
        )
        seen = 0
        try:
            async for run in history:
                # Newest first: the first recent one is ours (or the closest we can tell).
                if run.created_at is None or _as_ms(run.created_at) >= earliest_ms:
                    return run
                seen += 1
                if seen >= LOOKUP_LIMIT:
                    break
            return None
        finally:
            await _close(history)


async def _close(iterator: object) -> None:
    """Close an abandoned async generator now rather than at garbage collection."""
    aclose = getattr(iterator, "aclose", None)
    if aclose is not None:
        await aclose()


def _as_ms(timestamp: float) -> float:
    """Run timestamps are probably epoch ms; small values are seconds (CONTRACT §12 Q3)."""
    return timestamp * 1000.0 if timestamp < 1e11 else timestamp
