"""A run's outputs, inline: image thumbnails, players, text and documents; save, drag, copy URL.

Only ``http``/``https`` output URLs are fetched or opened (``services.outputs``); any other
link is shown as text with a plain note and never opened. Saving streams to disk with a
size limit, shows progress and can be cancelled; saved files are named by
``services.output_names`` ("Poster 2026-12-03 21.15 - 2.png"), never overwriting.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDrag, QGuiApplication, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.api.models import RunOutput, Technique
from flora_desktop.services.output_cache import OutputCache, PreviewTooLargeError
from flora_desktop.services.output_names import save_readable
from flora_desktop.services.outputs import (
    OutputDownloader,
    OutputSaveError,
    output_url_policy,
)
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.settings import Settings
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.output_titles import output_titles
from flora_desktop.ui.style_state import set_style_property
from flora_desktop.ui.translate import localized, shown, shown_error
from flora_desktop.ui.widgets.elided_label import ElidedLabel
from flora_desktop.ui.widgets.output_document import (
    DocumentPreview,
    PreviewUnavailable,
    render_first_page_async,
)
from flora_desktop.ui.widgets.output_image import (
    PREVIEW_SIDE,
    THUMBNAIL_SIDE,
    ImageDecodeError,
    ImageViewer,
    Thumbnail,
    decode_image_async,
)
from flora_desktop.ui.widgets.output_media import (
    MediaUnavailable,
    MediaUnavailableNote,
    import_multimedia,
    make_media_output,
)
from flora_desktop.ui.widgets.output_text import TextOutput

__all__ = [
    "OutputCard",
    "OutputTools",
    "OutputsView",
    "ask_folder",
    "existing_folder",
    "kind_word",
]

log = logging.getLogger(__name__)

_TYPE_WORDS = {
    "imageUrl": QT_TRANSLATE_NOOP("OutputsView", "Image"),
    "videoUrl": QT_TRANSLATE_NOOP("OutputsView", "Video"),
    "audioUrl": QT_TRANSLATE_NOOP("OutputsView", "Audio"),
    "text": QT_TRANSLATE_NOOP("OutputsView", "Text"),
    "documentUrl": QT_TRANSLATE_NOOP("OutputsView", "Document"),
}
_UNKNOWN_KIND = QT_TRANSLATE_NOOP("OutputsView", "Output")
EMPTY_TEXT = QT_TRANSLATE_NOOP("OutputsView", "Outputs appear here when the run has finished.")

# An image cell is at least this wide; the grid takes as many columns as fit.
MIN_CELL_WIDTH = 300
# A lone image grows with the window up to this side (and to most of the visible height).
MAX_PREVIEW_SIDE = 1100
GRID_SPACING = 8
# A card's title and its note wrap to this many lines before they end in "…".
TITLE_LINES = 2
NOTE_LINES = 6


def kind_word(io_type: str) -> str:
    """ "Video", "Image"…: what an output is, when the technique does not name it."""
    # A kind this app does not know yet is an "Output", not its raw API name ("modelUrl").
    return shown(_TYPE_WORDS.get(io_type, _UNKNOWN_KIND))


def grid_columns(width: int, images: int) -> int:
    """How many image columns fit ``width`` (at least one, never more than the images)."""
    return max(1, min(images, (width + GRID_SPACING) // (MIN_CELL_WIDTH + GRID_SPACING)))


def existing_folder(folder: Path) -> Path:
    """``folder``, or its nearest parent that exists (a dialog can't open a missing one)."""
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            return candidate
    return folder


def ask_folder(parent: QWidget, start: Path | None) -> Path | None:
    """Ask for a folder with the platform's dialog, starting at ``start``."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("OutputsView", "Save outputs to"),
        str(start) if start is not None else "",
    )
    return Path(chosen) if chosen else None


# A link's tooltip shows this much of it (a tooltip is one line across the screen).
LINK_TOOLTIP_CHARS = 300


def _distinct_ids(outputs: Sequence[RunOutput]) -> list[RunOutput]:
    """``outputs`` with each id used once: cards, saves and cached copies are found by id,
    and a server repeating one ("output", "output") must not lose or mix up an output."""
    taken = {output.output_id for output in outputs}
    seen: set[str] = set()
    distinct: list[RunOutput] = []
    for output in outputs:
        if output.output_id in seen:
            number = 2
            while f"{output.output_id}-{number}" in taken:
                number += 1
            output = dataclasses.replace(output, output_id=f"{output.output_id}-{number}")
            taken.add(output.output_id)
        seen.add(output.output_id)
        distinct.append(output)
    return distinct


@dataclass
class OutputTools:
    """What the outputs views need, given once by the assembler.

    ``open_url`` opens a document link (``QDesktopServices.openUrl``; tests record instead);
    ``choose_folder`` asks where to save.
    """

    downloader: OutputDownloader
    cache: OutputCache
    settings: Settings
    open_url: Callable[[QUrl], bool] = field(default=QDesktopServices.openUrl)
    choose_folder: Callable[[QWidget, Path | None], Path | None] = field(default=ask_folder)
    # Imports QtMultimedia; raises ImportError where it or its system libraries cannot load
    # (no libpulse.so.0). Tests make it fail to see the fallback card.
    load_multimedia: Callable[[], object] = field(default=import_multimedia)
    # A loaded technique by id (its outputs' names title the cards), or None.
    schema_of: Callable[[str], Technique | None] = field(default=lambda _technique_id: None)
    # The local time a save is named after ("Poster 2026-12-03 21.15.png").
    now: Callable[[], datetime] = field(default=datetime.now)


class OutputCard(QFrame):
    """One output (``outputCard``, dynamic property ``kind``): its view and its buttons.

    Buttons: ``outputSave``, ``outputCopyUrl``, ``outputOpen`` (documents), and while saving
    ``outputProgress`` with ``outputCancel``. ``outputNote`` says what happened, in words.
    Drag the card out of the window to drop the file (or the text) elsewhere.

    Signals: ``save_requested(str)``, ``cancel_requested(str)``, ``open_requested(str)``,
    ``view_requested(str)`` (thumbnail clicked), ``drag_started(str)``; each carries the
    output id.
    """

    save_requested = Signal(str)
    cancel_requested = Signal(str)
    open_requested = Signal(str)
    view_requested = Signal(str)
    drag_started = Signal(str)

    def __init__(
        self,
        output: RunOutput,
        number: int,
        parent: QWidget | None = None,
        *,
        load_multimedia: Callable[[], object] = import_multimedia,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.output = output
        self.number = number
        self._load_multimedia = load_multimedia
        self.setObjectName("outputCard")
        self.setProperty("kind", output.type)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The technique's name for the output (``output_titles``), else its kind.
        title = title or kind_word(output.type)
        self.setAccessibleName(self.tr("Output {number}: {kind}").format(number=number, kind=title))
        self.is_text = output.type == "text"
        self.verdict = output_url_policy(output.url) if not self.is_text else None
        self.allowed = self.is_text or bool(self.verdict)
        self._drag_from: QPoint | None = None
        self.thumbnail: Thumbnail | None = None
        self.text_view: TextOutput | None = None
        self.media: QWidget | None = None
        self.media_note: MediaUnavailableNote | None = None
        self.document: DocumentPreview | None = None

        # A long name ends in "…" and stays whole in its tooltip; never the raw output id.
        self.title = ElidedLabel(title, self, max_lines=TITLE_LINES)
        self.title.setObjectName("outputTitle")
        # Made in the order they sit (Open, Copy URL, Save…) so Tab moves left to right.
        self.open_button = self._button(
            self.tr("Open"), "outputOpen", self.tr("Open with the system's app")
        )
        self.open_button.clicked.connect(lambda: self.open_requested.emit(output.output_id))
        self.open_button.setVisible(output.type == "documentUrl" and self.allowed)
        self.copy_button = self._button(
            self.tr("Copy link"), "outputCopyUrl", self.tr("Copy the link")
        )
        self.copy_button.clicked.connect(self.copy_url)
        self.copy_button.setVisible(not self.is_text)
        self.save_button = self._button(
            self.tr("Save…"), "outputSave", self.tr("Save this output to a folder")
        )
        self.save_button.clicked.connect(lambda: self.save_requested.emit(output.output_id))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("outputProgress")
        self.progress.setAccessibleName(self.tr("Saving"))
        self.progress.hide()
        self.cancel_button = self._button(self.tr("Cancel"), "outputCancel", self.tr("Stop saving"))
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(output.output_id))
        self.cancel_button.hide()
        # "Saved as <a long file name>": wrapped anywhere it must, never wider than the card.
        self.note = ElidedLabel("", self, max_lines=NOTE_LINES)
        self.note.setObjectName("outputNote")
        self.note.hide()

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.open_button)
        header.addWidget(self.copy_button)
        header.addWidget(self.save_button)
        self.body = QVBoxLayout()
        saving = QHBoxLayout()
        saving.addWidget(self.progress, 1)
        saving.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.body)
        layout.addLayout(saving)
        layout.addWidget(self.note)
        self._build_body()

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    def _build_body(self) -> None:
        output = self.output
        if self.is_text:
            self.text_view = TextOutput(output.url, self)
            self.body.addWidget(self.text_view)
            return
        if not self.allowed:
            # Shown as text only, never fetched or opened.
            self.body.addWidget(self._link_label("outputUnsafeUrl"))
            reason = self.verdict.reason if self.verdict is not None else None
            self.show_note(
                self.tr("{reason} It is shown as text only.").format(
                    reason=shown(reason) if reason else self.tr("This link is not opened.")
                )
            )
            self.save_button.setEnabled(False)
            return
        if output.type == "imageUrl":
            self.thumbnail = Thumbnail(self)
            self.thumbnail.clicked.connect(lambda: self.view_requested.emit(output.output_id))
            self.body.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignLeft)
        elif output.type in ("videoUrl", "audioUrl"):
            try:
                self.media = make_media_output(
                    QUrl(output.url),
                    video=output.type == "videoUrl",
                    load=self._load_multimedia,
                    parent=self,
                )
            except MediaUnavailable as exc:
                # The other outputs still show; this one opens in the system player.
                self.media_note = MediaUnavailableNote(exc.reason, self)
                self.body.addWidget(self.media_note)
                self.open_button.setVisible(True)
                self.open_button.setToolTip(self.tr("Play it in the system's player"))
            else:
                self.body.addWidget(self.media)
        elif output.type == "documentUrl":
            self.document = DocumentPreview(self)
            self.body.addWidget(self.document)
        else:
            self.body.addWidget(self._link_label("outputLink"))

    def _link_label(self, name: str) -> QLabel:
        """The output's link as selectable text that never widens the card.

        A signed link is hundreds of characters with no space to wrap at: as a label's
        minimum width it pushed the card's Save and Copy link out of view. The label takes
        the card's width; what does not fit is cut (Copy link copies it whole).
        """
        link = QLabel(self.output.url, self)
        link.setObjectName(name)
        link.setTextFormat(Qt.TextFormat.PlainText)
        link.setWordWrap(True)
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        link.setSizePolicy(policy)
        link.setMinimumWidth(1)
        link.setToolTip(self.output.url[:LINK_TOOLTIP_CHARS])
        return link

    # --- state -------------------------------------------------------------------------

    def show_note(self, text: str, *, kind: str = "info") -> None:
        self.note.setText(text)
        set_style_property(self.note, "kind", kind)
        self.note.setVisible(bool(text))

    def note_text(self) -> str:
        return self.note.text() if self.note.isVisibleTo(self) else ""

    def set_saving(self, saving: bool) -> None:
        self.progress.setVisible(saving)
        self.cancel_button.setVisible(saving)
        self.save_button.setEnabled(not saving and self.allowed)
        if saving:
            self.progress.setRange(0, 0)
            self.show_note(self.tr("Saving…"))

    def set_progress(self, received: int, total: int | None) -> None:
        if total:
            self.progress.setRange(0, 100)
            self.progress.setValue(min(100, round(received * 100 / total)))
        self.progress.setFormat(
            localized(self.tr("{kilobytes:,.0f} KB"), kilobytes=received / 1024)
        )

    def copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.output.url)

    def stop_media(self) -> None:
        stop = getattr(self.media, "stop", None)
        if stop is not None:
            stop()

    # --- drag out ------------------------------------------------------------------------

    def mime_data(self, local_file: Path | None) -> QMimeData:
        """What a drag carries: the downloaded file, else the web link; text as text."""
        mime = QMimeData()
        if self.is_text or not self.allowed:
            mime.setText(self.output.url)
            return mime
        if local_file is not None:
            mime.setUrls([QUrl.fromLocalFile(str(local_file))])
        else:
            mime.setUrls([QUrl(self.output.url)])
        mime.setText(self.output.url)
        return mime

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        start = self._drag_from
        if (
            start is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - start).manhattanLength()
            >= QApplication.startDragDistance()
        ):
            self._drag_from = None
            self.drag_started.emit(self.output.output_id)
            return
        super().mouseMoveEvent(event)


class OutputsView(QWidget):
    """A run's outputs (``outputsView``) with ``saveAllButton``; tasks owned, ``aclose()``.

    ``set_outputs(run_id, technique_name, outputs)`` shows them (thumbnails load in the
    background); ``save(output_id, folder)`` and ``save_all(folder)`` are the coroutines the
    buttons run after asking for a folder. Signals: ``saved(str)`` with the path.
    """

    saved = Signal(str)

    def __init__(self, tools: OutputTools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputsView")
        self.setAccessibleName(self.tr("Outputs"))
        self._tools = tools
        self._tasks = TaskOwner()
        self._cards: dict[str, OutputCard] = {}
        self._run_id = ""
        self._technique_name = ""
        self._shown: tuple[RunOutput, ...] = ()
        self._viewers: list[ImageViewer] = []
        self._last_saved: Path | None = None

        self.heading = QLabel(self.tr("Outputs"), self)
        self.heading.setObjectName("outputsHeading")
        self.save_all_button = QPushButton(self.tr("Save all…"), self)
        self.save_all_button.setObjectName("saveAllButton")
        self.save_all_button.setAccessibleName(self.tr("Save all outputs"))
        self.save_all_button.setToolTip(self.tr("Save every output into one folder"))
        self.save_all_button.clicked.connect(self._on_save_all)
        self.save_all_progress = QProgressBar(self)
        self.save_all_progress.setObjectName("saveAllProgress")
        self.save_all_progress.hide()
        self.save_all_cancel = QPushButton(self.tr("Cancel"), self)
        self.save_all_cancel.setObjectName("saveAllCancel")
        self.save_all_cancel.setAccessibleName(self.tr("Stop saving"))
        self.save_all_cancel.clicked.connect(lambda: self._tasks.cancel("save-all"))
        self.save_all_cancel.hide()
        self.show_folder_button = QPushButton(self.tr("Show in folder"), self)
        self.show_folder_button.setObjectName("showInFolderButton")
        self.show_folder_button.setAccessibleName(self.tr("Show the saved file in its folder"))
        self.show_folder_button.clicked.connect(self.show_in_folder)
        self.show_folder_button.hide()
        self.message = QLabel(shown(EMPTY_TEXT), self)
        self.message.setObjectName("outputsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self._list = QWidget(self)
        self._list.setObjectName("outputsList")
        self._grid = QGridLayout(self._list)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(GRID_SPACING)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._columns = 0

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.save_all_progress)
        header.addWidget(self.save_all_cancel)
        header.addWidget(self.show_folder_button)
        header.addWidget(self.save_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.message)
        # No scroll area of its own: every host (Launch, Runs, History) scrolls its detail,
        # and a scroll area inside another squashes to a sliver.
        layout.addWidget(self._list)
        layout.addStretch(1)
        self.save_all_button.setEnabled(False)

    # --- reading -----------------------------------------------------------------------

    @property
    def run_id(self) -> str:
        return self._run_id

    def cards(self) -> list[OutputCard]:
        return list(self._cards.values())

    def card(self, output_id: str) -> OutputCard | None:
        return self._cards.get(output_id)

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisibleTo(self) else ""

    @property
    def viewers(self) -> list[ImageViewer]:
        return [v for v in self._viewers if v.isVisible()]

    # --- showing -----------------------------------------------------------------------

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear(self, message: str = EMPTY_TEXT) -> None:
        self._tasks.cancel("thumbs")
        for key in [k for k in self._cards]:
            self._tasks.cancel(f"save:{key}")
        self._tasks.cancel("save-all")
        self._tasks.cancel("documents")
        for card in self._cards.values():
            card.stop_media()
            self._grid.removeWidget(card)
            card.deleteLater()
        self._cards.clear()
        self._columns = 0
        self._shown = ()
        self._run_id = ""
        self.save_all_button.setEnabled(False)
        self.set_message(message)

    def set_outputs(
        self,
        run_id: str,
        technique_name: str,
        outputs: Sequence[RunOutput],
        *,
        technique_id: str | None = None,
    ) -> None:
        """Show ``outputs`` of ``run_id``; the same outputs again keep their players as they are.

        Cards take the technique's names for its outputs when ``technique_id`` is known to
        ``OutputTools.schema_of``.
        """
        outputs = tuple(outputs)
        if run_id == self._run_id and outputs == self._shown:
            return
        self.clear("" if outputs else self.tr("This run gave no outputs."))
        self._run_id = run_id
        self._technique_name = technique_name
        self._shown = outputs
        technique = self._tools.schema_of(technique_id) if technique_id else None
        titles = output_titles(outputs, technique.outputs if technique else (), kind_word)
        for number, (output, title) in enumerate(
            zip(_distinct_ids(outputs), titles, strict=True), start=1
        ):
            card = OutputCard(
                output,
                number,
                self._list,
                load_multimedia=self._tools.load_multimedia,
                title=title,
            )
            card.save_requested.connect(self._on_save)
            card.cancel_requested.connect(self._on_cancel)
            card.open_requested.connect(self._on_open)
            card.view_requested.connect(self._on_view)
            card.drag_started.connect(self._on_drag)
            self._cards[output.output_id] = card
        self._reflow()
        self.save_all_button.setEnabled(any(c.allowed for c in self._cards.values()))
        if any(c.thumbnail is not None for c in self._cards.values()):
            self._tasks.spawn("thumbs", self._load_thumbnails())
        if any(c.document is not None and c.allowed for c in self._cards.values()):
            self._tasks.spawn("documents", self._load_documents())

    # --- the grid --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def grid_columns(self) -> int:
        return self._columns

    def _reflow(self) -> None:
        """Images side by side in as many columns as fit; every other output full width."""
        cards = list(self._cards.values())
        if not cards:
            return
        width = max(1, self.width())
        images = [c for c in cards if c.thumbnail is not None]
        columns = grid_columns(width, len(images))
        cell = (width - GRID_SPACING * (columns - 1)) // columns
        # A preview never hides the card's own buttons: keep it within most of the view.
        tall = max(THUMBNAIL_SIDE, self.window().height() * 3 // 5)
        side = max(THUMBNAIL_SIDE // 2, min(cell - 24, MAX_PREVIEW_SIDE, tall))
        for card in cards:
            self._grid.removeWidget(card)
        row = column = 0
        for card in cards:
            if card.thumbnail is not None:
                card.thumbnail.set_side(side)
                self._grid.addWidget(card, row, column)
                column += 1
                if column == columns:
                    row, column = row + 1, 0
                continue
            if column:
                row, column = row + 1, 0
            if card.document is not None:
                card.document.set_width(min(cell - 24, 480))
            self._grid.addWidget(card, row, 0, 1, columns)
            row += 1
        self._columns = columns
        for index in range(self._grid.columnCount()):
            self._grid.setColumnStretch(index, 1 if index < columns else 0)

    async def aclose(self) -> None:
        for viewer in self._viewers:
            viewer.close()
        for card in self._cards.values():
            card.stop_media()
        await self._tasks.aclose()

    # --- thumbnails and the full view ----------------------------------------------------

    async def _load_thumbnails(self) -> None:
        run_id, name = self._run_id, self._technique_name
        for card in list(self._cards.values()):
            if card.thumbnail is None:
                continue
            try:
                # Automatic: nobody clicked, so only what a thumbnail needs (issue 10 §5).
                path = await self._tools.cache.fetch(
                    card.output, technique_name=name, run_id=run_id, automatic=True
                )
                try:
                    image = await decode_image_async(path, PREVIEW_SIDE)
                except ImageDecodeError:
                    # A damaged copy must not stick: the next look fetches it again.
                    self._tools.cache.discard(run_id, card.output.output_id)
                    raise
            except (OutputSaveError, ImageDecodeError) as exc:
                card.thumbnail.set_problem(
                    self.tr("No preview: {problem}").format(problem=shown_error(exc))
                )
                # Too large only for an automatic fetch: a click still opens it in full.
                card.thumbnail.setEnabled(isinstance(exc, PreviewTooLargeError))
                continue
            card.thumbnail.set_image(image)

    def _on_view(self, output_id: str) -> None:
        self._tasks.spawn(f"view:{output_id}", self.view_full(output_id))

    async def view_full(self, output_id: str) -> ImageViewer | None:
        """Open the image full size in its own window (zoom, fit); decoded off the UI thread."""
        card = self._cards.get(output_id)
        if card is None or card.thumbnail is None:
            return None
        try:
            path = await self._tools.cache.fetch(
                card.output, technique_name=self._technique_name, run_id=self._run_id
            )
        except OutputSaveError as exc:
            card.show_note(shown_error(exc), kind="error")
            return None
        # The card's own title ("Hero visual"), not the output's raw id.
        title = self.tr("{name} — {output}").format(
            name=self._technique_name or self.tr("Output"), output=card.title.text()
        )
        viewer = ImageViewer(title, self.window())
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(lambda: self._forget_viewer(viewer))
        self._viewers.append(viewer)
        viewer.show()
        await viewer.load(path)
        return viewer

    def _forget_viewer(self, viewer: ImageViewer) -> None:
        if viewer in self._viewers:
            self._viewers.remove(viewer)

    # --- documents and opening in the system's app ------------------------------------

    async def _load_documents(self) -> None:
        run_id, name = self._run_id, self._technique_name
        for card in list(self._cards.values()):
            if card.document is None or not card.allowed:
                continue
            try:
                # Automatic: nobody clicked, so the preview's size limit applies.
                path = await self._tools.cache.fetch(
                    card.output, technique_name=name, run_id=run_id, automatic=True
                )
                page = await render_first_page_async(path)
            except (OutputSaveError, PreviewUnavailable) as exc:
                card.document.set_problem(
                    self.tr("No preview: {problem}").format(problem=shown_error(exc))
                )
                continue
            card.document.set_page(page)

    def _on_open(self, output_id: str) -> None:
        self._tasks.spawn(f"open:{output_id}", self.open_output(output_id))

    async def open_output(self, output_id: str) -> bool:
        """Open an output with the system's app: its local copy, else its web link."""
        card = self._cards.get(output_id)
        if card is None:
            return False
        if not self.open_document(output_id, check_only=True):
            return False
        try:
            path = await self._tools.cache.fetch(
                card.output, technique_name=self._technique_name, run_id=self._run_id
            )
        except OutputSaveError as exc:
            log.info("opening the link of %s instead of a local copy: %s", output_id, exc)
            return bool(self._tools.open_url(QUrl(card.output.url)))
        return bool(self._tools.open_url(QUrl.fromLocalFile(str(path))))

    def open_document(self, output_id: str, *, check_only: bool = False) -> bool:
        """Open an output's link with the system's app; only http/https links."""
        card = self._cards.get(output_id)
        if card is None:
            return False
        verdict = output_url_policy(card.output.url)
        if not verdict:
            card.show_note(
                shown(verdict.reason) if verdict.reason else self.tr("This link is not opened."),
                kind="error",
            )
            return False
        if check_only:
            return True
        return bool(self._tools.open_url(QUrl(card.output.url)))

    def show_in_folder(self) -> bool:
        """Open the folder of the file saved last in the system's file manager."""
        if self._last_saved is None:
            return False
        return bool(self._tools.open_url(QUrl.fromLocalFile(str(self._last_saved.parent))))

    @property
    def last_saved(self) -> Path | None:
        return self._last_saved

    # --- drag ----------------------------------------------------------------------------

    def drag_mime(self, output_id: str) -> QMimeData | None:
        """The drag payload for one output: its cached file when there is one."""
        card = self._cards.get(output_id)
        if card is None:
            return None
        return card.mime_data(self._tools.cache.cached(self._run_id, output_id))

    def _on_drag(self, output_id: str) -> None:
        card = self._cards.get(output_id)
        mime = self.drag_mime(output_id)
        if card is None or mime is None:
            return
        if (
            card.allowed
            and not card.is_text
            and self._tools.cache.cached(self._run_id, output_id) is None
        ):
            # This drag carries the link; fetch the file so the next one carries the file.
            self._tasks.spawn(f"cache:{output_id}", self._prefetch(card))
        drag = QDrag(card)
        drag.setMimeData(mime)
        if card.thumbnail is not None and card.thumbnail.has_image:
            drag.setPixmap(card.thumbnail.icon().pixmap(96, 96))
        drag.exec(Qt.DropAction.CopyAction)

    async def _prefetch(self, card: OutputCard) -> None:
        try:
            await self._tools.cache.fetch(
                card.output,
                technique_name=self._technique_name,
                run_id=self._run_id,
                automatic=True,
            )
        except OutputSaveError as exc:
            log.info("could not fetch %s for dragging: %s", card.output.output_id, exc)

    # --- saving --------------------------------------------------------------------------

    def _ask(self) -> Path | None:
        settings = self._tools.settings
        # The last folder used, else the output folder (FLORA in Pictures) or its parent.
        start = existing_folder(settings.output_folder_or_default())
        folder = self._tools.choose_folder(self, start)
        if folder is None:
            return None
        try:
            settings.output_folder = folder
        except ValueError:
            log.info("the chosen folder is not remembered")
        else:
            self._tasks.spawn("settings", self._save_settings())
        return folder

    async def _save_settings(self) -> None:
        try:
            await self._tools.settings.save()
        except OSError:
            log.warning("could not save the settings")

    def _on_cancel(self, output_id: str) -> None:
        # During "Save all" the card's Cancel stops the whole batch it belongs to.
        self._tasks.cancel(f"save:{output_id}")
        self._tasks.cancel("save-all")

    def _on_save(self, output_id: str) -> None:
        folder = self._ask()
        if folder is not None:
            self._tasks.spawn(f"save:{output_id}", self.save(output_id, folder))

    def _on_save_all(self) -> None:
        folder = self._ask()
        if folder is not None:
            self._tasks.spawn("save-all", self.save_all(folder))

    async def save(
        self, output_id: str, folder: Path, saved_at: datetime | None = None
    ) -> Path | None:
        """Save one output into ``folder``; the card shows progress and the result.

        The file is named for the technique, ``saved_at`` (now by default) and, when the
        run has several outputs, the card's number (``services.output_names``).
        """
        card = self._cards.get(output_id)
        if card is None or not card.allowed:
            return None
        card.set_saving(True)
        try:
            path = await save_readable(
                self._tools.downloader,
                card.output,
                folder,
                technique_name=self._technique_name or self.tr("FLORA output"),
                run_id=self._run_id,
                saved_at=saved_at or self._tools.now(),
                number=card.number if len(self._cards) > 1 else None,
                on_progress=card.set_progress,
            )
        except OutputSaveError as exc:
            card.set_saving(False)
            card.show_note(shown_error(exc), kind="error")
            return None
        except asyncio.CancelledError:
            card.set_saving(False)
            card.show_note(self.tr("Saving stopped; nothing was kept."))
            raise
        card.set_saving(False)
        card.show_note(self.tr("Saved as {name}").format(name=path.name))
        self._last_saved = path
        self.show_folder_button.show()
        self.saved.emit(str(path))
        return path

    async def save_all(self, folder: Path) -> list[Path]:
        """Save every output that may be fetched into ``folder``, one after another."""
        cards = [c for c in self._cards.values() if c.allowed]
        skipped = len(self._cards) - len(cards)
        saved: list[Path] = []
        self.save_all_button.setEnabled(False)
        self.save_all_progress.setRange(0, max(1, len(cards)))
        self.save_all_progress.setValue(0)
        self.save_all_progress.show()
        self.save_all_cancel.show()
        failed = 0
        # One time for the whole set: its files sort together and read as one save.
        saved_at = self._tools.now()
        try:
            for card in cards:
                path = await self.save(card.output.output_id, folder, saved_at)
                if path is None:
                    failed += 1
                else:
                    saved.append(path)
                self.save_all_progress.setValue(len(saved) + failed)
        except asyncio.CancelledError:
            self.set_message(
                self.tr("Stopped: {saved} of {total} saved.").format(
                    saved=len(saved), total=len(cards)
                )
            )
            raise
        finally:
            self.save_all_progress.hide()
            self.save_all_cancel.hide()
            self.save_all_button.setEnabled(bool(cards))
        parts = [
            self.tr("Saved {saved} of %n outputs to {folder}.", "", len(self._cards)).format(
                saved=len(saved), folder=folder
            )
        ]
        if skipped:
            parts.append(self.tr("%n not saved: their link is not a web link.", "", skipped))
        if failed:
            parts.append(self.tr("%n could not be saved; see the note on each.", "", failed))
        self.set_message(" ".join(parts))
        return saved
