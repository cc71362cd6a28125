"""Fixtures for sandbox tests: httpx clients for the API and for the control endpoints.

The clients live for the session (building an httpx.Client loads CA certificates, ~150 ms);
the function-scoped fixtures hand them out after the usual per-test reset.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from flora_desktop.sandbox.server import SandboxServer
from tests.sandbox.support import auth


@pytest.fixture(scope="session")
def _api_client(sandbox_server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=sandbox_server.api_url, headers=auth(sandbox_server), timeout=10
    ) as client:
        yield client


@pytest.fixture(scope="session")
def _root_client(sandbox_server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox_server.root_url, timeout=10) as client:
        yield client


@pytest.fixture
def api(sandbox: SandboxServer, _api_client: httpx.Client) -> httpx.Client:
    """An authenticated client for ``/api/v1`` (the sandbox freshly reset)."""
    return _api_client


@pytest.fixture
def anon(sandbox: SandboxServer, _root_client: httpx.Client) -> httpx.Client:
    """A client for the server root with no credentials (control, media, storage)."""
    return _root_client
