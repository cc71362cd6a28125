"""Benchmark 4: open, scroll and edit an inputs map of 1,000 rows holding a 10 MB value.

A probe timer on the UI thread records its tick gaps during each phase; the target is no
gap over 50 ms. Each step also reports how long it held the UI thread by itself.
"""

from __future__ import annotations

import math
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.measure import Report, parse_args
from benchmarks.probe import StallProbe
from benchmarks.qt_steps import pump, timed

MAX_STALL_MS = 50.0
FIRST_SCREEN_MS = 100.0


class _PaintClock:
    """When a widget's paint events began (an event filter)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Filter(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    clock.times.append(time.perf_counter())
                return False

        self.times: list[float] = []
        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def first_after(self, moment: float) -> float:
        return next((t for t in self.times if t >= moment), math.nan)


def _built_ms(editor_class: Any, technique: Any, rows_count: int) -> float:
    """A fresh shown editor: set_technique until every row is built (small values)."""
    rows = [{"key": "prompt", "value": "short", "mode": "text"}] + [
        {"key": f"k{i}", "value": f"value {i}", "mode": "text", "custom": True}
        for i in range(rows_count)
    ]
    editor = editor_class()
    editor.resize(1000, 700)
    editor.show()
    pump(100)
    start = time.perf_counter()
    editor.set_technique(technique, {"version": 1, "rows": rows})
    for _ in range(6000):
        if editor.rows_pending() == 0:
            break
        pump(5)
    built = (time.perf_counter() - start) * 1000.0
    editor.close()
    editor.deleteLater()
    pump(50)
    return built


def main(argv: list[str] | None = None) -> int:
    options = parse_args(__doc__.splitlines()[0], argv)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    from flora_desktop.api.models import Technique, TechniqueIO
    from flora_desktop.app import load_stylesheet
    from flora_desktop.ui.gc_guard import MainThreadGarbageCollector
    from flora_desktop.ui.widgets.inputs_editor import InputsEditor
    from flora_desktop.ui.widgets.value_editors import LargeValueView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    load_stylesheet(app)
    # As the app does: Python's cycle collector runs on the UI thread only, from a timer.
    collector = MainThreadGarbageCollector(app)
    collector.install()
    rows_count, value_mb = (100, 1) if options.quick else (1000, 10)
    huge = "x" * (value_mb * 1_000_000)
    technique = Technique(
        "tech_bench", "Bench", 0.1, inputs=(TechniqueIO("prompt", "Prompt", "text"),)
    )
    rows = [{"key": "prompt", "value": huge, "mode": "text"}] + [
        {"key": f"k{i}", "value": f"value {i}", "mode": "text", "custom": True}
        for i in range(rows_count)
    ]
    draft = {"version": 1, "rows": rows}

    editor = InputsEditor()
    editor.resize(1000, 700)
    editor.show()
    probe = StallProbe()
    probe.start()
    pump(200)
    held: dict[str, float] = {}

    scroll = editor.findChild(QScrollArea, "inputsScroll")
    assert scroll is not None
    painted = _PaintClock(scroll.viewport())
    probe.set_phase("open")
    opened = time.perf_counter()
    held["open (set_technique)"] = timed(lambda: editor.set_technique(technique, draft))
    returned = time.perf_counter()
    # A long table is built over several turns of the event loop: the open phase lasts
    # until every row has its widget (bounded, in case building never ends).
    for _ in range(6000):
        if editor.rows_pending() == 0:
            break
        pump(5)
    built_ms = (time.perf_counter() - opened) * 1000.0
    # The first screenful: the first paint of the rows' viewport after set_technique.
    first_screen_ms = (painted.first_after(returned) - opened) * 1000.0
    pump(300)

    probe.set_phase("scroll")
    bar = scroll.verticalScrollBar()
    steps = 40
    worst_scroll = 0.0
    for i in range(steps + 1):
        worst_scroll = max(worst_scroll, timed(partial(bar.setValue, bar.maximum() * i // steps)))
        pump(15)
    held["scroll step (worst)"] = worst_scroll

    probe.set_phase("edit")
    middle = f"k{rows_count // 2}"
    field = editor.findChild(QWidget, f"inputValueField:{middle}")
    assert field is not None
    held["reveal a middle row"] = timed(lambda: scroll.ensureWidgetVisible(field))
    field.setFocus()
    worst_key = 0.0
    for char in "a longer note":
        worst_key = max(worst_key, timed(partial(QTest.keyClicks, field, char)))
        pump(20)
    held["keystroke in a row (worst)"] = worst_key
    large = editor.findChild(LargeValueView, "inputValue:prompt")
    assert large is not None
    held["clear the 10 MB value"] = timed(
        lambda: QTest.mouseClick(large.clear_button, Qt.MouseButton.LeftButton)
    )
    pump(50)
    held["undo (10 MB value back)"] = timed(editor.undo)
    pump(50)
    held["draft() for autosave"] = timed(editor.draft)
    pump(20)
    held["validate() on Run"] = timed(lambda: editor.validate(reveal=False))
    pump(100)
    probe.stop()

    report = Report("editor", f"Editor at scale: {rows_count} rows and a {value_mb} MB value",
                    options.quick)  # fmt: skip
    for phase in ("open", "scroll", "edit"):
        _p50, p99, worst, ticks = probe.summary([phase])
        report.figure(f"{phase}: UI gap p99 ({ticks} ticks)", p99, "ms")
        report.target(f"{phase}: longest UI stall", worst, MAX_STALL_MS, "ms")
        report.figure(f"{phase}: longest stall in UI-thread CPU time", probe.longest_cpu([phase]),
                      "ms")  # fmt: skip
    report.target("open: first screenful painted", first_screen_ms, FIRST_SCREEN_MS, "ms")
    report.figure("open: time until every row is built", built_ms, "ms")
    small_rows = max(10, rows_count // 10)
    small_built = _built_ms(InputsEditor, technique, small_rows)
    growth = (built_ms / small_built) / (rows_count / small_rows) if small_built else math.nan
    report.figure(f"{small_rows} rows: time until every row is built", small_built, "ms")
    report.figure(
        f"growth {small_rows}->{rows_count} rows: build time ratio / size ratio", growth, "x"
    )
    report.note(
        f"cost curve {small_rows}->{rows_count} rows (build, UI thread and background "
        f"turns): {'linear or better' if growth <= 1.2 else 'worse than linear'} "
        f"({growth:.2f} of linear)"
    )
    for step, ms_held in held.items():
        report.figure(f"held UI thread: {step}", ms_held, "ms")
    report.note(
        "probe: 5 ms precise QTimer on the UI thread; a gap includes the 5 ms interval; "
        "'CPU time' is the UI thread's own time in the worst gap (time.thread_time), which "
        "other processes on a shared machine do not stretch"
    )
    report.emit(options.json)
    editor.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
