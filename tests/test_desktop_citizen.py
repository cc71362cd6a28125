"""The app as a desktop process: one instance, SIGTERM shut-down, native crash log, WM_CLASS.

Real ``python -m flora_desktop`` processes on the embedded sandbox, offscreen (or a real
Xvfb for WM_CLASS), each below its own ``FLORA_DESKTOP_HOME``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from flora_desktop.services.presets import Preset, document_for

START_TIMEOUT_S = 60.0
EXIT_TIMEOUT_S = 30.0


class App:
    """A running app process whose stderr (its log) is collected line by line."""

    def __init__(self, home: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.env = {
            **os.environ,
            "FLORA_DESKTOP_HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen",
            **(env or {}),
        }
        self.env.pop("FLORA_API_KEY", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "flora_desktop", "--sandbox", *args],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line)

    @property
    def log(self) -> str:
        return "".join(self.lines)

    def wait_for(self, text: str, timeout: float = START_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.log:
            if self.process.poll() is not None and not self._reader.is_alive():
                pytest.fail(f"the app exited ({self.process.returncode}) before {text!r}:\n"
                            f"{self.log[-3000:]}")  # fmt: skip
            if time.monotonic() > deadline:
                pytest.fail(f"no {text!r} within {timeout} s:\n{self.log[-3000:]}")
            time.sleep(0.05)

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        code = self.process.wait(EXIT_TIMEOUT_S)
        self.close()
        return code

    def close(self) -> None:
        self._reader.join(5)
        if self.process.stderr is not None:
            self.process.stderr.close()


@pytest.fixture
def apps() -> Iterator[list[App]]:
    started: list[App] = []
    yield started
    for app in started:
        if app.process.poll() is None:
            app.process.kill()
            app.process.wait(10)
        app.close()


def launch(home: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FLORA_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "flora_desktop", *args],
        env=env, cwd=cwd, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_sigterm_saves_like_closing_and_a_second_launch_hands_over(
    tmp_path: Path, apps: list[App]
) -> None:
    home = tmp_path / "home"
    first = App(home)
    apps.append(first)
    first.wait_for("connected:")
    # A later launch, from another folder with a relative path: the first imports the file.
    presets = tmp_path / "files" / "portraits.florapreset"
    presets.parent.mkdir()
    document = document_for("tech_portrait", [Preset("Warm light", {"prompt": "warm"})])
    presets.write_text(json.dumps(document), encoding="utf-8")
    second = launch(home, presets.name, cwd=presets.parent)
    assert second.returncode == 0, second.stderr
    assert "painted" not in second.stderr  # it opened no window of its own
    first.wait_for("imported presets from a file the desktop opened")
    stored = list((home / "data").rglob("*.json"))
    assert any("Warm light" in p.read_text(encoding="utf-8") for p in stored), stored

    assert first.stop(signal.SIGTERM) == 0, first.log[-3000:]
    assert "FLORA Desktop closed" in first.log
    settings = json.loads((home / "config" / "settings.json").read_text(encoding="utf-8"))
    assert settings.get("window_geometry"), settings
    # Its lock and socket are gone: the next launch is a first instance again.
    third = App(home, "--exit-after-paint")
    apps.append(third)
    assert third.process.wait(START_TIMEOUT_S) == 0, third.log[-3000:]
    third.close()
    assert "first paint showed" in third.log


def test_after_a_native_crash_the_log_has_the_stacks_and_the_next_start_is_first(
    tmp_path: Path, apps: list[App]
) -> None:
    home = tmp_path / "home"
    first = App(home)
    apps.append(first)
    first.wait_for("window painted")
    code = first.stop(signal.SIGSEGV)
    assert code == -signal.SIGSEGV
    crash_log = (home / "logs" / "native-crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in crash_log
    assert "FLORA Desktop" in crash_log  # the start header names the version
    # Its lock file and socket file stayed behind; neither stops the next start.
    assert (home / "config" / "instance.lock").exists()
    second = App(home)
    apps.append(second)
    second.wait_for("window painted")
    assert second.stop(signal.SIGINT) == 0, second.log[-3000:]


def test_benchmark_flags_are_hidden_from_help() -> None:
    done = launch(Path("/nonexistent"), "--help")
    assert done.returncode == 0
    assert "--sandbox" in done.stdout
    assert "--install-desktop-entry" in done.stdout
    assert "exit-after-paint" not in done.stdout


@pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xwininfo")),
    reason="needs Xvfb and xwininfo (scripts/test installs them)",
)
def test_wm_class_matches_the_desktop_entry_when_started_with_python_m(
    tmp_path: Path, apps: list[App]
) -> None:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
        pass_fds=(write,), stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    try:
        # Xvfb writes the number, then a newline: closing early kills it (EPIPE).
        number = b""
        while not number.endswith(b"\n") and (chunk := os.read(read, 16)):
            number += chunk
        os.close(read)
        display = ":" + number.decode().strip()
        app = App(tmp_path / "home", env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": display})
        apps.append(app)
        app.wait_for("window painted")
        env = {**os.environ, "DISPLAY": display}
        tree = subprocess.run(
            ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, check=True
        ).stdout
        # xwininfo -tree shows each window's WM_CLASS: ("instance" "class").
        classes = re.findall(r'"FLORA Desktop": \("([^"]*)" "([^"]*)"\)', tree)
        assert classes, tree
        instance, _class_name = classes[0]
        assert instance == "flora-desktop", tree  # StartupWMClass in the desktop entry
        assert app.stop() == 0
    finally:
        xvfb.terminate()
        xvfb.wait(10)


SESSION_END_DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from flora_desktop import app as flora_app

app = QApplication([sys.argv[0]])

def quit_when_connected() -> None:
    # What a session manager's "die" does: Qt quits on its own, not through the window.
    windows = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
    if windows and windows[0].isVisible() and windows[0].connection is not None:
        timer.stop()
        print("QUITTING", file=sys.stderr, flush=True)
        app.quit()

timer = QTimer()
timer.timeout.connect(quit_when_connected)
timer.start(50)
sys.exit(flora_app.main(["--sandbox"]))
"""


