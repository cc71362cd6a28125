"""Benchmark 6: the History page over 1k, 10k and 100k runs in SQLite.

The history file is filled the way the app fills it (``merge_server_runs`` with FLORA-shaped
runs, then each run's inputs as a run started here keeps them), then the real
``HistoryView`` is shown on a qasync loop: first paint = ``show()`` until its table has
painted the newest page; search = the view's own ``refresh()`` (the SQL on the store's
worker thread, the model filled, the table painted) for words that match many, few and no
runs. A probe timer records UI-thread gaps meanwhile.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.measure import Report, median, parse_args, percentile
from benchmarks.probe import StallProbe

FIRST_PAINT_LIMIT_MS = 100.0
SEARCH_LIMIT_MS = 50.0
BASE_URL = "https://bench.invalid/api/v1"
TECHNIQUES = ["Portrait Relight", "Golden Hour Grade", "Voiceover Studio", "Product Shot",
              "Storyboard Frames", "Logo Animator", "Art Director's Critique"]  # fmt: skip
# Many matches, a few (a run id's digits), none.
QUERIES = ["portrait", "golden light", "0042", "zebra"]
_BATCH = 10_000


def _run_dict(i: int) -> dict[str, Any]:
    started = 1_733_000_000_000 + i * 60_000
    failed = i % 17 == 0
    return {
        "run_id": f"run_{i:07d}",
        "status": "failed" if failed else "completed",
        "progress": 1,
        "created_at": started,
        "started_at": started + 1000,
        "completed_at": started + 9000,
        "charged_cost": 0.12,
        "error_code": "invalid_input" if failed else None,
        "error_message": "The prompt was empty." if failed else None,
        "outputs": [] if failed else [
            {"output_id": f"out_{i}", "type": "imageUrl", "url": f"https://cdn.invalid/{i}.png"}
        ],
        "workspace_id": f"ws_{i % 3}",
        "technique": {"technique_id": f"tech_{i % 7}", "name": TECHNIQUES[i % 7]},
    }  # fmt: skip


async def _fill(path: Path, count: int) -> None:
    from flora_desktop.api.models import TechniqueRun
    from flora_desktop.services.base_urls import normalise_base_url
    from flora_desktop.services.history import HistoryStore

    async with HistoryStore(path) as store:
        for first in range(0, count, _BATCH):
            runs = [TechniqueRun.from_dict(_run_dict(i))
                    for i in range(first, min(count, first + _BATCH))]  # fmt: skip
            await store.merge_server_runs(
                runs,
                base_url=BASE_URL,
                workspace_names={f"ws_{k}": f"Studio {k}" for k in range(3)},
            )
    # Runs started here keep their inputs, which search reads too.
    scope = normalise_base_url(BASE_URL)
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            # By the primary key (profile, server, run): by run_id alone each update scans it.
            "UPDATE runs SET inputs_json = ?, origin = 'local' "
            "WHERE profile_id = 'default' AND base_url = ? AND run_id = ?",
            (
                (
                    json.dumps({"prompt": f"a portrait {i} in golden light", "seed": i}),
                    scope,
                    f"run_{i:07d}",
                )
                for i in range(0, count, 2)
            ),
        )
    conn.close()


class _Painted:
    """Counts a widget's paint events and when the last one began (an event filter)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                    counter.at = time.perf_counter()
                return False

        self.count = 0
        self.at = 0.0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


