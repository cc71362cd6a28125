"""The "Edit as JSON" view: the whole inputs map as JSON text, applied back to the table.

Signals: ``apply_requested``, ``cancel_requested``, ``text_changed``. The view only holds
text and shows a problem; the editor parses it and decides what to do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from flora_desktop.ui.style_state import set_style_property
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.value_editors import PlainTextValue

JSON_VIEW_LINES = 16


class InputsJsonView(QWidget):
    """JSON text of the inputs map, with Apply and "Back to the table"."""

    apply_requested = Signal()
    cancel_requested = Signal()
    text_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inputsJsonView")
        intro = QLabel(
            self.tr(
                "All inputs as one JSON object: each name with its value. Apply puts them back "
                "in the table; names the technique does not list become custom inputs."
            ),
            self,
        )
        intro.setObjectName("inputsJsonIntro")
        intro.setWordWrap(True)
        self.text_edit = PlainTextValue(JSON_VIEW_LINES, True, self)
        self.text_edit.setObjectName("inputsJsonText")
        self.text_edit.setAccessibleName(self.tr("Inputs as JSON"))
        # The view's own undo is fine here: it is a scratch area until Apply.
        self.text_edit.setUndoRedoEnabled(True)
        self.text_edit.setMinimumHeight(self.text_edit.height())
        self.text_edit.setMaximumHeight(16_777_215)
        self.text_edit.textChanged.connect(self.text_changed)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("inputsJsonMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setObjectName("applyJsonButton")
        self.apply_button.setAccessibleName(self.tr("Apply the JSON to the table"))
        self.apply_button.clicked.connect(self.apply_requested)
        self.cancel_button = QPushButton(self.tr("Back to the table"), self)
        self.cancel_button.setObjectName("cancelJsonButton")
        self.cancel_button.setAccessibleName(self.tr("Back to the table without applying"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.setFocusProxy(self.text_edit)

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.text_edit.blockSignals(True)
        try:
            self.text_edit.setPlainText(text)
        finally:
            self.text_edit.blockSignals(False)
        self.show_problem(None)

    def show_problem(self, message: str | None) -> None:
        """Show why the text cannot be applied (or clear it); the text is left as typed.

        ``message`` may be a marked text from the inputs service: it is translated here.
        """
        text = shown(message) if message else ""
        self.message_label.setText(text)
        self.message_label.setAccessibleDescription(text)
        self.message_label.setVisible(bool(text))
        set_style_property(self.text_edit, "invalid", bool(text))