def test_qt_quitting_at_session_end_still_runs_the_whole_shut_down(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "FLORA_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FLORA_API_KEY", None)
    done = subprocess.run(
        [sys.executable, "-c", SESSION_END_DRIVER],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert "QUITTING" in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-3000:]
    assert "finishing the shut-down" in done.stderr
    assert "FLORA Desktop closed" in done.stderr
    settings = json.loads((home / "config" / "settings.json").read_text(encoding="utf-8"))
    assert settings.get("window_geometry")


def test_a_presets_file_given_at_start_is_imported_once_connected(
    tmp_path: Path, apps: list[App]
) -> None:
    home = tmp_path / "home"
    presets = tmp_path / "studio.florapreset"
    document = document_for("tech_studio", [Preset("Soft box", {"prompt": "soft"})])
    presets.write_text(json.dumps(document), encoding="utf-8")
    app = App(home, str(presets))
    apps.append(app)
    app.wait_for("imported presets from a file the desktop opened")
    stored = list((home / "data").rglob("*.json"))
    assert any("Soft box" in p.read_text(encoding="utf-8") for p in stored), stored
    assert app.stop() == 0


def test_without_a_display_it_says_so_instead_of_aborting(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["FLORA_DESKTOP_HOME"] = str(tmp_path / "home")
    done = subprocess.run(
        [sys.executable, "-m", "flora_desktop", "--sandbox"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "needs a desktop session" in done.stderr
    assert "core dumped" not in done.stderr
    assert "qt.qpa" not in done.stderr


def test_the_display_check_only_applies_to_linux_without_any_display() -> None:
    from flora_desktop.app import no_display_message

    assert no_display_message({}, "linux") is not None
    assert no_display_message({"DISPLAY": ":0"}, "linux") is None
    assert no_display_message({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert no_display_message({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display_message({}, "darwin") is None
    assert no_display_message({}, "win32") is None
