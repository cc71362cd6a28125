"""The history's search index (schema v5): made only where this SQLite can, never a reason to fail.

The index (``runs_search``, an FTS5 table with the trigram tokenizer, and the three triggers
that keep it) needs SQLite 3.34 or newer built with FTS5. A Python whose SQLite is older or
lacks FTS5 (pip installs on older systems: Ubuntu 20.04 ships 3.31) must still keep a history:

- ``search_index_supported()`` asks this SQLite once, by making such a table in memory.
- Where it cannot, the file is v5 *without* the index, and search reads the rows (the same
  answers, only slower; ``history_search``).
- A file carrying the index, opened where it cannot be loaded: its triggers would make every
  write of a run fail ("no such module: fts5"), so the index and its triggers are dropped
  when the file is opened (``history_schema.fit_search_index``). Nothing in them is kept
  only there: the runs are untouched.
- A file without the index, opened where it can be made, gets it then (one pass over the
  runs, as the v5 migration did): search is fast again wherever it can be.
"""

from __future__ import annotations

import functools
import sqlite3

__all__ = [
    "REBUILD_SEARCH_INDEX",
    "SEARCH_INDEX_TABLE",
    "SEARCH_INDEX_TRIGGERS",
    "SEARCH_OBJECTS",
    "about_search_index",
    "create_search_index",
    "drop_search_index",
    "has_search_index",
    "index_unavailable",
    "search_index_fits",
    "search_index_supported",
]

# "External content": the index stores no copy of the text, only which rows hold which
# three-letter pieces (``detail='none'``: no positions, about a quarter of the size; phrase
# order is checked by the LIKE that still follows every match, see ``history_search``).
SEARCH_INDEX_TABLE = (
    "CREATE VIRTUAL TABLE runs_search USING fts5(technique_name, workspace_name, run_id, "
    "inputs_json, error_message, outputs_json, content='runs', content_rowid='rowid', "
    "tokenize='trigram', detail='none')"
)
_SEARCHED_NEW = (
    "new.rowid, new.technique_name, new.workspace_name, new.run_id, new.inputs_json, "
    "new.error_message, new.outputs_json"
)
_SEARCHED_OLD = (
    "'delete', old.rowid, old.technique_name, old.workspace_name, old.run_id, "
    "old.inputs_json, old.error_message, old.outputs_json"
)
_SEARCH_COLUMNS = (
    "rowid, technique_name, workspace_name, run_id, inputs_json, error_message, outputs_json"
)
# A status poll rewrites ``outputs_json`` with the same text: the update trigger only
# re-indexes a row whose searched text changed (a 10 MB input: ~0.35 s each).
SEARCH_INDEX_TRIGGERS = (
    f"""
    CREATE TRIGGER runs_search_insert AFTER INSERT ON runs BEGIN
        INSERT INTO runs_search ({_SEARCH_COLUMNS}) VALUES ({_SEARCHED_NEW});
    END
    """,
    f"""
    CREATE TRIGGER runs_search_delete AFTER DELETE ON runs BEGIN
        INSERT INTO runs_search (runs_search, {_SEARCH_COLUMNS}) VALUES ({_SEARCHED_OLD});
    END
    """,
    f"""
    CREATE TRIGGER runs_search_update AFTER UPDATE OF technique_name, workspace_name, run_id,
        inputs_json, error_message, outputs_json ON runs
    WHEN old.technique_name IS NOT new.technique_name
        OR old.workspace_name IS NOT new.workspace_name OR old.run_id IS NOT new.run_id
        OR old.inputs_json IS NOT new.inputs_json OR old.error_message IS NOT new.error_message
        OR old.outputs_json IS NOT new.outputs_json
    BEGIN
        INSERT INTO runs_search (runs_search, {_SEARCH_COLUMNS}) VALUES ({_SEARCHED_OLD});
        INSERT INTO runs_search ({_SEARCH_COLUMNS}) VALUES ({_SEARCHED_NEW});
    END
    """,
)
REBUILD_SEARCH_INDEX = "INSERT INTO runs_search (runs_search) VALUES ('rebuild')"
_TRIGGER_NAMES = ("runs_search_insert", "runs_search_delete", "runs_search_update")
# The tables FTS5 keeps an external-content index in.
_INDEX_PARTS = ("data", "idx", "docsize", "config")
# SQL (for sqlite_master): the index, its triggers and its tables, which the file's schema
# check leaves to ``search_index_fits`` (whether they are there depends on the SQLite).
SEARCH_OBJECTS = "(name = 'runs_search' OR name GLOB 'runs_search_*')"
# What an SQLite says when it cannot load the index (no FTS5, or no trigram tokenizer).
_UNAVAILABLE_WORDS = ("no such module", "no such tokenizer", "parse error in tokenize")


