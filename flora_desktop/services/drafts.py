"""Unsent inputs per technique, one JSON file each, kept across restarts and crashes."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import re
from pathlib import Path
from typing import Any

from .paths import ensure_private_dir, finish_in_thread, write_atomically

_log = logging.getLogger(__name__)

_FORMAT_VERSION = 1
_SUFFIX = ".json"
# The readable part of a file name; the hash makes it unique (and case-safe).
_SLUG_UNSAFE = re.compile(r"[^a-z0-9_-]+")
_SLUG_MAX = 40
_HASH_CHARS = 24


def draft_file_name(technique_id: str) -> str:
    """A file name for ``technique_id`` that cannot leave the folder or collide.

    Ids come from a server, so nothing of them is trusted: only ``[a-z0-9_-]`` survive
    into a short readable prefix, and a hash of the exact id tells ids apart (even ones
    differing only in case, on case-insensitive file systems).
    """
    if not technique_id:
        raise ValueError("a technique id must not be empty")
    slug = _SLUG_UNSAFE.sub("", technique_id.lower())[:_SLUG_MAX]
    digest = hashlib.sha256(technique_id.encode("utf-8", "surrogatepass")).hexdigest()
    stem = f"{slug}-{digest[:_HASH_CHARS]}" if slug else digest[:_HASH_CHARS]
    return stem + _SUFFIX


class DraftStore:
    """Drafts below ``directory``; the payload belongs to the inputs editor (opaque JSON).

    Writes replace the file atomically (temp file, fsync, rename), so a crash or a kill
    leaves the old draft or the new one, never half of one. Writes and deletes run in an
    executor, one at a time, in the order they were asked for.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"DraftStore({str(self.directory)!r})"

    def path_for(self, technique_id: str) -> Path:
        return self.directory / draft_file_name(technique_id)

    async def load(self, technique_id: str) -> dict[str, Any] | None:
        """The saved draft, or None when there is none or it cannot be read."""
        path = self.path_for(technique_id)
        async with self._lock:
            raw = await asyncio.get_running_loop().run_in_executor(None, _read_if_present, path)
        if raw is None:
            return None
        try:
            document = json.loads(raw)
            draft = _unwrap(document, technique_id)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            _log.warning("ignoring unreadable draft %s for %r: %s", path.name, technique_id, exc)
            return None
        return draft

    async def save(self, technique_id: str, draft: dict[str, Any]) -> None:
        # Serialised before the first await: later edits to ``draft`` stay out of this write.
        data = _wrap(technique_id, draft)
        path = self.path_for(technique_id)
        async with self._lock:
            await finish_in_thread(lambda: self._write(path, data))

    async def delete(self, technique_id: str) -> None:
        """Forget the draft (after a run started from it); no draft is not an error."""
        path = self.path_for(technique_id)
        async with self._lock:
            await asyncio.get_running_loop().run_in_executor(None, _unlink_if_present, path)

    def _write(self, path: Path, data: bytes) -> None:
        ensure_private_dir(self.directory)
        write_atomically(path, data)


def _wrap(technique_id: str, draft: dict[str, Any]) -> bytes:
    if not isinstance(draft, dict):
        raise TypeError("a draft must be a dict")
    document = {"version": _FORMAT_VERSION, "technique_id": technique_id, "draft": draft}
    return json.dumps(document, ensure_ascii=False, allow_nan=False).encode("utf-8")


def _unwrap(document: Any, technique_id: str) -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("version") != _FORMAT_VERSION:
        raise ValueError("not a draft file of a known version")
    if document.get("technique_id") != technique_id:
        raise ValueError("the file belongs to another technique")
    draft = document.get("draft")
    if not isinstance(draft, dict):
        raise ValueError("the draft is not an object")
    return draft


def _read_if_present(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _unlink_if_present(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
