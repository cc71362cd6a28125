"""The assembled shell: start-up connection, status bar, sign-in/out, close, crash handler.

Connections here are the app's real ``OpenConnection`` against the sandbox; their
``FloraClient`` counts its closing (the shell's ``make_client`` seam).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.app import parse_args
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.credentials import KeyringCredentialStore, SessionCredentialStore
from flora_desktop.services.logs import configure_logging, redact, remove_handlers
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.session import Connection
from flora_desktop.ui.crash import CRASH_TEXT, CrashDialog, CrashHandler
from flora_desktop.ui.pages.sign_in import KEY_NOT_ACCEPTED_ANY_MORE, SignInPanel
from flora_desktop.ui.shell import Shell, build_shell
from flora_desktop.ui.widgets.status_bar import ConnectionStatus
from tests.ui.conftest import Wait

SECRET = "sk_live_z9y8x7w6v5u4secret"


class CountingClient(FloraClient):
    def __init__(self, *args: Any, events: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.events = events

    async def aclose(self) -> None:
        self.events.append("client.aclose")
        await super().aclose()


class Launchers:
    """The shell's ``make_client`` seam: records every connection's client and its closing."""

    def __init__(self) -> None:
        self.clients: list[CountingClient] = []
        self.events: list[str] = []

    def __call__(self, connection: Connection) -> FloraClient:
        client = CountingClient(
            api_key=connection.api_key, base_url=connection.base_url, events=self.events
        )
        self.clients.append(client)
        return client


class TrapStore:
    """A keyring store that fails the test when touched."""

    async def get(self, base_url: str) -> str | None:
        pytest.fail("keyring read")

    async def set(self, base_url: str, api_key: str) -> None:
        pytest.fail("keyring written")

    async def delete(self, base_url: str) -> None:
        pytest.fail("keyring deleted")

    async def check(self) -> None:
        pytest.fail("keyring probed")


@pytest.fixture
def launchers() -> Launchers:
    return Launchers()


def make_shell(
    qtbot: QtBot, paths: AppPaths, base_url: str, keyring_store: Any, launchers: Launchers
) -> Shell:
    shell = build_shell(
        paths, base_url=base_url, keyring_store=keyring_store, make_client=launchers
    )
    qtbot.addWidget(shell.window)
    shell.window.show()
    return shell


def status(shell: Shell) -> str:
    return shell.window.status.text()


@pytest.mark.asyncio
async def test_environment_key_is_used_shown_as_such_and_not_stored(
    qtbot: QtBot, qapp_paths: AppPaths, sandbox: SandboxServer, launchers: Launchers, wait: Wait
) -> None:
    shell = make_shell(qtbot, qapp_paths, sandbox.api_url, TrapStore(), launchers)
    await shell.connect({"FLORA_API_KEY": f" {sandbox.api_key} "}, use_sandbox=False)

    window = shell.window
    assert window.connection == Connection(sandbox.api_url, sandbox.api_key, "environment")
    assert window.launcher is not None
    assert window.launcher.client is launchers.clients[0]
    assert window.pages.currentWidget() is window.launcher.widget
    port = sandbox.api_url.split(":")[2].split("/")[0]
    await wait(lambda: "Workspace:" in status(shell))
    assert status(shell).startswith(
        f"Connected to 127.0.0.1:{port} · Key from FLORA_API_KEY (this session only)"
    )
    assert not window.sign_out_action.isEnabled()
    assert "FLORA_API_KEY" in window.sign_out_action.toolTip()
    await shell.aclose()


@pytest.mark.asyncio
async def test_sandbox_start_touches_no_keyring_and_stops_on_close(
    qtbot: QtBot, qapp_paths: AppPaths, launchers: Launchers, wait: Wait
) -> None:
    import httpx

    shell = make_shell(qtbot, qapp_paths, "https://app.flora.ai/api/v1", TrapStore(), launchers)
    await shell.connect({}, use_sandbox=True)

    connection = shell.window.connection
    assert connection is not None
    assert connection.is_sandbox
    assert status(shell).startswith(f"Connected to the sandbox ({connection.host})")
    assert connection.host.startswith("127.0.0.1:")
    await wait(lambda: "Workspace:" in status(shell))
    assert not shell.window.sign_out_action.isEnabled()
    assert "sandbox" in shell.window.sign_out_action.toolTip()
    assert not shell.window.sandbox_action.isEnabled()
    # A way out of the sandbox: the sign-in panel, the sandbox launcher kept behind it.
    opened = shell.window.launcher
    assert opened is not None
    assert shell.window.sign_in_action.isVisible()
    shell.window.sign_in_action.trigger()
    assert shell.window.pages.currentWidget() is shell.window.sign_in
    assert shell.window.launcher is opened

    await shell.aclose()
    assert launchers.events == ["client.aclose"]
    async with httpx.AsyncClient(timeout=2) as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(connection.base_url + "/workspaces")


@pytest.mark.asyncio
async def test_the_sign_in_panel_is_built_once_on_first_use(
    qtbot: QtBot, qapp_paths: AppPaths, sandbox: SandboxServer, launchers: Launchers
) -> None:
    # The first screen is "Connecting…": the panel is not built before the first paint.
    store = SessionCredentialStore()
    shell = make_shell(qtbot, qapp_paths, sandbox.api_url, store, launchers)
    window = shell.window
    assert window.findChildren(SignInPanel) == []
    panel = window.sign_in
    assert window.sign_in is panel
    assert window.findChildren(SignInPanel) == [panel]
    assert window.pages.indexOf(panel) >= 0
    await shell.connect({}, use_sandbox=False)
    assert window.pages.currentWidget() is panel
    await shell.aclose()


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_sign_in_saves_to_the_keyring_shows_the_launcher_and_sign_out_deletes_it(
    qtbot: QtBot,
    qapp_paths: AppPaths,
    sandbox: SandboxServer,
    keyring_backend: Any,
    launchers: Launchers,
    wait: Wait,
) -> None:
    store = KeyringCredentialStore(backend=keyring_backend)
    shell = make_shell(qtbot, qapp_paths, sandbox.api_url, store, launchers)
    await shell.connect({}, use_sandbox=False)
    window = shell.window
    assert window.pages.currentWidget() is window.sign_in
    assert status(shell) == "Not signed in"
    assert not window.sign_out_action.isEnabled()

    QTest.keyClicks(window.sign_in.key_field, sandbox.api_key)
    QTest.mouseClick(window.sign_in.test_button, Qt.MouseButton.LeftButton)
    await wait(
        lambda: (
            window.launcher is not None and window.pages.currentWidget() is window.launcher.widget
        )
    )
    assert await store.get(sandbox.api_url) == sandbox.api_key
    assert window.connection is not None
    assert window.connection.source == "keyring"
    await wait(lambda: "Workspace:" in status(shell))
    assert status(shell).startswith(f"Connected to {window.connection.host}")
    assert window.sign_out_action.isEnabled()

    window.sign_out_action.trigger()
    await wait(lambda: window.pages.currentWidget() is window.sign_in)
    # The launcher leaves the pages before its client closes: wait for that too.
    await wait(lambda: launchers.events == ["client.aclose"])
    assert await store.get(sandbox.api_url) is None
    assert window.connection is None
    assert status(shell) == "Not signed in"
    await shell.aclose()
    assert launchers.events == ["client.aclose"]


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_a_saved_key_opens_the_launcher_at_start(
    qtbot: QtBot,
    qapp_paths: AppPaths,
    sandbox: SandboxServer,
    keyring_backend: Any,
    launchers: Launchers,
) -> None:
    store = KeyringCredentialStore(backend=keyring_backend)
    await store.set(sandbox.api_url, sandbox.api_key)
    shell = make_shell(qtbot, qapp_paths, sandbox.api_url, store, launchers)
    await shell.connect({}, use_sandbox=False)
    assert shell.window.connection == Connection(sandbox.api_url, sandbox.api_key, "keyring")
    await shell.aclose()


@pytest.fixture
def app_logging(qapp_paths: AppPaths) -> Iterator[Any]:
    """The app's own logging (file + stderr, redacting) at debug level, removed after."""
    root = logging.getLogger()
    level = root.level
    redacting = configure_logging(qapp_paths.log_dir, debug=True)
    try:
        yield redacting
    finally:
        remove_handlers()
        root.setLevel(level)


