"""The launcher page against the sandbox: pick, fill, Run, see the run; drafts and choices kept."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
import pytest_asyncio
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QToolButton
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.drafts import DraftStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.session import Connection
from flora_desktop.services.settings import Settings
from flora_desktop.ui.pages.launcher import LauncherPage
from tests.conftest import reset_sandbox
from tests.ui.conftest import Wait

IMAGE = "https://images.unsplash.com/photo-1.png"

MakePage = Callable[..., Awaitable[LauncherPage]]


# --- helpers shared with test_launcher_errors.py ------------------------------------------


def sandbox_get(sandbox: SandboxServer, what: str) -> list[dict[str, Any]]:
    """``GET /_sandbox/<what>`` -> its list (``runs`` or ``requests``)."""
    items: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/{what}").json()[what]
    return items


def add_fault(sandbox: SandboxServer, **body: Any) -> None:
    httpx.post(f"{sandbox.root_url}/_sandbox/faults", json=body).raise_for_status()


def fill(page: LauncherPage, key: str, value: str) -> None:
    """Type ``value`` into the editor's row for input ``key``, as a user would."""
    widget = value_widget(page, key)
    widget.setFocus()
    widget.clear()
    if len(value) > 200:
        # Typing 20,000 characters one by one would take a minute; paste-like instead.
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            widget.setPlainText(value)
    else:
        QTest.keyClicks(widget, value)


def value_widget(page: LauncherPage, key: str) -> QLineEdit | QPlainTextEdit:
    names = (f"inputValueField:{key}", f"value_{key}")
    for line in page.editor.findChildren(QLineEdit):
        if line.objectName() in names:
            return line
    for text in page.editor.findChildren(QPlainTextEdit):
        if text.objectName() in names:
            return text
    raise AssertionError(f"no editor row for {key!r}")


def click_row(page: LauncherPage, name: str, qtbot: QtBot) -> None:
    view = page.technique_picker.list
    model = page.technique_picker.model
    for row in range(model.rowCount()):
        technique = model.technique_at(row)
        if technique is not None and technique.name == name:
            index = model.index(row)
            view.scrollTo(index)
            rect = view.visualRect(index)
            QTest.mouseClick(
                view.viewport(),
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                QPoint(rect.center()),
            )
            return
    raise AssertionError(f"{name!r} is not listed")


async def pick(page: LauncherPage, name: str, qtbot: QtBot, wait: Wait) -> None:
    """Find a technique by typing its name into the search, then click it."""
    search = page.technique_picker.search
    search.clear()
    QTest.keyClicks(search, name)
    await wait(
        lambda: any(
            (t := page.technique_picker.model.technique_at(r)) is not None and t.name == name
            for r in range(page.technique_picker.model.rowCount())
        )
    )
    click_row(page, name, qtbot)
    await wait(lambda: page.technique is not None and page.technique.name == name)


def choose_workspace(page: LauncherPage, role: str) -> None:
    picker = page.workspace_picker
    for row in range(picker.count()):
        workspace = picker.workspaces_model.workspace_at(row)
        if workspace is not None and workspace.role == role:
            picker.setCurrentIndex(row)
            return
    raise AssertionError(f"no {role} workspace")


async def ready(page: LauncherPage, qtbot: QtBot, wait: Wait) -> dict[str, object]:
    """Owner workspace, CCTV Cam, photo filled; returns the draft as typed."""
    choose_workspace(page, "owner")
    await pick(page, "CCTV Cam", qtbot, wait)
    fill(page, "input_image", IMAGE)
    return page.editor.draft()


@pytest.fixture
def paths(qapp_paths: AppPaths) -> AppPaths:
    return qapp_paths


