"""In a GUI test no collection runs on another thread (tests/conftest.py turns it off).

The sandbox answers on its own thread and executors read files on theirs; their
allocations used to start Python's cycle collector there, mid-test. A widget caught in a
reference cycle then died on that thread, and Qt's warning ("Timers cannot be stopped from
another thread") failed whichever GUI test happened to be running.
"""

from __future__ import annotations

import threading
import weakref

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


class _Cyclic(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.start(60_000)
        self.me = self  # a cycle: only the collector frees it


def _allocate_on_another_thread() -> None:
    def allocate() -> None:  # as the sandbox's thread does, answering requests
        kept: list[list[int]] = [[] for _ in range(100_000)]
        kept.clear()

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive()


def test_a_widget_in_a_cycle_is_not_collected_by_another_threads_allocations(
    qtbot: QtBot,
) -> None:
    widget = _Cyclic()
    alive = weakref.ref(widget)
    del widget

    _allocate_on_another_thread()

    assert alive() is not None  # still here: the fixture collects it on this thread, after
