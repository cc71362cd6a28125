"""The local run history: every run the app starts, merged with FLORA's own list (§5.7).

SQLite in ``AppPaths.data_dir / "history.sqlite3"`` (WAL, one transaction per change, schema
in ``history_schema``). ``HistoryStore`` runs every query on one dedicated worker thread, so
the event loop never waits on the disk. Rows are scoped by account: the profile and the API
base URL together, so sandbox runs and real runs never mix, nor two profiles on one server.
The API key is never stored: nothing here receives it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

from flora_desktop.services.base_urls import normalise_base_url
from flora_desktop.services.history_index import index_unavailable
from flora_desktop.services.history_open import HistoryOpener, is_damage, refused_write
from flora_desktop.services.history_schema import transaction
from flora_desktop.services.settings import DEFAULT_PROFILE_ID
from flora_desktop.services.store_notices import StoreNotices

# The API models and the search layer (history_search) are imported where used: at import
# they held the window's first paint (~20 ms; the app builds a HistoryStore before it paints).
if TYPE_CHECKING:
    from flora_desktop.api import FloraClient
    from flora_desktop.api.models import RunOutput, RunStart, RunStatus, TechniqueRun
    from flora_desktop.services.history_search import SearchQuery
    from flora_desktop.services.paths import AppPaths

__all__ = [
    "HISTORY_FILE_NAME",
    "HistoryPage",
    "HistoryStore",
    "MergeResult",
    "RunRecord",
    "sync_server_history",
]

log = logging.getLogger(__name__)

HISTORY_FILE_NAME = "history.sqlite3"
DEFAULT_PAGE = 50
# A search with words counts this many matches at most ("more than 1,000"): counting every
# match of a common word in a long history reads most of it.
COUNT_CAP = 1000
# How many of the newest runs list the techniques offered as a filter.
TECHNIQUE_SCAN = 1000
# How many of FLORA's newest runs one sync reads (two pages of the API's maximum).
DEFAULT_SYNC_RUNS = 200
_API_PAGE_MAX = 100

T = TypeVar("T")


# (profile_id, normalised base URL): whose rows a query reads or writes.
Scope = tuple[str, str]


def scope_of(base_url: str, profile_id: str) -> Scope:
    return (profile_id, normalise_base_url(base_url))


def _seconds(timestamp: float | None) -> float | None:
    from flora_desktop.api.models import to_datetime

    moment = to_datetime(timestamp)
    return None if moment is None else moment.timestamp()


def _epoch(value: float | datetime | None) -> float | None:
    if value is None or isinstance(value, float | int):
        return value
    return value.timestamp()


@dataclass(frozen=True)
class RunRecord:
    """One run in the history. Times are epoch seconds.

    ``origin`` is ``"local"`` for runs started here (with ``inputs``) and ``"server"`` for
    runs seen only in FLORA's list (``inputs`` is ``None``). ``started_at`` is when it was
    started (our clock for local runs, FLORA's ``created_at`` otherwise).
    """

    base_url: str
    run_id: str
    origin: str
    status: str
    started_at: float
    updated_at: float
    technique_id: str | None = None
    technique_name: str = ""
    workspace_id: str | None = None
    workspace_name: str = ""
    project_id: str | None = None
    inputs: Mapping[str, Any] | None = None
    idempotency_key: str | None = None
    start: Mapping[str, Any] | None = None
    poll_url: str | None = None
    estimated_seconds: float | None = None
    progress: float = 0.0
    outputs: tuple[RunOutput, ...] = ()
    charged_cost: float | None = None
    error_code: str | None = None
    error_message: str | None = None
    created_at: float | None = None
    run_started_at: float | None = None
    completed_at: float | None = None
    profile_id: str = DEFAULT_PROFILE_ID

    @property
    def is_terminal(self) -> bool:
        from flora_desktop.api.models import TERMINAL_RUN_STATUSES

        return self.status in TERMINAL_RUN_STATUSES

    def to_run_status(self) -> RunStatus:
        """The record as a ``RunStatus`` (API timestamps back in epoch milliseconds)."""
        from flora_desktop.api.models import RunStatus

        def ms(value: float | None) -> float | None:
            return None if value is None else value * 1000.0

        return RunStatus(
            run_id=self.run_id,
            status=self.status,
            progress=self.progress,
            created_at=ms(self.created_at),
            started_at=ms(self.run_started_at),
            completed_at=ms(self.completed_at),
            charged_cost=self.charged_cost,
            error_code=self.error_code,
            error_message=self.error_message,
            outputs=self.outputs,
            poll_url=self.poll_url,
        )


@dataclass(frozen=True)
class HistoryPage:
    """One look at the history (``HistoryStore.page``).

    ``total`` runs match, or more than ``total`` when ``more``; ``techniques`` are
    ``(technique_id, name)`` pairs, newest use first.
    """

    records: tuple[RunRecord, ...]
    total: int
    more: bool
    techniques: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class MergeResult:
    """What a merge with FLORA's list changed: runs new to us, and runs refreshed."""

    added: int
    updated: int


_COLUMNS = (
    "profile_id, base_url, run_id, origin, technique_id, technique_name, workspace_id, "
    "workspace_name, project_id, inputs_json, idempotency_key, start_json, poll_url, "
    "estimated_seconds, status, "
    "progress, outputs_json, charged_cost, error_code, error_message, started_at, created_at, "
    "run_started_at, completed_at, updated_at"
)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _dumps(value: object) -> str:
    # ensure_ascii off so a search for "café" finds it; default=str for stray Paths etc.
    return json.dumps(value, ensure_ascii=False, default=str)


def _outputs_json(outputs: Iterable[RunOutput]) -> str:
    return _dumps([{"output_id": o.output_id, "type": o.type, "url": o.url} for o in outputs])


def _outputs(text: str) -> tuple[RunOutput, ...]:
    from flora_desktop.api.models import RunOutput

    items = json.loads(text) or []
    return tuple(
        RunOutput(output_id=str(i["output_id"]), type=str(i["type"]), url=str(i["url"]))
        for i in items
        if isinstance(i, Mapping)
    )


def _frozen(value: Any) -> Mapping[str, Any] | None:
    return MappingProxyType(value) if isinstance(value, dict) else None


def _record(row: sqlite3.Row) -> RunRecord:
    return RunRecord(
        base_url=row["base_url"],
        run_id=row["run_id"],
        origin=row["origin"],
        status=row["status"],
        started_at=row["started_at"],
        updated_at=row["updated_at"],
        technique_id=row["technique_id"],
        technique_name=row["technique_name"],
        workspace_id=row["workspace_id"],
        workspace_name=row["workspace_name"],
        project_id=row["project_id"],
        inputs=_frozen(_loads(row["inputs_json"])),
        idempotency_key=row["idempotency_key"],
        start=_frozen(_loads(row["start_json"])),
        poll_url=row["poll_url"],
        estimated_seconds=row["estimated_seconds"],
        progress=row["progress"],
        outputs=_outputs(row["outputs_json"]),
        charged_cost=row["charged_cost"],
        error_code=row["error_code"],
        error_message=row["error_message"],
        created_at=row["created_at"],
        run_started_at=row["run_started_at"],
        completed_at=row["completed_at"],
        profile_id=row["profile_id"],
    )


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_SEARCHED = (
    "technique_name",
    "workspace_name",
    "run_id",
    "inputs_json",
    "error_message",
    "outputs_json",
)


def _query(
    scope: Scope,
    text: str | None,
    technique_id: str | None,
    status: str | Iterable[str] | None,
    since: float | datetime | None,
    until: float | datetime | None,
) -> SearchQuery:
    from flora_desktop.services.history_search import SearchQuery

    clauses = ["profile_id = ?", "base_url = ?"]
    args: list[object] = list(scope)
    if technique_id:
        clauses.append("technique_id = ?")
        args.append(technique_id)
    if status:
        statuses = [status] if isinstance(status, str) else list(status)
        clauses.append(f"status IN ({', '.join('?' * len(statuses))})")
        args += statuses
    if since is not None:
        clauses.append("started_at >= ?")
        args.append(_epoch(since))
    if until is not None:
        clauses.append("started_at < ?")
        args.append(_epoch(until))
    words = tuple((text or "").split())
    if not words:
        return SearchQuery(" AND ".join(clauses), tuple(args), ())
    text_clauses: list[str] = []
    text_args: list[object] = []
    for word in words:
        text_clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in _SEARCHED) + ")")
        text_args += [_like(word)] * len(_SEARCHED)
    return SearchQuery(
        " AND ".join(clauses), tuple(args), words, " AND ".join(text_clauses), tuple(text_args)
    )


