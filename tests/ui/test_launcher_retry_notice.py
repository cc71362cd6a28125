"""While the client waits to retry by itself, the page says so with a live countdown."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.ui.pages import launcher
from tests.ui.conftest import Wait
from tests.ui.test_launcher import MakePage, add_fault, make_page, paths, ready, sandbox_get
from tests.ui.test_launcher_errors import RUNS, post_keys
from tests.virtual_time import VirtualTime

__all__ = ["make_page", "paths"]  # fixtures, re-exported so pytest finds them here


@pytest.mark.asyncio
async def test_a_429_on_run_shows_the_countdown_then_starts_exactly_one_run(
    sandbox: SandboxServer,
    make_page: MakePage,
    qtbot: QtBot,
    wait: Wait,
    virtual_time: VirtualTime,
) -> None:
    # The app's own retry budget (2), as launched; FLORA asks for a 2 s pause once.
    async with FloraClient(
        api_key=sandbox.api_key, base_url=sandbox.api_url, sleep=virtual_time.sleep
    ) as client:
        page = await make_page(client=client)
        typed = await ready(page, qtbot, wait)
        add_fault(
            sandbox,
            method="POST",
            path=RUNS,
            status=429,
            code="rate_limited",
            retry_after=2,
            count=1,
        )
        QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
        await wait(lambda: page.banner.isVisible())
        assert page.busy  # still the same click, waiting
        assert page.banner.title_text() == "FLORA is busy"
        assert "FLORA is busy; trying again in 2 s." in page.banner.body_text()
        # The notice shows before its countdown and the client's pause both sleep: time
        # moves only once both wait on the clock (else the countdown would miss a second).
        await wait(lambda: virtual_time.sleeping >= 2)
        await virtual_time.advance(1)
        await wait(lambda: "trying again in 1 s." in page.banner.body_text())
        assert len(post_keys(sandbox)) == 1  # nothing is resent before the pause is over
        await virtual_time.advance(1)
        await wait(lambda: page.result_panel.isVisible() and not page.busy)
        assert not page.banner.isVisible()
        runs = sandbox_get(sandbox, "runs")
        assert len(runs) == 1
        keys = post_keys(sandbox)
        assert len(keys) == 2  # one click: the first try and the client's own retry...
        assert keys[0] == keys[1]  # ...with one key, so FLORA can start only one run
        assert page.editor.draft() == typed
        await page.aclose()


@pytest.mark.asyncio
async def test_a_slow_backoff_while_loading_says_the_app_is_retrying(
    sandbox: SandboxServer,
    make_page: MakePage,
    qtbot: QtBot,
    wait: Wait,
    virtual_time: VirtualTime,
) -> None:
    async with FloraClient(
        api_key=sandbox.api_key, base_url=sandbox.api_url, sleep=virtual_time.sleep
    ) as client:
        add_fault(
            sandbox,
            method="GET",
            path="/api/v1/workspaces",
            status=503,
            code="internal_error",
            retry_after=1.5,
            count=1,
        )
        page = await make_page(client=client, start=False)
        task = asyncio.ensure_future(page.start())
        await wait(lambda: page.banner.isVisible())
        assert page.banner.title_text() == "Waiting for FLORA"
        assert "FLORA is not answering; trying again in" in page.banner.body_text()
        await wait(lambda: virtual_time.next_wake() is not None)
        assert not task.done()  # the client is waiting the 1.5 s FLORA asked for
        await virtual_time.advance(1.5)
        await task
        assert not page.banner.isVisible()
        assert page.workspace_picker.count() >= 3  # recovered by itself


@pytest.mark.asyncio
async def test_a_429_that_outlasts_the_retries_while_loading_offers_to_try_again(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    async with FloraClient(
        api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0
    ) as client:
        add_fault(
            sandbox,
            method="GET",
            path="/api/v1/workspaces",
            status=429,
            code="rate_limited",
            retry_after=0,
            count=1,
        )
        page = await make_page(client=client, start=False)
        await page.start()
        assert page.banner.title_text() == "FLORA is busy"
        body = page.banner.body_text()
        assert "trying again" not in body  # nothing will retry by itself
        assert "run" not in body.lower()  # only loading: no run is involved
        button = page.banner.findChild(QPushButton, "errorBannerAction")
        assert button is not None
        assert button.text() == "Try again"
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        await wait(lambda: page.workspace_picker.count() >= 3)
        assert not page.banner.isVisible()


@pytest.mark.asyncio
async def test_loading_recovers_by_itself_once_flora_answers_again(
    sandbox: SandboxServer,
    make_page: MakePage,
    qtbot: QtBot,
    wait: Wait,
    virtual_time: VirtualTime,
) -> None:
    async with FloraClient(
        api_key=sandbox.api_key,
        base_url=sandbox.api_url,
        max_retries=0,
        sleep=virtual_time.sleep,
    ) as client:
        # FLORA fails twice, then answers: no click is needed to get the workspaces.
        add_fault(
            sandbox,
            method="GET",
            path="/api/v1/workspaces",
            status=503,
            code="internal_error",
            count=2,
        )
        page = await make_page(client=client, start=False)
        await page.start()
        assert page.banner.title_text() == "FLORA is not answering"
        first, second = launcher.AUTO_RETRY_DELAYS_S[:2]
        await wait(lambda: f"tries again by itself in {first:.0f} s" in page.banner.body_text())
        await virtual_time.advance(first - 1)
        await wait(lambda: "tries again by itself in 1 s" in page.banner.body_text())
        await virtual_time.advance(1)
        await wait(lambda: f"tries again by itself in {second:.0f} s" in page.banner.body_text())
        await virtual_time.advance(second)
        await wait(lambda: page.workspace_picker.count() >= 3)
        assert not page.banner.isVisible()
        gets = [r for r in sandbox_get(sandbox, "requests") if r["path"] == "/api/v1/workspaces"]
        assert [r["status"] for r in gets] == [503, 503, 200]


@pytest.mark.asyncio
async def test_a_failed_run_start_is_never_resent_without_a_click(
    sandbox: SandboxServer,
    make_page: MakePage,
    qtbot: QtBot,
    wait: Wait,
    virtual_time: VirtualTime,
) -> None:
    async with FloraClient(
        api_key=sandbox.api_key,
        base_url=sandbox.api_url,
        max_retries=0,
        sleep=virtual_time.sleep,
    ) as client:
        page = await make_page(client=client)
        await ready(page, qtbot, wait)
        add_fault(sandbox, method="POST", path=RUNS, status=503, code="internal_error")
        QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
        await wait(lambda: page.banner.isVisible() and not page.busy)
        # Past every automatic pause: nothing is waiting to resend it, now or later.
        assert virtual_time.sleeping == 0
        await virtual_time.advance(sum(launcher.AUTO_RETRY_DELAYS_S) * 2)
        await asyncio.sleep(0.05)  # a resend already on its way would show in the log
        assert len(post_keys(sandbox)) == 1
        assert "by itself" not in page.banner.body_text()
        await page.aclose()
