"""The launcher's units without the page: the catalogue feeder and the submit path."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.api.errors import FloraError, NotFoundError
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.catalog import TechniqueCatalog
from flora_desktop.services.submit import RunSubmitter, Submission, SubmitOutcome
from flora_desktop.ui.pages.banner_countdown import BannerCountdown
from flora_desktop.ui.pages.catalogue_browser import CatalogueBrowser
from flora_desktop.ui.pages.run_starter import RunStarter
from flora_desktop.ui.widgets.error_banner import ErrorBanner
from flora_desktop.ui.widgets.run_bar import RunBar
from flora_desktop.ui.widgets.technique_picker import TechniquePicker
from tests.ui.conftest import Wait

RUNS = "/api/v1/runs/technique"
IMAGE = "https://images.unsplash.com/photo-1.png"


def _fault(sandbox: SandboxServer, **body: Any) -> None:
    httpx.post(f"{sandbox.root_url}/_sandbox/faults", json=body).raise_for_status()


def _runs(sandbox: SandboxServer) -> list[dict[str, Any]]:
    runs: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/runs").json()["runs"]
    return runs


async def _loaded(task: asyncio.Task[bool] | None) -> bool:
    assert task is not None  # an async test: the event loop runs, so the load started
    return await task


async def _owner(client: FloraClient) -> str:
    workspaces = await client.workspaces.list()
    return next(w.workspace_id for w in workspaces if w.role == "owner")


# --- the catalogue feeder ------------------------------------------------------------------


@pytest_asyncio.fixture
async def browser(
    sandbox_client: FloraClient, qtbot: QtBot
) -> AsyncIterator[tuple[CatalogueBrowser, TechniquePicker]]:
    picker = TechniquePicker()
    qtbot.addWidget(picker)
    unit = CatalogueBrowser(
        TechniqueCatalog(sandbox_client, debounce_seconds=0.0), picker, lambda: None
    )
    yield unit, picker
    await unit.aclose()


@pytest.mark.asyncio
async def test_catalogue_loads_into_the_picker_and_searches(
    browser: tuple[CatalogueBrowser, TechniquePicker], sandbox_client: FloraClient, wait: Wait
) -> None:
    unit, picker = browser
    loaded: list[bool] = []
    unit.loaded.connect(lambda: loaded.append(True))

    assert await _loaded(unit.load(await _owner(sandbox_client)))
    assert loaded
    assert picker.model.rowCount() >= 2
    cctv = next(t for t in unit.items if t.name == "CCTV Cam")
    assert unit.run_cost_of(cctv.technique_id) == cctv.run_cost
    assert unit.run_cost_of("no-such-technique") is None

    QTest.keyClicks(picker.search, "cctv")
    await wait(lambda: unit.catalog.query == "cctv")
    names = {t.name for r in range(picker.model.rowCount()) if (t := picker.model.technique_at(r))}
    assert names == {"CCTV Cam"}


@pytest.mark.asyncio
async def test_catalogue_failure_is_reported_not_shown(
    browser: tuple[CatalogueBrowser, TechniquePicker], sandbox: SandboxServer
) -> None:
    unit, _picker = browser
    failures: list[FloraError] = []
    unit.failed.connect(failures.append)
    _fault(sandbox, method="GET", path="/api/v1/techniques", status=404, code="not_found")

    assert not await _loaded(unit.load("ws-missing"))
    assert len(failures) == 1
    assert isinstance(failures[0], NotFoundError)


# --- the submit path ------------------------------------------------------------------------


class _Parts:
    def __init__(self, client: FloraClient, qtbot: QtBot) -> None:
        self.host = QWidget()
        qtbot.addWidget(self.host)
        self.bar = RunBar(self.host)
        self.bar.set_cost(0.12)
        self.banner = ErrorBanner(self.host)
        self.countdown = BannerCountdown(self.banner)
        self.starter = RunStarter(RunSubmitter(client), self.bar, self.banner, self.countdown)
        self.events: list[tuple[str, object]] = []
        self.starter.started.connect(lambda o: self.events.append(("started", o)))
        self.starter.failed.connect(lambda e, _s: self.events.append(("failed", e)))
        self.starter.stopped.connect(lambda s: self.events.append(("stopped", s)))
        self.starter.not_retried.connect(lambda: self.events.append(("not_retried", None)))
        # What the bar says while the signal is delivered: busy must be over by then.
        self.busy_at_report: list[bool] = []
        for signal in (self.starter.started, self.starter.failed, self.starter.stopped):
            signal.connect(lambda *_a: self.busy_at_report.append(self.starter.busy))


@pytest_asyncio.fixture
async def parts(sandbox_client: FloraClient, qtbot: QtBot) -> AsyncIterator[_Parts]:
    built = _Parts(sandbox_client, qtbot)
    yield built
    await built.starter.aclose()
    await built.countdown.aclose()


async def _submission(client: FloraClient) -> Submission:
    technique = await client.techniques.retrieve("cctv-cam")
    return Submission(technique.technique_id, await _owner(client), {"input_image": IMAGE})


@pytest.mark.asyncio
async def test_start_reports_the_run_after_the_busy_state(
    parts: _Parts, sandbox_client: FloraClient, sandbox: SandboxServer
) -> None:
    outcome = await parts.starter.start(await _submission(sandbox_client))

    assert isinstance(outcome, SubmitOutcome)
    assert outcome.run is not None
    assert [kind for kind, _ in parts.events] == ["started"]
    assert parts.busy_at_report == [False]
    assert parts.bar.run_button.text() == "Run"
    assert [r["run_id"] for r in _runs(sandbox)] == [outcome.run.run_id]
    assert parts.starter.unsure is None


@pytest.mark.asyncio
async def test_a_failure_leaves_the_submission_to_look_up(
    parts: _Parts, sandbox_client: FloraClient, sandbox: SandboxServer
) -> None:
    submission = await _submission(sandbox_client)
    _fault(sandbox, method="POST", path=RUNS, status=500, code="internal_error")

    assert await parts.starter.start(submission) is None

    assert [kind for kind, _ in parts.events] == ["failed"]
    assert parts.busy_at_report == [False]
    assert parts.starter.unsure == submission


@pytest.mark.asyncio
async def test_cancelling_a_429_wait_says_so_once(
    parts: _Parts, sandbox_client: FloraClient, sandbox: SandboxServer, wait: Wait
) -> None:
    submission = await _submission(sandbox_client)
    _fault(sandbox, method="POST", path=RUNS, status=429, code="rate_limited", retry_after=30)
    parts.host.show()
    task = asyncio.ensure_future(parts.starter.start(submission))
    await wait(lambda: parts.bar.run_button.text() == "Waiting…")
    assert parts.banner.title_text() == "FLORA is busy"

    QTest.mouseClick(parts.bar.cancel_button, Qt.MouseButton.LeftButton)
    assert await task is None

    assert [kind for kind, _ in parts.events] == ["not_retried"]
    assert parts.banner.title_text() == "Not retried"
    body = parts.banner.body_text()
    assert body.count("Nothing was charged") == 1
    assert "trying again" not in body
    assert not parts.starter.busy
    assert _runs(sandbox) == []


@pytest.mark.asyncio
async def test_cancelling_the_clients_own_429_wait_says_not_retried_once(
    sandbox: SandboxServer, qtbot: QtBot, wait: Wait
) -> None:
    # The app's own retry budget: the client waits out the 429 by itself, under a notice.
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url) as client:
        parts = _Parts(client, qtbot)
        submission = await _submission(client)
        _fault(sandbox, method="POST", path=RUNS, status=429, code="rate_limited", retry_after=30)
        task = asyncio.ensure_future(parts.starter.start(submission))
        await wait(lambda: parts.banner.title_text() == "FLORA is busy")

        QTest.mouseClick(parts.bar.cancel_button, Qt.MouseButton.LeftButton)
        assert await task is None

        assert [kind for kind, _ in parts.events] == ["not_retried"]
        assert parts.banner.title_text() == "Not retried"
        assert parts.starter.unsure is None  # nothing to look up: FLORA refused it
        await parts.starter.aclose()
        await parts.countdown.aclose()


class _Checks:
    """Picture checks that run until released; records how they ended."""

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


@pytest.mark.asyncio
async def test_settling_checks_is_the_same_busy_state_as_starting(
    parts: _Parts, wait: Wait
) -> None:
    busy: list[bool] = []
    parts.starter.busy_changed.connect(busy.append)
    parts.host.show()
    checks = _Checks()
    settling = asyncio.ensure_future(parts.starter.settle_checks(checks))
    await wait(lambda: checks.started == 1)

    assert parts.starter.busy
    assert busy == [True]
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
    assert busy == [True, False]
    assert parts.bar.run_button.text() == "Run"
    assert not parts.bar.cancel_button.isVisible()


@pytest.mark.asyncio
async def test_cancel_while_checks_settle_stops_the_press(parts: _Parts, wait: Wait) -> None:
    parts.host.show()
    checks = _Checks()
    settling = asyncio.ensure_future(parts.starter.settle_checks(checks))
    await wait(lambda: checks.started == 1)

    QTest.mouseClick(parts.bar.cancel_button, Qt.MouseButton.LeftButton)

    assert await settling is False  # the assembler sends nothing
    assert checks.ended == ["cancelled"]
    assert not parts.starter.busy
    assert parts.bar.run_button.isEnabled()
    assert parts.banner.title_text() == ""  # nothing went wrong: nothing to say
    assert parts.events == []


@pytest.mark.asyncio
async def test_text_set_by_a_screen_reader_searches_like_typing(
    browser: tuple[CatalogueBrowser, TechniquePicker], sandbox_client: FloraClient, wait: Wait
) -> None:
    from PySide6.QtGui import QAccessible

    unit, picker = browser
    assert await _loaded(unit.load(await _owner(sandbox_client)))
    search = QAccessible.queryAccessibleInterface(picker.search)
    assert search is not None
    # What AT-SPI's set_text_contents does: textChanged, no textEdited.
    search.setText(QAccessible.Text.Value, "cctv")
    assert picker.search.text() == "cctv"
    await wait(lambda: unit.catalog.query == "cctv")
    names = {t.name for r in range(picker.model.rowCount()) if (t := picker.model.technique_at(r))}
    assert names == {"CCTV Cam"}