@pytest_asyncio.fixture
async def make_page(
    sandbox: SandboxServer, qtbot: QtBot, paths: AppPaths, sandbox_client: FloraClient
) -> AsyncIterator[MakePage]:
    """Build (and start) a page with real services on a temporary folder; closed after."""
    pages: list[LauncherPage] = []

    async def build(client: FloraClient | None = None, start: bool = True) -> LauncherPage:
        settings = Settings.load(paths.settings_file)
        drafts = DraftStore(paths.drafts_dir)
        connection = Connection(sandbox.api_url, sandbox.api_key, "sandbox")
        page = LauncherPage(client or sandbox_client, settings, drafts, connection)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        page.activateWindow()
        # The offscreen platform activates the window only when Qt processes its own
        # window-system events; nothing else runs yet, so one nested pass is harmless.
        QApplication.processEvents()
        pages.append(page)
        if start:
            await page.start()
        return page

    yield build
    for page in pages:
        await page.aclose()


# --- the happy path --------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_pick_fill_run_shows_the_run(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    choose_workspace(page, "owner")
    await pick(page, "CCTV Cam", qtbot, wait)
    assert page.run_bar.cost_text() == "Runs cost $0.06 each"
    fill(page, "input_image", IMAGE)

    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await wait(lambda: page.result_panel.isVisible())

    runs = sandbox_get(sandbox, "runs")
    assert len(runs) == 1
    panel = page.result_panel
    assert panel.run_id_text() == runs[0]["run_id"]
    assert panel.headline_text() == "Run started"
    assert panel.field_text("technique") == "CCTV Cam"
    assert panel.field_text("estimated").startswith("about ")
    assert panel.field_text("project").startswith("prj_")
    assert runs[0]["run_id"] in panel.accessibleDescription()
    # The poll URL is there, behind Details, not the headline.
    assert runs[0]["run_id"] in panel.poll_url_text()
    poll_label = panel.findChild(QLabel, "resultPollUrl")
    assert poll_label is not None
    assert not poll_label.isVisible()
    details = panel.findChild(QToolButton, "resultDetailsToggle")
    assert details is not None
    QTest.mouseClick(details, Qt.MouseButton.LeftButton)
    assert poll_label.isVisible()
    panel.copy_run_id()
    assert QApplication.clipboard().text() == runs[0]["run_id"]
    assert not page.banner.isVisible()
    assert page.run_bar.run_button.isEnabled()
    assert not page.busy


