"""One press, one run: the gate every button that spends credits goes through.

A mouse double-click is two ``clicked`` signals about 150 ms apart (PLATFORM.md). A fast
FLORA answers the first in ~15 ms, so "busy while the request is in flight" lets the second
through and bills twice. ``SpendGuard`` refuses a press while one is being handled (until
the run it started is shown), and for the platform's double-click interval after the last
accepted press.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from PySide6.QtGui import QGuiApplication

__all__ = ["SpendGuard", "double_click_seconds"]

log = logging.getLogger(__name__)

# When no QGuiApplication exists (Qt's own default is 400 ms).
_FALLBACK_INTERVAL_S = 0.4


def double_click_seconds() -> float:
    """The platform's double-click interval, in seconds."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return _FALLBACK_INTERVAL_S
    return max(0, QGuiApplication.styleHints().mouseDoubleClickInterval()) / 1000.0


class SpendGuard:
    """Admits one spending press at a time, and none within a double-click of the last.

    Share one guard between every button of a connection that can start a run (Run, the
    Ctrl+Enter shortcut, "Try again", "Run again" in the Runs panel and the History), so a
    double-click that lands on two of them is one press too. ``clock`` is monotonic seconds;
    ``interval`` defaults to the platform's double-click interval, read on every press.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        interval: Callable[[], float] = double_click_seconds,
    ) -> None:
        self._clock = clock
        self._interval = interval
        self._held = False
        self._quiet_until = float("-inf")

    @property
    def held(self) -> bool:
        """A press is being handled (its run not shown yet)."""
        return self._held

    def admits(self) -> bool:
        """Would a press now be let through?"""
        return not self._held and self._clock() >= self._quiet_until

    def try_acquire(self) -> bool:
        """Take the gate for one press; ``False`` (and nothing to release) when refused."""
        if not self.admits():
            log.info("ignored a second press on a spending button")
            return False
        self._held = True
        self._quiet_until = self._clock() + self._interval()
        return True

    def release(self) -> None:
        """The press is handled and what it started is on screen.

        Still quiet until a double-click interval after the press: FLORA may answer before
        the second click of a double-click arrives.
        """
        self._held = False

    @asynccontextmanager
    async def press(self) -> AsyncIterator[bool]:
        """``async with guard.press() as admitted:`` — ``admitted`` False: do nothing."""
        if not self.try_acquire():
            yield False
            return
        try:
            yield True
        finally:
            self.release()
