"""The launcher's file and sharing tools: uploads into media rows, "Copy as…", presets.

``LauncherTools`` builds them for one inputs editor and puts them in its toolbar; the page
that owns it only forwards technique changes and closes it. It is given the editor, the
widget files may be dropped on, and a ``selection`` callable for the technique and
workspace in use (never the page itself), plus the client (uploads), the connection (the
key, for "Copy as… with key" only) and the drafts folder (presets live beside drafts in
the data folder unless a ``PresetStore`` is given).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from flora_desktop.api.models import Technique, Workspace
from flora_desktop.services.presets import PresetStore
from flora_desktop.services.share import ShareRequest
from flora_desktop.services.uploads import AssetUploader
from flora_desktop.ui.file_dialogs import InputFileChooser
from flora_desktop.ui.widgets.copy_as_menu import ConfirmReveal, CopyAsButton
from flora_desktop.ui.widgets.file_drop_filter import FileDropFilter
from flora_desktop.ui.widgets.notice_label import NoticeLabel
from flora_desktop.ui.widgets.presets_menu import PresetDialogs, PresetsButton
from flora_desktop.ui.widgets.row_uploads import FileChooser, RowUploads

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient
    from flora_desktop.services.drafts import DraftStore
    from flora_desktop.services.session import Connection
    from flora_desktop.ui.widgets.inputs_editor import InputsEditor

__all__ = ["LauncherTools", "ToolOptions"]

log = logging.getLogger(__name__)

PRESETS_DIR_NAME = "presets"


@dataclass(frozen=True)
class ToolOptions:
    """What a host (the app, a test) may supply instead of the defaults: the presets store,
    and the file chooser and questions that would otherwise open native dialogs."""

    presets: PresetStore | None = None
    choose_file: FileChooser | None = None
    confirm_reveal: ConfirmReveal | None = None
    preset_dialogs: PresetDialogs | None = None
    # Seconds between asset status checks while FLORA processes an upload (SDK default).
    upload_poll_interval: float = 1.0


class LauncherTools(QObject):
    """Uploads, "Copy as…" and presets for one launcher page (see the module docstring)."""

    def __init__(
        self,
        editor: InputsEditor,
        page: QWidget,
        selection: Callable[[], tuple[Technique | None, Workspace | None]],
        client: FloraClient,
        connection: Connection,
        drafts: DraftStore,
        options: ToolOptions | None = None,
    ) -> None:
        super().__init__(page)
        options = options or ToolOptions()
        self._editor = editor
        self._selection = selection
        self._client = client
        self._connection = connection
        store = options.presets or PresetStore(
            Path(drafts.directory).parent / PRESETS_DIR_NAME,
            secrets=lambda: (connection.api_key,),
            notices=drafts.notices,  # the one channel for "kept your damaged file as …"
        )
        self.uploads = RowUploads(
            editor,
            AssetUploader(client, poll_interval=options.upload_poll_interval),
            self._workspace_id,
            # The last folder used, else Pictures (ui/file_dialogs.py).
            choose_file=options.choose_file or InputFileChooser(),
            parent=self,
        )
        self.notice = NoticeLabel(page)
        self.presets = PresetsButton(store, editor, options.preset_dialogs, page)
        self.copy_as = CopyAsButton(self._share_request, options.confirm_reveal, page)
        # The notice takes most of the free space left of the buttons.
        editor.add_toolbar_widget(self.notice, stretch=3)
        editor.add_toolbar_widget(self.presets)
        editor.add_advanced_tool(self.copy_as)  # shown with "Advanced" on
        # Tab reaches the tools in the order they are drawn: … Presets, Copy as…, Undo …
        before = editor.undo_button.previousInFocusChain()
        for tool in (self.presets, self.copy_as, editor.undo_button):
            if before is not None:
                QWidget.setTabOrder(before, tool)
            before = tool
        self.uploads.notice.connect(lambda text: self.notice.show_notice(text, problem=True))
        self.presets.notice.connect(self._show_notice)
        self.copy_as.notice.connect(self._show_notice)
        # A file dropped anywhere on the page (not on a row) goes to the first input taking it.
        self._page_drop = FileDropFilter(lambda paths, _w: self.uploads.drop_anywhere(paths), self)
        self._page_drop.watch(page, children=False)

    def technique_changed(self, technique: Technique | None) -> None:
        """The editor now shows ``technique``: uploads for old rows stop, presets reload."""
        self.uploads.cancel_all()
        self.presets.set_technique(technique)

    async def aclose(self) -> None:
        await self.uploads.aclose()
        await self._editor.aclose()
        await self.presets.aclose()

    def _show_notice(self, text: str, problem: bool) -> None:
        self.notice.show_notice(text, problem=problem)

    def _workspace_id(self) -> str | None:
        _technique, workspace = self._selection()
        return workspace.workspace_id if workspace is not None else None

    def _share_request(self) -> ShareRequest | str:
        technique, workspace = self._selection()
        if technique is None:
            return self.tr("Choose a technique first.")
        if workspace is None:
            return self.tr("Choose a workspace first.")
        built = self._editor.validate()
        if built.problems:
            return self.tr("Fix the marked inputs first, then copy.")
        return ShareRequest(
            base_url=self._client.base_url,
            technique_id=technique.technique_id,
            workspace_id=workspace.workspace_id,
            inputs=built.inputs,
            api_key=self._connection.api_key,
        )
