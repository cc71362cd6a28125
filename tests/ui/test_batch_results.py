"""The batch results: a contact sheet of the rows' pictures, filtered by status, a click to
a run; "Retry failed rows" with its cost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from flora_desktop.api.models import RunOutput
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch_store import BatchRow
from flora_desktop.ui.models.batch_rows_model import BatchRowsModel, BatchStatusFilter
from flora_desktop.ui.pages.batch_dialog import BatchDialog
from flora_desktop.ui.widgets import batch_contact_sheet_thumbs as thumbs
from flora_desktop.ui.widgets.batch_contact_sheet import BatchContactSheet, first_picture
from tests.conftest import reset_sandbox
from tests.ui.batch_steps import dialog, import_rows, post_fault, rows_csv, sandbox_runs
from tests.ui.conftest import Wait

__all__ = ["dialog"]  # the fixture, re-exported so pytest finds it here


def _picture(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    assert image.save(str(path))
    return path


def _row(index: int, state: str = "completed", **extra: Any) -> BatchRow:
    return BatchRow("b", index, f"s{index}", {}, f"k{index}", state, **extra)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_each_row_shows_its_picture_and_a_click_or_enter_opens_its_run(
    dialog: BatchDialog, tmp_path: Path, wait: Wait
) -> None:
    sheet = dialog.contact_sheet
    asked: list[str] = []
    dialog.open_run_requested.connect(asked.append)
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 3))
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await wait(
        lambda: (
            dialog._runner is None
            and dialog.model.rows
            and all(row.state == "completed" for row in dialog.model.rows)
        )
    )
    assert sheet.isVisible()  # the sheet is shown once the batch has rows
    assert sheet.model().rowCount() == 3
    # Pictures are decoded from the saved files, in worker threads, then painted.
    # Offscreen, the qasync loop does not deliver paint requests: paint now, as a screen would.
    sheet.viewport().repaint()
    await wait(lambda: sheet.thumbnails.cached == 3)
    paths = [first_picture(row) for row in dialog.model.rows]
    assert all(p and not sheet.thumbnails.failed(p) for p in paths)
    assert all(sheet.thumbnails.pixmap(p or "") is not None for p in paths)

    second = sheet.model().index(1, 0)
    QTest.mouseClick(
        sheet.viewport(), Qt.MouseButton.LeftButton, pos=sheet.visualRect(second).center()
    )
    assert asked == [dialog.model.rows[1].run_id]
    sheet.setFocus()
    sheet.setCurrentIndex(sheet.model().index(2, 0))
    QTest.keyClick(sheet, Qt.Key.Key_Return)
    assert asked[-1] == dialog.model.rows[2].run_id
    name = sheet.model().data(second, Qt.ItemDataRole.AccessibleTextRole)
    assert name == "#2 look 1 — Completed"


@pytest.mark.asyncio
async def test_the_status_filter_filters_the_sheet_and_rows_not_started_open_nothing(
    dialog: BatchDialog, tmp_path: Path
) -> None:
    sheet = dialog.contact_sheet
    rows = [
        _row(1, "completed", run_id="run_a"),
        _row(2, "failed", run_id="run_b", error="FLORA refused it"),
        _row(3, "waiting"),
    ]
    dialog.model.set_rows(rows)
    asked: list[str] = []
    sheet.run_requested.connect(asked.append)
    for key, count in (("failed", 1), ("completed", 1), ("not_started", 1), ("all", 3)):
        dialog.status_filter.setCurrentIndex(dialog.status_filter.findData(key))
        assert sheet.model().rowCount() == count, key
    waiting = sheet.model().index(2, 0)
    QTest.mouseClick(
        sheet.viewport(), Qt.MouseButton.LeftButton, pos=sheet.visualRect(waiting).center()
    )
    assert asked == []  # no run yet: nothing to open
    tip = sheet.model().data(sheet.model().index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert "FLORA refused it" in str(tip)


def test_a_large_batch_decodes_only_the_cells_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    picture = _picture(tmp_path / "p.png", 40, 30)
    # 500 rows, each with its own file name (the same picture): only visible ones are read.
    rows = []
    for i in range(1, 501):
        path = tmp_path / f"r{i}.png"
        path.hardlink_to(picture)
        rows.append(
            _row(i, run_id=f"run_{i}", outputs=(RunOutput("o", "image", "u"),), saved=(str(path),))
        )
    model = BatchRowsModel(0.04)
    model.set_rows(rows)
    filtered = BatchStatusFilter()
    filtered.setSourceModel(model)
    sheet = BatchContactSheet(model, filtered)
    qtbot.addWidget(sheet)
    sheet.resize(900, 600)
    sheet.show()
    qtbot.waitUntil(lambda: sheet.thumbnails.cached >= 6 and sheet.thumbnails.pending == 0)
    on_screen = sum(
        sheet.viewport().rect().intersects(sheet.visualRect(sheet.model().index(i, 0)))
        for i in range(sheet.model().rowCount())
    )
    assert 0 < sheet.thumbnails.cached <= on_screen
    sheet.scrollToBottom()
    qtbot.waitUntil(lambda: first_picture(rows[-1]) in sheet.thumbnails._cache)
    assert sheet.thumbnails.cached <= 2 * on_screen
    sheet.thumbnails.shutdown()


def test_the_thumbnail_cache_is_bounded_and_says_what_is_not_a_picture(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(thumbs, "MAX_CACHED", 5)
    cache = thumbs.ThumbnailCache(64)
    not_picture = tmp_path / "notes.png"
    not_picture.write_text("not a picture", encoding="utf-8")
    pictures = [str(_picture(tmp_path / f"{i}.png", 300, 100)) for i in range(80)]
    for path in [str(not_picture), *pictures]:
        assert cache.pixmap(path) is None
        assert cache.pending <= thumbs.MAX_WANTED + thumbs.WORKERS
    qtbot.waitUntil(lambda: cache.pending == 0)
    assert cache.cached == 5
    kept = [cache.pixmap(path) for path in pictures if path in cache._cache]
    assert len(kept) == 5
    assert all(p is not None and (p.width(), p.height()) == (64, 21) for p in kept)  # scaled
    assert cache.pixmap(str(not_picture)) is None
    qtbot.waitUntil(lambda: cache.pending == 0)
    assert cache.failed(str(not_picture))
    cache.shutdown()
    QApplication.processEvents()


@pytest.mark.parametrize(
    ("outputs", "saved", "expected"),
    [
        ((), (), None),
        ((RunOutput("a", "video", "u"),), ("x.mp4",), None),
        ((RunOutput("a", "text", "t"), RunOutput("b", "image", "u")), ("a.txt", "b.png"), "b.png"),
        ((RunOutput("a", "image", "u"),), ("odd.bin",), "odd.bin"),
        ((), ("orphan.JPG",), "orphan.JPG"),
    ],
)
def test_the_first_picture_of_a_row(outputs: Any, saved: Any, expected: str | None) -> None:
    assert first_picture(_row(1, outputs=outputs, saved=saved)) == expected


def test_an_invalid_index_has_no_run(qtbot: QtBot) -> None:
    model = BatchRowsModel(0.04)
    filtered = BatchStatusFilter()
    filtered.setSourceModel(model)
    sheet = BatchContactSheet(model, filtered)
    qtbot.addWidget(sheet)
    assert sheet.run_id_at(QModelIndex()) is None


@pytest.mark.asyncio
async def test_retry_failed_rows_says_the_cost_then_starts_only_those_rows_again(
    sandbox: SandboxServer,
    dialog: BatchDialog,
    tmp_path: Path,
    wait: Wait,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    post_fault(sandbox, status=422, count=1)  # FLORA refuses one row: nothing charged
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 3))
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await wait(lambda: dialog.retry_button.isVisible())
    assert [row.state for row in dialog.model.rows].count("failed") == 1
    assert len(sandbox_runs(sandbox)) == 2  # the refused row made no run
    # One row: the English catalogue's singular.
    assert dialog.retry_button.text() == "&Retry 1 failed row — $0.04"
    asked: list[str] = []

    def yes(_parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    QTest.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    (question,) = asked
    assert question == "This starts 1 new run for the failed row, billed: about $0.04."
    await wait(
        lambda: (
            dialog._runner is None
            and dialog.model.rows
            and all(row.state == "completed" for row in dialog.model.rows)
        )
    )
    runs = sandbox_runs(sandbox)
    assert len(runs) == 3  # only the failed row started again
    assert len({run["idempotency_key"] for run in runs}) == 3
    assert not dialog.retry_button.isVisible()


@pytest.mark.asyncio
async def test_credits_running_out_mid_batch_stop_it_and_the_window_says_so(
    sandbox: SandboxServer, dialog: BatchDialog, tmp_path: Path, wait: Wait
) -> None:
    reset_sandbox(sandbox, run_seconds=0.05, credits=0.04 * 4 + 0.01)  # four runs' worth
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 10))
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await wait(lambda: dialog.resume_button.isVisible())
    assert "out of credits" in dialog.summary.text()
    assert len(sandbox_runs(sandbox)) == 4
    states = [row.state for row in dialog.model.rows]
    assert states.count("completed") == 4
    assert states.count("waiting") == 6
    # The sheet, filtered to "Not started", shows the six rows nothing was charged for.
    dialog.status_filter.setCurrentIndex(dialog.status_filter.findData("not_started"))
    sheet = dialog.contact_sheet
    assert sheet.model().rowCount() == 6
    text = sheet.model().data(sheet.model().index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert str(text).endswith("Not started — nothing charged")
    manifest = (dialog.out_dir / "manifest.csv").read_text(encoding="utf-8")
    assert manifest.count("not started — nothing charged") == 6


def _tab_chain(start: Any, steps: int) -> list[str]:
    """What Tab reaches from ``start``: the next ``steps`` focusable, visible widgets."""
    found: list[str] = []
    widget = start
    while len(found) < steps:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        tab_stop = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if widget.isVisible() and widget.isEnabled() and tab_stop:
            found.append(widget.objectName() or widget.text())
    return found


@pytest.mark.asyncio
async def test_tab_meets_the_footer_buttons_in_the_order_they_are_drawn(
    dialog: BatchDialog, tmp_path: Path
) -> None:
    await import_rows(dialog, rows_csv(tmp_path / "rows.csv", 2))
    assert _tab_chain(dialog.status_filter, 2) == ["&Close", "batchStart"]
    dialog.model.set_rows([_row(1, "failed", run_id="run_a"), _row(2, "completed")])
    dialog._batch = object()  # type: ignore[assignment]  # as after the start
    dialog._refresh()
    assert _tab_chain(dialog.status_filter, 2)[:2] == [dialog.retry_button.text(), "&Close"]
