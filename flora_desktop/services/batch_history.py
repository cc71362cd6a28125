"""Batches as History lists them: each with its row counts, newest first, in one query.

Separate from ``history.py`` (the runs' query layer) and ``batch_store.py`` (a running
batch's rows): History only reads here. A batch's rows are read when its entry is opened
(``BatchStore.rows``), so a long list of big batches costs one grouped query.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flora_desktop.services.batch_store import Batch, BatchStore
from flora_desktop.services.history import scope_of

if TYPE_CHECKING:
    from flora_desktop.services.history import HistoryStore

__all__ = ["BATCHES_LISTED", "BatchSummary", "batch_summaries"]

# History lists this many recent batches; older ones stay in the file (and in Runs' list).
BATCHES_LISTED = 50


@dataclass(frozen=True)
class BatchSummary:
    """A batch and how its rows stand."""

    batch: Batch
    total: int
    completed: int
    failed: int
    in_progress: int

    @property
    def not_started(self) -> int:
        return self.total - self.completed - self.failed - self.in_progress

    @property
    def unfinished(self) -> bool:
        """Rows are left that a resume would start or look up."""
        return self.completed + self.failed < self.total


async def batch_summaries(
    history: HistoryStore,
    base_url: str,
    *,
    profile_id: str,
    limit: int = BATCHES_LISTED,
) -> list[BatchSummary]:
    """This account's newest batches with their counts (one query, grouped by batch)."""
    scope = scope_of(base_url, profile_id)
    batches = await BatchStore(history, base_url, profile_id=profile_id).batches(limit=limit)
    if not batches:
        return []
    ids = [batch.batch_id for batch in batches]

    def job(conn: sqlite3.Connection) -> dict[str, tuple[int, int, int, int]]:
        marks = ", ".join("?" for _ in ids)
        found = conn.execute(
            "SELECT r.batch_id, COUNT(*), "
            "SUM(r.state = 'completed'), SUM(r.state = 'failed'), "
            "SUM(r.state IN ('sending', 'accepted', 'running')) "
            "FROM batch_rows r JOIN batches b ON b.batch_id = r.batch_id "
            f"WHERE b.profile_id = ? AND b.base_url = ? AND r.batch_id IN ({marks}) "
            "GROUP BY r.batch_id",
            (*scope, *ids),
        ).fetchall()
        return {
            str(r[0]): (int(r[1]), int(r[2] or 0), int(r[3] or 0), int(r[4] or 0)) for r in found
        }

    counts = await history.call(job)
    return [BatchSummary(batch, *counts.get(batch.batch_id, (0, 0, 0, 0))) for batch in batches]
