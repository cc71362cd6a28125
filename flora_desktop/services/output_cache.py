"""Output files fetched once into the app's cache folder: for thumbnails, players and drags.

Each run gets its own sub-folder (a sanitised run id); a file is fetched at most once at a
time (a thumbnail and a drag asking together share one download) and found again on disk
after a restart. The fetching itself is ``OutputDownloader`` (http/https only, size limit,
never a partial file under the final name).

The disk it takes is bounded (issue 10, point 5): the whole folder is kept under ``limit()``
bytes (the Settings' cache limit, 1 GB by default) by removing the least recently used files
after each download (use = fetched or found again; the file's mtime records it). A fetch
nobody clicked for (a thumbnail, a drag's prefetch) is ``automatic`` and stops at
``AUTOMATIC_FETCH_MAX_BYTES``: the full file comes only when the user saves or opens it.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from flora_desktop.api.models import RunOutput
from flora_desktop.services.outputs import (
    DownloadTooLargeError,
    OutputDownloader,
    ProgressCallback,
    disk_refused,
    extension_for,
    safe_file_name,
    sanitize_file_name,
)
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP

__all__ = [
    "AUTOMATIC_FETCH_MAX_BYTES",
    "DEFAULT_LIMIT_BYTES",
    "OutputCache",
    "PreviewTooLargeError",
    "account_folder",
]

log = logging.getLogger(__name__)

DEFAULT_LIMIT_BYTES = 1024**3
# A thumbnail needs a few MB at most; a camera-size PNG is ~30 MB.
AUTOMATIC_FETCH_MAX_BYTES = 40 * 1024**2
# Temp files of downloads that died with the app (a crash mid-download) go after this long.
_STALE_TEMP_S = 24 * 3600


class PreviewTooLargeError(DownloadTooLargeError):
    """An automatic fetch (thumbnail) stopped at its limit; the user can still open or save."""


def _stem(name: str) -> str:
    stem, dot, _ext = name.rpartition(".")
    return stem if dot else name


class OutputCache:
    """``fetch()`` returns a local copy of an output, downloading it the first time."""

    def __init__(
        self,
        folder: Path,
        downloader: OutputDownloader,
        *,
        limit: Callable[[], int] = lambda: DEFAULT_LIMIT_BYTES,
        automatic_max_bytes: int = AUTOMATIC_FETCH_MAX_BYTES,
        account: str = "",
    ) -> None:
        self.folder = Path(folder)
        # Copies are kept apart per account (profile + server, see ``account_folder``); the
        # total cap and its eviction cover the whole folder, every account together.
        self._account = sanitize_file_name(account) if account else ""
        self._downloader = downloader
        self._limit = limit
        self.automatic_max_bytes = automatic_max_bytes
        self._known: dict[tuple[str, str], Path] = {}
        self._pending: dict[tuple[str, str, bool], asyncio.Task[Path]] = {}

    def __repr__(self) -> str:
        return f"OutputCache({str(self.folder)!r})"

    def run_folder(self, run_id: str) -> Path:
        root = self.folder / self._account if self._account else self.folder
        return root / sanitize_file_name(run_id)

    def cached(self, run_id: str, output_id: str) -> Path | None:
        """The local copy if this session has fetched or found it already."""
        path = self._known.get((run_id, output_id))
        return path if path is not None and path.exists() else None

    def discard(self, run_id: str, output_id: str) -> None:
        """Forget and remove a copy that turned out unusable (it is fetched again next time)."""
        path = self._known.pop((run_id, output_id), None)
        if path is not None:
            with contextlib.suppress(OSError):
                path.unlink()

    async def fetch(
        self,
        output: RunOutput,
        *,
        technique_name: str,
        run_id: str,
        on_progress: ProgressCallback | None = None,
        automatic: bool = False,
    ) -> Path:
        """The local copy of ``output``; raises ``OutputSaveError`` as the downloader does.

        ``automatic`` (nobody clicked: thumbnails, prefetch) limits the download to
        ``automatic_max_bytes`` and raises ``PreviewTooLargeError`` beyond it.
        """
        known = self.cached(run_id, output.output_id)
        if known is not None:
            await asyncio.to_thread(_touch, known)
            return known
        key = (run_id, output.output_id, automatic)
        pending = self._pending.get(key)
        if pending is None:
            pending = asyncio.get_running_loop().create_task(
                self._fetch(output, technique_name, run_id, on_progress, automatic)
            )
            self._pending[key] = pending
            pending.add_done_callback(lambda task: self._settle(key, task))
        # Shielded: one caller giving up must not cancel the download another one awaits.
        return await asyncio.shield(pending)

    def _settle(self, key: tuple[str, str, bool], task: asyncio.Task[Path]) -> None:
        self._pending.pop(key, None)
        # Every waiter may have given up (a closed view): the error is theirs, not the loop's
        # "Task exception was never retrieved".
        if not task.cancelled() and task.exception() is not None:
            log.debug("fetch of %s ended: %s", key[1], task.exception())

    async def evict(self, keep: Path | None = None) -> int:
        """Remove least recently used files until the folder is within the limit; bytes freed."""
        return await asyncio.to_thread(_evict, self.folder, self._limit(), keep)

    async def aclose(self) -> None:
        """Cancel downloads still running (their temp files are removed by the downloader)."""
        tasks = list(self._pending.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task

    async def _fetch(
        self,
        output: RunOutput,
        technique_name: str,
        run_id: str,
        on_progress: ProgressCallback | None,
        automatic: bool,
    ) -> Path:
        folder = self.run_folder(run_id)
        extension = "txt" if output.type == "text" else extension_for(output.type, url=output.url)
        stem = _stem(safe_file_name(technique_name, run_id, output.output_id, extension))
        try:
            found = await asyncio.to_thread(_find, folder, stem)
        except OSError as exc:
            raise disk_refused(exc, self.folder) from exc
        if found is None:
            try:
                found = await self._downloader.save_output(
                    output,
                    folder,
                    technique_name=technique_name,
                    run_id=run_id,
                    on_progress=on_progress,
                    max_bytes=self.automatic_max_bytes if automatic else None,
                )
            except DownloadTooLargeError as exc:
                if not automatic:
                    raise
                raise PreviewTooLargeError(
                    QT_TRANSLATE_NOOP(
                        "Outputs",
                        "Too large for a preview (over {megabytes:.0f} MB). Open or save it to "
                        "see it.",
                    ).fill(megabytes=self.automatic_max_bytes / 1024**2)
                ) from exc
            log.debug("cached output %s of %s", output.output_id, run_id)
            freed = await self.evict(keep=found)
            if freed:
                log.info("output cache: removed %d MB of older files", freed // 1024**2)
        self._known[(run_id, output.output_id)] = found
        return found


def _find(folder: Path, stem: str) -> Path | None:
    """Make the run's folder; return an earlier copy named ``stem.<ext>`` if there is one."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in folder.iterdir():
        if path.is_file() and not path.name.startswith(".") and _stem(path.name) == stem:
            _touch(path)
            return path
    return None


