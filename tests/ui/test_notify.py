"""Where a finished run is announced: tray, the desktop's notification service, or a toast."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from flora_desktop.ui.notify import Notifier
from tests.notification_bus import FakeNotificationService, notification_service, session_bus
from tests.ui.conftest import Wait

# Marked here, not only by tests/conftest.py's collection hook: pytest-asyncio 1.5 picks the
# loop (qasync for "gui") before that hook runs, and these tests need Qt's socket events.
pytestmark = pytest.mark.gui


__all__ = ["notification_service", "session_bus"]  # fixtures, used by name


def make_window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    return window


@pytest.mark.asyncio
async def test_without_a_tray_the_desktop_service_shows_it(
    qtbot: QtBot, wait: Wait, notification_service: FakeNotificationService
) -> None:
    notifier = Notifier(make_window(qtbot), is_active=lambda: False, tray_available=False)
    assert notifier.notify("Portrait: completed", "Its outputs are ready.") == "desktop"
    await wait(lambda: notifier.last is not None)
    assert notifier.last == ("desktop", "Portrait: completed", "Its outputs are ready.")
    assert not notifier.toast.isVisible()
    assert len(notification_service.calls) == 1


@pytest.mark.asyncio
async def test_a_bus_without_the_service_falls_back_to_the_toast(
    qtbot: QtBot, wait: Wait, session_bus: str
) -> None:
    notifier = Notifier(make_window(qtbot), is_active=lambda: False, tray_available=False)
    notifier.notify("Portrait: failed", "FLORA Desktop says why.")
    await wait(lambda: notifier.last is not None)
    assert notifier.last is not None
    assert notifier.last[0] == "toast"
    assert notifier.toast.isVisible()


@pytest.mark.asyncio
async def test_a_refusing_service_is_not_asked_again(
    qtbot: QtBot, wait: Wait, notification_service: FakeNotificationService
) -> None:
    notification_service.refuse = True
    notifier = Notifier(make_window(qtbot), is_active=lambda: False, tray_available=False)
    notifier.notify("One", "first")
    await wait(lambda: notifier.last is not None)
    assert notifier.last == ("toast", "One", "first")
    assert notifier.notify("Two", "second") == "toast"  # straight to the window now
    assert len(notification_service.calls) == 1


@pytest.mark.asyncio
async def test_nothing_is_said_while_the_window_is_active(
    qtbot: QtBot, notification_service: FakeNotificationService
) -> None:
    notifier = Notifier(make_window(qtbot), is_active=lambda: True, tray_available=False)
    assert notifier.notify("Portrait: completed", "ready") is None
    assert notifier.last is None
