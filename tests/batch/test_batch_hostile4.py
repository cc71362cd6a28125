"""Hostile review 4 of the batch runner: one click never bills two runs, nothing paid is lost.

- a refusal (400/402/…) of a *resend* says nothing about the first send of the same key,
  whose answer was lost: that row may have a run, so it is looked up, never "nothing
  charged" (which "Retry failed rows" would start again with a new key);
- two runners on one batch at once (the window and ``flora-desktop batch``): a row the
  other one already sent is never sent again from a stale copy of it, even after FLORA
  forgot its key (2 h, CONTRACT §9.7);
- an unsure row is matched only after the run listing was read to the end of its window:
  a listing that stops early (a cursor that comes back) is no proof that the one run seen
  is the row's.

Real HTTP against the sandbox; faults and verbatim bodies through ``/_sandbox/faults``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch import BatchRunner
from flora_desktop.services.batch_store import Batch, BatchRow, BatchStore
from flora_desktop.services.submit import Submission
from tests.batch.support import Rig, fast_folder, rig, sandbox_get

pytestmark = pytest.mark.asyncio

RUNS = "/api/v1/runs/technique"
LISTING = "/api/v1/technique-runs"
HOURS = 3600.0


def _fault(sandbox: SandboxServer, **fault: Any) -> None:
    httpx.post(
        f"{sandbox.root_url}/_sandbox/faults",
        content=json.dumps(fault),
        headers={"Content-Type": "application/json"},
    ).raise_for_status()


def _advance(sandbox: SandboxServer, seconds: float) -> None:
    httpx.post(f"{sandbox.root_url}/_sandbox/clock", json={"advance": seconds}).raise_for_status()


@pytest.mark.parametrize(
    "refusal",
    [
        {"status": 400, "code": "input_validation_error"},
        {"status": 402, "code": "insufficient_credits"},
        {"status": 404, "code": "not_found"},
    ],
    ids=["refused", "no-credits", "not-found"],
)
async def test_a_refused_resend_of_a_row_whose_first_answer_was_lost_is_never_billed_again(
    sandbox: SandboxServer, tmp_path: Path, refusal: dict[str, Any]
) -> None:
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        # The first send makes the run, its answer is lost; the resend (same key) is refused.
        _fault(sandbox, method="POST", path=RUNS, mode="drop", when="after")
        _fault(sandbox, method="POST", path=RUNS, **refusal)
        await r.runner(batch).run()
        made = sandbox_get(sandbox, "runs")
        assert len(made) == 1
        # Whatever the batch says now, no button may start this row with a new key...
        await r.store.retry_failed(batch.batch_id)
        # ...and a later resume (FLORA may have forgotten its key by then) bills nothing new.
        _advance(sandbox, 3 * HOURS)
        await r.runner(batch).run()
        assert len(sandbox_get(sandbox, "runs")) == 1, "the row was billed twice"
        [row] = await r.store.rows(batch.batch_id)
        # The paid-for run is the row's (or it is plainly in doubt), never "nothing charged".
        assert row.run_id == made[0]["run_id"] or row.in_doubt or row.state != "failed"


def _row_press(batch: Batch, row: BatchRow, sent_at: float) -> Submission:
    """The journal line of ``row``'s press, sent at ``sent_at``."""
    return Submission(
        technique_id=batch.technique_id,
        workspace_id=batch.workspace_id,
        inputs=row.inputs,
        idempotency_key=row.idempotency_key,
        sent_at=sent_at,
    )


async def _lost_answer(r: Rig, batch: Batch, row: BatchRow, *, sent_at: float) -> None:
    """``row``'s press written at ``sent_at`` and its run made at FLORA with the row's key;
    the answer never came back."""
    await r.journal.write(_row_press(batch, row, sent_at))
    await r.client.runs.start_technique(
        technique_id=batch.technique_id,
        workspace_id=batch.workspace_id,
        inputs=dict(row.inputs),
        idempotency_key=row.idempotency_key,
    )


def _other_process(r: Rig, batch: Batch) -> tuple[BatchRunner, asyncio.Event]:
    """A second runner of ``batch`` with its own store on the same history file (the window
    beside the command line), and an event set once it has read the rows' presses."""
    prepared = asyncio.Event()
    other_store = BatchStore(r.history, r.client.base_url)
    presses = other_store.presses

    async def read_presses(batch_id: str) -> dict[str, tuple[str, float]]:
        found = await presses(batch_id)
        prepared.set()
        return found

    other_store.presses = read_presses  # type: ignore[method-assign]
    other = r.runner(batch, concurrency=1)
    other._store = other_store
    return other, prepared


