"""Output files fetched once into the app's cache folder: for thumbnails, players and drags.

Each run gets its own sub-folder (a sanitised run id); a file is fetched at most once at a
time (a thumbnail and a drag asking together share one download) and found again on disk
after a restart. The fetching itself is ``OutputDownloader`` (http/https only, size limit,
never a partial file under the final name).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path

from flora_desktop.api.models import RunOutput
from flora_desktop.services.outputs import (
    OutputDownloader,
    ProgressCallback,
    extension_for,
    safe_file_name,
    sanitize_file_name,
)

__all__ = ["OutputCache"]

log = logging.getLogger(__name__)


def _stem(name: str) -> str:
    stem, dot, _ext = name.rpartition(".")
    return stem if dot else name


class OutputCache:
    """``fetch()`` returns a local copy of an output, downloading it the first time."""

    def __init__(self, folder: Path, downloader: OutputDownloader) -> None:
        self.folder = Path(folder)
        self._downloader = downloader
        self._known: dict[tuple[str, str], Path] = {}
        self._pending: dict[tuple[str, str], asyncio.Task[Path]] = {}

    def __repr__(self) -> str:
        return f"OutputCache({str(self.folder)!r})"

    def run_folder(self, run_id: str) -> Path:
        return self.folder / sanitize_file_name(run_id)

    def cached(self, run_id: str, output_id: str) -> Path | None:
        """The local copy if this session has fetched or found it already."""
        path = self._known.get((run_id, output_id))
        return path if path is not None and path.exists() else None

    async def fetch(
        self,
        output: RunOutput,
        *,
        technique_name: str,
        run_id: str,
        on_progress: ProgressCallback | None = None,
    ) -> Path:
        """The local copy of ``output``; raises ``OutputSaveError`` as the downloader does."""
        key = (run_id, output.output_id)
        known = self.cached(run_id, output.output_id)
        if known is not None:
            return known
        pending = self._pending.get(key)
        if pending is None:
            pending = asyncio.get_running_loop().create_task(
                self._fetch(output, technique_name, run_id, on_progress)
            )
            self._pending[key] = pending
            pending.add_done_callback(lambda _task: self._pending.pop(key, None))
        # Shielded: one caller giving up must not cancel the download another one awaits.
        return await asyncio.shield(pending)

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
    ) -> Path:
        folder = self.run_folder(run_id)
        extension = "txt" if output.type == "text" else extension_for(output.type, url=output.url)
        stem = _stem(safe_file_name(technique_name, run_id, output.output_id, extension))
        found = await asyncio.to_thread(_find, folder, stem)
        if found is None:
            found = await self._downloader.save_output(
                output,
                folder,
                technique_name=technique_name,
                run_id=run_id,
                on_progress=on_progress,
            )
            log.debug("cached output %s of %s", output.output_id, run_id)
        self._known[(run_id, output.output_id)] = found
        return found


def _find(folder: Path, stem: str) -> Path | None:
    """Make the run's folder; return an earlier copy named ``stem.<ext>`` if there is one."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in folder.iterdir():
        if path.is_file() and not path.name.startswith(".") and _stem(path.name) == stem:
            return path
    return None
