"""Runs still going when the app closes are watched again at the next start, with the same home."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.credentials import SessionCredentialStore
from flora_desktop.services.history import HistoryStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.ui.pages.connected import ConnectedTabs
from flora_desktop.ui.shell import Shell, build_shell
from tests.conftest import reset_sandbox
from tests.ui.conftest import Wait
from tests.ui.runs_support import POLL_S, RunsAppFactory, sandbox_runs
from tests.ui.test_launcher import choose_workspace
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


async def start_directly(client: FloraClient, script: str) -> tuple[str, str, str]:
    workspaces = await client.workspaces.list()
    owner = next(w for w in workspaces if w.role == "owner")
    found = [t async for t in client.techniques.list(workspace_id=owner.workspace_id)]
    technique = next(t for t in found if t.name == "Voiceover Studio")
    start = await client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=owner.workspace_id,
        inputs={"script": script},
    )
    return start.run_id, technique.technique_id, owner.workspace_id


@pytest.mark.asyncio
async def test_an_unfinished_run_in_the_history_is_watched_to_the_end_at_start(
    sandbox: SandboxServer,
    sandbox_client: FloraClient,
    qapp_paths: AppPaths,
    make_app: RunsAppFactory,
    wait: Wait,
) -> None:
    reset_sandbox(sandbox, run_seconds=1.0)
    run_id, technique_id, workspace_id = await start_directly(sandbox_client, "Left running")
    # What the last session wrote before it closed: the run, not yet final.
    async with HistoryStore.for_paths(qapp_paths) as history:
        await history.record_start(
            base_url=sandbox.api_url,
            run_id=run_id,
            technique_id=technique_id,
            workspace_id=workspace_id,
            inputs={"script": "Left running"},
            technique_name="Voiceover Studio",
            workspace_name="Studio North",
        )

    app = await make_app()
    tracked = app.tabs.tracker.get(run_id)
    assert tracked is not None
    assert tracked.run.technique_name == "Voiceover Studio"
    assert app.tabs.runs.model.row_of(run_id) == 0
    await wait(lambda: (t := app.tabs.tracker.get(run_id)) is not None and t.done)
    assert app.tabs.tracker.get(run_id).status == "completed"  # type: ignore[union-attr]

    async def final() -> bool:
        record = await app.history.get(run_id, base_url=sandbox.api_url)
        return record is not None and record.status == "completed" and bool(record.outputs)

    for _ in range(200):
        if await final():
            break
        await wait(lambda: True)
    assert await final()
    assert await app.history.unfinished(sandbox.api_url) == []
    # Watching it again started nothing new.
    assert [r["run_id"] for r in sandbox_runs(sandbox)] == [run_id]


def real_shell(qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer) -> Shell:
    shell = build_shell(
        paths,
        base_url=sandbox.api_url,
        keyring_store=SessionCredentialStore(),
        session_store=SessionCredentialStore(),
        poll_interval=POLL_S,
    )
    qtbot.addWidget(shell.window)
    shell.window.show()
    return shell


def tabs_of(shell: Shell) -> ConnectedTabs:
    launcher = shell.window.launcher
    assert launcher is not None
    assert isinstance(launcher.widget, ConnectedTabs)
    return launcher.widget


@pytest.mark.asyncio
async def test_closing_the_app_mid_run_and_starting_again_picks_the_run_up(
    sandbox: SandboxServer, qapp_paths: AppPaths, qtbot: QtBot, wait: Wait
) -> None:
    reset_sandbox(sandbox, run_seconds=1.5)
    env = {"FLORA_API_KEY": sandbox.api_key}
    first = real_shell(qtbot, qapp_paths, sandbox)
    await first.connect(env, use_sandbox=False)
    tabs = tabs_of(first)
    choose_workspace(tabs.launcher, "owner")

    run_id = await launch(tabs, "Voiceover Studio", qtbot, wait, script="Mid-run")
    assert not tabs.tracker.get(run_id).done  # type: ignore[union-attr]
    await first.aclose()  # closes the watch, then the history file

    second = real_shell(qtbot, qapp_paths, sandbox)
    await second.connect(env, use_sandbox=False)
    again = tabs_of(second)
    assert again.tracker.get(run_id) is not None
    await wait(lambda: (t := again.tracker.get(run_id)) is not None and t.done)
    assert again.tracker.get(run_id).status == "completed"  # type: ignore[union-attr]
    assert again.runs.model.row_of(run_id) is not None
    await second.aclose()
    assert len(sandbox_runs(sandbox)) == 1
