"""The batch review's pre-flight checks: each row's pictures and clips looked at off the UI thread.

The same checks as a single run (``services/media_checks.py``, as ``row_media.RowMedia``
does for the form): a picture's shape against ``specified_aspect_ratio``, a clip's length
against ``specified_duration``. Decisions a reader may look for:

- A row whose inputs have such a rule is "checking" until looked at, and left out of the
  start and the total until then; a row with a problem stays left out until it is fixed
  ("Crop to 1:1" into a NEW file, the original never touched) or accepted ("Use anyway").
- A picture or clip that cannot be read or fetched is not a problem (as in the form): FLORA
  is the judge; the row goes.
- Bounded: ``WORKERS`` rows at a time; links fetched up to the form's byte limits, never
  with the API key, through one client per pass (making one costs ~25 ms of the UI
  thread); thumbnails (small, ``THUMB`` px) for the first ``MAX_THUMBS`` files and the
  first ``MAX_LINK_THUMBS`` links (a link fetched only for its thumbnail: at most
  ``LINK_THUMB_LIMIT`` bytes); no fetched bytes kept (a crop fetches its picture again).
- Once the batch starts, the checks stop: the rows are what was reviewed.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from flora_desktop.api.models import Technique
from flora_desktop.services import media_checks as checks
from flora_desktop.services.batch_sources import local_file
from flora_desktop.services.batch_store import BatchSource
from flora_desktop.services.inputs import complete_url, url_problem
from flora_desktop.services.media_fetch import MediaFetchError, fetch_head, preview_client
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.image_probe import crop_into, read_image_facts
from flora_desktop.ui.models.batch_rows_model import BatchRowsModel, RowCheck
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.row_media import IMAGE_FETCH_LIMIT, VIDEO_HEAD_LIMIT

__all__ = ["LINK_THUMB_LIMIT", "MAX_LINK_THUMBS", "MAX_THUMBS", "THUMB", "WORKERS", "BatchChecks"]

log = logging.getLogger(__name__)

WORKERS = 3
MAX_THUMBS = 500
MAX_LINK_THUMBS = 100
LINK_THUMB_LIMIT = 5_000_000
THUMB = 48

CropFolder = Callable[[], Path]


@dataclass(frozen=True)
class _Picture:
    width: int
    height: int
    thumbnail: QImage | None


@dataclass(frozen=True)
class _Found:
    problems: list[str]
    crop: tuple[str, str] | None  # (input id, shape) a crop would fix
    thumbnail: QImage | None


def _picture(source: Path | bytes) -> _Picture | None:
    """A worker thread's job: the picture's size and a small thumbnail."""
    facts = read_image_facts(source)
    if facts is None:
        return None
    thumb = facts.thumbnail
    if thumb is not None:
        thumb = thumb.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio)
    return _Picture(facts.width, facts.height, thumb)


def _clip_seconds(path: Path) -> float | None:
    """A worker thread's job: an MP4/MOV's length from its header boxes."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        return checks.mp4_duration(handle, size)


def _where(value: object) -> Path | str | None:
    """A value as a local file, an http(s) link, or None (an element id: nothing to look at)."""
    path = local_file(value)
    if path is not None:
        return path
    if isinstance(value, str) and value.lower().startswith(("https://", "http://")):
        # A link of a broken shape (a bracket left open) is FLORA's to refuse, not ours to
        # fetch: httpx would raise on it.
        return complete_url(value) if url_problem(value) is None else None
    return None


def _link_name(url: str) -> str:
    return unquote(urlsplit(url).path.rsplit("/", 1)[-1]) or "picture"


