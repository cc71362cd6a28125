"""Network faults through the real launcher page: responsive, plain words, inputs kept, one run.

Every fault comes from the sandbox's fault endpoint, or from real sockets on 127.0.0.1
(a closed port, a listener that never accepts); nothing here mocks our own code. Each test
types inputs, arms the fault, presses Run (or starts the page), and checks: the loop kept
ticking, the banner speaks plainly, ``editor.draft()`` is unchanged, ``GET /_sandbox/runs``
never shows a second run, and the next press works once the server answers again.
"""

from __future__ import annotations

import contextlib
import random
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from flora_desktop.sandbox.config import SandboxConfig
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.ui.pages.launcher import LauncherPage
from tests.conftest import reset_sandbox
from tests.reliability.conftest import (
    LoopProbe,
    MakeClient,
    MakePage,
    Observe,
    add_fault,
    assert_plain,
    run_count,
    sandbox_get,
)
from tests.ui.conftest import wait_until
from tests.ui.test_launcher import IMAGE
from tests.ui.test_launcher import ready as ready_page

pytestmark = pytest.mark.gui

RUNS = "/api/v1/runs/technique"
WORKSPACES = "/api/v1/workspaces"
TECHNIQUE = "CCTV Cam"


# --- helpers -----------------------------------------------------------------------------------


async def ready(page: LauncherPage, qtbot: Any) -> dict[str, Any]:
    """Owner workspace, ``TECHNIQUE``, its photo typed in; returns the draft as typed."""
    return await ready_page(page, qtbot, wait_until)


def seen(page: LauncherPage) -> str:
    """The banner as the person reads it: title, then the body."""
    return f"{page.banner.title_text()} — {page.banner.body_text()}"


def banner_button(page: LauncherPage) -> QPushButton:
    button = page.banner.findChild(QPushButton, "errorBannerAction")
    assert button is not None
    return button


async def press_run(page: LauncherPage) -> None:
    # A deliberate press comes a double-click interval after the last (ui/spend_guard.py).
    await wait_until(page.spend_guard.admits)
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: page.busy or page.banner.isVisible() or page.result_panel.isVisible())


async def wait_for_banner(page: LauncherPage, within: float = 15.0) -> str:
    await wait_until(lambda: page.banner.isVisible() and not page.busy, within)
    text = seen(page)
    assert_plain(text)
    return text


async def recover_on_port(page: LauncherPage, port: int, qtbot: Any) -> None:
    """A sandbox comes up on ``port``: "Try again" loads the lists, then one press, one run."""
    with SandboxServer(SandboxConfig(port=port, run_seconds=0.3)) as server:
        await press_banner_action(page, "Try again")
        await wait_until(lambda: page.workspace_picker.count() > 0)
        typed = await ready(page, qtbot)
        await press_run(page)
        await wait_until(lambda: page.result_panel.isVisible())
        assert run_count(server) == 1
        assert page.editor.draft() == typed


async def press_banner_action(page: LauncherPage, label: str) -> None:
    button = banner_button(page)
    assert button.isVisible()
    assert button.text() == label
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def post_keys(sandbox: SandboxServer) -> list[str | None]:
    return [r["idempotency_key"] for r in sandbox_get(sandbox, "requests") if r["path"] == RUNS]


def free_port() -> int:
    """A free loopback port below the ephemeral range, for a server that comes and goes.

    A port the kernel hands out (bind to 0) is in the ephemeral range, where every outgoing
    connection of the other test workers also takes its local port: one of them could hold
    it just as the test starts its server there again ("address in use").
    """
    low = _ephemeral_low()
    for _ in range(200):  # bounded
        port = random.randrange(max(1024, low - 8000), low)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    pytest.fail("no free port below the ephemeral range")


def _ephemeral_low() -> int:
    try:
        text = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text(encoding="ascii")
        return int(text.split()[0])
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default; other systems start higher


