"""The launcher's "Run as a batch…" button: opens the Batch window for the chosen technique.

Kept out of ``launcher.py`` (one line there adds it): the form's current values become the
batch's defaults, so inputs not batched take what the user typed.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QMenu, QMessageBox, QPushButton, QWidget

from flora_desktop.api.errors import FloraError
from flora_desktop.api.models import Technique, Workspace
from flora_desktop.services.batch_store import Batch, BatchStore
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.bring_forward import bring_forward
from flora_desktop.ui.pages.batch_dialog import BatchDialog

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient
    from flora_desktop.services.settings import Settings
    from flora_desktop.ui.widgets.inputs_editor import InputsEditor
    from flora_desktop.ui.widgets.run_bar import RunBar

__all__ = ["BatchEntry"]

RECENT_BATCHES = 15


class BatchEntry(QObject):
    """Adds the button to ``run_bar`` and owns the Batch windows it opens.

    Given the page (the windows' parent), its run bar and editor, and a ``selection``
    callable for the technique and workspace in use, not the page's own API. Signal:
    ``open_run_requested(str)``: a window's contact-sheet cell asks for its run.
    """

    open_run_requested = Signal(str)

    def __init__(
        self,
        page: QWidget,
        run_bar: RunBar,
        editor: InputsEditor,
        selection: Callable[[], tuple[Technique | None, Workspace | None]],
        client: FloraClient,
        settings: Settings,
        journal: object,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._editor = editor
        self._selection = selection
        self._client = client
        self._settings = settings
        self._journal = journal if isinstance(journal, SubmissionJournal) else None
        self.button = QPushButton(self.tr("Run as a &batch…"), run_bar)
        self.button.setObjectName("batchButton")
        self.button.setToolTip(
            self.tr("Run this technique once per row of a spreadsheet or a list of variations")
        )
        self.recent_button = QPushButton(self.tr("Batc&hes"), run_bar)
        self.recent_button.setObjectName("recentBatchesButton")
        self.recent_button.setToolTip(
            self.tr("Open a recent batch: its rows, outputs and manifest")
        )
        self.recent_menu = QMenu(self.recent_button)
        self.recent_button.setMenu(self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._recent: list[Batch] = []
        layout = run_bar.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(max(0, layout.count() - 1), self.recent_button)
            layout.insertWidget(max(0, layout.count() - 1), self.button)
        # Tab meets them where they are drawn: after Cancel, before Run.
        QWidget.setTabOrder(run_bar.cancel_button, self.recent_button)
        QWidget.setTabOrder(self.recent_button, self.button)
        QWidget.setTabOrder(self.button, run_bar.run_button)
        self.button.setVisible(self._journal is not None)
        self.recent_button.setVisible(False)  # shown once there is a batch to open
        self.button.clicked.connect(self.open)
        self.dialogs: list[BatchDialog] = []
        self._tasks = TaskOwner()
        self._started = False

    def start(self) -> None:
        """Once FLORA answered (the launcher's start): resume batches left running and read
        the recent ones. Not in ``__init__``: a task spawned there can be stepped inside
        another's nested event processing under qasync."""
        if self._journal is not None and not self._started:
            self._started = True
            self._tasks.spawn("resume", self.resume_interrupted())

    async def refresh_recent(self) -> None:
        """Read this account's recent batches for the "Batches" menu."""
        journal = self._journal
        if journal is None:
            return
        try:
            self._recent = await self._batch_store(journal).batches(limit=RECENT_BATCHES)
        except (sqlite3.Error, OSError, RuntimeError):
            return
        self.recent_button.setVisible(bool(self._recent))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for batch in self._recent:
            when = time.strftime("%d %b %H:%M", time.localtime(batch.created_at))
            label = self.tr("{technique} — {when}").format(
                technique=batch.technique_name or batch.technique_id, when=when
            )
            action = self.recent_menu.addAction(label)
            action.triggered.connect(lambda _c=False, b=batch: self.reopen(b))

    def reopen(self, batch: Batch, resume: bool = False) -> None:
        """Show a stored batch; "Resume batch" there (or ``resume``) finishes rows it left."""
        self._tasks.spawn(f"reopen-{batch.batch_id}", self._reopen(batch, resume=resume))

    async def _reopen(self, batch: Batch, *, resume: bool = False) -> BatchDialog | None:
        journal = self._journal
        if journal is None:
            return None
        for open_dialog in self.dialogs:
            if open_dialog.batch_id == batch.batch_id and (
                open_dialog.isVisible() or open_dialog.running
            ):
                # Already open, or closed while its rows in flight settle: one window and
                # one runner per batch.
                open_dialog.show()
                bring_forward(open_dialog)
                return open_dialog
        try:
            technique = await self._client.techniques.retrieve(batch.technique_id)
        except FloraError:
            QMessageBox.information(
                self._page,
                self.tr("Batch"),
                self.tr("FLORA could not be reached to open this batch; try again shortly."),
            )
            return None
        name = batch.workspace_name or batch.workspace_id
        store = self._batch_store(journal)
        dialog = self._dialog(
            journal, store, technique, Workspace(batch.workspace_id, name, ""), {}
        )
        dialog.show()
        await dialog.open_batch(batch, resume=resume)
        return dialog

    def _batch_store(self, journal: SubmissionJournal) -> BatchStore:
        return BatchStore(journal.store, journal.base_url, profile_id=journal.profile_id)

    async def resume_interrupted(self) -> list[BatchDialog]:
        """Open and resume every batch left ``running``; none of its rows starts twice."""
        journal = self._journal
        if journal is None:
            return []
        store = self._batch_store(journal)
        try:
            batches = [b for b in await store.batches() if b.state == "running"]
        except (sqlite3.Error, OSError, RuntimeError):
            return []
        await self.refresh_recent()
        opened: list[BatchDialog] = []
        for batch in batches:
            try:
                technique = await self._client.techniques.retrieve(batch.technique_id)
            except FloraError:
                continue  # not reachable now: it stays "running" for the next start
            workspace = Workspace(
                batch.workspace_id, batch.workspace_name or batch.workspace_id, ""
            )
            dialog = self._dialog(journal, store, technique, workspace, {})
            dialog.show()
            opened.append(dialog)
            self._tasks.spawn(f"open-{batch.batch_id}", dialog.open_batch(batch, resume=True))
        return opened

    def _dialog(
        self,
        journal: SubmissionJournal,
        store: BatchStore,
        technique: Technique,
        workspace: Workspace,
        defaults: Mapping[str, Any],
    ) -> BatchDialog:
        dialog = BatchDialog(
            self._client,
            journal,
            store,
            self._settings,
            technique,
            workspace,
            defaults=defaults,
            parent=self._page,
        )
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.finished_batch.connect(
            lambda _id: self._tasks.spawn("recent", self.refresh_recent())
        )
        dialog.open_run_requested.connect(self.open_run_requested)
        return dialog

    def _on_batch_finished(self, _batch_id: str) -> None:
        self._tasks.spawn("recent", self.refresh_recent())

    async def aclose(self) -> None:
        await self._tasks.aclose()

    def open(self) -> BatchDialog | None:
        page = self._page
        (technique, workspace), journal = self._selection(), self._journal
        if technique is None or workspace is None or journal is None:
            QMessageBox.information(
                page,
                self.tr("Batch"),
                self.tr("Choose a workspace and a technique first."),
            )
            return None
        defaults = self._editor.validate(reveal=False).inputs
        dialog = self._dialog(journal, self._batch_store(journal), technique, workspace, defaults)
        dialog.show()
        return dialog

    def _forget(self, dialog: BatchDialog) -> None:
        if dialog in self.dialogs and dialog._runner is None:
            self.dialogs.remove(dialog)
