"""Shared GUI fixtures: temporary app folders, a client on the sandbox, async waiting."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
import pytest_asyncio

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.paths import AppPaths

# A bound for a hang, not a speed check: under load this machine ran the suite 2-3 times
# slower than idle (174 s -> 349 s beside two busy loops), so a 3-4 s wait needs room.
WAIT_TIMEOUT_S = 20.0
_POLL_S = 0.01

Wait = Callable[[Callable[[], object]], Awaitable[None]]


async def wait_until(predicate: Callable[[], object], within: float = WAIT_TIMEOUT_S) -> None:
    """Yield to the (qasync) loop until ``predicate()`` is true; fail after ``within`` s.

    Async GUI tests must not use ``qtbot.waitUntil``: its nested processEvents would run
    other asyncio tasks inside the test's own task step.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not predicate():
        if loop.time() > deadline:
            pytest.fail(f"timed out after {within} s waiting for {predicate!r}")
        await asyncio.sleep(_POLL_S)


@pytest.fixture
def wait() -> Wait:
    """``await wait(lambda: ...)``: poll the loop until the condition holds."""
    return wait_until


@pytest.fixture
def qapp_paths(tmp_path: Path) -> AppPaths:
    """The app's four folders below a temporary directory, created."""
    paths = AppPaths.under(tmp_path / "flora-home")
    paths.ensure()
    return paths


@pytest_asyncio.fixture
async def sandbox_client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    """A FloraClient with the demo key on the (reset) sandbox; closed after the test."""
    async with FloraClient(
        api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0
    ) as client:
        yield client
