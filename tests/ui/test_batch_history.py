"""Batches in History: one entry per batch with its rows under it, reopened and resumed from
there; a contact-sheet cell shows its run in History."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch import BatchRunner
from flora_desktop.services.batch_history import batch_summaries
from flora_desktop.services.batch_store import Batch, BatchSource, BatchStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.services.watch import RunWatcher
from flora_desktop.ui.pages.connected import HISTORY_TAB
from tests.conftest import reset_sandbox
from tests.ui.batch_steps import IMAGE, post_fault
from tests.ui.conftest import Wait
from tests.ui.runs_support import RunsApp, RunsAppFactory, sandbox_runs


@pytest_asyncio.fixture
async def make_app(
    sandbox: SandboxServer, qapp_paths: AppPaths, qtbot: QtBot, tmp_path: Path
) -> AsyncIterator[RunsAppFactory]:
    reset_sandbox(sandbox, run_seconds=0.05)
    folder = tmp_path / "saved"
    folder.mkdir()
    factory = RunsAppFactory(sandbox, qapp_paths, qtbot, folder)
    yield factory
    await factory.aclose()


def _journal(app: RunsApp) -> SubmissionJournal:
    journal = app.page.batch_entry._journal
    assert journal is not None
    return journal


async def _batch(
    app: RunsApp, client: FloraClient, tmp_path: Path, rows: int, *, run: bool = True
) -> tuple[Batch, BatchStore]:
    journal = _journal(app)
    store = BatchStore(journal.store, journal.base_url, profile_id=journal.profile_id)
    technique = await client.techniques.retrieve("background-remover")
    owner = next(w for w in await client.workspaces.list() if w.role == "owner")
    batch = await store.create(
        technique_id=technique.technique_id,
        workspace_id=owner.workspace_id,
        sources=[BatchSource({"image": IMAGE.format(i)}, f"shot {i}") for i in range(rows)],
        technique_name=technique.name,
        workspace_name=owner.name,
        out_dir=tmp_path / f"out-{batch_count(tmp_path)}",
    )
    if run:
        watcher = RunWatcher(client, interval=0.05, max_interval=0.2)
        await BatchRunner(client, store, journal, batch, watcher).run()
    return batch, store


def batch_count(tmp_path: Path) -> int:
    return len(list(tmp_path.glob("out-*")))


@pytest.mark.asyncio
async def test_a_batch_is_one_entry_with_its_runs_under_it_and_reopens(
    sandbox: SandboxServer,
    make_app: RunsAppFactory,
    sandbox_client: FloraClient,
    tmp_path: Path,
    wait: Wait,
) -> None:
    app = await make_app()
    batch, store = await _batch(app, sandbox_client, tmp_path, 3)
    rows = await store.rows(batch.batch_id)
    view = app.tabs.history
    app.tabs.setCurrentIndex(HISTORY_TAB)
    await view.refresh()
    batches = view.batches
    await wait(lambda: batches.model.rowCount() == 1)
    assert batches.isVisible()
    entry = batches.model.index(0, 0)
    assert entry.data() == "Batch: Background Remover · 3 runs · 3 done · Studio North"
    assert not batches.resume_button.isVisible()  # nothing left to resume
    # Tab reaches the batches after the filters, then the runs table.
    assert view.sync_button.nextInFocusChain() is batches.tree
    assert batches.resume_button.nextInFocusChain() is view.table

    # Expanded by keyboard: its rows are read then, each with its run.
    batches.tree.setFocus()
    batches.tree.setCurrentIndex(entry)
    QTest.keyClick(batches.tree, Qt.Key.Key_Right)
    await wait(
        lambda: (
            batches.model.rowCount(entry) == 3
            and batches.model.index(0, 0, entry).data() != "Loading…"
        )
    )
    assert batches.model.index(1, 0, entry).data() == "#2 shot 1 — done"
    second = batches.model.index(1, 0, entry)
    batches.tree.scrollTo(second)
    QTest.mouseClick(
        batches.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=batches.tree.visualRect(second).center(),
    )
    await wait(
        lambda: view.selected_record is not None and view.selected_record.run_id == rows[1].run_id
    )

    # "Open batch": the Batch window on that batch, its rows done, nothing sent again.
    before = len(sandbox_runs(sandbox))
    batches.tree.setCurrentIndex(entry)
    QTest.mouseClick(batches.open_button, Qt.MouseButton.LeftButton)
    entry_dialogs = app.page.batch_entry.dialogs
    await wait(lambda: entry_dialogs and entry_dialogs[-1].model.rows)
    dialog = entry_dialogs[-1]
    assert dialog.batch_id == batch.batch_id
    assert [row.state for row in dialog.model.rows] == ["completed"] * 3
    # Opened again while open: the same window comes forward, not a second one.
    QTest.mouseClick(batches.open_button, Qt.MouseButton.LeftButton)
    await app.page.batch_entry._tasks.wait("reopen-")
    assert len([d for d in entry_dialogs if d.batch_id == batch.batch_id]) == 1

    # A contact-sheet cell shows its run in History.
    app.tabs.setCurrentIndex(0)
    cell = dialog.contact_sheet.model().index(2, 0)
    QTest.mouseClick(
        dialog.contact_sheet.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.contact_sheet.visualRect(cell).center(),
    )
    assert app.tabs.currentIndex() == HISTORY_TAB
    await wait(
        lambda: view.selected_record is not None and view.selected_record.run_id == rows[2].run_id
    )
    assert len(sandbox_runs(sandbox)) == before
    dialog.close()


@pytest.mark.asyncio
async def test_a_stopped_batch_is_resumed_from_history_once_per_row(
    sandbox: SandboxServer,
    make_app: RunsAppFactory,
    sandbox_client: FloraClient,
    tmp_path: Path,
    wait: Wait,
) -> None:
    app = await make_app()
    post_fault(sandbox, status=402, code="insufficient_credits", count=1)
    batch, _store = await _batch(app, sandbox_client, tmp_path, 4)
    assert sandbox_runs(sandbox) == []  # the 402 stopped it before any run
    view = app.tabs.history
    app.tabs.setCurrentIndex(HISTORY_TAB)
    await view.refresh()
    batches = view.batches
    await wait(lambda: batches.model.rowCount() == 1)
    assert "4 not started" in str(batches.model.index(0, 0).data())
    batches.tree.setCurrentIndex(batches.model.index(0, 0))
    assert batches.resume_button.isVisible()
    QTest.mouseClick(batches.resume_button, Qt.MouseButton.LeftButton)
    dialogs = app.page.batch_entry.dialogs
    await wait(
        lambda: (
            dialogs
            and dialogs[-1].model.rows
            and all(row.state == "completed" for row in dialogs[-1].model.rows)
        )
    )
    runs = sandbox_runs(sandbox)
    assert len(runs) == 4
    assert len({run["idempotency_key"] for run in runs}) == 4
    await dialogs[-1]._tasks.aclose()
    journal = _journal(app)
    (summary,) = await batch_summaries(
        journal.store, journal.base_url, profile_id=journal.profile_id
    )
    assert (summary.total, summary.completed, summary.unfinished) == (4, 4, False)
    assert summary.batch.batch_id == batch.batch_id
    dialogs[-1].close()
