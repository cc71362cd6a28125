"""Under the batch's review table: what is wrong with the chosen row, and the fixes for it.

A leaf widget: the Batch window tells it which row is current and what the checks found
(``show_row``/``show_summary``); it says which fix was asked for through signals.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

__all__ = ["BatchRowFixes"]


class BatchRowFixes(QWidget):
    """ "Row 3: this picture is 1200 × 800…" with "Crop to 1:1", "Use anyway", "Next problem"
    and "Crop all (N)".

    Signals: ``crop_clicked()``, ``use_anyway_clicked()``, ``next_clicked()``,
    ``crop_all_clicked()``.
    """

    crop_clicked = Signal()
    use_anyway_clicked = Signal()
    next_clicked = Signal()
    crop_all_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchRowFixes")
        self.setProperty("invalid", True)  # drawn as a problem (style.qss)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.text = QLabel(self)
        self.text.setObjectName("batchRowProblem")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel(self)
        self.note.setObjectName("batchFixNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        self.crop_button = QPushButton(self)
        self.crop_button.setObjectName("batchCropRow")
        self.use_anyway_button = QPushButton(self.tr("&Use anyway"), self)
        self.use_anyway_button.setObjectName("batchUseAnyway")
        self.next_button = QPushButton(self.tr("&Next problem"), self)
        self.next_button.setObjectName("batchNextProblem")
        self.next_button.setToolTip(self.tr("Select the next row that needs fixing"))
        self.crop_all_button = QPushButton(self)
        self.crop_all_button.setObjectName("batchCropAll")
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.text)
        words.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(words, 1)
        for button in (
            self.crop_button,
            self.use_anyway_button,
            self.next_button,
            self.crop_all_button,
        ):
            layout.addWidget(button)
        for button in (self.crop_button, self.use_anyway_button, self.crop_all_button):
            button.clicked.connect(lambda: self.set_note(""))
        self.crop_button.clicked.connect(self.crop_clicked)
        self.use_anyway_button.clicked.connect(self.use_anyway_clicked)
        self.next_button.clicked.connect(self.next_clicked)
        self.crop_all_button.clicked.connect(self.crop_all_clicked)
        self.hide()

    def show_row(
        self, number: int, problem: str, crop_shape: str | None, problems: int, croppable: int
    ) -> None:
        """The current row has ``problem``; ``crop_shape`` when a crop would fix it."""
        self._say(
            self.tr("Row {number} needs fixing: {problem}").format(
                number=number, problem=" ".join(problem.split())
            )
        )
        self.crop_button.setVisible(crop_shape is not None)
        if crop_shape is not None:
            text = self.tr("Cro&p to {ratio}").format(ratio=crop_shape)
            self.crop_button.setText(text)
            self.crop_button.setAccessibleName(text.replace("&", ""))
        self.use_anyway_button.show()
        self._show_common(problems, croppable, crop_shape)

    def show_summary(self, problems: int, croppable: int, crop_shape: str | None) -> None:
        """No problem row is current: how many need fixing, and the ways to them."""
        if problems == 0:
            self._say("")
            for button in (
                self.crop_button,
                self.use_anyway_button,
                self.next_button,
                self.crop_all_button,
            ):
                button.hide()
            self.setVisible(bool(self.note.text()))
            return
        self._say(
            self.tr("{count} rows need fixing and are left out until then.").format(count=problems)
            if problems != 1
            else self.tr("1 row needs fixing and is left out until then.")
        )
        self.crop_button.hide()
        self.use_anyway_button.hide()
        self._show_common(problems, croppable, crop_shape)

    def set_note(self, text: str) -> None:
        """A fix that could not be made, said until the next one is asked for."""
        self.note.setText(text)
        self.note.setAccessibleDescription(text)
        self.note.setVisible(bool(text))
        if text:
            self.show()

    def _show_common(self, problems: int, croppable: int, crop_shape: str | None) -> None:
        self.next_button.setVisible(problems > 0)
        self.crop_all_button.setVisible(croppable > 1 and crop_shape is not None)
        if crop_shape is not None:
            self.crop_all_button.setText(
                self.tr("Crop &all {count} to {ratio}").format(count=croppable, ratio=crop_shape)
            )
        self.show()

    def _say(self, text: str) -> None:
        self.text.setText(text)
        # Live text: mirrored into the description so screen readers hear changes.
        self.text.setAccessibleDescription(text)
