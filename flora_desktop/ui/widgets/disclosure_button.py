"""A button that folds a part open and shut, named for what it does: "Show …" / "Hide …".

A toggle called "Details" says neither what it shows nor whether pressing it opens or
closes: a screen reader hears "Details, toggle button" either way. This one says the
action it will take ("Show run details", then "Hide run details") on screen and in its
accessible name, with the arrow as the usual sign of folded (▸) or open (▾).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

__all__ = ["DisclosureButton"]


class DisclosureButton(QToolButton):
    """Checkable; checked means open. ``set_words(show, hide)`` names both states."""

    def __init__(self, show_text: str, hide_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show_text = show_text
        self._hide_text = hide_text
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggled.connect(self._show_state)
        self._show_state(False)

    def set_words(self, show_text: str, hide_text: str) -> None:
        self._show_text = show_text
        self._hide_text = hide_text
        self._show_state(self.isChecked())

    def _show_state(self, open_now: bool) -> None:
        text = self._hide_text if open_now else self._show_text
        self.setText(text)
        # The name says what a press does now; the same words as on screen.
        self.setAccessibleName(text)
        self.setArrowType(Qt.ArrowType.DownArrow if open_now else Qt.ArrowType.RightArrow)
