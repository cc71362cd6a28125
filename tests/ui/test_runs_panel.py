"""The Runs panel on the sandbox: runs watched to the end, outputs shown, failures explained."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.paths import AppPaths
from flora_desktop.ui.models.runs_model import RunsModel
from flora_desktop.ui.notify import Notifier
from flora_desktop.ui.pages.connected import LAUNCH_TAB, RUNS_TAB, ConnectedTabs
from flora_desktop.ui.widgets.output_media import MediaOutput
from tests.conftest import reset_sandbox
from tests.ui.conftest import Wait
from tests.ui.runs_support import (
    URL_DOC,
    URL_VIDEO,
    RunsApp,
    RunsAppFactory,
    sandbox_runs,
)
from tests.ui.test_launcher import choose_workspace, fill, pick


@pytest_asyncio.fixture
async def make_app(
    sandbox: SandboxServer, qapp_paths: AppPaths, qtbot: QtBot, tmp_path: Path
) -> AsyncIterator[RunsAppFactory]:
    folder = tmp_path / "saved"
    folder.mkdir()
    factory = RunsAppFactory(sandbox, qapp_paths, qtbot, folder)
    yield factory
    await factory.aclose()


async def launch(tabs: ConnectedTabs, name: str, qtbot: QtBot, wait: Wait, **values: str) -> str:
    """Pick ``name``, type ``values``, click Run; return the new run's id."""
    page = tabs.launcher
    tabs.setCurrentIndex(LAUNCH_TAB)
    before = len(tabs.tracker.runs)
    if page.technique is None or page.technique.name != name:
        await pick(page, name, qtbot, wait)
    for key, value in values.items():
        fill(page, key, value)
    # A second deliberate press comes after a double-click interval (ui/spend_guard.py).
    await wait(page.spend_guard.admits)
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await wait(lambda: len(tabs.tracker.runs) > before and not page.busy)
    return tabs.tracker.runs[-1].run_id


def row_text(app: RunsApp, run_id: str, column: int) -> str:
    model = app.tabs.runs.model
    row = model.row_of(run_id)
    assert row is not None
    return str(model.data(model.index(row, column)))


