"""The embedded sandbox gets a new port on each start; the last choices must survive that."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.drafts import DraftStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.session import Connection
from flora_desktop.services.settings import Settings
from flora_desktop.ui.pages.launcher import LauncherPage
from tests.ui.conftest import Wait
from tests.ui.test_launcher import choose_workspace, pick


def _same_sandbox_on_another_url(sandbox: SandboxServer) -> str:
    # localhost and 127.0.0.1 reach the same server through a different base URL, as a
    # restarted sandbox on a new port would look to the settings.
    return sandbox.api_url.replace("127.0.0.1", "localhost")


async def _page(
    qtbot: QtBot, paths: AppPaths, client: FloraClient, connection: Connection
) -> LauncherPage:
    page = LauncherPage(
        client, Settings.load(paths.settings_file), DraftStore(paths.drafts_dir), connection
    )
    qtbot.addWidget(page)
    page.show()
    await page.start()
    return page


@pytest.mark.asyncio
async def test_last_workspace_and_technique_survive_a_new_sandbox_url(
    sandbox: SandboxServer, qtbot: QtBot, wait: Wait, qapp_paths: AppPaths
) -> None:
    first_url = sandbox.api_url
    async with FloraClient(api_key=sandbox.api_key, base_url=first_url) as client:
        page = await _page(
            qtbot, qapp_paths, client, Connection(first_url, sandbox.api_key, "sandbox")
        )
        choose_workspace(page, "editor")
        await pick(page, "CCTV Cam", qtbot, wait)
        chosen = page.workspace
        await page.aclose()

    second_url = _same_sandbox_on_another_url(sandbox)
    async with FloraClient(api_key=sandbox.api_key, base_url=second_url) as client:
        again = await _page(
            qtbot, qapp_paths, client, Connection(second_url, sandbox.api_key, "sandbox")
        )
        try:
            assert again.workspace == chosen
            assert again.technique is not None
            assert again.technique.name == "CCTV Cam"
        finally:
            await again.aclose()
    # One remembered entry for the sandbox, not one per port it ever had.
    assert first_url not in qapp_paths.settings_file.read_text(encoding="utf-8")


def test_only_the_sandbox_uses_the_stable_settings_url() -> None:
    sandbox = Connection("http://127.0.0.1:41234/api/v1", "sk_test_x", "sandbox")
    real = Connection("https://app.flora.ai/api/v1", "sk_live_x", "keyring")
    assert (
        sandbox.settings_url == Connection("http://127.0.0.1:5/api/v1", "k", "sandbox").settings_url
    )
    assert sandbox.settings_url != sandbox.base_url
    assert real.settings_url == real.base_url
