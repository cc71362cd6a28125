"""Finding runs in the history without reading every row (issue 14).

Decisions a reader may look for:

- A search is still "every word appears (as typed, ASCII case ignored) in one of the searched
  columns", the ``LIKE`` clauses ``history`` builds. Nothing here changes what is found,
  only how few rows are read to find it: every row returned has passed those clauses.
- The newest ``RECENT_WINDOW`` rows (after the other filters) are read first. When they hold
  the page asked for, or are all the rows there are, that is the answer: a common word is
  answered from there at once, whatever the size of the history.
- Otherwise the trigram index (``runs_search``, schema v5; see ``history_index``) gives the
  rows holding every three-letter piece of every word of three letters or more; the ``LIKE``
  clauses then keep those that hold the words themselves (the index stores no positions).
  Words of one or two letters only, or a file without the index (an SQLite without FTS5 or
  trigram): every row is read as before.
- A count asked ``at_most`` stops after that many matches (the page says "more than").
- A damaged index is rebuilt from ``runs`` (``repair_search_index``): the history itself is
  never set aside for it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from flora_desktop.services.history_index import (
    create_search_index,
    drop_search_index,
    has_search_index,
    search_index_supported,
)
from flora_desktop.services.history_schema import transaction

__all__ = [
    "RECENT_WINDOW",
    "SearchQuery",
    "count_runs",
    "find_runs",
    "match_expression",
    "repair_search_index",
]

log = logging.getLogger(__name__)

# Rows read newest-first before the index is asked: a word in more than one row in
# RECENT_WINDOW / page size (10 % for a page of 200) never needs it.
RECENT_WINDOW = 2000
_PIECE = 3  # the trigram tokenizer's piece length
_ORDER = "ORDER BY started_at DESC, run_id DESC"
_MATCHED = "(SELECT rowid AS hit FROM runs_search WHERE runs_search MATCH ?) AS matched"


@dataclass(frozen=True)
class SearchQuery:
    """A search split in two: ``where`` (scope and the other filters) and ``text`` (the words).

    ``text`` is SQL true for a row holding every word ("1" when there are none); each part
    comes with its arguments in order.
    """

    where: str
    where_args: tuple[object, ...]
    words: tuple[str, ...]
    text: str = "1"
    text_args: tuple[object, ...] = ()


def match_expression(words: Sequence[str]) -> str | None:
    """The index query: every three-letter piece of each word; None when no word has one."""
    pieces = sorted({word[i : i + _PIECE] for word in words for i in range(len(word) - _PIECE + 1)})
    if not pieces:
        return None
    return " AND ".join('"' + piece.replace('"', '""') + '"' for piece in pieces)


@dataclass(frozen=True)
class _Recent:
    hits: list[int]  # rowids of matching rows among the newest, newest first
    complete: bool  # the window held every row the other filters allow


def _recent(conn: sqlite3.Connection, query: SearchQuery) -> _Recent:
    rows = conn.execute(
        f"SELECT rowid, ({query.text}) FROM runs WHERE {query.where} {_ORDER} LIMIT ?",
        (*query.text_args, *query.where_args, RECENT_WINDOW),
    ).fetchall()
    return _Recent([int(r[0]) for r in rows if r[1]], len(rows) < RECENT_WINDOW)


def _rows_by_rowid(conn: sqlite3.Connection, columns: str, rowids: list[int]) -> list[sqlite3.Row]:
    if not rowids:
        return []
    marks = ", ".join("?" * len(rowids))
    rows = conn.execute(
        f"SELECT rowid AS found_rowid, {columns} FROM runs WHERE rowid IN ({marks})", rowids
    ).fetchall()
    by_id = {int(row["found_rowid"]): row for row in rows}
    return [by_id[rowid] for rowid in rowids if rowid in by_id]


def _source(conn: sqlite3.Connection, query: SearchQuery) -> tuple[str, tuple[object, ...]]:
    """FROM …: the index's matches joined to ``runs`` (matches first), or ``runs`` alone."""
    match = match_expression(query.words)
    if match is None or not has_search_index(conn):
        return "runs", ()
    # CROSS JOIN keeps the matches as the outer loop: SQLite would otherwise walk the
    # newest-first index over every row and probe the matches for each.
    return f"{_MATCHED} CROSS JOIN runs ON runs.rowid = matched.hit", (match,)


def find_runs(
    conn: sqlite3.Connection, columns: str, query: SearchQuery, limit: int, offset: int
) -> list[sqlite3.Row]:
    """The rows ``SELECT columns … WHERE where AND text`` gives, newest first."""
    limit, offset = max(0, limit), max(0, offset)
    if query.words:
        recent = _recent(conn, query)
        if recent.complete or len(recent.hits) >= offset + limit:
            return _rows_by_rowid(conn, columns, recent.hits[offset : offset + limit])
    source, source_args = _source(conn, query)
    return conn.execute(
        f"SELECT {columns} FROM {source} WHERE {query.where} AND {query.text} "
        f"{_ORDER} LIMIT ? OFFSET ?",
        (*source_args, *query.where_args, *query.text_args, limit, offset),
    ).fetchall()


def count_runs(conn: sqlite3.Connection, query: SearchQuery, at_most: int | None = None) -> int:
    """How many rows match; with ``at_most``, counting stops at ``at_most + 1``."""
    if query.words:
        recent = _recent(conn, query)
        if recent.complete:
            return len(recent.hits) if at_most is None else min(len(recent.hits), at_most + 1)
    source, source_args = _source(conn, query)
    inner = f"SELECT 1 FROM {source} WHERE {query.where} AND {query.text}"
    args: tuple[object, ...] = (*source_args, *query.where_args, *query.text_args)
    if at_most is not None:
        inner += " LIMIT ?"
        args += (at_most + 1,)
    return int(conn.execute(f"SELECT COUNT(*) FROM ({inner})", args).fetchone()[0])


def repair_search_index(conn: sqlite3.Connection) -> bool:
    """Make the search index again from ``runs``; False when that fails (the file is bad).

    The index is dropped and made anew rather than rebuilt in place: a damaged index may not
    even delete its own entries. Where this SQLite cannot load it (another one made it while
    this file was open), it is only dropped: search then reads the rows.
    """
    try:
        with transaction(conn):
            drop_search_index(conn)
            if search_index_supported():
                create_search_index(conn)
    except sqlite3.DatabaseError as exc:
        log.info("the history's search index could not be rebuilt: %s", type(exc).__name__)
        return False
    log.warning("the history's search index was damaged or unusable and has been made again")
    return True
