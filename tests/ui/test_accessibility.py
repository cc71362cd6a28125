"""Every control a screen reader or the keyboard meets: a stable id, a name, and tab order.

Walks the real main window in its main states (sign-in, launcher with a technique, a
result, an error, the Settings dialog), the Runs tab with outputs of every kind and a failed
run, the History tab, the image viewer, the shortcuts sheet, the presets and copy-as menus
and a media row while its file uploads. Names are read through Qt's accessibility
interface, which is what AT-SPI hands to a screen reader (a label's buddy names its field,
a button's text names it).
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Iterable
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.credentials import SessionCredentialStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.profiles import Profiles
from flora_desktop.services.session import Connection
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.dialogs.settings_dialog import SettingsDialog
from flora_desktop.ui.dialogs.shortcuts_sheet import ShortcutsSheet
from flora_desktop.ui.pages.connected import HISTORY_TAB, RUNS_TAB, ConnectedTabs
from flora_desktop.ui.pages.launcher import LauncherPage
from flora_desktop.ui.shell import Shell, build_shell
from flora_desktop.ui.widgets.file_input_bar import FileInputBar
from flora_desktop.ui.widgets.output_image import ImageViewer
from tests.ui.conftest import Wait
from tests.ui.runs_support import URL_DOC, URL_VIDEO, RunsAppFactory
from tests.ui.test_launcher import add_fault, choose_workspace, fill, pick
from tests.ui.test_runs_panel import launch

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
)
# Parts of a compound control, named through their owner (a spin box's editor, a clear button).
COMPOUND = (QAbstractSpinBox, QComboBox, QLineEdit)
IMAGE = "https://images.unsplash.com/photo-1.png"


def interactive(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts: scroll bar buttons, the table corner button
        if isinstance(widget.parent(), COMPOUND):
            continue
        found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget.objectName()
    return interface.text(QAccessible.Text.Name).strip()


def unnamed(root: QWidget) -> list[str]:
    problems = []
    for widget in interactive(root):
        what = f"{type(widget).__name__}({widget.objectName() or '?'})"
        if not widget.objectName():
            parent = widget.parentWidget()
            problems.append(f"{what} in {parent.objectName() if parent else '?'} has no objectName")
        if not spoken_name(widget) and not widget.accessibleName():
            problems.append(f"{what} has no accessible name or visible text")
    return problems


def unnamed_actions(root: QWidget) -> list[str]:
    return [
        f"action {action.text()!r} has no objectName"
        for action in root.findChildren(QAction)
        if action.text()
        and not action.isSeparator()
        and not action.objectName()
        and not action.menu()
    ]


def focus_chain(root: QWidget) -> list[QWidget]:
    """The Tab order among ``root``'s visible, enabled, tab-focusable descendants."""
    members = [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root)
        and w.isEnabled()
        and w.focusPolicy().value & 0x1  # Qt.TabFocus
        and not isinstance(w.parent(), COMPOUND)
        # A scroll area is a stop for keyboard scrolling; its content has its own order.
        and not isinstance(w, QScrollArea)
    ]
    if not members:
        return []
    start, chain = members[0], []
    # Walk from the first member round the window's focus chain, once.
    widget: QWidget | None = start
    for _ in range(10_000):
        if widget is None:
            break
        if widget in members and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    # Rotate so the chain starts at the top-left control.
    first = min(chain, key=lambda w: (rect(w).top(), rect(w).left()))
    index = chain.index(first)
    return chain[index:] + chain[:index]


def rect(widget: QWidget) -> QRect:
    top_left = widget.mapTo(widget.window(), widget.rect().topLeft())
    return QRect(top_left, widget.size())


def out_of_reading_order(chain: Iterable[QWidget]) -> list[str]:
    """Pairs where Tab goes up, or left within the same row."""
    problems = []
    items = list(chain)
    for a, b in itertools.pairwise(items):
        ra, rb = rect(a), rect(b)
        same_row = rb.top() < ra.bottom() and ra.top() < rb.bottom()
        below = rb.top() >= ra.top() + min(ra.height(), rb.height()) // 2
        if not (below or (same_row and rb.left() >= ra.left())):
            problems.append(
                f"Tab from {a.objectName()} {ra.getRect()} to {b.objectName()} {rb.getRect()}"
            )
    return problems


def check(root: QWidget) -> None:
    problems = unnamed(root) + unnamed_actions(root)
    assert not problems, "\n".join(problems)


@pytest_asyncio.fixture
async def shell(qtbot: QtBot, qapp_paths: AppPaths, sandbox: SandboxServer) -> AsyncIterator[Shell]:
    built = build_shell(
        qapp_paths,
        base_url=sandbox.api_url,
        keyring_store=SessionCredentialStore(),
        session_store=SessionCredentialStore(),
    )
    qtbot.addWidget(built.window)
    built.window.resize(1280, 800)
    built.window.show()
    yield built
    await built.aclose()


