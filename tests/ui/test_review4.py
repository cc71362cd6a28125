"""Hostile review 4 of the launcher: crash recovery's "may have started" notice, and the
page built in two halves."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.drafts import DraftStore
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore
from flora_desktop.services.session import Connection
from flora_desktop.services.settings import Settings
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.services.submit import Submission
from flora_desktop.ui.connection import ConnectionParts, OpenConnection
from flora_desktop.ui.pages.launcher import LauncherPage
from tests.ui.batch_steps import sandbox_runs
from tests.ui.conftest import WAIT_TIMEOUT_S, Wait

IMAGE = "https://images.unsplash.com/photo-{}.png"


@pytest_asyncio.fixture
async def history(tmp_path: Path) -> AsyncIterator[HistoryStore]:
    async with HistoryStore(tmp_path / HISTORY_FILE_NAME) as opened:
        yield opened


@pytest.mark.asyncio
async def test_look_it_up_after_the_unclear_notice_looks_the_press_up(
    sandbox: SandboxServer,
    sandbox_client: FloraClient,
    history: HistoryStore,
    tmp_path: Path,
    wait: Wait,
    qtbot: QtBot,
) -> None:
    """Two windows pressed Run on the same technique at the same moment; both answers were
    lost and FLORA has one run. The notice says "may have started … look in History", and
    the result panel offers "Look it up" — which did nothing: the look-up's press is only
    remembered for the "could not ask FLORA" notice, and after a restart there is no last
    press, so the click was dropped silently."""
    client = sandbox_client
    technique = await client.techniques.retrieve("cctv-cam")
    workspace = next(w for w in await client.workspaces.list() if w.role == "owner")
    journal = SubmissionJournal(history, client.base_url)
    presses = [
        Submission(
            technique.technique_id,
            workspace.workspace_id,
            {"input_image": IMAGE.format(n)},
            sent_at=time.time(),
            technique_name=technique.name,
        )
        for n in (1, 2)
    ]
    for press in presses:
        await journal.write(press)
    await client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=workspace.workspace_id,
        inputs=dict(presses[0].inputs),
        idempotency_key=presses[0].idempotency_key,
    )
    settings = Settings(tmp_path / "settings.json")
    page = LauncherPage(
        client,
        settings,
        DraftStore(tmp_path / "drafts"),
        Connection(sandbox.api_url, sandbox.api_key, "sandbox"),
        journal=journal,
    )
    qtbot.addWidget(page)
    page.show()
    try:
        await page.start()
        await page.recover()
        await wait(lambda: not page.busy and page.banner.isVisible())
        assert page.banner.title_text() == "A run you started may have started"
        button = page.result_panel.findChild(QPushButton, "resultLookUp")
        assert button is not None
        assert button.isVisible()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        await wait(lambda: page.result_panel.headline_text() == "Latest run of this technique")
        assert page.result_panel.run_id_text() != ""
        assert len(sandbox_runs(sandbox)) == 1  # nothing sent
        for press in presses:  # neither is taken by looking
            assert await journal.state_of(press.idempotency_key) == "sending"
    finally:
        await page.aclose()


@pytest.mark.asyncio
async def test_closing_the_window_while_the_clients_are_built_closes_them(
    sandbox: SandboxServer, history: HistoryStore, tmp_path: Path, wait: Wait, qtbot: QtBot
) -> None:
    """The window is closed (or the user signs out / switches profile) while ``open()`` is
    building the HTTP clients in the executor (a slow first connect: CA certificates). The
    task is cancelled at that await, outside the ``try`` that closes them: the client and the
    downloader built a moment later were never closed (an open pool holding the key)."""
    entered = threading.Event()
    gate = threading.Event()
    made: list[FloraClient] = []

    def slow_client(connection: Connection) -> FloraClient:
        entered.set()
        gate.wait(WAIT_TIMEOUT_S)
        client = FloraClient(api_key=connection.api_key, base_url=connection.base_url)
        made.append(client)
        return client

    parts = ConnectionParts(
        settings=Settings(tmp_path / "settings.json"),
        drafts=DraftStore(tmp_path / "drafts"),
        history=history,
        cache_dir=tmp_path / "cache",
        make_client=slow_client,
    )
    connection = Connection(sandbox.api_url, sandbox.api_key, "sandbox")
    task = asyncio.ensure_future(OpenConnection.open(connection, parts))
    await wait(entered.is_set)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    gate.set()
    await wait(lambda: bool(made) and made[0].is_closed)


def _chain(page: LauncherPage) -> list[str]:
    """The page's Tab stops in Qt's focus chain, by class and name."""
    stops: list[str] = []
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and len(stops) < 500:
        if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(f"{type(widget).__name__}:{widget.objectName()}")
        widget = widget.nextInFocusChain()
    return stops


@pytest.mark.asyncio
async def test_the_page_built_in_two_halves_has_the_tab_stops_of_one_built_at_once(
    sandbox: SandboxServer,
    sandbox_client: FloraClient,
    history: HistoryStore,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    """The connection builds the page frame first and its form a turn later: the focus chain
    (Tab order, a screen reader's reading order) and the Run shortcuts must be the same."""
    connection = Connection(sandbox.api_url, sandbox.api_key, "sandbox")
    journal = SubmissionJournal(history, sandbox_client.base_url)
    pages = []
    for finish in (True, False):
        page = LauncherPage(
            sandbox_client,
            Settings(tmp_path / f"settings-{finish}.json"),
            DraftStore(tmp_path / f"drafts-{finish}"),
            connection,
            journal=journal,
            finish=finish,
        )
        qtbot.addWidget(page)
        if not finish:
            page.finish()
        pages.append(page)
    at_once, in_halves = pages
    assert len(_chain(at_once)) > 3
    assert _chain(in_halves) == _chain(at_once)
    assert [s.key().toString() for s in in_halves.findChildren(QShortcut)] == [
        s.key().toString() for s in at_once.findChildren(QShortcut)
    ]
    for page in pages:
        await page.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize("half", ["frame", "form"])
async def test_closing_the_window_between_the_page_s_halves_leaves_no_page_behind(
    sandbox: SandboxServer,
    history: HistoryStore,
    tmp_path: Path,
    wait: Wait,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    half: str,
) -> None:
    """The window is closed (sign out, another profile) in the turn after the page's first
    half, or after its second: the cancelled ``open()`` closed the clients but left the
    page, a parentless top-level widget with its whole form, alive and unowned."""
    built: list[LauncherPage] = []
    original_init = LauncherPage.__init__
    original_finish = LauncherPage.finish

    def init(self: LauncherPage, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        built.append(self)
        if half == "frame":
            asyncio.current_task().cancel()  # type: ignore[union-attr]

    def finish(self: LauncherPage) -> None:
        original_finish(self)
        if half == "form":
            asyncio.current_task().cancel()  # type: ignore[union-attr]

    monkeypatch.setattr(LauncherPage, "__init__", init)
    monkeypatch.setattr(LauncherPage, "finish", finish)
    parts = ConnectionParts(
        settings=Settings(tmp_path / "settings.json"),
        drafts=DraftStore(tmp_path / "drafts"),
        history=history,
        cache_dir=tmp_path / "cache",
    )
    connection = Connection(sandbox.api_url, sandbox.api_key, "sandbox")
    with pytest.raises(asyncio.CancelledError):
        await OpenConnection.open(connection, parts)
    [page] = built

    def deleted() -> bool:
        # The test's loop turn is a nested level: deferred deletions are sent here.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        return not shiboken6.isValid(page)

    await wait(deleted)
