"""A short line beside the editor's tools saying what just happened ("Copied the curl command")."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from flora_desktop.ui.style_state import set_style_property

# Long enough to read a sentence; a problem stays until the next notice.
NOTICE_MS = 6000


class NoticeLabel(QLabel):
    """``show_notice(text)`` shows a line for a few seconds; ``problem=True`` keeps it up.

    The line takes the toolbar's free space and is cut with "…" when it does not fit; the
    whole text stays in the tooltip and the accessible description.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareNotice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Ignored: the toolbar never grows (or wraps) for a long notice.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setProperty("problem", False)
        self._full = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTICE_MS)
        self._timer.timeout.connect(self.clear_notice)
        self.hide()

    def full_text(self) -> str:
        """The whole notice, however it is cut on screen."""
        return self._full

    def show_notice(self, text: str, *, problem: bool = False) -> None:
        self._full = text
        self.setToolTip(text)
        # Live text: mirrored into the description so screen readers hear all of it.
        self.setAccessibleDescription(text)
        set_style_property(self, "problem", problem)
        self._elide()
        self.setVisible(bool(text))
        if problem:
            self._timer.stop()
        else:
            self._timer.start()

    def clear_notice(self) -> None:
        self._timer.stop()
        self._full = ""
        self.clear()
        self.setToolTip("")
        self.setAccessibleDescription("")
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            self.setText(shown)