async def launcher(shell: Shell, sandbox: SandboxServer, wait: Wait) -> LauncherPage:
    await shell.window.show_connection(Connection(sandbox.api_url, sandbox.api_key, "session"))
    assert shell.window.launcher is not None
    widget = shell.window.launcher.widget
    # The launcher may sit in the connected tabs (runs, history) or be the page itself.
    page = widget if isinstance(widget, LauncherPage) else widget.findChild(LauncherPage)
    assert isinstance(page, LauncherPage)
    await wait(lambda: page.technique_picker.model.rowCount() > 0)
    return page


@pytest.mark.asyncio
async def test_sign_in_controls_are_named_and_in_reading_order(shell: Shell, wait: Wait) -> None:
    shell.window.show_sign_in()
    await wait(lambda: not shell.window.sign_in.busy)

    check(shell.window)
    card = shell.window.sign_in.findChild(QWidget, "signInCard")
    assert card is not None
    assert not out_of_reading_order(focus_chain(card))


@pytest.mark.asyncio
async def test_launcher_result_and_error_controls_are_named(
    shell: Shell, sandbox: SandboxServer, qtbot: QtBot, wait: Wait
) -> None:
    page = await launcher(shell, sandbox, wait)
    await pick(page, "Art Director's Critique", qtbot, wait)
    check(shell.window)
    for column in ("launcherPickers", "launcherWork"):
        region = page.findChild(QWidget, column)
        assert region is not None
        problems = out_of_reading_order(focus_chain(region))
        assert not problems, "\n".join(problems)

    fill(page, "artwork", IMAGE)
    fill(page, "brief", "A poster")
    # An error: FLORA refuses the run; the banner's buttons must be named too.
    add_fault(sandbox, method="POST", path="/api/v1/runs/technique", status=404, code="not_found")
    await page.submit()
    await wait(lambda: page.banner.isVisible())
    check(shell.window)

    async with httpx.AsyncClient() as control:
        (await control.delete(f"{sandbox.root_url}/_sandbox/faults")).raise_for_status()
    await page.submit()
    await wait(lambda: page.result_panel.isVisible())
    check(shell.window)


@pytest.mark.asyncio
async def test_settings_dialog_controls_are_named_and_in_reading_order(
    qtbot: QtBot, qapp_paths: AppPaths
) -> None:
    from flora_desktop.services.settings import Settings

    settings = Settings.load(qapp_paths.settings_file)
    dialog = SettingsDialog(
        settings, Profiles(settings, lambda _s: SessionCredentialStore()), None, TaskOwner()
    )
    qtbot.addWidget(dialog)
    dialog.show()

    check(dialog)
    problems = out_of_reading_order(focus_chain(dialog))
    assert not problems, "\n".join(problems)
    assert focus_chain(dialog)[0] is dialog.profile_list


def check_order(region: QWidget) -> None:
    problems = out_of_reading_order(focus_chain(region))
    assert not problems, "\n".join(problems)


def check_menu(menu: QMenu) -> None:
    """A menu and its items (submenus too): an id, a name, and words on every item."""
    assert menu.objectName(), menu.title()
    assert menu.accessibleName() or menu.title(), menu.objectName()
    for action in menu.actions():
        if action.isSeparator() or (not action.text() and not action.menu()):
            continue  # section headers without text
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            check_menu(submenu)
            continue
        assert action.objectName(), f"{menu.objectName()}: {action.text()!r} has no objectName"
        assert action.text().strip(), f"{menu.objectName()}: {action.objectName()} has no text"


@pytest_asyncio.fixture
async def make_app(
    sandbox: SandboxServer, qapp_paths: AppPaths, qtbot: QtBot, tmp_path: Path
) -> AsyncIterator[RunsAppFactory]:
    folder = tmp_path / "saved"
    folder.mkdir()
    factory = RunsAppFactory(sandbox, qapp_paths, qtbot, folder)
    yield factory
    await factory.aclose()


async def finished(tabs: ConnectedTabs, run_id: str, wait: Wait) -> None:
    await wait(lambda: (t := tabs.tracker.get(run_id)) is not None and t.done)


