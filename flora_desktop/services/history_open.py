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
import errno
import logging
import os
import shutil
import sqlite3
from pathlib import Path

from flora_desktop.services.history_index import SEARCH_OBJECTS, about_search_index
from flora_desktop.services.history_schema import (
    LATEST_VERSION,
    HistorySchemaError,
    connect,
    migrate,
)
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase
from flora_desktop.services.store_files import (
    StorageError,
    describe_os_error,
    set_aside,
    storage_error,
)
from flora_desktop.services.store_notices import StoreNotices, kept_notice

__all__ = ["HistoryOpener", "is_damage", "refused_write"]

log = logging.getLogger(__name__)

_HISTORY_WORDS = QT_TRANSLATE_NOOP("Storage", "Your run history")
_COMPANIONS = ("-wal", "-shm")
# SQLite's result codes for a file that is not (or no longer) a database.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
# …and for a disk that refuses: read-only, I/O error, full, cannot open, no permission.
_DISK_ERRNO = {8: errno.EROFS, 10: errno.EIO, 13: errno.ENOSPC, 14: errno.EACCES, 23: errno.EACCES}


_DAMAGE_WORDS = ("malformed", "not a database", "unsupported file format")


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` says the file's bytes are bad (not: busy, full, read-only)."""
    if isinstance(exc, UnicodeDecodeError):
        return True  # SQLite's own texts (schema, messages) garbled
    if isinstance(exc, HistorySchemaError):
        cause = exc.__cause__
        # No cause: a file from a newer app (unknown version), which we cannot read either.
        return cause is None or is_damage(cause)
    if isinstance(exc, sqlite3.DatabaseError):
        text = str(exc).lower()
        # A flipped schema-format byte: SQLITE_ERROR with these words (found by hypothesis).
        if any(words in text for words in _DAMAGE_WORDS):
            return True
        code = getattr(exc, "sqlite_errorcode", None)
        return code is not None and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    return False


def _read_only_check(path: Path) -> str | None:
    """Why the file at ``path`` cannot be our history (damaged, newer), or None if it can.

    None as well when the file is missing or cannot be opened at all (no permission,
    unreadable disk): that is not damage, and the normal open says what it is.
    """
    if not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except OSError:
        return None
    problem = _header_problem(header)
    if problem is not None:
        return problem
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    conn.text_factory = _lenient_text
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > LATEST_VERSION:
            return f"written by a newer app (schema {version})"
        # SQLite 3.44+ checks FTS5 indexes too: a damaged search index is made again from
        # the runs when the file is used (history_search), never the file set aside for it.
        found = conn.execute("PRAGMA quick_check").fetchall()
        problems = [p for p in found if not about_search_index(str(p[0]))] or [("ok",)]
        if problems == [("ok",)] and _schema(conn) != _expected_schema(version):
            problems = [("the tables are not the ones this version makes",)]
    except UnicodeDecodeError:
        return "text that is not UTF-8 where SQLite keeps its own"
    except sqlite3.DatabaseError as exc:
        return str(exc) if is_damage(exc) else None
    finally:
        conn.close()
    if problems != [("ok",)]:
        return "quick_check: " + "; ".join(str(p[0]) for p in problems[:3])
    return None


_HEADER_BYTES = 100
_MAGIC = b"SQLite format 3\0"


def _lenient_text(data: bytes) -> str:
    # Text damaged inside an intact page is still text: never a UnicodeDecodeError.
    return data.decode("utf-8", errors="replace")


def _header_problem(header: bytes) -> str | None:
    """What is wrong with the 100-byte file header, by SQLite's file format (§1.3)."""
    if not header:
        return None  # an empty file: SQLite makes it a database
    if len(header) < _HEADER_BYTES or not header.startswith(_MAGIC):
        return "not an SQLite file"
    page_size = int.from_bytes(header[16:18], "big")
    if page_size != 1 and (page_size < 512 or page_size & (page_size - 1)):
        return "bad page size in the header"
    # Write/read versions 1 (rollback) or 2 (WAL); more would open the file read-only.
    if header[18] not in (1, 2) or header[19] not in (1, 2):
        return "bad file format version in the header"
    if header[21:24] != b"\x40\x20\x20":  # payload fractions, fixed by the format
        return "bad payload fractions in the header"
    return None


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    # Not the search index: whether a file has it depends on the SQLite that last opened it
    # (history_index), and opening checks it and makes it again when it is not right.
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        f"AND NOT {SEARCH_OBJECTS} ORDER BY name"
    ).fetchall()
    return [(str(kind), str(name), " ".join(str(sql).split())) for kind, name, sql in rows]


def _expected_schema(version: int) -> list[tuple[str, str, str]]:
    """The tables and indexes our own migrations make at ``version`` (a damaged text differs)."""
    fresh = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(fresh, version)
        return _schema(fresh)
    finally:
        fresh.close()


def refused_write(exc: BaseException, folder: Path) -> StorageError | None:
    """A ``StorageError`` in plain words when ``exc`` is the disk refusing, else None."""
    code = getattr(exc, "sqlite_errorcode", None)
    number = _DISK_ERRNO.get(code & 0xFF) if isinstance(code, int) else None
    if number is None:
        return None
    return storage_error(
        QT_TRANSLATE_NOOP("Storage", "The run history could not be updated."),
        OSError(number, str(exc)),
        folder,
    )


class HistoryOpener:
    """Opens ``path`` (see the module docstring); ``in_memory`` once it had to give up."""

    def __init__(self, path: Path, notices: StoreNotices) -> None:
        self.path = Path(path)
        self._notices = notices
        self.in_memory = False

    def open(self) -> sqlite3.Connection:
        """A migrated connection, on the calling thread; never raises for a bad file."""
        # Checked read-only first: opening for writing switches the file to WAL, which
        # would change the bytes of a file we are about to keep aside untouched.
        problem = _read_only_check(self.path)
        if problem is not None:
            return self._start_over(problem)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = connect(self.path)
            conn.text_factory = _lenient_text
            return conn
        except (HistorySchemaError, sqlite3.DatabaseError) as exc:
            if self.path.is_file() and is_damage(exc):
                return self._start_over(str(exc))
            return self._in_memory(exc)
        except OSError as exc:
            return self._in_memory(exc)

    def recover(self, conn: sqlite3.Connection, exc: Exception) -> sqlite3.Connection:
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
            conn = connect(self.path)
            conn.text_factory = _lenient_text
            return conn
        except (HistorySchemaError, sqlite3.DatabaseError, OSError) as exc:
            return self._in_memory(exc)

    def _in_memory(self, exc: BaseException) -> sqlite3.Connection:
        """This session's history in memory, starting from the file's runs when they load."""
        log.warning("run history kept in memory this session: %s", exc)
        self.in_memory = True
        self._notices.tell(
            QT_TRANSLATE_NOOP(
                "Storage",
                "Your run history cannot be saved right now. {why} Runs you start are shown "
                "as usual but forgotten when you quit.",
            ).fill(why=self._why(exc))
        )
        conn = sqlite3.connect(":memory:", isolation_level=None)
        _copy_readable(self.path, conn)
        try:
            migrate(conn)
        except (HistorySchemaError, sqlite3.DatabaseError):
            conn.close()  # the copy was of no use: start empty
            conn = sqlite3.connect(":memory:", isolation_level=None)
            migrate(conn)
        return conn

    def _why(self, exc: BaseException) -> Phrase:
        if isinstance(exc, OSError):
            return describe_os_error(exc, self.path.parent)
        # SQLite says "disk I/O error" for most of these: ask the folder itself.
        from flora_desktop.services.paths import folder_problem

        with contextlib.suppress(OSError):
            if shutil.disk_usage(self.path.parent).free == 0:
                return describe_os_error(OSError(errno.ENOSPC, "full"), self.path.parent)
        problem = folder_problem(self.path.parent)
        if problem is not None:
            return problem
        return QT_TRANSLATE_NOOP("Storage", "The history file cannot be opened.")


def _copy_readable(path: Path, memory: sqlite3.Connection) -> None:
    """Copy the file's runs into ``memory`` when it can be read at all (read-only disks)."""
    if not path.is_file():
        return
    try:
        # immutable: no -shm, no locks, nothing written (works on read-only media).
        source = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    except sqlite3.Error:
        return
    try:
        if int(source.execute("PRAGMA user_version").fetchone()[0]) <= LATEST_VERSION:
            source.backup(memory)
    except sqlite3.Error as exc:
        log.info("could not copy the history into memory: %s", exc)
    finally:
        source.close()
