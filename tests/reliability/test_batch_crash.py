"""The real app SIGKILLed in the middle of a 50-row batch, restarted: the batch resumes and
FLORA has exactly 50 runs, none twice. The app runs in a child process (``batch_harness``)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.settings import Settings
from tests.conftest import reset_sandbox
from tests.reliability.conftest import ROOT, AppProcess, Observe, child_env, sandbox_get

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

ROWS = 50
# Killed once this many runs exist: well into the batch, with rows in flight.
KILL_AFTER_RUNS = 12
KILL_WAIT_S = 60.0
IMAGE = "https://images.unsplash.com/photo-batch-{}.png"
HARNESS = "tests.reliability.batch_harness"


def _start(env: dict[str, str], log: Path, *args: str) -> AppProcess:
    # The app's debug log goes to a file: a pipe nobody reads would fill and stall the app.
    with log.open("w", encoding="utf-8") as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", HARNESS, *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
    return AppProcess(process)


def _tail(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-2000:]


def test_the_window_killed_mid_batch_resumes_and_starts_every_row_exactly_once(
    sandbox: SandboxServer, tmp_path: Path, observe: Observe
) -> None:
    reset_sandbox(sandbox, run_seconds=0.3)
    env = child_env(tmp_path, FLORA_API_KEY=sandbox.api_key)
    paths = AppPaths.under(tmp_path / "flora")
    paths.ensure()
    settings = Settings(paths.settings_file)
    settings.batch_concurrency = 20  # the batch ends in seconds, not a minute
    settings.output_folder = tmp_path / "outputs"
    settings.save_now()
    csv_path = tmp_path / "rows.csv"
    csv_path.write_text(
        "input_image\n" + "".join(f"{IMAGE.format(i)}\n" for i in range(ROWS)), encoding="utf-8"
    )

    first_log, second_log = tmp_path / "first.log", tmp_path / "second.log"
    first = _start(env, first_log, "batch", sandbox.api_url, str(csv_path))
    try:
        assert first.expect("STARTED ") == str(ROWS)
        deadline = time.monotonic() + KILL_WAIT_S
        while len(sandbox_get(sandbox, "runs")) < KILL_AFTER_RUNS:
            assert first.process.poll() is None, _tail(first_log)
            assert time.monotonic() < deadline, "the batch never got going"
            time.sleep(0.01)
        first.kill()
    finally:
        first.ensure_dead()
    assert first.process.returncode == -signal.SIGKILL
    killed_at = len(sandbox_get(sandbox, "runs"))
    assert KILL_AFTER_RUNS <= killed_at < ROWS, "killed too late to prove anything"

    second = _start(env, second_log, "resume", sandbox.api_url)
    try:
        second.expect("RESUMED ")
        done = second.expect("DONE ")
        second.finish()
    finally:
        second.ensure_dead()
    assert second.process.returncode == 0, _tail(second_log)
    assert done == f"{ROWS} 0"
    runs = sandbox_get(sandbox, "runs")
    assert len(runs) == ROWS
    assert len({run["idempotency_key"] for run in runs}) == ROWS
    # Each row's own input reached FLORA once: no row twice, none left out.
    assert sorted(run["inputs"]["input_image"] for run in runs) == sorted(
        IMAGE.format(i) for i in range(ROWS)
    )
    manifests = list((tmp_path / "outputs").glob("*/manifest.csv"))
    assert len(manifests) == 1
    assert manifests[0].read_text(encoding="utf-8").count("completed") == ROWS
    observe(
        "crash",
        f"SIGKILL of the app's window {killed_at} runs into a {ROWS}-row batch "
        "(20 rows in flight at a time)",
        "on restart the Batch window opens by itself and finishes the batch",
        f"exactly {ROWS} runs at FLORA, {ROWS} distinct keys, each row's input once; "
        "manifest complete",
    )
