"""What this app's runs cost today and this month in one workspace, from the local history.

Only runs this app knows of count (its own and those merged from FLORA's list), and only
what FLORA said it charged: an estimate would be a guess about money.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flora_desktop.services.history import HistoryStore

__all__ = ["Spend", "month_start", "spent", "today_start"]

# More runs than anyone starts in a month from one app; the sum stays bounded.
MAX_RUNS = 20_000


@dataclass(frozen=True)
class Spend:
    """US dollars charged ``today`` and this ``month`` (local calendar) in one workspace."""

    today: float
    month: float


def today_start(now: float) -> float:
    moment = datetime.fromtimestamp(now)
    return moment.replace(hour=0, minute=0, second=0, microsecond=0).timestamp()


def month_start(now: float) -> float:
    moment = datetime.fromtimestamp(now)
    return moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0).timestamp()


async def spent(
    history: HistoryStore, *, base_url: str, workspace_id: str, now: float | None = None
) -> Spend:
    """The charges recorded for ``workspace_id`` on ``base_url`` (raises as the store does)."""
    now = time.time() if now is None else now
    day, month = today_start(now), month_start(now)
    records = await history.search(base_url=base_url, since=month, limit=MAX_RUNS)
    today_total = month_total = 0.0
    for record in records:
        if record.workspace_id != workspace_id or not record.charged_cost:
            continue
        cost = max(0.0, float(record.charged_cost))
        month_total += cost
        if record.started_at is not None and record.started_at >= day:
            today_total += cost
    return Spend(today=round(today_total, 2), month=round(month_total, 2))