def _index_may_fail(exc: BaseException) -> bool:
    # Also an index this SQLite cannot load, made by another one while the file was open.
    return is_damage(exc) or isinstance(exc, sqlite3.IntegrityError) or index_unavailable(exc)


class HistoryStore:
    """Async access to the history file; every call runs on one worker thread.

    ``open()`` (or the first call) creates and migrates the file; ``aclose()`` closes it.
    Usable as ``async with HistoryStore(path) as store``. ``clock`` gives epoch seconds.
    """

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        notices: StoreNotices | None = None,
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._opener = HistoryOpener(self.path, notices if notices is not None else StoreNotices())
        # One thread owns the connection: sqlite3 objects must stay on the thread made them.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history-db")
        self._conn: sqlite3.Connection | None = None
        self._closed = False

    @classmethod
    def for_paths(cls, paths: AppPaths, notices: StoreNotices | None = None) -> HistoryStore:
        """The store in the app's data folder."""
        return cls(paths.data_dir / HISTORY_FILE_NAME, notices=notices)

    def __repr__(self) -> str:
        return f"HistoryStore({str(self.path)!r})"

    @property
    def in_memory(self) -> bool:
        """This session's history could not be opened on disk: nothing written survives."""
        return self._opener.in_memory

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # --- plumbing ------------------------------------------------------------------------

    async def call(self, job: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``job(connection)`` on the store's thread (for stores sharing this file)."""
        return await self._run(job)

    async def _run(self, job: Callable[[sqlite3.Connection], T]) -> T:
        if self._closed:
            raise RuntimeError("HistoryStore is closed")
        import asyncio

        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._with_connection, job)

    def _with_connection(self, job: Callable[[sqlite3.Connection], T]) -> T:
        # A damaged file is set aside and replaced, never a crash at every start
        # (history_open); damage a query finds later is handled the same way, once.
        if self._conn is None:
            self._conn = self._opener.open()
            self._conn.row_factory = sqlite3.Row
            log.debug("opened run history %s", self.path)
        try:
            return job(self._conn)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            failure: BaseException = exc
        from flora_desktop.services.history_search import repair_search_index

        # A damaged search index breaks reads (damage) and the triggers that keep it (a
        # "constraint failed"); it holds nothing of its own, so it is made again from the
        # runs and the job tried once more, never the file set aside for it.
        if _index_may_fail(failure) and repair_search_index(self._conn):
            try:
                return job(self._conn)
            except (sqlite3.DatabaseError, UnicodeDecodeError) as again:
                failure = again
        if not is_damage(failure):
            # A full or read-only disk: an OSError in plain words, not sqlite's.
            refused = refused_write(failure, self.path.parent)
            if refused is None:
                raise failure
            raise refused from failure
        assert isinstance(failure, Exception)
        self._conn = self._opener.recover(self._conn, failure)
        self._conn.row_factory = sqlite3.Row
        return job(self._conn)

    async def open(self) -> None:
        """Create or migrate the file now, so a problem shows at start-up."""
        await self._run(lambda _conn: None)

    async def aclose(self) -> None:
        """Close the file and stop the worker thread; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        import asyncio

        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self._close_connection)
        self._executor.shutdown(wait=False)

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # --- writes ----------------------------------------------------------------------------

    async def record_start(
        self,
        *,
        base_url: str,
        run_id: str,
        technique_id: str,
        workspace_id: str,
        inputs: Mapping[str, Any],
        technique_name: str = "",
        workspace_name: str = "",
        idempotency_key: str | None = None,
        start: RunStart | None = None,
        started_at: float | None = None,
        profile_id: str = DEFAULT_PROFILE_ID,
    ) -> RunRecord:
        """Remember a run this app just started (status ``pending``).

        ``inputs`` is what was sent (never the API key); ``start`` is FLORA's answer.
        Recording a run already known (say, from a merge) fills in the local details.
        """
        scope = scope_of(base_url, profile_id)
        now = self._clock()
        when = now if started_at is None else started_at
        start_fields = None if start is None else dataclasses.asdict(start)
        values = {
            "profile_id": scope[0],
            "base_url": scope[1],
            "run_id": run_id,
            "technique_id": technique_id,
            "technique_name": technique_name
            or (start.technique.name if start and start.technique else ""),
            "workspace_id": workspace_id,
            "workspace_name": workspace_name,
            "project_id": start.project_id if start else None,
            "inputs_json": _dumps(dict(inputs)),
            "idempotency_key": idempotency_key,
            "start_json": None if start_fields is None else _dumps(start_fields),
            "poll_url": start.poll_url if start else None,
            "estimated_seconds": start.estimated_seconds if start else None,
            "charged_cost": start.charged_cost if start else None,
            "started_at": when,
            "updated_at": now,
        }

        def job(conn: sqlite3.Connection) -> RunRecord:
            with transaction(conn):
                conn.execute(
                    """
                    INSERT INTO runs (profile_id, base_url, run_id, origin, technique_id,
                        technique_name, workspace_id, workspace_name, project_id, inputs_json,
                        idempotency_key,
                        start_json, poll_url, estimated_seconds, status, charged_cost,
                        started_at, updated_at)
                    VALUES (:profile_id, :base_url, :run_id, 'local', :technique_id,
                        :technique_name, :workspace_id, :workspace_name, :project_id, :inputs_json,
                        :idempotency_key, :start_json, :poll_url, :estimated_seconds, 'pending',
                        :charged_cost, :started_at, :updated_at)
                    ON CONFLICT (profile_id, base_url, run_id) DO UPDATE SET
                        origin = 'local',
                        technique_id = excluded.technique_id,
                        technique_name = CASE WHEN excluded.technique_name != ''
                            THEN excluded.technique_name ELSE runs.technique_name END,
                        workspace_id = excluded.workspace_id,
                        workspace_name = CASE WHEN excluded.workspace_name != ''
                            THEN excluded.workspace_name ELSE runs.workspace_name END,
                        project_id = COALESCE(excluded.project_id, runs.project_id),
                        inputs_json = excluded.inputs_json,
                        idempotency_key = COALESCE(excluded.idempotency_key, runs.idempotency_key),
                        start_json = COALESCE(excluded.start_json, runs.start_json),
                        poll_url = COALESCE(excluded.poll_url, runs.poll_url),
                        estimated_seconds = COALESCE(excluded.estimated_seconds,
                            runs.estimated_seconds),
                        started_at = excluded.started_at,
                        updated_at = excluded.updated_at
                    """,
                    values,
                )
                record = _get(conn, scope, run_id)
            assert record is not None
            return record

        return await self._run(job)

    async def update_status(
        self, status: RunStatus, *, base_url: str, profile_id: str = DEFAULT_PROFILE_ID
    ) -> RunRecord | None:
        """Store a polled status; ``None`` if the run is not in the history.

        A final status is never replaced by an older, non-final one; outputs, cost and
        times from an earlier poll are kept when the new one leaves them out.
        """
        scope = scope_of(base_url, profile_id)
        now = self._clock()

        def job(conn: sqlite3.Connection) -> RunRecord | None:
            with transaction(conn):
                old = _get(conn, scope, status.run_id)
                if old is None:
                    return None
                if old.is_terminal and not status.is_terminal:
                    log.debug("ignoring stale status of %s", status.run_id)
                    return old
                _write_status(conn, old, status, now)
                return _get(conn, scope, status.run_id)

        return await self._run(job)

    async def merge_server_runs(
        self,
        runs: Iterable[TechniqueRun],
        *,
        base_url: str,
        workspace_names: Mapping[str, str] | None = None,
        profile_id: str = DEFAULT_PROFILE_ID,
    ) -> MergeResult:
        """Merge FLORA's run list: new runs are added (without inputs), known ones refreshed.

        FLORA wins for status, progress, outputs, cost, error and times; a local row keeps
        its inputs, key and names. One transaction for the whole batch.
        """
        scope = scope_of(base_url, profile_id)
        names = dict(workspace_names or {})
        items = list(runs)
        now = self._clock()

        def job(conn: sqlite3.Connection) -> MergeResult:
            added = updated = 0
            with transaction(conn):
                for run in items:
                    old = _get(conn, scope, run.run_id)
                    if old is None:
                        _insert_server_run(conn, scope, run, names, now)
                        added += 1
                        continue
                    conn.execute(
                        """
                        UPDATE runs SET
                            technique_id = COALESCE(technique_id, ?),
                            technique_name = CASE WHEN technique_name = '' THEN ?
                                ELSE technique_name END,
                            workspace_id = COALESCE(workspace_id, ?),
                            workspace_name = CASE WHEN workspace_name = '' THEN ?
                                ELSE workspace_name END,
                            project_id = COALESCE(project_id, ?)
                        WHERE profile_id = ? AND base_url = ? AND run_id = ?
                        """,
                        (
                            run.technique.technique_id,
                            run.technique.name,
                            run.workspace_id,
                            names.get(run.workspace_id, ""),
                            run.project_id,
                            *scope,
                            run.run_id,
                        ),
                    )
                    _write_status(conn, old, run, now)
                    updated += 1
            return MergeResult(added=added, updated=updated)

        result = await self._run(job)
        log.debug("merged %d server runs: %s", len(items), result)
        return result

    # --- reads -----------------------------------------------------------------------------

    async def get(
        self, run_id: str, *, base_url: str, profile_id: str = DEFAULT_PROFILE_ID
    ) -> RunRecord | None:
        scope = scope_of(base_url, profile_id)
        return await self._run(lambda conn: _get(conn, scope, run_id))

    async def unfinished(
        self, base_url: str, *, profile_id: str = DEFAULT_PROFILE_ID
    ) -> list[RunRecord]:
        """Runs started here, pending or running when last seen: watch these after a restart.

        A status the app does not know (``cancelled``) was already polled to its bound; it is
        not polled again at every start.
        """
        from flora_desktop.api.models import ACTIVE_RUN_STATUSES

        scope = scope_of(base_url, profile_id)
        placeholders = ", ".join("?" * len(ACTIVE_RUN_STATUSES))

        def job(conn: sqlite3.Connection) -> list[RunRecord]:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM runs WHERE profile_id = ? AND base_url = ? "
                f"AND origin = 'local' AND status IN ({placeholders}) "
                "ORDER BY started_at, run_id",
                (*scope, *sorted(ACTIVE_RUN_STATUSES)),
            ).fetchall()
            return [_record(r) for r in rows]

        return await self._run(job)

    async def search(
        self,
        *,
        base_url: str,
        text: str | None = None,
        technique_id: str | None = None,
        status: str | Iterable[str] | None = None,
        since: float | datetime | None = None,
        until: float | datetime | None = None,
        limit: int = DEFAULT_PAGE,
        offset: int = 0,
        profile_id: str = DEFAULT_PROFILE_ID,
    ) -> list[RunRecord]:
        """Runs matching every filter, newest first.

        ``text``: each word must appear in the technique or workspace name, run id, inputs,
        outputs or error. ``since``/``until`` bound ``started_at`` (``until`` exclusive).
        """
        query = _query(scope_of(base_url, profile_id), text, technique_id, status, since, until)

        def job(conn: sqlite3.Connection) -> list[RunRecord]:
            from flora_desktop.services.history_search import find_runs

            return [_record(r) for r in find_runs(conn, _COLUMNS, query, limit, offset)]

        return await self._run(job)

    async def count(
        self,
        *,
        base_url: str,
        text: str | None = None,
        technique_id: str | None = None,
        status: str | Iterable[str] | None = None,
        since: float | datetime | None = None,
        until: float | datetime | None = None,
        profile_id: str = DEFAULT_PROFILE_ID,
    ) -> int:
        """How many runs ``search`` would find with no limit."""
        query = _query(scope_of(base_url, profile_id), text, technique_id, status, since, until)
        from flora_desktop.services.history_search import count_runs

        return await self._run(lambda conn: count_runs(conn, query))

    async def page(
        self,
        *,
        base_url: str,
        text: str | None = None,
        technique_id: str | None = None,
        status: str | Iterable[str] | None = None,
        since: float | datetime | None = None,
        until: float | datetime | None = None,
        limit: int = DEFAULT_PAGE,
        profile_id: str = DEFAULT_PROFILE_ID,
    ) -> HistoryPage:
        """What the History page shows, read in one trip to the store's thread.

        The newest ``limit`` runs matching the filters (as ``search``), how many match (a
        search with words counts up to ``COUNT_CAP``, then says "more"), and the techniques
        of the newest ``TECHNIQUE_SCAN`` runs of the account for the technique filter.
        """
        scope = scope_of(base_url, profile_id)
        query = _query(scope, text, technique_id, status, since, until)
        cap = COUNT_CAP if query.words else None

        def job(conn: sqlite3.Connection) -> HistoryPage:
            from flora_desktop.services.history_search import count_runs, find_runs

            records = tuple(_record(r) for r in find_runs(conn, _COLUMNS, query, limit, 0))
            total = count_runs(conn, query, at_most=cap)
            used = conn.execute(
                "SELECT technique_id, technique_name FROM runs "
                "WHERE profile_id = ? AND base_url = ? AND technique_id IS NOT NULL "
                "ORDER BY started_at DESC, run_id DESC LIMIT ?",
                (*scope, TECHNIQUE_SCAN),
            ).fetchall()
            techniques: dict[str, str] = {}
            for technique_id_, name in used:
                if technique_id_ and technique_id_ not in techniques:
                    techniques[technique_id_] = name or technique_id_
            more = cap is not None and total > cap
            return HistoryPage(records, cap if more and cap is not None else total, more,
                               tuple(techniques.items()))  # fmt: skip

        return await self._run(job)

    async def integrity_check(self) -> bool:
        """``PRAGMA integrity_check`` says ``ok``."""

        def job(conn: sqlite3.Connection) -> bool:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            return [tuple(r) for r in rows] == [("ok",)]

        return await self._run(job)

    async def journal_mode(self) -> str:
        """The file's journal mode (``wal`` once opened)."""
        return await self._run(
            lambda conn: str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        )