# Marked by hand so it runs on the qasync loop, as the app does: on plain asyncio Qt's posted
# layout requests wait, and the output cards would be read at their unlaid-out places.
@pytest.mark.gui
@pytest.mark.asyncio
async def test_runs_tab_outputs_of_every_kind_and_a_failure_are_named_and_in_order(
    make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    tabs = app.tabs
    choose_workspace(app.page, "owner")
    deck = await launch(tabs, "Pitch Deck Visualizer", qtbot, wait, deck=URL_DOC)
    reel = await launch(tabs, "Highlight Reel Cutter", qtbot, wait, footage=URL_VIDEO)
    voice = await launch(tabs, "Voiceover Studio", qtbot, wait, script="Spring is here.")
    failed = await launch(tabs, "Voiceover Studio", qtbot, wait, script="Hello #fail")
    for run_id in (deck, reel, voice, failed):
        await finished(tabs, run_id, wait)
    tabs.setCurrentIndex(RUNS_TAB)
    panel = tabs.runs

    kinds: set[str] = set()
    # image + document, video + text, audio: every kind of output card and player.
    for run_id, count in ((deck, 2), (reel, 2), (voice, 1)):
        assert panel.select_run(run_id)
        await wait(lambda n=count: len(panel.outputs.cards()) == n)  # type: ignore[misc]
        kinds.update(card.output.type for card in panel.outputs.cards())
        check(tabs)
        check_order(panel.detail)
    assert kinds == {"imageUrl", "documentUrl", "videoUrl", "text", "audioUrl"}

    assert panel.select_run(failed)
    await wait(lambda: panel.failure.isVisibleTo(panel))
    check(tabs)
    check_order(panel.detail)
    # The failure reads as its words: live labels carry no fixed name that would hide them.
    assert panel.failure.accessibleDescription().startswith(panel.failure.title.text())
    for label in (panel.failure.title, panel.failure.text, panel.failure.details):
        assert not label.accessibleName()


@pytest.mark.asyncio
async def test_history_tab_with_a_selected_run_is_named_and_in_order(
    make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    tabs = app.tabs
    choose_workspace(app.page, "owner")
    run_id = await launch(tabs, "Pitch Deck Visualizer", qtbot, wait, deck=URL_DOC)
    await finished(tabs, run_id, wait)
    view = tabs.history
    tabs.setCurrentIndex(HISTORY_TAB)
    await view.refresh()
    await wait(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    await wait(lambda: view.selected_record is not None and len(view.outputs.cards()) == 2)
    check(tabs)
    check_order(view)


@pytest.mark.asyncio
async def test_the_image_viewer_is_named_and_in_order(
    make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    tabs = app.tabs
    choose_workspace(app.page, "owner")
    run_id = await launch(tabs, "Pitch Deck Visualizer", qtbot, wait, deck=URL_DOC)
    await finished(tabs, run_id, wait)
    tabs.setCurrentIndex(RUNS_TAB)
    outputs = tabs.runs.outputs
    await wait(lambda: len(outputs.cards()) == 2)
    image = next(card for card in outputs.cards() if card.output.type == "imageUrl")
    viewer = await outputs.view_full(image.output.output_id)
    assert isinstance(viewer, ImageViewer)  # deletes itself on close
    await wait(lambda: not viewer.image_size.isEmpty())
    check(viewer)
    check_order(viewer)
    # Symbol buttons are named in words, with their keys in the tooltip.
    assert spoken_name(viewer.zoom_in_button) == "Zoom in"
    assert viewer.zoom_in_button.toolTip() == "Zoom in (Ctrl++)"
    viewer.close()


@pytest.mark.asyncio
async def test_presets_copy_as_menus_and_an_upload_in_progress_are_named(
    make_app: RunsAppFactory, qtbot: QtBot, wait: Wait
) -> None:
    app = await make_app()
    page = app.page
    choose_workspace(page, "owner")
    await pick(page, "Pitch Deck Visualizer", qtbot, wait)
    tools = page.tools
    await tools.presets.save_current("Quarterly deck")
    await wait(lambda: tools.presets.menu_widget.findChild(QMenu, "applyPresetMenu") is not None)
    # Each rebuild of the menu leaves its old submenus nameless until Qt deletes them (a
    # deleteLater, which the test's loop never gets to): only the menu a person opens counts.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert all(m.objectName() for m in tools.presets.menu_widget.findChildren(QMenu))
    for button in (tools.presets, tools.copy_as):
        assert button.objectName()
        assert spoken_name(button)
        assert button.accessibleDescription()
        check_menu(button.menu_widget)

    # A media row while its file uploads: progress and Cancel replace "Choose file…".
    bar = page.findChild(FileInputBar, "fileInput:deck")
    assert bar is not None
    bar.start("deck.pdf")
    assert bar.progress.isVisibleTo(page)
    assert bar.cancel_button.isVisibleTo(page)
    check(app.tabs)
    assert spoken_name(bar.cancel_button) == "Cancel the upload for Pitch deck"
    bar.finish("")


@pytest.mark.asyncio
async def test_the_shortcuts_sheet_is_named_and_in_order(shell: Shell, wait: Wait) -> None:
    QTest.keyClick(shell.window, Qt.Key.Key_F1)
    await wait(lambda: shell.window.findChild(ShortcutsSheet) is not None)
    sheet = shell.window.findChild(ShortcutsSheet)
    assert sheet is not None
    await wait(lambda: sheet.isVisible())
    check(sheet)
    check_order(sheet)
    sheet.close()
