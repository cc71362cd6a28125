"""The batch service against the sandbox: every row started once, whatever FLORA does."""

from __future__ import annotations

import csv
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch import STOP_DISK
from flora_desktop.services.batch_outputs import BatchOutputSaver
from flora_desktop.services.batch_store import BatchRow
from tests.batch.support import RUN_SECONDS, fault, rig, sandbox_get
from tests.conftest import reset_sandbox

RUNS = "/api/v1/runs/technique"


def _manifest(folder: Path) -> list[dict[str, str]]:
    with (folder / "manifest.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.asyncio
async def test_a_small_batch_runs_every_row_once_and_saves_named_outputs(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    reset_sandbox(sandbox, run_seconds=RUN_SECONDS)
    out = tmp_path / "out"
    out.mkdir()
    async with rig(sandbox, tmp_path) as r:
        batch = await r.batch(5, out)
        saver = BatchOutputSaver(out, "Background Remover")
        try:
            progress = await r.runner(batch, out_dir=out, saver=saver).run()
        finally:
            await saver.aclose()
    assert progress.completed == 5
    assert progress.stop_reason is None
    assert len(sandbox_get(sandbox, "runs")) == 5
    rows = _manifest(out)
    assert [row["status"] for row in rows] == ["completed"] * 5
    assert {row["output_files"] for row in rows} == {
        f"photo {i:03} - Background Remover.png" for i in range(5)
    }
    assert all((out / row["output_files"]).stat().st_size > 0 for row in rows)


@pytest.mark.asyncio
async def test_402_mid_batch_stops_and_leaves_the_rest_not_started(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    reset_sandbox(sandbox, run_seconds=RUN_SECONDS, credits=0.04 * 4 + 0.01)
    async with rig(sandbox, tmp_path) as r:
        batch = await r.batch(10, tmp_path)
        runner = r.runner(batch, concurrency=1, out_dir=tmp_path)
        progress = await runner.run()
    assert progress.completed == 4
    assert progress.stop_reason is not None
    assert "credits" in progress.stop_reason
    assert len(sandbox_get(sandbox, "runs")) == 4
    statuses = Counter(row["status"] for row in _manifest(tmp_path))
    assert statuses == {"completed": 4, "not started — nothing charged": 6}


@pytest.mark.asyncio
async def test_a_dropped_answer_is_looked_up_not_started_again(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    reset_sandbox(sandbox, run_seconds=RUN_SECONDS)
    fault(sandbox, path=RUNS, method="POST", mode="drop", when="after", count=3)
    fault(sandbox, path=RUNS, method="POST", status=503, when="after", count=2)
    async with rig(sandbox, tmp_path) as r:
        batch = await r.batch(8, tmp_path)
        progress = await r.runner(batch, concurrency=3, out_dir=tmp_path).run()
        rows = await r.store.rows(batch.batch_id)
    runs = sandbox_get(sandbox, "runs")
    assert progress.completed == 8
    assert len(runs) == 8
    # Every row got its own run, and the run it got is the one its key started.
    by_key = {run["idempotency_key"]: run for run in runs}
    for row in rows:
        assert by_key[row.idempotency_key]["run_id"] == row.run_id
        assert by_key[row.idempotency_key]["inputs"] == dict(row.inputs)


@pytest.mark.asyncio
async def test_a_history_file_that_fills_mid_batch_stops_it_without_a_crash_or_a_second_bill(
    sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reset_sandbox(sandbox, run_seconds=RUN_SECONDS)
    async with rig(sandbox, tmp_path) as r:
        batch = await r.batch(4)
        real_update = r.store.update_row

        async def full_after_a_completion(row: BatchRow, **changes: object) -> BatchRow:
            if changes.get("state") == "completed" or (
                changes.get("state") == "running" and row.index > 2
            ):
                raise sqlite3.OperationalError("database or disk is full")
            return await real_update(row, **changes)

        monkeypatch.setattr(r.store, "update_row", full_after_a_completion)
        progress = await r.runner(batch, concurrency=2).run()
        assert progress.stop_reason is STOP_DISK
        monkeypatch.setattr(r.store, "update_row", real_update)
        again = await r.runner(batch, concurrency=2).run()  # space freed: resume
    assert again.completed == 4
    assert len(sandbox_get(sandbox, "runs")) == 4  # every row billed once, across both
