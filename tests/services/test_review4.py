"""Hostile review 4: crash recovery of a press whose answer was lost.

Promise: one click never bills two runs, and the user is never told "nothing was billed"
(``recover`` returning ``None``) while a run of that press may exist.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

import pytest

from flora_desktop.api import FloraClient
from flora_desktop.api.models import RunStart
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.history import HistoryStore
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.services.submit import RunSubmitter, RunUnclear, Submission

# The journal tests' fixtures and technique look-up, re-exported so pytest finds them here.
from tests.services.test_submissions import IMAGE, _ids, client, store

__all__ = ["client", "store"]

pytestmark = pytest.mark.asyncio


async def _lost_press(
    client: FloraClient, journal: SubmissionJournal, *, sent_at: float | None = None
) -> tuple[Submission, str]:
    """A press written down and sent; FLORA started its run; the answer never came back."""
    technique_id, workspace_id = await _ids(client)
    submission = Submission(
        technique_id=technique_id,
        workspace_id=workspace_id,
        inputs={"input_image": IMAGE},
        sent_at=time.time() if sent_at is None else sent_at,
    )
    await journal.write(submission)
    start = await client.runs.start_technique(
        technique_id=technique_id,
        workspace_id=workspace_id,
        inputs={"input_image": IMAGE},
        idempotency_key=submission.idempotency_key,
    )
    return submission, start.run_id


async def _answered_press(client: FloraClient, journal: SubmissionJournal) -> str:
    """Another press of the same technique, answered (its run is this app's own)."""
    technique_id, workspace_id = await _ids(client)
    return await _answered(client, journal, _press(technique_id, workspace_id))


def _press(technique_id: str, workspace_id: str) -> Submission:
    return Submission(
        technique_id=technique_id, workspace_id=workspace_id, inputs={"input_image": IMAGE}
    )


async def _answered(client: FloraClient, journal: SubmissionJournal, press: Submission) -> str:
    await journal.write(press)
    start = await client.runs.start_technique(
        technique_id=press.technique_id,
        workspace_id=press.workspace_id,
        inputs=dict(press.inputs),
        idempotency_key=press.idempotency_key,
    )
    await journal.answered(press, start.run_id, start)
    return start.run_id


async def test_a_lost_press_behind_ten_runs_of_this_app_is_not_declared_unstarted(
    client: FloraClient, store: HistoryStore, sandbox: SandboxServer
) -> None:
    """The look-up reads FLORA's ten newest runs and counts the ones it excludes (this app's
    other presses): ten presses in another window after the lost one, and the lost press's
    run is the 11th, so recovery said "did not start, nothing was billed" (and closed it)."""
    journal = SubmissionJournal(store, sandbox.api_url)
    submission, run_id = await _lost_press(client, journal)
    for _ in range(10):
        await _answered_press(client, journal)
    try:
        found = await RunSubmitter(client, journal).recover(submission)
    except RunUnclear:
        return  # not claimed either way: acceptable
    assert found is not None
    assert found.run_id == run_id
    assert await journal.state_of(submission.idempotency_key) == "answered"


async def test_a_press_sent_while_the_clock_was_ahead_is_not_declared_unstarted(
    client: FloraClient, store: HistoryStore, sandbox: SandboxServer
) -> None:
    """The clock was an hour fast at the press, then corrected (NTP) before the restart: the
    look-up ignores every run older than ``sent_at - 2 min``, so it found nothing and said
    "nothing was billed" about a run FLORA has."""
    journal = SubmissionJournal(store, sandbox.api_url)
    submission, run_id = await _lost_press(client, journal, sent_at=time.time() + 3600)
    try:
        found = await RunSubmitter(client, journal).recover(submission)
    except RunUnclear:
        return  # "look in History", said once: never "nothing was billed"
    assert found is not None
    assert found.run_id == run_id


class _RivalAnswersDuringLookUp:
    """The journal, where the rival press (a batch row, another window) gets its answer
    between the look-up's reading of the app's own runs and its open-press check."""

    def __init__(self, journal: SubmissionJournal, rival: Submission, rival_start: RunStart):
        self._journal = journal
        self._rival = rival
        self._start = rival_start

    def __getattr__(self, name: str) -> Any:
        return getattr(self._journal, name)

    async def open_presses(self, *args: Any) -> set[str]:
        await self._journal.answered(self._rival, self._start.run_id, self._start)
        return await self._journal.open_presses(*args)


async def test_a_rival_answered_during_recovery_never_lends_its_run(
    client: FloraClient, store: HistoryStore, sandbox: SandboxServer
) -> None:
    """The lost press never reached FLORA; the rival's run is the only one. The rival is
    answered while recovery reads FLORA's list: recovery read the app's own runs first, so it
    took the rival's run as the lost press's ("Your last run did start": two presses, one run,
    and the lost one's inputs never ran)."""
    journal = SubmissionJournal(store, sandbox.api_url)
    technique_id, workspace_id = await _ids(client)
    lost = _press(technique_id, workspace_id)
    await journal.write(lost)  # never sent: the app died on the way
    rival = _press(technique_id, workspace_id)
    await journal.write(rival)
    start = await client.runs.start_technique(
        technique_id=technique_id,
        workspace_id=workspace_id,
        inputs={"input_image": IMAGE},
        idempotency_key=rival.idempotency_key,
    )
    racing = _RivalAnswersDuringLookUp(journal, rival, start)
    try:
        found = await RunSubmitter(client, racing).recover(lost)
    except RunUnclear:
        return
    assert found is None or found.run_id != start.run_id


async def test_a_history_file_that_cannot_be_read_at_the_rival_check_is_unclear(
    client: FloraClient,
    store: HistoryStore,
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The open-press query raised sqlite3's error straight out of ``recover`` (every other
    journal read is caught): the launcher's recovery task died with the banner saying
    "Checking…" for ever, and Run open."""
    journal = SubmissionJournal(store, sandbox.api_url)
    submission, _run_id = await _lost_press(client, journal)

    def locked(*_args: Any) -> set[str]:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr("flora_desktop.services.submissions.open_press_keys", locked)
    with pytest.raises(RunUnclear):
        await RunSubmitter(client, journal).recover(submission)
    assert await journal.state_of(submission.idempotency_key) == "sending"


async def test_a_rival_press_of_another_profile_in_the_same_workspace_is_a_rival(
    client: FloraClient, store: HistoryStore, sandbox: SandboxServer
) -> None:
    """Two profiles on one server (two keys of one team) share a workspace, so FLORA's list
    shows both profiles' runs. The rival check only looked at this profile's presses: the
    lost press (never sent) took the other profile's run as its own ("Your last run did
    start"), and the other profile's recovery takes the same run: one run, two owners."""
    here = SubmissionJournal(store, sandbox.api_url)
    there = SubmissionJournal(store, sandbox.api_url, profile_id="studio")
    technique_id, workspace_id = await _ids(client)
    lost = _press(technique_id, workspace_id)
    await here.write(lost)  # never sent
    rival = _press(technique_id, workspace_id)
    await there.write(rival)
    await client.runs.start_technique(
        technique_id=technique_id,
        workspace_id=workspace_id,
        inputs=dict(rival.inputs),
        idempotency_key=rival.idempotency_key,
    )
    with pytest.raises(RunUnclear):
        await RunSubmitter(client, here).recover(lost)
    assert await here.state_of(lost.idempotency_key) == "sending"


async def test_a_press_of_another_server_is_no_rival(
    client: FloraClient, store: HistoryStore, sandbox: SandboxServer
) -> None:
    """The same workspace and technique ids on another server are another FLORA: its
    unanswered press never keeps this one from its run."""
    here = SubmissionJournal(store, sandbox.api_url)
    elsewhere = SubmissionJournal(store, "https://api.flora.example/v1")
    submission, run_id = await _lost_press(client, here)
    await elsewhere.write(_press(submission.technique_id, submission.workspace_id))
    found = await RunSubmitter(client, here).recover(submission)
    assert found is not None
    assert found.run_id == run_id


async def test_try_again_answered_409_never_takes_another_press_s_run(
    client: FloraClient, store: HistoryStore, sandbox: SandboxServer
) -> None:
    """A press's answer was lost (timeout); another window's press of the same technique was
    answered after it. "Try again" resends the same key, FLORA says 409 (the key was used),
    and the look-up took the newest run, the other press's ("no second run was started.
    Here it is"), and recorded it as this press's: its own run was never watched."""
    journal = SubmissionJournal(store, sandbox.api_url)
    submission, run_id = await _lost_press(client, journal)
    await _answered_press(client, journal)
    outcome = await RunSubmitter(client, journal).resubmit(submission)
    assert outcome.already_started
    assert outcome.run_id == run_id
