"""The Run button with the cost shown first, the reason it can't run, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.ui.messages import format_cost
from flora_desktop.ui.style_state import set_style_property
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.accessible_parts import busy_changed, mark_busy_aware

__all__ = ["RunBar"]

IDLE_TEXT = QT_TRANSLATE_NOOP("RunBar", "Run")
BUSY_TEXT = QT_TRANSLATE_NOOP("RunBar", "Starting…")
WAITING_TEXT = QT_TRANSLATE_NOOP("RunBar", "Waiting…")


class RunBar(QWidget):
    """Cost line, the ``runButton`` and a Cancel button shown only while busy.

    Signals: ``run_requested()`` (button clicked), ``cancel_requested()``.
    Run is enabled only when a technique is chosen, nothing blocks it and it is not busy.
    """

    run_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runBar")
        self._cost: float | None = None
        self._blocked: str | None = None
        self._busy = False

        self._cost_label = QLabel(self.tr("Choose a technique to see what a run costs."), self)
        self._cost_label.setObjectName("runCost")
        self._cost_label.setWordWrap(True)
        self._spend = QLabel(self)
        self._spend.setObjectName("spendLine")
        self._spend.setWordWrap(True)
        self._spend.hide()
        self._reason = QLabel(self)
        self._reason.setObjectName("runBlockedReason")
        self._reason.setWordWrap(True)
        self._reason.hide()
        # The workspace's name is FLORA's words, never markup to render.
        for label in (self._cost_label, self._spend, self._reason):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.run_button = QPushButton(shown(IDLE_TEXT), self)
        self.run_button.setObjectName("runButton")
        self.run_button.setAccessibleName(self.tr("Run"))
        self.run_button.setDefault(False)
        self.run_button.setToolTip(self.tr("Start a run (Ctrl+Enter)"))
        self.run_button.clicked.connect(self.run_requested)
        # While busy a screen reader hears "Starting…" and the busy state, not "Run".
        mark_busy_aware(self.run_button)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self._cost_label)
        text.addWidget(self._spend)
        text.addWidget(self._reason)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(text, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.run_button)
        self._update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_text_height()

    def _keep_text_height(self) -> None:
        # The cost and spend lines wrap on a narrow form; a splitter asks only for the
        # minimum size, not the height for this width, and squeezed the wrapped lines over
        # the inputs above. The minimum follows the width instead.
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    @property
    def busy(self) -> bool:
        return self._busy

    def cost_text(self) -> str:
        return self._cost_label.text()

    def spend_text(self) -> str:
        return self._spend.text() if not self._spend.isHidden() else ""

    def set_spend(
        self,
        today: float | None,
        month: float = 0.0,
        workspace: str = "",
        *,
        practice: bool = False,
    ) -> None:
        """Show "Spent today $1.24 · this month $18.60 in Studio North"; ``None`` hides it.

        In practice mode the sandbox's credits are pretend, and the line says so.
        """
        if today is None:
            self._spend.clear()
            self._spend.hide()
        else:
            line = (
                self.tr("Practice credits used today {today} · this month {month} in {workspace}")
                if practice
                else self.tr("Spent today {today} · this month {month} in {workspace}")
            )
            self._spend.setText(
                line.format(
                    today=shown(format_cost(today)),
                    month=shown(format_cost(month)),
                    workspace=workspace,
                )
            )
            self._spend.show()
        self._update()

    def reason_text(self) -> str:
        return self._reason.text() if self._blocked else ""

    def set_cost(self, usd: float | None) -> None:
        self._cost = usd
        self._update()

    def set_blocked(self, reason: str | None) -> None:
        """Disable Run and say why, in visible text (not only a tooltip)."""
        self._blocked = reason
        self._update()

    def set_busy(self, busy: bool, *, text: str = BUSY_TEXT) -> None:
        was_busy, self._busy = self._busy, busy
        self.run_button.setText(shown(text) if busy else shown(IDLE_TEXT))
        self.run_button.setAccessibleName(shown(text) if busy else self.tr("Run"))
        set_style_property(self.run_button, "busy", busy)
        if busy != was_busy:
            busy_changed(self.run_button)
        self.cancel_button.setVisible(busy)
        self._update()

    def _update(self) -> None:
        if self._cost is None:
            self._cost_label.setText(self.tr("Choose a technique to see what a run costs."))
        else:
            self._cost_label.setText(
                self.tr("Runs cost {cost} each").format(cost=shown(format_cost(self._cost)))
            )
        self._reason.setText(self._blocked or "")
        self._reason.setVisible(bool(self._blocked))
        self.run_button.setEnabled(
            self._cost is not None and self._blocked is None and not self._busy
        )
        description = self._cost_label.text()
        if self.spend_text():
            description += ". " + self.spend_text()
        if self._blocked:
            description += ". " + self._blocked
        self.run_button.setAccessibleDescription(description)
        self._keep_text_height()
