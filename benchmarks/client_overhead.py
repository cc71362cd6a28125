"""Benchmark 5: ``GET /workspaces`` through ``FloraClient`` vs a bare ``httpx.AsyncClient``.

Same sandbox, same run, batches alternated; each request is timed alone (sequential), and
the bare client decodes the JSON too, as any caller must. Figure: ratio of the medians.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.measure import Report, median, parse_args, percentile, ratio
from benchmarks.sandbox_proc import SandboxProcess, sandbox_process

RATIO_LIMIT = 1.15
BATCH = 50


async def _measure(sandbox: SandboxProcess, total: int) -> tuple[list[float], list[float]]:
    import httpx

    from flora_desktop.api import FloraClient

    flora_ms: list[float] = []
    bare_ms: list[float] = []
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    async with (
        FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0) as flora,
        httpx.AsyncClient(base_url=sandbox.api_url, headers=headers, timeout=60) as bare,
    ):

        async def via_flora() -> None:
            await flora.workspaces.list()

        async def via_bare() -> None:
            (await bare.get("/workspaces")).raise_for_status().json()

        for warm in (via_flora, via_bare):  # connections open, code paths warm
            for _ in range(10):
                await warm()
        for batch in range(2 * (total // BATCH)):
            call, out = (via_flora, flora_ms) if batch % 2 == 0 else (via_bare, bare_ms)
            if batch % 4 >= 2:  # ABBA order: neither side always goes first
                call, out = (via_bare, bare_ms) if call is via_flora else (via_flora, flora_ms)
            for _ in range(BATCH):
                start = time.perf_counter()
                await call()
                out.append((time.perf_counter() - start) * 1000.0)
    return flora_ms, bare_ms


def main(argv: list[str] | None = None) -> int:
    options = parse_args(__doc__.splitlines()[0], argv)
    total = 100 if options.quick else 1000
    report = Report("client", "Client overhead: FloraClient vs bare httpx", options.quick)
    with sandbox_process() as sandbox:
        flora_ms, bare_ms = asyncio.run(_measure(sandbox, total))
    report.figure(f"FloraClient GET /workspaces median ({len(flora_ms)} requests)",
                  median(flora_ms), "ms")  # fmt: skip
    report.figure(f"bare httpx GET /workspaces median ({len(bare_ms)} requests)",
                  median(bare_ms), "ms")  # fmt: skip
    report.figure("FloraClient p95", percentile(flora_ms, 95), "ms")
    report.figure("bare httpx p95", percentile(bare_ms, 95), "ms")
    report.target("ratio of medians FloraClient/bare", ratio(median(flora_ms), median(bare_ms)),
                  RATIO_LIMIT, "x")  # fmt: skip
    report.note("sandbox in its own process on 127.0.0.1; batches of 50 alternated ABBA")
    report.emit(options.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
