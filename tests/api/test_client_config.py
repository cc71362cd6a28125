"""Constructing the client: key and base URL from arguments or the environment; secrecy."""

from __future__ import annotations

import pytest

from flora_desktop.api import (
    APIConnectionError,
    ConfigurationError,
    FloraClient,
    MissingAPIKeyError,
)
from flora_desktop.sandbox.server import SandboxServer
from tests.api.helpers import Control, RecordingPolicy

pytestmark = pytest.mark.asyncio

SECRET = "sk_live_do_not_leak_0123456789"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FLORA_API_KEY", raising=False)
    monkeypatch.delenv("FLORA_BASE_URL", raising=False)


@pytest.mark.parametrize("env_value", [None, "", "   \t"])
async def test_missing_key_fails_before_any_request(
    monkeypatch: pytest.MonkeyPatch, env_value: str | None
) -> None:
    if env_value is not None:
        monkeypatch.setenv("FLORA_API_KEY", env_value)
    with pytest.raises(MissingAPIKeyError, match="FLORA_API_KEY"):
        FloraClient()
    with pytest.raises(MissingAPIKeyError):
        FloraClient(api_key="  ")


async def test_key_and_base_url_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, sandbox: SandboxServer, control: Control
) -> None:
    monkeypatch.setenv("FLORA_API_KEY", f"  {sandbox.api_key}\n")
    monkeypatch.setenv("FLORA_BASE_URL", f" {sandbox.api_url}/ ")
    async with FloraClient() as client:
        assert client.base_url == sandbox.api_url
        assert await client.workspaces.list()
    (entry,) = await control.requests("/workspaces")
    assert entry["auth"] == "valid"


async def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLORA_BASE_URL", "https://elsewhere.example/api/v1")
    async with FloraClient(api_key="sk_test_a", base_url="https://app.flora.ai/api/v1/") as c:
        assert c.base_url == "https://app.flora.ai/api/v1"


@pytest.mark.parametrize("env_value", [None, "", "  "])
async def test_default_base_url(monkeypatch: pytest.MonkeyPatch, env_value: str | None) -> None:
    if env_value is not None:
        monkeypatch.setenv("FLORA_BASE_URL", env_value)
    async with FloraClient(api_key="sk_test_a") as client:
        assert client.base_url == "https://app.flora.ai/api/v1"
        assert str(client.url_for("/workspaces")) == "https://app.flora.ai/api/v1/workspaces"


@pytest.mark.parametrize("key", ["sk_live_a b", "sk_live_a\nb", "sk_live_\u00e9"])
async def test_key_that_cannot_be_a_header_is_refused(key: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        FloraClient(api_key=key)
    assert key not in str(info.value)


@pytest.mark.parametrize("url", ["ftp://files.example/api", "not a url", "https://"])
async def test_bad_base_url_is_a_configuration_error(url: str) -> None:
    with pytest.raises(ConfigurationError):
        FloraClient(api_key="sk_test_a", base_url=url)


async def test_repr_and_errors_never_show_the_key() -> None:
    async with FloraClient(
        api_key=SECRET, base_url="http://127.0.0.1:9/api/v1", max_retries=0
    ) as client:
        assert SECRET not in repr(client)
        assert SECRET not in str(vars(client).get("base_url"))
        with pytest.raises(APIConnectionError) as info:
            await client.workspaces.list()
    assert SECRET not in str(info.value)
    assert SECRET not in repr(info.value)


async def test_an_echoed_key_is_redacted_from_error_text(
    sandbox: SandboxServer, control: Control
) -> None:
    await control.fault("/workspaces", status=401, message=f"Key {sandbox.api_key} is revoked")
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url) as client:
        with pytest.raises(Exception) as info:  # noqa: PT011 - any error; its text matters
            await client.workspaces.list()
    assert sandbox.api_key not in str(info.value)


async def test_debug_logs_never_contain_the_key(
    sandbox: SandboxServer, control: Control, caplog: pytest.LogCaptureFixture
) -> None:
    await control.fault("/workspaces", status=503)
    with caplog.at_level("DEBUG"):
        async with FloraClient(
            api_key=sandbox.api_key, base_url=sandbox.api_url, retry_policy=RecordingPolicy()
        ) as client:
            await client.workspaces.list()
    ours = [r for r in caplog.records if r.name.startswith("flora_desktop.api")]
    assert any("/api/v1/workspaces -> 503" in r.getMessage() for r in ours)
    assert any("request-id req_" in r.getMessage() for r in ours)
    assert all(sandbox.api_key not in r.getMessage() for r in caplog.records)


async def test_aclose_is_idempotent() -> None:
    client = FloraClient(api_key="sk_test_a")
    await client.aclose()
    await client.aclose()
    assert client.is_closed
