"""Why a run failed, in plain words, with FLORA's own message below (``runFailure``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from flora_desktop.services.failures import FailureAdvice
from flora_desktop.ui.style_state import set_style_property
from flora_desktop.ui.translate import shown

__all__ = ["FailureBox"]


def _plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class FailureBox(QFrame):
    """Why a run failed, in plain words (``runFailure``, property ``group`` = §8.5 group).

    ``runFailureTitle``, ``runFailureText`` (what happened and what to do) and
    ``runFailureDetails`` (FLORA's own message and code).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runFailure")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = _plain_label(self, "runFailureTitle")
        self.text = _plain_label(self, "runFailureText")
        self.details = _plain_label(self, "runFailureDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.details)
        self.hide()

    def show_advice(self, advice: FailureAdvice) -> None:
        self.title.setText(shown(advice.title))
        self.text.setText(f"{shown(advice.sentence)} {shown(advice.action)}")
        self.details.setText(
            self.tr("What FLORA said: {details}").format(details=shown(advice.details))
        )
        set_style_property(self, "group", advice.group.value)
        self.setAccessibleDescription(f"{self.title.text()}. {self.text.text()}")
        self.show()
