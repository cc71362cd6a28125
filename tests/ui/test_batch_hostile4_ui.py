"""Hostile review 4 of the Batch window: a row that never ends.

- A row whose run FLORA no longer knows (every poll: 404) stays "not known yet" for ever;
  the other rows' Retry / Run again must still be offered.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch_store import Batch, BatchSource
from flora_desktop.services.drafts import DraftStore
from flora_desktop.services.session import Connection
from flora_desktop.services.submit import Submission
from flora_desktop.ui.pages.batch_dialog import BatchDialog
from flora_desktop.ui.pages.launcher import LauncherPage
from tests.ui.batch_steps import IMAGE, dialog, sandbox_runs, sent_batch
from tests.ui.conftest import Wait

__all__ = ["dialog"]  # the fixture, re-exported so pytest finds it here


async def _stored(dialog: BatchDialog, *, unclear: bool = False) -> Batch:
    """Row 1 refused by FLORA (nothing charged), row 2 in doubt, and with ``unclear`` row 3
    whose run FLORA no longer knows."""
    store, journal = dialog._store, dialog._journal
    sent = time.time() - 3 * 3600
    batch, rows = await sent_batch(dialog, 3 if unclear else 2, sent)
    await journal.no_run(rows[0].idempotency_key)
    await store.update_row(rows[0], state="failed", first_sent_at=sent, error="Refused.")
    await store.update_row(rows[1], state="failed", first_sent_at=sent, error="In doubt.")
    if unclear:
        await store.update_row(
            rows[2], state="running", run_id="run_forgotten", first_sent_at=sent, error="?"
        )
        await journal.answered(
            Submission(
                batch.technique_id, batch.workspace_id, rows[2].inputs, rows[2].idempotency_key
            ),
            "run_forgotten",
        )
    return batch


@pytest.mark.asyncio
async def test_a_row_that_never_ends_does_not_hide_retry_for_the_other_rows(
    sandbox: SandboxServer, dialog: BatchDialog, wait: Wait
) -> None:
    batch = await _stored(dialog, unclear=True)
    await dialog.open_batch(batch)
    assert dialog.resume_button.isVisible()
    dialog.resume_button.click()
    assert dialog._tasks.running("resume")
    await wait(lambda: not dialog._tasks.running("resume"))
    # FLORA answers 404 for its run: it stays not known (never retried: it may be billed)...
    assert dialog.model.rows[2].unclear
    # ...but the refused row can still be retried and the row in doubt run again.
    assert dialog.retry_button.isVisible()
    assert dialog.again_button.isVisible()


@pytest.mark.asyncio
@pytest.mark.parametrize("button", ["again", "retry"])
async def test_a_full_disk_when_run_again_or_retry_is_pressed_is_said_never_a_crash(
    sandbox: SandboxServer,
    dialog: BatchDialog,
    wait: Wait,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
) -> None:
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    batch = await _stored(dialog)
    await dialog.open_batch(batch)

    async def full(_batch_id: str) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(dialog._store, "run_again_in_doubt", full)
    monkeypatch.setattr(dialog._store, "retry_failed", full)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    target = dialog.again_button if button == "again" else dialog.retry_button
    assert target.isVisible()
    QTest.mouseClick(target, Qt.MouseButton.LeftButton)
    assert dialog._tasks.running("retry")
    await wait(lambda: not dialog._tasks.running("retry"))
    # Said in plain words; nothing was sent; the rows are as they were (the button is back).
    assert "disk" in dialog.summary.text()
    assert sandbox_runs(sandbox) == []
    assert target.isVisible()


@pytest.mark.asyncio
async def test_a_lost_press_beside_an_unanswered_batch_row_is_neither_taken_nor_denied(
    sandbox: SandboxServer, dialog: BatchDialog, tmp_path: Path, wait: Wait, qtbot: QtBot
) -> None:
    """The main window's press and a batch row's were out at the same moment, both answers
    lost; FLORA has one run of that moment. Whose it is can't be told: the launcher neither
    shows it as the press's run nor says "did not start" (Run would bill again)."""
    store, journal, client = dialog._store, dialog._journal, dialog._client
    batch = await store.create(
        technique_id=dialog._technique.technique_id,
        workspace_id=dialog._workspace.workspace_id,
        sources=[BatchSource({"image": IMAGE.format(1)}, "look 1")],
        technique_name=dialog._technique.name,
        out_dir=dialog.out_dir,
    )
    [row] = await store.rows(batch.batch_id)
    press = Submission(
        batch.technique_id, batch.workspace_id, {"image": IMAGE.format(2)}, sent_at=time.time()
    )
    await journal.write(press)
    await journal.write(
        Submission(batch.technique_id, batch.workspace_id, row.inputs, row.idempotency_key)
    )
    await client.runs.start_technique(
        technique_id=batch.technique_id,
        workspace_id=batch.workspace_id,
        inputs=dict(row.inputs),
        idempotency_key=row.idempotency_key,
    )
    page = LauncherPage(
        client,
        dialog._settings,
        DraftStore(tmp_path / "drafts"),
        Connection(sandbox.api_url, sandbox.api_key, "sandbox"),
        journal=journal,
    )
    qtbot.addWidget(page)
    dialog.hide()
    page.show()
    try:
        await page.start()
        await page.recover()
        await wait(lambda: not page.busy and page.banner.isVisible())
        assert page.banner.title_text() == "A run you started may have started"
        assert "a batch, or another window" in page.banner.body_text()
        assert page.result_panel.run_id_text() == ""  # no run shown as the press's
        assert len(sandbox_runs(sandbox)) == 1  # and nothing sent
        assert await journal.state_of(press.idempotency_key) == "sending"
    finally:
        await page.aclose()
