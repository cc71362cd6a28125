"""Benchmark: UI-thread stalls while large or many answers come back from FLORA.

On a qasync loop with the 5 ms probe timer and the app's garbage-collection policy
(automatic collection off, as ``ui/gc_guard.py`` sets it), against the sandbox in its own
process:

1. ``client.workspaces.list()`` answered with a 15 MB body (about 1.25 M keys), the case
   that froze the window for 7 s when decoding, key conversion and models ran on the UI
   thread;
2. 200 runs watched at once, every poll answered 5 s after it was sent (a ``slow`` fault
   per run), the case where answers arrived together and stalled the loop up to 0.58 s.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.measure import Report, parse_args
from benchmarks.probe import StallProbe
from benchmarks.sandbox_proc import SandboxProcess, reset, runnable_request, sandbox_process

MAX_LIMIT_MS = 50.0


def _workspaces_body(count: int) -> str:
    # Four camelCase keys and a nested object of seven per workspace: about 1.25 M keys at 100k.
    return json.dumps(
        {
            "workspaces": [
                {
                    "workspaceId": f"ws_{i:09d}",
                    "name": f"Studio {i}",
                    "role": "owner",
                    "createdAt": 1_700_000_000_000 + i,
                    "settings": {"a": 1, "b": 0, "c": None, "dD": "x", "eE": [1], "f": 2, "g": 3},
                }
                for i in range(count)
            ]
        },
        separators=(",", ":"),
    )


def _fault(root_url: str, body: dict[str, Any]) -> None:
    import httpx

    with httpx.Client(verify=False, timeout=60) as control:
        control.post(
            f"{root_url}/_sandbox/faults",
            content=json.dumps(body),
            headers={"Content-Type": "application/json"},
        ).raise_for_status()


async def _scenario(sandbox: SandboxProcess, options: Any, report: Report) -> None:
    from flora_desktop.api import FloraClient
    from flora_desktop.services.watch import RunWatcher, RunWatchList

    quick = options.quick
    workspaces, runs, rounds = (10_000, 20, 1) if quick else (100_000, 200, 3)
    reset(sandbox.root_url, credits=1e9, run_seconds=600.0)
    probe = StallProbe()
    probe.start()
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url) as client:
        body = _workspaces_body(workspaces)
        _fault(sandbox.root_url, {"path": "/api/v1/workspaces", "mode": "body", "body": body})
        await asyncio.sleep(0.2)
        probe.set_phase("large answer")
        began = time.perf_counter()
        listed = await client.workspaces.list()
        elapsed = time.perf_counter() - began
        await asyncio.sleep(0.05)  # the gap in progress belongs to this phase
        probe.set_phase("idle")
        assert len(listed) == workspaces
        report.figure("large answer: body size", len(body) / 1e6, "MB")
        report.figure("large answer: time to models", elapsed * 1000, "ms")
        del listed, body

        request = runnable_request(sandbox.api_url, sandbox.api_key)
        starts = [
            await client.runs.start_technique(
                technique_id=str(request["technique_id"]),
                workspace_id=str(request["workspace_id"]),
                inputs=dict(request["inputs"]),  # type: ignore[call-overload]
            )
            for _ in range(runs)
        ]
        for start in starts:
            path = f"/api/v1/runs/{start.run_id}"
            _fault(
                sandbox.root_url, {"path": path, "mode": "slow", "delay_ms": 5000, "count": None}
            )
        watch = RunWatchList(RunWatcher(client, interval=2.0))
        await asyncio.sleep(0.05)  # the set-up above blocks; its gap is not this phase's
        probe.set_phase("many answers")
        for start in starts:
            watch.add(start.run_id)
        # Each round: 2 s pause + 5 s answer; enough for the answers to arrive together.
        await asyncio.sleep(7.5 * rounds)
        probe.set_phase("idle")
        await watch.aclose()
    probe.stop()
    report.note(
        f"{workspaces} workspaces in one answer; {runs} runs watched (2 s interval), every "
        "poll held 5 s by a slow fault; gc off as in the app; gaps include the 5 ms interval"
    )
    for phase in ("large answer", "many answers"):
        _p50, p99, worst, ticks = probe.summary([phase])
        report.figure(f"{phase}: ticks", ticks, "")
        report.figure(f"{phase}: p99 UI gap", p99, "ms")
        report.target(f"{phase}: max UI gap", worst, MAX_LIMIT_MS, "ms")


def main(argv: list[str] | None = None) -> int:
    options = parse_args((__doc__ or "").splitlines()[0], argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    report = Report("network_answers", "Large and many answers: UI-thread stalls", options.quick)
    gc.disable()  # the app's policy: collections run on the UI thread at quiet moments
    with sandbox_process() as sandbox:
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            loop.run_until_complete(_scenario(sandbox, options, report))
    report.emit(options.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
