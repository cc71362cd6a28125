"""The sign-in panel, clicked for real, checking keys against the sandbox."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.credentials import (
    KeyringCredentialStore,
    SessionCredentialStore,
)
from flora_desktop.services.session import Connection, verify_key
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.pages.sign_in import KEY_REJECTED, SignInPanel
from tests.ui.conftest import Wait

BAD_KEY = "sk_test_definitely_not_the_demo_key"


class CountingVerify:
    """The real ``verify_key``, counting its calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    async def __call__(self, base_url: str, key: str) -> object:
        self.calls.append((base_url, key))
        return await verify_key(base_url, key)


class TrapStore:
    """A store that fails the test when used."""

    async def get(self, base_url: str) -> str | None:
        pytest.fail("keyring read")

    async def set(self, base_url: str, api_key: str) -> None:
        pytest.fail("keyring written")

    async def delete(self, base_url: str) -> None:
        pytest.fail("keyring deleted")

    async def check(self) -> None:
        pytest.fail("keyring probed")


async def _no_sandbox() -> Connection:
    pytest.fail("the sandbox was started")


def make_panel(
    qtbot: QtBot,
    base_url: str,
    keyring_store: Any,
    *,
    session_store: Any = None,
    verify: Any = verify_key,
    start_sandbox: Callable[[], Any] = _no_sandbox,
) -> tuple[SignInPanel, list[Connection], TaskOwner]:
    tasks = TaskOwner()
    panel = SignInPanel(
        base_url=base_url,
        keyring_store=keyring_store,
        session_store=session_store if session_store is not None else SessionCredentialStore(),
        start_sandbox=start_sandbox,
        tasks=tasks,
        verify=verify,
    )
    qtbot.addWidget(panel)
    panel.show()
    signed_in: list[Connection] = []
    panel.signed_in.connect(signed_in.append)
    return panel, signed_in, tasks


def type_key(qtbot: QtBot, panel: SignInPanel, text: str) -> None:
    panel.key_field.clear()
    QTest.keyClicks(panel.key_field, text)


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_a_good_key_is_verified_then_saved_in_the_keyring(
    qtbot: QtBot, sandbox: SandboxServer, keyring_backend: Any, wait: Wait
) -> None:
    store = KeyringCredentialStore(backend=keyring_backend)
    verify = CountingVerify()
    panel, signed_in, tasks = make_panel(qtbot, sandbox.api_url, store, verify=verify)
    # Surrounding whitespace from a sloppy copy is stripped.
    type_key(qtbot, panel, f"  {sandbox.api_key}  ")
    QTest.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    await wait(lambda: signed_in)

    assert signed_in == [Connection(sandbox.api_url, sandbox.api_key, "keyring")]
    assert verify.calls == [(sandbox.api_url, sandbox.api_key)]
    assert await store.get(sandbox.api_url) == sandbox.api_key
    assert panel.key_field.text() == ""  # the panel keeps no key once signed in
    assert not panel.busy
    await tasks.aclose()


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_a_bad_key_is_explained_kept_in_the_field_and_not_saved(
    qtbot: QtBot, sandbox: SandboxServer, keyring_backend: Any, wait: Wait
) -> None:
    store = KeyringCredentialStore(backend=keyring_backend)
    panel, signed_in, tasks = make_panel(qtbot, sandbox.api_url, store)
    type_key(qtbot, panel, BAD_KEY)
    QTest.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    await wait(lambda: not panel.busy and panel.message.text() == KEY_REJECTED)

    assert panel.message.isVisible()
    assert panel.message.property("kind") == "error"
    assert BAD_KEY not in panel.message.text()
    assert panel.key_field.text() == BAD_KEY
    assert signed_in == []
    assert await store.get(sandbox.api_url) is None
    await tasks.aclose()


@pytest.mark.asyncio
async def test_an_unreachable_server_is_explained_in_plain_words(qtbot: QtBot, wait: Wait) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    panel, signed_in, tasks = make_panel(
        qtbot, f"http://127.0.0.1:{port}/api/v1", SessionCredentialStore()
    )
    type_key(qtbot, panel, "sk_live_anything")
    QTest.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    await wait(lambda: not panel.busy and "Could not reach FLORA" in panel.message.text())
    assert f"127.0.0.1:{port}" in panel.message.text()
    assert panel.key_field.text() == "sk_live_anything"
    assert signed_in == []
    await tasks.aclose()


@pytest.mark.asyncio
async def test_double_click_on_test_and_save_verifies_once(
    qtbot: QtBot, sandbox: SandboxServer, wait: Wait
) -> None:
    verify = CountingVerify()
    store = SessionCredentialStore()
    panel, signed_in, tasks = make_panel(qtbot, sandbox.api_url, store, verify=verify)
    type_key(qtbot, panel, sandbox.api_key)
    QTest.mouseDClick(panel.test_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    panel.key_field.returnPressed.emit()
    await wait(lambda: signed_in)
    assert len(verify.calls) == 1
    assert len(signed_in) == 1
    await tasks.aclose()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Paste your API key first."),
        ("sk_live_one\nsk_live_two", "more than one line"),
        ("sk_live_with space", "no spaces"),
        # A Cyrillic "е" and "о" that look like Latin letters; a control character.
        ("sk_live_k\u0435y_m\u043ere", "look-alike letter"),
        ("sk_live_key\x07", "look-alike letter"),
    ],
)
@pytest.mark.asyncio
async def test_unusable_key_text_is_refused_before_any_request(
    qtbot: QtBot, text: str, message: str, wait: Wait
) -> None:
    verify = CountingVerify()
    panel, signed_in, tasks = make_panel(
        qtbot, "https://app.flora.ai/api/v1", TrapStore(), verify=verify
    )
    panel.key_field.setText(text)  # setText: keyClicks cannot type a newline into a QLineEdit
    QTest.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    await wait(lambda: not panel.busy and message in panel.message.text())
    assert verify.calls == []
    assert signed_in == []
    assert panel.key_field.text() == text
    await tasks.aclose()


