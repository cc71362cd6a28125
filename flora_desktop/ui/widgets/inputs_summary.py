"""A past run's inputs as a creative reads them: labelled fields, pictures as thumbnails.

Used by History. Labels come from the technique's schema when the caller knows it, else
from the key made readable ("input_image" → "Input image"). Text is shown as text, links
to pictures as a thumbnail and to videos as their first frame (fetched off the UI thread,
bounded like the editor's previews) beside the file's name; a list shows each item;
anything else as compact JSON, since that is all it is. Nothing here can change the run.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from flora_desktop.api.models import TechniqueIO
from flora_desktop.services.media_fetch import MediaFetchError, fetch_head
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.image_probe import read_image_facts
from flora_desktop.ui.video_poster import PosterUnavailable, first_frame
from flora_desktop.ui.widgets.row_media import IMAGE_FETCH_LIMIT, VIDEO_HEAD_LIMIT

__all__ = ["SUMMARY_THUMB", "InputsSummary", "readable_key"]

log = logging.getLogger(__name__)

SUMMARY_THUMB = 96
MAX_THUMBS = 12
# A value longer than this is cut on screen ("Open in editor" has all of it).
SHOWN_CHARS = 600
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".avif", ".heic", ".heif")
_VIDEO_SUFFIXES = (".mp4", ".mov", ".m4v", ".webm")


def readable_key(key: str) -> str:
    """ "input_image" → "Input image"; "styleRef" → "Style ref"."""
    words: list[str] = []
    current = ""
    for char in key.replace("_", " ").replace("-", " "):
        if char.isupper() and current and not current[-1].isupper() and current[-1] != " ":
            words.append(current)
            current = char.lower()
        else:
            current += char
    words.append(current)
    text = " ".join(" ".join(words).split())
    return text[:1].upper() + text[1:] if text else key


def _is_link(value: object) -> bool:
    return isinstance(value, str) and value.lower().startswith(("https://", "http://"))


def _file_name(url: str) -> str:
    path = urlsplit(url).path
    return unquote(path.rsplit("/", 1)[-1]) or url


def _cut(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


class InputsSummary(QWidget):
    """The inputs of one run as label/value pairs (``historyInputs``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyInputs")
        self.setAccessibleName(self.tr("Inputs of this run"))
        self._tasks = TaskOwner()
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnStretch(1, 1)
        self._note = QLabel(self)
        self._note.setObjectName("historyInputsNote")
        self._note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._note)
        layout.addLayout(self._grid)
        self._generation = 0
        self._keys: list[str] = []

    def text(self) -> str:
        """Everything shown, as plain lines ("Label: value"), for tests and copying."""
        if self._note.isVisibleTo(self):
            return self._note.text()
        lines: list[str] = []
        for row in range(self._grid.rowCount()):
            label = self._grid.itemAtPosition(row, 0)
            value = self._grid.itemAtPosition(row, 1)
            if label is None or value is None:
                continue
            name = label.widget()
            shown_value = value.widget()
            if isinstance(name, QLabel) and shown_value is not None:
                texts = [w.text() for w in shown_value.findChildren(QLabel) if w.text()]
                if isinstance(shown_value, QLabel):
                    texts = [shown_value.text()]
                lines.append(f"{name.text()}: {' · '.join(texts)}")
        return "\n".join(lines)

    def show_note(self, text: str) -> None:
        """No inputs to show (none kept, or none given): say so."""
        self._clear()
        self._note.setText(text)
        self._note.show()

    def show_inputs(
        self, inputs: Mapping[str, Any], schema: Sequence[TechniqueIO] | None = None
    ) -> None:
        """Show ``inputs``: schema inputs first, in the technique's order, then the rest."""
        self._clear()
        self._note.hide()
        by_id = {io.id: io for io in schema or ()}
        keys = [io.id for io in schema or () if io.id in inputs]
        keys += [key for key in inputs if key not in by_id]
        for row, key in enumerate(keys):
            io = by_id.get(key)
            label = QLabel((io.name if io is not None and io.name else readable_key(key)), self)
            label.setObjectName(f"historyInputName:{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setProperty("fieldLabel", True)
            self._grid.addWidget(label, row, 0)
            value = self._value_widget(key, inputs[key], io)
            label.setBuddy(value)
            self._grid.addWidget(value, row, 1)

    async def aclose(self) -> None:
        await self._tasks.aclose()

    # --- internals ---------------------------------------------------------------------

    def _clear(self) -> None:
        self._generation += 1
        for key in self._keys:
            self._tasks.cancel(key)
        self._keys = []
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setObjectName("")
                widget.deleteLater()

    def _value_widget(self, key: str, value: Any, io: TechniqueIO | None) -> QWidget:
        items = value if isinstance(value, list) else [value]
        box = QWidget(self)
        box.setObjectName(f"historyInputValue:{key}")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for item in items:
            layout.addWidget(self._item_widget(item, io, box))
        return box

    def _item_widget(self, item: Any, io: TechniqueIO | None, parent: QWidget) -> QWidget:
        if not isinstance(item, str):
            return self._text(json.dumps(item, ensure_ascii=False), parent)
        if not _is_link(item):
            return self._text(item, parent)
        picture = (io is not None and io.type == "imageUrl") or (
            io is None and _file_name(item).lower().endswith(_IMAGE_SUFFIXES)
        )
        video = (io is not None and io.type == "videoUrl") or (
            io is None and _file_name(item).lower().endswith(_VIDEO_SUFFIXES)
        )
        row = QWidget(parent)
        layout = QGridLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(10)
        name = QLabel(_file_name(item), row)
        name.setToolTip(item)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if picture or video:
            thumb = QLabel(row)
            thumb.setObjectName("historyInputThumb")
            thumb.setFixedSize(SUMMARY_THUMB, SUMMARY_THUMB)
            thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
            thumb.setProperty("mediaThumb", True)
            thumb.setAccessibleName(
                self.tr("First frame of {name}").format(name=_file_name(item))
                if video
                else self.tr("Picture {name}").format(name=_file_name(item))
            )
            layout.addWidget(thumb, 0, 0)
            self._load(thumb, item, video=video)
        layout.addWidget(name, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.setColumnStretch(1, 1)
        return row

    def _text(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(_cut(text), parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _load(self, thumb: QLabel, url: str, *, video: bool = False) -> None:
        if len(self._keys) >= MAX_THUMBS:
            return  # a run with dozens of pictures: the first ones are enough to recognise it
        key = f"thumb:{self._generation}:{len(self._keys)}"
        fetch = self._fetch_frame if video else self._fetch
        # With no event loop (a widget test) nothing is fetched: no thumbnail.
        if self._tasks.spawn(key, fetch(thumb, url, self._generation)) is not None:
            self._keys.append(key)

    async def _fetch_frame(self, thumb: QLabel, url: str, generation: int) -> None:
        """A video's first frame, from its first bytes (bounded like the editor's)."""
        try:
            fetched = await fetch_head(url, VIDEO_HEAD_LIMIT)
            image = await first_frame(fetched.data, QSize(SUMMARY_THUMB, SUMMARY_THUMB))
        except (MediaFetchError, OSError, PosterUnavailable):
            image = None
        if generation != self._generation:
            return
        if image is None:
            log.info("no first frame for a past input")
            thumb.hide()  # the name alone, not an empty box
            return
        thumb.setPixmap(QPixmap.fromImage(image))

    async def _fetch(self, thumb: QLabel, url: str, generation: int) -> None:
        try:
            fetched = await fetch_head(url, IMAGE_FETCH_LIMIT)
            if not fetched.complete:
                return
            facts = await asyncio.to_thread(read_image_facts, fetched.data)
        except (MediaFetchError, OSError):
            log.info("no thumbnail for a past input")
            return
        if generation != self._generation or facts is None or facts.thumbnail is None:
            return
        image = facts.thumbnail.scaled(
            SUMMARY_THUMB, SUMMARY_THUMB, Qt.AspectRatioMode.KeepAspectRatio
        )
        thumb.setPixmap(QPixmap.fromImage(image))
