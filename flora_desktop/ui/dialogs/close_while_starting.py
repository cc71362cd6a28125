"""Closing the window while a run is starting asks first: wait for FLORA, or close anyway.

FLORA may already have created (and billed) the run whose answer is on its way. Waiting
lets the answer arrive, so the run is shown and watched; the window then closes by itself.
Closing anyway is safe too: the press was written down before it was sent, and the next
start looks it up (``ui/pages/run_recovery.py``), but the user is told so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

__all__ = ["CloseWhileStarting"]

log = logging.getLogger(__name__)

# How often the dialog checks whether FLORA has answered.
CHECK_MS = 50


class CloseWhileStarting(QObject):
    """Decides a close of ``window``: now, or once the starting run has been confirmed.

    ``starting()`` says a press of Run is on its way. ``allow(event)`` returns ``True``
    when the window may close now; otherwise it has ignored the event and asked. "Wait"
    (the default) closes the window as soon as ``starting()`` turns false; "Close anyway"
    closes it at once.
    """

    def __init__(self, window: QWidget, starting: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._starting = starting
        self._allowed = False
        self._waiting = False
        self.dialog: QMessageBox | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._check)

    @property
    def waiting(self) -> bool:
        """The user chose to wait: the window closes when the run is confirmed."""
        return self._waiting

    def allow(self, event: QCloseEvent) -> bool:
        if self._allowed or not self._starting():
            return True
        event.ignore()
        if self.dialog is None:
            self._ask()
        return False

    def _ask(self) -> None:
        # Here, not at the top: the window builds this guard before its first paint, and
        # Qt's enums cost ~15 ms to build (RESULTS.md round four).
        from PySide6.QtCore import Qt

        dialog = QMessageBox(self._window)
        dialog.setObjectName("closeWhileStartingDialog")
        dialog.setIcon(QMessageBox.Icon.Warning)
        dialog.setWindowTitle(self.tr("A run is starting"))
        dialog.setText(self.tr("A run is starting…"))
        dialog.setInformativeText(
            self.tr(
                "FLORA has not confirmed the run you just started yet. Wait, and FLORA "
                "Desktop closes as soon as it does. If you close anyway, the run may still "
                "start; FLORA Desktop will check next time it opens, and never starts it twice."
            )
        )
        wait = dialog.addButton(self.tr("&Wait"), QMessageBox.ButtonRole.AcceptRole)
        wait.setObjectName("waitButton")
        close = dialog.addButton(self.tr("&Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
        close.setObjectName("closeAnywayButton")
        dialog.setDefaultButton(wait)
        dialog.setEscapeButton(wait)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.buttonClicked.connect(self._on_clicked)
        self.dialog = dialog
        self._timer.start()  # confirmed while the question is open: close without asking
        dialog.open()

    def _on_clicked(self, button: QPushButton) -> None:
        if button.objectName() == "closeAnywayButton":
            log.info("closing while a run was starting; it is checked at the next start")
            self._close_now()
        else:
            self._waiting = True
            self._forget_dialog()

    def _check(self) -> None:
        if not self._starting():
            self._close_now()

    def _close_now(self) -> None:
        self._timer.stop()
        self._allowed = True
        self._forget_dialog()
        self._window.close()

    def _forget_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.buttonClicked.disconnect(self._on_clicked)
            dialog.done(0)
            dialog.deleteLater()
