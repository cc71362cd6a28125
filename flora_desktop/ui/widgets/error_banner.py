"""The page's inline message: what went wrong in plain words, and the one thing to do."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from flora_desktop.ui.messages import Action, UserMessage
from flora_desktop.ui.style_state import set_style_property
from flora_desktop.ui.translate import shown

# Field errors that match no row, shown in the banner: this many lines of this many characters.
MAX_EXTRA_LINES = 5
EXTRA_LINE_CHARS = 300

__all__ = ["ErrorBanner"]


class ErrorBanner(QFrame):
    """A dismissable banner (objectName ``errorBanner``) showing one ``UserMessage``.

    Signals: ``action_triggered(str)`` with the ``Action`` value of the button pressed,
    ``dismissed()``. Its accessible description mirrors the whole text.
    """

    action_triggered = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setAccessibleName(self.tr("Message"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._message: UserMessage | None = None
        self._action = Action.NONE

        self._title = QLabel(self)
        self._title.setObjectName("errorBannerTitle")
        self._title.setWordWrap(True)
        self._body = QLabel(self)
        self._body.setObjectName("errorBannerText")
        self._body.setWordWrap(True)
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._action_button = QPushButton(self)
        self._action_button.setObjectName("errorBannerAction")
        self._action_button.clicked.connect(self._on_action)
        self._dismiss = QPushButton(self.tr("Dismiss"), self)
        self._dismiss.setObjectName("errorBannerDismiss")
        self._dismiss.setFlat(True)
        self._dismiss.clicked.connect(self.dismiss)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self._title)
        text.addWidget(self._body)
        buttons = QHBoxLayout()
        buttons.addWidget(self._action_button)
        buttons.addWidget(self._dismiss)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        layout.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        self.hide()

    @property
    def message(self) -> UserMessage | None:
        return self._message

    @property
    def action(self) -> Action:
        return self._action

    def title_text(self) -> str:
        return self._title.text()

    def body_text(self) -> str:
        return self._body.text()

    def show_message(
        self,
        message: UserMessage,
        *,
        extra_lines: Sequence[str] = (),
        severity: str = "error",
    ) -> None:
        """Show ``message``; ``extra_lines`` are field errors that match no input row."""
        self._message = message
        self._action = message.action
        # Messages are marked English data (Qt-free); they are translated here, as shown.
        lines = [
            message.sentence,
            *message.details,
            *self._bounded(extra_lines),
            message.what_to_do,
        ]
        self._title.setText(shown(message.title))
        self._body.setText("\n".join(shown(line) for line in lines if line))
        label = message.action_label
        self._action_button.setVisible(label is not None)
        self._action_button.setText(shown(label) if label else "")
        set_style_property(self, "severity", severity)
        self.setAccessibleDescription(f"{self._title.text()}. {self._body.text()}")
        self.show()

    def _bounded(self, extra_lines: Sequence[str]) -> list[str]:
        # A server refusing eighty fields (or one with a 10,000-character message) would make
        # the banner, and with it the window, taller than the screen: a few lines, each cut.
        lines = [
            line if len(line) <= EXTRA_LINE_CHARS else line[:EXTRA_LINE_CHARS].rstrip() + "…"
            for line in extra_lines
        ]
        if len(lines) <= MAX_EXTRA_LINES:
            return lines
        hidden = len(lines) - (MAX_EXTRA_LINES - 1)
        return [*lines[: MAX_EXTRA_LINES - 1], self.tr("…and %n more.", "", hidden)]

    def set_sentence(self, sentence: str) -> None:
        """Replace the first line (the live 429 countdown) and keep the rest."""
        if self._message is None:
            return
        lines = self._body.text().split("\n")
        lines[0] = shown(sentence)
        self._body.setText("\n".join(lines))
        self.setAccessibleDescription(f"{self._title.text()}. {self._body.text()}")

    def dismiss(self) -> None:
        was_visible = self.isVisible()
        self.clear()
        if was_visible:
            self.dismissed.emit()

    def clear(self) -> None:
        self._message = None
        self._action = Action.NONE
        self._title.clear()
        self._body.clear()
        self.setAccessibleDescription("")
        self.hide()

    def _on_action(self) -> None:
        self.action_triggered.emit(self._action.value)
