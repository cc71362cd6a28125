"""The end of a window's first paint, watched before any asyncio loop exists.

Start-up shows the window and runs Qt's own events until it has painted, and only then
makes qasync's loop: the loop's first timer builds Qt's namespace of enums (qasync's
``killTimer`` call, ~15 ms CPU), work the first frame does not need.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

__all__ = ["FirstPaint"]


class FirstPaint(QObject):
    """Tells when ``window``'s first paint has finished (the event-loop turn after it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.painted = False
        self._callbacks: list[Callable[[], None]] = []
        self._waiting: QEventLoop | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has finished, not inside it.
            QTimer.singleShot(0, self._finished)
        return False

    def then(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the first paint has finished (now, if it has)."""
        if self.painted:
            callback()
        else:
            self._callbacks.append(callback)

    def wait(self, limit_ms: int) -> bool:
        """Run Qt's events until the first paint has finished; ``False`` if ``limit_ms``
        passed first (a window the desktop never exposes must not hold the start)."""
        if self.painted:
            return True
        waiting = QEventLoop()
        limit = QTimer(waiting)
        limit.setSingleShot(True)
        limit.timeout.connect(waiting.quit)
        limit.start(limit_ms)
        self._waiting = waiting
        try:
            waiting.exec()
        finally:
            self._waiting = None
            limit.stop()
        return self.painted

    def _finished(self) -> None:
        self.painted = True
        if self._waiting is not None:
            self._waiting.quit()
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()
