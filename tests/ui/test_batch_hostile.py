"""The Batch window against a hostile disk and a hostile user (a reviewer's tests)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch_store import BatchStore
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore
from flora_desktop.services.settings import Settings
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.ui.pages.batch_dialog import BatchDialog
from tests.conftest import reset_sandbox
from tests.disk_faults import small_disk
from tests.ui.batch_steps import import_rows
from tests.ui.conftest import Wait

IMAGE = "http://127.0.0.1:9/photo-{}.png"


def _runs(sandbox: SandboxServer) -> list[dict[str, Any]]:
    runs: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/runs").json()["runs"]
    return runs


@pytest_asyncio.fixture
async def dialog(
    sandbox: SandboxServer, sandbox_client: FloraClient, tmp_path: Path, qtbot: QtBot
) -> Any:
    reset_sandbox(sandbox, run_seconds=0.05)
    settings = Settings(tmp_path / "settings.json")
    settings.output_folder = tmp_path / "outputs"
    settings.poll_interval = 2.0
    async with HistoryStore(tmp_path / HISTORY_FILE_NAME) as history:
        technique = await sandbox_client.techniques.retrieve("background-remover")
        workspace = next(w for w in await sandbox_client.workspaces.list() if w.role == "owner")
        widget = BatchDialog(
            sandbox_client,
            SubmissionJournal(history, sandbox_client.base_url),
            BatchStore(history, sandbox_client.base_url),
            settings,
            technique,
            workspace,
        )
        qtbot.addWidget(widget)
        widget.show()
        yield widget
        widget.close()
        await widget._tasks.aclose()


def _csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Image"])
        writer.writerows([f"look {i}", IMAGE.format(i)] for i in range(rows))
    return path


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
    await import_rows(dialog, _csv(tmp_path / "rows.csv", 3))
    with small_disk(tmp_path, "out") as disk:
        dialog.out_dir = disk.root
        disk.fill()
        QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        await wait(lambda: _ended(dialog))
        assert len(_runs(sandbox)) == 3
        assert "could not be written" in dialog.summary.text()
        assert dialog.resume_button.isVisible()
        disk.free()
        QTest.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
        QTest.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)  # a double-click
        await wait(lambda: _ended(dialog) and all(row.saved for row in dialog.model.rows))
        assert len(_runs(sandbox)) == 3
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
    await import_rows(dialog, _csv(tmp_path / "rows.csv", 4))
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    dialog.close()
    await dialog._tasks.wait("start")
    assert _runs(sandbox) == []
    assert dialog._runner is None
    assert dialog.batch_id is not None  # recorded: History can reopen and resume it


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["escape", "close button"])
async def test_escape_or_close_while_the_batch_starts_starts_no_run(
    sandbox: SandboxServer, dialog: BatchDialog, tmp_path: Path, how: str
) -> None:
    """Escape and the footer's Close hide the window as its title bar's close does: while
    the batch is starting, none of its rows may go out in a window nobody sees."""
    await import_rows(dialog, _csv(tmp_path / "rows.csv", 3))
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    if how == "escape":
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    await dialog._tasks.wait("start")
    assert _runs(sandbox) == []
    assert dialog._runner is None
