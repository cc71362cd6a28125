"""RunStarter holds one busy state from the press: while picture checks settle, then the start.

The launcher only asks it to settle the checks; the Run bar, a second press and Cancel are
the starter's, whichever part of the press is going on.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.services.submit import RunSubmitter, Submission
from flora_desktop.ui.pages.banner_countdown import BannerCountdown
from flora_desktop.ui.pages.run_starter import RunStarter
from flora_desktop.ui.widgets.error_banner import ErrorBanner
from flora_desktop.ui.widgets.run_bar import RunBar
from tests.ui.conftest import Wait


class _Checks:
    """Checks that run until released; records whether they ended or were cancelled."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.started = 0
        self.ended: list[str] = []

    async def __call__(self) -> None:
        self.started += 1
        try:
            await self.release.wait()
        except asyncio.CancelledError:
            self.ended.append("cancelled")
            raise
        self.ended.append("done")


class _Starter:
    def __init__(self, client: FloraClient, qtbot: QtBot) -> None:
        self.host = QWidget()
        qtbot.addWidget(self.host)
        self.bar = RunBar(self.host)
        self.bar.set_cost(0.12)
        self.banner = ErrorBanner(self.host)
        self.countdown = BannerCountdown(self.banner)
        self.starter = RunStarter(RunSubmitter(client), self.bar, self.banner, self.countdown)
        self.busy: list[bool] = []
        self.starter.busy_changed.connect(self.busy.append)
        self.host.show()


@pytest_asyncio.fixture
async def parts(sandbox_client: FloraClient, qtbot: QtBot) -> AsyncIterator[_Starter]:
    built = _Starter(sandbox_client, qtbot)
    yield built
    await built.starter.aclose()
    await built.countdown.aclose()


@pytest.mark.asyncio
async def test_settling_checks_is_the_same_busy_state_as_starting(
    parts: _Starter, wait: Wait
) -> None:
    checks = _Checks()
    settling = asyncio.ensure_future(parts.starter.settle_checks(checks))
    await wait(lambda: checks.started == 1)

    assert parts.starter.busy
    assert parts.busy == [True]
    assert parts.bar.run_button.text() == "Starting…"
    assert not parts.bar.run_button.isEnabled()  # the press shows at once
    assert parts.bar.cancel_button.isVisible()
    # A second press meanwhile, whichever way it comes, is not taken.
    second = _Checks()
    assert await parts.starter.settle_checks(second) is False
    assert second.started == 0
    assert await parts.starter.start(Submission("cctv-cam", "ws", {})) is None

    checks.release.set()
    assert await settling is True
    assert checks.ended == ["done"]
    assert parts.busy == [True, False]
    assert not parts.starter.busy
    assert parts.bar.run_button.text() == "Run"
    assert not parts.bar.cancel_button.isVisible()


@pytest.mark.asyncio
async def test_cancel_while_checks_settle_stops_the_press(parts: _Starter, wait: Wait) -> None:
    checks = _Checks()
    settling = asyncio.ensure_future(parts.starter.settle_checks(checks))
    await wait(lambda: checks.started == 1)

    QTest.mouseClick(parts.bar.cancel_button, Qt.MouseButton.LeftButton)

    assert await settling is False  # the assembler sends nothing
    assert checks.ended == ["cancelled"]
    assert parts.busy == [True, False]
    assert parts.bar.run_button.isEnabled()
    assert parts.banner.title_text() == ""  # nothing went wrong: nothing to say
