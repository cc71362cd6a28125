"""The launcher page is built without moving its parts: a move restyles a whole subtree."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.drafts import DraftStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.session import Connection
from flora_desktop.services.settings import Settings
from flora_desktop.ui.pages.launcher import LauncherPage


class ParentChanges(QObject):
    """Counts the widgets that changed parent while it is installed on the application."""

    def __init__(self) -> None:
        super().__init__()
        self.moved: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and isinstance(watched, QWidget):
            self.moved.append(watched.objectName() or type(watched).__name__)
        return False


@contextmanager
def parent_changes(app: QApplication) -> Iterator[ParentChanges]:
    changes = ParentChanges()
    app.installEventFilter(changes)
    try:
        yield changes
    finally:
        app.removeEventFilter(changes)


def new_page(
    client: FloraClient, sandbox: SandboxServer, home: Path, *, finish: bool = True
) -> LauncherPage:
    paths = AppPaths.under(home)
    paths.ensure()
    return LauncherPage(
        client,
        Settings.load(paths.settings_file),
        DraftStore(paths.drafts_dir),
        Connection(sandbox.api_url, sandbox.api_key, "sandbox"),
        finish=finish,
    )


@pytest.mark.asyncio
async def test_the_launcher_parts_are_made_where_they_show(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, sandbox: SandboxServer
) -> None:
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url) as client:
        with parent_changes(qapp) as changes:
            page = new_page(client, sandbox, tmp_path / "home")
        qtbot.addWidget(page)
        try:
            parts = {
                "workspacePicker": page.layout_unit.pickers_box,
                "techniquePickerPane": page.layout_unit.pickers_box,
                "inputsEditor": page.layout_unit.form_box,
                "runBar": page.layout_unit.form_box,
            }
            for name, box in parts.items():
                widget = page.findChild(QWidget, name)
                assert widget is not None, name
                assert widget.parentWidget() is box, name
            # The containers and the parts in them never moved.
            big = {"launcherPickers", "launcherWork", "launcherWorkSplit", "resultPanel", *parts}
            assert big.isdisjoint(changes.moved), changes.moved
        finally:
            await page.aclose()


def focus_chain(page: QWidget) -> list[str]:
    """Object names along Qt's focus chain from the page (creation order decides it)."""
    names: list[str] = []
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and len(names) < 500:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.nextInFocusChain()
    return names


@pytest.mark.asyncio
async def test_a_page_built_in_two_halves_is_the_page_built_at_once(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, sandbox: SandboxServer
) -> None:
    """The connection builds the page over two turns (``finish=False``, then ``finish()``)."""
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url) as client:
        at_once = new_page(client, sandbox, tmp_path / "one")
        halves = new_page(client, sandbox, tmp_path / "two", finish=False)
        qtbot.addWidget(at_once)
        qtbot.addWidget(halves)
        try:
            # The first half holds the frame only: no form yet.
            assert halves.findChild(QWidget, "inputsEditor") is None
            assert halves.findChild(QWidget, "runBar") is None
            assert halves.findChild(QWidget, "resultPanel") is None
            with parent_changes(qapp) as changes:
                halves.finish()
                halves.finish()  # once: a second call builds nothing more
            assert len(halves.findChildren(QWidget, "inputsEditor")) == 1
            assert halves.editor.parentWidget() is halves.layout_unit.form_box
            assert {"inputsEditor", "runBar", "launcherWork"}.isdisjoint(changes.moved)
            # Same widgets in the same focus order as the page built in one go, and that
            # order is the reading order: pickers, form, banner, Run, the result.
            chain = focus_chain(halves)
            assert chain == focus_chain(at_once)
            reading = ["techniqueSearch", "inputsEditor", "errorBanner", "runBar", "resultPanel"]
            assert sorted(reading, key=chain.index) == reading, chain
        finally:
            await halves.aclose()
            await at_once.aclose()