@pytest.mark.asyncio
async def test_without_a_keyring_session_only_works_and_no_file_holds_the_key(
    qtbot: QtBot,
    qapp_paths: AppPaths,
    sandbox: SandboxServer,
    no_keyring_backend: Any,
    launchers: Launchers,
    app_logging: Any,
    wait: Wait,
) -> None:
    store = KeyringCredentialStore(backend=no_keyring_backend)
    shell = build_shell(
        qapp_paths,
        base_url=sandbox.api_url,
        keyring_store=store,
        register_secret=app_logging.register_secret,
        make_client=launchers,
    )
    qtbot.addWidget(shell.window)
    shell.window.show()
    await shell.connect({}, use_sandbox=False)
    sign_in = shell.window.sign_in
    await wait(lambda: sign_in.session_button.isVisible())

    QTest.keyClicks(sign_in.key_field, sandbox.api_key)
    QTest.mouseClick(sign_in.session_button, Qt.MouseButton.LeftButton)
    await wait(lambda: shell.window.connection is not None)
    assert shell.window.connection is not None
    assert shell.window.connection.source == "session"
    assert "this session only" in status(shell)
    await wait(lambda: "Workspace:" in status(shell))
    await shell.aclose()

    files = [p for p in qapp_paths.config_dir.parent.rglob("*") if p.is_file()]
    assert any(p.name == "settings.json" for p in files)
    assert any(p.suffix == ".log" for p in files)
    for path in files:
        assert sandbox.api_key.encode() not in path.read_bytes(), path


