"""Bring a window in front of the others (a reopened batch, History showing a batch's run)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["bring_forward"]

# Platforms without a window stack: raising there only logs a Qt warning.
NO_WINDOW_STACK = ("offscreen", "minimal")


def bring_forward(window: QWidget) -> None:
    """Show ``window`` un-minimised, raised and active where the platform stacks windows."""
    if window.isMinimized():
        window.showNormal()
    if QGuiApplication.platformName() not in NO_WINDOW_STACK:
        window.raise_()
        window.activateWindow()
