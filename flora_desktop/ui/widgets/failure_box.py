"""Why a run failed, in plain words; FLORA's own message and code folded away below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from flora_desktop.services.failures import FailureAdvice
from flora_desktop.ui.style_state import set_style_property
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.disclosure_button import DisclosureButton

__all__ = ["FailureBox"]


def _plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class FailureBox(QFrame):
    """Why a run failed, in plain words (``runFailure``, property ``group`` = §8.5 group).

    ``runFailureTitle`` and ``runFailureText`` (what happened and what to do) are what a
    creative reads; ``runFailureDetails`` (FLORA's own message, its code at most once) stays
    folded behind ``runFailureDetailsToggle`` ("Show/Hide what FLORA said") for the curious
    and for support.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runFailure")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = _plain_label(self, "runFailureTitle")
        self.text = _plain_label(self, "runFailureText")
        # Named for what it folds, not "Details": the result panel has run details of its own.
        self.details_toggle = DisclosureButton(
            self.tr("Show what FLORA said"), self.tr("Hide what FLORA said"), self
        )
        self.details_toggle.setObjectName("runFailureDetailsToggle")
        self.details_toggle.toggled.connect(self._on_toggled)
        self.details = _plain_label(self, "runFailureDetails")
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.details_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        self.hide()

    def show_advice(self, advice: FailureAdvice) -> None:
        self.title.setText(shown(advice.title))
        self.text.setText(f"{shown(advice.sentence)} {shown(advice.action)}")
        self.details.setText(shown(advice.details))
        # A new failure starts folded: the plain words first.
        self.details_toggle.setChecked(False)
        set_style_property(self, "group", advice.group.value)
        self.setAccessibleDescription(f"{self.title.text()}. {self.text.text()}")
        self.show()

    def details_shown(self) -> bool:
        return self.details.isVisibleTo(self)

    def _on_toggled(self, on: bool) -> None:
        self.details.setVisible(on)