def _get(conn: sqlite3.Connection, scope: Scope, run_id: str) -> RunRecord | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM runs WHERE profile_id = ? AND base_url = ? AND run_id = ?",
        (*scope, run_id),
    ).fetchone()
    return None if row is None else _record(row)


def _write_status(conn: sqlite3.Connection, old: RunRecord, new: RunStatus, now: float) -> None:
    """Store ``new`` over ``old``; outputs, cost and times ``new`` leaves out are kept."""
    outputs = new.outputs or old.outputs
    failed = new.status == "failed"
    conn.execute(
        """
        UPDATE runs SET status = ?, progress = ?, outputs_json = ?, charged_cost = ?,
            error_code = ?, error_message = ?, created_at = ?, run_started_at = ?,
            completed_at = ?, poll_url = ?, updated_at = ?
        WHERE profile_id = ? AND base_url = ? AND run_id = ?
        """,
        (
            new.status,
            new.progress,
            _outputs_json(outputs),
            new.charged_cost if new.charged_cost is not None else old.charged_cost,
            new.error_code if failed else None,
            new.error_message if failed else None,
            _seconds(new.created_at) or old.created_at,
            _seconds(new.started_at) or old.run_started_at,
            _seconds(new.completed_at) or old.completed_at,
            new.poll_url or old.poll_url,
            now,
            old.profile_id,
            old.base_url,
            old.run_id,
        ),
    )


