"""The Batch window against a hostile disk and a hostile user (a reviewer's tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.ui.pages.batch_dialog import BatchDialog
from tests.disk_faults import small_disk
from tests.ui.batch_steps import dialog, import_rows, rows_csv, sandbox_runs
from tests.ui.conftest import Wait

__all__ = ["dialog"]  # the fixture, re-exported so pytest finds it here


def _ended(dialog: BatchDialog) -> bool:
    rows = dialog.model.rows
    return dialog._runner is None and bool(rows) and all(row.ended for row in rows)


@pytest.mark.asyncio
async def test_a_full_out_folder_is_said_and_resume_saves_the_paid_outputs(
    sandbox: SandboxServer, dialog: BatchDialog, tmp_path: Path, wait: Wait
) -> None:
    """Every run completes (billed) but the folder's disk is full: the window says so and
    offers Resume, which saves the outputs and the manifest once there is space, starting
    no run again."""
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 3))
    with small_disk(tmp_path, "out") as disk:
        dialog.out_dir = disk.root
        disk.fill()
        QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        await wait(lambda: _ended(dialog))
        assert len(sandbox_runs(sandbox)) == 3
        assert "could not be written" in dialog.summary.text()
        assert dialog.resume_button.isVisible()
        disk.free()
        QTest.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
        QTest.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)  # a double-click
        await wait(lambda: _ended(dialog) and all(row.saved for row in dialog.model.rows))
        assert len(sandbox_runs(sandbox)) == 3
        assert "could not be written" not in dialog.summary.text()
        assert not dialog.resume_button.isVisible()
        manifest = (disk.root / "manifest.csv").read_text(encoding="utf-8")
        assert manifest.count("completed") == 3
        assert (disk.root / "look 0 - Background Remover.png").exists()


@pytest.mark.asyncio
async def test_closing_the_window_while_the_batch_starts_starts_no_run(
    sandbox: SandboxServer, dialog: BatchDialog, tmp_path: Path
) -> None:
    """Start, then close at once (the batch is being recorded, its folder made): closing a
    running batch cancels it, and so must closing one that is starting. Otherwise it runs
    every row, billed, in a window nobody sees."""
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 4))
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    dialog.close()
    await dialog._tasks.wait("start")
    assert sandbox_runs(sandbox) == []
    assert dialog._runner is None
    assert dialog.batch_id is not None  # recorded: History can reopen and resume it


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["escape", "close button"])
async def test_escape_or_close_while_the_batch_starts_starts_no_run(
    sandbox: SandboxServer, dialog: BatchDialog, tmp_path: Path, how: str
) -> None:
    """Escape and the footer's Close hide the window as its title bar's close does: while
    the batch is starting, none of its rows may go out in a window nobody sees."""
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 3))
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    if how == "escape":
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    await dialog._tasks.wait("start")
    assert sandbox_runs(sandbox) == []
    assert dialog._runner is None
