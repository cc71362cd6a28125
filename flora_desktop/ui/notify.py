"""Telling the user a run finished while they were elsewhere: a desktop notification or a toast.

In order: the system tray's message where there is a tray; else the freedesktop
Notifications service (GNOME has no tray; ``services/desktop_notifications.py``); else,
and whenever that service fails, a toast in the window's corner, seen on return.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from flora_desktop.services.desktop_notifications import (
    DesktopNotificationError,
    DesktopNotifications,
)

__all__ = ["Notifier", "Toast"]

log = logging.getLogger(__name__)

TOAST_MS = 8000
TRAY_MS = 8000
_MARGIN = 16


class Toast(QFrame):
    """A small message in the window's corner (``runToast``) that hides by itself."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("runToast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setObjectName("runToastText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        close = QPushButton("×", self)
        close.setObjectName("runToastClose")
        close.setAccessibleName(self.tr("Dismiss"))
        close.setFlat(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, title: str, text: str, ms: int = TOAST_MS) -> None:
        self.text.setText(f"{title}\n{text}")
        self.setAccessibleDescription(f"{title}. {text}")
        parent = self.parentWidget()
        width = min(360, max(200, parent.width() - 2 * _MARGIN)) if parent else 360
        self.setFixedWidth(width)
        self.adjustSize()
        if parent is not None:
            self.move(
                parent.width() - self.width() - _MARGIN,
                parent.height() - self.height() - _MARGIN - 24,
            )
        self.show()
        self.raise_()
        self._timer.start(ms)


class Notifier(QObject):
    """Says that a run finished, only while ``window`` is not the active window.

    Uses the system tray's notification when there is a tray, else the desktop's
    notification service (``desktop``; found on the session bus unless given), else a
    ``Toast`` in the window (seen on return). ``enabled()`` reads the user's setting each
    time. ``last`` keeps the last ``(channel, title, text)`` as shown, for tests and
    automation: ``"tray"``, ``"desktop"`` or ``"toast"`` (also when the service failed).
    """

    def __init__(
        self,
        window: QWidget,
        *,
        enabled: Callable[[], bool] = lambda: True,
        is_active: Callable[[], bool] | None = None,
        tray_available: bool | None = None,
        desktop: DesktopNotifications | bool | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._enabled = enabled
        self._is_active = is_active if is_active is not None else window.isActiveWindow
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self._tray: QSystemTrayIcon | None = None
        if tray_available:
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(self.tr("FLORA Desktop"))
        self._desktop: DesktopNotifications | None = None
        if not tray_available and desktop is not False:
            if isinstance(desktop, DesktopNotifications):
                self._desktop = desktop
            elif DesktopNotifications.possible():
                app = QApplication.instance()
                self._desktop = DesktopNotifications(
                    self.tr("FLORA Desktop"),
                    "ai.flora.Desktop",  # the icon installed with the desktop entry
                    (app.desktopFileName() if isinstance(app, QApplication) else "")
                    or "ai.flora.Desktop",
                )
        # None until asked once: the bus is probed on the first notification, not at start.
        self._desktop_ok: bool | None = None
        self._pending: set[asyncio.Task[None]] = set()
        self.toast = Toast(window)
        self.last: tuple[str, str, str] | None = None

    def notify(self, title: str, text: str) -> str | None:
        """Show the message unless the window is active; returns the channel tried first.

        ``"desktop"`` is sent in the background; ``last`` says where it ended up.
        """
        if not self._enabled() or self._is_active():
            return None
        if self._tray is not None:
            self._tray.show()
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, TRAY_MS)
            return self._shown("tray", title, text)
        if self._desktop is not None and self._desktop_ok is not False:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                loop = None
            if loop is not None:
                task = loop.create_task(self._send_desktop(self._desktop, title, text))
                self._pending.add(task)
                task.add_done_callback(self._pending.discard)
                return "desktop"
        return self._show_toast(title, text)

    def _show_toast(self, title: str, text: str) -> str:
        self.toast.show_message(title, text)
        return self._shown("toast", title, text)

    def _shown(self, channel: str, title: str, text: str) -> str:
        self.last = (channel, title, text)
        log.debug("notified via %s", channel)
        return channel

    async def _send_desktop(self, desktop: DesktopNotifications, title: str, text: str) -> None:
        if self._desktop_ok is None:
            self._desktop_ok = await desktop.available()
        if self._desktop_ok:
            try:
                await desktop.notify(title, text)
            except DesktopNotificationError as exc:
                log.info("the desktop's notification service failed (%s): using the window", exc)
                self._desktop_ok = False
            else:
                self._shown("desktop", title, text)
                return
        self._show_toast(title, text)