@functools.cache
def _sqlite_can_index() -> bool:
    # The seam: tests replace this to play an SQLite without FTS5 or trigram.
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute(
            "CREATE VIRTUAL TABLE probe USING fts5(text, tokenize='trigram', detail='none')"
        )
        probe.execute("INSERT INTO probe (text) VALUES ('harbour')")
        found = probe.execute("SELECT count(*) FROM probe WHERE probe MATCH '\"arb\"'").fetchone()
        return bool(found[0] == 1)
    except sqlite3.Error:
        return False
    finally:
        probe.close()


def search_index_supported() -> bool:
    """Whether this process's SQLite can make and use the index (asked once)."""
    return _sqlite_can_index()


def index_unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` is this SQLite unable to load an index another one made."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    text = str(exc).lower()
    return any(words in text for words in _UNAVAILABLE_WORDS)


def about_search_index(problem: str) -> bool:
    """Whether a ``PRAGMA quick_check`` line is about the index only (FTS5's own check).

    SQLite 3.44+ reports a damaged FTS5 index there, e.g. ``fts5: corrupt structure record
    for table "runs_search"`` or ``malformed inverted index for FTS5 table main.runs_search``.
    """
    return "fts5" in problem.lower() and "runs_search" in problem


def has_search_index(conn: sqlite3.Connection) -> bool:
    """Whether the file holds the index (only kept where it can be used, see above)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs_search'"
    ).fetchone()
    return row is not None


def _normal(sql: str) -> str:
    return " ".join(sql.split())


_EXPECTED = {
    "runs_search": _normal(SEARCH_INDEX_TABLE),
    **{name: _normal(sql) for name, sql in zip(_TRIGGER_NAMES, SEARCH_INDEX_TRIGGERS, strict=True)},
}


def search_index_fits(conn: sqlite3.Connection) -> bool:
    """Whether the file's index is what this SQLite should keep: whole and loadable, or none."""
    names = tuple(_EXPECTED)
    rows = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE name IN ({', '.join('?' * len(names))})",
        names,
    ).fetchall()
    found = {str(name): _normal(str(sql)) for name, sql in rows}
    if not search_index_supported():
        return not found and not _index_parts(conn)
    if found != _EXPECTED:
        return False
    try:
        # Preparing a statement loads the table: fails where FTS5 or trigram is missing.
        conn.execute("SELECT 1 FROM runs_search WHERE 0").fetchall()
    except sqlite3.DatabaseError:
        return False
    return True


def _index_parts(conn: sqlite3.Connection) -> list[str]:
    names = [f"runs_search_{part}" for part in _INDEX_PARTS]
    marks = ", ".join("?" * len(names))
    rows = conn.execute(
        f"SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ({marks})", names
    ).fetchall()
    return [str(row[0]) for row in rows]


def create_search_index(conn: sqlite3.Connection) -> None:
    """Make the index, its triggers, and fill it from ``runs`` (in the caller's transaction)."""
    conn.execute(SEARCH_INDEX_TABLE)
    for trigger in SEARCH_INDEX_TRIGGERS:
        conn.execute(trigger)
    conn.execute(REBUILD_SEARCH_INDEX)


def drop_search_index(conn: sqlite3.Connection) -> None:
    """Drop the triggers and the index, even one this SQLite cannot load or that is damaged.

    In the caller's transaction. Nothing else in the file is touched.
    """
    for name in _TRIGGER_NAMES:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    try:
        conn.execute("DROP TABLE IF EXISTS runs_search")
    except sqlite3.DatabaseError:
        # An index this SQLite cannot load (no FTS5: "no such module") or too damaged to
        # load cannot drop itself: its schema row goes, then its tables (SQLite's documented
        # way out).
        conn.execute("PRAGMA writable_schema = ON")
        try:
            conn.execute("DELETE FROM sqlite_master WHERE type = 'table' AND name = 'runs_search'")
        finally:
            conn.execute("PRAGMA writable_schema = RESET")
    for part in _index_parts(conn):
        conn.execute(f"DROP TABLE IF EXISTS {part}")
