"""FLORA's runs of a technique in a workspace back to a moment, read to the end or not at all.

A batch row whose answer was lost is matched to the one run of its moment nothing here
owns (``batch_match``). That "one" is proof only if every run of that moment was seen: a
listing that stops early (a cursor that comes back, more runs than this app reads) may
hide a second run that could be the row's. Such a listing is ``None`` here, and the row is
not matched this time. (``api/_pagination`` ends quietly on a repeated cursor: right for
showing History, not for proving "only one".)
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from flora_desktop.api.errors import APIResponseValidationError
from flora_desktop.api.models import TechniqueRun
from flora_desktop.services.batch_match import as_seconds

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient

__all__ = ["runs_back_to"]

PATH = "/technique-runs"
# Run times outside these bounds are garbage, not a clock a little off (that is
# ``batch_match.CLOCK_SKEW_SECONDS``): 2001-09-09, and a year ahead of this computer.
EARLIEST_BELIEVABLE = 1e9
LATEST_AHEAD = 365 * 86400.0
ITEMS = "technique_runs"


def _believable(seconds: float) -> bool:
    """A run time FLORA can have stamped: after 2001, and before a year from now."""
    return EARLIEST_BELIEVABLE <= seconds <= time.time() + LATEST_AHEAD


async def runs_back_to(
    client: FloraClient,
    *,
    workspace_id: str,
    technique_id: str,
    earliest: float,
    page_size: int,
    max_runs: int,
) -> list[TechniqueRun] | None:
    """Every run (newest first) created at ``earliest`` (epoch seconds) or later, or
    ``None`` when the listing could not be read back that far."""
    params: dict[str, object] = {
        "workspace_id": workspace_id,
        "technique_id": technique_id,
        "limit": page_size,
    }
    runs: list[TechniqueRun] = []
    cursors: set[str] = set()
    cursor: str | None = None
    while True:
        page: Any = await client.get(PATH, params={**params, "cursor": cursor})
        if not isinstance(page, Mapping):
            return None
        items = page.get(ITEMS) or []
        if not isinstance(items, list):
            return None
        for item in items:
            try:
                run = TechniqueRun.from_dict(item)
            except APIResponseValidationError:
                # A run past reading could be the row's; the list was read all the same
                # (a row past its key's lifetime may then end in doubt, not wait for ever).
                return None
            if run.workspace_id != workspace_id or run.technique.technique_id != technique_id:
                # A list that ignored its filter: that run is not of the row's technique
                # in the row's workspace, so never its (and no clue to the list's end).
                continue
            if run.created_at is not None and not _believable(as_seconds(run.created_at)):
                # A time past belief (1970, the far future): neither "older than the row"
                # (which would end the reading) nor "not of that moment". The order and
                # times of this list cannot be trusted to single out one run.
                return None
            if run.created_at is not None and as_seconds(run.created_at) < earliest:
                return runs  # newest first: everything further is older
            runs.append(run)
            if len(runs) >= max_runs:
                return None  # more runs of that moment than are read: no proof of "one"
        meta = page.get("meta")
        next_cursor = meta.get("next_cursor") if isinstance(meta, Mapping) else None
        if not items or not isinstance(next_cursor, str) or not next_cursor:
            return runs  # the last page (an empty page ends the list, CONTRACT §2.4)
        if next_cursor in cursors:
            return None  # a cursor that comes back: the rest was never shown
        cursors.add(next_cursor)
        cursor = next_cursor