class BatchChecks(QObject):
    """Checks the rows of ``model`` for ``technique``; fixes them on request.

    Signals: ``progress()`` when rows finished checking (the Start label follows);
    ``note(str)`` a plain sentence when a fix could not be made.
    """

    progress = Signal()
    note = Signal(str)

    def __init__(
        self,
        model: BatchRowsModel,
        technique: Technique,
        crop_folder: CropFolder,
        tasks: TaskOwner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._media = [s for s in technique.inputs if s.type in ("imageUrl", "videoUrl")]
        self._crop_folder = crop_folder
        # The window's owner: its close cancels and awaits these tasks with its own.
        self._tasks = tasks
        self._generation = 0
        self._accepted: set[int] = set()
        self._crops: dict[int, tuple[str, str]] = {}
        self._cropping: set[int] = set()

    # --- public -----------------------------------------------------------------------------

    def start(self) -> None:
        """Look at every row of the model (its sources were just set)."""
        self._generation += 1
        self._accepted.clear()
        self._crops.clear()
        self._cropping.clear()
        self._tasks.cancel("check:rows")
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no event loop (a widget test): nothing is looked at
        work = [p for p in range(self._model.rowCount()) if self._wanted(p)]
        for position in work:
            if self._needs_check(self._model.source(position)):
                self._model.set_check(position, RowCheck(pending=True))
        if not work:
            self.progress.emit()
            return
        self._tasks.spawn("check:rows", self._check_rows(work, self._generation))
        self.progress.emit()

    def stop(self) -> None:
        """The batch started: nothing more is looked at or fixed."""
        self._generation += 1
        self._tasks.cancel("check:rows")

    def busy(self) -> bool:
        return self._tasks.running("check:rows") or bool(self._cropping)

    async def wait(self) -> None:
        """Let the checks and fixes under way finish (tests; nothing waits on it in the UI)."""
        await self._tasks.wait("check:")

    def can_crop(self, position: int) -> bool:
        return position in self._crops and position not in self._cropping

    def use_anyway(self, position: int) -> None:
        """Accept the row as it is: its problem goes, and it is started with the rest."""
        if not self._model.check(position).problem:
            return
        self._accepted.add(position)
        self._crops.pop(position, None)
        self._model.set_check(position, RowCheck(thumbnail=self._model.check(position).thumbnail))
        self.progress.emit()

    def crop(self, position: int) -> None:
        """Centre-crop the row's picture into a new file, used by the row in its place."""
        if position in self._crops:
            self._tasks.spawn(
                f"check:crop:{position}", self._crop_rows([position], self._generation)
            )

    def crop_all(self) -> None:
        """Crop every row that a crop would fix, one after another."""
        positions = sorted(self._crops)
        if positions:
            self._tasks.spawn("check:crop:all", self._crop_rows(positions, self._generation))

    def croppable_count(self) -> int:
        return len(self._crops)

    def crop_shape(self) -> str | None:
        """The shape crops give (the first croppable row's), for the buttons' words."""
        return next((shape for _id, shape in self._crops.values()), None)

    # --- checking ---------------------------------------------------------------------------

    def _wanted(self, position: int) -> bool:
        source = self._model.source(position)
        return self._needs_check(source) or self._thumb_of(source, position) is not None

    def _needs_check(self, source: BatchSource) -> bool:
        return any(
            _where(source.inputs.get(spec.id)) is not None
            and (
                bool(spec.specified_aspect_ratio)
                if spec.type == "imageUrl"
                else checks.wanted_duration(spec.specified_duration) is not None
            )
            for spec in self._media
        )

    def _thumb_of(self, source: BatchSource, position: int) -> str | None:
        """The input whose picture makes the row's thumbnail, if it gets one."""
        for spec in self._media:
            where = _where(source.inputs.get(spec.id)) if spec.type == "imageUrl" else None
            if where is not None:
                cap = MAX_THUMBS if isinstance(where, Path) else MAX_LINK_THUMBS
                return spec.id if position < cap else None
        return None

    async def _check_rows(self, positions: list[int], generation: int) -> None:
        queue: Iterator[int] = iter(positions)

        async def worker(http: httpx.AsyncClient) -> None:
            for position in queue:
                await self._check_row(position, generation, http)

        try:
            # Made in a worker thread: building its TLS context takes ~25 ms of CPU.
            async with await asyncio.to_thread(preview_client) as http:
                await asyncio.gather(*(worker(http) for _ in range(WORKERS)))
        finally:
            # Cut off by a bug (it goes on to the crash handler): the rows not looked at
            # are not left "checking" for ever, nor let through unchecked.
            if generation == self._generation and not self._closing():
                for position in positions:
                    if self._model.check(position).pending:
                        self._model.set_check(position, RowCheck(problem=self._unchecked()))
                self.progress.emit()

    def _closing(self) -> bool:
        task = asyncio.current_task()
        return task is not None and task.cancelling() > 0

    def _unchecked(self) -> str:
        return self.tr("This row could not be checked; use it anyway only if you are sure.")

    async def _check_row(
        self, position: int, generation: int, http: httpx.AsyncClient | None = None
    ) -> None:
        source = self._model.source(position)
        found = await self._look(source, self._thumb_of(source, position), http)
        if generation != self._generation:
            return
        if position in self._accepted:
            found = _Found([], None, found.thumbnail)
        if found.crop is not None:
            self._crops[position] = found.crop
        else:
            self._crops.pop(position, None)
        self._model.set_check(
            position,
            RowCheck(
                problem="\n".join(found.problems) or None,
                fix_ratio=found.crop[1] if found.crop else None,
                thumbnail=found.thumbnail,
            ),
        )
        self.progress.emit()

    async def _look(
        self, source: BatchSource, thumb_input: str | None, http: httpx.AsyncClient | None
    ) -> _Found:
        problems: list[str] = []
        crop: tuple[str, str] | None = None
        thumb: QImage | None = None
        several = len(self._media) > 1
        for spec in self._media:
            where = _where(source.inputs.get(spec.id))
            if where is None:
                continue
            try:
                if spec.type == "imageUrl":
                    ratio = spec.specified_aspect_ratio
                    if not ratio and spec.id != thumb_input:
                        continue
                    # Fetched for its thumbnail alone, a link is read only so far.
                    limit = IMAGE_FETCH_LIMIT if ratio else LINK_THUMB_LIMIT
                    picture = await self._read_picture(where, limit, http)
                    if picture is None:
                        continue
                    if spec.id == thumb_input:
                        thumb = picture.thumbnail
                    problem = checks.ratio_problem(picture.width, picture.height, ratio)
                    if problem is not None and ratio and crop is None:
                        crop = (spec.id, ratio) if picture.thumbnail is not None else None
                else:
                    seconds = await self._read_seconds(where, http)
                    problem = (
                        checks.duration_problem(seconds, spec.specified_duration)
                        if seconds is not None
                        else None
                    )
            except (MediaFetchError, OSError):
                # Not a problem, as in the form: FLORA judges what it cannot see here.
                log.info("a batch row's media could not be looked at")
                continue
            if problem is not None:
                text = shown(problem)
                problems.append(f"{spec.name}: {text}" if several else text)
        return _Found(problems, crop, thumb)

    async def _read_picture(
        self, where: Path | str, limit: int, http: httpx.AsyncClient | None
    ) -> _Picture | None:
        if isinstance(where, Path):
            return await asyncio.to_thread(_picture, where)
        fetched = await fetch_head(where, limit, http)
        if not fetched.complete:
            return None
        return await asyncio.to_thread(_picture, fetched.data)

    async def _read_seconds(
        self, where: Path | str, http: httpx.AsyncClient | None
    ) -> float | None:
        if isinstance(where, Path):
            return await asyncio.to_thread(_clip_seconds, where)
        fetched = await fetch_head(where, VIDEO_HEAD_LIMIT, http)
        return checks.mp4_duration(io.BytesIO(fetched.data), len(fetched.data))

    # --- fixing -----------------------------------------------------------------------------

    async def _crop_rows(self, positions: list[int], generation: int) -> None:
        failed = 0
        for position in positions:
            crop = self._crops.get(position)
            if crop is None or generation != self._generation or position in self._cropping:
                continue
            self._cropping.add(position)
            try:
                failed += not await self._crop_row(position, crop, generation)
            finally:
                self._cropping.discard(position)
        if failed:
            self.note.emit(
                self.tr("{count} cropped copies could not be saved.").format(count=failed)
                if failed > 1
                else self.tr("The cropped copy could not be saved.")
            )

    async def _crop_row(self, position: int, crop: tuple[str, str], generation: int) -> bool:
        """Crop one row's picture; False when the copy could not be made."""
        source = self._model.source(position)
        input_id, shape = crop
        check = self._model.check(position)
        self._model.set_check(position, RowCheck(pending=True, thumbnail=check.thumbnail))
        self.progress.emit()
        try:
            target = await self._crop_one(source.inputs.get(input_id), shape)
        except (MediaFetchError, OSError):
            log.info("a batch row's crop could not be written")
            if generation == self._generation:
                self._model.set_check(position, check)
                self.progress.emit()
            return False
        if generation != self._generation:
            return True
        self._crops.pop(position, None)
        self._model.replace_source(
            position,
            BatchSource({**source.inputs, input_id: str(target)}, source.source_name),
        )
        # Looked at again like any row: the new file should fit, and shows as it is.
        await self._check_row(position, generation)
        return True

    async def _crop_one(self, value: object, shape: str) -> Path:
        where = _where(value)
        if where is None:
            raise OSError("nothing to crop")
        data: Path | bytes
        if isinstance(where, Path):
            data, original = where, where
        else:
            fetched = await fetch_head(where, IMAGE_FETCH_LIMIT)
            if not fetched.complete:
                raise OSError("too large to fetch")
            data, original = fetched.data, Path(_link_name(where))
        folder = self._crop_folder() if isinstance(data, bytes) else None
        target = await asyncio.to_thread(self._target, original, shape, folder)
        return await asyncio.to_thread(crop_into, data, shape, target)

    def _target(self, original: Path, shape: str, folder: Path | None) -> Path:
        if folder is None and not (
            original.parent.is_dir() and os.access(original.parent, os.W_OK)
        ):
            folder = self._crop_folder()
        return checks.cropped_path(original, shape, folder)
