"""The freedesktop Notifications call, against a fake service on a private session bus."""

from __future__ import annotations

import pytest

from flora_desktop.services.desktop_notifications import (
    NOTIFY_SIGNATURE,
    DesktopNotificationError,
    DesktopNotifications,
)
from tests.notification_bus import FakeNotificationService, notification_service, session_bus

__all__ = ["notification_service", "session_bus"]  # fixtures, used by name


def notifications() -> DesktopNotifications:
    return DesktopNotifications("FLORA Desktop", "ai.flora.Desktop", "ai.flora.Desktop")


@pytest.mark.asyncio
async def test_notify_sends_the_exact_signature_the_spec_asks_for(
    notification_service: FakeNotificationService,
) -> None:
    desktop = notifications()
    assert await desktop.available()
    assert await desktop.notify("Portrait: completed", "Its outputs are ready.") == 1
    signature, body = notification_service.calls[0]
    # uint32 replaces_id and a string array of actions: strict services reject i/q or av.
    assert signature == NOTIFY_SIGNATURE == "susssasa{sv}i"
    assert body[:6] == (
        "FLORA Desktop", 0, "ai.flora.Desktop", "Portrait: completed", "Its outputs are ready.", []
    )  # fmt: skip
    assert body[6] == {"desktop-entry": ("s", "ai.flora.Desktop")}


@pytest.mark.asyncio
async def test_a_bus_without_the_service_is_not_available(session_bus: str) -> None:
    assert not await notifications().available()


@pytest.mark.asyncio
async def test_a_refusal_raises(notification_service: FakeNotificationService) -> None:
    notification_service.refuse = True
    with pytest.raises(DesktopNotificationError, match="no"):
        await notifications().notify("t", "x")


@pytest.mark.asyncio
async def test_no_bus_at_all_is_not_available(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/flora-no-bus")
    assert not await notifications().available()
    with pytest.raises(DesktopNotificationError):
        await notifications().notify("t", "x")


def test_possible_only_with_a_bus_address() -> None:
    assert DesktopNotifications.possible({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"})
    assert not DesktopNotifications.possible({})
