"""The Batch window as a user meets it: walked with Tab alone, and at the smallest size.

Tab follows what is drawn, top to bottom: the sources, the "Rows / Contact sheet" tabs, the
rows (or the sheet), the fix bar, then the footer. A finished batch's folder button opens
the folder with its outputs and manifest.csv. At 900 × 600 every control of the review is
inside the window.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch_store import BatchStore
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore
from flora_desktop.services.settings import Settings
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.ui.pages.batch_dialog import BatchDialog
from tests.conftest import reset_sandbox
from tests.ui.conftest import Wait, wait_until
from tests.ui.test_batch_review import write_picture


@pytest_asyncio.fixture
async def logos(
    sandbox: SandboxServer, sandbox_client: FloraClient, tmp_path: Path, qtbot: QtBot
) -> AsyncIterator[BatchDialog]:
    """The Batch window of "Logo Animator" (it asks for a 1:1 logo), shown."""
    reset_sandbox(sandbox, run_seconds=0.05, asset_ready_seconds=0.05)
    settings = Settings(tmp_path / "settings.json")
    settings.output_folder = tmp_path / "outputs"
    async with HistoryStore(tmp_path / HISTORY_FILE_NAME) as history:
        technique = await sandbox_client.techniques.retrieve("logo-animator")
        workspace = next(w for w in await sandbox_client.workspaces.list() if w.role == "owner")
        dialog = BatchDialog(
            sandbox_client,
            SubmissionJournal(history, sandbox_client.base_url),
            BatchStore(history, sandbox_client.base_url),
            settings,
            technique,
            workspace,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        yield dialog
        dialog.close()
        await dialog._tasks.aclose()


def _tab_stops(start: QWidget) -> list[QWidget]:
    """What Tab reaches from ``start``, once round: shown, enabled, taking focus by Tab
    (a widget with a focus proxy is passed over, as Qt does)."""
    stops: list[QWidget] = []
    widget = start
    for _ in range(2000):
        following = widget.nextInFocusChain()
        assert following is not None
        widget = following
        if widget is start:
            return stops
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            stops.append(widget)
    raise AssertionError("Tab never came back")


def _tab_bar(dialog: BatchDialog) -> QTabBar:
    tabs = dialog.findChild(QTabWidget, "batchResultsTabs")
    assert tabs is not None
    return tabs.tabBar()


async def _review(dialog: BatchDialog, tmp_path: Path, wait: Wait) -> BatchDialog:
    write_picture(tmp_path / "a-square.png", 300, 300)
    write_picture(tmp_path / "b-wide.png", 400, 300)
    write_picture(tmp_path / "c-wide.png", 400, 300)
    await dialog.add_files(
        [tmp_path / "a-square.png", tmp_path / "b-wide.png", tmp_path / "c-wide.png"]
    )
    await dialog.checks.wait()
    await wait(lambda: dialog.start_button.isEnabled())
    dialog.select_next_problem()
    await wait(lambda: dialog.fixes.crop_button.isVisible())
    return dialog


@pytest.mark.asyncio
async def test_tab_meets_the_rows_tabs_between_the_sources_and_the_rows(
    logos: BatchDialog, tmp_path: Path, wait: Wait
) -> None:
    dialog = await _review(logos, tmp_path, wait)
    stops = _tab_stops(dialog.import_button)
    drawn = [
        dialog.files_button,
        dialog.variation_input,
        dialog.variations,
        dialog.use_variations,
        _tab_bar(dialog),
        dialog.table,
        dialog.fixes.crop_button,
        dialog.fixes.use_anyway_button,
        dialog.fixes.next_button,
        dialog.fixes.crop_all_button,
        dialog.folder_button,
        dialog.status_filter,
        dialog.cancel_button,
        dialog.start_button,
    ]
    assert stops == drawn, [w.objectName() or type(w).__name__ for w in stops]


@pytest.mark.asyncio
async def test_a_finished_batch_opens_its_folder_and_tab_reaches_its_sheet(
    logos: BatchDialog, tmp_path: Path, wait: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = await _review(logos, tmp_path, wait)
    assert dialog.folder_button.text() == "Output &folder…"
    tab_bar = _tab_bar(dialog)
    assert not tab_bar.isTabEnabled(1)  # no outputs yet: no empty sheet to land on
    assert tab_bar.tabToolTip(1) == "Each row's output appears here once the batch starts"
    dialog.start_button.click()
    sheet = dialog.contact_sheet
    # The sheet comes to the front on the rows model's first reset, which may follow the
    # rows' own update by a turn: wait for what the user sees, not for the data alone.
    await wait_until(
        lambda: (
            dialog.batch_id is not None
            and not dialog.running
            and all(row.ended for row in dialog.model.rows)
            and sheet.isVisible()
        ),
        within=20,
    )
    assert tab_bar.isTabEnabled(1)
    assert _tab_stops(_tab_bar(dialog))[0] is sheet
    assert dialog.folder_button.isEnabled()
    assert dialog.folder_button.text() == "Open &folder"
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(dialog.out_dir)]
    assert (dialog.out_dir / "manifest.csv").exists()


@pytest.mark.asyncio
async def test_at_900_by_600_every_control_of_the_review_is_inside_the_window(
    logos: BatchDialog, tmp_path: Path, wait: Wait
) -> None:
    dialog = await _review(logos, tmp_path, wait)
    dialog.resize(900, 600)
    await wait(lambda: dialog.size().width() == 900 and dialog.size().height() == 600)
    inside = QRect(0, 0, dialog.width(), dialog.height())
    for widget in _tab_stops(dialog.import_button):
        where = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
        assert inside.contains(where), (widget.objectName() or type(widget).__name__, where)
        assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
    assert dialog.table.height() >= 3 * (dialog.table.verticalHeader().defaultSectionSize())
