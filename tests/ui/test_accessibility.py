"""Every control a screen reader or the keyboard meets: a stable id, a name, and tab order.

Walks the real main window in its main states (sign-in, launcher with a technique, a
result, an error, the Settings dialog). Names are read through Qt's accessibility
interface, which is what AT-SPI hands to a screen reader (a label's buddy names its field,
a button's text names it).
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Iterable

import httpx
import pytest
import pytest_asyncio
from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from flora_desktop.app import Shell, build_shell
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.credentials import SessionCredentialStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.profiles import Profiles
from flora_desktop.services.session import Connection
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.dialogs.settings_dialog import SettingsDialog
from flora_desktop.ui.pages.launcher import LauncherPage
from tests.ui.conftest import Wait
from tests.ui.test_launcher import add_fault, fill, pick

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
