"""The History view: runs recorded, searched and filtered, merged with FLORA's list, reopened."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.rerun import NO_INPUTS_NOTE
from flora_desktop.ui.models.history_model import HistoryModel
from flora_desktop.ui.pages.connected import HISTORY_TAB, LAUNCH_TAB
from tests.ui.conftest import Wait
from tests.ui.runs_support import URL_DOC, RunsApp, RunsAppFactory, sandbox_runs
from tests.ui.test_launcher import choose_workspace, pick
from tests.ui.test_runs_panel import launch


@pytest_asyncio.fixture
async def make_app(
    sandbox: SandboxServer, qapp_paths: AppPaths, qtbot: QtBot, tmp_path: Path
) -> AsyncIterator[RunsAppFactory]:
    folder = tmp_path / "saved"
    folder.mkdir()
    factory = RunsAppFactory(sandbox, qapp_paths, qtbot, folder)
    yield factory
    await factory.aclose()


def shown(app: RunsApp, column: int) -> list[str]:
    model = app.tabs.history.model
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


async def two_runs(app: RunsApp, qtbot: QtBot, wait: Wait) -> tuple[str, str]:
    choose_workspace(app.page, "owner")
    good = await launch(app.tabs, "Voiceover Studio", qtbot, wait, script="Autumn sale voiceover")
    bad = await launch(app.tabs, "Art Director's Critique", qtbot, wait, artwork=URL_DOC)
    tracker = app.tabs.tracker
    await wait(lambda: all((t := tracker.get(r)) is not None and t.done for r in (good, bad)))
    return good, bad


async def history_shows(app: RunsApp, wait: Wait, count: int) -> None:
    view = app.tabs.history
    app.tabs.setCurrentIndex(HISTORY_TAB)
    await view.refresh()
    await wait(lambda: view.model.rowCount() == count)


@pytest.mark.asyncio
async def test_runs_started_here_are_listed_searched_and_filtered(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    good, other = await two_runs(app, qtbot, wait)
    view = app.tabs.history
    await history_shows(app, wait, 2)
    await wait(lambda: set(shown(app, HistoryModel.STATUS)) == {"Completed"})
    assert shown(app, HistoryModel.TECHNIQUE) == ["Art Director's Critique", "Voiceover Studio"]
    assert shown(app, HistoryModel.ORIGIN) == ["This app", "This app"]
    assert shown(app, HistoryModel.WORKSPACE) == ["Studio North", "Studio North"]
    assert view.count_text() == "2 runs"

    # Search by a word of the inputs (typed, as a user would).
    QTest.keyClicks(view.search, "autumn")
    await wait(lambda: view.model.rowCount() == 1)
    assert shown(app, HistoryModel.TECHNIQUE) == ["Voiceover Studio"]
    assert view.selected_record is not None
    assert view.selected_record.run_id == good
    # Labelled fields in the technique's words, not a JSON object.
    assert "Script: Autumn sale voiceover" in view.inputs.text()
    assert "{" not in view.inputs.text()
    view.search.clear()
    await wait(lambda: view.model.rowCount() == 2)

    # Filters: technique, status and date.
    techniques = view.technique_filter
    techniques.setCurrentIndex(techniques.findText("Art Director's Critique"))
    await wait(lambda: shown(app, HistoryModel.TECHNIQUE) == ["Art Director's Critique"])
    techniques.setCurrentIndex(0)
    view.status_filter.setCurrentIndex(view.status_filter.findData("failed"))
    await wait(lambda: view.model.rowCount() == 0)
    assert view.count_text() == "0 runs"
    view.status_filter.setCurrentIndex(0)
    view.date_filter.setCurrentIndex(view.date_filter.findText("Today"))
    await wait(lambda: view.model.rowCount() == 2)
    assert other in {view.model.record_at(r).run_id for r in range(2)}  # type: ignore[union-attr]


@pytest.mark.asyncio
async def test_runs_started_elsewhere_are_merged_from_floras_list(
    sandbox: SandboxServer,
    make_app: RunsAppFactory,
    sandbox_client: FloraClient,
    qtbot: QtBot,
    wait: Wait,
) -> None:
    app = await make_app()
    mine, _ = await two_runs(app, qtbot, wait)
    # A run started outside the app (a script with the same key).
    workspaces = await sandbox_client.workspaces.list()
    owner = next(w for w in workspaces if w.role == "owner")
    found = [t async for t in sandbox_client.techniques.list(workspace_id=owner.workspace_id)]
    technique = next(t for t in found if t.name == "Voiceover Studio")
    elsewhere = await sandbox_client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=owner.workspace_id,
        inputs={"script": "From a script"},
    )
    view = app.tabs.history
    app.tabs.setCurrentIndex(HISTORY_TAB)
    QTest.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    await wait(lambda: view.model.row_of(elsewhere.run_id) is not None)
    assert view.model.rowCount() == 3
    row = view.model.row_of(elsewhere.run_id)
    assert row is not None
    assert view.model.data(view.model.index(row, HistoryModel.ORIGIN)) == "Elsewhere"
    assert view.model.data(view.model.index(row, HistoryModel.WORKSPACE)) == "Studio North"
    # Our own runs stay ours (with their inputs) after the merge.
    mine_row = view.model.row_of(mine)
    assert mine_row is not None
    assert view.model.data(view.model.index(mine_row, HistoryModel.ORIGIN)) == "This app"

    view.table.selectRow(row)
    await wait(lambda: view.selected_record is not None)
    assert view.selected_record is not None
    assert view.selected_record.run_id == elsewhere.run_id
    assert not view.open_button.isEnabled()
    assert view.open_button.toolTip() == NO_INPUTS_NOTE
    assert view.inputs.text() == NO_INPUTS_NOTE


@pytest.mark.asyncio
async def test_open_in_editor_and_run_again_from_the_history(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    good, _ = await two_runs(app, qtbot, wait)
    view = app.tabs.history
    await history_shows(app, wait, 2)
    row = view.model.row_of(good)
    assert row is not None
    view.table.selectRow(row)
    await wait(lambda: view.selected_record is not None and view.selected_record.run_id == good)
    # Voiceover Studio is loaded in the launcher's catalogue, so the price is known.
    assert view.again_button.text() == "Run again with these inputs — new run, costs $0.20"
    assert "costs $0.20" in view.again_button.toolTip()

    # Pick another technique first, so "Open in editor" has to switch back.
    app.tabs.setCurrentIndex(LAUNCH_TAB)
    await pick(app.page, "CCTV Cam", qtbot, wait)
    app.tabs.setCurrentIndex(HISTORY_TAB)
    QTest.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    await wait(lambda: app.tabs.currentIndex() == LAUNCH_TAB)
    await wait(
        lambda: app.page.technique is not None and app.page.technique.name == "Voiceover Studio"
    )
    rows = app.page.editor.draft()["rows"]
    assert {"key": "script", "value": "Autumn sale voiceover"}.items() <= rows[0].items()
    assert len(sandbox_runs(sandbox)) == 2  # opening starts nothing

    # Run again: a new, billed run with the same inputs (and a new key).
    app.tabs.setCurrentIndex(HISTORY_TAB)
    await wait(lambda: view.selected_record is not None)
    await wait(app.page.spend_guard.admits)  # a deliberate press, not a double-click's second
    QTest.mouseClick(view.again_button, Qt.MouseButton.LeftButton)
    await wait(lambda: len(sandbox_runs(sandbox)) == 3)
    runs = sandbox_runs(sandbox)
    assert runs[2]["inputs"] == {"script": "Autumn sale voiceover"}
    assert runs[2]["idempotency_key"] not in {r["idempotency_key"] for r in runs[:2]}
    await wait(lambda: len(app.tracked()) == 3)
