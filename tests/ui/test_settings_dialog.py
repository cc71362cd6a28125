"""The Settings dialog, driven with the keyboard and mouse: profiles, keys, preferences, theme."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from flora_desktop.services.credentials import CredentialStore, SessionCredentialStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.profiles import Profiles
from flora_desktop.services.settings import Settings
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.assets import stylesheet_text
from flora_desktop.ui.dialogs.settings_dialog import SettingsDialog
from flora_desktop.ui.shell import build_shell
from flora_desktop.ui.theme import ThemeManager
from tests.ui.conftest import Wait

API = "https://app.flora.ai/api/v1"
STAGING = "https://staging.flora.ai/api/v1"
KEY = "sk_live_personal0123456789abc"


class Stores:
    """One in-memory store per keyring service, as ``Profiles`` asks for them."""

    def __init__(self) -> None:
        self.by_service: dict[str, SessionCredentialStore] = {}

    def __call__(self, service: str) -> CredentialStore:
        return self.by_service.setdefault(service, SessionCredentialStore())


@pytest.fixture
def settings(qapp_paths: AppPaths) -> Settings:
    return Settings.load(qapp_paths.settings_file)


@pytest.fixture
def stores() -> Stores:
    return Stores()


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[ThemeManager]:
    palette, sheet = qapp.palette(), qapp.styleSheet()
    manager = ThemeManager(qapp, stylesheet_text(), "light")
    yield manager
    manager.detach()
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setProperty("colorScheme", None)


@pytest.fixture
def dialog(qtbot: QtBot, settings: Settings, stores: Stores, theme: ThemeManager) -> SettingsDialog:
    tasks = TaskOwner()
    widget = SettingsDialog(settings, Profiles(settings, stores), theme, tasks)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_into(widget: object, text: str) -> None:
    from PySide6.QtWidgets import QLineEdit

    assert isinstance(widget, QLineEdit)
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)


def press_ok(dialog: SettingsDialog) -> None:
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


@pytest.mark.asyncio
async def test_ok_saves_the_preferences_and_applies_the_theme(
    dialog: SettingsDialog, settings: Settings, qapp: QApplication, tmp_path: Path, wait: Wait
) -> None:
    outputs = tmp_path / "my outputs"
    type_into(dialog.output_field, str(outputs))
    dialog.poll_field.setFocus()
    dialog.poll_field.selectAll()
    QTest.keyClicks(dialog.poll_field, "3.5")
    QTest.mouseClick(dialog.notifications_box, Qt.MouseButton.LeftButton)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    applied: list[bool] = []
    dialog.applied.connect(applied.append)

    press_ok(dialog)
    await wait(lambda: applied)

    assert applied == [False]  # the connection stays as it is
    assert not dialog.isVisible()
    saved = json.loads(settings.path.read_text())
    assert saved["output_folder"] == str(outputs)
    assert saved["poll_interval_s"] == 3.5
    assert saved["notifications"] is False
    assert saved["theme"] == "dark"
    assert qapp.property("colorScheme") == "dark"


@pytest.mark.asyncio
async def test_a_new_profile_with_its_own_key_becomes_active(
    dialog: SettingsDialog, settings: Settings, stores: Stores, wait: Wait
) -> None:
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    type_into(dialog.name_field, "Personal")
    type_into(dialog.base_url_field, STAGING)
    type_into(dialog.key_field, KEY)
    assert dialog.profile_list.currentItem().text() == "Personal"
    QTest.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    applied: list[bool] = []
    dialog.applied.connect(applied.append)

    press_ok(dialog)
    await wait(lambda: applied)

    assert applied == [True]  # another profile: the app must reconnect
    profiles = Profiles(Settings.load(settings.path), stores)
    assert profiles.active.name == "Personal"
    assert profiles.active.base_url == STAGING
    assert await profiles.get_key(profiles.active) == KEY
    assert await profiles.get_key(profiles.all()[0]) is None  # the default's key untouched
    assert dialog.key_field.text() == ""
    assert "sk_live" not in settings.path.read_text()


@pytest.mark.asyncio
async def test_a_bad_server_address_keeps_the_dialog_open_with_the_reason(
    dialog: SettingsDialog, settings: Settings
) -> None:
    type_into(dialog.base_url_field, "flora.ai")

    assert await dialog.save() is False

    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert "https://" in dialog.message.text()
    assert dialog.base_url_field.hasFocus()
    assert not settings.path.exists()


@pytest.mark.asyncio
async def test_a_multi_line_key_is_refused_and_not_saved(
    dialog: SettingsDialog, stores: Stores
) -> None:
    dialog.key_field.setText("sk_live_a\nsk_live_b")
    dialog.key_field.textEdited.emit(dialog.key_field.text())

    assert await dialog.save() is False

    assert "one line" in dialog.message.text()
    assert all(not s._keys for s in stores.by_service.values())


@pytest.mark.asyncio
async def test_cancel_drops_every_edit(
    dialog: SettingsDialog, settings: Settings, stores: Stores
) -> None:
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    type_into(dialog.name_field, "Personal")
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))

    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )

    assert not dialog.isVisible()
    assert [p.name for p in Profiles(settings, stores).all()] == ["Default"]
    assert settings.theme == "system"
    assert not settings.path.exists()


@pytest.mark.asyncio
async def test_removing_a_profile_removes_its_key_and_keeps_the_default(
    qtbot: QtBot, settings: Settings, stores: Stores, theme: ThemeManager, wait: Wait
) -> None:
    profiles = Profiles(settings, stores)
    personal = profiles.add("Personal", API)
    await profiles.set_key(personal, KEY)
    dialog = SettingsDialog(settings, profiles, theme, TaskOwner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.profile_list.setCurrentRow(0)
    assert not dialog.remove_button.isEnabled()  # the default profile stays

    dialog.profile_list.setCurrentRow(1)
    QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert await dialog.save() is True

    assert [p.name for p in profiles.all()] == ["Default"]
    assert await profiles.get_key(personal) is None


@pytest.mark.asyncio
async def test_ctrl_comma_opens_settings_and_the_profile_menu_lists_profiles(
    qtbot: QtBot, qapp_paths: AppPaths, wait: Wait
) -> None:
    settings = Settings.load(qapp_paths.settings_file)
    Profiles(settings).add("Personal", STAGING)
    settings.save_now()
    shell = build_shell(
        qapp_paths,
        base_url=None,
        keyring_store=SessionCredentialStore(),
        session_store=SessionCredentialStore(),
    )
    qtbot.addWidget(shell.window)
    shell.window.show()
    shell.window.activateWindow()

    # The active profile's server is the one sign-in offers.
    assert shell.window.sign_in.base_url() == API
    names = [a.text() for a in shell.window.profile_menu.profile_actions()]
    assert names == ["&1 Default", "&2 Personal"]
    assert shell.window.settings_action.shortcut() == QKeySequence("Ctrl+,")
    shell.window.settings_action.trigger()
    await wait(lambda: shell.window.findChild(SettingsDialog) is not None)
    dialog = shell.window.findChild(SettingsDialog)
    assert dialog is not None
    assert dialog.isModal()
    # Signed out: the active profile is chosen, not in use (nothing is connected).
    assert [dialog.profile_list.item(i).text() for i in range(2)] == [
        "Default (chosen)",
        "Personal",
    ]
    assert dialog.connection_label.text() == "Not connected right now."
    dialog.reject()
    await shell.aclose()
