"""Drive a Qt app through timed steps while ``StallProbe`` watches the UI thread."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop


def pump(ms: float) -> None:
    """Run the event loop for ``ms`` milliseconds (the probe ticks meanwhile)."""
    end = time.perf_counter() + ms / 1000.0
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)


def timed(step: Callable[[], object]) -> float:
    """Run ``step`` on the UI thread and return how long it held it (ms)."""
    start = time.perf_counter()
    step()
    return (time.perf_counter() - start) * 1000.0
