"""Unsent inputs per technique, one JSON file each, kept across restarts and crashes."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .paths import ensure_private_dir, finish_in_thread, write_atomically
from .phrases import QT_TRANSLATE_NOOP, Phrase
from .store_files import StorageError, UnstorableValueError, encode_json, set_aside, storage_error
from .store_notices import StoreNotices, kept_notice, unreadable_notice

if TYPE_CHECKING:
    # asyncio (~25 ms to import) is imported where used: the window paints before it loads.
    import asyncio

_log = logging.getLogger(__name__)

_FORMAT_VERSION = 1
_SUFFIX = ".json"
# The readable part of a file name; the hash makes it unique (and case-safe).
_SLUG_UNSAFE = re.compile(r"[^a-z0-9_-]+")
_SLUG_MAX = 40
_HASH_CHARS = 24
_DRAFT_WORDS = QT_TRANSLATE_NOOP("Storage", "The unsent inputs you left in a technique")
_NOT_SAVED = QT_TRANSLATE_NOOP(
    "Storage",
    "Your latest changes could not be saved as a draft; they stay here while the app is open.",
)

# (technique id, why its newest typing is not on disk, or None once it is again)
DraftListener = Callable[[str, Phrase | None], None]


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

    A draft that cannot be read is set aside (``<name>.bad-<time>``, ``notices`` told once);
    one that can be neither read nor moved is never written over. A save the disk refuses
    raises ``StorageError`` with plain words and sets ``problem(technique_id)`` until a save
    works again; ``listen(callback)`` hears both changes (the editor shows them).
    """

    def __init__(self, directory: Path, notices: StoreNotices | None = None) -> None:
        self.directory = directory
        self.notices = notices if notices is not None else StoreNotices()
        self._made_lock: asyncio.Lock | None = None  # made on first use, in the loop
        self._problems: dict[str, Phrase] = {}
        self._blocked: set[str] = set()
        self._listeners: list[DraftListener] = []

    @property
    def _lock(self) -> asyncio.Lock:
        if self._made_lock is None:
            import asyncio

            self._made_lock = asyncio.Lock()
        return self._made_lock

    def __repr__(self) -> str:
        return f"DraftStore({str(self.directory)!r})"

    def path_for(self, technique_id: str) -> Path:
        return self.directory / draft_file_name(technique_id)

    def listen(self, listener: DraftListener) -> None:
        """Call ``listener(technique_id, problem_or_None)`` when a draft's state changes."""
        self._listeners.append(listener)

    def problem(self, technique_id: str) -> Phrase | None:
        """Why the newest typing of ``technique_id`` is not on disk, or None when it is."""
        return self._problems.get(technique_id)

    async def load(self, technique_id: str) -> dict[str, Any] | None:
        """The saved draft, or None when there is none or it cannot be read."""
        path = self.path_for(technique_id)
        async with self._lock:
            import asyncio

            try:
                raw = await asyncio.get_running_loop().run_in_executor(None, _read_if_present, path)
            except OSError as exc:
                _log.warning("could not read the draft %s: %s", path.name, exc.strerror)
                self._blocked.add(technique_id)
                self.notices.tell(unreadable_notice(_DRAFT_WORDS, path))
                return None
            if raw is None:
                return None
            try:
                document = json.loads(raw)
                return _unwrap(document, technique_id)
            except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError
                await asyncio.get_running_loop().run_in_executor(
                    None, self._set_aside, technique_id, path, str(exc)[:200]
                )
                return None

    async def save(self, technique_id: str, draft: dict[str, Any]) -> None:
        """Write ``draft``; raises ``StorageError`` (plain words) when it cannot be kept."""
        # Serialised before the first await: later edits to ``draft`` stay out of this write.
        try:
            data = _wrap(technique_id, draft)
        except UnstorableValueError as error:
            self._failed(technique_id, StorageError(error.message))
        path = self.path_for(technique_id)
        async with self._lock:
            if technique_id in self._blocked:
                self._failed(technique_id, StorageError(unreadable_notice(_DRAFT_WORDS, path)))
            try:
                await finish_in_thread(lambda: self._write(path, data))
            except OSError as exc:
                self._failed(technique_id, storage_error(_NOT_SAVED, exc, self.directory))
        if self._problems.pop(technique_id, None) is not None:
            self._tell_listeners(technique_id, None)

    def _failed(self, technique_id: str, error: StorageError) -> NoReturn:
        self._problems[technique_id] = error.message
        self._tell_listeners(technique_id, error.message)
        raise error

    def _tell_listeners(self, technique_id: str, problem: Phrase | None) -> None:
        for listener in list(self._listeners):
            listener(technique_id, problem)

    def _set_aside(self, technique_id: str, path: Path, reason: str) -> None:
        try:
            kept = set_aside(path, reason=reason)
        except OSError:
            self._blocked.add(technique_id)
            self.notices.tell(unreadable_notice(_DRAFT_WORDS, path))
            return
        self.notices.tell(kept_notice(_DRAFT_WORDS, kept))

    async def delete(self, technique_id: str) -> None:
        """Forget the draft (after a run started from it); no draft is not an error."""
        path = self.path_for(technique_id)
        async with self._lock:
            import asyncio

            await asyncio.get_running_loop().run_in_executor(None, _unlink_if_present, path)

    def _write(self, path: Path, data: bytes) -> None:
        ensure_private_dir(self.directory)
        write_atomically(path, data)


def _wrap(technique_id: str, draft: dict[str, Any]) -> bytes:
    if not isinstance(draft, dict):
        raise TypeError("a draft must be a dict")
    document = {"version": _FORMAT_VERSION, "technique_id": technique_id, "draft": draft}
    return encode_json(document)


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
