"""Every button that spends, double-clicked against a fast FLORA, starts one run.

A mouse double-click is two clicks ~150 ms apart; the sandbox accepts a run in a few ms,
so the first run is on screen and the button enabled again before the second click lands
(the in-flight guard alone let it through and billed twice). Real mouse clicks through
QTest, the second one inside the platform's double-click interval, on: Run, Ctrl+Enter,
"Try again" after an error, "Run again" in the Runs panel and in the History, and a mix of
two of them. A second press after the interval still starts a second run.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.credentials import SessionCredentialStore
from flora_desktop.services.history import HistoryStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.session import Connection
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.ui.pages.connected import HISTORY_TAB, LAUNCH_TAB, RUNS_TAB
from flora_desktop.ui.pages.launcher import LauncherPage
from flora_desktop.ui.shell import Shell, build_shell
from tests.reliability.conftest import Observe, add_fault
from tests.ui.conftest import Wait, wait_until
from tests.ui.runs_support import RunsApp, RunsAppFactory, sandbox_runs
from tests.ui.test_launcher import choose_workspace, fill, pick

RUNS = "/api/v1/runs/technique"
TECHNIQUE = "Voiceover Studio"
# Wide enough that a loaded 2-core machine still answers inside it; the guard reads it live.
INTERVAL_MS = 2000
# The set-up's own first press (a run to run again, a failure to try again) need not wait
# the wide interval out before the double-click under test.
SETUP_INTERVAL_MS = 100
GAP_S = 0.15  # a real double-click's second press


pytestmark = pytest.mark.gui


@pytest.fixture
def wait() -> Wait:
    return wait_until


@pytest.fixture
def interval() -> Iterator[int]:
    hints = QGuiApplication.styleHints()
    before = hints.mouseDoubleClickInterval()
    hints.setMouseDoubleClickInterval(INTERVAL_MS)
    yield INTERVAL_MS
    hints.setMouseDoubleClickInterval(before)


@pytest_asyncio.fixture
async def app(
    sandbox: SandboxServer,
    app_paths: AppPaths,
    qtbot: QtBot,
    tmp_path: Path,
    wait: Wait,
    interval: int,
) -> AsyncIterator[RunsApp]:
    factory = RunsAppFactory(sandbox, app_paths, qtbot, tmp_path)
    built = await factory()
    choose_workspace(built.page, "owner")
    await pick(built.page, TECHNIQUE, qtbot, wait)
    fill(built.page, "script", "Spring sale voiceover")
    # Let the draft write that typing schedules finish inside the loop, not after the test.
    await built.page._tasks.wait("draft")
    built.closing = factory  # type: ignore[attr-defined]  # settled() closes it in the test
    yield built
    await factory.aclose()  # after a failure; a passing test has closed it already


@contextlib.contextmanager
def quick_interval() -> Iterator[None]:
    """A short double-click interval for the set-up's press; the wide one again after."""
    hints = QGuiApplication.styleHints()
    hints.setMouseDoubleClickInterval(SETUP_INTERVAL_MS)
    try:
        yield
    finally:
        hints.setMouseDoubleClickInterval(INTERVAL_MS)


def posts(sandbox: SandboxServer) -> list[dict[str, Any]]:
    requests: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/requests").json()[
        "requests"
    ]
    return [r for r in requests if r["path"] == RUNS and r["method"] == "POST"]


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


async def double_click(
    first: Callable[[], None], second: Callable[[], None], shown: Callable[[], bool], wait: Wait
) -> float:
    """Press, let the fast answer arrive and show, press again within the interval.

    Returns how long after the first press the second came (seconds).
    """
    started = time.monotonic()
    first()
    await wait(shown)
    await asyncio.sleep(max(0.0, GAP_S - (time.monotonic() - started)))
    gap = time.monotonic() - started
    second()
    # Give a wrongly admitted second press every chance to reach FLORA.
    await asyncio.sleep(0.3)
    return gap


async def settled(app: RunsApp, wait: Wait) -> None:
    """Every run watched to its end, then the app closed, inside the test's own loop."""
    await wait(lambda: all(t.done for t in app.tracked()) and not app.page.busy)
    await app.closing.close(app)  # type: ignore[attr-defined]


async def launched(app: RunsApp, wait: Wait, count: int) -> None:
    await wait(lambda: len(app.tracked()) >= count and not app.page.busy)


def run_shortcut(app: RunsApp) -> Callable[[], None]:
    """Ctrl+Enter, as the page's shortcut receives it."""

    def press() -> None:
        shortcut = next(
            s for s in app.page.findChildren(QShortcut) if s.key().toString() == "Ctrl+Return"
        )
        shortcut.activated.emit()

    return press


