"""An assistive client walking the accessible tree while the launcher changes must not crash it.

PySide6 6.11.3 segfaulted in ``QAccessibleCache::idForObject`` when an AT-SPI client walked
the tree just as a scroll area's scroll bar came or went (a child index past the end;
PLATFORM.md). Here the whole tree of the window is walked through Qt's accessibility
interface, every child index including ones past the end, after each switch between a
result, an error banner and field errors on the rows, 240 times. The walk sees what a
screen reader sees; the inputs scroll area must keep the same accessible children
throughout (its scroll bar never comes or goes while the page is rebuilt).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable

import pytest
import pytest_asyncio
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractScrollArea
from pytestqt.qtbot import QtBot

from flora_desktop.api.errors import FieldError, InputValidationError
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.credentials import SessionCredentialStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.session import Connection
from flora_desktop.ui.messages import CANCELLED_MESSAGE
from flora_desktop.ui.pages.launcher import LauncherPage
from flora_desktop.ui.shell import Shell, build_shell
from tests.reliability.conftest import Observe
from tests.ui.conftest import Wait, wait_until
from tests.ui.test_launcher import pick

pytestmark = pytest.mark.gui

SWITCHES = 240
# Indexes asked beyond each node's last child: what a client with a stale count asks for.
PAST_THE_END = 3
TECHNIQUE = "Product Shot Studio"


@pytest.fixture
def wait() -> Wait:
    return wait_until


@pytest_asyncio.fixture
async def shell(qtbot: QtBot, app_paths: AppPaths, sandbox: SandboxServer) -> AsyncIterator[Shell]:
    built = build_shell(
        app_paths,
        base_url=sandbox.api_url,
        keyring_store=SessionCredentialStore(),
        session_store=SessionCredentialStore(),
    )
    qtbot.addWidget(built.window)
    # Small enough that a banner or field errors would push the rows past the viewport.
    built.window.resize(900, 600)
    built.window.show()
    yield built
    # The test shuts the app down itself: pytest-qt deletes the window before async teardown.


def walk(interface: QAccessibleInterface, counts: dict[str, int], path: str = "window") -> None:
    """Every node below ``interface``, asking each for every child index and a few more.

    Records each scroll area's child count under its path in ``counts``. Qt's scroll-area
    interface has no upper bound check (PLATFORM.md), so past-the-end indexes are not asked
    of scroll areas: instead their count must never change, so that no client's remembered
    index can ever be past the end.
    """
    counts["nodes"] = counts.get("nodes", 0) + 1
    interface.text(QAccessible.Text.Name)
    interface.role()
    owner = interface.object()
    count = interface.childCount()
    scroll_area = isinstance(owner, QAbstractScrollArea)
    if scroll_area:
        counts[path] = count
    for index in range(count if scroll_area else count + PAST_THE_END):
        child = interface.child(index)
        if index >= count:
            continue  # asking must not crash (a tool button may still hand out its menu)
        if child is None or not child.isValid():
            continue
        assert interface.indexOfChild(child) == index
        node = child.object()
        name = node.objectName() if node is not None else ""
        walk(child, counts, f"{path}/{index}:{name or type(node).__name__}")


@pytest.mark.asyncio
async def test_walking_the_tree_while_result_banner_and_field_errors_swap(
    shell: Shell, sandbox: SandboxServer, qtbot: QtBot, wait: Wait, observe: Observe
) -> None:
    await shell.window.show_connection(Connection(sandbox.api_url, sandbox.api_key, "session"))
    assert shell.window.launcher is not None
    page = shell.window.launcher.widget.findChild(LauncherPage)
    assert isinstance(page, LauncherPage)
    await wait(lambda: page.technique_picker.model.rowCount() > 0)
    await pick(page, TECHNIQUE, qtbot, wait)
    assert page.technique is not None
    keys = [i.id for i in page.technique.inputs]
    field_errors = InputValidationError(
        "Invalid inputs.",
        status_code=400,
        code="input_validation_error",
        fields=tuple(
            FieldError(key, "This must be a link to an image that FLORA can open. " * 3)
            for key in keys
        ),
    )

    def result() -> None:
        page.banner.clear()
        page.result_panel.show_maybe_started()

    def banner() -> None:
        page.result_panel.clear()
        page.banner.show_message(CANCELLED_MESSAGE)

    def fields() -> None:
        page.result_panel.clear()
        page.show_error(field_errors)

    states: tuple[Callable[[], None], ...] = (result, banner, fields)
    window = QAccessible.queryAccessibleInterface(shell.window)
    assert window is not None
    seen: dict[str, set[int]] = {}
    nodes = 0
    started = time.perf_counter()
    for switch in range(SWITCHES):
        page.editor.clear_field_errors()
        states[switch % len(states)]()
        # Half the walks run before the layout settles, half after: both are what AT-SPI meets.
        if switch % 2:
            await asyncio.sleep(0)  # the Qt loop lays the page out (never a nested processEvents)
        counts: dict[str, int] = {}
        walk(window, counts)
        nodes += counts.pop("nodes")
        for path, count in counts.items():
            seen.setdefault(path, set()).add(count)
        await asyncio.sleep(0)
    took = time.perf_counter() - started
    await shell.aclose()

    changed = {path: sorted(c) for path, c in seen.items() if len(c) > 1}
    assert not changed, f"scroll areas whose accessible children came and went: {changed}"
    assert any("inputsScroll" in path or "inputs" in path.lower() for path in seen), seen
    assert nodes > SWITCHES * 50, "the walk did not reach the page's controls"
    assert took < 60, f"{SWITCHES} walks took {took:.1f} s"
    observe(
        "a11y",
        f"an assistive client walks the whole accessible tree (every child index, and past the "
        f"end where Qt checks bounds) after each of {SWITCHES} switches between a result, the "
        "error banner and field errors, at 900×600",
        f"no crash; {nodes // SWITCHES} nodes per walk, {took:.1f} s in all",
        "every scroll area keeps the same accessible children throughout (the inputs scroll "
        "bar no longer comes and goes)",
    )
