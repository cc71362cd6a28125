"""Batches and their rows in the history file (``batches``/``batch_rows``, schema v4).

Every row gets its idempotency key when the batch is created and keeps it for life: a
resend after a crash, a 5xx or a dropped connection carries the same key, so FLORA starts at
most one run per row. Each change is one committed transaction (``synchronous=FULL``), so a
row marked ``sending`` is on disk before its request leaves. Batches belong to an account
(profile + server), like runs and presses.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from flora_desktop.api.idempotency import new_idempotency_key
from flora_desktop.api.models import RunOutput
from flora_desktop.services.account_rows import AccountRows
from flora_desktop.services.history_schema import transaction
from flora_desktop.services.json_columns import json_list, json_object
from flora_desktop.services.submissions import open_press_keys

if TYPE_CHECKING:
    from flora_desktop.api.models import RunStatus

__all__ = [
    "ENDED_ROW_STATES",
    "Batch",
    "BatchRow",
    "BatchSource",
    "BatchState",
    "BatchStore",
    "RowState",
]

RowState = Literal["waiting", "sending", "accepted", "running", "completed", "failed"]
BatchState = Literal["ready", "running", "paused", "stopped", "cancelled", "ended"]
ENDED_ROW_STATES: frozenset[str] = frozenset({"completed", "failed"})

_SURROGATE = re.compile("[\ud800-\udfff]")

# Columns ``update_row`` may change; anything else is a programming error.
_ROW_COLUMNS = frozenset(
    {
        "state",
        "run_id",
        "first_sent_at",
        "cost",
        "outputs",
        "saved",
        "error",
        "idempotency_key",
        "inputs",
    }
)


@dataclass(frozen=True)
class BatchSource:
    """One row to be: the inputs it sends and the name its outputs are saved under."""

    inputs: Mapping[str, Any]
    source_name: str = ""


@dataclass(frozen=True)
class BatchRow:
    """One row of a batch as stored. ``index`` counts from 1 (as the manifest shows it)."""

    batch_id: str
    index: int
    source_name: str
    inputs: Mapping[str, Any]
    idempotency_key: str
    state: RowState
    run_id: str | None = None
    first_sent_at: float | None = None
    cost: float | None = None
    outputs: tuple[RunOutput, ...] = ()
    saved: tuple[str, ...] = ()
    error: str | None = None
    # Read, not stored: a failed row whose request may have made a run (its press never
    # settled: the answer was lost and no run could be matched to it for sure). It may be
    # billed, so "Retry failed rows" never starts it again with a new key.
    in_doubt: bool = False

    @property
    def ended(self) -> bool:
        return self.state in ENDED_ROW_STATES

    @property
    def unclear(self) -> bool:
        """Its run exists (and may be billed) but FLORA did not say how it is going: the
        row keeps its run, a note says so, and a resume checks on it again."""
        return self.state == "running" and self.error is not None

    @property
    def retryable(self) -> bool:
        """Failed and certainly not billed twice by a new start: FLORA refused it, its run
        failed, or it never left. Never a row whose first run may exist."""
        return self.state == "failed" and not self.in_doubt

    def __repr__(self) -> str:
        # Inputs can be long; the index and state are enough for logs.
        return f"BatchRow({self.batch_id!r}, {self.index}, {self.state!r})"


@dataclass(frozen=True)
class Batch:
    """A technique run over many rows in one workspace."""

    batch_id: str
    technique_id: str
    technique_name: str
    workspace_id: str
    workspace_name: str
    run_cost: float | None
    out_dir: str | None
    state: BatchState
    stop_reason: str | None
    created_at: float


def _row(row: sqlite3.Row) -> BatchRow:
    return BatchRow(
        batch_id=row["batch_id"],
        index=int(row["row_index"]),
        source_name=row["source_name"],
        inputs=MappingProxyType(json_object(row["inputs_json"])),
        idempotency_key=row["idempotency_key"],
        state=row["state"],
        run_id=row["run_id"],
        first_sent_at=row["first_sent_at"],
        cost=row["cost"],
        outputs=tuple(_outputs(row["outputs_json"])),
        saved=tuple(str(p) for p in json_list(row["saved_json"])),
        error=row["error"],
        in_doubt=bool(row["in_doubt"]),
    )


def _batch(row: sqlite3.Row) -> Batch:
    return Batch(
        batch_id=row["batch_id"],
        technique_id=row["technique_id"],
        technique_name=row["technique_name"],
        workspace_id=row["workspace_id"],
        workspace_name=row["workspace_name"],
        run_cost=row["run_cost"],
        out_dir=row["out_dir"],
        state=row["state"],
        stop_reason=row["stop_reason"],
        created_at=row["created_at"],
    )


# A row with whether it is in doubt (``BatchRow.in_doubt``): failed without a run while
# its press is still open. Takes the account's scope: (profile_id, base_url).
_ROW_SELECT = (
    "SELECT b.*, (b.state = 'failed' AND b.run_id IS NULL AND EXISTS ("
    "SELECT 1 FROM submissions s WHERE s.profile_id = ? AND s.base_url = ? "
    "AND s.idempotency_key = b.idempotency_key AND s.state = 'sending')) AS in_doubt "
    "FROM batch_rows b"
)
# The same rows are "not retried" in SQL (``retry_failed``).
_NOT_IN_DOUBT = (
    "NOT EXISTS (SELECT 1 FROM submissions s WHERE s.profile_id = ? AND s.base_url = ? "
    "AND s.idempotency_key = batch_rows.idempotency_key AND s.state = 'sending') "
    "OR run_id IS NOT NULL"
)


def _outputs(text: str) -> list[RunOutput]:
    found: list[RunOutput] = []
    for item in json_list(text):
        if isinstance(item, Mapping):
            found.append(
                RunOutput(str(item.get("output_id")), str(item.get("type")), str(item.get("url")))
            )
    return found


def _column_value(name: str, value: object) -> object:
    if name == "outputs":
        outputs = value if isinstance(value, Sequence) else ()
        return json.dumps(
            [{"output_id": o.output_id, "type": o.type, "url": o.url} for o in outputs],
            ensure_ascii=False,
        )
    if name == "inputs":
        return json.dumps(dict(value) if isinstance(value, Mapping) else {})
    if name == "saved":
        return json.dumps([str(p) for p in value] if isinstance(value, Sequence) else [])
    return _text(value) if isinstance(value, str) else value


def _text(value: str) -> str:
    """``value`` storable as SQLite text: lone surrogates (a file name that is not UTF-8)
    become replacement characters instead of failing the whole batch's record."""
    return _SURROGATE.sub("\ufffd", value)


