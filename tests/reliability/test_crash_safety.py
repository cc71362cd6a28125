"""Hard kills (SIGKILL) of the real app: the draft comes back, the run is watched again, and the
history file is intact. The app runs in a child process driven by ``harness``."""

from __future__ import annotations

import asyncio
import json
import signal
import time
from pathlib import Path

import httpx
import pytest

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore
from tests.conftest import reset_sandbox
from tests.reliability.conftest import AppProcess, Observe, add_fault, child_env, sandbox_get

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

DRAFT_WAIT_S = 20.0
# Long enough that the run is still going when the app is killed and restarted.
RUN_SECONDS = 60.0
RUNS = "/api/v1/runs/technique"
TYPED = "https://images.unsplash.com/photo-typed-before-the-crash.png"


def draft_holds(drafts: Path, text: str) -> bool:
    for path in drafts.glob("*.json"):
        try:
            if text in path.read_text(encoding="utf-8"):
                return True
        except OSError:
            continue
    return False


def test_draft_is_back_after_a_hard_kill_mid_edit(
    sandbox: SandboxServer, tmp_path: Path, observe: Observe
) -> None:
    env = child_env(tmp_path, FLORA_API_KEY=sandbox.api_key)
    drafts = tmp_path / "flora" / "data" / "drafts"
    editing = AppProcess.start(env, "edit", sandbox.api_url, TYPED)
    try:
        editing.expect("TYPED ")
        deadline = time.monotonic() + DRAFT_WAIT_S
        # The editor saves after a short pause in typing; kill right after that write.
        while not draft_holds(drafts, TYPED):
            assert editing.process.poll() is None, editing.finish()[1][-2000:]
            assert time.monotonic() < deadline, "the draft was never written"
            time.sleep(0.02)
        editing.kill()
    finally:
        editing.ensure_dead()
    assert editing.process.returncode == -signal.SIGKILL
    assert not list(drafts.glob(".*.tmp")), "a half-written draft was left behind"

    reading = AppProcess.start(env, "read", sandbox.api_url)
    try:
        shown = json.loads(reading.expect("READ "))
        _out, stderr = reading.finish()
    finally:
        reading.ensure_dead()
    assert reading.process.returncode == 0, stderr[-2000:]
    values = {row["key"]: row["value"] for row in shown["rows"]}
    assert values["input_image"] == TYPED
    assert sandbox_get(sandbox, "runs") == []
    observe(
        "crash",
        "SIGKILL of the app half a second after typing into an input (no shut-down code runs)",
        "on restart, choosing the technique shows the value as typed",
        "draft file whole (no temp file left); value identical; nothing was sent",
    )


def test_run_in_flight_is_watched_again_after_a_hard_kill(
    sandbox: SandboxServer, tmp_path: Path, observe: Observe
) -> None:
    reset_sandbox(sandbox, run_seconds=RUN_SECONDS)
    env = child_env(tmp_path, FLORA_API_KEY=sandbox.api_key)
    starting = AppProcess.start(env, "inflight", sandbox.api_url)
    try:
        run_id = starting.expect("STARTED ")
        starting.kill()
    finally:
        starting.ensure_dead()
    assert starting.process.returncode == -signal.SIGKILL
    history_file = tmp_path / "flora" / "data" / HISTORY_FILE_NAME
    assert history_file.exists()

    resuming = AppProcess.start(env, "resume", sandbox.api_url, run_id)
    try:
        assert resuming.expect("WATCHING ") == run_id
        finish_runs_now(sandbox, RUN_SECONDS)  # the run ends on the server's clock, not ours
        final = resuming.expect("FINISHED ")
        _out, stderr = resuming.finish()
    finally:
        resuming.ensure_dead()
    assert resuming.process.returncode == 0, stderr[-2000:]
    assert final == "completed"
    runs = sandbox_get(sandbox, "runs")
    assert [r["run_id"] for r in runs] == [run_id], "no run may start again on restart"

    ok, stored = asyncio.run(_check_history(history_file, sandbox.api_url, run_id))
    assert ok
    assert stored == "completed"
    observe(
        "crash",
        "SIGKILL of the app while a run it started is still running on the server",
        "on restart the Runs panel lists the run, polls it and shows it finish",
        "watched again (not started again: still 1 run); history passes PRAGMA "
        "integrity_check and records the final status",
    )