@pytest.mark.asyncio
async def test_a_base_url_that_is_not_http_is_refused(qtbot: QtBot, wait: Wait) -> None:
    verify = CountingVerify()
    panel, _signed_in, tasks = make_panel(qtbot, "ftp://nope", TrapStore(), verify=verify)
    type_key(qtbot, panel, "sk_live_x")
    QTest.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    await wait(lambda: not panel.busy and "https://" in panel.message.text())
    assert panel.advanced.isVisible()  # the field to fix is shown
    assert verify.calls == []
    await tasks.aclose()


def test_key_is_masked_with_a_show_hide_toggle(qtbot: QtBot) -> None:
    panel, _signed_in, _tasks = make_panel(qtbot, "https://app.flora.ai/api/v1", TrapStore())
    assert panel.objectName() == "signInPanel"
    assert panel.key_field.objectName() == "apiKeyField"
    assert panel.key_field.echoMode() == QLineEdit.EchoMode.Password
    QTest.mouseClick(panel.show_key_button, Qt.MouseButton.LeftButton)
    assert panel.key_field.echoMode() == QLineEdit.EchoMode.Normal
    assert panel.show_key_button.text() == "Hide"
    QTest.mouseClick(panel.show_key_button, Qt.MouseButton.LeftButton)
    assert panel.key_field.echoMode() == QLineEdit.EchoMode.Password


def test_base_url_is_shown_and_editable_under_advanced(qtbot: QtBot) -> None:
    panel, _signed_in, _tasks = make_panel(qtbot, "https://app.flora.ai/api/v1", TrapStore())
    assert "https://app.flora.ai/api/v1" in panel.server_label.text()
    assert not panel.advanced.isVisible()
    QTest.mouseClick(panel.advanced_button, Qt.MouseButton.LeftButton)
    assert panel.advanced.isVisible()
    panel.base_url_field.setText("https://eu.flora.ai/api/v1")
    assert "https://eu.flora.ai/api/v1" in panel.server_label.text()
    intro = panel.findChild(QLabel, "signInIntro")
    assert intro is not None
    assert "Settings → API keys" in intro.text()


@pytest.mark.asyncio
async def test_no_keyring_offers_session_only_which_works(
    qtbot: QtBot, sandbox: SandboxServer, no_keyring_backend: Any, wait: Wait
) -> None:
    session = SessionCredentialStore()
    panel, signed_in, tasks = make_panel(
        qtbot,
        sandbox.api_url,
        KeyringCredentialStore(backend=no_keyring_backend),
        session_store=session,
    )
    await panel.check_keyring()
    assert panel.session_button.isVisible()
    assert "no system keyring" in panel.keyring_note.text()

    type_key(qtbot, panel, sandbox.api_key)
    # Test and save verifies, then cannot save: it says so and keeps the key.
    QTest.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    await wait(lambda: not panel.busy and "keyring" in panel.message.text())
    assert signed_in == []
    assert panel.key_field.text() == sandbox.api_key

    QTest.mouseClick(panel.session_button, Qt.MouseButton.LeftButton)
    await wait(lambda: signed_in)
    assert signed_in == [Connection(sandbox.api_url, sandbox.api_key, "session")]
    assert await session.get(sandbox.api_url) == sandbox.api_key
    await tasks.aclose()


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_a_working_keyring_offers_no_session_only_button(
    qtbot: QtBot, keyring_backend: Any
) -> None:
    panel, _signed_in, tasks = make_panel(
        qtbot, "https://app.flora.ai/api/v1", KeyringCredentialStore(backend=keyring_backend)
    )
    await panel.check_keyring()
    assert not panel.session_button.isVisible()
    await tasks.aclose()


@pytest.mark.asyncio
async def test_try_the_sandbox_connects_without_the_keyring(
    qtbot: QtBot, sandbox: SandboxServer, wait: Wait
) -> None:
    started: list[bool] = []

    async def start_sandbox() -> Connection:
        started.append(True)
        return Connection(sandbox.api_url, sandbox.api_key, "sandbox")

    panel, signed_in, tasks = make_panel(
        qtbot, "https://app.flora.ai/api/v1", TrapStore(), start_sandbox=start_sandbox
    )
    QTest.mouseClick(panel.sandbox_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.sandbox_button, Qt.MouseButton.LeftButton)
    await wait(lambda: signed_in)
    assert started == [True]
    assert signed_in[0].source == "sandbox"
    await tasks.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "wrapping", ["\u200b{}", "{}\u200d", "\ufeff{}", "\u202a{}\u202c", "\u00a0{}\u00a0", "{}\u2060"]
)
async def test_invisible_characters_around_a_pasted_key_are_dropped(
    qtbot: QtBot, sandbox: SandboxServer, wrapping: str, wait: Wait
) -> None:
    verify = CountingVerify()
    panel, signed_in, tasks = make_panel(
        qtbot, sandbox.api_url, SessionCredentialStore(), verify=verify
    )
    panel.key_field.setText(wrapping.format(sandbox.api_key))
    QTest.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    await wait(lambda: bool(signed_in))
    assert verify.calls == [(sandbox.api_url, sandbox.api_key)]
    assert signed_in[0].api_key == sandbox.api_key
    await tasks.aclose()
