"""Pictures and videos in the inputs editor show and check themselves before Run.

``RowMedia`` follows the editor's model: when a picture or video row holds a new local file
(uploaded by ``RowUploads``, which says which file a link came from) or an http(s) link, it
reads the file or the link's first bytes off the UI thread (bounded in bytes and pixels),
shows a thumbnail (a video's first frame, ``video_poster``) with the name, size and
dimensions or length, and checks the technique's
``specified_aspect_ratio`` / ``specified_duration`` (``services/media_checks.py``). A shape
that does not fit is a problem on the row (it blocks Run like any other) with two ways on:
"Crop to 1:1" (a centre crop into a NEW file, uploaded in its place; the original is never
touched) or "Use anyway". A preview that cannot be made is a quiet note, never a problem.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage

from flora_desktop.api.models import TechniqueIO
from flora_desktop.services import inputs as svc
from flora_desktop.services import media_checks as checks
from flora_desktop.services.media_fetch import MediaFetchError, fetch_head
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.image_probe import (
    THUMB_HEIGHT,
    THUMB_WIDTH,
    ImageFacts,
    crop_into,
    read_image_facts,
)
from flora_desktop.ui.models.inputs_model import InputsModel
from flora_desktop.ui.translate import shown
from flora_desktop.ui.video_poster import PosterUnavailable, first_frame
from flora_desktop.ui.widgets.media_preview import STRIP_THUMB, MediaPreview

__all__ = ["IMAGE_FETCH_LIMIT", "VIDEO_HEAD_LIMIT", "RowMedia"]

log = logging.getLogger(__name__)

# A linked picture is previewed only up to this many bytes; larger ones get a note.
IMAGE_FETCH_LIMIT = 25_000_000
# The first bytes of a linked video: enough for the header of a "fast start" MP4.
VIDEO_HEAD_LIMIT = 2_000_000
# Pause after the last change to a typed link before it is fetched.
LINK_PAUSE_S = 0.4
# A list input previews this many of its pictures.
MAX_LIST_PREVIEWS = 8
# While a video's first frame is being decoded.
_WAITING_GLYPH = "…"

PreviewFor = Callable[[int], MediaPreview | None]
CropFolder = Callable[[], Path]


def _file_name(url: str) -> str:
    path = urlsplit(url).path
    name = unquote(path.rsplit("/", 1)[-1]) if path else ""
    return name or urlsplit(url).hostname or url


class RowMedia(QObject):
    """Previews and shape checks for the editor's picture and video rows.

    Signals: ``upload_requested(int uid, object path)``: a crop was written to a new file,
    to be uploaded into the row (the editor passes it on as a file dropped on that row).
    """

    upload_requested = Signal(int, object)

    def __init__(
        self,
        model: InputsModel,
        preview_for: PreviewFor,
        crop_folder: CropFolder,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._preview_for = preview_for
        self._crop_folder = crop_folder
        self._tasks = TaskOwner()
        self._local: dict[str, Path] = {}
        self._checked: dict[int, str] = {}
        self._accepted: set[tuple[int, str]] = set()
        self._sources: dict[int, Path | bytes] = {}
        model.modelReset.connect(self._on_reset)
        model.rowsInserted.connect(lambda _p, first, last: self._follow(first, last))
        model.dataChanged.connect(lambda top, bottom, _r: self._follow(top.row(), bottom.row()))
        model.rowsAboutToBeRemoved.connect(self._on_removing)

    def remember_local(self, url: str, path: Path) -> None:
        """``url`` holds the file at ``path`` (just uploaded): previews read the file."""
        self._local[url] = path

    def follow_all(self) -> None:
        """Look at every row (a preview widget was just built)."""
        self._follow(0, self._model.rowCount() - 1)

    def busy(self) -> bool:
        return any(self._tasks.running(f"media:{uid}") for uid in self._model.uids())

    async def wait(self) -> None:
        """Let every running preview finish (tests, and before a decision that needs it)."""
        await self._tasks.wait("media:")

    async def aclose(self) -> None:
        await self._tasks.aclose()

    def use_anyway(self, uid: int) -> None:
        """Accept the row's file as it is: its shape problem goes."""
        value = self._checked.get(uid)
        if value is None:
            return
        self._accepted.add((uid, value))
        self._model.set_media_problem(uid, None)
        preview = self._preview_for(uid)
        if preview is not None:
            preview.offer_fix(None)

    def crop(self, uid: int) -> None:
        """Centre-crop the row's picture into a new file and have it uploaded in its place."""
        source = self._sources.get(uid)
        if source is None or not self._model.has_uid(uid):
            return
        row = self._model.row_by_uid(uid)
        spec = row.schema.specified_aspect_ratio if row.schema is not None else None
        if not spec:
            return
        self._tasks.spawn(f"crop:{uid}", self._crop(uid, source, spec, self._checked.get(uid, "")))

    # --- following the rows -------------------------------------------------------------

    def _on_reset(self) -> None:
        self._checked.clear()
        self._sources.clear()
        self._accepted.clear()
        self.follow_all()

    def _on_removing(self, _parent: object, first: int, last: int) -> None:
        for position in range(first, last + 1):
            uid = self._model.uid(position)
            self._tasks.cancel(f"media:{uid}")
            self._tasks.cancel(f"poster:{uid}")
            self._checked.pop(uid, None)
            self._sources.pop(uid, None)

    def _follow(self, first: int, last: int) -> None:
        for position in range(max(first, 0), min(last, self._model.rowCount() - 1) + 1):
            uid = self._model.uid(position)
            row = self._model.row(position)
            schema = row.schema
            if schema is None or schema.type not in ("imageUrl", "videoUrl"):
                continue
            if row.mode == "list" and isinstance(row.value, list):
                items = [i.strip() for i in row.value if i.strip()]
                value = "\n".join(items)
                if self._checked.get(uid) == value:
                    continue
                self._checked[uid] = value
                self._sources.pop(uid, None)
                self._start_list(uid, schema, items, value)
                continue
            value = row.value.strip() if isinstance(row.value, str) and row.mode == "url" else ""
            if self._checked.get(uid) == value:
                continue
            self._checked[uid] = value
            self._sources.pop(uid, None)
            self._start(uid, schema, value)

    def _start_list(self, uid: int, schema: TechniqueIO, items: list[str], value: str) -> None:
        preview = self._preview_for(uid)
        urls = [svc.complete_url(i) for i in items]
        urls = [u for u in urls if svc.url_problem(u) is None][:MAX_LIST_PREVIEWS]
        if not urls:
            self._tasks.cancel(f"media:{uid}")
            self._model.set_media_problem(uid, None)
            if preview is not None:
                preview.clear()
            return
        self._tasks.cancel(f"poster:{uid}")
        look = self._look_at_list if schema.type == "imageUrl" else self._look_at_videos
        # With no event loop (a widget test) nothing is fetched.
        self._tasks.spawn(f"media:{uid}", look(uid, schema, urls, value))

    async def _look_at_list(
        self, uid: int, schema: TechniqueIO, urls: list[str], value: str
    ) -> None:
        if any(url not in self._local for url in urls):
            await asyncio.sleep(LINK_PAUSE_S)  # typing pause, as for one link
        found: list[tuple[str, ImageFacts | None]] = []
        for url in urls:
            local = self._local.get(url)
            try:
                if local is not None:
                    source: Path | bytes = local
                else:
                    fetched = await fetch_head(url, IMAGE_FETCH_LIMIT)
                    source = fetched.data if fetched.complete else b""
                facts = await asyncio.to_thread(read_image_facts, source) if source else None
            except (MediaFetchError, OSError):
                facts = None
            found.append((local.name if local is not None else _file_name(url), facts))
        if not self._still(uid, value):
            return
        preview = self._preview_for(uid)
        if preview is not None:
            preview.show_strip(
                [(facts.thumbnail if facts else None, name) for name, facts in found],
                self.tr("{count} pictures").format(count=len(found))
                if len(found) != 1
                else self.tr("1 picture"),
            )
        spec = schema.specified_aspect_ratio
        problems = []
        for number, (_name, facts) in enumerate(found, start=1):
            problem = checks.ratio_problem(facts.width, facts.height, spec) if facts else None
            if problem is not None:
                problems.append(
                    self.tr("Item {number}: {problem}").format(
                        number=number, problem=shown(problem)
                    )
                )
        self._show_problem(uid, value, "\n".join(problems) or None, spec, can_crop=False)

    async def _look_at_videos(
        self, uid: int, schema: TechniqueIO, urls: list[str], value: str
    ) -> None:
        """A list of videos: each one's length checked, then their first frames in a strip."""
        if any(url not in self._local for url in urls):
            await asyncio.sleep(LINK_PAUSE_S)  # typing pause, as for one link
        found: list[tuple[str, Path | bytes | None, float | None]] = []
        for url in urls:
            local = self._local.get(url)
            source: Path | bytes | None
            try:
                if local is not None:
                    _size, seconds = await asyncio.to_thread(_file_duration, local)
                    source = local
                else:
                    fetched = await fetch_head(url, VIDEO_HEAD_LIMIT)
                    seconds = checks.mp4_duration(io.BytesIO(fetched.data), len(fetched.data))
                    source = fetched.data
            except (MediaFetchError, OSError):
                source, seconds = None, None
            found.append((local.name if local is not None else _file_name(url), source, seconds))
        if not self._still(uid, value):
            return
        facts = (
            self.tr("{count} videos").format(count=len(found))
            if len(found) != 1
            else self.tr("1 video")
        )
        preview = self._preview_for(uid)
        if preview is not None:
            preview.show_strip([(None, name) for name, _source, _seconds in found], facts)
        problems = []
        for number, (_name, _source, seconds) in enumerate(found, start=1):
            problem = (
                checks.duration_problem(seconds, schema.specified_duration)
                if seconds is not None
                else None
            )
            if problem is not None:
                problems.append(
                    self.tr("Item {number}: {problem}").format(
                        number=number, problem=shown(problem)
                    )
                )
        label = checks.describe_duration(checks.wanted_duration(schema.specified_duration) or 0)
        self._show_problem(uid, value, "\n".join(problems) or None, label, can_crop=False)
        # First frames after the checks, in a task of their own (Run never waits for them).
        self._tasks.spawn(f"poster:{uid}", self._video_strip(uid, value, found, facts))

    async def _video_strip(
        self,
        uid: int,
        value: str,
        found: list[tuple[str, Path | bytes | None, float | None]],
        facts: str,
    ) -> None:
        frames: list[tuple[QImage | None, str]] = []
        for name, source, _seconds in found:
            image = None
            if source is not None:
                try:
                    image = await first_frame(source, QSize(STRIP_THUMB, STRIP_THUMB))
                except PosterUnavailable:
                    return  # no frames on this computer: the strip of names stays
            frames.append((image, name))
        preview = self._preview_for(uid)
        if self._still(uid, value) and preview is not None:
            preview.show_strip(frames, facts)

    def _start(self, uid: int, schema: TechniqueIO, value: str) -> None:
        preview = self._preview_for(uid)
        url = svc.complete_url(value)
        self._tasks.cancel(f"poster:{uid}")
        if not value or svc.url_problem(url) is not None:
            self._tasks.cancel(f"media:{uid}")
            self._model.set_media_problem(uid, None)
            if preview is not None:
                preview.clear()
            return
        local = self._local.get(url)
        looking = self._tasks.spawn(f"media:{uid}", self._look(uid, schema, url, value, local))
        # With no event loop (a widget test) nothing is fetched, so nothing is loading. The
        # look starts on the loop's next pass, after this.
        if looking is not None and preview is not None:
            preview.show_loading(local.name if local is not None else _file_name(url))

    async def _look(
        self, uid: int, schema: TechniqueIO, url: str, value: str, local: Path | None
    ) -> None:
        name = local.name if local is not None else _file_name(url)
        if local is None:
            # A link being typed changes at every key: fetch once typing pauses (a newer
            # value cancels this task while it waits).
            await asyncio.sleep(LINK_PAUSE_S)
        try:
            if schema.type == "imageUrl":
                await self._look_at_image(uid, schema, url, value, local, name)
            else:
                await self._look_at_video(uid, schema, url, value, local, name)
        except MediaFetchError as error:
            self._note(uid, value, shown(error.message))
        except OSError:
            log.info("a preview file could not be read")
            self._note(uid, value, self.tr("No preview: the file could not be read."))

    async def _look_at_image(
        self, uid: int, schema: TechniqueIO, url: str, value: str, local: Path | None, name: str
    ) -> None:
        source: Path | bytes
        if local is not None:
            source = local
        else:
            fetched = await fetch_head(url, IMAGE_FETCH_LIMIT)
            if not fetched.complete:
                self._note(uid, value, self.tr("No preview: the picture is too large to fetch."))
                return
            source = fetched.data
        preview = self._preview_for(uid)
        # Decoded as large as the thumbnail may be drawn (a big or HiDPI screen), no larger.
        box = preview.decode_size() if preview is not None else None
        facts = await asyncio.to_thread(read_image_facts, source, box)
        if not self._still(uid, value):
            return
        if facts is None:
            self._note(uid, value, self.tr("No preview: this does not look like a picture."))
            return
        self._sources[uid] = source
        details = f"{name} · {checks.describe_bytes(facts.size)} · {facts.width} × {facts.height}"
        preview = self._preview_for(uid)
        if preview is not None:
            preview.show_media(facts.thumbnail, details)
        spec = schema.specified_aspect_ratio
        problem = checks.ratio_problem(facts.width, facts.height, spec)
        self._show_problem(uid, value, problem, spec, can_crop=facts.thumbnail is not None)

    async def _look_at_video(
        self, uid: int, schema: TechniqueIO, url: str, value: str, local: Path | None, name: str
    ) -> None:
        source: Path | bytes
        if local is not None:
            size, seconds = await asyncio.to_thread(_file_duration, local)
            source = local
        else:
            fetched = await fetch_head(url, VIDEO_HEAD_LIMIT)
            size = fetched.total_size or len(fetched.data)
            seconds = checks.mp4_duration(io.BytesIO(fetched.data), len(fetched.data))
            source = fetched.data
        if not self._still(uid, value):
            return
        parts = [name, checks.describe_bytes(size)]
        parts.append(
            checks.describe_duration(seconds) if seconds is not None else self.tr("length unknown")
        )
        facts = " · ".join(parts)
        preview = self._preview_for(uid)
        if preview is not None:
            preview.show_media(None, facts, _WAITING_GLYPH)
        problem = (
            checks.duration_problem(seconds, schema.specified_duration)
            if seconds is not None
            else None
        )
        label = checks.describe_duration(checks.wanted_duration(schema.specified_duration) or 0)
        self._show_problem(uid, value, problem, label, can_crop=False)
        # The first frame comes after the facts and in a task of its own: Run never waits
        # for a picture, only for the checks.
        self._tasks.spawn(f"poster:{uid}", self._poster(uid, value, source, facts))

    async def _poster(self, uid: int, value: str, source: Path | bytes, facts: str) -> None:
        try:
            preview = self._preview_for(uid)
            box = preview.decode_size() if preview is not None else QSize(THUMB_WIDTH, THUMB_HEIGHT)
            image = await first_frame(source, box)
        except PosterUnavailable as unavailable:
            self._note(uid, value, unavailable.reason, keep_problem=True)
            return
        if not self._still(uid, value):
            return
        if image is None:
            self._note(
                uid,
                value,
                self.tr("No first frame: the start of this video could not be read."),
                keep_problem=True,
            )
            return
        preview = self._preview_for(uid)
        if preview is not None:
            preview.show_media(image, facts)

    def _show_problem(
        self, uid: int, value: str, problem: str | None, spec: str | None, *, can_crop: bool
    ) -> None:
        if (uid, value) in self._accepted:
            problem = None
        self._model.set_media_problem(uid, problem)
        preview = self._preview_for(uid)
        if preview is not None:
            preview.offer_fix(spec if problem is not None else None, can_crop=can_crop)

    def _note(self, uid: int, value: str, text: str, *, keep_problem: bool = False) -> None:
        if not self._still(uid, value):
            return
        if not keep_problem:
            self._model.set_media_problem(uid, None)
        preview = self._preview_for(uid)
        if preview is not None:
            preview.show_note(text)

    def _still(self, uid: int, value: str) -> bool:
        return self._model.has_uid(uid) and self._checked.get(uid) == value

    async def _crop(self, uid: int, source: Path | bytes, spec: str, value: str) -> None:
        original = source if isinstance(source, Path) else Path(_file_name(value) or "picture")
        preview = self._preview_for(uid)
        try:
            target = await asyncio.to_thread(self._crop_target, original, spec, source)
            written = await asyncio.to_thread(crop_into, source, spec, target)
        except OSError:
            log.info("a crop could not be written")
            if preview is not None:
                preview.show_note(self.tr("The cropped copy could not be saved."))
            return
        if self._still(uid, value):
            self.upload_requested.emit(uid, written)

    def _crop_target(self, original: Path, spec: str, source: Path | bytes) -> Path:
        folder: Path | None = None
        if isinstance(source, bytes) or not _writable(original.parent):
            folder = self._crop_folder()
        return checks.cropped_path(original, spec, folder)


def _writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK)


def _file_duration(path: Path) -> tuple[int, float | None]:
    """The file's size and (for MP4/MOV) length; a worker thread's job."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        return size, checks.mp4_duration(handle, size)