@pytest.mark.asyncio
async def test_a_run_is_watched_to_completion_and_its_image_and_document_show(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    choose_workspace(app.page, "owner")
    run_id = await launch(app.tabs, "Pitch Deck Visualizer", qtbot, wait, deck=URL_DOC)
    tracker = app.tabs.tracker

    await wait(lambda: (t := tracker.get(run_id)) is not None and t.done)
    panel = app.tabs.runs
    assert row_text(app, run_id, RunsModel.TECHNIQUE) == "Pitch Deck Visualizer"
    assert row_text(app, run_id, RunsModel.WORKSPACE) == "Studio North"
    assert row_text(app, run_id, RunsModel.STATUS) == "Completed"
    assert row_text(app, run_id, RunsModel.PROGRESS).startswith("took ")
    assert ":" in row_text(app, run_id, RunsModel.STARTED)
    assert panel.selected_run_id == run_id
    assert panel.progress.bar.value() == 100
    assert panel.progress.text_shown().startswith("Completed — took ")

    outputs = panel.outputs
    await wait(lambda: len(outputs.cards()) == 2)
    image, document = outputs.cards()
    assert image.output.type == "imageUrl"
    assert document.output.type == "documentUrl"
    # The thumbnail is decoded off the UI thread, then shown scaled down.
    assert image.thumbnail is not None
    await wait(lambda: image.thumbnail is not None and image.thumbnail.has_image)
    # Large: the preview grows with the room it has (never past the decoded image).
    shown_side = max(image.thumbnail.iconSize().width(), image.thumbnail.iconSize().height())
    assert shown_side > 220
    # Documents show their first page and open with the system viewer (recorded here).
    assert document.document is not None
    await wait(lambda: document.document is not None and document.document.has_page)
    assert document.open_button.isVisibleTo(document)
    QTest.mouseClick(document.open_button, Qt.MouseButton.LeftButton)
    await wait(lambda: bool(app.opened))
    assert app.opened[0].isLocalFile()
    assert app.opened[0].toLocalFile().endswith(".pdf")

    # Exactly one run started; the history has it, final, with its inputs (never a key).
    assert [r["run_id"] for r in sandbox_runs(sandbox)] == [run_id]
    record = await app.history.get(run_id, base_url=sandbox.api_url)
    assert record is not None
    await wait(lambda: app.tabs.tracker.get(run_id) is not None)
    for _ in range(100):
        record = await app.history.get(run_id, base_url=sandbox.api_url)
        if record is not None and record.status == "completed":
            break
        await wait(lambda: True)
    assert record is not None
    assert record.status == "completed"
    assert dict(record.inputs or {}) == {"deck": URL_DOC}
    assert len(record.outputs) == 2
    assert record.technique_name == "Pitch Deck Visualizer"


@pytest.mark.asyncio
async def test_video_audio_and_text_outputs_get_players_and_full_text(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    choose_workspace(app.page, "owner")
    reel = await launch(app.tabs, "Highlight Reel Cutter", qtbot, wait, footage=URL_VIDEO)
    voice = await launch(app.tabs, "Voiceover Studio", qtbot, wait, script="Spring is here.")
    tracker = app.tabs.tracker
    await wait(lambda: all((t := tracker.get(r)) is not None and t.done for r in (reel, voice)))
    panel = app.tabs.runs
    app.tabs.setCurrentIndex(RUNS_TAB)

    assert panel.select_run(reel)
    await wait(lambda: len(panel.outputs.cards()) == 2)
    video_card, text_card = panel.outputs.cards()
    assert isinstance(video_card.media, MediaOutput)
    assert video_card.media.is_video()
    assert video_card.media.source().toString() == video_card.output.url
    assert video_card.media.video is not None
    assert video_card.media.video.objectName() == ("mediaVideo")
    # The text is there in full, selectable, and Copy puts all of it on the clipboard.
    assert text_card.text_view is not None
    full_text = text_card.output.url
    assert text_card.text_view.text() == full_text
    assert text_card.text_view.view.isReadOnly()
    QTest.mouseClick(text_card.text_view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == full_text
    assert not text_card.copy_button.isVisibleTo(text_card)  # text has no URL to copy

    assert panel.select_run(voice)
    await wait(lambda: len(panel.outputs.cards()) == 1)
    (audio_card,) = panel.outputs.cards()
    assert isinstance(audio_card.media, MediaOutput)
    assert not audio_card.media.is_video()
    assert audio_card.media.source().toString() == audio_card.output.url
    QTest.mouseClick(audio_card.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == audio_card.output.url


@pytest.mark.asyncio
async def test_a_failed_run_is_explained_in_plain_words_and_run_again_says_it_is_billed(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    choose_workspace(app.page, "owner")
    run_id = await launch(app.tabs, "Voiceover Studio", qtbot, wait, script="Hello #fail")
    tracker = app.tabs.tracker
    await wait(lambda: (t := tracker.get(run_id)) is not None and t.done)
    panel = app.tabs.runs
    app.tabs.setCurrentIndex(RUNS_TAB)
    assert row_text(app, run_id, RunsModel.STATUS) == "Failed"

    failure = panel.failure
    assert failure.isVisibleTo(panel)
    assert failure.property("group") == "retry_now"
    assert failure.title.text() == "The run hit a temporary problem"
    assert "provider_error" in failure.details.text()
    assert "{" not in failure.text.text()  # plain words, no JSON
    assert not panel.outputs.isVisibleTo(panel)  # no empty outputs box under a failed run
    again = panel.again_button
    assert again.text() == "Run again with these inputs — new run, costs $0.20"
    assert "billed" in again.accessibleDescription() or "costs" in again.accessibleDescription()

    first_key = sandbox_runs(sandbox)[0]["idempotency_key"]
    # A deliberate second press, a double-click interval after the first (ui/spend_guard.py):
    # on a fast machine the run fails within the interval and the click would be refused.
    await wait(app.page.spend_guard.admits)
    QTest.mouseClick(again, Qt.MouseButton.LeftButton)
    await wait(lambda: len(sandbox_runs(sandbox)) == 2 and len(app.tracked()) == 2)
    second = sandbox_runs(sandbox)[1]
    # A new run with the same inputs and a new key: the normal Run path.
    assert second["inputs"] == {"script": "Hello #fail"}
    assert second["idempotency_key"] != first_key


@pytest.mark.asyncio
async def test_a_refused_input_says_change_the_input(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    choose_workspace(app.page, "owner")
    run_id = await launch(
        app.tabs, "Voiceover Studio", qtbot, wait, script="x #fail:GENERATION_PROMPT_MODERATED"
    )
    await wait(lambda: (t := app.tabs.tracker.get(run_id)) is not None and t.done)
    panel = app.tabs.runs
    app.tabs.setCurrentIndex(RUNS_TAB)
    assert panel.failure.property("group") == "change_input"
    assert panel.failure.title.text() == "The inputs were refused by a safety filter"
    assert "Change the prompt" in panel.failure.text.text()
    assert panel.open_button.property("primary") is True

    # Open in editor: back to Launch with the technique and the inputs as a new draft.
    QTest.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    await wait(lambda: app.tabs.currentIndex() == LAUNCH_TAB)
    await wait(lambda: app.page.editor.draft()["rows"][0]["value"].startswith("x #fail"))
    assert app.page.technique is not None
    assert app.page.technique.name == "Voiceover Studio"
    assert len(sandbox_runs(sandbox)) == 1  # opening never starts a run


@pytest.mark.asyncio
async def test_several_runs_go_at_once_while_more_are_launched(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    reset_sandbox(sandbox, run_seconds=3.0)
    app = await make_app()
    choose_workspace(app.page, "owner")
    ids = [
        await launch(app.tabs, "Voiceover Studio", qtbot, wait, script=f"Take {n}")
        for n in range(3)
    ]
    panel = app.tabs.runs
    assert len(set(ids)) == 3
    assert panel.model.rowCount() == 3
    # Newest on top; all three going at the same time, and the launcher still usable.
    assert panel.model.tracked_at(0) is not None
    assert panel.model.tracked_at(0).run_id == ids[-1]  # type: ignore[union-attr]
    await wait(lambda: panel.active_count == 3)
    assert app.tabs.tabText(RUNS_TAB) == "&Runs (3 going)"
    assert app.page.run_bar.run_button.isEnabled()
    await wait(lambda: all(app.tabs.tracker.watching(r) for r in ids))

    reset_sandbox(sandbox, run_seconds=0.3)  # the sandbox forgets the runs: stop here
    await app.tabs.tracker.aclose()
    assert not any(app.tabs.tracker.watching(r) for r in ids)


@pytest.mark.asyncio
async def test_all_runs_complete_and_the_count_goes_back(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    reset_sandbox(sandbox, run_seconds=1.0)
    app = await make_app()
    choose_workspace(app.page, "owner")
    ids = [
        await launch(app.tabs, "Art Director's Critique", qtbot, wait, artwork=URL_DOC)
        for _ in range(2)
    ]
    panel = app.tabs.runs
    await wait(lambda: panel.active_count >= 1)
    await wait(lambda: panel.active_count == 0)
    assert app.tabs.tabText(RUNS_TAB) == "&Runs"
    assert [row_text(app, r, RunsModel.STATUS) for r in ids] == ["Completed", "Completed"]


@pytest.mark.asyncio
async def test_a_finished_run_is_announced_only_when_the_window_is_not_active(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    active = [False]
    notifier = Notifier(app.tabs, is_active=lambda: active[0], tray_available=False)
    app.tabs.notifier = notifier
    choose_workspace(app.page, "owner")
    first = await launch(app.tabs, "Voiceover Studio", qtbot, wait, script="One")
    await wait(lambda: notifier.last is not None)
    assert notifier.last is not None
    channel, title, text = notifier.last
    assert channel == "toast"
    assert title == "Voiceover Studio: completed"
    assert "outputs are ready" in text
    assert notifier.toast.isVisible()
    assert (t := app.tabs.tracker.get(first)) is not None
    assert t.done

    notifier.last = None
    active[0] = True
    second = await launch(app.tabs, "Voiceover Studio", qtbot, wait, script="Two")
    await wait(lambda: (t := app.tabs.tracker.get(second)) is not None and t.done)
    assert notifier.last is None  # the user is looking: no notification


@pytest.mark.asyncio
async def test_runs_and_history_are_built_when_first_shown_or_needed(
    make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    from flora_desktop.ui.pages.connected import HISTORY_TAB
    from flora_desktop.ui.pages.history import HistoryView
    from flora_desktop.ui.pages.runs import RunsPanel

    app = await make_app()
    tabs = app.tabs
    # Connecting builds the launcher only; a history change before History shows builds
    # nothing (History reads the history when first shown).
    assert tabs.findChildren(RunsPanel) == []
    tabs.tracker.on_history_changed()  # type: ignore[misc]
    assert tabs.findChildren(HistoryView) == []

    tabs.setCurrentIndex(RUNS_TAB)
    panel = tabs.runs
    assert tabs.findChildren(RunsPanel) == [panel]
    assert panel.isVisibleTo(tabs)
    tabs.setCurrentIndex(HISTORY_TAB)
    view = tabs.history
    assert tabs.findChildren(HistoryView) == [view]
    assert view.isVisibleTo(tabs)
    assert tabs.runs is panel
    assert tabs.history is view

    # Built once, the panel keeps following runs started while Launch shows.
    tabs.setCurrentIndex(LAUNCH_TAB)
    choose_workspace(app.page, "owner")
    run_id = await launch(tabs, "Pitch Deck Visualizer", qtbot, wait, deck=URL_DOC)
    await wait(lambda: (t := tabs.tracker.get(run_id)) is not None and t.done)
    assert panel.selected_run_id == run_id