def _touch(path: Path) -> None:
    # mtime marks the last use: atime is often off (noatime) or coarse (relatime).
    with contextlib.suppress(OSError):
        os.utime(path)


def _evict(folder: Path, limit: int, keep: Path | None) -> int:
    """Delete the oldest-used files below ``folder`` until the rest fit in ``limit`` bytes.

    ``keep`` (the file just fetched) stays even when it alone is over the limit; temp files
    of downloads in progress stay, those older than a day (left by a crash) go.
    """
    now = time.time()
    files: list[tuple[float, int, Path]] = []
    freed = 0
    try:
        walked = list(os.walk(folder))
    except OSError:
        return 0
    for root, _dirs, names in walked:
        for name in names:
            path = Path(root) / name
            try:
                info = path.stat()
            except OSError:
                continue
            if name.startswith("."):
                if now - info.st_mtime > _STALE_TEMP_S:
                    with contextlib.suppress(OSError):
                        path.unlink()
                        freed += info.st_size
                continue
            files.append((info.st_mtime, info.st_size, path))
    total = sum(size for _mtime, size, _path in files)
    for _mtime, size, path in sorted(files, key=lambda item: item[0]):
        if total <= limit:
            break
        if keep is not None and path == keep:
            continue
        try:
            path.unlink()
        except OSError as exc:
            log.info("output cache: could not remove %s: %s", path.name, exc.strerror)
            continue
        total -= size
        freed += size
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # only succeeds once the run's folder is empty
    return freed


def account_folder(profile_id: str, base_url: str) -> str:
    """A folder name for one account's copies: the profile and a digest of the server."""
    digest = hashlib.sha256(base_url.encode("utf-8")).hexdigest()[:12]
    return f"{profile_id}-{digest}"
