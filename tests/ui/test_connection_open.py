"""OpenConnection.open: the tabs are made where they will show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QStackedWidget
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.drafts import DraftStore
from flora_desktop.services.history import HistoryStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.session import Connection
from flora_desktop.services.settings import Settings
from flora_desktop.ui.connection import ConnectionParts, OpenConnection


def _parts(tmp_path: Path) -> ConnectionParts:
    paths = AppPaths.under(tmp_path / "home")
    paths.ensure()
    return ConnectionParts(
        Settings.load(paths.settings_file),
        DraftStore(paths.drafts_dir),
        HistoryStore.for_paths(paths),
        paths.cache_dir,
    )


@pytest.mark.asyncio
async def test_the_tabs_are_made_inside_the_given_parent(
    qtbot: QtBot, tmp_path: Path, sandbox: SandboxServer
) -> None:
    pages = QStackedWidget()
    qtbot.addWidget(pages)
    pages.show()
    parts = _parts(tmp_path)
    connection = Connection(sandbox.api_url, sandbox.api_key, "sandbox")
    opened = await OpenConnection.open(connection, parts, parent=pages)
    try:
        # Already where it shows: adding it to the pages moves (and restyles) nothing.
        assert opened.widget.parentWidget() is pages
        assert not opened.widget.isVisible()  # hidden until the window shows it
    finally:
        await opened.aclose()
        await parts.history.aclose()


@pytest.mark.asyncio
async def test_opening_leaves_no_window_behind(
    qtbot: QtBot, tmp_path: Path, sandbox: SandboxServer
) -> None:
    # The turn before the page builds PySide's types with throwaway widgets: none may
    # outlive it as a stray top-level window.
    pages = QStackedWidget()
    qtbot.addWidget(pages)
    pages.show()
    before = set(QApplication.topLevelWidgets())
    parts = _parts(tmp_path)
    connection = Connection(sandbox.api_url, sandbox.api_key, "sandbox")
    opened = await OpenConnection.open(connection, parts, parent=pages)
    try:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        left = set(QApplication.topLevelWidgets()) - before
        # (The launcher's menus and a combo box's popup are top-level by nature.)
        assert not [w for w in left if isinstance(w, QAbstractScrollArea)]
    finally:
        await opened.aclose()
        await parts.history.aclose()
