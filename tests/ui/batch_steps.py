"""Steps the batch window's tests take as a user does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from flora_desktop.ui.pages.batch_dialog import BatchDialog
from flora_desktop.ui.widgets.batch_mapping import BatchMappingDialog


async def import_rows(dialog: BatchDialog, path: Path) -> BatchMappingDialog:
    """Import ``path`` as a user does: read, then "Use these columns" in the column step."""
    mapping = await dialog.import_table(path)
    assert mapping is not None
    assert mapping.isVisible()
    QTest.mouseClick(mapping.use_button, Qt.MouseButton.LeftButton)
    assert not mapping.isVisible()
    await dialog.settle()  # the rows are made off the UI thread
    return mapping
