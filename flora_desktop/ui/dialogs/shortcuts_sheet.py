"""The keyboard shortcuts sheet (F1): every menu action and shortcut of the window, with keys."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = ["ShortcutEntry", "ShortcutsSheet", "collect_shortcuts", "mnemonic", "plain_text"]

COLUMN_ACTION = 0
COLUMN_KEYS = 1
_MNEMONIC = re.compile(r"&(.)")
# Japanese and Chinese menus append the letter: "設定(&E)"; the sheet shows just "設定".
_APPENDED_MNEMONIC = re.compile(r"\s*\(&[^&]\)")


@dataclass(frozen=True)
class ShortcutEntry:
    """One thing the keyboard can do: where it lives, what it does, which keys do it."""

    where: str
    action: str
    keys: str


def plain_text(text: str) -> str:
    """Menu text without its ``&`` marker (``&&`` is a literal ampersand)."""
    text = _APPENDED_MNEMONIC.sub("", text)
    return _MNEMONIC.sub(lambda m: m[1], text).rstrip("…").strip()


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&``, upper-cased; None when the text has none."""
    for match in _MNEMONIC.finditer(text):
        if match[1] != "&":
            return match[1].upper()
    return None


def _native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def either(keys: list[str]) -> str:
    """``Ctrl+Q  or  Alt+F, Q`` in the user's language."""
    word = QCoreApplication.translate("ShortcutsSheet", "or")
    return f"  {word}  ".join(keys)


def _menu_entries(menu: QMenu, path: list[str], where: str) -> list[ShortcutEntry]:
    entries: list[ShortcutEntry] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        sub = action.menu()
        letter = mnemonic(action.text())
        steps = [*path, letter] if letter else None
        if isinstance(sub, QMenu):
            if steps is not None:
                entries += _menu_entries(sub, steps, f"{where} › {plain_text(action.text())}")
            continue
        keys = [_native(s) for s in action.shortcuts() if not s.isEmpty()]
        if steps is not None:
            keys.append(", ".join(steps))
        entries.append(ShortcutEntry(where, plain_text(action.text()), either(keys)))
    return entries


def collect_shortcuts(window: QMainWindow) -> list[ShortcutEntry]:
    """The window's menus (shortcuts and Alt+letter paths), then its live QShortcuts.

    A ``QShortcut`` is listed when it carries a ``whatsThis`` text saying what it does.
    """
    entries: list[ShortcutEntry] = []
    alt = QKeySequence("Alt").toString(QKeySequence.SequenceFormat.NativeText).rstrip("+")
    for top in window.menuBar().actions():
        menu = top.menu()
        letter = mnemonic(top.text())
        if isinstance(menu, QMenu) and top.isVisible():
            path = [f"{alt}+{letter}"] if letter else []
            entries += _menu_entries(menu, path, plain_text(top.text()))
    by_action: dict[tuple[str, str], list[str]] = {}
    for shortcut in window.findChildren(QShortcut):
        what = shortcut.whatsThis()
        parent = shortcut.parent()
        if not what or not shortcut.isEnabled():
            continue
        if isinstance(parent, QWidget) and not parent.isVisibleTo(window):
            continue
        keys = by_action.setdefault((_where(parent), what), [])
        if (text := _native(shortcut.key())) not in keys:
            keys.append(text)
    entries += [
        ShortcutEntry(where, what, either(keys)) for (where, what), keys in by_action.items()
    ]
    return entries


def _where(widget: object) -> str:
    """The nearest accessible name up the parents: the part of the window the keys act on."""
    while isinstance(widget, QWidget):
        if widget.accessibleName():
            return widget.accessibleName()
        widget = widget.parentWidget()
    return QCoreApplication.translate("ShortcutsSheet", "Window")


class ShortcutsSheet(QDialog):
    """A read-only table of ``collect_shortcuts(window)``; Esc or Close closes it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.entries = collect_shortcuts(window)
        intro = QLabel(
            self.tr(
                "Everything in FLORA Desktop works from the keyboard. Tab moves between "
                "controls; menus open with Alt and the underlined letter."
            ),
            self,
        )
        intro.setObjectName("shortcutsIntro")
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.entries), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        # The column headers are a control of their own for a screen reader: name them.
        header.setObjectName("shortcutsTableHeader")
        header.setAccessibleName(self.tr("Column headers"))
        header.setSectionResizeMode(COLUMN_ACTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_KEYS, QHeaderView.ResizeMode.ResizeToContents)
        for row, entry in enumerate(self.entries):
            action = QTableWidgetItem(f"{entry.where} › {entry.action}")
            keys = QTableWidgetItem(entry.keys)
            keys.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, COLUMN_ACTION, action)
            self.table.setItem(row, COLUMN_KEYS, keys)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("shortcutsButtons")
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("shortcutsCloseButton")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
