"""What to do with a run: "Open in editor" and "Run again" (its cost on the button)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from flora_desktop.services.failures import FailureAdvice
from flora_desktop.services.rerun import (
    NO_INPUTS_NOTE,
    RerunRequest,
    run_again_label,
    run_again_tooltip,
)
from flora_desktop.services.run_tracker import TrackedRun
from flora_desktop.ui.style_state import set_style_property
from flora_desktop.ui.translate import shown

__all__ = ["RunActions", "run_again_is_main"]


def run_again_is_main(tracked: TrackedRun, advice: FailureAdvice | None) -> bool:
    """Whether "Run again" is the thing to do next: never when it would fail the same way."""
    if tracked.status == "failed":
        return advice is not None and advice.suggest_run_again
    return tracked.status == "completed"


class RunActions(QWidget):
    """``open_button`` and ``again_button`` (object names given by the host) and a note.

    Signals: ``open_in_editor_requested(object)``, ``run_again_requested(object)`` with the
    run's ``RerunRequest``. The button that is the way forward carries ``primary``.
    """

    open_in_editor_requested = Signal(object)
    run_again_requested = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_name: str = "runOpenInEditor",
        again_name: str = "runAgainButton",
        with_inputs: bool = True,
    ) -> None:
        super().__init__(parent)
        self._request: RerunRequest | None = None
        # "Run again with these inputs — …" where other runs are around; short beside the form.
        self._with_inputs = with_inputs
        self.open_button = QPushButton(self.tr("Open in editor"), self)
        self.open_button.setObjectName(open_name)
        self.open_button.setAccessibleName(self.tr("Open in editor"))
        self.open_button.setToolTip(self.tr("Put this run's technique and inputs into the editor"))
        self.open_button.clicked.connect(self._on_open)
        self.again_button = QPushButton(shown(run_again_label(None, with_inputs=True)), self)
        self.again_button.setObjectName(again_name)
        self.again_button.clicked.connect(self._on_again)
        self.note = QLabel(self)
        self.note.setObjectName(f"{again_name}Note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.note)

    def show_for(self, tracked: TrackedRun, advice: FailureAdvice | None) -> None:
        request = tracked.run.rerun()
        self._request = request
        cost = tracked.run.run_cost
        self.again_button.setText(shown(run_again_label(cost, with_inputs=self._with_inputs)))
        self.again_button.setToolTip(shown(run_again_tooltip(cost)))
        self.again_button.setAccessibleName(self.again_button.text())
        self.again_button.setAccessibleDescription(shown(run_again_tooltip(cost)))
        # Runs still going can be opened, not repeated from here (one would likely follow).
        self.again_button.setVisible(tracked.done)
        self.again_button.setEnabled(request is not None)
        self.open_button.setEnabled(request is not None)
        again_main = run_again_is_main(tracked, advice)
        # After a refusal (a safety filter, a bad input) changing the input is the way on.
        _set_primary(self.open_button, tracked.status == "failed" and not again_main)
        _set_primary(self.again_button, tracked.done and again_main)
        if request is None:
            self.note.setText(shown(NO_INPUTS_NOTE))
        elif tracked.status == "failed" and not again_main and advice is None:
            self.note.setText(
                self.tr("Running it again unchanged would most likely fail the same way.")
            )
        else:
            # With advice, the failure box above already says whether it would fail again.
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def _on_open(self) -> None:
        if self._request is not None:
            self.open_in_editor_requested.emit(self._request)

    def _on_again(self) -> None:
        if self._request is not None:
            self.run_again_requested.emit(self._request)


def _set_primary(button: QPushButton, primary: bool) -> None:
    set_style_property(button, "primary", primary)
