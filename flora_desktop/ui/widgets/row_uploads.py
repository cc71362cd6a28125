"""Local files into media rows: the controller above the editor that uploads them.

``RowUploads`` turns "this file for that row" (the row's "Choose file…", a drop on a row or
on the page) into an ``AssetUploader`` task per row (latest wins), shows its progress on the
row's ``FileInputBar`` and, once the asset is ready, puts the asset's URL in the row as one
undoable edit. Cancel leaves the row as it was.

Levels, so no import cycle remains: ``file_input_bar`` (leaf widget) and
``file_drop_filter`` (generic event filter) know nothing of the editor; the editor and its
rows use them; this controller sits above the editor and drives it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

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
from flora_desktop.ui.widgets.file_input_bar import FileInputBar
from flora_desktop.ui.widgets.inputs_editor import InputsEditor

__all__ = [
    "FileChooser",
    "RowUploads",
    "file_dialog_filter",
    "filled_row",
    "upload_error_text",
]

log = logging.getLogger(__name__)

# (parent, title, name filter) -> the chosen path, or None when the person cancelled.
FileChooser = Callable[[QWidget, str, str], str | None]

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
        # The preview reads the file itself rather than fetching it back.
        self._editor.media.remember_local(asset.url, path)
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
