"""Local files into media rows: the row's file bar, drag and drop, and the uploads behind them.

- ``FileInputBar``: under a media row's value, "Choose file…" (or drop a file on the row);
  while a file uploads, a progress bar and Cancel; afterwards what happened, in plain words.
- ``FileDropFilter``: an event filter that accepts drags of local files on the widgets it
  watches (a row and its fields, or the whole page) and hands the paths over.
- ``RowUploads``: turns "this file for that row" into an ``AssetUploader`` task per row
  (latest wins), shows its progress on the row's bar and, once the asset is ready, puts the
  asset's URL in the row as one undoable edit. Cancel leaves the row as it was.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from flora_desktop.api.errors import (
    APIConnectionError,
    AssetUploadError,
    FloraError,
    PermissionDeniedError,
)
from flora_desktop.services import inputs as svc
from flora_desktop.services.inputs import InputRow
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.services.uploads import (
    AssetUploader,
    UploadProgress,
    UploadRefused,
    accepted_types,
    check_file,
)
from flora_desktop.ui.messages import describe_error
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.value_editors import set_property

if TYPE_CHECKING:
    from flora_desktop.ui.widgets.inputs_editor import InputsEditor

__all__ = [
    "FileChooser",
    "FileDropFilter",
    "FileInputBar",
    "RowUploads",
    "file_dialog_filter",
    "filled_row",
    "local_files",
    "upload_error_text",
]

log = logging.getLogger(__name__)

# (parent, title, name filter) -> the chosen path, or None when the person cancelled.
FileChooser = Callable[[QWidget, str, str], str | None]
# Steps of the progress bar (per mille, so a 5 GB file still moves it).
PROGRESS_STEPS = 1000

_EXTENSIONS = {
    "imageUrl": "*.jpg *.jpeg *.png *.webp *.gif *.avif *.heic *.heif",
    "videoUrl": "*.mp4 *.m4v *.webm *.mov",
    "audioUrl": "*.mp3 *.wav *.ogg *.oga",
    "documentUrl": "*.pdf",
}
_FILTER_NAMES = {
    "imageUrl": QT_TRANSLATE_NOOP("FileDrop", "Images"),
    "videoUrl": QT_TRANSLATE_NOOP("FileDrop", "Videos"),
    "audioUrl": QT_TRANSLATE_NOOP("FileDrop", "Sound files"),
    "documentUrl": QT_TRANSLATE_NOOP("FileDrop", "PDF documents"),
}


def local_files(mime: QMimeData | None) -> list[Path]:
    """The local files a drag carries (web links and other data are not files)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def file_dialog_filter(input_type: str) -> str:
    """ "Images (*.jpg *.png …);;All files (*)" for the file dialog."""
    name = shown(_FILTER_NAMES.get(input_type, QT_TRANSLATE_NOOP("FileDrop", "Files")))
    everything = QCoreApplication.translate("FileDrop", "All files (*)")
    return f"{name} ({_EXTENSIONS.get(input_type, '*')});;{everything}"


def _dialog_chooser(parent: QWidget, title: str, name_filter: str) -> str | None:
    path, _selected = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return path or None


def filled_row(row: InputRow, url: str) -> InputRow:
    """The row holding ``url``: a list row gets it as a new item (in place of a blank last one)."""
    mode = svc.natural_mode(row.schema)
    if mode == "list":
        items = list(row.value) if row.mode == "list" and isinstance(row.value, list) else []
        if items and not items[-1].strip():
            items.pop()
        return InputRow(row.key, [*items, url], "list", row.schema)
    return InputRow(row.key, url, mode, row.schema)


def upload_error_text(error: FloraError, file_name: str) -> str:
    """What to say under the row when an upload failed (the row keeps its old value)."""
    if isinstance(error, AssetUploadError):
        if error.status_code is not None:
            return QCoreApplication.translate(
                "FileDrop", "“{name}” was not uploaded: the file storage refused it. Try again."
            ).format(name=file_name)
        if error.status == "failed":
            return QCoreApplication.translate(
                "FileDrop", "FLORA could not process “{name}”. Try another file."
            ).format(name=file_name)
        return QCoreApplication.translate(
            "FileDrop", "FLORA took too long to process “{name}”. Try again."
        ).format(name=file_name)
    if isinstance(error, PermissionDeniedError):
        return QCoreApplication.translate(
            "FileDrop", "You can't upload files to this workspace. Choose another workspace."
        )
    if isinstance(error, APIConnectionError):
        return QCoreApplication.translate(
            "FileDrop", "“{name}” was not uploaded: FLORA is not answering. Check your connection."
        ).format(name=file_name)
    message = describe_error(error)
    return QCoreApplication.translate(
        "FileDrop", "“{name}” was not uploaded. {title}. {what_to_do}"
    ).format(name=file_name, title=shown(message.title), what_to_do=shown(message.what_to_do))


