"""Desktop notifications through the freedesktop Notifications service on the session bus.

No Qt. GNOME has no system tray, so ``QSystemTrayIcon.showMessage`` shows nothing there;
the notification service (GNOME Shell, KDE Plasma, dunst, mako…) does. The call is made
with ``jeepney`` on asyncio: its messages carry an explicit D-Bus signature, which the
service checks strictly (``Notify(susssasa{sv}i)``). QtDBus from Python cannot send the
``u`` (uint32) and empty ``as`` arguments that signature needs: PySide6 marshals a Python
``int`` as ``i`` or ``q`` and an empty list as ``av``, and GNOME Shell rejects the call.
jeepney already comes with ``keyring`` on Linux (its Secret Service backend).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Mapping
from typing import Any

__all__ = ["NOTIFY_SIGNATURE", "DesktopNotificationError", "DesktopNotifications"]

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
# A notification service answers in milliseconds; a hung one must not hold a task for long.
CALL_TIMEOUT_S = 2.0
# Long enough to read two short lines; the service may cap it.
EXPIRE_MS = 8000


class DesktopNotificationError(RuntimeError):
    """No session bus, no notification service, or the service refused the call."""


class DesktopNotifications:
    """Sends ``Notify`` calls for one app (its name, icon and desktop entry id)."""

    def __init__(self, app_name: str, icon: str, desktop_entry: str) -> None:
        self.app_name = app_name
        self.icon = icon
        self.desktop_entry = desktop_entry

    @staticmethod
    def possible(env: Mapping[str, str] | None = None) -> bool:
        """A session bus may exist here (Linux/BSD with a bus address set)."""
        env = os.environ if env is None else env
        return not sys.platform.startswith(("win", "darwin")) and bool(
            env.get("DBUS_SESSION_BUS_ADDRESS")
        )

    async def available(self) -> bool:
        """The service runs, or the bus can start it (D-Bus activation)."""
        try:
            return bool(await asyncio.wait_for(self._has_service(), CALL_TIMEOUT_S))
        except (OSError, ValueError, KeyError, TimeoutError, DesktopNotificationError) as exc:
            log.debug("no desktop notification service: %s", exc)
            return False

    async def notify(self, title: str, text: str) -> int:
        """Show one notification; returns the service's id for it."""
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(OBJECT_PATH, bus_name=SERVICE, interface=SERVICE)
        hints: dict[str, tuple[str, Any]] = {"desktop-entry": ("s", self.desktop_entry)}
        message = new_method_call(
            address,
            "Notify",
            NOTIFY_SIGNATURE,
            (self.app_name, 0, self.icon, title, text, [], hints, EXPIRE_MS),
        )
        try:
            body = await asyncio.wait_for(self._call(message), CALL_TIMEOUT_S)
        except (OSError, ValueError, KeyError, TimeoutError) as exc:
            raise DesktopNotificationError(str(exc) or type(exc).__name__) from exc
        return int(body[0]) if body else 0

    async def _has_service(self) -> bool:
        from jeepney.bus_messages import message_bus

        (owned,) = await self._call(message_bus.NameHasOwner(SERVICE))
        if owned:
            return True
        (activatable,) = await self._call(message_bus.ListActivatableNames())
        return SERVICE in activatable

    @staticmethod
    async def _call(message: Any) -> tuple[Any, ...]:
        from jeepney import MessageType
        from jeepney.io.asyncio import open_dbus_router

        async with open_dbus_router(bus="SESSION") as router:
            reply = await router.send_and_get_reply(message)
        if reply.header.message_type == MessageType.error:
            raise DesktopNotificationError(" ".join(str(part) for part in reply.body))
        return tuple(reply.body)
