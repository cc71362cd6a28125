"""Every action of the window is reachable from the keyboard, and F1 lists them all."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.credentials import SessionCredentialStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.session import Connection
from flora_desktop.ui.dialogs.settings_dialog import SettingsDialog
from flora_desktop.ui.dialogs.shortcuts_sheet import (
    COLUMN_ACTION,
    COLUMN_KEYS,
    ShortcutsSheet,
    mnemonic,
    plain_text,
)
from flora_desktop.ui.shell import Shell, build_shell
from tests.ui.conftest import Wait


@pytest_asyncio.fixture
async def shell(qtbot: QtBot, qapp_paths: AppPaths, sandbox: SandboxServer) -> AsyncIterator[Shell]:
    built = build_shell(
        qapp_paths,
        base_url=sandbox.api_url,
        keyring_store=SessionCredentialStore(),
        session_store=SessionCredentialStore(),
    )
    qtbot.addWidget(built.window)
    built.window.show()
    built.window.activateWindow()
    yield built
    await built.aclose()


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        found.append(action)
        if isinstance(sub, QMenu):
            found += menu_actions(sub)
    return found


def cell(sheet: ShortcutsSheet, row: int, column: int) -> str:
    item = sheet.table.item(row, column)
    assert item is not None
    return item.text()


def test_mnemonic_helpers() -> None:
    assert mnemonic("S&ettings…") == "E"
    assert mnemonic("Fish && &Chips") == "C"
    assert mnemonic("No marker") is None
    assert plain_text("S&ettings…") == "Settings"


@pytest.mark.asyncio
async def test_every_menu_action_has_keys_and_unique_letters(shell: Shell) -> None:
    bar = shell.window.menuBar()
    tops = [a for a in bar.actions() if a.menu() is not None]
    assert {"FLORA", "Help"} <= {plain_text(a.text()) for a in tops}
    menus: list[tuple[str, list[QAction]]] = [("menu bar", tops)]
    for action in tops:
        menu = action.menu()
        assert isinstance(menu, QMenu)
        for item in [action, *menu_actions(menu)]:
            sub = item.menu()
            if isinstance(sub, QMenu):
                own = [a for a in sub.actions() if not a.isSeparator()]
                menus.append((plain_text(item.text()), own))
    for where, actions in menus:
        letters: list[str | None] = []
        for action in actions:
            keys = [s for s in action.shortcuts() if not s.isEmpty()]
            letter = mnemonic(action.text())
            assert keys or letter, f"{action.text()!r} cannot be reached from the keyboard"
            letters.append(letter)
        used = [letter for letter in letters if letter is not None]
        assert len(used) == len(set(used)), f"letters repeat in {where}: {used}"


@pytest.mark.asyncio
async def test_f1_opens_the_sheet_listing_every_action(
    shell: Shell, sandbox: SandboxServer, wait: Wait
) -> None:
    await shell.window.show_connection(Connection(sandbox.api_url, sandbox.api_key, "session"))
    QTest.keyClick(shell.window, Qt.Key.Key_F1)
    await wait(lambda: shell.window.findChild(ShortcutsSheet) is not None)
    sheet = shell.window.findChild(ShortcutsSheet)
    assert sheet is not None

    rows = {
        cell(sheet, r, COLUMN_ACTION): cell(sheet, r, COLUMN_KEYS)
        for r in range(sheet.table.rowCount())
    }
    listed = "\n".join(f"{a} = {k}" for a, k in rows.items())
    assert rows["FLORA › Settings"].startswith("Ctrl+,")
    assert rows["FLORA › Quit"].startswith("Ctrl+Q")
    assert rows["Help › Keyboard shortcuts"].startswith("F1")
    assert "Alt+F, O" in rows["FLORA › Sign out"], listed
    # Shortcuts of the page on show are listed too, with what they do.
    assert any("Ctrl+Return" in k and "Run the technique" in a for a, k in rows.items()), listed
    assert any(k == "Ctrl+Z" for k in rows.values()), listed
    for action in menu_actions(shell.window.menuBar().actions()[0].menu()):  # type: ignore[arg-type]
        if action.isVisible() and action.menu() is None:
            assert any(plain_text(action.text()) in a for a in rows), action.text()
    QTest.keyClick(sheet, Qt.Key.Key_Escape)
    await wait(lambda: not sheet.isVisible())


@pytest.mark.asyncio
async def test_ctrl_comma_opens_settings(shell: Shell, wait: Wait) -> None:
    QTest.keySequence(shell.window, QKeySequence("Ctrl+,"))
    await wait(lambda: shell.window.findChild(SettingsDialog) is not None)
    dialog = shell.window.findChild(SettingsDialog)
    assert dialog is not None
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    await wait(lambda: not dialog.isVisible())
