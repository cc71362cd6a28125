"""Rows whose run may exist but whose end is not known: never started again with a new key.

- a run FLORA answers with a status this app does not know (or whose polls cannot tell) is
  watched a bounded while, then its row says so plainly and keeps its run: "Retry failed
  rows" never bills it again, and a resume checks on the same run;
- a row unsure past its key's lifetime (answer lost, no run matched) ends in doubt, saying
  when it was sent and to look in History, without sending anything;
- an unsure row is matched only to a run nothing else could own (time window, runs owned
  here, presses of other windows still waiting for their answer).

Real HTTP against the sandbox; the runner's own backoff seam is made instant where a test
waits for look-ups that are meant to find nothing.
"""

from __future__ import annotations

import asyncio
import csv
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from flora_desktop.api.models import RunStart, RunStatus
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch import STOP_LOST, STOP_UNCLEAR, UNCLEAR_WATCH_ROUNDS
from flora_desktop.services.batch_store import BatchRow
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.services.submit import RESEND_WINDOW_SECONDS, Submission
from flora_desktop.services.watch import UNKNOWN_STATUS_POLLS, RunWatcher
from tests.batch.support import IMAGE, RUN_SECONDS, Rig, rig, sandbox_get
from tests.conftest import reset_sandbox

pytestmark = pytest.mark.asyncio

RUNS = "/api/v1/runs/technique"
HOURS = 3600.0


async def _instant(_seconds: float) -> None:
    """The runner's backoff between look-ups, made instant: these look-ups find nothing."""
    await asyncio.sleep(0)


def _post_fault(sandbox: SandboxServer, fault: dict[str, Any]) -> None:
    # content=, not json=: json.dumps escapes any lone surrogate in a hostile status.
    httpx.post(
        f"{sandbox.root_url}/_sandbox/faults",
        content=json.dumps(fault),
        headers={"Content-Type": "application/json"},
    ).raise_for_status()


def _clear_faults(sandbox: SandboxServer) -> None:
    httpx.delete(f"{sandbox.root_url}/_sandbox/faults").raise_for_status()


def _requests(sandbox: SandboxServer, path: str, method: str | None = None) -> int:
    entries = httpx.get(f"{sandbox.root_url}/_sandbox/requests").json()["requests"]
    return sum(1 for e in entries if e["path"] == path and method in (None, e["method"]))


class _FloraSays:
    """The real watcher, with the sandbox told first how to answer each run's polls."""

    def __init__(self, watcher: RunWatcher, sandbox: SandboxServer, fault: dict[str, Any]):
        self._watcher = watcher
        self._sandbox = sandbox
        self._fault = fault
        self._told: set[str] = set()

    async def watch(self, run_id: str, started_at: float | None = None) -> RunStatus:
        if run_id not in self._told:
            self._told.add(run_id)
            fault = {"path": f"/api/v1/runs/{run_id}", "count": None, **self._fault}
            if fault.get("mode") == "body":
                fault["body"] = json.dumps(
                    {"run_id": run_id, "status": fault.pop("said"), "progress": 10}
                )
            await asyncio.to_thread(_post_fault, self._sandbox, fault)
        return await self._watcher.watch(run_id, started_at=started_at)


def _submission(r: Rig, row: BatchRow, key: str | None = None, sent_at: float = 0.0) -> Submission:
    return Submission(
        technique_id=r.technique_id,
        workspace_id=r.workspace_id,
        inputs=row.inputs,
        idempotency_key=key or row.idempotency_key,
        sent_at=sent_at,
        technique_name="Background Remover",
    )


async def _made(r: Rig, row: BatchRow) -> RunStart:
    """FLORA makes ``row``'s run with the row's key (the request that left)."""
    return await r.client.runs.start_technique(
        technique_id=r.technique_id,
        workspace_id=r.workspace_id,
        inputs=dict(row.inputs),
        idempotency_key=row.idempotency_key,
    )


async def _sent_and_lost(r: Rig, row: BatchRow, sent_at: float) -> None:
    """The row's press written and its request sent at ``sent_at``; the answer never came
    (the app was killed): on disk the row is ``sending``, as the runner leaves it."""
    journal = SubmissionJournal(r.history, r.client.base_url, clock=lambda: sent_at)
    await journal.write(_submission(r, row, sent_at=sent_at))
    await r.store.update_row(row, state="sending", first_sent_at=sent_at)