def _insert_server_run(
    conn: sqlite3.Connection,
    scope: Scope,
    run: TechniqueRun,
    names: Mapping[str, str],
    now: float,
) -> None:
    failed = run.status == "failed"
    created = _seconds(run.created_at)
    conn.execute(
        f"INSERT INTO runs ({_COLUMNS}) VALUES ({', '.join('?' * 25)})",
        (
            *scope,
            run.run_id,
            "server",
            run.technique.technique_id,
            run.technique.name,
            run.workspace_id,
            names.get(run.workspace_id, ""),
            run.project_id,
            None,
            None,
            None,
            run.poll_url,
            None,
            run.status,
            run.progress,
            _outputs_json(run.outputs),
            run.charged_cost,
            run.error_code if failed else None,
            run.error_message if failed else None,
            created if created is not None else now,
            created,
            _seconds(run.started_at),
            _seconds(run.completed_at),
            now,
        ),
    )


async def sync_server_history(
    store: HistoryStore,
    client: FloraClient,
    *,
    workspace_id: str | None = None,
    workspace_names: Mapping[str, str] | None = None,
    max_runs: int = DEFAULT_SYNC_RUNS,
    profile_id: str = DEFAULT_PROFILE_ID,
) -> MergeResult:
    """Read FLORA's newest ``max_runs`` technique runs and merge them into ``store``.

    Raises the client's ``FloraError`` if the list cannot be read; nothing is merged then.
    """
    runs: list[TechniqueRun] = []
    listing = client.technique_runs.list(
        workspace_id=workspace_id, limit=min(max_runs, _API_PAGE_MAX)
    )
    try:
        async for run in listing:
            runs.append(run)
            if len(runs) >= max_runs:
                break
    finally:
        # Stopping early must close the page generator now, not whenever it is collected.
        await listing.aclose()
    return await store.merge_server_runs(
        runs, base_url=client.base_url, workspace_names=workspace_names, profile_id=profile_id
    )