@pytest.mark.asyncio
async def test_closing_the_window_cancels_tasks_then_closes_the_client_once(
    qtbot: QtBot, qapp_paths: AppPaths, sandbox: SandboxServer, launchers: Launchers
) -> None:
    shell = make_shell(qtbot, qapp_paths, sandbox.api_url, TrapStore(), launchers)
    await shell.connect({"FLORA_API_KEY": sandbox.api_key}, use_sandbox=False)
    pending = shell.tasks.spawn("long", asyncio.sleep(3600))
    assert pending is not None
    closing: list[bool] = []
    shell.window.closing.connect(lambda: closing.append(True))

    shell.window.close()
    assert closing == [True]
    await shell.aclose()
    assert pending.cancelled()
    assert launchers.events == ["client.aclose"]
    await shell.aclose()  # a second shut-down closes nothing twice
    assert launchers.events == ["client.aclose"]
    assert shell.settings.path.exists()


@pytest.mark.asyncio
async def test_a_rejected_key_brings_back_sign_in_and_keeps_the_launcher(
    qtbot: QtBot, qapp_paths: AppPaths, sandbox: SandboxServer, launchers: Launchers
) -> None:
    shell = make_shell(qtbot, qapp_paths, sandbox.api_url, TrapStore(), launchers)
    await shell.connect({"FLORA_API_KEY": sandbox.api_key}, use_sandbox=False)
    launcher = shell.window.launcher
    assert launcher is not None
    launcher.page.authentication_failed.emit()

    window = shell.window
    assert window.pages.currentWidget() is window.sign_in
    assert window.sign_in.message.text() == KEY_NOT_ACCEPTED_ANY_MORE
    assert window.launcher is launcher
    assert launchers.events == []
    await shell.aclose()


@pytest.mark.asyncio
async def test_connect_to_the_sandbox_from_the_menu(
    qtbot: QtBot, qapp_paths: AppPaths, launchers: Launchers, wait: Wait
) -> None:
    keyring = SessionCredentialStore()  # probed when sign-in shows; never read or written
    shell = make_shell(qtbot, qapp_paths, "https://app.flora.ai/api/v1", keyring, launchers)
    shell.window.show_sign_in()
    shell.window.sandbox_action.trigger()
    await wait(lambda: shell.window.connection is not None)
    assert shell.window.connection is not None
    assert shell.window.connection.is_sandbox
    assert "Connected to the sandbox" in status(shell)
    await shell.aclose()


def test_window_title_size_and_quit_shortcut(
    qtbot: QtBot, qapp_paths: AppPaths, launchers: Launchers
) -> None:
    shell = make_shell(qtbot, qapp_paths, "https://app.flora.ai/api/v1", TrapStore(), launchers)
    window = shell.window
    assert window.windowTitle() == "FLORA Desktop"
    # Fits 1280×800 at 200 % scale.
    assert window.minimumWidth() <= 640
    assert window.minimumHeight() <= 400
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()
    assert window.status.objectName() == "connectionStatus"