@pytest.mark.parametrize(
    "status", ["cancelled", "expired", "queued_v2", "x" * 5000, "bad \ud83d\x07 word"]
)
async def test_a_status_the_app_does_not_know_keeps_the_row_and_its_run_never_billed_again(
    sandbox: SandboxServer, tmp_path: Path, status: str
) -> None:
    reset_sandbox(sandbox, run_seconds=RUN_SECONDS)
    async with rig(sandbox, tmp_path) as r:
        batch = await r.batch(2)
        real_watcher = r.watcher
        r.watcher = _FloraSays(real_watcher, sandbox, {"mode": "body", "said": status})  # type: ignore[assignment]
        progress = await r.runner(batch).run()
        rows = await r.store.rows(batch.batch_id)
        assert [row.state for row in rows] == ["running", "running"]
        assert all(row.unclear and row.run_id and not row.retryable for row in rows)
        assert progress.failed == 0
        assert progress.not_known == 2
        assert progress.stop_reason is STOP_UNCLEAR
        for row in rows:
            assert row.error is not None
            assert row.error.startswith("FLORA did not say how this row is going.")
            assert "will not be started again" in row.error
            assert len(row.error) < 600  # a huge status is cut, not copied whole
            if status.isprintable() and len(status) < 40:
                assert f"“{status}”" in row.error
            # Watched on, but bounded: a few watches of a few polls each, then it stops.
            polls = await asyncio.to_thread(_requests, sandbox, f"/api/v1/runs/{row.run_id}")
            assert polls == UNCLEAR_WATCH_ROUNDS * UNKNOWN_STATUS_POLLS
        # "Retry failed rows" has nothing to start: these rows' runs may be working.
        assert await r.store.retry_failed(batch.batch_id) == 0

        # Later FLORA says how they went: a resume watches the same runs, sends nothing.
        await asyncio.to_thread(_clear_faults, sandbox)
        r.watcher = real_watcher
        again = await r.runner(batch).run()
        after = await r.store.rows(batch.batch_id)
    assert again.completed == 2
    assert again.not_known == 0
    assert [row.run_id for row in after] == [row.run_id for row in rows]
    assert all(row.error is None for row in after)
    assert len(sandbox_get(sandbox, "runs")) == 2


@pytest.mark.parametrize("answer", [404, 410])
async def test_a_run_whose_polls_cannot_tell_is_not_failed_and_not_started_again(
    sandbox: SandboxServer, tmp_path: Path, answer: int
) -> None:
    reset_sandbox(sandbox, run_seconds=RUN_SECONDS)
    async with rig(sandbox, tmp_path) as r:
        batch = await r.batch(1)
        r.watcher = _FloraSays(r.watcher, sandbox, {"status": answer})  # type: ignore[assignment]
        progress = await r.runner(batch).run()
        (row,) = await r.store.rows(batch.batch_id)
        assert await r.store.retry_failed(batch.batch_id) == 0
    assert row.state == "running"
    assert row.unclear
    assert row.error is not None
    assert "will not be started again" in row.error
    assert progress.stop_reason is STOP_UNCLEAR
    assert len(sandbox_get(sandbox, "runs")) == 1


