"""Issue 11 through the real tabs on the sandbox: the run just started, live, in Launch.

Clicks and types as a user would: pick, fill, Run, then watch the result beside (or
below) the form to its end, with its outputs, its next steps and its words for screen
readers; the Runs tab follows the newest run; money and mode are said honestly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.paths import AppPaths
from flora_desktop.ui.pages.connected import LAUNCH_TAB
from tests.conftest import reset_sandbox
from tests.ui.conftest import Wait
from tests.ui.runs_support import URL_DOC, RunsApp, RunsAppFactory, sandbox_runs
from tests.ui.test_accessibility import check
from tests.ui.test_launcher import add_fault, choose_workspace, fill, pick
from tests.ui.test_runs_panel import launch

RUNS = "/api/v1/runs/technique"


@pytest_asyncio.fixture
async def make_app(
    sandbox: SandboxServer, qapp_paths: AppPaths, qtbot: QtBot, tmp_path: Path
) -> AsyncIterator[RunsAppFactory]:
    folder = tmp_path / "saved"
    folder.mkdir()
    factory = RunsAppFactory(sandbox, qapp_paths, qtbot, folder)
    yield factory
    await factory.aclose()


def _opened(app: RunsApp) -> list[QUrl]:
    """Record what the page would open in the browser instead of opening it."""
    opened: list[QUrl] = []

    def record(url: QUrl) -> bool:
        opened.append(url)
        return True

    app.page.open_url = record
    return opened


@pytest.mark.asyncio
async def test_the_run_just_started_shows_live_beside_the_form_to_its_outputs(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    app.connection.widget.resize(1400, 900)
    page = app.page
    choose_workspace(page, "owner")
    assert not page.layout_unit.result_shown  # nothing started: the form has the room
    assert page.result_scroll.width() == 0

    run_id = await launch(app.tabs, "Pitch Deck Visualizer", qtbot, wait, deck=URL_DOC)

    live = app.tabs.live
    panel = page.result_panel
    assert page.side_by_side
    assert page.layout_unit.result_shown
    assert page.result_scroll.width() > 0
    assert live.run_id == run_id
    await wait(lambda: live.status == "completed")
    assert panel.headline_text() == "Done"
    # Outputs arrive in Launch: a large image preview and the document's first page.
    cards = live.outputs.cards()
    assert [c.output.type for c in cards] == ["imageUrl", "documentUrl"]
    image, document = cards
    await wait(lambda: image.thumbnail is not None and image.thumbnail.has_image)
    assert image.thumbnail is not None
    assert image.thumbnail.iconSize().width() > 220
    await wait(lambda: document.document is not None and document.document.has_page)
    # The technique's own names for its outputs, not "Image 1" or "output_1".
    assert [c.title.text() for c in cards] == ["Hero visual", "Styled deck"]
    assert image.accessibleName() == "Output 1: Hero visual"
    # Run again carries its cost; the run's id, type, project and address are in Details.
    again = live.actions_row.again_button
    assert again.isVisibleTo(live)
    assert "costs $0.55" in again.text()
    assert again.property("primary") is True
    fields = panel.findChild(QLabel, "resultRunId")
    assert fields is not None
    assert not fields.isVisible()
    details = panel.findChild(QToolButton, "resultDetailsToggle")
    assert details is not None
    QTest.mouseClick(details, Qt.MouseButton.LeftButton)
    assert fields.isVisible()
    assert panel.run_id_text() == run_id
    assert run_id in panel.poll_url_text()
    # Heard, not only seen.
    assert "Starting the run…" in page.announcer.said
    assert "Run started." in page.announcer.said
    assert live.announcer.said[-1] == "Run finished: 2 outputs."
    # The Runs tab follows the new run.
    assert app.tabs.runs.selected_run_id == run_id
    # Every control in Launch, the live result included, has a name; nothing is "unknown".
    check(page)
    unknown = [
        w.objectName()
        for w in page.findChildren(QWidget)
        if w.isVisibleTo(page)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and (i := QAccessible.queryAccessibleInterface(w)) is not None
        and i.role() in (QAccessible.Role.Client, QAccessible.Role.NoRole)
    ]
    assert unknown == []


@pytest.mark.asyncio
async def test_on_a_narrow_window_the_result_sits_below_the_form(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    app.connection.widget.resize(900, 600)
    page = app.page
    choose_workspace(page, "owner")
    await launch(app.tabs, "CCTV Cam", qtbot, wait, input_image=URL_DOC.replace("pdf", "png"))
    await wait(lambda: page.layout_unit.result_shown)
    assert not page.side_by_side
    form, result = page.work_split.sizes()
    assert result > 0
    assert result >= form  # the run just started gets the larger share
    pickers = page.splitter.sizes()[0]
    assert pickers <= 240  # the technique list narrows on a small window


@pytest.mark.asyncio
async def test_a_refused_run_offers_to_change_the_input_not_to_pay_again(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    choose_workspace(app.page, "owner")
    await launch(
        app.tabs, "Voiceover Studio", qtbot, wait, script="x #fail:GENERATION_PROMPT_MODERATED"
    )
    live = app.tabs.live
    await wait(lambda: live.status == "failed")
    assert app.page.result_panel.headline_text() == "The run failed"
    failure = live.failure
    assert failure.title.text() == "The inputs were refused by a safety filter"
    # A creative's words in view; FLORA's message and code folded behind Details, the code
    # said once even though FLORA's own message names it too.
    code = "GENERATION_PROMPT_MODERATED"
    assert code not in failure.title.text() + failure.text.text()
    assert not failure.details_shown()
    toggle = failure.details_toggle
    assert toggle.isVisibleTo(failure)
    toggle.setFocus()
    QTest.keyClick(toggle, Qt.Key.Key_Space)  # by keyboard alone
    assert failure.details_shown()
    assert failure.details.text().count(code) == 1
    assert toggle.text() == "Hide what FLORA said"
    assert failure.details.text() == f"The run failed with {code} (sandbox trigger)."
    QTest.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not failure.details_shown()
    assert live.actions_row.open_button.property("primary") is True
    assert live.actions_row.again_button.property("primary") is False
    # Said once, in the failure box, not again under the buttons.
    assert "fail the same way" in failure.text.text()
    assert not live.actions_row.note.isVisibleTo(live)
    assert not live.outputs.isVisibleTo(live)
    assert live.announcer.said[-1].startswith("Run failed: The inputs were refused")

    # Open in editor from the live result: the inputs come back as a new draft.
    QTest.mouseClick(live.actions_row.open_button, Qt.MouseButton.LeftButton)
    await wait(lambda: app.page.editor.draft()["rows"][0]["value"].startswith("x #fail"))
    assert app.tabs.currentIndex() == LAUNCH_TAB


@pytest.mark.asyncio
async def test_the_runs_tab_keeps_a_run_the_user_picked(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    choose_workspace(app.page, "owner")
    first = await launch(app.tabs, "Voiceover Studio", qtbot, wait, script="One")
    runs = app.tabs.runs
    await wait(lambda: runs.selected_run_id == first)
    second = await launch(app.tabs, "Voiceover Studio", qtbot, wait, script="Two")
    await wait(lambda: runs.selected_run_id == second)  # the newest, when nobody picked

    # The user picks the first run by clicking its row: a new run does not take it away.
    row = runs.model.row_of(first)
    assert row is not None
    rect = runs.table.visualRect(runs.model.index(row, 0))
    QTest.mouseClick(runs.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert runs.selected_run_id == first
    third = await launch(app.tabs, "Voiceover Studio", qtbot, wait, script="Three")
    await wait(lambda: runs.model.row_of(third) is not None)
    assert runs.selected_run_id == first


@pytest.mark.asyncio
async def test_practice_mode_and_spend_are_said(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    page = app.page
    assert page.practice_strip.isVisible()
    assert "nothing is charged" in page.practice_strip.text()
    choose_workspace(page, "owner")
    run_id = await launch(app.tabs, "Voiceover Studio", qtbot, wait, script="Hello")
    await wait(lambda: (t := app.tabs.tracker.get(run_id)) is not None and t.done)
    await wait(lambda: "$0.20" in page.run_bar.spend_text())
    # The sandbox's credits are pretend: the line says so.
    line = "Practice credits used today $0.20 · this month $0.20 in Studio North"
    assert page.run_bar.spend_text() == line
    assert page.run_bar.run_button.accessibleDescription().endswith(line)


@pytest.mark.asyncio
async def test_402_offers_open_billing(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    reset_sandbox(sandbox, credits=0)
    app = await make_app()
    opened = _opened(app)
    page = app.page
    choose_workspace(page, "owner")
    await pick(page, "Voiceover Studio", qtbot, wait)
    fill(page, "script", "Hello")
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await wait(lambda: page.banner.isVisible() and not page.busy)
    assert page.banner.title_text() == "Not enough credits"
    button = page.banner.findChild(type(page.run_bar.run_button), "errorBannerAction")
    assert button is not None
    assert button.text() == "Open billing"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    await wait(lambda: bool(opened))
    # The sandbox has no billing page: the FLORA app the contract documents, over https.
    assert [u.toString() for u in opened] == ["https://app.flora.ai"]
    assert sandbox_runs(sandbox) == []
    assert page.announcer.said[-1] == "Not enough credits"


@pytest.mark.asyncio
async def test_403_focuses_the_workspace_picker(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    page = app.page
    choose_workspace(page, "owner")
    await pick(page, "Voiceover Studio", qtbot, wait)
    fill(page, "script", "Hello")
    add_fault(sandbox, method="POST", path=RUNS, status=403, code="forbidden")
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await wait(lambda: page.banner.isVisible() and not page.busy)
    button = page.banner.findChild(type(page.run_bar.run_button), "errorBannerAction")
    assert button is not None
    assert button.text() == "Choose another workspace"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    await wait(lambda: QApplication.focusWidget() is page.workspace_picker)


@pytest.mark.asyncio
async def test_tab_walks_the_page_in_reading_order_and_back(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    app.connection.widget.resize(1400, 900)
    page = app.page
    choose_workspace(page, "owner")
    await launch(app.tabs, "Voiceover Studio", qtbot, wait, script="Hello")
    await wait(lambda: app.tabs.live.status == "completed")
    page.activateWindow()
    page.workspace_picker.setFocus()

    forward = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        forward.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is page.workspace_picker:
            break
    names = [w.objectName() for w in forward]
    assert names[:3] == ["workspacePicker", "techniqueSearch", "techniquePicker"]
    run = names.index("runButton")
    assert any(n.startswith("inputValueField") for n in names[3:run])  # the form
    after = forward[run + 1 :]
    assert after, "Tab stops at Run"
    assert all(page.result_panel.isAncestorOf(w) for w in after)  # then the result
    assert QApplication.focusWidget() is page.workspace_picker  # and round again

    backward = []
    for _ in range(len(forward)):
        widget = QApplication.focusWidget()
        assert widget is not None
        QTest.keyClick(widget, Qt.Key.Key_Backtab)
        backward.append(QApplication.focusWidget())
    assert backward == list(reversed(forward))


@pytest.mark.asyncio
async def test_a_400_puts_the_focus_on_the_field_at_fault(
    sandbox: SandboxServer, make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    page = app.page
    choose_workspace(page, "owner")
    await pick(page, "Art Director's Critique", qtbot, wait)
    fill(page, "artwork", URL_DOC.replace("pdf", "png"))
    fill(page, "brief", "x" * 20_001)  # the sandbox takes at most 20,000 characters
    page.run_bar.run_button.setFocus()
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await wait(lambda: page.banner.isVisible() and not page.busy)
    assert page.banner.title_text() == "Some inputs need a fix"
    await wait(
        lambda: (
            (f := QApplication.focusWidget()) is not None
            and f.objectName() == "inputValueField:brief"
        )
    )
    assert sandbox_runs(sandbox) == []
