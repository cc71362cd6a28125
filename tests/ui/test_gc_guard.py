"""Cycle collection happens on the UI thread, from the timer, never on another thread."""

from __future__ import annotations

import gc
import threading
import weakref

from pytestqt.qtbot import QtBot

from flora_desktop.ui.gc_guard import MainThreadGarbageCollector


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle only the collector can free


def test_collection_is_off_until_the_ui_thread_asks(qtbot: QtBot) -> None:
    collector = MainThreadGarbageCollector()
    was_enabled = gc.isenabled()
    collector.install()
    try:
        assert not gc.isenabled()
        seen_on: list[str] = []

        def make_garbage_elsewhere() -> None:
            # Plenty of allocations on another thread would trigger a collection there.
            for _ in range(50_000):
                _Node()
            seen_on.append(threading.current_thread().name)

        node = _Node()
        ref = weakref.ref(node)
        del node
        worker = threading.Thread(target=make_garbage_elsewhere)
        worker.start()
        worker.join(timeout=30)
        assert seen_on
        assert ref() is not None  # nothing collected it off the UI thread
        gc.collect(0)  # what the timer does, generation by generation
        gc.collect()
        assert ref() is None
    finally:
        collector.uninstall()
    assert gc.isenabled() == was_enabled


def test_the_timer_collects_past_a_threshold(qtbot: QtBot) -> None:
    collector = MainThreadGarbageCollector()
    collector.install()
    try:
        for _ in range(gc.get_threshold()[0] + 10):
            _Node()
        assert collector.check() > 0
        assert gc.get_count()[0] <= gc.get_threshold()[0]
    finally:
        collector.uninstall()
