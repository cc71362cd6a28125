"""What every local store does with a file it cannot read or a disk that refuses a write.

One rule in one place, for settings, drafts, presets, history, the output cache and logs:

- A file that cannot be read (garbled, truncated, not ours, from an unknown version) is
  *set aside* under a timestamped name (``presets.json.bad-20261203T141500``) before anything
  is written in its place, and the user is told once what was kept. When it cannot even be
  moved, the store must not write over it (``set_aside`` raises).
- A value JSON cannot hold (``inf``, ``nan``, a lone surrogate) never reaches a file:
  ``encode_json`` refuses it with ``UnstorableValueError``, which says in plain words which
  value it was.
- A disk that is full, read-only or not ours raises ``StorageError`` (an ``OSError``, so old
  ``except OSError`` keeps working) whose message is a ``Phrase`` for the user.
"""

from __future__ import annotations

import errno
import json
import logging
import math
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase

__all__ = [
    "BAD_INFIX",
    "MAX_SET_ASIDE",
    "StorageError",
    "UnstorableValueError",
    "describe_os_error",
    "encode_json",
    "find_unstorable",
    "set_aside",
    "storage_error",
]

log = logging.getLogger(__name__)

BAD_INFIX = ".bad-"
# Older set-aside copies of one file beyond this many are removed (bounded disk).
MAX_SET_ASIDE = 5
_STAMP = "%Y%m%dT%H%M%S"

_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
_READ_ONLY = frozenset({errno.EROFS})
_NOT_ALLOWED = frozenset({errno.EACCES, errno.EPERM})


class StorageError(OSError):
    """A write the disk refused; ``args[0]`` is a ``Phrase`` saying what and what to do.

    ``errno`` is the original error's, so callers can still tell a full disk apart.
    """

    def __init__(self, message: Phrase, cause: OSError | None = None) -> None:
        super().__init__(message)
        self.message = message
        if cause is not None:
            self.errno = cause.errno
            self.filename = cause.filename

    def __str__(self) -> str:
        return str(self.message)


class UnstorableValueError(ValueError):
    """A value JSON cannot hold; ``message`` (also ``args[0]``) is a ``Phrase``."""

    def __init__(self, message: Phrase, where: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.where = where


# --- plain words for disk errors ----------------------------------------------------------------


def describe_os_error(exc: OSError, folder: Path | None = None) -> Phrase:
    """Why a read or write failed and what to do, in words (never a raw errno or trace)."""
    if isinstance(exc, StorageError):
        return exc.message
    place = str(folder) if folder is not None else ""
    if exc.errno in _FULL:
        return QT_TRANSLATE_NOOP("Storage", "The disk is full. Free some space, then try again.")
    if exc.errno in _READ_ONLY:
        return QT_TRANSLATE_NOOP(
            "Storage",
            "The disk holding {folder} is read-only. Choose another place or make it "
            "writable, then try again.",
        ).fill(folder=place or "this folder")
    if exc.errno in _NOT_ALLOWED:
        return QT_TRANSLATE_NOOP(
            "Storage",
            "FLORA Desktop is not allowed to write in {folder}. Check who owns the folder and "
            "its permissions, then try again.",
        ).fill(folder=place or "this folder")
    reason = exc.strerror or type(exc).__name__
    return QT_TRANSLATE_NOOP("Storage", "The disk refused the file ({reason}). Try again.").fill(
        reason=reason
    )


def storage_error(what: Phrase, exc: OSError, folder: Path | None = None) -> StorageError:
    """``what`` failed because of ``exc``: one error with the whole sentence for the user."""
    why = describe_os_error(exc, folder)
    return StorageError(QT_TRANSLATE_NOOP("Storage", "{what} {why}").fill(what=what, why=why), exc)


# --- values JSON cannot hold ---------------------------------------------------------------------


def find_unstorable(value: Any, where: str = "") -> tuple[str, Phrase] | None:
    """The first value inside ``value`` that JSON cannot hold: (its path, what is wrong)."""
    stack: list[tuple[str, Any]] = [(where, value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            return path, QT_TRANSLATE_NOOP(
                "Storage", "a number too large to store (or not a number at all)"
            )
        if isinstance(item, str):
            if not _is_utf8(item):
                return path, QT_TRANSLATE_NOOP(
                    "Storage", "text with a broken character (half of an emoji)"
                )
        elif isinstance(item, dict):
            for key, child in reversed(list(item.items())):
                if isinstance(key, str) and not _is_utf8(key):
                    return _join(path, key), QT_TRANSLATE_NOOP(
                        "Storage", "a name with a broken character (half of an emoji)"
                    )
                stack.append((_join(path, str(key)), child))
        elif isinstance(item, list | tuple):
            for index in reversed(range(len(item))):
                stack.append((f"{path}[{index}]", item[index]))
    return None


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def encode_json(document: Any, *, indent: int | None = None) -> bytes:
    """``document`` as strict JSON in UTF-8; ``UnstorableValueError`` for inf, nan, surrogates."""
    try:
        text = json.dumps(document, ensure_ascii=False, allow_nan=False, indent=indent)
        return text.encode("utf-8")
    except (ValueError, UnicodeEncodeError) as exc:
        found = find_unstorable(document)
        if found is None:  # something else json refuses; still never a half-written file
            raise UnstorableValueError(
                QT_TRANSLATE_NOOP("Storage", "A value cannot be stored.")
            ) from exc
        where, problem = found
        raise UnstorableValueError(
            QT_TRANSLATE_NOOP("Storage", "“{where}” cannot be stored: it holds {problem}.").fill(
                where=where or "value", problem=problem
            ),
            where,
        ) from exc


# --- setting a file aside ------------------------------------------------------------------------


def set_aside(
    path: Path, *, reason: str = "", now: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> Path:
    """Move ``path`` to ``<name>.bad-<UTC stamp>`` (never over another file); return the new path.

    Raises ``OSError`` when it cannot be moved: the caller must then leave it alone (and not
    write over it). Companion files (SQLite's ``-wal``/``-shm``) are the caller's business.
    Only the newest ``MAX_SET_ASIDE`` copies of one file are kept.
    """
    stamp = now().strftime(_STAMP)
    base = f"{path.name}{BAD_INFIX}{stamp}"
    for number in range(1, 100):
        target = path.with_name(base if number == 1 else f"{base}-{number}")
        if target.exists():
            continue
        os.replace(path, target)
        log.warning(
            "could not read %s (%s); kept it as %s", path.name, reason or "unreadable", target.name
        )
        _prune(path)
        return target
    raise FileExistsError(errno.EEXIST, "too many set-aside copies", str(path))


def _prune(path: Path) -> None:
    prefix = path.name + BAD_INFIX
    try:
        copies = sorted(p for p in path.parent.iterdir() if p.name.startswith(prefix))
    except OSError:
        return
    # Names sort by their stamp: the oldest first.
    for old in copies[:-MAX_SET_ASIDE]:
        try:
            old.unlink()
        except OSError as exc:
            log.info("could not remove the old copy %s: %s", old.name, exc.strerror)
