"""Opening the run history so that a damaged file never stops the app (issue 10, point 2).

``HistoryOpener.open()`` returns a connection whatever the file holds:

- a usable file (``connect`` succeeds and ``PRAGMA quick_check`` says ``ok``) is used;
- a damaged one (garbled, truncated, bad header, pages that fail the check) or one from an
  unknown version is *set aside* with its ``-wal``/``-shm`` companions under a timestamped
  name, the user is told once, and a fresh history starts;
- when no file can be used or made at all (read-only or foreign folder, full disk), the
  history lives in memory for this session, said once.

Damage found later by a query (``SQLITE_CORRUPT``/``SQLITE_NOTADB``) goes through ``recover``:
the same setting aside, then the query is tried once more on the fresh file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path

from flora_desktop.services.history_schema import HistorySchemaError, connect, migrate
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase
from flora_desktop.services.store_files import describe_os_error, set_aside
from flora_desktop.services.store_notices import StoreNotices, kept_notice

__all__ = ["HistoryOpener", "is_damage"]

log = logging.getLogger(__name__)

_HISTORY_WORDS = QT_TRANSLATE_NOOP("Storage", "Your run history")
_COMPANIONS = ("-wal", "-shm")
# SQLite's result codes for a file that is not (or no longer) a database.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` says the file's bytes are bad (not: busy, full, read-only)."""
    if isinstance(exc, HistorySchemaError):
        cause = exc.__cause__
        # No cause: a file from a newer app (unknown version), which we cannot read either.
        return cause is None or is_damage(cause)
    if isinstance(exc, sqlite3.DatabaseError):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
        text = str(exc).lower()
        return "malformed" in text or "not a database" in text
    return False


class HistoryOpener:
    """Opens ``path`` (see the module docstring); ``in_memory`` once it had to give up."""

    def __init__(self, path: Path, notices: StoreNotices) -> None:
        self.path = Path(path)
        self._notices = notices
        self.in_memory = False

    def open(self) -> sqlite3.Connection:
        """A migrated connection, on the calling thread; never raises for a bad file."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = connect(self.path)
        except (HistorySchemaError, sqlite3.DatabaseError) as exc:
            if self.path.is_file() and is_damage(exc):
                return self._start_over(str(exc))
            return self._in_memory(exc)
        except OSError as exc:
            return self._in_memory(exc)
        try:
            problems = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            problems = [(str(exc),)]
        if problems == [("ok",)]:
            return conn
        conn.close()
        return self._start_over("quick_check: " + "; ".join(str(p[0]) for p in problems[:3]))

    def recover(self, conn: sqlite3.Connection, exc: sqlite3.DatabaseError) -> sqlite3.Connection:
        """After a query found damage: close, set the file aside, return a fresh connection."""
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        if self.in_memory:
            raise exc  # nothing on disk to set aside: a real bug, let it show
        return self._start_over(str(exc))

    # --- internals ---------------------------------------------------------------------------

    def _start_over(self, reason: str) -> sqlite3.Connection:
        try:
            kept = set_aside(self.path, reason=reason[:200])
        except OSError as exc:
            # Not movable: it is left alone, and this session's history stays in memory.
            return self._in_memory(exc)
        for suffix in _COMPANIONS:
            companion = self.path.with_name(self.path.name + suffix)
            with contextlib.suppress(FileNotFoundError):
                os.replace(companion, kept.with_name(kept.name + suffix))
        self._notices.tell(kept_notice(_HISTORY_WORDS, kept))
        try:
            return connect(self.path)
        except (HistorySchemaError, sqlite3.DatabaseError, OSError) as exc:
            return self._in_memory(exc)

    def _in_memory(self, exc: BaseException) -> sqlite3.Connection:
        log.warning("run history kept in memory this session: %s", exc)
        self.in_memory = True
        why: Phrase = (
            describe_os_error(exc, self.path.parent)
            if isinstance(exc, OSError)
            else QT_TRANSLATE_NOOP("Storage", "The history file cannot be opened.")
        )
        self._notices.tell(
            QT_TRANSLATE_NOOP(
                "Storage",
                "Your run history cannot be saved right now. {why} Runs you start are shown "
                "as usual but forgotten when you quit.",
            ).fill(why=why)
        )
        conn = sqlite3.connect(":memory:", isolation_level=None)
        migrate(conn)
        return conn
