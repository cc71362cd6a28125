"""Issue 11's making screen, tried by a hostile server: run results the views must survive."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from flora_desktop.api.models import RunOutput
from flora_desktop.services.output_cache import OutputCache
from flora_desktop.services.outputs import OutputDownloader
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.settings import Settings
from flora_desktop.ui.widgets.output_view import OutputsView, OutputTools
from flora_desktop.ui.widgets.run_bar import RunBar
from flora_desktop.ui.widgets.status_bar import ConnectionStatus
from tests.ui.conftest import wait_until


@pytest_asyncio.fixture
async def outputs_view(qtbot: QtBot, qapp_paths: AppPaths) -> AsyncIterator[OutputsView]:
    downloader = OutputDownloader()
    tools = OutputTools(
        downloader=downloader,
        cache=OutputCache(qapp_paths.cache_dir / "outputs", downloader),
        settings=Settings.load(qapp_paths.settings_file),
    )
    view = OutputsView(tools)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    yield view
    await view.aclose()
    await downloader.aclose()


def _text(output_id: str, words: str) -> RunOutput:
    return RunOutput(output_id=output_id, type="text", url=words)


@pytest.mark.asyncio
async def test_outputs_sharing_an_id_each_get_their_own_card(
    outputs_view: OutputsView,
) -> None:
    """A server repeating one output id ("output") must not lose, stack or leak a card."""
    outputs = [_text("output", "first caption"), _text("output", "second caption")]
    outputs_view.set_outputs("run_1", "Captions", outputs)

    cards = outputs_view.cards()
    assert [c.text_view.text() for c in cards if c.text_view] == [
        "first caption",
        "second caption",
    ]
    grid = outputs_view._grid
    assert all(grid.indexOf(card) >= 0 for card in cards)  # laid out, not stacked at 0,0
    # Each card saves its own output: the ids the cards carry are distinct.
    assert len({c.output.output_id for c in cards}) == len(cards)
    assert outputs_view.save_all_button.isEnabled()


LOUD = '<span style="font-size:200pt">Studio</span>'


def _rendered_tall(label: QLabel) -> bool:
    label.setFixedWidth(2000)
    return label.heightForWidth(2000) > 4 * label.fontMetrics().lineSpacing() or (
        label.sizeHint().height() > 4 * label.fontMetrics().lineSpacing()
    )


def test_a_workspace_name_with_markup_shows_as_text(qtbot: QtBot) -> None:
    """A workspace named with markup reads as typed in the spend line and the status bar."""
    bar = RunBar()
    qtbot.addWidget(bar)
    bar.set_spend(1.24, 18.6, LOUD, practice=True)
    status = ConnectionStatus()
    qtbot.addWidget(status)
    status.set_workspace(LOUD + " (owner)")
    spend = bar.findChild(QLabel, "spendLine")
    workspace = status.findChild(QLabel, "workspaceLabel")
    for label in (spend, workspace):
        assert label is not None
        assert "<span" in label.text()
        assert not _rendered_tall(label), label.objectName()


# A signed link as storage services hand them out: hundreds of characters, no space.
SIGNED = (
    "https://cdn.example.com/out/abc.glb?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
    + "A" * 200
    + "&X-Amz-Signature="
    + "f" * 300
)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("kind", "url"),
    [("modelUrl", SIGNED), ("imageUrl", SIGNED.replace("https://", "ftp://"))],
    ids=["unknown-kind", "refused-link"],
)
async def test_a_long_link_never_pushes_a_cards_buttons_out_of_view(
    outputs_view: OutputsView, kind: str, url: str
) -> None:
    """A card showing its link as text fits a 660 px result: Save and Copy link in view."""
    outputs_view.resize(660, 600)
    outputs_view.set_outputs("run_1", "Models", [RunOutput(output_id="m", type=kind, url=url)])
    [card] = outputs_view.cards()
    assert card.minimumSizeHint().width() <= 600
    await wait_until(lambda: card.width() <= 660)
    for button in (card.copy_button, card.save_button):
        assert card.rect().contains(button.geometry()), button.objectName()
    # A kind the app does not know is called in words, not by its API name.
    assert card.title.text() == ("Output" if kind == "modelUrl" else "Image")


def test_a_long_workspace_name_never_widens_the_window(qtbot: QtBot) -> None:
    """The status bar's workspace (up to 300 characters from FLORA) fits a 900 px window."""
    status = ConnectionStatus()
    qtbot.addWidget(status)
    name = "Studio North " * 23
    status.set_workspace(f"{name} (owner)")
    assert status.minimumSizeHint().width() <= 600
    workspace = status.findChild(QLabel, "workspaceLabel")
    assert workspace is not None
    assert name.strip() in workspace.toolTip()  # the whole name is a hover away