class FileInputBar(QWidget):
    """Under a media row's value: "Choose file…", or a progress bar and Cancel while uploading.

    Signals: ``choose_clicked()``, ``cancel_clicked()``.
    """

    choose_clicked = Signal()
    cancel_clicked = Signal()

    IDLE_HINT = QT_TRANSLATE_NOOP("FileInputBar", "or drop a file on this row")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileInput")
        self.setProperty("busy", False)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.choose_button.clicked.connect(self.choose_clicked)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("uploadProgress")
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelUploadButton")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self.cancel_button.hide()
        self.status = QLabel(shown(self.IDLE_HINT), self)
        self.status.setObjectName("uploadStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setProperty("problem", False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.status, 1)
        self._file_name = ""

    @property
    def busy(self) -> bool:
        return bool(self.property("busy"))

    def status_text(self) -> str:
        return self.status.text()

    def focus_chain(self) -> list[QWidget]:
        return [self.choose_button, self.cancel_button]

    def set_names(self, key: str, label: str) -> None:
        """``fileInput:<key>`` and its parts, with names for screen readers."""
        self.setObjectName(f"fileInput:{key}")
        self.choose_button.setObjectName(f"chooseFileButton:{key}")
        self.choose_button.setAccessibleName(
            self.tr("Choose a file for {input}").format(input=label)
        )
        self.choose_button.setToolTip(
            self.tr("Upload a file from this computer for {input}").format(input=label)
        )
        self.progress.setObjectName(f"uploadProgress:{key}")
        self.progress.setAccessibleName(self.tr("Upload progress for {input}").format(input=label))
        self.cancel_button.setObjectName(f"cancelUploadButton:{key}")
        self.cancel_button.setAccessibleName(
            self.tr("Cancel the upload for {input}").format(input=label)
        )
        self.status.setObjectName(f"uploadStatus:{key}")

    def start(self, file_name: str) -> None:
        """Uploading ``file_name``: progress and Cancel replace the button."""
        self._file_name = file_name
        self._set_busy(True)
        self.progress.setRange(0, 0)  # busy until the first bytes are counted
        self.progress.setFormat("")
        self._say(self.tr("Uploading “{name}”…").format(name=file_name))

    def set_progress(self, progress: UploadProgress) -> None:
        fraction = progress.fraction
        if fraction is not None:
            self.progress.setRange(0, PROGRESS_STEPS)
            self.progress.setValue(round(fraction * PROGRESS_STEPS))
            self.progress.setFormat(f"{fraction:.0%}")
            self._say(self.tr("Uploading “{name}”…").format(name=self._file_name))
        elif progress.stage == "processing":
            self.progress.setRange(0, 0)
            self._say(self.tr("FLORA is processing “{name}”…").format(name=self._file_name))
        elif progress.stage == "retrying":
            self.progress.setRange(0, 0)
            self._say(self.tr("Trying “{name}” again…").format(name=self._file_name))

    def finish(self, text: str, *, problem: bool = False) -> None:
        """Back to "Choose file…" with ``text`` beside it."""
        self._set_busy(False)
        self._say(text, problem=problem)

    def reset(self) -> None:
        self.finish(shown(self.IDLE_HINT))

    def _set_busy(self, busy: bool) -> None:
        set_property(self, "busy", busy)
        self.choose_button.setVisible(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy and self.choose_button.hasFocus():
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not busy and self.cancel_button.hasFocus():
            self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        # Live text: mirrored into the description so screen readers hear changes.
        self.status.setAccessibleDescription(text)
        set_property(self.status, "problem", problem)


class FileDropFilter(QObject):
    """Accepts drags of local files on watched widgets and calls ``on_drop(paths, widget)``.

    ``watch(widget)`` covers the widget and (by default) its children: a text field would
    otherwise take the drop and paste the file's path as text.
    """

    def __init__(
        self, on_drop: Callable[[list[Path], QWidget], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._on_drop = on_drop

    def watch(self, widget: QWidget, *, children: bool = True) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        if children:
            for child in widget.findChildren(QWidget):
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if not local_files(event.mimeData()):
                return False
            event.acceptProposedAction()
            _highlight(watched, True)
            return True
        if kind == QEvent.Type.DragLeave:
            _highlight(watched, False)
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = local_files(event.mimeData())
            _highlight(watched, False)
            if not paths or not isinstance(watched, QWidget):
                return False
            event.acceptProposedAction()
            self._on_drop(paths, watched)
            return True
        return False


def _highlight(watched: QObject, on: bool) -> None:
    # The row under the pointer shows it will take the file (style: [dropTarget="true"]).
    widget = watched if isinstance(watched, QWidget) else None
    while widget is not None and not widget.property("acceptsFiles"):
        widget = widget.parentWidget()
    if widget is not None:
        set_property(widget, "dropTarget", on)


class RowUploads(QObject):
    """Uploads for the editor's media rows: one task per row, latest wins, cancellable.

    ``workspace_id()`` says where assets go (None: no workspace chosen yet); ``choose_file``
    replaces the native file dialog (tests). Signals: ``notice(str)`` for what cannot be
    said on a row (a file dropped on the page that no input takes), ``filled(str key)``.
    """

    notice = Signal(str)
    filled = Signal(str)

    def __init__(
        self,
        editor: InputsEditor,
        uploader: AssetUploader,
        workspace_id: Callable[[], str | None],
        choose_file: FileChooser | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._uploader = uploader
        self._workspace_id = workspace_id
        self._choose_file = choose_file or _dialog_chooser
        self._tasks = TaskOwner()
        self._closed = False
        # Which upload is the row's current one: a replaced upload must not touch the bar.
        self._tokens: dict[int, int] = {}
        self._next_token = 1
        editor.file_requested.connect(self.choose_for)
        editor.files_dropped.connect(self._on_files_dropped)
        editor.upload_cancel_requested.connect(self.cancel)
        # A new technique, a preset or the JSON view replaced the rows: their uploads stop.
        editor.model.modelReset.connect(self._cancel_for_gone_rows)

    def uploading(self, uid: int) -> bool:
        return self._tasks.running(f"upload:{uid}")

    def choose_for(self, uid: int) -> None:
        """Ask for a file (dialog or injected chooser) and upload it for the row."""
        row = self._row(uid)
        if row is None or row.schema is None:
            return
        title = self.tr("Choose a file for {input}").format(input=row.schema.name or row.key)
        path = self._choose_file(self._editor, title, file_dialog_filter(row.schema.type))
        if path:
            self.start(uid, Path(path))

    def start(self, uid: int, path: Path) -> None:
        """Upload ``path`` for the row ``uid``; a running upload for the row is replaced."""
        row = self._row(uid)
        bar = self._bar(uid)
        if row is None or row.schema is None or bar is None or self._closed:
            return
        if self._editor.is_read_only():
            bar.finish(
                self.tr("Wait until the run has started, then choose the file again."),
                problem=True,
            )
            return
        workspace_id = self._workspace_id()
        if workspace_id is None:
            bar.finish(self.tr("Choose a workspace first: files are uploaded to it."), problem=True)
            return
        bar.start(path.name)
        token = self._new_token(uid)
        self._tasks.spawn(
            f"upload:{uid}", self._upload(uid, path, row.schema.type, workspace_id, token)
        )

    def cancel(self, uid: int) -> None:
        """Stop the row's upload; the row keeps the value it had."""
        self._tasks.cancel(f"upload:{uid}")

    def drop_anywhere(self, paths: Sequence[Path]) -> None:
        """A file dropped on the page, not on a row: it goes to the first input that takes it."""
        if not paths or self._closed:
            return
        path = paths[0]
        self._tasks.spawn("route-drop", self._route(path))

    async def aclose(self) -> None:
        self._closed = True
        await self._tasks.aclose()

    def cancel_all(self) -> None:
        """Stop every upload."""
        for uid in list(self._tokens):
            self.cancel(uid)

    def _cancel_for_gone_rows(self) -> None:
        for uid in list(self._tokens):
            if not self._editor.model.has_uid(uid):
                self.cancel(uid)
                del self._tokens[uid]

    # --- internals ------------------------------------------------------------------------

    def _row(self, uid: int) -> InputRow | None:
        model = self._editor.model
        return model.row_by_uid(uid) if model.has_uid(uid) else None

    def _bar(self, uid: int) -> FileInputBar | None:
        widget = self._editor.row_widget_by_uid(uid)
        return widget.file_bar if widget is not None else None

    def _on_files_dropped(self, uid: int, paths: list[Path]) -> None:
        row = self._row(uid)
        if row is None:
            return
        if len(paths) > 1 and not (row.schema is not None and row.schema.allow_multiple):
            bar = self._bar(uid)
            if bar is not None:
                bar.finish(self.tr("This input takes one file: drop one at a time."), problem=True)
            return
        if len(paths) > 1 and not self._closed:
            token = self._new_token(uid)
            self._tasks.spawn(f"upload:{uid}", self._upload_several(uid, list(paths), token))
            return
        self.start(uid, paths[0])

    def _new_token(self, uid: int) -> int:
        token = self._next_token
        self._next_token += 1
        self._tokens[uid] = token
        return token

    async def _upload_several(self, uid: int, paths: list[Path], token: int) -> None:
        for path in paths:
            row = self._row(uid)
            bar = self._bar(uid)
            workspace_id = self._workspace_id()
            if row is None or row.schema is None or bar is None or workspace_id is None:
                return
            bar.start(path.name)
            if not await self._upload(uid, path, row.schema.type, workspace_id, token):
                return

    async def _upload(
        self, uid: int, path: Path, input_type: str, workspace_id: str, token: int
    ) -> bool:
        def on_progress(progress: UploadProgress) -> None:
            bar = self._bar(uid)
            if bar is not None and self._tokens.get(uid) == token:
                bar.set_progress(progress)

        try:
            asset = await self._uploader.upload(
                path, workspace_id=workspace_id, input_type=input_type, on_progress=on_progress
            )
        except asyncio.CancelledError:
            self._finish(
                uid, token, self.tr("Upload of “{name}” cancelled.").format(name=path.name)
            )
            raise
        except UploadRefused as refused:
            self._finish(uid, token, shown(refused.message), problem=True)
            return False
        except FloraError as error:
            log.info("upload for a row failed: %s", type(error).__name__)
            self._finish(uid, token, upload_error_text(error, path.name), problem=True)
            return False
        row = self._row(uid)
        if row is None or asset.url is None:
            log.info("upload finished for a row that is gone; nothing filled")
            return False
        label = row.schema.name if row.schema is not None else row.key
        undo_text = self.tr("Upload {name} to {input}").format(name=path.name, input=label)
        self._editor.edit_row(uid, filled_row(row, asset.url), undo_text)
        self._finish(uid, token, self.tr("Uploaded “{name}”.").format(name=path.name))
        self.filled.emit(row.key)
        return True

    def _finish(self, uid: int, token: int, text: str, *, problem: bool = False) -> None:
        bar = self._bar(uid)
        if bar is not None and self._tokens.get(uid) == token:
            bar.finish(text, problem=problem)

    async def _route(self, path: Path) -> None:
        rows = [
            (uid, row)
            for uid, row in zip(self._editor.model.uids(), self._editor.model.rows(), strict=True)
            if row.schema is not None and accepted_types(row.schema.type)
        ]
        if not rows:
            self.notice.emit(self.tr("This technique takes no files."))
            return
        refusals: list[str] = []
        fitting: list[tuple[int, InputRow]] = []
        for uid, row in rows:
            assert row.schema is not None
            try:
                await asyncio.to_thread(check_file, path, row.schema.type)
            except UploadRefused as refused:
                refusals.append(shown(refused.message))
                continue
            fitting.append((uid, row))
        if not fitting:
            self.notice.emit(
                refusals[0]
                if len(rows) == 1
                else self.tr("None of the inputs takes “{name}”.").format(name=path.name)
            )
            return
        empty = [item for item in fitting if svc.is_empty_value(item[1].value)]
        uid, _row = (empty or fitting)[0]
        widget = self._editor.row_widget_by_uid(uid)
        if widget is not None:
            self._editor.reveal_row(uid)
        self.start(uid, path)
