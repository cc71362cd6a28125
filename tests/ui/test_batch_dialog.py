"""The Batch window: a spreadsheet becomes rows, "Start N runs — $X" runs them, once each."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch import BatchRunner
from flora_desktop.services.batch_store import BatchStore
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore
from flora_desktop.services.settings import Settings
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.ui.pages.batch_dialog import BatchDialog
from tests.conftest import reset_sandbox
from tests.ui.batch_steps import IMAGE, dialog, import_rows, post_fault, rows_csv, sandbox_runs
from tests.ui.conftest import Wait, wait_until

__all__ = ["dialog"]  # the fixture, re-exported so pytest finds it here


@pytest.mark.asyncio
async def test_a_spreadsheet_is_reviewed_then_started_once_per_row(
    sandbox: SandboxServer, dialog: BatchDialog, tmp_path: Path, wait: Wait
) -> None:
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 3))
    assert dialog.model.rowCount() == 3
    assert dialog.start_button.text() == "Start 3 runs — $0.12"
    assert sandbox_runs(sandbox) == []  # nothing is spent before the click
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)  # a double-click
    await wait(
        lambda: (
            dialog._runner is None
            and dialog.model.rows
            and all(row.state == "completed" for row in dialog.model.rows)
        )
    )
    assert len(sandbox_runs(sandbox)) == 3
    manifest = (dialog.out_dir / "manifest.csv").read_text(encoding="utf-8")
    assert manifest.count("completed") == 3
    assert (dialog.out_dir / "look 0 - Background Remover.png").exists()


@pytest.mark.asyncio
async def test_rows_with_problems_are_listed_and_left_out(
    dialog: BatchDialog, tmp_path: Path
) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f"Image\n{IMAGE.format(1)}\n/Users/me/a.png\n", encoding="utf-8")
    await import_rows(dialog, path)
    assert dialog.model.rowCount() == 1
    assert dialog.problems.isVisible()
    assert "Row 2" in dialog.problems.text()
    assert dialog.start_button.text() == "Start 1 run — $0.04"


@pytest.mark.asyncio
@pytest.mark.parametrize("count", [101])
async def test_more_than_100_rows_asks_once_more(
    sandbox: SandboxServer, dialog: BatchDialog, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def no(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    dialog.variations.setPlainText("\n".join(f"v{i}" for i in range(count)))
    dialog.variation_input.setCurrentIndex(0)
    QTest.mouseClick(dialog.use_variations, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert asked == ["Start a large batch?"]
    assert sandbox_runs(sandbox) == []


@pytest.mark.asyncio
async def test_the_launcher_opens_a_batch_of_the_chosen_technique_with_the_form_values(
    sandbox: SandboxServer, sandbox_client: FloraClient, qtbot: QtBot, tmp_path: Path, wait: Wait
) -> None:
    from flora_desktop.services.drafts import DraftStore
    from flora_desktop.services.paths import AppPaths
    from flora_desktop.services.session import Connection
    from flora_desktop.ui.pages.launcher import LauncherPage
    from tests.ui.test_launcher import choose_workspace, fill, pick

    paths = AppPaths.under(tmp_path / "home")
    paths.ensure()
    async with HistoryStore(tmp_path / HISTORY_FILE_NAME) as history:
        page = LauncherPage(
            sandbox_client,
            Settings.load(paths.settings_file),
            DraftStore(paths.drafts_dir),
            Connection(sandbox.api_url, sandbox.api_key, "sandbox"),
            journal=SubmissionJournal(history, sandbox.api_url),
        )
        qtbot.addWidget(page)
        page.show()
        await page.start()
        try:
            assert page.batch_entry.button.isVisible()
            choose_workspace(page, "owner")
            await pick(page, "Product Shot Studio", qtbot, wait)
            fill(page, "scene_prompt", "on a beach at dusk")
            QTest.mouseClick(page.batch_entry.button, Qt.MouseButton.LeftButton)
            dialog = page.batch_entry.dialogs[-1]
            qtbot.addWidget(dialog)
            path = tmp_path / "rows.csv"
            path.write_text(f"Product image\n{IMAGE.format(1)}\n", encoding="utf-8")
            await import_rows(dialog, path)
            assert dialog.model.rows == []
            assert dict(dialog._sources[0].inputs) == {
                "product_image": IMAGE.format(1),
                "scene_prompt": "on a beach at dusk",
            }
            dialog.close()
        finally:
            await page.aclose()


@pytest.mark.asyncio
async def test_a_402_stops_with_the_reason_and_resume_finishes_the_rest(
    sandbox: SandboxServer, dialog: BatchDialog, tmp_path: Path, wait: Wait
) -> None:
    post_fault(sandbox, status=402, code="insufficient_credits")
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 3))
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await wait(lambda: dialog.resume_button.isVisible())
    assert "out of credits" in dialog.summary.text()
    assert dialog.model.data(dialog.model.index(0, 4)) == "Not started — nothing charged"
    assert sandbox_runs(sandbox) == []
    QTest.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
    await wait(
        lambda: (
            dialog._runner is None and all(row.state == "completed" for row in dialog.model.rows)
        )
    )
    assert len(sandbox_runs(sandbox)) == 3
    assert not dialog.resume_button.isVisible()


@pytest.mark.asyncio
async def test_a_dropped_folder_becomes_rows_uploaded_then_run_once_each(
    sandbox: SandboxServer, dialog: BatchDialog, tmp_path: Path, wait: Wait
) -> None:
    from tests.upload_samples import write_png

    folder = tmp_path / "shots"
    folder.mkdir()
    for name in ("b.png", "a.png", ".hidden.png"):
        write_png(folder / name)
    await dialog.add_files([folder])
    assert [s.source_name for s in dialog._sources] == ["a.png", "b.png"]
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await wait_until(
        lambda: (
            dialog._runner is None
            and dialog.model.rows
            and all(row.state == "completed" for row in dialog.model.rows)
        ),
        within=20,
    )
    runs = sandbox_runs(sandbox)
    assert len(runs) == 2
    assert all(run["inputs"]["image"].startswith("http") for run in runs)
    assert (dialog.out_dir / "a - Background Remover.png").exists()


@pytest.mark.asyncio
async def test_a_batch_cut_off_mid_flight_resumes_at_the_next_start_once_per_row(
    sandbox: SandboxServer, sandbox_client: FloraClient, qtbot: QtBot, tmp_path: Path
) -> None:
    import asyncio

    from flora_desktop.services.batch_store import BatchSource
    from flora_desktop.services.drafts import DraftStore
    from flora_desktop.services.paths import AppPaths
    from flora_desktop.services.session import Connection
    from flora_desktop.services.watch import RunWatcher
    from flora_desktop.ui.pages.launcher import LauncherPage

    reset_sandbox(sandbox, run_seconds=0.2)
    paths = AppPaths.under(tmp_path / "home")
    paths.ensure()
    async with HistoryStore(tmp_path / HISTORY_FILE_NAME) as history:
        journal = SubmissionJournal(history, sandbox.api_url)
        store = BatchStore(history, sandbox.api_url)
        technique = await sandbox_client.techniques.retrieve("background-remover")
        owner = next(w for w in await sandbox_client.workspaces.list() if w.role == "owner")
        batch = await store.create(
            technique_id=technique.technique_id,
            workspace_id=owner.workspace_id,
            sources=[BatchSource({"image": IMAGE.format(i)}, f"s{i}") for i in range(12)],
            technique_name=technique.name,
            out_dir=tmp_path / "out",
        )
        watcher = RunWatcher(sandbox_client, interval=0.05, max_interval=0.2)
        first = BatchRunner(sandbox_client, store, journal, batch, watcher, concurrency=3)
        task = asyncio.ensure_future(first.run())
        await wait_until(lambda: len(sandbox_runs(sandbox)) >= 4)
        task.cancel()  # cut off mid-flight: no clean-up, like a crash
        with contextlib.suppress(asyncio.CancelledError):
            await task
        assert (await store.get(batch.batch_id)).state == "running"  # type: ignore[union-attr]

        page = LauncherPage(
            sandbox_client,
            Settings.load(paths.settings_file),
            DraftStore(paths.drafts_dir),
            Connection(sandbox.api_url, sandbox.api_key, "sandbox"),
            journal=journal,
        )
        qtbot.addWidget(page)
        await page.start()
        try:
            await wait_until(lambda: bool(page.batch_entry.dialogs))
            dialog = page.batch_entry.dialogs[0]
            qtbot.addWidget(dialog)
            await wait_until(
                lambda: (
                    dialog.model.rows and all(row.state == "completed" for row in dialog.model.rows)
                ),
                within=20,
            )
            # Listed under "Batches", and reopened from there with its rows and results.
            await wait_until(lambda: page.batch_entry.recent_button.isVisibleTo(page))
            again = await page.batch_entry._reopen(batch)
            assert again is not None
            qtbot.addWidget(again)
            assert [row.state for row in again.model.rows] == ["completed"] * 12
            assert not again.resume_button.isVisibleTo(again)
            again.close()
        finally:
            await page.aclose()
    runs = sandbox_runs(sandbox)
    assert len(runs) == 12
    assert len({run["idempotency_key"] for run in runs}) == 12


@pytest.mark.asyncio
async def test_an_output_folder_that_cannot_be_made_is_said_and_nothing_is_started(
    sandbox: SandboxServer, dialog: BatchDialog, tmp_path: Path, wait: Wait
) -> None:
    # A file where the folder should go (as a read-only disk or an unplugged drive would):
    (tmp_path / "blocked").write_text("x", encoding="utf-8")
    dialog.out_dir = tmp_path / "blocked" / "batch"
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 2))
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await wait(lambda: "could not be created" in dialog.summary.text())
    assert sandbox_runs(sandbox) == []
    assert dialog.resume_button.isVisibleTo(dialog)  # the rows are kept, to start later


@pytest.mark.asyncio
async def test_a_history_file_that_cannot_take_the_batch_gives_start_back(
    sandbox: SandboxServer,
    dialog: BatchDialog,
    tmp_path: Path,
    wait: Wait,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def disk_full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(dialog._store, "create", disk_full)
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 2))
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await wait(lambda: "Nothing was started" in dialog.summary.text())
    assert sandbox_runs(sandbox) == []
    assert dialog.start_button.isEnabled()
    assert dialog.model.rowCount() == 2


@pytest.mark.asyncio
async def test_a_history_file_that_refuses_the_batch_start_stops_it_with_resume_back(
    sandbox: SandboxServer,
    dialog: BatchDialog,
    tmp_path: Path,
    wait: Wait,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def disk_full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(dialog._store, "set_state", disk_full)
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 2))
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await wait(lambda: "Free some space" in dialog.summary.text())
    assert sandbox_runs(sandbox) == []
    assert dialog._runner is None
    assert dialog.resume_button.isVisibleTo(dialog)


@pytest.mark.asyncio
async def test_a_batch_whose_rows_cannot_be_read_is_said_and_nothing_is_sent(
    sandbox: SandboxServer,
    dialog: BatchDialog,
    tmp_path: Path,
    wait: Wait,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reopening a batch (History, or resuming at start) from a damaged history file."""
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 2))
    batch = await dialog._store.create(
        technique_id=dialog._technique.technique_id,
        workspace_id=dialog._workspace.workspace_id,
        sources=dialog._sources,
        technique_name=dialog._technique.name,
        workspace_name=dialog._workspace.name,
        run_cost=dialog._technique.run_cost,
        out_dir=tmp_path / "out",
    )

    async def damaged(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(dialog._store, "rows", damaged)
    await dialog.open_batch(batch, resume=True)
    assert "could not be read" in dialog.summary.text()
    assert sandbox_runs(sandbox) == []
