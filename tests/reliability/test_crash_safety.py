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
from tests.reliability.conftest import AppProcess, Observe, child_env, sandbox_get

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

DRAFT_WAIT_S = 20.0
# Long enough that the run is still going when the app is killed and restarted.
RUN_SECONDS = 60.0
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


async def _check_history(path: Path, base_url: str, run_id: str) -> tuple[bool, str | None]:
    async with HistoryStore(path) as store:
        ok = await store.integrity_check()
        record = await store.get(run_id, base_url=base_url)
    return ok, record.status if record is not None else None
