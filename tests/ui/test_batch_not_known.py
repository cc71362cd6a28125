"""The Batch window's rows whose end is not known: said in plain words, never retried.

A row whose run FLORA did not say how it is going keeps its run (Resume checks on it);
a row in doubt (answer lost, no run matched) tells the user to look in History. "Retry
failed rows" counts, prices and starts only rows FLORA certainly made no run for.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch_store import Batch, BatchRow
from flora_desktop.services.submit import Submission
from flora_desktop.ui.models.batch_rows_model import STATUS_COLUMN
from flora_desktop.ui.pages.batch_dialog import BatchDialog
from tests.ui.batch_steps import dialog, sandbox_runs, sent_batch
from tests.ui.conftest import Wait

__all__ = ["dialog"]  # the fixture, re-exported so pytest finds it here

UNCLEAR_NOTE = "FLORA did not say how this row is going. It says “paused_by_admin”."
DOUBT_NOTE = "This row was sent to FLORA at 2026-12-03 09:00, but the answer was lost."


async def _stored_batch(dialog: BatchDialog, *, unclear: bool) -> tuple[Batch, list[BatchRow]]:
    """A batch that ran before: row 1 completed, row 2 refused by FLORA (nothing charged),
    row 3 in doubt and, with ``unclear``, row 4 whose run FLORA did not say how it goes."""
    store, journal = dialog._store, dialog._journal
    sent = time.time() - 3 * 3600
    batch, rows = await sent_batch(dialog, 4 if unclear else 3, sent)
    await store.update_row(rows[0], state="completed", run_id="run_done", first_sent_at=sent)
    await journal.answered(
        Submission(batch.technique_id, batch.workspace_id, rows[0].inputs, rows[0].idempotency_key),
        "run_done",
    )
    await journal.no_run(rows[1].idempotency_key)  # FLORA refused it: no run, no charge
    await store.update_row(rows[1], state="failed", first_sent_at=sent, error="Refused.")
    # Its press stays open: FLORA may have made its run.
    await store.update_row(rows[2], state="failed", first_sent_at=sent, error=DOUBT_NOTE)
    if unclear:
        await store.update_row(
            rows[3], state="running", run_id="run_unclear", first_sent_at=sent, error=UNCLEAR_NOTE
        )
        await journal.answered(
            Submission(
                batch.technique_id, batch.workspace_id, rows[3].inputs, rows[3].idempotency_key
            ),
            "run_unclear",
        )
    return batch, await store.rows(batch.batch_id)


def _status(dialog: BatchDialog, line: int) -> str:
    return str(dialog.model.data(dialog.model.index(line, STATUS_COLUMN)))


@pytest.mark.asyncio
async def test_rows_not_known_say_so_and_a_row_still_unclear_is_resumed_never_retried(
    dialog: BatchDialog,
) -> None:
    batch, rows = await _stored_batch(dialog, unclear=True)
    assert [row.in_doubt for row in rows] == [False, False, True, False]
    assert rows[3].unclear
    await dialog.open_batch(batch)
    assert _status(dialog, 0) == "Completed"
    assert _status(dialog, 1) == "Failed"
    assert _status(dialog, 2) == "Not known — look in History"
    assert _status(dialog, 3) == "Not known yet — FLORA did not say"
    # The whole note is where the row is pointed at.
    tip = dialog.model.data(dialog.model.index(3, STATUS_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert tip == UNCLEAR_NOTE
    sheet = dialog.contact_sheet.model()
    assert sheet.data(sheet.index(3, 0)) == "#4 look 3 — Not known yet — FLORA did not say"
    # The rows' own counts (a batch reopened from History), the rows not known among them.
    assert dialog.summary.text() == "3 of 4 ended · 1 in progress · 2 failed · 2 not known"
    # Row 4's run may still be working: Resume checks on it. Retry is for the row FLORA
    # refused only (nothing charged), never row 4 nor the row in doubt.
    assert dialog.resume_button.isVisible()
    assert dialog.retry_button.isVisible()
    assert dialog.retry_button.text().startswith("&Retry 1 failed row — $")


@pytest.mark.asyncio
async def test_retry_prices_and_starts_only_rows_flora_made_no_run_for(
    sandbox: SandboxServer,
    dialog: BatchDialog,
    wait: Wait,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    batch, rows = await _stored_batch(dialog, unclear=False)
    await dialog.open_batch(batch)
    assert dialog.retry_button.isVisible()
    assert not dialog.resume_button.isVisible()
    # Two failed rows, one of them in doubt: only the refused one is offered and priced.
    assert dialog.retry_button.text() == "&Retry 1 failed row — $0.04"
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    QTest.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert asked == ["This starts 1 new run for the failed row, billed: about $0.04."]
    await wait(lambda: dialog._runner is None and dialog.model.rows[1].state == "completed")
    after = dialog.model.rows
    runs = sandbox_runs(sandbox)
    assert [run["inputs"] for run in runs] == [dict(rows[1].inputs)]
    assert after[2].state == "failed"
    assert after[2].in_doubt
    assert after[2].idempotency_key == rows[2].idempotency_key  # never a new key
    assert _status(dialog, 2) == "Not known — look in History"
    assert not dialog.retry_button.isVisible()


def _answering(answer: object, asked: list[str]) -> object:
    def question(
        _parent: object, _title: str, text: str, _buttons: object = None, default: object = None
    ) -> object:
        from PySide6.QtWidgets import QMessageBox

        asked.append(text)
        assert default == QMessageBox.StandardButton.No  # Enter alone never spends
        return answer

    return question


@pytest.mark.asyncio
@pytest.mark.parametrize("flora_made_it", [False, True])
async def test_running_a_row_in_doubt_again_is_asked_for_and_resends_its_own_key(
    sandbox: SandboxServer,
    dialog: BatchDialog,
    wait: Wait,
    monkeypatch: pytest.MonkeyPatch,
    flora_made_it: bool,
) -> None:
    """After looking in History the user runs the row again. It goes out with its own key:
    if FLORA did make it and still remembers the key, no second run starts and the row
    gets the run it had; otherwise it is the new run the user agreed to."""
    from PySide6.QtWidgets import QMessageBox

    batch, rows = await _stored_batch(dialog, unclear=False)
    doubtful = rows[2]
    made = None
    if flora_made_it:
        made = await dialog._client.runs.start_technique(
            technique_id=batch.technique_id,
            workspace_id=batch.workspace_id,
            inputs=dict(doubtful.inputs),
            idempotency_key=doubtful.idempotency_key,
        )
    await dialog.open_batch(batch)
    assert dialog.again_button.isVisible()
    assert dialog.again_button.text() == "Run &again rows not known: 1 — up to $0.04"

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", _answering(QMessageBox.StandardButton.No, asked))
    QTest.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert "Look in History first" in asked[0]
    assert dialog._runner is None  # declined: nothing sent
    assert len(sandbox_runs(sandbox)) == (1 if flora_made_it else 0)

    monkeypatch.setattr(QMessageBox, "question", _answering(QMessageBox.StandardButton.Yes, []))
    QTest.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    await wait(lambda: dialog._runner is None and dialog.model.rows[2].state == "completed")
    row = dialog.model.rows[2]
    runs = sandbox_runs(sandbox)
    assert len(runs) == 1  # one run for the row, whichever way
    assert runs[0]["idempotency_key"] == doubtful.idempotency_key
    assert row.idempotency_key == doubtful.idempotency_key
    if made is not None:
        assert row.run_id == made.run_id
    assert dialog.model.rows[1].state == "failed"  # the refused row is Retry's, not this
    assert not dialog.again_button.isVisible()
