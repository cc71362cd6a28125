"""Each press of Run, written to disk before its request leaves (CONTRACT §9.7).

A run can exist on FLORA while its answer is lost: the app is killed, the window closed or
the network cut after FLORA created it. The press's idempotency key and what it sent are in
the history file (``submissions`` table, committed with ``synchronous=FULL``) before the
request is sent, so the next start knows a run may exist and looks it up instead of letting
a new, billed Run go out with the same inputs.

A row is ``sending`` until FLORA answers: ``answered`` (with its run id) or ``no_run`` (FLORA
refused it, so nothing was billed; or it could not be found after a restart). Rows belong to
an account (profile and server), like the runs.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from types import MappingProxyType
from typing import TYPE_CHECKING

from flora_desktop.services.account_rows import AccountRows
from flora_desktop.services.history_schema import transaction
from flora_desktop.services.json_columns import json_object
from flora_desktop.services.submit import JournalUnavailable, Submission

if TYPE_CHECKING:
    from flora_desktop.api.models import RunStart

__all__ = ["SubmissionJournal", "open_press_keys"]

log = logging.getLogger(__name__)

_SELECT = (
    "SELECT idempotency_key, technique_id, technique_name, workspace_id, workspace_name, "
    "inputs_json, sent_at FROM submissions"
)


def open_press_keys(
    conn: sqlite3.Connection,
    scope: tuple[str, str],
    technique_id: str,
    workspace_id: str,
    earliest: float,
    latest: float,
) -> set[str]:
    """Keys of presses (any window, any batch, any profile on ``scope``'s server) of the
    technique in the workspace still waiting for their answer, out between ``earliest`` and
    ``latest``: each may own an unclaimed run of that moment. Every profile: two keys of one
    team share a workspace, and FLORA's run list shows both's runs."""
    found = conn.execute(
        "SELECT idempotency_key FROM submissions WHERE base_url = ? "
        "AND state = 'sending' AND technique_id = ? AND workspace_id = ? "
        "AND sent_at <= ? AND updated_at >= ?",
        (scope[1], technique_id, workspace_id, latest, earliest),
    ).fetchall()
    return {str(r[0]) for r in found}


class SubmissionJournal(AccountRows):
    """The ``submissions`` rows of one account (profile + server) in the history file."""

    async def write(self, submission: Submission) -> None:
        """Commit the press as ``sending`` (durably) before it is sent; a resend reuses the row.

        Raises ``JournalUnavailable`` when the disk refuses it.
        """
        inputs = json.dumps(dict(submission.inputs), ensure_ascii=False, default=str)
        values = (
            *self._scope,
            submission.idempotency_key,
            submission.technique_id,
            submission.technique_name,
            submission.workspace_id,
            submission.workspace_name,
            inputs,
            submission.sent_at,
            self._clock(),
        )

        def job(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                conn.execute(
                    """
                    INSERT INTO submissions (profile_id, base_url, idempotency_key,
                        technique_id, technique_name, workspace_id, workspace_name,
                        inputs_json, sent_at, state, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'sending', ?)
                    ON CONFLICT (profile_id, base_url, idempotency_key) DO UPDATE SET
                        state = CASE WHEN submissions.state = 'answered' THEN 'answered'
                            ELSE 'sending' END,
                        updated_at = excluded.updated_at
                    """,
                    values,
                )

        try:
            await self._store.call(job)
        except (sqlite3.Error, OSError, RuntimeError) as exc:
            log.warning("could not note the run before sending it: %s", type(exc).__name__)
            raise JournalUnavailable(str(type(exc).__name__)) from exc

    async def answered(
        self, submission: Submission, run_id: str, start: RunStart | None = None
    ) -> None:
        """FLORA answered with ``run_id``: record the run, then settle the press.

        The run goes into the history here, not only when the Runs panel takes it: a crash
        right after the answer must still leave it to be watched on the next start.
        """
        try:
            await self._store.record_start(
                base_url=self.base_url,
                profile_id=self.profile_id,
                run_id=run_id,
                technique_id=submission.technique_id,
                workspace_id=submission.workspace_id,
                inputs=submission.inputs,
                technique_name=submission.technique_name,
                workspace_name=submission.workspace_name,
                idempotency_key=submission.idempotency_key,
                start=start,
                started_at=submission.sent_at,
            )
        except (sqlite3.Error, OSError, RuntimeError) as exc:
            log.warning("could not record run %s: %s", run_id, type(exc).__name__)
        await self._settle(submission.idempotency_key, "answered", run_id)

    async def no_run(self, key: str) -> None:
        """FLORA refused the press, or it was not found after a restart: nothing to watch."""
        await self._settle(key, "no_run", None)

    async def _settle(self, key: str, state: str, run_id: str | None) -> None:
        now = self._clock()

        def job(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                conn.execute(
                    "UPDATE submissions SET state = ?, run_id = COALESCE(?, run_id), "
                    "updated_at = ? WHERE profile_id = ? AND base_url = ? "
                    "AND idempotency_key = ?",
                    (state, run_id, now, *self._scope, key),
                )

        try:
            await self._store.call(job)
        except (sqlite3.Error, OSError, RuntimeError) as exc:
            # The next start looks it up again: harmless, never a second run.
            log.warning("could not settle a noted run: %s", type(exc).__name__)

    async def pending(self) -> list[Submission]:
        """Presses still ``sending``, oldest first; ones whose run is in the history are settled.

        A crash after the run was recorded but before the press was settled leaves such a
        row: its run is already watched, so it is not pending.
        """

        def job(conn: sqlite3.Connection) -> list[sqlite3.Row]:
            with transaction(conn):
                conn.execute(
                    """
                    UPDATE submissions SET state = 'answered', run_id = (
                        SELECT runs.run_id FROM runs WHERE runs.profile_id = ?
                            AND runs.base_url = ?
                            AND runs.idempotency_key = submissions.idempotency_key
                        LIMIT 1)
                    WHERE profile_id = ? AND base_url = ? AND state = 'sending'
                        AND EXISTS (SELECT 1 FROM runs WHERE runs.profile_id = ?
                            AND runs.base_url = ?
                            AND runs.idempotency_key = submissions.idempotency_key)
                    """,
                    (*self._scope, *self._scope, *self._scope),
                )
                cursor = conn.execute(
                    f"{_SELECT} WHERE profile_id = ? AND base_url = ? AND state = 'sending' "
                    # A batch's rows are resumed by the batch (services/batch.py), not here.
                    "AND idempotency_key NOT IN (SELECT idempotency_key FROM batch_rows) "
                    "ORDER BY sent_at, idempotency_key",
                    self._scope,
                )
                cursor.row_factory = sqlite3.Row
                return cursor.fetchall()

        try:
            rows = await self._store.call(job)
        except (sqlite3.Error, OSError, RuntimeError) as exc:
            log.warning("could not read the noted runs: %s", type(exc).__name__)
            return []
        return [
            Submission(
                technique_id=row["technique_id"],
                workspace_id=row["workspace_id"],
                inputs=MappingProxyType(json_object(row["inputs_json"])),
                idempotency_key=row["idempotency_key"],
                sent_at=row["sent_at"],
                technique_name=row["technique_name"],
                workspace_name=row["workspace_name"],
            )
            for row in rows
        ]

    async def other_run_ids(self, key: str) -> set[str]:
        """Runs started here with another key (any profile on this server: a run id is the
        server's): never the answer to ``key``."""
        base_url = self._scope[1]

        def job(conn: sqlite3.Connection) -> set[str]:
            rows = conn.execute(
                "SELECT run_id FROM runs WHERE base_url = ? "
                "AND origin = 'local' AND idempotency_key IS NOT NULL AND idempotency_key != ?",
                (base_url, key),
            ).fetchall()
            return {str(r[0]) for r in rows}

        try:
            return await self._store.call(job)
        except (sqlite3.Error, OSError, RuntimeError):
            return set()

    async def open_presses(
        self, technique_id: str, workspace_id: str, earliest: float, latest: float
    ) -> set[str]:
        """``open_press_keys`` for this account; ``JournalUnavailable`` when the history file
        cannot be read (then any press could be open)."""
        scope = self._scope
        try:
            return await self._store.call(
                lambda conn: open_press_keys(
                    conn, scope, technique_id, workspace_id, earliest, latest
                )
            )
        except (sqlite3.Error, OSError, RuntimeError) as exc:
            log.warning("could not read the open presses: %s", type(exc).__name__)
            raise JournalUnavailable(type(exc).__name__) from exc

    async def state_of(self, key: str) -> str | None:
        """The press's state (``sending``/``answered``/``no_run``), ``None`` if unknown."""

        def job(conn: sqlite3.Connection) -> str | None:
            row = conn.execute(
                "SELECT state FROM submissions WHERE profile_id = ? AND base_url = ? "
                "AND idempotency_key = ?",
                (*self._scope, key),
            ).fetchone()
            return None if row is None else str(row[0])

        return await self._store.call(job)
