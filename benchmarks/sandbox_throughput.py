"""Benchmark 6: what the sandbox serves on loopback with 50 concurrent clients, and its p99.

The sandbox runs in its own process; the load comes from this one (asyncio + httpx, one
connection per client), so on 2 cores the load generator is part of the limit.
"""

from __future__ import annotations

import asyncio
import sys
import time
import uuid
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.measure import Report, median, parse_args, percentile
from benchmarks.sandbox_proc import (
    SandboxProcess,
    reset,
    runnable_request,
    sandbox_process,
)

CLIENTS = 50


async def _load(
    sandbox: SandboxProcess, method: str, path: str, body: dict[str, Any] | None,
    count: int, max_seconds: float,
) -> tuple[float, list[float], int]:  # fmt: skip
    """Requests/s, latencies (ms) and error count for ``count`` requests (or the time limit)."""
    import httpx

    latencies: list[float] = []
    errors = 0
    issued = 0
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(
        base_url=sandbox.api_url, headers=headers, limits=limits, timeout=60
    ) as http:
        deadline = time.perf_counter() + max_seconds

        async def client() -> None:
            nonlocal issued, errors
            while issued < count and time.perf_counter() < deadline:
                issued += 1
                extra = {"Idempotency-Key": uuid.uuid4().hex} if method == "POST" else {}
                start = time.perf_counter()
                response = await http.request(method, path, json=body, headers=extra)
                latencies.append((time.perf_counter() - start) * 1000.0)
                if response.status_code >= 400:
                    errors += 1

        began = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(CLIENTS)))
        elapsed = time.perf_counter() - began
    return len(latencies) / elapsed, latencies, errors


def main(argv: list[str] | None = None) -> int:
    options = parse_args(__doc__.splitlines()[0], argv)
    count, max_seconds = (60, 5.0) if options.quick else (3000, 30.0)
    report = Report("sandbox", "Sandbox throughput: 50 concurrent clients", options.quick)
    with sandbox_process() as sandbox:
        reset(sandbox.root_url, credits=1e9)  # thousands of runs must not run out of credit
        body = runnable_request(sandbox.api_url, sandbox.api_key)
        cases = [("GET /workspaces", "GET", "/workspaces", None),
                 ("POST /runs/technique", "POST", "/runs/technique", body)]  # fmt: skip
        for label, method, path, payload in cases:
            if not options.quick:
                asyncio.run(_load(sandbox, method, path, payload, CLIENTS, 10.0))  # warm-up
            rps, latencies, errors = asyncio.run(
                _load(sandbox, method, path, payload, count, max_seconds)
            )
            report.figure(f"{label}: throughput ({len(latencies)} requests)", rps, "req/s")
            report.figure(f"{label}: p50 latency", median(latencies), "ms")
            report.figure(f"{label}: p99 latency", percentile(latencies, 99), "ms")
            report.figure(f"{label}: error answers", errors, "")
    report.note(f"{CLIENTS} concurrent keep-alive clients; each POST has a unique Idempotency-Key")
    report.emit(options.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
