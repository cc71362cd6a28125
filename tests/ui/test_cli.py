"""``python -m flora_desktop`` as a user starts it: a real process, offscreen."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROCESS_TIMEOUT_S = 60
ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("FLORA_", "DBUS_SESSION_BUS_ADDRESS"))
    }
    env.update(QT_QPA_PLATFORM="offscreen", FLORA_DESKTOP_HOME=str(home))
    return env


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flora_desktop", *args],
        cwd=ROOT,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=PROCESS_TIMEOUT_S,
        check=False,
    )


def _assert_quiet(stderr: str) -> None:
    for marker in ("Traceback", "WARNING", "ERROR", "Warning:", "CRITICAL"):
        assert marker not in stderr, stderr


def test_sandbox_window_paints_and_exits_cleanly(tmp_path: Path) -> None:
    result = _run(["--sandbox", "--exit-after-paint"], tmp_path / "home")
    assert result.returncode == 0, result.stderr
    _assert_quiet(result.stderr)
    assert "FLORA Desktop closed" in result.stderr
    # Logs went to FLORA_DESKTOP_HOME, not to the user's real folders.
    assert (tmp_path / "home" / "logs" / "flora-desktop.log").is_file()


# Runs the app as ``flora-desktop --sandbox --exit-after-paint`` and says, in the turn after
# the window's first paint, what had been loaded by then.
_AT_FIRST_PAINT = """
import sys
from flora_desktop import app
from flora_desktop.ui.first_paint import FirstPaint

finished = FirstPaint._finished

def said_at_first_paint(self):
    import PySide6.QtCore
    print("asyncio loaded:", "asyncio" in sys.modules, flush=True)
    print("qasync loaded:", "qasync" in sys.modules, flush=True)
    print("Qt enums built:", "Qt" in vars(PySide6.QtCore), flush=True)
    finished(self)

FirstPaint._finished = said_at_first_paint
sys.exit(app.main(["--sandbox", "--exit-after-paint"]))
"""


def test_the_first_paint_needs_neither_asyncio_nor_qts_enums(tmp_path: Path) -> None:
    # Start-up's budget (issue 14): asyncio and qasync's loop (~25 ms) and Qt's namespace of
    # enums (~15 ms) come after the window has painted. Whatever the machine's speed.
    result = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_PAINT],
        cwd=ROOT,
        env=_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=PROCESS_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "asyncio loaded: False",
        "qasync loaded: False",
        "Qt enums built: False",
    ], result.stderr
    assert "first paint showed connectingPage" in result.stderr
    assert "FLORA Desktop closed" in result.stderr


def test_sandbox_session_connects_and_ctrl_c_shuts_down_cleanly(tmp_path: Path) -> None:
    home = tmp_path / "home"
    log_file = home / "logs" / "flora-desktop.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "flora_desktop", "--sandbox"],
        cwd=ROOT,
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + PROCESS_TIMEOUT_S
        # The launcher is up once the window logs its connection.
        while not (log_file.is_file() and "connected: Connection(" in log_file.read_text()):
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "the app never connected to its sandbox"
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _stdout, stderr = process.communicate(timeout=PROCESS_TIMEOUT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    _assert_quiet(stderr)
    assert "source='sandbox'" in stderr
    assert "FLORA Desktop closed" in stderr


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_answer_without_a_window(tmp_path: Path, flag: str) -> None:
    result = _run([flag], tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert "flora-desktop" in result.stdout
    if flag == "--help":
        for option in ("--sandbox", "--base-url", "--debug", "--install-desktop-entry"):
            assert option in result.stdout
        assert "--exit-after-paint" not in result.stdout  # benchmarks only
    assert not (tmp_path / "home").exists()  # nothing created just to print help


def test_unknown_option_is_refused(tmp_path: Path) -> None:
    result = _run(["--no-such-option"], tmp_path / "home")
    assert result.returncode == 2
    # Said in plain words (not argparse's "unrecognized arguments"), naming the option.
    assert "unknown option" in result.stderr
    assert "--no-such-option" in result.stderr
