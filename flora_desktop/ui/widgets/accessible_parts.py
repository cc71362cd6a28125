"""Roles, names and states Qt does not give a screen reader by itself.

A ``QSplitterHandle`` is a plain widget to Qt's accessibility: role ``Client`` (AT-SPI
"unknown"), no name. ``name_splitter_handles`` names a splitter's handles and makes sure
Qt reports them as separators (the ARIA role of a pane splitter). A button that works for a
while (Run: "Starting…") reports the ``busy`` state while its dynamic property ``busy`` is
true once ``mark_busy_aware`` was called on it. Both go through one accessibility factory
per application, installed on first use.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleStateChangeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QApplication,
    QSplitter,
    QSplitterHandle,
)

__all__ = ["busy_changed", "install_roles", "mark_busy_aware", "name_splitter_handles"]

_INSTALLED = "floraAccessibleRoles"  # a QApplication property: the factory is installed
_BUSY_AWARE = "floraBusyAware"  # a button property: report its "busy" property as a state


class _BusyButton(QAccessibleWidget):
    """A push button that reports ``busy``; name, Press and focus as Qt's own button."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.Button)
        self._button = button

    def state(self) -> QAccessible.State:
        state = super().state()
        state.busy = bool(self._button.property("busy"))
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._button.accessibleName() or self._button.text().replace("&", "")
        return super().text(kind)

    def actionNames(self) -> list[str]:
        return [QAccessibleWidget.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleWidget.pressAction():
            self._button.click()
        else:
            super().doAction(name)


def _roles(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    # Qt takes each interface into its cache and deletes it with its widget.
    if isinstance(obj, QSplitterHandle):
        return QAccessibleWidget(obj, QAccessible.Role.Separator)
    if isinstance(obj, QAbstractButton) and obj.property(_BUSY_AWARE):
        return _BusyButton(obj)
    return None


def mark_busy_aware(button: QAbstractButton) -> None:
    """Let ``button`` report its ``busy`` property as the accessible busy state."""
    install_roles()
    button.setProperty(_BUSY_AWARE, True)


def busy_changed(button: QAbstractButton) -> None:
    """Tell assistive technology that ``button``'s busy state changed."""
    changed = QAccessible.State()
    changed.busy = True
    QAccessible.updateAccessibility(QAccessibleStateChangeEvent(button, changed))


def install_roles() -> None:
    """Install the factory once for this application (later calls do nothing)."""
    app = QApplication.instance()
    if app is None or app.property(_INSTALLED):
        return
    QAccessible.installFactory(_roles)
    app.setProperty(_INSTALLED, True)


def name_splitter_handles(splitter: QSplitter, name: str) -> None:
    """Name every handle of ``splitter`` (present ones; call after adding its widgets)."""
    install_roles()
    for index in range(1, splitter.count()):
        handle = splitter.handle(index)
        handle.setAccessibleName(name)
        handle.setObjectName(f"{splitter.objectName() or 'splitter'}Handle{index}")
