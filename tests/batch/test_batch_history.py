"""History's batch summaries: counts per batch in one query, newest first, one account only."""

from __future__ import annotations

from pathlib import Path

import pytest

from flora_desktop.services.batch_history import batch_summaries
from flora_desktop.services.batch_store import BatchSource, BatchStore
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore

BASE = "http://127.0.0.1:9/api/v1"


@pytest.mark.asyncio
async def test_counts_by_state_newest_first_and_only_this_accounts(tmp_path: Path) -> None:
    async with HistoryStore(tmp_path / HISTORY_FILE_NAME) as history:
        clock = iter(range(1000, 2000)).__next__
        mine = BatchStore(history, BASE, profile_id="me", clock=lambda: float(clock()))
        theirs = BatchStore(history, BASE, profile_id="them")
        sources = [BatchSource({"image": f"https://x/{i}.png"}, f"s{i}") for i in range(5)]
        older = await mine.create(technique_id="t", workspace_id="w", sources=sources)
        newer = await mine.create(technique_id="t", workspace_id="w", sources=sources[:2])
        await theirs.create(technique_id="t", workspace_id="w", sources=sources)
        rows = await mine.rows(older.batch_id)
        for row, state in zip(rows, ("completed", "completed", "failed", "running"), strict=False):
            await mine.update_row(row, state=state)

        summaries = await batch_summaries(history, BASE, profile_id="me")
        assert not await batch_summaries(history, BASE, profile_id="nobody")

    assert [s.batch.batch_id for s in summaries] == [newer.batch_id, older.batch_id]
    first, second = summaries
    assert (first.total, first.completed, first.not_started, first.unfinished) == (2, 0, 2, True)
    counts = (second.total, second.completed, second.failed, second.in_progress)
    assert counts == (5, 2, 1, 1)
    assert second.not_started == 1
    assert second.unfinished