@pytest.mark.parametrize(
    ("connection", "text"),
    [
        (None, "Not signed in"),
        (
            Connection("http://127.0.0.1:5000/api/v1", SECRET, "sandbox"),
            "Connected to the sandbox (127.0.0.1:5000)",
        ),
        (Connection("https://app.flora.ai/api/v1", SECRET, "keyring"), "Connected to app.flora.ai"),
        (
            Connection("https://app.flora.ai/api/v1", SECRET, "environment"),
            "Connected to app.flora.ai · Key from FLORA_API_KEY (this session only)",
        ),
        (
            Connection("https://app.flora.ai/api/v1", SECRET, "session"),
            "Connected to app.flora.ai · Key kept for this session only",
        ),
    ],
)
def test_status_bar_says_where_the_app_is_connected(
    qtbot: QtBot, connection: Connection | None, text: str
) -> None:
    status_bar = ConnectionStatus()
    qtbot.addWidget(status_bar)
    status_bar.set_connection(connection)
    assert status_bar.text() == text
    status_bar.set_workspace("Studio North (owner)")
    assert status_bar.text() == f"{text} · Workspace: Studio North (owner)"
    assert SECRET not in status_bar.text()


def test_command_line_options() -> None:
    options = parse_args(["--sandbox", "--base-url", "http://127.0.0.1:1/api/v1", "--debug"])
    assert options.sandbox
    assert options.debug
    assert options.base_url == "http://127.0.0.1:1/api/v1"
    assert not options.exit_after_paint


def _raise_with_key() -> None:
    raise RuntimeError(f"boom with Bearer {SECRET} and {SECRET}")


@pytest.mark.allow_error_logs
def test_crash_handler_logs_redacted_text_only(
    app_logging: Any, caplog: pytest.LogCaptureFixture
) -> None:
    app_logging.register_secret(SECRET)
    handler = CrashHandler(redact, show_dialog=False)
    try:
        _raise_with_key()
    except RuntimeError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert handler.last_report is not None
    assert "RuntimeError" in handler.last_report
    assert "_raise_with_key" in handler.last_report
    assert SECRET not in handler.last_report
    assert SECRET not in caplog.text
    assert "unexpected error" in caplog.text


@pytest.mark.allow_error_logs
def test_crash_dialog_shows_redacted_details(qtbot: QtBot, app_logging: Any) -> None:
    app_logging.register_secret("plain-secret-value")
    parent = QWidget()
    qtbot.addWidget(parent)
    handler = CrashHandler(redact, parent=lambda: parent)
    handler.install()
    try:
        try:
            raise ValueError("the key plain-secret-value leaked")
        except ValueError as exc:
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        handler.uninstall()
    dialog = parent.findChild(CrashDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.text() == CRASH_TEXT
    assert "ValueError" in dialog.detailedText()
    assert "plain-secret-value" not in dialog.detailedText()
    dialog.close()


@pytest.mark.asyncio
async def test_the_real_launcher_shows_its_workspace_and_its_client_closes_once(
    qtbot: QtBot, qapp_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, wait: Wait
) -> None:
    from flora_desktop.api._client import FloraClient as ClientClass
    from flora_desktop.ui.pages.launcher import LauncherPage

    closed: list[FloraClient] = []
    original = ClientClass.aclose

    async def counted(self: FloraClient) -> None:
        closed.append(self)
        await original(self)

    monkeypatch.setattr(ClientClass, "aclose", counted)
    shell = build_shell(
        qapp_paths, base_url="https://app.flora.ai/api/v1", keyring_store=TrapStore()
    )
    qtbot.addWidget(shell.window)
    shell.window.show()
    await shell.connect({}, use_sandbox=True)
    launcher = shell.window.launcher
    assert launcher is not None
    assert isinstance(launcher.page, LauncherPage)
    await wait(lambda: "Workspace: " in status(shell))
    assert status(shell).startswith("Connected to the sandbox (127.0.0.1:")

    await shell.aclose()
    assert closed == [launcher.client]
