"""Proof (issue 15 item 7): 200 rows through 429 storms, dropped answers and 5xx bursts end
with exactly 200 runs at the sandbox, each row with its own, and a complete manifest."""

from __future__ import annotations

import asyncio
import csv
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from flora_desktop.sandbox.server import SandboxServer
from tests.batch.support import RUN_SECONDS, fast_folder, rig, sandbox_get
from tests.conftest import reset_sandbox

RUNS = "/api/v1/runs/technique"
ROWS = 200
POST = {"path": RUNS, "method": "POST"}
# (runs made so far, fault): storms arrive mid-batch, as they would.
STAGES: tuple[tuple[int, dict[str, Any]], ...] = (
    (20, {**POST, "status": 429, "retry_after": "0.05", "count": 15}),  # a 429 storm
    (50, {**POST, "mode": "drop", "when": "after", "count": 4}),  # run made, answer lost
    (80, {**POST, "status": 500, "count": 5}),  # a 5xx burst before anything is made
    (110, {**POST, "status": 502, "when": "after", "count": 4}),  # 5xx after the run was made
    (140, {**POST, "status": 429, "retry_after": "0.02", "count": 10}),
    (170, {**POST, "mode": "drop", "when": "after", "count": 4}),
)


async def _arm_faults_as_runs_grow(sandbox: SandboxServer) -> None:
    async with httpx.AsyncClient(base_url=sandbox.root_url, timeout=5) as control:
        for threshold, body in STAGES:
            for _ in range(400):  # bounded: 400 x 50 ms
                runs = (await control.get("/_sandbox/runs")).json()["runs"]
                if len(runs) >= threshold:
                    break
                await asyncio.sleep(0.05)
            (await control.post("/_sandbox/faults", json=body)).raise_for_status()


@pytest.mark.asyncio
async def test_200_rows_through_faults_make_exactly_200_runs(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    reset_sandbox(sandbox, run_seconds=RUN_SECONDS)
    db = fast_folder(tmp_path)
    async with rig(sandbox, db) as r:
        batch = await r.batch(ROWS, tmp_path)
        arming = asyncio.create_task(_arm_faults_as_runs_grow(sandbox))
        progress = await r.runner(batch, concurrency=20, out_dir=tmp_path).run()
        await arming
        rows = await r.store.rows(batch.batch_id)
    assert sandbox_get(sandbox, "faults") == []  # every fault was met
    runs = sandbox_get(sandbox, "runs")
    assert progress.stop_reason is None
    assert progress.completed == ROWS
    assert len(runs) == ROWS
    assert len({run["idempotency_key"] for run in runs}) == ROWS
    by_key = {run["idempotency_key"]: run["run_id"] for run in runs}
    assert all(by_key[row.idempotency_key] == row.run_id for row in rows)
    with (tmp_path / "manifest.csv").open(newline="", encoding="utf-8") as handle:
        manifest = list(csv.DictReader(handle))
    assert [int(line["row"]) for line in manifest] == list(range(1, ROWS + 1))
    assert {line["status"] for line in manifest} == {"completed"}
    assert {line["run_id"] for line in manifest} == set(by_key.values())
    if db != tmp_path:
        shutil.rmtree(db)
