"""Connection resolution: base URL and key sources in order, key checks, the embedded sandbox."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest

from flora_desktop.api.errors import APIConnectionError, AuthenticationError
from flora_desktop.sandbox.config import DEMO_API_KEY
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.credentials import (
    KeyringCredentialStore,
    SessionCredentialStore,
)
from flora_desktop.services.session import (
    DEFAULT_BASE_URL,
    Connection,
    EmbeddedSandbox,
    KeyFormatError,
    clean_key,
    env_api_key,
    forget_key,
    resolve_base_url,
    resolve_connection,
    verify_key,
)

SECRET = "sk_live_a1b2c3d4e5f6secret"


class TrapStore:
    """A credential store that fails the test if anything touches it."""

    async def get(self, base_url: str) -> str | None:
        pytest.fail("the keyring was read")

    async def set(self, base_url: str, api_key: str) -> None:
        pytest.fail("the keyring was written")

    async def delete(self, base_url: str) -> None:
        pytest.fail("the keyring was deleted from")

    async def check(self) -> None:
        pytest.fail("the keyring was probed")


def test_connection_repr_and_str_hide_the_key() -> None:
    connection = Connection("https://app.flora.ai/api/v1", SECRET, "keyring")
    assert SECRET not in repr(connection)
    assert SECRET not in str(connection)
    assert "***" in repr(connection)


@pytest.mark.parametrize(
    ("base_url", "source", "label", "host", "is_sandbox"),
    [
        ("https://app.flora.ai/api/v1", "keyring", "app.flora.ai", "app.flora.ai", False),
        ("http://127.0.0.1:5123/api/v1", "sandbox", "Sandbox", "127.0.0.1:5123", True),
        (
            "https://user:pw@eu.flora.ai:8443/api/v1",
            "environment",
            "eu.flora.ai:8443",
            "eu.flora.ai:8443",
            False,
        ),
    ],
)
def test_connection_label_and_host(
    base_url: str, source: Any, label: str, host: str, is_sandbox: bool
) -> None:
    connection = Connection(base_url, SECRET, source)
    assert connection.label == label
    assert connection.host == host
    assert connection.is_sandbox is is_sandbox


@pytest.mark.parametrize(
    ("cli", "env", "expected"),
    [
        (None, {}, DEFAULT_BASE_URL),
        (None, {"FLORA_BASE_URL": "  "}, DEFAULT_BASE_URL),
        (None, {"FLORA_BASE_URL": ""}, DEFAULT_BASE_URL),
        (
            None,
            {"FLORA_BASE_URL": " https://eu.flora.ai/api/v1/ \n"},
            "https://eu.flora.ai/api/v1/",
        ),
        (
            "http://127.0.0.1:9/api/v1",
            {"FLORA_BASE_URL": "https://x.example"},
            "http://127.0.0.1:9/api/v1",
        ),
        ("   ", {"FLORA_BASE_URL": "https://x.example"}, "https://x.example"),
    ],
)
def test_resolve_base_url(cli: str | None, env: dict[str, str], expected: str) -> None:
    assert resolve_base_url(cli, env) == expected


@pytest.mark.parametrize(
    ("env", "expected"),
    [({}, None), ({"FLORA_API_KEY": " \t"}, None), ({"FLORA_API_KEY": f" {SECRET}\n"}, SECRET)],
)
def test_env_api_key_is_trimmed_and_blank_is_unset(
    env: dict[str, str], expected: str | None
) -> None:
    assert env_api_key(env) == expected


def test_clean_key_strips_surrounding_whitespace() -> None:
    assert clean_key(f"\n  {SECRET}  \t\n") == SECRET


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("  \n ", "empty"),
        (f"{SECRET}\nsecond", "multiline"),
        (f"{SECRET}\r\nx", "multiline"),
        ("sk_live_a b", "spaces"),
    ],
)
def test_clean_key_refuses_what_cannot_be_a_key(text: str, reason: str) -> None:
    with pytest.raises(KeyFormatError) as caught:
        clean_key(text)
    assert caught.value.reason == reason
    assert SECRET not in str(caught.value)


@pytest.mark.asyncio
async def test_environment_key_wins_over_the_keyring_and_is_not_stored() -> None:
    connection = await resolve_connection(
        base_url=DEFAULT_BASE_URL, env={"FLORA_API_KEY": f" {SECRET} "}, store=TrapStore()
    )
    assert connection == Connection(DEFAULT_BASE_URL, SECRET, "environment")


@pytest.mark.asyncio
async def test_keyring_entry_for_the_base_url_is_used() -> None:
    store = SessionCredentialStore()
    await store.set("https://other.example/api/v1", "sk_live_other")
    await store.set(DEFAULT_BASE_URL, SECRET)
    connection = await resolve_connection(base_url=DEFAULT_BASE_URL, env={}, store=store)
    assert connection == Connection(DEFAULT_BASE_URL, SECRET, "keyring")


@pytest.mark.asyncio
async def test_no_key_anywhere_means_sign_in() -> None:
    connection = await resolve_connection(
        base_url=DEFAULT_BASE_URL, env={}, store=SessionCredentialStore()
    )
    assert connection is None


@pytest.mark.asyncio
async def test_no_keyring_means_sign_in(no_keyring_backend: Any) -> None:
    store = KeyringCredentialStore(backend=no_keyring_backend)
    assert await resolve_connection(base_url=DEFAULT_BASE_URL, env={}, store=store) is None


@pytest.mark.asyncio
async def test_sandbox_starts_the_embedded_server_and_touches_no_keyring() -> None:
    sandbox = EmbeddedSandbox()
    try:
        connection = await resolve_connection(
            base_url=DEFAULT_BASE_URL,
            env={"FLORA_API_KEY": SECRET},
            store=TrapStore(),
            sandbox=sandbox,
        )
        assert connection is not None
        assert connection.source == "sandbox"
        assert connection.api_key == DEMO_API_KEY
        assert connection.base_url.startswith("http://127.0.0.1:")
        # Starting again reuses the same server.
        assert await sandbox.start() == connection
        workspaces = await verify_key(connection.base_url, connection.api_key)
        assert workspaces
    finally:
        await sandbox.stop()
    assert not sandbox.running
    async with httpx.AsyncClient(timeout=2) as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(connection.base_url + "/workspaces")


@pytest.mark.asyncio
async def test_stopping_a_sandbox_never_started_is_fine() -> None:
    await EmbeddedSandbox().stop()


@pytest.mark.asyncio
async def test_verify_key_returns_the_workspaces(sandbox: SandboxServer) -> None:
    workspaces = await verify_key(sandbox.api_url, sandbox.api_key)
    assert [w.workspace_id for w in workspaces]
    assert all(w.workspace_id.startswith("ws_") for w in workspaces)


@pytest.mark.asyncio
async def test_verify_key_raises_authentication_error_for_a_bad_key(
    sandbox: SandboxServer,
) -> None:
    with pytest.raises(AuthenticationError) as caught:
        await verify_key(sandbox.api_url, "sk_test_not_a_real_key")
    assert "sk_test_not_a_real_key" not in str(caught.value)


@pytest.mark.asyncio
async def test_verify_key_raises_connection_error_when_nothing_listens() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # The port was free a moment ago and nothing listens on it now.
    with pytest.raises(APIConnectionError):
        await verify_key(f"http://127.0.0.1:{port}/api/v1", SECRET)


@pytest.mark.asyncio
async def test_forget_key_deletes_from_the_store_the_key_came_from() -> None:
    keyring, session = SessionCredentialStore(), SessionCredentialStore()
    await keyring.set(DEFAULT_BASE_URL, SECRET)
    await session.set(DEFAULT_BASE_URL, SECRET)

    await forget_key(Connection(DEFAULT_BASE_URL, SECRET, "session"), keyring, session)
    assert await session.get(DEFAULT_BASE_URL) is None
    assert await keyring.get(DEFAULT_BASE_URL) == SECRET

    await forget_key(Connection(DEFAULT_BASE_URL, SECRET, "keyring"), keyring, session)
    assert await keyring.get(DEFAULT_BASE_URL) is None


@pytest.mark.asyncio
@pytest.mark.parametrize("source", ["sandbox", "environment"])
async def test_forget_key_never_touches_a_store_for_unstored_keys(source: Any) -> None:
    await forget_key(Connection(DEFAULT_BASE_URL, SECRET, source), TrapStore(), TrapStore())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (f"\u200b{SECRET}\ufeff", SECRET),
        (f"\u00a0{SECRET}\u202c\n", SECRET),
        ("sk_live_k\u0435y", None),  # a Cyrillic look-alike: sign in instead of a crash
        ("sk_live_a\nsk_live_b", None),
    ],
)
def test_env_api_key_is_cleaned_like_a_pasted_one(value: str, expected: str | None) -> None:
    assert env_api_key({"FLORA_API_KEY": value}) == expected
