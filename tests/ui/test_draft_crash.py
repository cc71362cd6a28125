"""A draft survives a crash: type in the real app, SIGKILL it, start it again, find the text.

The app runs as a user starts it (``--sandbox``, offscreen) in a child process driven by
``draft_crash_driver``; the kill gives it no chance to save anything on the way out.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVER = "tests.ui.draft_crash_driver"
DEADLINE_S = 120.0  # above the driver's own give-up time
POLL_S = 0.05
TYPED = "Read this slowly: the draft must outlive a crash"

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def _env(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("FLORA_", "DBUS_SESSION_BUS_ADDRESS"))
    }
    env.update(QT_QPA_PLATFORM="offscreen", FLORA_DESKTOP_HOME=str(home))
    return env


def _start(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", DRIVER, *args],
        cwd=ROOT,
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _read_line(process: subprocess.Popen[str], prefix: str) -> str:
    """The first stdout line starting with ``prefix``; fails if the app exits first."""
    assert process.stdout is not None
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            _out, err = process.communicate(timeout=DEADLINE_S)
            pytest.fail(f"the app exited ({process.returncode}) before {prefix!r}:\n{err}")
        if line.startswith(prefix):
            return line[len(prefix) :].strip()
    pytest.fail(f"no {prefix!r} line within {DEADLINE_S} s")


def _draft_holds(drafts: Path, text: str) -> bool:
    for path in drafts.glob("*.json"):
        try:
            if text in path.read_text(encoding="utf-8"):
                return True
        except OSError:
            continue
    return False


def test_draft_survives_a_hard_kill_mid_edit(tmp_path: Path) -> None:
    home = tmp_path / "home"
    drafts = home / "data" / "drafts"

    typing = _start(home, "type", TYPED)
    try:
        _read_line(typing, "TYPED ")
        # The editor saves after a short pause in typing; wait for that write, then crash.
        deadline = time.monotonic() + DEADLINE_S
        while not _draft_holds(drafts, TYPED):
            assert typing.poll() is None, typing.communicate()[1]
            assert time.monotonic() < deadline, "the draft was never written"
            time.sleep(POLL_S)
        typing.send_signal(signal.SIGKILL)
        typing.communicate(timeout=DEADLINE_S)
    finally:
        if typing.poll() is None:
            typing.kill()
            typing.communicate()
    assert typing.returncode == -signal.SIGKILL

    reading = _start(home, "read")
    try:
        shown = json.loads(_read_line(reading, "READ "))
        _out, stderr = reading.communicate(timeout=DEADLINE_S)
    finally:
        if reading.poll() is None:
            reading.kill()
            reading.communicate()
    assert shown["value"] == TYPED
    assert reading.returncode == 0, stderr
    assert "Traceback" not in stderr
