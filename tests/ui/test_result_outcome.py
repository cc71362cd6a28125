"""The live result's panel wears its green only for a run that did not fail."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.paths import AppPaths
from flora_desktop.ui.assets import stylesheet_text
from flora_desktop.ui.widgets.result_panel import ResultPanel
from tests.ui.conftest import Wait
from tests.ui.runs_support import RunsAppFactory
from tests.ui.test_launcher import choose_workspace
from tests.ui.test_runs_panel import launch

SUCCESS_GREEN = QColor("#eef7ef")


@pytest_asyncio.fixture
async def make_app(
    sandbox: SandboxServer, qapp_paths: AppPaths, qtbot: QtBot, tmp_path: Path
) -> AsyncIterator[RunsAppFactory]:
    folder = tmp_path / "saved"
    folder.mkdir()
    factory = RunsAppFactory(sandbox, qapp_paths, qtbot, folder)
    yield factory
    await factory.aclose()


def background(panel: ResultPanel) -> QColor:
    """The panel's painted background, just inside its left border."""
    image = panel.grab().toImage()
    return image.pixelColor(3, image.height() // 2)


@pytest.mark.asyncio
async def test_a_failed_run_is_not_shown_on_success_green(
    make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    panel = app.page.result_panel
    panel.setStyleSheet(stylesheet_text())  # the app's look, on this panel only
    choose_workspace(app.page, "owner")
    await launch(
        app.tabs, "Voiceover Studio", qtbot, wait, script="x #fail:GENERATION_PROMPT_MODERATED"
    )
    await wait(lambda: app.tabs.live.status == "failed")
    assert background(panel) != SUCCESS_GREEN

    await launch(app.tabs, "Voiceover Studio", qtbot, wait, script="A warm welcome.")
    await wait(lambda: app.tabs.live.status == "completed")
    assert background(panel) == SUCCESS_GREEN