@pytest.mark.parametrize("someone_elses_run", [False, True])
async def test_a_row_unsure_past_its_keys_lifetime_ends_in_doubt_and_sends_nothing(
    sandbox: SandboxServer, tmp_path: Path, someone_elses_run: bool
) -> None:
    """Sent three hours ago, its answer lost; FLORA has no run of that moment. The row ends
    saying so, without a resend (FLORA forgot its key) or a new key (a second bill). A run
    someone started since (another app, the web) is not taken for it."""
    reset_sandbox(sandbox, run_seconds=RUN_SECONDS)
    sent = time.time() - 3 * HOURS
    async with rig(sandbox, tmp_path) as r:
        batch = await r.batch(1)
        (row,) = await r.store.rows(batch.batch_id)
        await _sent_and_lost(r, row, sent)
        if someone_elses_run:
            await r.client.runs.start_technique(
                technique_id=r.technique_id,
                workspace_id=r.workspace_id,
                inputs={"image": IMAGE.format(99)},
            )
        progress = await r.runner(batch, sleep=_instant, out_dir=tmp_path).run()
        (row,) = await r.store.rows(batch.batch_id)
        assert await r.store.retry_failed(batch.batch_id) == 0
        (kept,) = await r.store.rows(batch.batch_id)
    # The manifest says it too, for whoever reads the folder.
    with (tmp_path / "manifest.csv").open(newline="", encoding="utf-8") as handle:
        (line,) = csv.DictReader(handle)
    assert line["status"] == "not known — see error"
    assert line["error"] == row.error
    assert row.state == "failed"
    assert row.run_id is None
    assert row.in_doubt
    assert not row.retryable
    assert kept.state == "failed"
    assert kept.idempotency_key == row.idempotency_key
    assert progress.not_known == 1
    assert row.error is not None
    assert time.strftime("%Y-%m-%d %H:%M", time.localtime(sent)) in row.error
    assert "Look in History" in row.error
    assert _requests(sandbox, RUNS, "POST") == (1 if someone_elses_run else 0)
    assert len(sandbox_get(sandbox, "runs")) == (1 if someone_elses_run else 0)


async def test_a_row_unsure_past_its_keys_lifetime_still_finds_its_own_run(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """Its run was made when it was sent: a look-up three hours later (FLORA's clock and
    ours agree) matches it, and the row ends as the run did; nothing is sent."""
    reset_sandbox(sandbox, run_seconds=RUN_SECONDS)
    now = time.time()
    async with rig(sandbox, tmp_path) as r:
        batch = await r.batch(1)
        (row,) = await r.store.rows(batch.batch_id)
        await _sent_and_lost(r, row, now)
        made = await _made(r, row)
        await asyncio.to_thread(
            httpx.post, f"{sandbox.root_url}/_sandbox/clock", json={"advance": 3 * HOURS}
        )
        later = r.runner(batch, sleep=_instant, clock=lambda: time.time() + 3 * HOURS)
        progress = await later.run()
        (row,) = await r.store.rows(batch.batch_id)
    assert row.run_id == made.run_id
    assert row.state == "completed"
    assert progress.not_known == 0
    assert _requests(sandbox, RUNS, "POST") == 1  # the lost one only: no resend, past 2 h
    assert 3 * HOURS > RESEND_WINDOW_SECONDS


@pytest.mark.parametrize("rival_made_a_run", [True, False])
async def test_an_unsure_row_is_not_matched_while_another_windows_press_could_own_the_run(
    sandbox: SandboxServer, tmp_path: Path, rival_made_a_run: bool
) -> None:
    """Another window pressed Run on the same technique at the same moment and its answer
    is not in yet. Whichever run is the row's cannot be told, so none is taken (the old
    match took the run created closest to the send: either one). Once the other press is
    settled, the row's own run is the only one left, and it is matched."""
    reset_sandbox(sandbox, run_seconds=RUN_SECONDS)
    now = time.time()
    async with rig(sandbox, tmp_path) as r:
        batch = await r.batch(1)
        (row,) = await r.store.rows(batch.batch_id)
        await _sent_and_lost(r, row, now)
        ours = await _made(r, row)
        rival = _submission(r, row, key="other-window-press", sent_at=now)
        await r.journal.write(rival)
        rival_run = None
        if rival_made_a_run:
            rival_run = await r.client.runs.start_technique(
                technique_id=r.technique_id,
                workspace_id=r.workspace_id,
                inputs=dict(row.inputs),  # the same inputs, too
                idempotency_key=rival.idempotency_key,
            )
        progress = await r.runner(batch, sleep=_instant).run()
        (unsure,) = await r.store.rows(batch.batch_id)
        assert unsure.state == "accepted"  # FLORA has it (409); which run is not known
        assert unsure.run_id is None
        assert progress.stop_reason is STOP_LOST

        # The other window hears back: its run is its own (or it made none).
        if rival_run is not None:
            await r.journal.answered(rival, rival_run.run_id)
        else:
            await r.journal.no_run(rival.idempotency_key)
        again = await r.runner(batch, sleep=_instant).run()
        (row,) = await r.store.rows(batch.batch_id)
    assert row.run_id == ours.run_id
    assert again.completed == 1
    assert len(sandbox_get(sandbox, "runs")) == (2 if rival_made_a_run else 1)