async def one_run_first(app: RunsApp, wait: Wait) -> str:
    """A first, single run, so Runs and History have one to run again."""
    with quick_interval():
        click(app.page.run_bar.run_button)
        await launched(app, wait, 1)
        await wait(app.page.spend_guard.admits)
    return app.tracked()[-1].run_id


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["run", "shortcut", "run+shortcut"])
async def test_double_press_in_the_launcher_starts_one_run(
    sandbox: SandboxServer, app: RunsApp, wait: Wait, observe: Observe, path: str
) -> None:
    page = app.page
    presses = {
        "run": (lambda: click(page.run_bar.run_button), lambda: click(page.run_bar.run_button)),
        "shortcut": (run_shortcut(app), run_shortcut(app)),
        "run+shortcut": (lambda: click(page.run_bar.run_button), run_shortcut(app)),
    }
    first, second = presses[path]

    gap = await double_click(first, second, lambda: len(app.tracked()) == 1 and not page.busy, wait)

    assert gap < INTERVAL_MS / 1000
    assert page.run_bar.run_button.isEnabled(), "the first run was on screen, Run enabled"
    assert len(posts(sandbox)) == 1
    assert len(sandbox_runs(sandbox)) == 1
    assert len(app.tracked()) == 1
    await settled(app, wait)
    observe(
        "money",
        f"double press ({path}) on a fast FLORA: 2nd press {gap * 1000:.0f} ms after the 1st, "
        "after the first run was shown and Run enabled again",
        "one run shown and watched",
        "1 POST, 1 run at FLORA",
    )


@pytest.mark.asyncio
async def test_a_deliberate_second_press_after_the_interval_starts_a_second_run(
    sandbox: SandboxServer, app: RunsApp, wait: Wait
) -> None:
    QGuiApplication.styleHints().setMouseDoubleClickInterval(200)
    click(app.page.run_bar.run_button)
    await launched(app, wait, 1)
    await asyncio.sleep(0.25)
    click(app.page.run_bar.run_button)
    await launched(app, wait, 2)
    keys = {r["idempotency_key"] for r in posts(sandbox)}
    assert len(keys) == 2
    assert len(sandbox_runs(sandbox)) == 2
    await settled(app, wait)


@pytest.mark.asyncio
async def test_double_click_on_try_again_resends_once(
    sandbox: SandboxServer, app: RunsApp, wait: Wait, observe: Observe
) -> None:
    page = app.page
    add_fault(sandbox, path=RUNS, method="POST", status=503, code="unavailable", count=3)
    with quick_interval():
        click(page.run_bar.run_button)
        await wait(lambda: page.banner.isVisible() and not page.busy)
        await wait(page.spend_guard.admits)
    button = page.banner.findChild(QPushButton, "errorBannerAction")
    assert button is not None
    assert button.text() == "Try again"
    before = len(posts(sandbox))  # the press and the client's own retries

    await double_click(
        lambda: click(button),
        lambda: click(button),
        lambda: len(app.tracked()) == 1 and not page.busy,
        wait,
    )

    sent = posts(sandbox)
    assert len(sent) == before + 1  # one resend for the two clicks
    assert len({r["idempotency_key"] for r in sent}) == 1
    assert len(sandbox_runs(sandbox)) == 1
    await settled(app, wait)
    observe(
        "money",
        "503 on Run, then a double-click on Try again with a fast answer",
        "one run shown",
        "1 resend with the same key; 1 run at FLORA",
    )


@pytest.mark.asyncio
@pytest.mark.parametrize("where", ["runs", "history"])
async def test_double_click_on_run_again_starts_one_run(
    sandbox: SandboxServer, app: RunsApp, wait: Wait, observe: Observe, where: str
) -> None:
    first = await one_run_first(app, wait)
    tracker = app.tabs.tracker
    await wait(lambda: (t := tracker.get(first)) is not None and t.done)
    button = await again_button(app, where, first, wait)
    before = len(posts(sandbox))

    await double_click(
        lambda: click(button),
        lambda: click(button),
        lambda: len(app.tracked()) == 2 and not app.page.busy,
        wait,
    )

    assert len(posts(sandbox)) == before + 1
    assert len(sandbox_runs(sandbox)) == 2
    assert len(app.tracked()) == 2
    await settled(app, wait)
    observe(
        "money",
        f"double-click on Run again in the {where} view with a fast answer",
        "one new run",
        "1 POST for the two clicks",
    )


async def again_button(app: RunsApp, where: str, run_id: str, wait: Wait) -> QPushButton:
    if where == "runs":
        app.tabs.setCurrentIndex(RUNS_TAB)
        assert app.tabs.runs.select_run(run_id)
        button = app.tabs.runs.again_button
    else:
        view = app.tabs.history
        app.tabs.setCurrentIndex(HISTORY_TAB)
        await view.refresh()
        await wait(lambda: view.model.row_of(run_id) is not None)
        row = view.model.row_of(run_id)
        assert row is not None
        view.table.selectRow(row)
        await wait(lambda: view.selected_record is not None)
        button = view.again_button
    await wait(button.isEnabled)
    return button


