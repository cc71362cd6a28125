"""What ``flora-desktop`` prints on the terminal instead of (or before) opening its window.

Translated for the terminal by ``services/command_line.py`` (no Qt is loaded yet, and may
never be: there may be no display at all).
"""

from __future__ import annotations

from .phrases import QT_TRANSLATE_NOOP

__all__ = [
    "ENTRY_ADDED",
    "ENTRY_NOT_ADDED",
    "ENTRY_NOT_REMOVED",
    "ENTRY_REMOVED",
    "NOT_ANSWERING",
    "NO_DISPLAY",
    "OPEN_ELSEWHERE",
]

NO_DISPLAY = QT_TRANSLATE_NOOP(
    "CommandLine",
    "FLORA Desktop needs a desktop session to open its window, and none was found "
    "(no DISPLAY or WAYLAND_DISPLAY). Start it from your desktop, not over a plain "
    "SSH session.",
)
OPEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "CommandLine",
    "FLORA Desktop is open on another computer ({host}) that shares this settings folder. "
    "Close it there, then start it here again. If it is not open there (that computer was "
    "renamed or switched off without closing it), delete {lock} and start FLORA Desktop again.",
)
NOT_ANSWERING = QT_TRANSLATE_NOOP(
    "CommandLine",
    "FLORA Desktop is already running but does not answer. Close it (or end it in your "
    "system monitor), then start it again.",
)
ENTRY_ADDED = QT_TRANSLATE_NOOP(
    "CommandLine", "FLORA Desktop is in your applications menu ({entry}, {files} files)."
)
ENTRY_NOT_ADDED = QT_TRANSLATE_NOOP(
    "CommandLine", "Could not add FLORA Desktop to the applications menu: {reason}."
)
ENTRY_REMOVED = QT_TRANSLATE_NOOP(
    "CommandLine", "Removed FLORA Desktop from your applications menu ({files} files)."
)
ENTRY_NOT_REMOVED = QT_TRANSLATE_NOOP(
    "CommandLine", "Could not remove FLORA Desktop from the applications menu: {reason}."
)
