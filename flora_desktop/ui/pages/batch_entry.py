"""The launcher's "Run as a batch…" button: opens the Batch window for the chosen technique.

Kept out of ``launcher.py`` (one line there adds it): the form's current values become the
batch's defaults, so inputs not batched take what the user typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QPushButton

from flora_desktop.services.batch_store import BatchStore
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.ui.pages.batch_dialog import BatchDialog

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient
    from flora_desktop.services.settings import Settings
    from flora_desktop.ui.pages.launcher import LauncherPage

__all__ = ["BatchEntry"]


class BatchEntry(QObject):
    """Adds the button to ``page.run_bar`` and owns the Batch windows it opens."""

    def __init__(
        self, page: LauncherPage, client: FloraClient, settings: Settings, journal: object
    ) -> None:
        super().__init__(page)
        self._page = page
        self._client = client
        self._settings = settings
        self._journal = journal if isinstance(journal, SubmissionJournal) else None
        self.button = QPushButton(self.tr("Run as a &batch…"), page.run_bar)
        self.button.setObjectName("batchButton")
        self.button.setToolTip(
            self.tr("Run this technique once per row of a spreadsheet or a list of variations")
        )
        layout = page.run_bar.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(max(0, layout.count() - 1), self.button)
        self.button.setVisible(self._journal is not None)
        self.button.clicked.connect(self.open)
        self.dialogs: list[BatchDialog] = []

    def open(self) -> BatchDialog | None:
        page = self._page
        technique, workspace, journal = page.technique, page.workspace, self._journal
        if technique is None or workspace is None or journal is None:
            QMessageBox.information(
                page,
                self.tr("Batch"),
                self.tr("Choose a workspace and a technique first."),
            )
            return None
        defaults = page.editor.validate(reveal=False).inputs
        dialog = BatchDialog(
            self._client,
            journal,
            BatchStore(journal.store, journal.base_url, profile_id=journal.profile_id),
            self._settings,
            technique,
            workspace,
            defaults=defaults,
            parent=page,
        )
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.show()
        return dialog

    def _forget(self, dialog: BatchDialog) -> None:
        if dialog in self.dialogs and dialog._runner is None:
            self.dialogs.remove(dialog)