@pytest.mark.asyncio
async def test_ctrl_enter_runs(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    await ready(page, qtbot, wait)
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    await wait(lambda: page.result_panel.isVisible())
    assert len(sandbox_get(sandbox, "runs")) == 1


@pytest.mark.asyncio
async def test_double_click_starts_exactly_one_run(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    await ready(page, qtbot, wait)
    add_fault(sandbox, method="POST", path="/api/v1/runs/technique", mode="slow", delay_ms=300)

    button = page.run_bar.run_button
    QTest.mouseDClick(button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    await wait(lambda: page.busy)
    assert button.text() == "Starting…"
    assert button.property("busy") is True
    assert not button.isEnabled()
    assert page.run_bar.cancel_button.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    await wait(lambda: page.result_panel.isVisible())

    assert len(sandbox_get(sandbox, "runs")) == 1
    posts = [r for r in sandbox_get(sandbox, "requests") if r["method"] == "POST"]
    assert len(posts) == 1
    assert button.text() == "Run"
    assert button.property("busy") is False
    assert not page.run_bar.cancel_button.isVisible()


@pytest.mark.asyncio
async def test_invalid_inputs_send_nothing(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    choose_workspace(page, "owner")
    await pick(page, "CCTV Cam", qtbot, wait)
    # The required photo is left empty: the editor flags it, no request goes out.
    outcome = await page.submit()
    assert outcome is None
    assert not any(r["method"] == "POST" for r in sandbox_get(sandbox, "requests"))
    assert not page.busy
    assert page.run_bar.run_button.isEnabled()


@pytest.mark.asyncio
async def test_cancel_mid_flight_offers_look_up(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    await ready(page, qtbot, wait)
    # The sandbox starts the run, then holds the answer back.
    add_fault(
        sandbox,
        method="POST",
        path="/api/v1/runs/technique",
        mode="slow",
        delay_ms=1000,
        when="after",
    )
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await wait(lambda: page.busy and sandbox_get(sandbox, "runs"))
    assert page.editor.is_read_only()
    QTest.mouseClick(page.run_bar.cancel_button, Qt.MouseButton.LeftButton)
    await wait(lambda: not page.busy)

    panel = page.result_panel
    assert panel.headline_text() == "The run may still have started"
    assert not page.banner.isVisible()  # said once, beside its Look it up button
    look_up = panel.findChild(type(page.run_bar.run_button), "resultLookUp")
    assert look_up is not None
    assert look_up.isVisible()
    QTest.mouseClick(look_up, Qt.MouseButton.LeftButton)
    await wait(lambda: panel.run_id_text() != "")
    assert panel.run_id_text() == sandbox_get(sandbox, "runs")[0]["run_id"]
    assert panel.headline_text() == "Latest run of this technique"
    assert not page.editor.is_read_only()
    photo = value_widget(page, "input_image")
    assert isinstance(photo, QLineEdit)
    assert photo.text() == IMAGE  # the inputs stay as typed


@pytest.mark.asyncio
async def test_already_started_is_not_an_error(
    sandbox: SandboxServer,
    make_page: MakePage,
    qtbot: QtBot,
    wait: Wait,
    sandbox_client: FloraClient,
) -> None:
    page = await make_page()
    await ready(page, qtbot, wait)
    first = await page.submit()
    assert first is not None
    assert first.run is not None

    # "Try again" of the same click reuses its key: FLORA answers idempotency_duplicate.
    again = await page.try_again(first.submission)

    assert again is not None
    assert again.already_started
    assert page.result_panel.headline_text() == "This run was already started"
    assert page.result_panel.run_id_text() == first.run.run_id
    assert not page.banner.isVisible()
    assert len(sandbox_get(sandbox, "runs")) == 1


# --- pick: workspace, viewer, search ---------------------------------------------------------


@pytest.mark.asyncio
async def test_workspace_is_remembered(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    changes: list[str] = []
    page = await make_page()
    page.workspace_changed.connect(changes.append)
    choose_workspace(page, "editor")
    assert changes
    assert changes[-1].endswith("(editor)")
    chosen = page.workspace
    assert chosen is not None
    await page.aclose()

    again = await make_page()
    assert again.workspace == chosen
    assert again.workspace_picker.currentText() == f"{chosen.name} (editor)"


@pytest.mark.asyncio
async def test_viewer_workspace_explains_why_run_is_off(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    choose_workspace(page, "viewer")
    assert page.workspace_picker.currentText().endswith("(view only)")
    await pick(page, "CCTV Cam", qtbot, wait)
    fill(page, "input_image", IMAGE)
    reason = page.findChild(QLabel, "runBlockedReason")
    assert reason is not None
    assert reason.isVisible()
    assert reason.text() == (
        "Your role in this workspace (viewer) can't start runs. Choose another workspace."
    )
    assert not page.run_bar.run_button.isEnabled()
    assert await page.submit() is None
    assert sandbox_get(sandbox, "runs") == []
    choose_workspace(page, "owner")
    assert page.run_bar.run_button.isEnabled()
    assert not reason.isVisible()


@pytest.mark.asyncio
async def test_search_filters_locally_then_asks_the_server(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    model = page.technique_picker.model
    assert model.rowCount() > 3
    before = len(sandbox_get(sandbox, "requests"))

    QTest.keyClicks(page.technique_picker.search, "relight")

    # At once, from what is loaded, before any request.
    names = [model.technique_at(r).name for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert names == ["Portrait Relight"]

    # Then, debounced, one server search with the final text.
    def searched() -> list[dict[str, Any]]:
        return [
            r
            for r in sandbox_get(sandbox, "requests")[before:]
            if r["path"] == "/api/v1/techniques" and r["query"].get("query")
        ]

    await wait(lambda: searched())
    assert [r["query"]["query"] for r in searched()] == ["relight"]
    await wait(lambda: page.catalogue.catalog.query == "relight")
    assert model.rowCount() == 1

    QTest.keyClick(page.technique_picker.search, Qt.Key.Key_Escape)
    assert page.technique_picker.search.text() == ""
    await wait(lambda: model.rowCount() > 3)


@pytest.mark.asyncio
async def test_keyboard_only_pick(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    search = page.technique_picker.search
    QTest.keyClicks(search, "cctv")
    QTest.keyClick(search, Qt.Key.Key_Down)
    assert page.technique_picker.list.hasFocus()
    assert page.technique_picker.list.currentIndex().row() == 0
    QTest.keyClick(page.technique_picker.list, Qt.Key.Key_Return)
    await wait(lambda: page.technique is not None)
    assert page.technique is not None
    assert page.technique.name == "CCTV Cam"

    # Enter in the search field chooses the first match; Escape clears the search.
    QTest.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    QTest.keyClicks(search, "upscaler")
    QTest.keyClick(search, Qt.Key.Key_Return)
    await wait(lambda: page.technique is not None and page.technique.name == "Image Upscaler 4x")


# --- drafts ------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_draft_restored_after_rebuilding_the_page(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait, paths: AppPaths
) -> None:
    page = await make_page()
    typed = await ready(page, qtbot, wait)
    drafts = DraftStore(paths.drafts_dir)
    await wait(lambda: drafts.path_for(page.technique.technique_id).exists())  # type: ignore[union-attr]
    await page.aclose()

    again = await make_page()
    # The last technique comes back with what was typed.
    await wait(lambda: again.technique is not None)
    assert again.technique is not None
    assert again.technique.name == "CCTV Cam"
    assert again.editor.draft() == typed


@pytest.mark.asyncio
async def test_switching_technique_keeps_each_draft(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    cctv = await ready(page, qtbot, wait)
    await pick(page, "Image Upscaler 4x", qtbot, wait)
    assert page.editor.draft() != cctv
    await pick(page, "CCTV Cam", qtbot, wait)
    assert page.editor.draft() == cctv


@pytest.mark.asyncio
async def test_scrolling_to_the_end_loads_the_next_page(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    reset_sandbox(sandbox, catalog_size=130)
    page = await make_page()
    model = page.technique_picker.model
    assert model.rowCount() == 50  # one page of the catalogue
    view = page.technique_picker.list

    def scrolled_to(rows: int) -> bool:
        # Scroll again on every poll: the new rows are laid out after they arrive.
        view.scrollToBottom()
        return model.rowCount() >= rows

    await wait(lambda: scrolled_to(100))
    await wait(lambda: scrolled_to(101))  # the rest (some techniques are in one workspace)

    listed = [r for r in sandbox_get(sandbox, "requests") if r["path"] == "/api/v1/techniques"]
    assert [r["query"].get("limit") for r in listed] == ["50", "50", "50"]
    ids = [model.technique_at(r).technique_id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(set(ids)) == len(ids)
    assert not model.canFetchMore(QModelIndex())


@pytest.mark.asyncio
async def test_the_advanced_switch_is_remembered(
    make_page: MakePage, paths: AppPaths, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    await ready(page, qtbot, wait)
    assert not page.editor.is_advanced()  # a creative's view by default
    assert not page.editor.add_button.isVisible()
    QTest.mouseClick(page.editor.advanced_switch, Qt.MouseButton.LeftButton)
    assert page.editor.add_button.isVisible()
    await wait(lambda: Settings.load(paths.settings_file).advanced_inputs)

    again = await make_page()
    assert again.editor.is_advanced()
