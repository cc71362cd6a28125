"""The crash handler: an unexpected exception is logged and shown, redacted, never fatal."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.ui.translate import shown

log = logging.getLogger(__name__)

CRASH_TITLE = QT_TRANSLATE_NOOP("CrashDialog", "FLORA Desktop")
CRASH_TEXT = QT_TRANSLATE_NOOP(
    "CrashDialog", "Something went wrong in FLORA Desktop. Your inputs are saved."
)
CRASH_INFO = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "You can keep working, or quit and start FLORA Desktop again. If it happens again, "
    "the details below help us find the cause; they contain no API key.",
)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def format_crash(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    redact: Callable[[str], str],
) -> str:
    """The traceback as text, passed through ``redact`` (keys and secrets masked)."""
    return redact("".join(traceback.format_exception(exc_type, exc, tb)))


class CrashDialog(QMessageBox):
    """The message box shown for an unexpected error; its details hold redacted text only."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(shown(CRASH_TITLE))
        self.setText(shown(CRASH_TEXT))
        self.setInformativeText(shown(CRASH_INFO))
        self.setDetailedText(details)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)


class CrashHandler:
    """``sys.excepthook`` for the app (qasync hands async-slot exceptions to it too).

    Logs the redacted traceback and, when ``show_dialog`` and a QApplication exists, opens
    a non-modal-blocking crash dialog. Tests build it with ``show_dialog=False``.
    """

    def __init__(
        self,
        redact: Callable[[str], str],
        *,
        show_dialog: bool = True,
        parent: Callable[[], QWidget | None] = lambda: None,
    ) -> None:
        self._redact = redact
        self._show_dialog = show_dialog
        self._parent = parent
        self._previous: ExceptHook | None = None
        self._dialog: CrashDialog | None = None
        self.last_report: str | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook is self:
            sys.excepthook = self._previous
        self._previous = None

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            # Ctrl+C in a terminal: let Python's own hook print it, not a crash dialog.
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            report = format_crash(exc_type, exc, tb, self._redact)
        except Exception:  # the redactor itself failed: say so, show nothing unredacted
            report = f"{exc_type.__name__} (details could not be prepared safely)"
        self.last_report = report
        log.error("unexpected error:\n%s", report)
        if self._show_dialog and QApplication.instance() is not None:
            self._open_dialog(report)

    def _open_dialog(self, report: str) -> None:
        if self._dialog is not None and self._dialog.isVisible():
            # One dialog at a time: a loop of errors must not bury the window in boxes.
            self._dialog.setDetailedText(report)
            return
        self._dialog = CrashDialog(report, self._parent())
        # open(), not exec(): a nested event loop would re-enter the asyncio loop.
        self._dialog.open()
