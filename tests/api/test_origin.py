"""The API key goes only to the configured API origin (scheme, host and port)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from flora_desktop.api import AuthenticationError, ConfigurationError, FloraClient
from flora_desktop.sandbox.config import SandboxConfig
from flora_desktop.sandbox.server import SandboxServer
from tests.api.helpers import IMAGE_URL, Control

pytestmark = pytest.mark.asyncio


@pytest.fixture
def other_origin() -> Iterator[SandboxServer]:
    """A second sandbox on another port: another origin that would love to see the key."""
    with SandboxServer(SandboxConfig(run_seconds=0.3, seed=7)) as server:
        yield server


async def requests_seen_by(server: SandboxServer) -> list[dict[str, object]]:
    async with httpx.AsyncClient(timeout=10, verify=False) as http:  # plain HTTP, loopback
        response = await http.get(f"{server.root_url}/_sandbox/requests")
    response.raise_for_status()
    entries: list[dict[str, object]] = response.json()["requests"]
    return entries


async def test_poll_url_on_another_origin_gets_no_key(
    client: FloraClient, other_origin: SandboxServer, workspaces: dict[str, str]
) -> None:
    technique = await client.techniques.retrieve("cctv-cam")
    start = await client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=workspaces["owner"],
        inputs={"input_image": IMAGE_URL},
    )
    foreign = f"{other_origin.api_url}/runs/{start.run_id}"
    with pytest.raises(AuthenticationError):
        await client.runs.retrieve_url(foreign)
    (entry,) = await requests_seen_by(other_origin)
    assert entry["path"] == f"/api/v1/runs/{start.run_id}"
    assert entry["auth"] == "missing"


async def test_same_host_other_name_is_another_origin(
    client: FloraClient, sandbox: SandboxServer, control: Control
) -> None:
    # localhost and 127.0.0.1 reach the same server but are different origins.
    port = sandbox.root_url.rsplit(":", 1)[1]
    with pytest.raises(AuthenticationError):
        await client.runs.retrieve_url(f"http://localhost:{port}/api/v1/runs/run_x")
    (entry,) = await control.requests("/runs/run_x")
    assert entry["auth"] == "missing"


async def test_poll_url_on_the_api_origin_gets_the_key(
    client: FloraClient, control: Control, workspaces: dict[str, str]
) -> None:
    technique = await client.techniques.retrieve("cctv-cam")
    start = await client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=workspaces["owner"],
        inputs={"input_image": IMAGE_URL},
    )
    assert start.poll_url is not None
    await client.runs.retrieve_url(start.poll_url)
    polls = [r for r in await control.requests() if r["method"] == "GET" and "run_" in r["path"]]
    assert [p["auth"] for p in polls] == ["valid"]


@pytest.mark.parametrize(
    ("url", "same"),
    [
        ("https://app.flora.ai/api/v1/runs/run_1", True),
        ("https://app.flora.ai:443/elsewhere", True),
        ("https://APP.flora.ai/api/v1/runs/run_1", True),
        ("http://app.flora.ai/api/v1/runs/run_1", False),
        ("https://app.flora.ai:8443/api/v1/runs/run_1", False),
        ("https://media.flora.ai/api/v1/runs/run_1", False),
        ("https://app.flora.ai.evil.example/api/v1", False),
        ("https://evil.example/?u=https://app.flora.ai/api/v1", False),
    ],
)
async def test_origin_rule(url: str, same: bool) -> None:
    async with FloraClient(api_key="sk_test_x", base_url="https://app.flora.ai/api/v1/") as client:
        assert client.is_api_origin(httpx.URL(url)) is same


@pytest.mark.parametrize("url", ["ftp://app.flora.ai/x", "https://", "http://[::1"])
async def test_unusable_poll_url_is_refused_before_sending(url: str) -> None:
    async with FloraClient(api_key="sk_test_x", base_url="https://app.flora.ai/api/v1") as client:
        with pytest.raises(ConfigurationError):
            await client.runs.retrieve_url(url)