def finish_runs_now(sandbox: SandboxServer, seconds: float) -> None:
    """Move the sandbox's clock past every run's end (``POST /_sandbox/clock``)."""
    with httpx.Client(verify=False, timeout=10) as control:  # plain http on loopback
        control.post(f"{sandbox.root_url}/_sandbox/clock", json={"advance": seconds})


def test_kill_between_send_and_answer_finds_the_run_and_never_bills_twice(
    sandbox: SandboxServer, tmp_path: Path, observe: Observe
) -> None:
    reset_sandbox(sandbox, run_seconds=1.0)
    env = child_env(tmp_path, FLORA_API_KEY=sandbox.api_key)
    # FLORA creates the run, then holds the answer far longer than the test lives.
    add_fault(sandbox, path=RUNS, method="POST", mode="slow", delay_ms=60_000, when="after")
    pressing = AppProcess.start(env, "sending", sandbox.api_url)
    try:
        pressing.expect("SENDING")
        deadline = time.monotonic() + DRAFT_WAIT_S
        while not sandbox_get(sandbox, "runs"):
            assert pressing.process.poll() is None, pressing.finish()[1][-2000:]
            assert time.monotonic() < deadline, "FLORA never created the run"
            time.sleep(0.02)
        pressing.kill()
    finally:
        pressing.ensure_dead()
    assert pressing.process.returncode == -signal.SIGKILL
    (created,) = sandbox_get(sandbox, "runs")
    history_file = tmp_path / "flora" / "data" / HISTORY_FILE_NAME
    # Written before the request left: the key FLORA received is on disk, unanswered.
    noted = _submissions(history_file)
    assert noted == [(created["idempotency_key"], "sending")]

    restarting = AppProcess.start(env, "recover", sandbox.api_url)
    try:
        found = restarting.expect("FOUND ")
        notice = restarting.expect("NOTICE ")
        panel = restarting.expect("PANEL ")
        shown_runs = restarting.expect("RUNS ")
        final = restarting.expect("FINISHED ")
        _out, stderr = restarting.finish()
    finally:
        restarting.ensure_dead()
    assert restarting.process.returncode == 0, stderr[-2000:]
    assert found == created["run_id"]
    assert notice == "Your last run did start"
    # The panel says "already started", then follows the run live ("Running", "Done"):
    # which one the child prints depends on when FLORA's first poll answers.
    assert panel.startswith(("This run was already started", "Running", "Done")), panel
    assert created["run_id"] in panel
    assert shown_runs == "1"
    assert final == "completed"
    assert [r["run_id"] for r in sandbox_get(sandbox, "runs")] == [created["run_id"]]
    posts = [r for r in sandbox_get(sandbox, "requests") if r["path"] == RUNS]
    assert len(posts) == 1, "the restart sent the press again"
    assert _submissions(history_file) == [(created["idempotency_key"], "answered")]
    observe(
        "crash",
        "SIGKILL of the app after FLORA created the run but before its answer arrived",
        f"on restart: “{notice}”; the launcher shows the run (“{panel.split(' run_')[0]}”), "
        "the Runs panel lists and watches it to the end",
        "the press's key was on disk before the answer; found through FLORA's list without "
        "sending anything: 1 POST, 1 run at FLORA",
    )


def _submissions(path: Path) -> list[tuple[str, str]]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return [
            (str(k), str(s))
            for k, s in conn.execute("SELECT idempotency_key, state FROM submissions").fetchall()
        ]
    finally:
        conn.close()


async def _check_history(path: Path, base_url: str, run_id: str) -> tuple[bool, str | None]:
    async with HistoryStore(path) as store:
        ok = await store.integrity_check()
        record = await store.get(run_id, base_url=base_url)
    return ok, record.status if record is not None else None