async def _until(condition: Any, seconds: float = 30.0) -> None:
    """Polls ``condition`` (a Qt state: there is no asyncio event to wait on)."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.001)


async def _measure(path: Path, home: Path, rounds: int) -> dict[str, Any]:
    from flora_desktop.services.history import HistoryStore
    from flora_desktop.services.output_cache import OutputCache
    from flora_desktop.services.outputs import OutputDownloader
    from flora_desktop.services.settings import Settings
    from flora_desktop.ui.pages.history import HistoryView
    from flora_desktop.ui.widgets.output_view import OutputTools

    downloader = OutputDownloader()
    tools = OutputTools(
        downloader=downloader,
        cache=OutputCache(home / "cache", downloader),
        settings=Settings(home / "settings.json"),
    )
    store = HistoryStore(path)
    await store.open()
    probe = StallProbe()
    probe.start()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    view = HistoryView(store, BASE_URL, tools)
    view.resize(1100, 720)
    painted = _Painted(view.table.viewport())
    probe.set_phase("first paint")
    start = time.perf_counter()
    view.show()
    await _until(lambda: view.model.rowCount() > 0)
    filled = time.perf_counter()
    # The first paint that began after the rows were in (one may already have happened).
    await _until(lambda: painted.at > filled, 2.0)
    await asyncio.sleep(0)  # that paint has ended: this runs in a later turn
    first_paint = (painted.at - start) * 1000.0
    held_mb = (tracemalloc.get_traced_memory()[0] - before) / 1e6
    tracemalloc.stop()

    probe.set_phase("search")
    searches: list[float] = []
    for _ in range(rounds):
        for query in [*QUERIES, ""]:
            view.search.blockSignals(True)  # timed directly, without the typing pause
            view.search.setText(query)
            view.search.blockSignals(False)
            start = time.perf_counter()
            await view.refresh()
            filled = time.perf_counter()
            await _until(lambda filled=filled: painted.at > filled, 2.0)
            searches.append((painted.at - start) * 1000.0)
    probe.stop()
    view.close()
    await view.aclose()
    await store.aclose()
    await downloader.aclose()
    _, p99, worst, _ = probe.summary(["first paint", "search"])
    return {
        "first_paint": first_paint,
        "search_p50": median(searches),
        "search_p95": percentile(searches, 95),
        "held_mb": held_mb,
        "gap_max": worst,
        "gap_p99": p99,
        "shown": view.model.rowCount(),
    }


async def _scenario(options: Any, report: Report) -> None:
    sizes = [200, 2_000] if options.quick else [1_000, 10_000, 100_000]
    rounds = 1 if options.quick else 3
    results: dict[int, dict[str, Any]] = {}
    # A thumbnail write cancelled at close may still finish in its thread while the
    # folder goes: a benchmark's scratch folder, so a leftover file is not an error.
    with tempfile.TemporaryDirectory(prefix="flora-bench-", ignore_cleanup_errors=True) as folder:
        for count in sizes:
            home = Path(folder) / str(count)
            home.mkdir()
            path = home / "history.sqlite3"
            began = time.perf_counter()
            await _fill(path, count)
            fill_s = time.perf_counter() - began
            result = await _measure(path, home, rounds)
            result["file_mb"] = path.stat().st_size / 1e6
            result["fill_s"] = fill_s
            results[count] = result
    for count, r in results.items():
        label = f"{count // 1000}k" if count >= 1000 else str(count)
        big = count >= 10_000
        if big:
            report.target(f"{label}: first paint of the page", r["first_paint"],
                          FIRST_PAINT_LIMIT_MS, "ms")  # fmt: skip
            report.target(f"{label}: search p95", r["search_p95"], SEARCH_LIMIT_MS, "ms")
        else:
            report.figure(f"{label}: first paint of the page", r["first_paint"], "ms")
            report.figure(f"{label}: search p95", r["search_p95"], "ms")
        report.figure(f"{label}: search p50", r["search_p50"], "ms")
        report.figure(f"{label}: longest UI gap (paint + searches)", r["gap_max"], "ms")
        report.figure(f"{label}: SQLite file per 10k runs", r["file_mb"] * 10_000 / count, "MB")
        report.figure(f"{label}: Python memory the page holds", r["held_mb"], "MB")
        report.figure(f"{label}: filling the file (merge + inputs)", r["fill_s"], "s")
    small, large = sizes[0], sizes[-1]
    for key, name in (("first_paint", "first paint"), ("search_p50", "search p50")):
        growth = (results[large][key] / results[small][key]) / (large / small)
        report.figure(f"growth {small}->{large}: {name} ratio / size ratio", growth, "x")
        verdict = "linear or better" if growth <= 1.2 else "worse than linear"
        report.note(f"cost curve {small}->{large}, {name}: {verdict} ({growth:.3f} of linear)")
    report.note(
        "the page shows the newest 200 runs (PAGE_SIZE) and counts the rest, so the memory "
        "it holds does not grow with the history; search = HistoryView.refresh() (one "
        "HistoryStore.page(): LIMIT 200, a count capped at 1,000 when there are words, the "
        f"technique list) for {QUERIES} and back to empty, "
        f"{rounds} round(s), until the table has painted"
    )


def main(argv: list[str] | None = None) -> int:
    options = parse_args(__doc__.splitlines()[0], argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    from flora_desktop.app import load_stylesheet
    from flora_desktop.ui.gc_guard import MainThreadGarbageCollector

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    load_stylesheet(app)
    collector = MainThreadGarbageCollector(app)
    collector.install()
    app.setQuitOnLastWindowClosed(False)  # closing the view between sizes must not quit
    report = Report("history", "History at scale: the History page over 10k and 100k runs",
                    options.quick)  # fmt: skip
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(_scenario(options, report))
    report.emit(options.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
