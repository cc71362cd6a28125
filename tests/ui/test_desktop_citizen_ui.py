"""The running app and the desktop: a later launch's files, the one-time menu-entry offer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from flora_desktop.services.credentials import SessionCredentialStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.ui.desktop_citizen import OFFERED_MARKER, DesktopCitizen, DesktopEntryOffer
from flora_desktop.ui.shell import Shell, build_shell
from tests.ui.conftest import Wait

# Marked here, not only by tests/conftest.py's collection hook: pytest-asyncio 1.5 picks the
# loop (qasync for "gui") before that hook runs, and these tests need Qt's socket events.
pytestmark = pytest.mark.gui


class FakeInstaller:
    def __init__(self, installed: bool = False) -> None:
        self.installed = installed
        self.installs = 0

    def is_installed(self) -> bool:
        return self.installed

    def install(self) -> object:
        self.installs += 1
        self.installed = True
        return object()


def make_shell(qtbot: QtBot, paths: AppPaths) -> Shell:
    shell = build_shell(
        paths, base_url="http://127.0.0.1:9/api/v1", keyring_store=SessionCredentialStore()
    )
    qtbot.addWidget(shell.window)
    shell.window.show()
    return shell


def press(box: QMessageBox, text: str) -> None:
    buttons = [b for b in box.findChildren(QPushButton) if b.text() == text]
    assert buttons, [b.text() for b in box.findChildren(QPushButton)]
    buttons[0].click()


@pytest.mark.asyncio
async def test_files_handed_over_before_sign_in_wait_and_say_so(
    qtbot: QtBot, qapp_paths: AppPaths
) -> None:
    shell = make_shell(qtbot, qapp_paths)
    shell.window.show_sign_in()
    citizen = DesktopCitizen(shell)
    citizen.install()
    shell.window.showMinimized()
    citizen.take_arguments(["/tmp/portraits.florapreset"])
    # The window came back, and the sign-in panel says what will happen to the file.
    assert not shell.window.isMinimized()
    assert "portraits.florapreset" in shell.window.sign_in.message.text()
    assert citizen.imported == []


@pytest.mark.asyncio
async def test_unknown_arguments_from_a_newer_launch_only_raise_the_window(
    qtbot: QtBot, qapp_paths: AppPaths
) -> None:
    shell = make_shell(qtbot, qapp_paths)
    citizen = DesktopCitizen(shell)
    citizen.take_arguments(["--an-option-from-the-future"])
    assert shell.window.isVisible()


@pytest.mark.asyncio
async def test_the_menu_entry_is_offered_once_and_not_now_is_remembered(
    qtbot: QtBot, qapp_paths: AppPaths
) -> None:
    shell = make_shell(qtbot, qapp_paths)
    installer = FakeInstaller()
    offer = DesktopEntryOffer(shell.window, installer, qapp_paths.config_dir)  # type: ignore[arg-type]
    assert offer.wanted()
    offer.show()
    assert offer.box is not None
    assert offer.box.isVisible()
    assert offer.box.windowModality() == Qt.WindowModality.WindowModal
    press(offer.box, "Not now")
    assert installer.installs == 0
    assert (qapp_paths.config_dir / OFFERED_MARKER).exists()
    again = DesktopEntryOffer(shell.window, FakeInstaller(), qapp_paths.config_dir)  # type: ignore[arg-type]
    assert not again.wanted()


@pytest.mark.asyncio
async def test_accepting_the_offer_installs_the_entry(qtbot: QtBot, qapp_paths: AppPaths) -> None:
    shell = make_shell(qtbot, qapp_paths)
    installer = FakeInstaller()
    offer = DesktopEntryOffer(shell.window, installer, qapp_paths.config_dir)  # type: ignore[arg-type]
    offer.show()
    assert offer.box is not None
    press(offer.box, "Add to menu")
    assert installer.installs == 1
    assert not DesktopEntryOffer(shell.window, installer, Path(qapp_paths.config_dir)).wanted()  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_no_offer_when_an_entry_exists(qtbot: QtBot, qapp_paths: AppPaths) -> None:
    shell = make_shell(qtbot, qapp_paths)
    offer = DesktopEntryOffer(shell.window, FakeInstaller(installed=True), qapp_paths.config_dir)  # type: ignore[arg-type]
    assert not offer.wanted()


@pytest.mark.asyncio
async def test_session_end_saves_at_once_then_quitting_closes_the_window(
    qtbot: QtBot, qapp_paths: AppPaths, wait: Wait
) -> None:
    shell = make_shell(qtbot, qapp_paths)
    citizen = DesktopCitizen(shell)
    shell.window.resize(1000, 700)
    settings_file = qapp_paths.settings_file
    assert not settings_file.exists()
    citizen._on_commit_data(None)  # QGuiApplication.commitDataRequest(manager)
    await wait(settings_file.exists)
    assert json.loads(settings_file.read_text(encoding="utf-8"))["window_geometry"]
    assert shell.window.isVisible()  # the logout may still be cancelled: the app stays
    closed: list[bool] = []
    shell.window.closing.connect(lambda: closed.append(True))
    # As in app.main: closing the last window must not quit Qt (that would stop this loop).
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        citizen._on_about_to_quit()  # QCoreApplication.aboutToQuit
    finally:
        app.setQuitOnLastWindowClosed(quits)
    assert closed == [True]  # app.main then finishes the shut-down on a re-entered loop
    await shell.aclose()
