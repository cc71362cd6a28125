"""Client test fixtures: a ``FloraClient`` on the sandbox with fast retries, and its controls."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from tests.api.helpers import CLIENT_TIMEOUT, Control, RecordingPolicy


@pytest_asyncio.fixture
async def control(sandbox: SandboxServer) -> AsyncIterator[Control]:
    # Plain HTTP to loopback: no TLS is involved, so skip loading the CA bundle (~0.1 s).
    async with httpx.AsyncClient(timeout=10, verify=False) as http:
        control = Control(sandbox, http)
        before = await control.config()
        yield control
        # The sandbox keeps reset overrides for later resets; put back what we changed.
        if control.overridden:
            await control._reset({key: before[key] for key in control.overridden})


@pytest.fixture
def policy() -> RecordingPolicy:
    return RecordingPolicy()


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer, policy: RecordingPolicy) -> AsyncIterator[FloraClient]:
    async with FloraClient(
        api_key=sandbox.api_key,
        base_url=sandbox.api_url,
        timeout=CLIENT_TIMEOUT,
        max_retries=policy.max_retries,
        retry_policy=policy,
    ) as flora:
        yield flora


@pytest_asyncio.fixture
async def workspaces(client: FloraClient) -> dict[str, str]:
    """Workspace id by role: ``owner``, ``editor``, ``viewer``."""
    return {ws.role: ws.workspace_id for ws in await client.workspaces.list()}
