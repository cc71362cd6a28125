"""Two profiles on one server are two accounts: runs, watches and history never mix.

The real app's shell with profiles "Studio" and "Personal" on the same FLORA. A run started
as Studio; after switching to Personal nothing of it is watched with Personal's key, and
the History shows none of Studio's inputs or workspace names; back on Studio it is all there.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.credentials import SessionCredentialStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.profiles import Profiles
from flora_desktop.services.settings import Settings
from flora_desktop.ui.pages.connected import ConnectedTabs
from flora_desktop.ui.shell import Shell, build_shell
from tests.reliability.conftest import Observe
from tests.ui.conftest import wait_until
from tests.ui.test_launcher import choose_workspace, fill, pick

pytestmark = pytest.mark.gui

SCRIPT = "Studio North spring campaign"


@pytest_asyncio.fixture
async def shell(qtbot: QtBot, app_paths: AppPaths, sandbox: SandboxServer) -> AsyncIterator[Shell]:
    settings = Settings.load(app_paths.settings_file)
    profiles = Profiles(settings)
    studio = profiles.add("Studio", sandbox.api_url)
    profiles.add("Personal", sandbox.api_url)
    profiles.set_active(studio.profile_id)
    await settings.save()
    keys = SessionCredentialStore()
    await keys.set(sandbox.api_url, sandbox.api_key)
    built = build_shell(
        app_paths, base_url=None, keyring_store=keys, session_store=keys, poll_interval=0.05
    )
    qtbot.addWidget(built.window)
    built.window.resize(1280, 800)
    built.window.show()
    yield built
    # Shut down inside the test (pytest-qt deletes the window before async teardown).


async def tabs(shell: Shell) -> ConnectedTabs:
    def found() -> Any:
        launcher = shell.window.launcher
        return None if launcher is None else getattr(launcher, "tabs", None)

    await wait_until(found)
    connected = found()
    assert isinstance(connected, ConnectedTabs)
    await wait_until(lambda: connected.launcher.technique_picker.model.rowCount() > 0)
    return connected


async def history_rows(connected: ConnectedTabs) -> list[Any]:
    await connected.history.refresh()
    model = connected.history.model
    return [model.record_at(row) for row in range(model.rowCount())]


@pytest.mark.asyncio
async def test_switching_profiles_on_one_server_keeps_runs_and_history_apart(
    shell: Shell, sandbox: SandboxServer, qtbot: QtBot, observe: Observe
) -> None:
    await shell.connect({}, use_sandbox=False)
    studio = await tabs(shell)
    page = studio.launcher
    choose_workspace(page, "owner")
    await pick(page, "Voiceover Studio", qtbot, wait_until)
    fill(page, "script", SCRIPT)
    await page._tasks.wait("draft")  # the draft write that typing schedules
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: studio.tracker.runs and studio.tracker.runs[0].done)
    run_id = studio.tracker.runs[0].run_id
    await studio.tracker._tasks.wait("store:")  # its last status reaches the history

    await shell.switch_profile("personal")
    personal = await tabs(shell)
    assert personal is not studio
    assert personal.tracker.profile_id == "personal"
    # Resume and recovery ran inside the switch (ConnectedTabs.start); FLORA's list merges
    # in the background: wait for it, so a run it wrongly picked up would be watched now.
    await personal._tasks.wait("sync")
    assert personal.tracker.runs == (), "Studio's run is watched with Personal's key"
    seen = await history_rows(personal)
    # The sandbox has one key, so FLORA lists the run to Personal too: as started elsewhere,
    # never with the inputs or names Studio typed.
    assert all(r.origin == "server" and r.inputs is None for r in seen if r is not None)
    assert SCRIPT not in " ".join(repr(r) + str(r.inputs) for r in seen)

    await shell.switch_profile("studio")
    back = await tabs(shell)
    mine = [r for r in await history_rows(back) if r is not None and r.run_id == run_id]
    assert len(mine) == 1
    assert mine[0].origin == "local"
    assert mine[0].inputs == {"script": SCRIPT}
    assert len(await sandbox_runs(sandbox)) == 1
    await shell.aclose()
    observe(
        "account",
        "profiles “Studio” and “Personal” on the same server: a run as Studio, then switch "
        "to Personal, then back",
        "Personal's Runs panel is empty and its History shows none of Studio's inputs; back "
        "on Studio the run is there with its inputs",
        "history, watched runs and noted presses are kept per profile + server (schema v3)",
    )


async def sandbox_runs(sandbox: SandboxServer) -> list[dict[str, Any]]:
    from tests.ui.runs_support import sandbox_runs as runs

    return await asyncio.to_thread(runs, sandbox)
