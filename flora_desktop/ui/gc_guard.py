"""Python's cycle collector, run on the Qt thread only, so Qt objects never die elsewhere.

A Python wrapper of a Qt object caught in a reference cycle dies when the cycle collector
runs, and the collector runs on whichever thread happens to allocate. The embedded sandbox
and the executors allocate a lot, so a widget could be destroyed off the UI thread: Qt
warns ("Timers cannot be stopped from another thread") or crashes. As qutebrowser does,
automatic collection is switched off and a timer on the UI thread collects instead,
generation by generation, with Python's own thresholds.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 1000


class MainThreadGarbageCollector(QObject):
    """``install()`` turns automatic collection off; ``uninstall()`` turns it back on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._was_enabled = gc.isenabled()

    def install(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def uninstall(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def check(self) -> int:
        """Collect the oldest generation over its threshold; the number of objects found."""
        thresholds = gc.get_threshold()
        counts = gc.get_count()
        for generation in reversed(range(len(counts))):
            if counts[generation] > thresholds[generation]:
                found = gc.collect(generation)
                log.debug("gc: generation %d, %d unreachable", generation, found)
                return found
        return 0