@contextlib.contextmanager
def never_accepting_listener() -> Iterator[int]:
    """A loopback port whose accept queue is full: new connections hang until they time out."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", free_port()))
    listener.listen(0)
    port: int = listener.getsockname()[1]
    fillers: list[socket.socket] = []
    try:
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", port))
            fillers.append(filler)
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


# --- faults while starting a run ----------------------------------------------------------------


@dataclass(frozen=True)
class RunFault:
    """One fault armed on ``POST /runs/technique`` and how the person gets past it."""

    tried: str
    fault: dict[str, Any]
    expect_title: str
    recover_with: str  # the banner button that gets past it, or "Run" for a fresh press
    client: dict[str, Any] = field(default_factory=dict)
    already_started: bool = False


RUN_FAULTS = [
    RunFault(
        "5xx burst: 500 on all three attempts of one press (the client retries twice)",
        {"status": 500, "code": "internal_error", "count": 3},
        "FLORA is not answering",
        "Try again",
    ),
    RunFault(
        "HTML error page from a proxy (502 Bad Gateway) on every attempt",
        {"mode": "html", "status": 502, "count": 3},
        "FLORA is not answering",
        "Try again",
    ),
    RunFault(
        "429 storm: six 429s with Retry-After 0.2 s (client retries, page waits, retries once)",
        {"status": 429, "code": "rate_limited", "retry_after": 0.2, "count": 6},
        "FLORA is still busy",
        "Run",
    ),
    RunFault(
        "Connection dropped after the server started the run, on every attempt",
        {"mode": "drop", "when": "after", "count": 3},
        "FLORA is not answering",
        "Try again",
        already_started=True,
    ),
    RunFault(
        "Truncated JSON answer after the server started the run",
        {"mode": "malformed", "when": "after"},
        "FLORA sent an unexpected answer",
        "Look it up",
        already_started=True,
    ),
    RunFault(
        "50 MB answer body after the server started the run (client limit 16 MB)",
        {"mode": "huge", "when": "after"},
        "FLORA sent an unexpected answer",
        "Look it up",
        already_started=True,
    ),
    RunFault(
        "Read timeout: the answer comes after 1.5 s, the client waits 0.5 s per attempt",
        {"mode": "slow", "delay_ms": 1500, "count": 2},
        "FLORA is not answering",
        "Try again",
        client={"timeout": 0.5, "max_retries": 1},
    ),
    RunFault(
        "Extremely slow drip: the answer 8 bytes at a time over 3 s (0.5 s allowed)",
        {"mode": "drip", "delay_ms": 3000, "count": 2},
        "FLORA is not answering",
        "Try again",
        client={"timeout": 0.5, "max_retries": 1},
        already_started=True,
    ),
]


@pytest.mark.asyncio
@pytest.mark.parametrize("case", RUN_FAULTS, ids=lambda c: c.tried.split(":")[0].split(" (")[0])
async def test_fault_while_starting_a_run(
    case: RunFault,
    sandbox: SandboxServer,
    make_page: MakePage,
    make_client: MakeClient,
    probe: LoopProbe,
    qtbot: Any,
    observe: Observe,
) -> None:
    page = await make_page(make_client(**case.client))
    typed = await ready(page, qtbot)
    probe.start()
    add_fault(sandbox, method="POST", path=RUNS, **case.fault)

    await press_run(page)
    text = await wait_for_banner(page)

    assert page.banner.title_text() == case.expect_title
    responsive = probe.assert_responsive()
    assert page.editor.draft() == typed
    assert run_count(sandbox) <= 1

    # The server answers again: the person's next press gets the run, and only one.
    if case.recover_with == "Run":
        await press_run(page)
    else:
        await press_banner_action(page, case.recover_with)
    await wait_until(lambda: page.result_panel.isVisible() and page.result_panel.run_id_text())
    runs = sandbox_get(sandbox, "runs")
    assert len(runs) == 1
    assert page.result_panel.run_id_text() == runs[0]["run_id"]
    if case.recover_with == "Try again":
        keys = post_keys(sandbox)
        assert len(set(keys)) == 1, "a retry must reuse the press's idempotency key"
    if case.already_started and case.recover_with == "Try again":
        assert page.result_panel.headline_text() == "This run was already started"
    assert page.editor.draft() == typed
    await make_page.close_all()
    observe(
        "fault",
        case.tried,
        text,
        f"{responsive}; inputs kept; 1 run in the sandbox; recovered with “{case.recover_with}”",
    )


@pytest.mark.asyncio
async def test_short_5xx_burst_is_absorbed_by_the_retries(
    sandbox: SandboxServer,
    make_page: MakePage,
    probe: LoopProbe,
    qtbot: Any,
    observe: Observe,
) -> None:
    page = await make_page()
    typed = await ready(page, qtbot)
    probe.start()
    add_fault(sandbox, method="POST", path=RUNS, status=503, count=2)

    await press_run(page)
    await wait_until(lambda: page.result_panel.isVisible() and not page.busy)

    assert not page.banner.isVisible()
    responsive = probe.assert_responsive()
    assert run_count(sandbox) == 1
    assert len(set(post_keys(sandbox))) == 1
    assert len(post_keys(sandbox)) == 3
    assert page.editor.draft() == typed
    await make_page.close_all()
    observe(
        "fault",
        "5xx burst shorter than the retries: two 503s, then an answer",
        f"no error; the run appears: {page.result_panel.headline_text()}",
        f"{responsive}; 3 attempts with one idempotency key; 1 run",
    )


# --- faults while loading ------------------------------------------------------------------------


LOAD_FAULTS = [
    ("50 MB body for the workspace list (client limit 16 MB)", {"mode": "huge"}),
    ("Truncated JSON for the workspace list", {"mode": "malformed"}),
    ("HTML error page (504) for the workspace list", {"mode": "html", "status": 504, "count": 3}),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("tried", "fault"), LOAD_FAULTS, ids=["huge", "malformed", "html"])
async def test_fault_while_loading_workspaces(
    tried: str,
    fault: dict[str, Any],
    sandbox: SandboxServer,
    make_page: MakePage,
    probe: LoopProbe,
    qtbot: Any,
    observe: Observe,
) -> None:
    add_fault(sandbox, method="GET", path=WORKSPACES, **fault)
    page = await make_page(start=False)
    probe.start()
    await page.start()
    text = await wait_for_banner(page)
    responsive = probe.assert_responsive()
    assert "run" not in text.lower(), "loading a list has nothing to do with a run"
    assert page.workspace_picker.count() == 0

    await press_banner_action(page, "Try again")
    await wait_until(lambda: page.workspace_picker.count() > 0 and not page.banner.isVisible())
    typed = await ready(page, qtbot)
    await press_run(page)
    await wait_until(lambda: page.result_panel.isVisible())
    assert run_count(sandbox) == 1
    assert page.editor.draft() == typed
    await make_page.close_all()
    observe("fault", tried, text, f"{responsive}; “Try again” loads the list; a run then starts")


# --- the server is not there --------------------------------------------------------------------


@pytest.mark.asyncio
async def test_connection_refused_then_the_server_comes_up(
    make_page: MakePage, make_client: MakeClient, probe: LoopProbe, qtbot: Any, observe: Observe
) -> None:
    port = free_port()  # nothing listens here yet
    base_url = f"http://127.0.0.1:{port}/api/v1"
    page = await make_page(make_client(base_url=base_url), start=False)
    probe.start()
    await page.start()
    text = await wait_for_banner(page)
    responsive = probe.assert_responsive()
    assert page.banner.title_text() == "FLORA is not answering"

    await recover_on_port(page, port, qtbot)
    await make_page.close_all()
    observe(
        "fault",
        "Connection refused (nothing listens on the port), then a server starts there",
        text,
        f"{responsive}; “Try again” connects without restarting the app; 1 run",
    )


@pytest.mark.asyncio
async def test_server_vanishes_between_presses_and_comes_back_on_the_same_port(
    make_page: MakePage, make_client: MakeClient, probe: LoopProbe, qtbot: Any, observe: Observe
) -> None:
    port = free_port()
    first = SandboxServer(SandboxConfig(port=port, run_seconds=0.3))
    first.start()
    try:
        page = await make_page(make_client(base_url=first.api_url, api_key=first.api_key))
        typed = await ready(page, qtbot)
    finally:
        first.stop()
    probe.start()
    await press_run(page)
    text = await wait_for_banner(page)
    responsive = probe.assert_responsive()
    assert page.banner.title_text() == "FLORA is not answering"
    assert page.editor.draft() == typed

    with SandboxServer(SandboxConfig(port=port, run_seconds=0.3)) as second:
        await press_banner_action(page, "Try again")
        await wait_until(lambda: page.result_panel.isVisible())
        assert run_count(second) == 1
    assert page.editor.draft() == typed
    await make_page.close_all()
    observe(
        "fault",
        "The server stops after the page loaded; Run; a new server starts on the same port",
        text,
        f"{responsive}; inputs kept; “Try again” starts exactly 1 run on the new server",
    )


@pytest.mark.asyncio
async def test_connect_timeout_then_the_server_answers(
    make_page: MakePage, make_client: MakeClient, probe: LoopProbe, qtbot: Any, observe: Observe
) -> None:
    with never_accepting_listener() as port:
        client = make_client(base_url=f"http://127.0.0.1:{port}/api/v1", timeout=0.5, max_retries=1)
        page = await make_page(client, start=False)
        probe.start()
        await page.start()
        text = await wait_for_banner(page)
    responsive = probe.assert_responsive()
    assert page.banner.title_text() == "FLORA is not answering"

    await recover_on_port(page, port, qtbot)
    await make_page.close_all()
    observe(
        "fault",
        "Connect timeout: the port accepts no connection (0.5 s allowed), then a server answers",
        text,
        f"{responsive}; “Try again” connects; 1 run",
    )


# --- the server vanishing while a run is watched ------------------------------------------------


@pytest.mark.asyncio
async def test_server_vanishes_mid_poll_and_the_watch_recovers(
    sandbox: SandboxServer,
    make_client: MakeClient,
    app_paths: Any,
    probe: LoopProbe,
    observe: Observe,
) -> None:
    from flora_desktop.services.history import HistoryStore
    from flora_desktop.services.run_tracker import RunTracker, StartedRun, TrackedRun

    reset_sandbox(sandbox, run_seconds=1.0)
    client = make_client(max_retries=0)
    workspaces = await client.workspaces.list()
    owner = next(w for w in workspaces if w.role == "owner")
    listed = [t async for t in client.techniques.list(workspace_id=owner.workspace_id)]
    technique = next(t for t in listed if t.name == TECHNIQUE)
    start = await client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=owner.workspace_id,
        inputs={"input_image": IMAGE},
    )
    # Every poll answer is lost for a while, whichever URL the watcher uses.
    poll_paths = {f"/api/v1/runs/{start.run_id}"}
    if start.poll_url:
        poll_paths.add(httpx.URL(start.poll_url).path)
    for path in poll_paths:
        add_fault(sandbox, method="GET", path=path, mode="drop", count=4)

    seen_updates: list[TrackedRun] = []
    async with HistoryStore.for_paths(app_paths) as history:
        tracker = RunTracker(client, history, interval=0.1, on_change=seen_updates.append)
        probe.start()
        try:
            await tracker.track(
                StartedRun(
                    run_id=start.run_id,
                    technique_id=technique.technique_id,
                    workspace_id=owner.workspace_id,
                    inputs={"input_image": IMAGE},
                    start=start,
                )
            )
            await wait_until(lambda: (t := tracker.get(start.run_id)) is not None and t.done, 20)
            responsive = probe.assert_responsive()
        finally:
            await tracker.aclose()
        record = await history.get(start.run_id, base_url=client.base_url)
        assert await history.integrity_check()
    errors = [t.update.error for t in seen_updates if t.update is not None and t.update.error]
    assert errors, "the trouble was never shown"
    for text in errors:
        assert_plain(text)
    final = tracker.get(start.run_id)
    assert final is not None
    assert final.status == "completed"
    assert record is not None
    assert record.status == "completed"
    assert run_count(sandbox) == 1
    observe(
        "fault",
        "The server drops every poll of a running run four times in a row (it vanished), "
        "then answers again",
        errors[0],
        f"{responsive}; the watch never stops, backs off, then sees the run complete; "
        "history stores it; 1 run",
    )
