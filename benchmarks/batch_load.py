"""Benchmark: UI-thread gaps while the Batch window runs 500 rows, and memory per 100 rows.

The real Batch window (``BatchDialog``) on a qasync loop with the 5 ms probe timer, against a
sandbox in its own process: 500 rows (40 with ``--quick``, the CI smoke size) imported from a
CSV, started, run with concurrency 20 while their outputs arrive and are saved, shown in the
contact sheet (pictures decoded off the UI thread). The gaps are set against the same window
idle for a second before the import (a ratio in the same run). Memory: growth of the
resident set (current and peak) from before the import to the end, per 100 rows.
"""

from __future__ import annotations

import asyncio
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.measure import Report, parse_args
from benchmarks.probe import StallProbe
from benchmarks.sandbox_proc import SandboxProcess, reset, sandbox_process

P99_LIMIT_MS = 16.0
MAX_LIMIT_MS = 50.0
IDLE_SECONDS = 1.0
IMAGE = "https://images.unsplash.com/photo-{}.png"


def _rss_kib() -> float:
    """Peak resident set size so far (KiB on Linux): growth over the batch bounds its cost."""
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _current_rss_kib() -> float:
    """Resident set size now (KiB; the peak where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return float(line.split()[1])
    except OSError:
        pass
    return _rss_kib()


async def _scenario(sandbox: SandboxProcess, options: Any, report: Report) -> None:
    from flora_desktop.api import FloraClient
    from flora_desktop.services.batch_store import BatchStore
    from flora_desktop.services.history import HistoryStore
    from flora_desktop.services.settings import Settings
    from flora_desktop.services.submissions import SubmissionJournal
    from flora_desktop.ui.pages.batch_dialog import BatchDialog

    rows = 40 if options.quick else 500
    reset(sandbox.root_url, credits=1e9, run_seconds=0.5)
    home = Path(tempfile.mkdtemp(prefix="flora-bench-batch-"))
    csv_path = home / "rows.csv"
    csv_path.write_text(
        "Name,Image\n" + "".join(f"r{i},{IMAGE.format(i)}\n" for i in range(rows)),
        encoding="utf-8",
    )
    probe = StallProbe()
    probe.start()
    async with (
        FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0) as client,
        HistoryStore(home / "history.sqlite3") as history,
    ):
        settings = Settings(home / "settings.json")
        settings.output_folder = home / "out"
        settings.poll_interval = 2.0
        settings.batch_concurrency = 20
        technique = await client.techniques.retrieve("background-remover")
        workspace = next(w for w in await client.workspaces.list() if w.role == "owner")
        dialog = BatchDialog(
            client,
            SubmissionJournal(history, client.base_url),
            BatchStore(history, client.base_url),
            settings,
            technique,
            workspace,
        )
        ended = asyncio.Event()
        dialog.finished_batch.connect(lambda _batch_id: ended.set())
        dialog.resize(1280, 800)
        dialog.show()
        probe.set_phase("idle")
        await asyncio.sleep(IDLE_SECONDS)  # the baseline: the same window, nothing running
        probe.set_phase("between")
        before, before_now = _rss_kib(), _current_rss_kib()
        probe.set_phase("batch")
        began = time.perf_counter()
        mapping = await dialog.import_table(csv_path)  # read off the UI thread
        assert mapping is not None
        mapping.accept()  # the column step: "Use these columns"
        await dialog.settle()
        dialog._asked_twice = True  # the "more than 100 rows" question, answered yes
        dialog.start_button.click()
        try:
            await asyncio.wait_for(ended.wait(), timeout=600)  # bounded
        except TimeoutError:
            report.note("FAILED: the batch did not end within 10 minutes")
        seconds = time.perf_counter() - began
        probe.set_phase("after")
        after, after_now = _rss_kib(), _current_rss_kib()
        done = sum(row.state == "completed" for row in dialog.model.rows)
        sheet = dialog.contact_sheet
        decoded, sheet_shown = sheet.thumbnails.cached, sheet.isVisible()
        dialog.close()
        await dialog._tasks.aclose()
    probe.stop()
    p50, p99, worst, ticks = probe.summary(["batch"])
    idle50, idle99, _idle_max, _idle_ticks = probe.summary(["idle"])
    report.figure(f"batch of {rows}: p50 UI gap ({ticks} ticks)", p50, "ms")
    report.target(f"batch of {rows}: p99 UI gap", p99, P99_LIMIT_MS, "ms")
    report.target(f"batch of {rows}: max UI gap", worst, MAX_LIMIT_MS, "ms")
    report.figure("idle window: p50 UI gap (baseline)", idle50, "ms")
    report.figure("idle window: p99 UI gap (baseline)", idle99, "ms")
    report.figure("p99 UI gap, batch / idle", p99 / idle99 if idle99 else float("nan"), "x")
    report.figure(f"batch of {rows}: rows completed", float(done), "rows")
    report.figure(f"batch of {rows}: wall time", seconds, "s")
    report.figure("contact-sheet pictures decoded (cells on screen)", float(decoded), "pictures")
    report.figure(
        "resident memory growth per 100 rows", (after_now - before_now) / rows * 100, "KiB"
    )
    report.figure("peak resident memory growth per 100 rows", (after - before) / rows * 100, "KiB")
    if not sheet_shown:
        report.note("FAILED: the contact sheet was not shown while the batch ran")
    report.note("gaps include the 5 ms probe interval; outputs are downloaded and saved")


def main(argv: list[str] | None = None) -> int:
    options = parse_args(__doc__.splitlines()[0], argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    report = Report(
        "batch_load", "Batch: UI-thread gaps and memory while 500 rows run", options.quick
    )
    with sandbox_process() as sandbox:
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            loop.run_until_complete(_scenario(sandbox, options, report))
    report.emit(options.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
