"""The embedded sandbox failing to start is said in plain words, never a crash dialog."""

from __future__ import annotations

import asyncio
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flora_desktop.sandbox.config import SandboxConfig
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.session import EmbeddedSandbox, SandboxUnavailable


@pytest.fixture
def busy_port() -> Iterator[socket.socket]:
    """A port something else already listens on, so the sandbox cannot bind it."""
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen(1)
        yield blocker


def _sandbox_on(blocker: socket.socket) -> EmbeddedSandbox:
    return EmbeddedSandbox(SandboxConfig(port=blocker.getsockname()[1]))


@pytest.mark.asyncio
async def test_a_sandbox_that_cannot_bind_says_so_and_can_be_tried_again(
    busy_port: socket.socket,
) -> None:
    sandbox = _sandbox_on(busy_port)
    with pytest.raises(SandboxUnavailable) as info:
        await sandbox.start()
    assert "could not start" in str(info.value)
    assert "127.0.0.1" in str(info.value)
    assert not sandbox.running
    # The failure is not remembered: once the port is free, the next try starts it.
    busy_port.close()
    try:
        connection = await sandbox.start()
        assert connection.is_sandbox
    finally:
        await sandbox.stop()


@pytest.mark.gui
@pytest.mark.asyncio
async def test_flora_desktop_sandbox_that_cannot_start_shows_sign_in_with_the_reason(
    qtbot: Any, tmp_path: Path, busy_port: socket.socket, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flora_desktop.ui.shell import build_shell

    paths = AppPaths.under(tmp_path / "home")
    paths.ensure()

    hooked: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: hooked.append(args))

    class NoKeyring:
        async def get(self, base_url: str) -> str | None:
            return None

        async def set(self, base_url: str, api_key: str) -> None:
            raise AssertionError("keyring written")

        async def delete(self, base_url: str) -> None:
            raise AssertionError("keyring deleted")

        async def check(self) -> None:
            return None

    shell = build_shell(paths, base_url="https://app.flora.ai/api/v1", keyring_store=NoKeyring())
    qtbot.addWidget(shell.window)
    shell.sandbox = _sandbox_on(busy_port)
    shell.window.show()
    try:
        await shell.connect({}, use_sandbox=True)
        window = shell.window
        assert window.pages.currentWidget() is window.sign_in
        assert "sandbox could not start" in window.sign_in.message.text()
        assert window.connection is None
    finally:
        await shell.aclose()
    assert hooked == []


@pytest.mark.gui
@pytest.mark.asyncio
async def test_try_the_sandbox_button_explains_a_failed_start(
    qtbot: Any, busy_port: socket.socket
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from flora_desktop.services.credentials import SessionCredentialStore
    from flora_desktop.services.tasks import TaskOwner
    from flora_desktop.ui.pages.sign_in import SignInPanel

    tasks = TaskOwner()
    sandbox = _sandbox_on(busy_port)
    panel = SignInPanel(
        base_url="https://app.flora.ai/api/v1",
        keyring_store=SessionCredentialStore(),
        session_store=SessionCredentialStore(),
        start_sandbox=sandbox.start,
        tasks=tasks,
    )
    qtbot.addWidget(panel)
    panel.show()
    signed_in: list[object] = []
    panel.signed_in.connect(signed_in.append)
    try:
        assert panel.sandbox_button.objectName() == "trySandboxButton"
        QTest.mouseClick(panel.sandbox_button, Qt.MouseButton.LeftButton)
        assert panel.busy
        for _ in range(500):  # bounded: 10 s at most
            if not panel.busy:
                break
            await asyncio.sleep(0.02)
        assert not panel.busy
        assert signed_in == []
        assert "sandbox could not start" in panel.message.text()
    finally:
        await tasks.aclose()
        await sandbox.stop()