async def test_the_window_and_the_command_line_on_one_batch_never_send_a_row_twice(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(2)
        # "The other process": its own store on the same history file, reading rows first.
        other, prepared = _other_process(r, batch)
        other.pause()  # the window paused (or slow to get to its rows)
        other_task = asyncio.create_task(other.run())
        await asyncio.wait_for(prepared.wait(), 10)
        # Meanwhile the command line runs the whole batch.
        first = await r.runner(batch).run()
        assert first.completed == 2
        assert len(sandbox_get(sandbox, "runs")) == 2
        # Hours later (FLORA has forgotten the keys) the window goes on.
        _advance(sandbox, 3 * HOURS)
        other.resume()
        await asyncio.wait_for(other_task, 30)
        assert len(sandbox_get(sandbox, "runs")) == 2, "a row was billed twice"


def _listed(run_id: str, technique_id: str, workspace_id: str, created_ms: float) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "technique_run_id": run_id,
        "status": "completed",
        "progress": 1,
        "created_at": created_ms,
        "project_id": "prj_other",
        "workspace_id": workspace_id,
        "technique": {"name": "Background Remover", "technique_id": technique_id},
    }


async def test_a_run_listing_that_stops_early_matches_no_run(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        # The run is made, the answer says "duplicate" (no run id): the row is looked up.
        duplicate = {"status": 409, "code": "idempotency_duplicate", "when": "after"}
        _fault(sandbox, method="POST", path=RUNS, **duplicate)
        stranger = _listed("run_stranger", r.technique_id, r.workspace_id, time.time() * 1000)
        # Page one shows a run nothing here owns; page two gives page one's cursor again
        # (the row's own run, further on, is never shown): nothing proves the stranger is it.
        later = _listed("run_later", r.technique_id, r.workspace_id, (time.time() + 86400) * 1000)
        first_page = {"technique_runs": [stranger], "meta": {"next_cursor": "c1"}}
        looping_page = {"technique_runs": [later], "meta": {"next_cursor": "c1"}}
        _fault(sandbox, method="GET", path=LISTING, mode="body", body=json.dumps(first_page))
        _fault(sandbox, method="GET", path=LISTING, mode="body", body=json.dumps(looping_page))
        await r.runner(batch).run()
        [made] = sandbox_get(sandbox, "runs")
        [row] = await r.store.rows(batch.batch_id)
        assert row.run_id != "run_stranger", "matched a run it could not tell was the row's"
        assert row.run_id == made["run_id"]
        assert row.state == "completed"


async def _instant(_seconds: float) -> None:
    """The runner's pauses between look-ups, made instant (these find nothing)."""
    await asyncio.sleep(0)


async def test_a_press_written_under_a_clock_set_ahead_is_never_resent_after_the_clock_is_fixed(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """The computer's clock was a day ahead when the row was sent (then the app crashed);
    NTP has set it right since. The press's age is unknown, not "a day to go": resent,
    FLORA (which forgot the key) bills it again."""

    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        [row] = await r.store.rows(batch.batch_id)
        ahead = time.time() + 24 * HOURS
        # The request left (FLORA made the run), then the app died before the answer.
        await _lost_answer(r, batch, row, sent_at=ahead)
        _advance(sandbox, 3 * HOURS)  # FLORA forgot the key
        progress = await r.runner(batch, sleep=_instant).run()
        assert len(sandbox_get(sandbox, "runs")) == 1, "the row was billed twice"
        [row] = await r.store.rows(batch.batch_id)
        # Never left "in progress" for ever either: it ends in doubt (the user decides).
        assert row.in_doubt, row
        assert progress.not_known == 1


async def test_a_row_run_again_whose_resend_is_refused_stays_one_whose_first_run_may_exist(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """In doubt, then "Run again" (the user's word, for one more run at most): FLORA
    refuses the resend (400). That says nothing of the first send, whose run may exist and
    be billed: the row must not become "refused, nothing charged", which Retry starts again
    with a new key (a second extra run the user never agreed to)."""

    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        [row] = await r.store.rows(batch.batch_id)
        sent = time.time() - 3 * HOURS
        # The first send made its run; the answer was lost; hours later it is in doubt.
        await _lost_answer(r, batch, row, sent_at=sent)
        _advance(sandbox, 3 * HOURS)
        # Meanwhile a run of the technique nothing here owns (made on FLORA's website).
        await r.client.runs.start_technique(
            technique_id=batch.technique_id,
            workspace_id=batch.workspace_id,
            inputs={"image": "https://images.unsplash.com/photo-web.png"},
        )
        await r.store.update_row(row, state="failed", first_sent_at=sent, error="In doubt.")
        [row] = await r.store.rows(batch.batch_id)
        assert row.in_doubt
        assert await r.store.run_again_in_doubt(batch.batch_id) == 1
        _fault(sandbox, method="POST", path=RUNS, status=400, code="input_validation_error")
        await r.runner(batch, sleep=_instant).run()
        [row] = await r.store.rows(batch.batch_id)
        # In doubt again (the user decides again), never the website's run taken for its.
        assert row.in_doubt, row
        assert row.run_id is None
        await r.store.retry_failed(batch.batch_id)
        await r.runner(batch, sleep=_instant).run()
        assert len(sandbox_get(sandbox, "runs")) == 2, "billed again without the user's word"


@pytest.mark.parametrize("stranger", [False, True])
async def test_the_match_reads_every_page_of_its_moment(
    sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stranger: bool
) -> None:
    """One run a page: the row's run is found among its batch's own runs across pages, and
    a run nothing here owns on a later page (made on the website at that moment) is seen:
    then two runs could be the row's, and none is taken."""
    from flora_desktop.services import batch as batch_module

    monkeypatch.setattr(batch_module, "LOOKUP_PAGE", 1)
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        if stranger:
            await r.client.runs.start_technique(
                technique_id=r.technique_id,
                workspace_id=r.workspace_id,
                inputs={"image": "https://images.unsplash.com/photo-web.png"},
            )
        batch = await r.batch(3)
        runner = r.runner(batch, concurrency=1, sleep=_instant)
        # Rows 1 and 2 start as usual; row 3's run is made but its answer is "duplicate".
        done: list[int] = []

        def on_change(row: Any, _progress: Any) -> None:
            if row.state == "completed" and row.index not in done:
                done.append(row.index)
                if len(done) == 2:
                    _fault(
                        sandbox,
                        method="POST",
                        path=RUNS,
                        status=409,
                        code="idempotency_duplicate",
                        when="after",
                    )

        runner._on_change = on_change
        await runner.run()
        made = {run["idempotency_key"]: run["run_id"] for run in sandbox_get(sandbox, "runs")}
        rows = await r.store.rows(batch.batch_id)
        assert [row.state for row in rows[:2]] == ["completed", "completed"]
        if stranger:
            assert rows[2].run_id is None, "took a run that may be the website's"
        else:
            assert rows[2].run_id == made[rows[2].idempotency_key]
            assert rows[2].state == "completed"


async def test_a_resend_after_the_computer_slept_past_the_keys_lifetime_is_never_sent(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """The answer to a row's send is lost; while the app waits to send it again (a backoff,
    a 429's pause) the laptop sleeps for hours. FLORA has forgotten the key by the time it
    wakes: the resend would start a second, billed run. It is looked up instead."""
    offset = [0.0]

    def clock() -> float:
        return time.time() + offset[0]

    async def sleep(seconds: float) -> None:
        if not offset[0]:
            offset[0] = 3 * HOURS  # the lid closed during this pause
            _advance(sandbox, 3 * HOURS)
        await asyncio.sleep(0)

    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        _fault(sandbox, method="POST", path=RUNS, mode="drop", when="after")
        await r.runner(batch, clock=clock, sleep=sleep).run()
        made = sandbox_get(sandbox, "runs")
        assert len(made) == 1, "the row was billed twice"
        [row] = await r.store.rows(batch.batch_id)
        assert row.run_id == made[0]["run_id"]
        assert row.state == "completed"


async def test_a_press_answered_elsewhere_during_the_look_up_never_lends_its_run(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """After a crash, a row whose request never reached FLORA is looked up (too old to
    resend). While the look-up reads FLORA's list, the command line (another batch, same
    technique) sends a row and records its answer. That run is the command line's: it was
    neither "owned" when this look-up began nor a press still waiting when it ended, but it
    must never be taken as this row's (whose outputs would be another row's pictures)."""
    from flora_desktop.services.submit import Submission

    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        [row] = await r.store.rows(batch.batch_id)
        await r.journal.write(_row_press(batch, row, time.time() - 101 * 60))
        runner = r.runner(batch, sleep=_instant)
        owned = r.store.known_run_ids
        elsewhere: list[str] = []

        async def known_then_the_command_line_sends() -> set[str]:
            found = await owned()
            if not elsewhere:
                other = Submission(
                    technique_id=batch.technique_id,
                    workspace_id=batch.workspace_id,
                    inputs={"image": "https://images.unsplash.com/photo-cli.png"},
                )
                await r.journal.write(other)
                start = await r.client.runs.start_technique(
                    technique_id=other.technique_id,
                    workspace_id=other.workspace_id,
                    inputs=dict(other.inputs),
                    idempotency_key=other.idempotency_key,
                )
                await r.journal.answered(other, start.run_id, start)
                elsewhere.append(start.run_id)
            return found

        r.store.known_run_ids = known_then_the_command_line_sends  # type: ignore[method-assign]
        await runner.run()
        [row] = await r.store.rows(batch.batch_id)
        assert elsewhere
        assert row.run_id != elsewhere[0], "took the command line's run for this row's"
        assert row.in_doubt


async def test_a_run_list_with_an_entry_past_reading_still_lets_an_old_unsure_row_end(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """FLORA's run list always holds one entry this app cannot read. An unsure row past its
    key's lifetime must still end (in doubt: the user looks in History), not stay "in
    progress" through every resume, hiding Retry and Run again for ever."""

    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        [row] = await r.store.rows(batch.batch_id)
        await r.journal.write(_row_press(batch, row, time.time() - 101 * 60))
        broken = {"technique_runs": [{"run_id": 5}], "meta": {}}
        _fault(
            sandbox, method="GET", path=LISTING, mode="body", body=json.dumps(broken), count=None
        )
        progress = await r.runner(batch, sleep=_instant).run()
        [row] = await r.store.rows(batch.batch_id)
        assert row.in_doubt, row
        assert progress.ended == 1
        assert sandbox_get(sandbox, "runs") == []


async def test_a_row_retried_in_the_window_is_never_sent_with_its_old_key_by_the_command_line(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """The command line read the batch, then waited. Meanwhile the window ran it: FLORA
    refused row 1 (nothing charged), the user pressed "Retry failed rows" (a new key, one
    new run agreed to) and it ran. The command line's copy of row 1 still has the old key:
    sent, FLORA (which made nothing with it) bills a second run for the one retry."""
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        other, prepared = _other_process(r, batch)
        other.pause()
        other_task = asyncio.create_task(other.run())
        await asyncio.wait_for(prepared.wait(), 10)
        _fault(sandbox, method="POST", path=RUNS, status=400, code="input_validation_error")
        await r.runner(batch).run()
        assert await r.store.retry_failed(batch.batch_id) == 1
        assert (await r.runner(batch).run()).completed == 1
        assert len(sandbox_get(sandbox, "runs")) == 1
        other.resume()
        await asyncio.wait_for(other_task, 30)
        assert len(sandbox_get(sandbox, "runs")) == 1, "one retry, billed twice"


@pytest.mark.parametrize("junk", [0, -5, 1e20], ids=["zero", "negative", "far-future"])
async def test_a_run_list_with_a_stamp_past_belief_matches_no_run(
    sandbox: SandboxServer, tmp_path: Path, junk: float
) -> None:
    """FLORA's list shows a run nothing here owns, then an entry whose time is garbage
    (1970, negative, the year 3 billion), then the row's own run. Read as "older than the
    row" the garbage ends the reading; read as "not of that moment" it is left out: either
    way the stranger looks like the only run, and the row would take its pictures."""
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        duplicate = {"status": 409, "code": "idempotency_duplicate", "when": "after"}
        _fault(sandbox, method="POST", path=RUNS, **duplicate)
        now_ms = time.time() * 1000
        page = {
            "technique_runs": [
                _listed("run_stranger", r.technique_id, r.workspace_id, now_ms),
                _listed("run_junk", r.technique_id, r.workspace_id, junk),
            ],
            "meta": {},
        }
        _fault(sandbox, method="GET", path=LISTING, mode="body", body=json.dumps(page))
        await r.runner(batch).run()
        [made] = sandbox_get(sandbox, "runs")
        [row] = await r.store.rows(batch.batch_id)
        assert row.run_id not in ("run_stranger", "run_junk"), "matched a run it could not tell"
        assert row.run_id == made["run_id"]


@pytest.mark.parametrize("other", ["technique", "workspace"])
async def test_a_run_of_another_technique_or_workspace_is_never_the_rows(
    sandbox: SandboxServer, tmp_path: Path, other: str
) -> None:
    """FLORA's list ignores its filter (or a proxy drops the query): the one run "nobody
    here owns" of that moment is another technique's, or another workspace's. It is not
    the row's run (CONTRACT §5.7: match within technique + workspace)."""
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        # The request never reached FLORA (nothing made), yet the answer was lost.
        _fault(sandbox, method="POST", path=RUNS, mode="drop", count=8)
        technique = "tech_other" if other == "technique" else r.technique_id
        workspace = "ws_other" if other == "workspace" else r.workspace_id
        foreign = _listed("run_foreign", technique, workspace, time.time() * 1000)
        page = {"technique_runs": [foreign], "meta": {}}
        _fault(sandbox, method="GET", path=LISTING, mode="body", body=json.dumps(page), count=None)
        await r.runner(batch, sleep=_instant).run()
        # Later (the batch was stopped: FLORA unreachable), past the key's lifetime.
        later = r.runner(batch, sleep=_instant, clock=lambda: time.time() + 2 * HOURS)
        await later.run()
        [row] = await r.store.rows(batch.batch_id)
        assert row.run_id != "run_foreign"
        assert row.in_doubt


async def test_a_run_flora_says_is_working_for_ever_never_freezes_the_batch(
    sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FLORA says "running" for ever (a stuck job). Each such row holds a place: three of
    them and no row starts again, with nothing said. Watched a bounded while, the row keeps
    its run (never started again: it may be billed), says so, and the batch goes on."""
    from flora_desktop.services import batch as batch_module
    from flora_desktop.services.batch import STOP_UNCLEAR
    from tests.conftest import reset_sandbox

    reset_sandbox(sandbox, run_seconds=10 * HOURS)
    monkeypatch.setattr(batch_module, "MAX_WATCH_SECONDS", 0.5, raising=False)
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(2)
        progress = await asyncio.wait_for(r.runner(batch, concurrency=1).run(), 20)
        assert len(sandbox_get(sandbox, "runs")) == 2  # both rows started, one run each
        assert progress.not_known == 2
        assert progress.stop_reason == STOP_UNCLEAR
        rows = await r.store.rows(batch.batch_id)
        assert all(row.unclear and row.run_id for row in rows)
        # Resume watches the same runs again; nothing is started twice.
        await asyncio.wait_for(r.runner(batch).run(), 20)
        assert len(sandbox_get(sandbox, "runs")) == 2


async def test_a_status_that_goes_unknown_then_known_ends_with_its_one_run(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """Polls say "running", then a word nobody knows (a whole watch's worth), then a
    lone surrogate and control characters, then the real end: the row ends with its
    one run and its outputs, never a second start."""
    from tests.conftest import reset_sandbox

    reset_sandbox(sandbox, run_seconds=0.5)
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        armed: list[str] = []

        def on_change(row: Any, _progress: Any) -> None:
            if row.run_id and not armed:
                armed.append(row.run_id)
                base = {"run_id": row.run_id, "progress": 0.5, "created_at": time.time() * 1000}
                for status, count in (("paused_by_admin", 5), ("bad \ud83d\x07", 5)):
                    body = json.dumps({**base, "status": status})
                    _fault(
                        sandbox,
                        method="GET",
                        path=f"/api/v1/runs/{row.run_id}",
                        mode="body",
                        body=body,
                        count=count,
                    )

        runner = r.runner(batch, on_change=on_change)
        progress = await asyncio.wait_for(runner.run(), 30)
        [row] = await r.store.rows(batch.batch_id)
        assert armed
        assert sandbox_get(sandbox, "faults") == [], "the hostile polls were never made"
        assert len(sandbox_get(sandbox, "runs")) == 1
        assert row.state == "completed", row.error
        assert progress.not_known == 0


async def test_the_main_windows_recovery_never_takes_an_unsure_batch_rows_run(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    from flora_desktop.services.submit import RunSubmitter, RunUnclear, Submission

    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        [row] = await r.store.rows(batch.batch_id)
        # The main window's press: written, then the app died before it left.
        press = Submission(
            technique_id=batch.technique_id,
            workspace_id=batch.workspace_id,
            inputs={"image": "https://images.unsplash.com/photo-main.png"},
            sent_at=time.time() - 1,
        )
        await r.journal.write(press)
        # The batch row's press, sent at the same moment: FLORA made its run, answer lost.
        await _lost_answer(r, batch, row, sent_at=time.time())
        # The app starts again: the main window settles its press first. FLORA has one run
        # of that moment and two presses are unanswered: it is neither taken nor denied.
        with pytest.raises(RunUnclear):
            await RunSubmitter(r.client, r.journal).recover(press)
        assert await r.journal.state_of(press.idempotency_key) == "sending"
        # The same press past the key's lifetime: said once more, then closed, so it no
        # longer keeps the batch row from its run.
        late = dataclasses.replace(press, sent_at=time.time() - 3 * 3600)
        await r.journal.write(late)
        with pytest.raises(RunUnclear):
            await RunSubmitter(r.client, r.journal).recover(late)
        assert await r.journal.state_of(press.idempotency_key) == "no_run"
