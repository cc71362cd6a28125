"""Steps the batch window's tests take as a user does."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import httpx
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch_store import Batch, BatchRow, BatchSource, BatchStore
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore
from flora_desktop.services.settings import Settings
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.services.submit import Submission
from flora_desktop.ui.pages.batch_dialog import BatchDialog
from flora_desktop.ui.widgets.batch_mapping import BatchMappingDialog
from tests.conftest import reset_sandbox

# Links on loopback that answer nothing: the review's thumbnails fail fast and quietly,
# and nothing leaves this computer.
IMAGE = "http://127.0.0.1:9/photo-{}.png"


def post_fault(sandbox: SandboxServer, **body: Any) -> None:
    """A sandbox fault, on starting a run unless ``body`` says where."""
    body = {"path": "/api/v1/runs/technique", "method": "POST", **body}
    httpx.post(f"{sandbox.root_url}/_sandbox/faults", json=body).raise_for_status()


def sandbox_runs(sandbox: SandboxServer) -> list[dict[str, Any]]:
    """Every run the sandbox started (what FLORA would bill)."""
    runs: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/runs").json()["runs"]
    return runs


def rows_csv(path: Path, rows: int) -> Path:
    """A spreadsheet of ``rows`` rows: a name and a picture link each."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Image"])
        writer.writerows([f"look {i}", IMAGE.format(i)] for i in range(rows))
    return path


@pytest_asyncio.fixture
async def dialog(
    sandbox: SandboxServer, sandbox_client: FloraClient, tmp_path: Path, qtbot: QtBot
) -> Any:
    """A Batch window for the background remover in the owner's workspace, on the sandbox."""
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
        widget.resize(1000, 700)
        widget.show()
        yield widget
        widget.close()
        await widget._tasks.aclose()


async def import_rows(dialog: BatchDialog, path: Path) -> BatchMappingDialog:
    """Import ``path`` as a user does: read, then "Use these columns" in the column step."""
    mapping = await dialog.import_table(path)
    assert mapping is not None
    assert mapping.isVisible()
    QTest.mouseClick(mapping.use_button, Qt.MouseButton.LeftButton)
    assert not mapping.isVisible()
    await dialog.settle()  # the rows are made off the UI thread
    return mapping


async def sent_batch(
    dialog: BatchDialog, count: int, sent_at: float
) -> tuple[Batch, list[BatchRow]]:
    """A batch of ``count`` rows of the dialog's technique, each row's press written as sent
    at ``sent_at`` (its answer not yet known): the start of a batch that ran before."""
    store, journal = dialog._store, dialog._journal
    batch = await store.create(
        technique_id=dialog._technique.technique_id,
        workspace_id=dialog._workspace.workspace_id,
        sources=[BatchSource({"image": IMAGE.format(i)}, f"look {i}") for i in range(count)],
        technique_name=dialog._technique.name,
        run_cost=dialog._technique.run_cost,
        out_dir=dialog.out_dir,
    )
    rows = await store.rows(batch.batch_id)
    for row in rows:
        await journal.write(
            Submission(
                batch.technique_id, batch.workspace_id, row.inputs, row.idempotency_key, sent_at
            )
        )
    return batch, rows
