"""The run history's SQLite schema: connection settings and ordered migrations (user_version).

The file's ``PRAGMA user_version`` is the number of migrations applied. Opening runs every
migration above it in order, each in its own transaction together with its version bump,
so a crash mid-migration leaves the file at the previous version, intact.

To change the schema, append a ``Migration`` to ``MIGRATIONS`` (never edit a shipped one):
v2 below is the pattern, one more index; a new column is
``ALTER TABLE runs ADD COLUMN saved_to TEXT``. A file from a newer app (a higher version than
we know) is refused rather than touched.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .history_index import (
    create_search_index,
    drop_search_index,
    search_index_fits,
    search_index_supported,
)
from .phrases import QT_TRANSLATE_NOOP

__all__ = [
    "LATEST_VERSION",
    "MIGRATIONS",
    "HistorySchemaError",
    "Migration",
    "connect",
    "fit_search_index",
    "migrate",
    "schema_version",
    "transaction",
]

log = logging.getLogger(__name__)

# Milliseconds a writer waits for another connection's lock before giving up.
BUSY_TIMEOUT_MS = 5000


class HistorySchemaError(Exception):
    """The history file cannot be used: written by a newer app, or not a database."""


@dataclass(frozen=True)
class Migration:
    """One schema step: the ``version`` it brings the file to, and what it runs."""

    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _statements(*sql: str) -> Callable[[sqlite3.Connection], None]:
    # conn.executescript would COMMIT first and break the one-transaction-per-step rule.
    def run(conn: sqlite3.Connection) -> None:
        for statement in sql:
            conn.execute(statement)

    return run


# Times are epoch seconds (REAL). ``origin`` is 'local' (started here) or 'server' (seen only in
# GET /technique-runs). JSON columns: inputs (NULL when unknown), start response, outputs.
_V1 = _statements(
    """
    CREATE TABLE runs (
        base_url TEXT NOT NULL,
        run_id TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('local', 'server')),
        technique_id TEXT,
        technique_name TEXT NOT NULL DEFAULT '',
        workspace_id TEXT,
        workspace_name TEXT NOT NULL DEFAULT '',
        project_id TEXT,
        inputs_json TEXT,
        idempotency_key TEXT,
        start_json TEXT,
        poll_url TEXT,
        estimated_seconds REAL,
        status TEXT NOT NULL,
        progress REAL NOT NULL DEFAULT 0,
        outputs_json TEXT NOT NULL DEFAULT '[]',
        charged_cost REAL,
        error_code TEXT,
        error_message TEXT,
        started_at REAL NOT NULL,
        created_at REAL,
        run_started_at REAL,
        completed_at REAL,
        updated_at REAL NOT NULL,
        PRIMARY KEY (base_url, run_id)
    )
    """,
    "CREATE INDEX runs_by_start ON runs (base_url, started_at DESC)",
    "CREATE INDEX runs_by_status ON runs (base_url, status)",
)

# v2: the History view filters by technique, newest first; give that its own index.
_V2 = _statements(
    "CREATE INDEX runs_by_technique ON runs (base_url, technique_id, started_at DESC)",
)

# v3: accounts do not mix. Two profiles may use the same server with different keys, so every
# row belongs to a profile as well as a server (``profile_id``; rows from before are the
# default profile's, the only one older versions wrote for). SQLite cannot change a primary
# key in place: the table is copied. And ``submissions``: each press of Run, written before
# its request leaves (CONTRACT §9.7), so a crash between send and answer leaves the key to
# look the run up with. ``state``: 'sending' (no answer yet), 'answered' (``run_id`` known),
# 'no_run' (FLORA refused it, or it could not be found after a restart).
_V3 = _statements(
    """
    CREATE TABLE runs_v3 (
        profile_id TEXT NOT NULL,
        base_url TEXT NOT NULL,
        run_id TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('local', 'server')),
        technique_id TEXT,
        technique_name TEXT NOT NULL DEFAULT '',
        workspace_id TEXT,
        workspace_name TEXT NOT NULL DEFAULT '',
        project_id TEXT,
        inputs_json TEXT,
        idempotency_key TEXT,
        start_json TEXT,
        poll_url TEXT,
        estimated_seconds REAL,
        status TEXT NOT NULL,
        progress REAL NOT NULL DEFAULT 0,
        outputs_json TEXT NOT NULL DEFAULT '[]',
        charged_cost REAL,
        error_code TEXT,
        error_message TEXT,
        started_at REAL NOT NULL,
        created_at REAL,
        run_started_at REAL,
        completed_at REAL,
        updated_at REAL NOT NULL,
        PRIMARY KEY (profile_id, base_url, run_id)
    )
    """,
    """
    INSERT INTO runs_v3 SELECT 'default', base_url, run_id, origin, technique_id,
        technique_name, workspace_id, workspace_name, project_id, inputs_json, idempotency_key,
        start_json, poll_url, estimated_seconds, status, progress, outputs_json, charged_cost,
        error_code, error_message, started_at, created_at, run_started_at, completed_at,
        updated_at
    FROM runs
    """,
    "DROP TABLE runs",
    "ALTER TABLE runs_v3 RENAME TO runs",
    "CREATE INDEX runs_by_start ON runs (profile_id, base_url, started_at DESC)",
    "CREATE INDEX runs_by_status ON runs (profile_id, base_url, status)",
    "CREATE INDEX runs_by_technique ON runs (profile_id, base_url, technique_id, started_at DESC)",
    """
    CREATE TABLE submissions (
        profile_id TEXT NOT NULL,
        base_url TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        technique_id TEXT NOT NULL,
        technique_name TEXT NOT NULL DEFAULT '',
        workspace_id TEXT NOT NULL,
        workspace_name TEXT NOT NULL DEFAULT '',
        inputs_json TEXT NOT NULL,
        sent_at REAL NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('sending', 'answered', 'no_run')),
        run_id TEXT,
        updated_at REAL NOT NULL,
        PRIMARY KEY (profile_id, base_url, idempotency_key)
    )
    """,
    "CREATE INDEX submissions_by_state ON submissions (profile_id, base_url, state, sent_at)",
)

# v4: batches (one technique over many rows). A batch belongs to an account and, when run
# headless, to its output folder (``out_dir``: the same command again resumes it). Each row
# keeps its idempotency key from the moment the batch is created; its press goes through
# ``submissions`` like any other before its request leaves. Row ``state``: 'waiting' (never
# sent), 'sending' (a request may have left), 'accepted' (FLORA has it, run id not yet
# known), 'running', 'completed', 'failed' (its run failed, or FLORA refused the row).
_V4 = _statements(
    """
    CREATE TABLE batches (
        batch_id TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL,
        base_url TEXT NOT NULL,
        technique_id TEXT NOT NULL,
        technique_name TEXT NOT NULL DEFAULT '',
        workspace_id TEXT NOT NULL,
        workspace_name TEXT NOT NULL DEFAULT '',
        run_cost REAL,
        out_dir TEXT,
        state TEXT NOT NULL,
        stop_reason TEXT,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    )
    """,
    "CREATE INDEX batches_by_account ON batches (profile_id, base_url, created_at DESC)",
    """
    CREATE TABLE batch_rows (
        batch_id TEXT NOT NULL REFERENCES batches (batch_id) ON DELETE CASCADE,
        row_index INTEGER NOT NULL,
        source_name TEXT NOT NULL DEFAULT '',
        inputs_json TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN
            ('waiting', 'sending', 'accepted', 'running', 'completed', 'failed')),
        run_id TEXT,
        first_sent_at REAL,
        cost REAL,
        outputs_json TEXT NOT NULL DEFAULT '[]',
        saved_json TEXT NOT NULL DEFAULT '[]',
        error TEXT,
        updated_at REAL NOT NULL,
        PRIMARY KEY (batch_id, row_index)
    )
    """,
)


# v5: search without reading every row (issue 14). A trigram full-text index over the columns
# History searches, kept by triggers (``history_index``). Rebuilt from ``runs`` whenever it is
# damaged: nothing in it is kept only there. Made only where this SQLite can (3.34+, with
# FTS5): elsewhere the file is v5 without it, and search reads the rows. Opening fits the
# file to the SQLite that opens it (``fit_search_index``), whichever made it.
def _v5(conn: sqlite3.Connection) -> None:
    if search_index_supported():
        create_search_index(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "runs table", _V1),
    Migration(2, "index runs by technique", _V2),
    Migration(3, "runs per account; submissions written before they are sent", _V3),
    Migration(4, "batches and their rows", _V4),
    Migration(5, "a trigram search index over the runs", _v5),
)
LATEST_VERSION = MIGRATIONS[-1].version
_SEARCH_INDEX_VERSION = 5


def schema_version(conn: sqlite3.Connection) -> int:
    """The file's ``user_version``: how many migrations it has had."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception (autocommit connection)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # Some errors (a damaged search index's) end the transaction in SQLite already.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def migrate(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Apply the migrations above the file's version, up to ``target`` (default: all).

    Each step and its ``user_version`` bump commit together. Returns the new version; raises
    ``HistorySchemaError`` for a file newer than this app knows.
    """
    goal = LATEST_VERSION if target is None else target
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise HistorySchemaError(
            QT_TRANSLATE_NOOP(
                "History",
                "The run history was written by a newer FLORA Desktop (schema {version}). "
                "Update the app to open it.",
            ).fill(version=current)
        )
    for step in MIGRATIONS:
        if current < step.version <= goal:
            with transaction(conn):
                # Re-read inside the lock: another process may have migrated meanwhile.
                if schema_version(conn) >= step.version:
                    current = schema_version(conn)
                    continue
                step.apply(conn)
                conn.execute(f"PRAGMA user_version = {int(step.version)}")
            current = step.version
    if current >= _SEARCH_INDEX_VERSION:
        fit_search_index(conn)
    return current


def fit_search_index(conn: sqlite3.Connection) -> None:
    """Keep the search index where this SQLite can use it, and only there (``history_index``).

    A file made by another SQLite may carry an index this one cannot load (its triggers would
    fail every write of a run): it is dropped. A file without one gets it where it can be
    made; when making it fails (a full disk), the file stays without it and search reads
    the rows. The runs are never touched.
    """
    if search_index_fits(conn):
        return
    try:
        with transaction(conn):
            if search_index_fits(conn):  # another process did it meanwhile
                return
            drop_search_index(conn)
            if search_index_supported():
                create_search_index(conn)
        return
    except sqlite3.DatabaseError:
        if not search_index_supported():
            raise  # the index could not be dropped: writes would fail, say so
        log.warning("the history's search index could not be made; searching without it")
    with transaction(conn):
        drop_search_index(conn)


def connect(path: Path, *, target: int | None = None) -> sqlite3.Connection:
    """Open (creating if needed) the history file, in WAL mode, migrated to ``target``.

    The connection is in autocommit mode (``isolation_level=None``): every write goes
    through ``transaction()``. It belongs to the thread that opened it.
    """
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise HistorySchemaError(
                QT_TRANSLATE_NOOP(
                    "History",
                    "The run history cannot be kept safely on this disk ({mode} mode). "
                    "Move the app's data folder to a local disk.",
                ).fill(mode=mode)
            )
        # FULL: a commit is on disk before it returns; history writes are few and small.
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn, target)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise HistorySchemaError(
            QT_TRANSLATE_NOOP("History", "The run history file is damaged and cannot be opened.")
        ) from exc
    except BaseException:
        conn.close()
        raise
    return conn
