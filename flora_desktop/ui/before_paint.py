"""Qt calls made before the window's first paint, without reading ``Qt.*``.

The first read of PySide6's ``Qt`` namespace builds all its enums (~15 ms of CPU, issue 14),
and an overload check that takes a ``Qt`` type reads it too. Widgets built before the first
paint set such values as Qt properties, which pass through C++ without that namespace.
``tests/ui/test_cli.py`` checks that nothing builds it before the paint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

__all__ = ["set_plain_text", "set_shortcut"]

_PLAIN_TEXT = 0  # Qt.TextFormat.PlainText


def set_shortcut(action: QObject, keys: str) -> None:
    """``action.setShortcut(keys)``, without its overload check over ``Qt.Key``."""
    action.setProperty("shortcut", QKeySequence(keys))


def set_plain_text(label: QObject) -> None:
    """``label.setTextFormat(Qt.TextFormat.PlainText)``: the server's words, never markup."""
    label.setProperty("textFormat", _PLAIN_TEXT)
