"""Fixtures of the reliability suite: findings for the report, a loop probe, real launcher pages.

Registers ``report.ReliabilityReport``, which writes ``tests/RELIABILITY.md`` after a full run
of this folder.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.paths import AppPaths
from tests.reliability import report

Observe = Callable[..., None]


def pytest_configure(config: pytest.Config) -> None:
    report.register(config)


@pytest.fixture
def observe(request: pytest.FixtureRequest) -> Observe:
    """``observe(area, tried, sees, checks="")``: one row of RELIABILITY.md for this test."""

    def add(area: str, tried: str, sees: str, checks: str = "") -> None:
        report.record(request.node, report.Finding(area, tried, sees, checks))

    return add


# --- what the user sees ------------------------------------------------------------------------

# Things a person who has never seen JSON must never be shown.
_UNPLAIN = re.compile(
    r"Traceback|Exception|Error\b|\{|\}|\":|<html|<body|</|\bNone\b|\bnull\b|httpx|asyncio"
)


def assert_plain(text: str) -> None:
    """The message is words: not empty, no JSON, markup, exception names or stack traces."""
    assert text.strip(), "no message was shown"
    match = _UNPLAIN.search(text)
    assert match is None, f"not plain words ({match.group(0)!r}): {text!r}"


# --- the loop keeps ticking --------------------------------------------------------------------

PROBE_INTERVAL_MS = 10
# Far above a frame; a loop blocked this long has frozen the window as far as a person sees.
MAX_GAP_S = 1.0


@dataclass
class LoopProbe:
    """A QTimer on the running loop that records how far apart its ticks came."""

    ticks: int = 0
    max_gap: float = 0.0
    _last: float | None = None
    _timer: Any = field(default=None, repr=False)

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        self._timer = QTimer()
        self._timer.setInterval(PROBE_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last = time.monotonic()
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        if self._last is not None:
            self.max_gap = max(self.max_gap, now - self._last)
        self._last = now
        self.ticks += 1

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
            # The stretch since the last tick counts too: a loop blocked until now stalled.
            self._tick()

    def assert_responsive(self, min_ticks: int = 1) -> str:
        """The loop ticked at least ``min_ticks`` times and never stalled past ``MAX_GAP_S``."""
        self.stop()
        assert self.ticks >= min_ticks, f"the event loop ticked only {self.ticks} times"
        assert self.max_gap < MAX_GAP_S, f"the event loop stalled for {self.max_gap:.2f} s"
        return f"loop kept ticking (max gap {self.max_gap:.2f} s)"


@pytest.fixture
def probe() -> Iterator[LoopProbe]:
    """A loop probe, started by the test right before the fault."""
    loop_probe = LoopProbe()
    yield loop_probe
    loop_probe.stop()


# --- sandbox control -----------------------------------------------------------------------------


def sandbox_get(server: SandboxServer, what: str) -> list[dict[str, Any]]:
    """``GET /_sandbox/<what>``: its list (``runs``, ``requests``, ``faults``)."""
    with httpx.Client(verify=False, timeout=10) as control:  # plain http on loopback
        items: list[dict[str, Any]] = control.get(f"{server.root_url}/_sandbox/{what}").json()[what]
    return items


def add_fault(server: SandboxServer, **body: Any) -> None:
    with httpx.Client(verify=False, timeout=10) as control:
        control.post(f"{server.root_url}/_sandbox/faults", json=body).raise_for_status()


def run_count(server: SandboxServer) -> int:
    return len(sandbox_get(server, "runs"))


# --- real pages --------------------------------------------------------------------------------

MakeClient = Callable[..., FloraClient]


@pytest_asyncio.fixture
async def make_client(sandbox: SandboxServer) -> AsyncIterator[MakeClient]:
    """``make_client(base_url=…, timeout=…, max_retries=…)``: closed after the test.

    Defaults are the app's own (60 s per attempt, two retries) on the reset sandbox.
    """
    clients: list[FloraClient] = []

    def build(**kwargs: Any) -> FloraClient:
        kwargs.setdefault("api_key", sandbox.api_key)
        kwargs.setdefault("base_url", sandbox.api_url)
        client = FloraClient(**kwargs)
        clients.append(client)
        return client

    yield build
    for client in clients:
        await client.aclose()


@pytest.fixture
def app_paths(tmp_path: Any) -> AppPaths:
    paths = AppPaths.under(tmp_path / "flora-home")
    paths.ensure()
    return paths


class PageMaker:
    """Builds real LauncherPages with real services; ``close_all()`` ends every one.

    Tests call ``close_all()`` before they return: a page task still waiting (a debounced
    search) must end on the test's own loop, not in pytest-qt's event processing after it.
    """

    def __init__(self, sandbox: SandboxServer, qtbot: Any, paths: AppPaths, make_client: Any):
        self._sandbox = sandbox
        self._qtbot = qtbot
        self._paths = paths
        self._make_client = make_client
        self._open: list[Any] = []

    async def __call__(self, client: FloraClient | None = None, start: bool = True) -> Any:
        """A shown page on ``client`` (default: the app's settings on the sandbox)."""
        from PySide6.QtWidgets import QApplication

        from flora_desktop.services.drafts import DraftStore
        from flora_desktop.services.session import Connection
        from flora_desktop.services.settings import Settings
        from flora_desktop.ui.pages.launcher import LauncherPage

        client = client or self._make_client()
        settings = Settings.load(self._paths.settings_file)
        drafts = DraftStore(self._paths.drafts_dir)
        connection = Connection(client.base_url, self._sandbox.api_key, "sandbox")
        page = LauncherPage(client, settings, drafts, connection)
        self._qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        page.activateWindow()
        QApplication.processEvents()
        self._open.append(page)
        if start:
            await page.start()
        return page

    async def close_all(self) -> None:
        pages, self._open = self._open, []
        for page in pages:
            await page.aclose()


MakePage = PageMaker


@pytest_asyncio.fixture
async def make_page(
    sandbox: SandboxServer, qtbot: Any, app_paths: AppPaths, make_client: MakeClient
) -> AsyncIterator[PageMaker]:
    """``await make_page(client=None, start=True)``; ``await make_page.close_all()`` at the end."""
    maker = PageMaker(sandbox, qtbot, app_paths, make_client)
    yield maker
    await maker.close_all()


# --- the real app in a child process ---------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
HARNESS = "tests.reliability.harness"
CHILD_DEADLINE_S = 120.0  # above the harness's own step timeout (harness.STEP_TIMEOUT_S)


def child_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user's session, with every folder the app may touch below ``home``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("FLORA_", "DBUS_SESSION_BUS_ADDRESS", "XDG_", "PYTEST"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        FLORA_DESKTOP_HOME=str(home / "flora"),
        HOME=str(home / "user"),
        XDG_CONFIG_HOME=str(home / "user" / ".config"),
        XDG_CACHE_HOME=str(home / "user" / ".cache"),
        XDG_DATA_HOME=str(home / "user" / ".local" / "share"),
        XDG_RUNTIME_DIR=str(home / "run"),
        PYTHONUNBUFFERED="1",
        **extra,
    )
    for folder in ("user", "run"):
        (home / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


@dataclass
class AppProcess:
    """The harness running the real app; every line of its stdout is kept."""

    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, env: dict[str, str], *args: str) -> AppProcess:
        process = subprocess.Popen(
            [sys.executable, "-m", HARNESS, *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        return cls(process)

    def expect(self, prefix: str) -> str:
        """The rest of the first new stdout line starting with ``prefix``."""
        assert self.process.stdout is not None
        deadline = time.monotonic() + CHILD_DEADLINE_S
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                _out, err = self.process.communicate(timeout=CHILD_DEADLINE_S)
                pytest.fail(
                    f"the app exited ({self.process.returncode}) before {prefix!r}; "
                    f"said {self.lines}:\n{err[-3000:]}"
                )
            self.lines.append(line.rstrip("\n"))
            if line.startswith(prefix):
                return line[len(prefix) :].strip()
        pytest.fail(f"no {prefix!r} line within {CHILD_DEADLINE_S} s")

    def finish(self) -> tuple[str, str]:
        """Wait for a normal exit; (rest of stdout, stderr)."""
        out, err = self.process.communicate(timeout=CHILD_DEADLINE_S)
        return "\n".join([*self.lines, out]), err

    def kill(self) -> str:
        """SIGKILL: no shut-down code runs. Returns stderr."""
        self.process.send_signal(signal.SIGKILL)
        _out, err = self.process.communicate(timeout=CHILD_DEADLINE_S)
        return err

    def ensure_dead(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate(timeout=CHILD_DEADLINE_S)
