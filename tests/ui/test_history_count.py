"""The History page's count: exact for filters, "more than" once a search passes the cap."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from pytestqt.qtbot import QtBot

from flora_desktop.services import history
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore
from flora_desktop.services.output_cache import OutputCache
from flora_desktop.services.outputs import OutputDownloader
from flora_desktop.services.settings import Settings
from flora_desktop.ui.pages import history as history_page
from flora_desktop.ui.pages.history import HistoryView
from flora_desktop.ui.widgets.output_view import OutputTools

BASE = "http://127.0.0.1:1/api/v1"


@pytest_asyncio.fixture
async def view(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[HistoryView]:
    downloader = OutputDownloader()
    tools = OutputTools(
        downloader=downloader,
        cache=OutputCache(tmp_path / "cache", downloader),
        settings=Settings(tmp_path / "settings.json"),
    )
    store = HistoryStore(tmp_path / HISTORY_FILE_NAME)
    for i in range(6):
        await store.record_start(
            base_url=BASE,
            run_id=f"run_{i}",
            technique_id=f"tech_{i % 2}",
            technique_name=("Poster Maker", "Voiceover Studio")[i % 2],
            workspace_id="ws_1",
            inputs={"prompt": f"harbour {i}"},
            started_at=1_700_000_000.0 + i,
        )
    page = HistoryView(store, BASE, tools)
    qtbot.addWidget(page)
    page.show()
    yield page
    page.close()
    await page.aclose()
    await store.aclose()
    await downloader.aclose()


@pytest.mark.asyncio
async def test_count_says_more_than_the_cap_for_a_search_only(
    view: HistoryView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history, "COUNT_CAP", 3)
    monkeypatch.setattr(history_page, "PAGE_SIZE", 2)
    await view.refresh()
    assert view.count_text() == "Showing the newest 2 of 6 runs"  # no words: exact
    assert view.model.rowCount() == 2
    names = [view.technique_filter.itemText(i) for i in range(view.technique_filter.count())]
    assert names == ["All techniques", "Poster Maker", "Voiceover Studio"]
    view.search.setText("harbour")
    await view.refresh()
    assert view.count_text() == "Showing the newest 2 of more than 3 runs"
    view.search.setText("harbour 4")
    await view.refresh()
    assert view.count_text() == "1 run"
