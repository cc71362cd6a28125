"""Benchmark 3: per-keystroke filter and repaint of the technique picker at 1k, 10k and 50k.

The catalogue is filled the way the app fills it (``TechniqueCatalog.load`` over a listing),
from techniques built locally, so only the filter, the model reset and the repaint are timed.
Each keystroke does what ``LauncherPage._on_search_changed`` does, then paints the list.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import time
import tracemalloc
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, cast

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.measure import Report, median, parse_args, percentile
from benchmarks.techniques import make_techniques

P95_LIMIT_MS = 16.0
P95_LIMIT_50K_MS = 50.0
# What a user types and then deletes: prefixes, a second word, corrections.
TYPED = ["p", "po", "por", "port", "portr", "portra", "portrai", "portrait", "portrait ",
         "portrait r", "portrait re", "portrait rel", "portrait re", "portrait r", "portrait",
         "portrai", "portr", "port", "por", "po", "p", "", "g", "go", "gol", "gold", "golde",
         "golden", "golden 0", "golden 00", "golden 001", "golden 00", "golden 0", "golden",
         "golde", "gold", "gol", "go", "g", ""]  # fmt: skip


class _Listing:
    def __init__(self, techniques: list[Any]) -> None:
        self._techniques = techniques

    def list(self, **_params: object) -> AsyncIterator[Any]:
        async def items() -> AsyncIterator[Any]:
            for technique in self._techniques:
                yield technique

        return items()


class _StubClient:
    """Just enough of ``FloraClient`` for ``TechniqueCatalog``: one listing, no HTTP."""

    def __init__(self, techniques: list[Any]) -> None:
        self.techniques = _Listing(techniques)


def _filled_catalog(count: int) -> Any:
    from flora_desktop.services.catalog import TechniqueCatalog

    catalog = TechniqueCatalog(cast(Any, _StubClient(make_techniques(count))), page_size=count)
    asyncio.run(catalog.load("ws_bench"))
    return catalog


class _PaintCounter:
    """Counts paint events of one widget (an event filter)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def measure_size(count: int, rounds: int) -> tuple[float, float, float]:
    """p50 and p95 per-keystroke ms, and the catalogue's Python memory in MB."""
    from PySide6.QtWidgets import QApplication

    from flora_desktop.ui.widgets.technique_picker import TechniquePicker

    _filled_catalog(10)  # first-use imports and caches are not the catalogue's memory
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    catalog = _filled_catalog(count)
    memory_mb = (tracemalloc.get_traced_memory()[0] - before) / 1e6
    tracemalloc.stop()

    picker = TechniquePicker()
    picker.resize(380, 720)
    picker.show()
    picker.set_techniques(list(catalog.items), more=False, selected=None)
    QApplication.processEvents()

    def on_search(text: str) -> None:
        # LauncherPage._on_search_changed, without the debounced server search.
        local = catalog.filter_local(text)
        picker.set_techniques(local, more=False, selected=None)

    picker.search_changed.connect(on_search)
    paints = _PaintCounter(picker.list.viewport())
    times: list[float] = []
    for _ in range(rounds):
        for text in TYPED:
            start = time.perf_counter()
            picker.search.setText(text)
            picker.search_changed.emit(text)
            # As in the app: the event loop lays the list out and paints it once. Should
            # that not paint (nothing changed on screen), force one, so every keystroke
            # pays for a paint.
            paints.count = 0
            QApplication.processEvents()
            if paints.count == 0:
                picker.list.viewport().repaint()
            times.append((time.perf_counter() - start) * 1000.0)
    picker.close()
    picker.deleteLater()
    QApplication.processEvents()
    return median(times), percentile(times, 95), memory_mb


def _curve(growth: float) -> str:
    if growth != growth:  # NaN
        return "not measured"
    if growth <= 0.5:
        return f"sub-linear ({growth:.2f} of linear)"
    return f"linear ({growth:.2f})" if growth <= 1.2 else f"worse than linear ({growth:.2f})"


def main(argv: list[str] | None = None) -> int:
    options = parse_args(__doc__.splitlines()[0], argv)
    from PySide6.QtWidgets import QApplication

    from flora_desktop.app import load_stylesheet
    from flora_desktop.ui.gc_guard import MainThreadGarbageCollector

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    load_stylesheet(app)  # the app's look, so the delegate paints what users see
    # As the app does: Python's cycle collector runs on the UI thread only, from a timer.
    collector = MainThreadGarbageCollector(app)
    collector.install()
    sizes = [200, 1000] if options.quick else [1_000, 10_000, 50_000]
    rounds = 1 if options.quick else 3
    report = Report("search", "Search at scale: technique picker filter + repaint", options.quick)
    p50s: dict[int, float] = {}
    for count in sizes:
        p50, p95, memory_mb = measure_size(count, rounds)
        p50s[count] = p50
        label = f"{count // 1000}k" if count >= 1000 else str(count)
        report.figure(f"{label}: per-keystroke p50", p50, "ms")
        if count == 10_000:
            report.target(f"{label}: per-keystroke p95", p95, P95_LIMIT_MS, "ms")
        elif count == 50_000:
            report.target(f"{label}: per-keystroke p95", p95, P95_LIMIT_50K_MS, "ms")
        else:
            report.figure(f"{label}: per-keystroke p95", p95, "ms")
        report.figure(f"{label}: catalogue memory per 10k", memory_mb * 10_000 / count, "MB")
    small, large = sizes[0], sizes[-1]
    growth = (p50s[large] / p50s[small]) / (large / small) if p50s[small] else float("nan")
    report.figure(f"growth {small}->{large}: p50 ratio / size ratio (<= 1 is linear or better)",
                  growth, "x")  # fmt: skip
    report.note(f"cost curve {small}->{large}: {_curve(growth)}")
    report.note(
        f"{len(TYPED)} keystrokes x {rounds} round(s) per size; each = filter_local + "
        "set_techniques + the event loop's layout and paint (one paint, as in the app; "
        "before 2026-12-03 the script also forced a second repaint); memory by tracemalloc "
        "(Python objects only)"
    )
    report.emit(options.json)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
