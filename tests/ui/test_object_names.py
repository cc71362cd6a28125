"""Issue 3's stable objectNames exist once each in the real window parts, with accessible names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.credentials import SessionCredentialStore
from flora_desktop.services.drafts import DraftStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.session import Connection
from flora_desktop.services.settings import Settings
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.pages.launcher import LauncherPage
from flora_desktop.ui.pages.sign_in import SignInPanel

LAUNCHER_NAMES = (
    "workspacePicker",
    "techniquePicker",
    "techniqueSearch",
    "inputsEditor",
    "runButton",
    "resultPanel",
    "errorBanner",
)
SIGN_IN_NAMES = ("signInPanel", "apiKeyField")


def _named(root: QWidget, name: str) -> QWidget:
    found = [w for w in [root, *root.findChildren(QWidget)] if w.objectName() == name]
    assert len(found) == 1, f"{name}: {len(found)} widgets"
    return found[0]


def _spoken(widget: QWidget) -> str:
    # Live-text parts mirror their text into the description (PLATFORM.md, AT-SPI notes).
    return widget.accessibleName() or widget.accessibleDescription() or ""


@pytest.mark.gui
@pytest.mark.asyncio
async def test_launcher_and_sign_in_names(
    qtbot: Any, tmp_path: Path, sandbox: SandboxServer
) -> None:
    paths = AppPaths.under(tmp_path / "home")
    paths.ensure()
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url) as client:
        page = LauncherPage(
            client,
            Settings.load(paths.settings_file),
            DraftStore(paths.drafts_dir),
            Connection(sandbox.api_url, sandbox.api_key, "sandbox"),
        )
        qtbot.addWidget(page)
        page.show()
        try:
            await page.start()
            for name in LAUNCHER_NAMES:
                widget = _named(page, name)
                if name not in ("resultPanel", "errorBanner"):  # hidden until they speak
                    assert _spoken(widget), name
        finally:
            await page.aclose()

    tasks = TaskOwner()
    panel = SignInPanel(
        base_url=sandbox.api_url,
        keyring_store=SessionCredentialStore(),
        session_store=SessionCredentialStore(),
        start_sandbox=lambda: pytest.fail("sandbox started"),
        tasks=tasks,
    )
    qtbot.addWidget(panel)
    for name in SIGN_IN_NAMES:
        assert _spoken(_named(panel, name)), name
    await tasks.aclose()
