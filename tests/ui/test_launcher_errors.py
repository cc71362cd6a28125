"""The launcher's answer to every error code: plain words, what to do, nothing typed lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.api.errors import FieldError, InputValidationError
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.ui.pages.launcher import LauncherPage
from tests.conftest import reset_sandbox
from tests.ui.conftest import Wait
from tests.ui.test_launcher import (
    IMAGE,
    MakePage,
    add_fault,
    choose_workspace,
    fill,
    make_page,
    paths,
    pick,
    ready,
    sandbox_get,
)

__all__ = ["make_page", "paths"]  # fixtures, re-exported so pytest finds them here

RUNS = "/api/v1/runs/technique"


def banner_button(page: LauncherPage) -> QPushButton:
    button = page.banner.findChild(QPushButton, "errorBannerAction")
    assert button is not None
    return button


async def run_and_wait_for_banner(page: LauncherPage, qtbot: QtBot, wait: Wait) -> None:
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await wait(lambda: page.banner.isVisible() and not page.busy)
    # A person's next press comes after a double-click interval (ui/spend_guard.py).
    await wait(page.spend_guard.admits)


def post_keys(sandbox: SandboxServer) -> list[str | None]:
    return [r["idempotency_key"] for r in sandbox_get(sandbox, "requests") if r["path"] == RUNS]


@pytest.mark.asyncio
async def test_401_wrong_key_asks_to_check_the_key(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    async with FloraClient(
        api_key="sk_test_wrong", base_url=sandbox.api_url, max_retries=0
    ) as wrong:
        page = await make_page(client=wrong, start=False)
        emitted: list[bool] = []
        page.authentication_failed.connect(lambda: emitted.append(True))
        await page.start()
        assert emitted == [True]
        assert page.banner.isVisible()
        assert page.banner.title_text() == "Your API key was not accepted"
        assert "Settings" in page.banner.body_text()
        assert page.banner.accessibleDescription().startswith("Your API key was not accepted")
        button = banner_button(page)
        assert button.isVisible()
        assert button.text() == "Check the key"
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        await wait(lambda: len(emitted) == 2)
        await page.aclose()


@pytest.mark.asyncio
async def test_402_not_enough_credits_says_where_to_top_up(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    reset_sandbox(sandbox, credits=0)
    page = await make_page()
    typed = await ready(page, qtbot, wait)
    await run_and_wait_for_banner(page, qtbot, wait)
    assert page.banner.title_text() == "Not enough credits"
    assert "Add credits to this workspace in FLORA" in page.banner.body_text()
    assert sandbox_get(sandbox, "runs") == []
    assert page.editor.draft() == typed
    assert not page.result_panel.isVisible()
    page.banner.dismiss()
    assert not page.banner.isVisible()


@pytest.mark.asyncio
async def test_403_says_the_role_cannot_run(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    typed = await ready(page, qtbot, wait)
    add_fault(sandbox, method="POST", path=RUNS, status=403, code="forbidden")
    await run_and_wait_for_banner(page, qtbot, wait)
    assert page.banner.title_text() == "You can't run techniques here"
    assert "role in this workspace" in page.banner.body_text()
    assert page.editor.draft() == typed


@pytest.mark.asyncio
async def test_404_technique_gone_offers_refresh(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    typed = await ready(page, qtbot, wait)
    add_fault(sandbox, method="POST", path=RUNS, status=404, code="not_found")
    await run_and_wait_for_banner(page, qtbot, wait)
    assert page.banner.title_text() == "This technique is gone"
    button = banner_button(page)
    assert button.text() == "Refresh"
    listed = len([r for r in sandbox_get(sandbox, "requests") if r["path"].endswith("/techniques")])

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    await wait(lambda: not page.banner.isVisible())
    await wait(
        lambda: (
            len([r for r in sandbox_get(sandbox, "requests") if r["path"].endswith("/techniques")])
            > listed
        )
    )
    await wait(lambda: page.technique is not None)
    assert page.editor.draft() == typed


@pytest.mark.asyncio
async def test_429_counts_down_and_retries_once_with_the_same_key(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    await ready(page, qtbot, wait)
    add_fault(sandbox, method="POST", path=RUNS, status=429, code="rate_limited", retry_after=1)
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)

    await wait(lambda: page.banner.isVisible())
    assert page.banner.title_text() == "FLORA is busy"
    assert "FLORA is busy; trying again in 1 s." in page.banner.body_text()
    assert page.busy
    assert page.run_bar.run_button.text() == "Waiting…"

    await wait(lambda: page.result_panel.isVisible())
    runs = sandbox_get(sandbox, "runs")
    assert len(runs) == 1
    assert page.result_panel.run_id_text() == runs[0]["run_id"]
    keys = post_keys(sandbox)
    assert len(keys) == 2
    assert keys[0] == keys[1]
    assert not page.banner.isVisible()


@pytest.mark.asyncio
async def test_429_twice_says_what_to_do(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    typed = await ready(page, qtbot, wait)
    add_fault(
        sandbox,
        method="POST",
        path=RUNS,
        status=429,
        code="rate_limited",
        retry_after=0.2,
        count=2,
    )
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await wait(lambda: page.banner.title_text() == "FLORA is still busy" and not page.busy)
    assert "press Run again" in page.banner.body_text()
    assert sandbox_get(sandbox, "runs") == []
    assert len(post_keys(sandbox)) == 2
    assert page.editor.draft() == typed


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "fault",
    [
        {"status": 500, "code": "internal_error"},
        {"status": 503},
        {"mode": "drop"},
        {"mode": "html", "status": 502},
    ],
    ids=["500", "503", "drop", "html-502"],
)
async def test_server_trouble_offers_try_again_without_a_duplicate(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait, fault: dict[str, object]
) -> None:
    page = await make_page()
    typed = await ready(page, qtbot, wait)
    add_fault(sandbox, method="POST", path=RUNS, **fault)
    await run_and_wait_for_banner(page, qtbot, wait)
    assert page.banner.title_text() == "FLORA is not answering"
    assert "Nothing was charged unless the run shows up in your history." in (
        page.banner.body_text()
    )
    assert page.editor.draft() == typed
    button = banner_button(page)
    assert button.text() == "Try again"

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    await wait(lambda: page.result_panel.isVisible())

    assert len(sandbox_get(sandbox, "runs")) == 1
    keys = post_keys(sandbox)
    assert len(keys) == 2
    assert keys[0] == keys[1]


@pytest.mark.asyncio
async def test_answer_lost_after_the_run_started_then_try_again_finds_it(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    await ready(page, qtbot, wait)
    add_fault(sandbox, method="POST", path=RUNS, mode="drop", when="after")
    await run_and_wait_for_banner(page, qtbot, wait)
    QTest.mouseClick(banner_button(page), Qt.MouseButton.LeftButton)
    await wait(lambda: page.result_panel.isVisible())
    runs = sandbox_get(sandbox, "runs")
    assert len(runs) == 1
    assert page.result_panel.headline_text() == "This run was already started"
    assert page.result_panel.run_id_text() == runs[0]["run_id"]


@pytest.mark.asyncio
async def test_unreadable_answer_says_so(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    await ready(page, qtbot, wait)
    add_fault(sandbox, method="POST", path=RUNS, mode="malformed", when="after")
    await run_and_wait_for_banner(page, qtbot, wait)
    assert "FLORA sent an answer the app could not read" in page.banner.body_text()
    assert banner_button(page).text() == "Look it up"
    QTest.mouseClick(banner_button(page), Qt.MouseButton.LeftButton)
    await wait(lambda: page.result_panel.run_id_text() != "")
    assert page.result_panel.run_id_text() == sandbox_get(sandbox, "runs")[0]["run_id"]


@pytest.mark.asyncio
async def test_server_field_errors_land_on_their_rows(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    choose_workspace(page, "owner")
    await pick(page, "Art Director's Critique", qtbot, wait)
    fill(page, "artwork", IMAGE)
    fill(page, "brief", "x" * 20_001)  # the sandbox takes at most 20,000 characters
    typed = page.editor.draft()
    await run_and_wait_for_banner(page, qtbot, wait)
    assert page.banner.title_text() == "Some inputs need a fix"
    # Matched: shown on the row, not repeated in the banner.
    row = page.editor.row_widget("brief")
    assert row is not None
    assert "20000" in row.message_label.text().replace(",", "")
    assert "brief" not in page.banner.body_text()
    assert page.editor.draft() == typed
    assert sandbox_get(sandbox, "runs") == []


@pytest.mark.asyncio
async def test_unknown_custom_input_is_marked_on_its_row(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    await ready(page, qtbot, wait)
    page.editor.set_advanced(True)  # custom inputs live behind Advanced
    QTest.mouseClick(page.editor.add_button, Qt.MouseButton.LeftButton)
    custom = page.editor.row_widgets()[-1]
    assert custom.key_field is not None
    QTest.keyClicks(custom.key_field, "mood")
    fill(page, "mood", "calm")
    typed = page.editor.draft()
    await run_and_wait_for_banner(page, qtbot, wait)
    row = page.editor.row_widget("mood")
    assert row is not None
    assert "Unknown input" in row.message_label.text()
    assert "mood" not in page.banner.body_text()
    assert page.editor.draft() == typed
    # The name is at fault (the technique has no input "mood"): the focus is on it, so the
    # fix can be typed at once.
    await wait(lambda: QApplication.focusWidget() is custom.key_field)
    # ... and it is the name that is marked, not the value that was fine.
    assert custom.key_field.property("invalid") is True
    value = custom.value_editor.focus_widget()
    assert value.property("invalid") is not True
    QTest.keySequence(custom.key_field, QKeySequence.StandardKey.SelectAll)
    QTest.keyClicks(custom.key_field, "tone")
    assert custom.key_field.text() == "tone"


@pytest.mark.asyncio
async def test_the_fix_inputs_banner_goes_when_the_bad_row_is_removed(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    await ready(page, qtbot, wait)
    page.editor.set_advanced(True)  # custom inputs live behind Advanced
    QTest.mouseClick(page.editor.add_button, Qt.MouseButton.LeftButton)
    custom = page.editor.row_widgets()[-1]
    assert custom.key_field is not None
    QTest.keyClicks(custom.key_field, "mood")
    fill(page, "mood", "calm")
    await run_and_wait_for_banner(page, qtbot, wait)
    assert page.banner.title_text() == "Some inputs need a fix"
    remove = page.findChild(QToolButton, "removeInputButton:mood")
    assert remove is not None
    QTest.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert page.editor.row_widget("mood") is None
    assert not page.banner.isVisible()
    assert page.editor.problem_count() == 0


@pytest.mark.asyncio
async def test_unmatched_field_errors_go_to_the_banner(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot, wait: Wait
) -> None:
    page = await make_page()
    typed = await ready(page, qtbot, wait)
    error = InputValidationError(
        "technique_id: Must start with tech_",
        status_code=400,
        code="input_validation_error",
        fields=(
            FieldError("technique_id", "Must start with tech_"),
            FieldError("inputs.input_image", "Expected an http(s) URL."),
        ),
    )
    page.show_error(error)
    assert "technique_id: Must start with tech_" in page.banner.body_text()
    assert "input_image" not in page.banner.body_text()
    assert "technique_id" in page.banner.accessibleDescription()
    assert page.editor.draft() == typed