@pytest.mark.asyncio
async def test_every_spending_button_goes_through_the_guard(app: RunsApp, wait: Wait) -> None:
    """While the guard is held, none of them sends anything (a new button must use it too)."""
    first = await one_run_first(app, wait)
    await wait(lambda: (t := app.tabs.tracker.get(first)) is not None and t.done)
    buttons: list[Callable[[], Awaitable[None] | None]] = []
    runs_again = await again_button(app, "runs", first, wait)
    history_again = await again_button(app, "history", first, wait)
    app.tabs.setCurrentIndex(LAUNCH_TAB)
    buttons = [
        lambda: click(app.page.run_bar.run_button),
        run_shortcut(app),
        lambda: click(runs_again),
        lambda: click(history_again),
    ]
    guard = app.page.spend_guard
    assert guard.try_acquire()
    try:
        for press in buttons:
            press()
            await asyncio.sleep(0.05)
    finally:
        guard.release()
    await asyncio.sleep(0.2)
    assert len(app.tracked()) == 1
    await settled(app, wait)


# --- closing the window while a run is starting --------------------------------------------


@pytest_asyncio.fixture
async def shell(
    qtbot: QtBot, app_paths: AppPaths, sandbox: SandboxServer, interval: int
) -> AsyncIterator[Shell]:
    built = build_shell(
        app_paths,
        base_url=sandbox.api_url,
        keyring_store=SessionCredentialStore(),
        session_store=SessionCredentialStore(),
        poll_interval=0.05,
    )
    qtbot.addWidget(built.window)
    built.window.resize(1280, 800)
    built.window.show()
    # The app stops its loop itself after shut-down; here the test's loop must outlive it.
    quits = QApplication.quitOnLastWindowClosed()
    QApplication.setQuitOnLastWindowClosed(False)
    yield built
    if built.window.isVisible():  # a test that closed the window shut the app down itself
        await built.aclose()
    QApplication.setQuitOnLastWindowClosed(quits)


async def starting(shell: Shell, sandbox: SandboxServer, qtbot: QtBot, wait: Wait) -> Any:
    """Connect, fill, press Run while FLORA holds its answer; returns the launcher page."""
    await shell.window.show_connection(Connection(sandbox.api_url, sandbox.api_key, "session"))
    assert shell.window.launcher is not None
    page = shell.window.launcher.widget.findChild(LauncherPage)
    assert isinstance(page, LauncherPage)
    await wait(lambda: page.technique_picker.model.rowCount() > 0)
    choose_workspace(page, "owner")
    await pick(page, TECHNIQUE, qtbot, wait)
    fill(page, "script", "Spring sale voiceover")
    await page._tasks.wait("draft")  # the draft write that typing schedules
    add_fault(sandbox, path=RUNS, method="POST", mode="slow", delay_ms=1500, when="after")
    click(page.run_bar.run_button)
    await wait(lambda: page.starting_run and sandbox_runs(sandbox))
    return page


def dialog_button(shell: Shell, name: str) -> QPushButton:
    dialog = shell.window.close_guard.dialog
    assert dialog is not None
    assert dialog.isVisible()
    button = dialog.findChild(QPushButton, name)
    assert button is not None
    return button


@pytest.mark.asyncio
async def test_closing_while_starting_asks_and_wait_closes_once_flora_answers(
    shell: Shell, sandbox: SandboxServer, qtbot: QtBot, wait: Wait, observe: Observe
) -> None:
    page = await starting(shell, sandbox, qtbot, wait)
    shell.window.close()
    await asyncio.sleep(0.05)
    assert shell.window.isVisible(), "closed while the run was starting, without asking"
    click(dialog_button(shell, "waitButton"))
    assert shell.window.isVisible()

    await wait(lambda: not shell.window.isVisible())
    assert not page.starting_run
    run_id = sandbox_runs(sandbox)[0]["run_id"]
    assert shell.history is not None
    history = HistoryStore(shell.history.path)
    await shell.aclose()  # what the app does once the window closed
    async with history:
        record = await history.get(run_id, base_url=sandbox.api_url)
    assert record is not None
    assert record.origin == "local"
    assert len(sandbox_runs(sandbox)) == 1
    observe(
        "money",
        "window closed while FLORA holds the answer to Run (1.5 s); the user picks Wait",
        "“A run is starting…” with Wait and Close anyway; the window closes by itself once "
        "FLORA answers",
        "the run is in the history with its inputs; 1 run",
    )


@pytest.mark.asyncio
async def test_close_anyway_leaves_the_press_to_be_checked_next_time(
    shell: Shell, sandbox: SandboxServer, qtbot: QtBot, wait: Wait, observe: Observe
) -> None:
    await starting(shell, sandbox, qtbot, wait)
    shell.window.close()
    await asyncio.sleep(0.05)
    click(dialog_button(shell, "closeAnywayButton"))
    await wait(lambda: not shell.window.isVisible())
    assert shell.history is not None
    history = HistoryStore(shell.history.path)
    await shell.aclose()  # what the app does once the window closed

    async with history:
        pending = await SubmissionJournal(history, sandbox.api_url).pending()
    (created,) = sandbox_runs(sandbox)
    assert [p.idempotency_key for p in pending] == [created["idempotency_key"]]
    observe(
        "money",
        "window closed while FLORA holds the answer to Run; the user picks Close anyway",
        "the window closes at once",
        "the press stays noted with FLORA's key, for the next start to look up (1 run)",
    )