def _column_name(name: str) -> str:
    return {"outputs": "outputs_json", "saved": "saved_json", "inputs": "inputs_json"}.get(
        name, name
    )


class BatchStore(AccountRows):
    """The ``batches``/``batch_rows`` of one account in the history file."""

    async def create(
        self,
        *,
        technique_id: str,
        workspace_id: str,
        sources: Sequence[BatchSource],
        technique_name: str = "",
        workspace_name: str = "",
        run_cost: float | None = None,
        out_dir: Path | None = None,
    ) -> Batch:
        """Commit a new batch with one ``waiting`` row (and its key) per source."""
        batch_id = f"batch_{uuid.uuid4().hex[:16]}"
        now = self._clock()
        folder = None if out_dir is None else str(out_dir)
        rows = [
            (
                batch_id,
                index,
                _text(source.source_name),
                # ASCII escapes: a file name that is not UTF-8 (lone surrogates) survives the
                # round trip, so its row can still upload the file it names.
                json.dumps(dict(source.inputs), default=str),
                new_idempotency_key(),
                now,
            )
            for index, source in enumerate(sources, start=1)
        ]

        def job(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                conn.execute(
                    "INSERT INTO batches (batch_id, profile_id, base_url, technique_id, "
                    "technique_name, workspace_id, workspace_name, run_cost, out_dir, state, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ready', ?, ?)",
                    (
                        batch_id,
                        *self._scope,
                        technique_id,
                        technique_name,
                        workspace_id,
                        workspace_name,
                        run_cost,
                        folder,
                        now,
                        now,
                    ),
                )
                conn.executemany(
                    "INSERT INTO batch_rows (batch_id, row_index, source_name, inputs_json, "
                    "idempotency_key, state, updated_at) VALUES (?, ?, ?, ?, ?, 'waiting', ?)",
                    rows,
                )

        await self._store.call(job)
        batch = await self.get(batch_id)
        assert batch is not None
        return batch

    async def get(self, batch_id: str) -> Batch | None:
        def job(conn: sqlite3.Connection) -> sqlite3.Row | None:
            cursor = conn.execute(
                "SELECT * FROM batches WHERE batch_id = ? AND profile_id = ? AND base_url = ?",
                (batch_id, *self._scope),
            )
            cursor.row_factory = sqlite3.Row
            found: sqlite3.Row | None = cursor.fetchone()
            return found

        row = await self._store.call(job)
        return None if row is None else _batch(row)

    async def for_folder(self, out_dir: Path) -> Batch | None:
        """The newest batch writing into ``out_dir`` (how the headless command resumes)."""

        def job(conn: sqlite3.Connection) -> sqlite3.Row | None:
            cursor = conn.execute(
                "SELECT * FROM batches WHERE profile_id = ? AND base_url = ? AND out_dir = ? "
                "ORDER BY created_at DESC LIMIT 1",
                (*self._scope, str(out_dir)),
            )
            cursor.row_factory = sqlite3.Row
            found: sqlite3.Row | None = cursor.fetchone()
            return found

        row = await self._store.call(job)
        return None if row is None else _batch(row)

    async def batches(self, limit: int = 50) -> list[Batch]:
        """This account's batches, newest first (for History)."""

        def job(conn: sqlite3.Connection) -> list[sqlite3.Row]:
            cursor = conn.execute(
                "SELECT * FROM batches WHERE profile_id = ? AND base_url = ? "
                "ORDER BY created_at DESC LIMIT ?",
                (*self._scope, limit),
            )
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()

        return [_batch(row) for row in await self._store.call(job)]

    async def rows(self, batch_id: str) -> list[BatchRow]:
        """Every row of the batch, in order."""

        def job(conn: sqlite3.Connection) -> list[sqlite3.Row]:
            cursor = conn.execute(
                f"{_ROW_SELECT} WHERE b.batch_id = ? ORDER BY b.row_index",
                (*self._scope, batch_id),
            )
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()

        return [_row(row) for row in await self._store.call(job)]

    async def row(self, batch_id: str, index: int) -> BatchRow | None:
        """One row as stored now (another runner of the batch may have changed it)."""

        def job(conn: sqlite3.Connection) -> sqlite3.Row | None:
            cursor = conn.execute(
                f"{_ROW_SELECT} WHERE b.batch_id = ? AND b.row_index = ?",
                (*self._scope, batch_id, index),
            )
            cursor.row_factory = sqlite3.Row
            found: sqlite3.Row | None = cursor.fetchone()
            return found

        found = await self._store.call(job)
        return None if found is None else _row(found)

    async def update_row(self, row: BatchRow, **changes: object) -> BatchRow:
        """Commit ``changes`` to ``row`` (durably) and return the row as now stored."""
        unknown = set(changes) - _ROW_COLUMNS
        if unknown:
            raise ValueError(f"not row columns: {sorted(unknown)}")
        names = sorted(changes)
        assignments = ", ".join(f"{_column_name(name)} = ?" for name in names)
        values = [_column_value(name, changes[name]) for name in names]
        now = self._clock()

        def job(conn: sqlite3.Connection) -> sqlite3.Row:
            with transaction(conn):
                conn.execute(
                    f"UPDATE batch_rows SET {assignments}, updated_at = ? "
                    "WHERE batch_id = ? AND row_index = ?",
                    (*values, now, row.batch_id, row.index),
                )
                cursor = conn.execute(
                    f"{_ROW_SELECT} WHERE b.batch_id = ? AND b.row_index = ?",
                    (*self._scope, row.batch_id, row.index),
                )
                cursor.row_factory = sqlite3.Row
                found: sqlite3.Row = cursor.fetchone()
                return found

        return _row(await self._store.call(job))

    async def set_state(
        self, batch_id: str, state: BatchState, stop_reason: str | None = None
    ) -> None:
        now = self._clock()

        def job(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                conn.execute(
                    "UPDATE batches SET state = ?, stop_reason = ?, updated_at = ? "
                    "WHERE batch_id = ?",
                    (state, stop_reason, now, batch_id),
                )

        await self._store.call(job)

    async def known_run_ids(self) -> set[str]:
        """Every run id this account's batches and presses already own (never a lost one)."""

        def job(conn: sqlite3.Connection) -> set[str]:
            found = conn.execute(
                "SELECT run_id FROM batch_rows WHERE run_id IS NOT NULL "
                "UNION SELECT run_id FROM runs WHERE profile_id = ? AND base_url = ? "
                "AND origin = 'local'",
                self._scope,
            ).fetchall()
            return {str(r[0]) for r in found}

        return await self._store.call(job)

    async def run_for_key(self, key: str) -> str | None:
        """The run the history recorded for press ``key`` (its answer came, its row missed it)."""

        def job(conn: sqlite3.Connection) -> str | None:
            found = conn.execute(
                "SELECT run_id FROM runs WHERE profile_id = ? AND base_url = ? "
                "AND idempotency_key = ? LIMIT 1",
                (*self._scope, key),
            ).fetchone()
            return None if found is None else str(found[0])

        return await self._store.call(job)

    async def record_status(self, status: RunStatus) -> None:
        """Keep the History's copy of a batch run current."""
        await self._store.update_status(status, base_url=self.base_url, profile_id=self.profile_id)

    async def retry_failed(self, batch_id: str) -> int:
        """Failed rows back to ``waiting`` with new keys: new, billed runs the user asked for.

        Rows in doubt (``BatchRow.in_doubt``: their first run may exist) are left as they
        are: a new key could bill them twice. Returns how many rows will start again.
        """
        now = self._clock()

        def job(conn: sqlite3.Connection) -> int:
            with transaction(conn):
                indexes = [
                    int(r[0])
                    for r in conn.execute(
                        "SELECT row_index FROM batch_rows WHERE batch_id = ? "
                        f"AND state = 'failed' AND ({_NOT_IN_DOUBT})",
                        (batch_id, *self._scope),
                    ).fetchall()
                ]
                for index in indexes:
                    conn.execute(
                        "UPDATE batch_rows SET state = 'waiting', idempotency_key = ?, "
                        "run_id = NULL, first_sent_at = NULL, cost = NULL, outputs_json = '[]', "
                        "saved_json = '[]', error = NULL, updated_at = ? "
                        "WHERE batch_id = ? AND row_index = ?",
                        (new_idempotency_key(), now, batch_id, index),
                    )
                return len(indexes)

        return await self._store.call(job)

    async def run_again_in_doubt(self, batch_id: str) -> int:
        """Rows in doubt back to ``waiting`` *with their own keys*, once the user has looked
        in History and asked for it: if FLORA still remembers a key, the resend is answered
        as a duplicate and its run is looked up, never billed twice; if FLORA forgot it, it
        is a new run, as the user agreed. Their open presses are closed (the user's word),
        so the start sends them instead of only looking them up. Returns how many rows.
        """
        now = self._clock()

        def job(conn: sqlite3.Connection) -> int:
            with transaction(conn):
                found = conn.execute(
                    f"SELECT b.row_index, b.idempotency_key, in_doubt FROM ({_ROW_SELECT} "
                    "WHERE b.batch_id = ?) AS b WHERE in_doubt",
                    (*self._scope, batch_id),
                ).fetchall()
                for index, key, _doubt in found:
                    conn.execute(
                        "UPDATE submissions SET state = 'no_run', updated_at = ? "
                        "WHERE profile_id = ? AND base_url = ? AND idempotency_key = ? "
                        "AND state = 'sending'",
                        (now, *self._scope, key),
                    )
                    conn.execute(
                        "UPDATE batch_rows SET state = 'waiting', error = NULL, updated_at = ? "
                        "WHERE batch_id = ? AND row_index = ?",
                        (now, batch_id, index),
                    )
                return len(found)

        return await self._store.call(job)

    async def presses(self, batch_id: str) -> dict[str, tuple[str, float]]:
        """The submissions journal's (state, sent_at) for this batch's keys."""

        def job(conn: sqlite3.Connection) -> dict[str, tuple[str, float]]:
            found = conn.execute(
                "SELECT s.idempotency_key, s.state, s.sent_at FROM submissions s "
                "JOIN batch_rows b ON b.idempotency_key = s.idempotency_key "
                "WHERE b.batch_id = ? AND s.profile_id = ? AND s.base_url = ?",
                (batch_id, *self._scope),
            ).fetchall()
            return {str(r[0]): (str(r[1]), float(r[2])) for r in found}

        return await self._store.call(job)

    async def press(self, key: str) -> tuple[str, float] | None:
        """The submissions journal's (state, sent_at) for press ``key``, if written."""

        def job(conn: sqlite3.Connection) -> tuple[str, float] | None:
            found = conn.execute(
                "SELECT state, sent_at FROM submissions WHERE profile_id = ? AND base_url = ? "
                "AND idempotency_key = ?",
                (*self._scope, key),
            ).fetchone()
            return None if found is None else (str(found[0]), float(found[1]))

        return await self._store.call(job)

    async def last_sent(self, key: str) -> float | None:
        """When press ``key`` last went out (its journal line is rewritten before each
        send); ``None`` when it was never written or is settled."""

        def job(conn: sqlite3.Connection) -> float | None:
            found = conn.execute(
                "SELECT updated_at FROM submissions WHERE profile_id = ? AND base_url = ? "
                "AND idempotency_key = ? AND state = 'sending'",
                (*self._scope, key),
            ).fetchone()
            return None if found is None else float(found[0])

        return await self._store.call(job)

    async def open_presses(
        self, technique_id: str, workspace_id: str, earliest: float, latest: float
    ) -> set[str]:
        """Presses still waiting for their answer (``submissions.open_press_keys``)."""
        scope = self._scope
        return await self._store.call(
            lambda conn: open_press_keys(conn, scope, technique_id, workspace_id, earliest, latest)
        )
