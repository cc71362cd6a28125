"""Roles and names for Qt parts a screen reader otherwise meets as "unknown" with no name.

A ``QSplitterHandle`` is a plain widget to Qt's accessibility: role ``Client`` (AT-SPI
"unknown"), no name. ``name_splitter_handles`` names a splitter's handles and makes sure
Qt reports them as separators (the ARIA role of a pane splitter) through one accessibility
factory per application, installed on first use.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QSplitter, QSplitterHandle

__all__ = ["install_roles", "name_splitter_handles"]

_INSTALLED = "floraAccessibleRoles"  # a QApplication property: the factory is installed


def _roles(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QSplitterHandle):
        # Qt takes the interface into its cache and deletes it with the handle.
        return QAccessibleWidget(obj, QAccessible.Role.Separator)
    return None


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
