"""Text outputs: the whole text, selectable, with a Copy button."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

__all__ = ["TextOutput"]

# Tall enough to read a paragraph without scrolling; longer texts scroll inside.
_MIN_LINES = 4
_MAX_LINES = 14


class TextOutput(QWidget):
    """Read-only text (``outputText``) in full, and ``outputCopyText``."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textOutput")
        self.view = QPlainTextEdit(self)
        self.view.setObjectName("outputText")
        self.view.setReadOnly(True)
        self.view.setPlainText(text)
        self.view.setAccessibleName(self.tr("Text output"))
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lines = max(_MIN_LINES, min(_MAX_LINES, text.count("\n") + 1 + len(text) // 90))
        height = QFontMetrics(self.view.font()).lineSpacing() * lines + 16
        self.view.setMinimumHeight(height)
        self.view.setMaximumHeight(height + 40)
        self.copy_button = QPushButton(self.tr("Copy text"), self)
        self.copy_button.setObjectName("outputCopyText")
        self.copy_button.setAccessibleName(self.tr("Copy text"))
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def text(self) -> str:
        return self.view.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.view.toPlainText())
