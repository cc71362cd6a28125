"""Credential stores: a real Secret Service (gnome-keyring on D-Bus), none, and memory."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Any, cast

import keyring.errors
import pytest
from hypothesis import given
from hypothesis import strategies as st

from flora_desktop.services.base_urls import normalise_base_url
from flora_desktop.services.credentials import (
    CredentialsUnavailable,
    KeyFormatError,
    KeyringCredentialStore,
    SessionCredentialStore,
    clean_api_key,
)

API = "https://app.flora.ai/api/v1"
SANDBOX = "http://127.0.0.1:8123/api/v1"
KEY_A = "sk_live_canaryAAAA0123456789"
KEY_B = "sk_test_canaryBBBB0123456789"
SERVICE = "flora-desktop"
REPO_ROOT = Path(__file__).resolve().parents[2]


def store_with(backend: Any) -> KeyringCredentialStore:
    return KeyringCredentialStore(backend=cast(Any, backend))


# -- against the real Secret Service -------------------------------------------------


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_set_get_delete_per_base_url(keyring_backend: Any) -> None:
    store = store_with(keyring_backend)

    assert await store.get(API) is None
    await store.set(API, KEY_A)
    assert await store.get(API) == KEY_A

    await store.delete(API)
    assert await store.get(API) is None


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_two_base_urls_keep_separate_keys(keyring_backend: Any) -> None:
    store = store_with(keyring_backend)

    await store.set(API, KEY_A)
    await store.set(SANDBOX, KEY_B)
    assert await store.get(API) == KEY_A
    assert await store.get(SANDBOX) == KEY_B

    await store.delete(SANDBOX)
    assert await store.get(API) == KEY_A
    assert await store.get(SANDBOX) is None


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_entry_layout_service_and_normalised_url(keyring_backend: Any) -> None:
    store = store_with(keyring_backend)

    await store.set("HTTPS://App.Flora.ai/api/v1/", KEY_A)

    # What other tools (seahorse, secret-tool) see: one entry per normalised base URL.
    assert keyring_backend.get_password(SERVICE, API) == KEY_A
    assert keyring_backend.get_password(SERVICE, API + "/") is None
    assert await store.get(API + "/") == KEY_A


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_set_replaces_and_delete_twice_is_fine(keyring_backend: Any) -> None:
    store = store_with(keyring_backend)

    await store.set(API, KEY_A)
    await store.set(API, KEY_B)
    assert await store.get(API) == KEY_B

    await store.delete(API)
    await store.delete(API)  # signing out twice
    assert await store.get(API) is None


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_check_passes_on_a_working_keyring(keyring_backend: Any) -> None:
    await store_with(keyring_backend).check()


@pytest.mark.keyring
@pytest.mark.asyncio
@pytest.mark.parametrize("key", ["abc\ndef", "abc\n", "abc\r\n", "\nabc", "abc\u2028d", ""])
async def test_multi_line_or_empty_keys_are_refused(keyring_backend: Any, key: str) -> None:
    store = store_with(keyring_backend)
    await store.set(SANDBOX, KEY_B)

    with pytest.raises(ValueError, match="one line") as caught:
        await store.set(API, key)

    assert "abc" not in str(caught.value)
    assert await store.get(API) is None
    assert await store.get(SANDBOX) == KEY_B  # the keyring kept its other secrets


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_keyring_calls_run_off_the_event_loop_thread(keyring_backend: Any) -> None:
    threads: list[int] = []

    class Recording:
        """Forwards to the real backend, noting the thread of each call."""

        def get_password(self, service: str, username: str) -> str | None:
            threads.append(threading.get_ident())
            return cast(str | None, keyring_backend.get_password(service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            threads.append(threading.get_ident())
            keyring_backend.set_password(service, username, password)

        def delete_password(self, service: str, username: str) -> None:
            threads.append(threading.get_ident())
            keyring_backend.delete_password(service, username)

    store = store_with(Recording())
    await store.check()
    await store.set(API, KEY_A)
    assert await store.get(API) == KEY_A
    await store.delete(API)

    assert len(threads) == 4
    assert threading.get_ident() not in threads


@pytest.mark.asyncio
async def test_a_slow_keyring_does_not_block_the_loop() -> None:
    release = threading.Event()

    class Slow:
        """Blocks like an unlock prompt until the test lets it go."""

        def get_password(self, service: str, username: str) -> str | None:
            release.wait(timeout=10)
            return None

    read = asyncio.ensure_future(store_with(Slow()).get(API))
    for _ in range(5):  # the loop keeps turning while the keyring call waits
        await asyncio.sleep(0.001)
    assert not read.done()
    release.set()
    assert await read is None


# The app builds KeyringCredentialStore() with no backend: keyring picks one for the
# machine. keyring caches that choice process-wide, so each case runs in a child process.
_DEFAULT_BACKEND_CHILD = """
import asyncio, sys
from flora_desktop.services.credentials import CredentialsUnavailable, KeyringCredentialStore

async def main() -> str:
    store = KeyringCredentialStore()
    try:
        await store.set(sys.argv[1], sys.argv[2])
        return "read back: " + str(await store.get(sys.argv[1]) == sys.argv[2])
    except CredentialsUnavailable as exc:
        return f"unavailable: {exc}"

print(asyncio.run(main()))
"""


async def _run_default_backend_child(tmp_path: Path, bus_address: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON_KEYRING")}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    if bus_address:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus_address
    # keyring reads its own config (keyringrc.cfg) from here: keep the user's out.
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _DEFAULT_BACKEND_CHILD,
        SANDBOX,
        KEY_B,
        cwd=REPO_ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(child.communicate(), timeout=60)
    assert child.returncode == 0, stderr.decode()
    return stdout.decode().strip()


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_default_backend_finds_the_secret_service(
    keyring_backend: Any, secret_service: str, tmp_path: Path
) -> None:
    assert await _run_default_backend_child(tmp_path, secret_service) == "read back: True"
    assert keyring_backend.get_password(SERVICE, SANDBOX) == KEY_B


@pytest.mark.asyncio
async def test_default_backend_without_a_keyring_is_unavailable(tmp_path: Path) -> None:
    output = await _run_default_backend_child(tmp_path, bus_address=None)

    assert output.startswith("unavailable: No system keyring is available")
    assert KEY_B not in output


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_a_locked_keyring_is_unavailable(
    locked_secret_service: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring.backends.SecretService

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", locked_secret_service)
    backend_class: Any = keyring.backends.SecretService.Keyring
    store = store_with(backend_class())

    with pytest.raises(CredentialsUnavailable) as caught:
        await store.get(API)
    assert caught.value.locked
    assert "locked" in str(caught.value)
    assert isinstance(caught.value.__cause__, keyring.errors.KeyringLocked)
    with pytest.raises(CredentialsUnavailable):
        await store.set(API, KEY_A)
    with pytest.raises(CredentialsUnavailable):
        await store.check()


@pytest.mark.asyncio
@pytest.mark.parametrize("bus", ["missing-socket", "unset"])
async def test_an_unreachable_bus_is_unavailable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, bus: str
) -> None:
    secret_service_backend = pytest.importorskip("keyring.backends.SecretService")
    if bus == "unset":
        monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    else:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")
    backend_class: Any = secret_service_backend.Keyring
    store = store_with(backend_class())

    for call in (store.get(API), store.set(API, KEY_A), store.delete(API), store.check()):
        with pytest.raises(CredentialsUnavailable) as caught:
            await call
        assert not caught.value.locked
        assert caught.value.__cause__ is not None


# -- without any keyring -------------------------------------------------------------


@pytest.mark.asyncio
async def test_no_keyring_raises_a_plain_message(no_keyring_backend: Any) -> None:
    store = store_with(no_keyring_backend)

    for call in (store.get(API), store.set(API, KEY_A), store.delete(API), store.check()):
        with pytest.raises(CredentialsUnavailable) as caught:
            await call
        message = str(caught.value)
        assert "keyring" in message
        assert "session" in message  # says what the user can do instead
        assert KEY_A not in message
        assert "sk_" not in message
        assert isinstance(caught.value.__cause__, keyring.errors.NoKeyringError)


@pytest.mark.asyncio
async def test_keys_never_reach_the_log(
    no_keyring_backend: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store = store_with(no_keyring_backend)

    with pytest.raises(CredentialsUnavailable):
        await store.set(API, KEY_A)
    with pytest.raises(ValueError, match="one line"):
        await store.set(API, KEY_A + "\n")
    session = SessionCredentialStore()
    await session.set(API, KEY_A)

    assert caplog.records  # the failure was logged...
    assert KEY_A not in caplog.text  # ...without the key
    assert KEY_A not in repr(store) + repr(session)


# -- session only ----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_session_store_keeps_keys_per_base_url_in_memory() -> None:
    store = SessionCredentialStore()
    await store.check()

    await store.set(API + "/", KEY_A)
    await store.set(SANDBOX, KEY_B)
    assert await store.get(API) == KEY_A
    assert await store.get(SANDBOX) == KEY_B
    assert await SessionCredentialStore().get(API) is None  # nothing persisted

    await store.delete(API)
    await store.delete(API)
    assert await store.get(API) is None
    with pytest.raises(ValueError, match="one line"):
        await store.set(API, "two\nlines")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://app.flora.ai/api/v1", "https://app.flora.ai/api/v1"),
        ("https://app.flora.ai/api/v1/", "https://app.flora.ai/api/v1"),
        ("  HTTPS://APP.Flora.ai/api/v1//  ", "https://app.flora.ai/api/v1"),
        ("http://127.0.0.1:8123/api/v1#frag", "http://127.0.0.1:8123/api/v1"),
        ("http://127.0.0.1:8123/", "http://127.0.0.1:8123"),
    ],
)
def test_normalise_base_url(given: str, expected: str) -> None:
    assert normalise_base_url(given) == expected


@pytest.mark.parametrize("bad", ["", "app.flora.ai/api", "/api/v1", "not a url"])
def test_normalise_base_url_refuses_relative(bad: str) -> None:
    with pytest.raises(ValueError, match="absolute"):
        normalise_base_url(bad)


# --- cleaning a pasted key ------------------------------------------------------------------

KEY_CHARS = st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
keys = st.builds(lambda body: "sk_live_" + body, st.text(KEY_CHARS, min_size=1, max_size=40))
INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2069\ufeff\u00ad"
)
invisible = st.text(st.sampled_from(INVISIBLE), max_size=3)
around = st.text(st.sampled_from(" \t\u00a0\u202f\n") | st.sampled_from(INVISIBLE), max_size=4)


@given(key=keys, before=around, after=around, inside=invisible, at=st.integers(0, 48))
def test_invisible_characters_anywhere_and_whitespace_around_are_dropped(
    key: str, before: str, after: str, inside: str, at: int
) -> None:
    at = min(at, len(key))
    pasted = before + key[:at] + inside + key[at:] + after
    assert clean_api_key(pasted) == key


@given(
    key=keys,
    intruder=st.characters(
        blacklist_categories=("Zs", "Zl", "Zp", "Cs"), blacklist_characters=INVISIBLE
    ).filter(lambda c: not (c.isascii() and c.isprintable()) and not c.isspace()),
    at=st.integers(0, 48),
)
def test_a_character_no_key_can_have_is_refused(key: str, intruder: str, at: int) -> None:
    at = min(at, len(key))
    with pytest.raises(KeyFormatError) as refused:
        clean_api_key(key[:at] + intruder + key[at:])
    assert refused.value.reason == "characters"
    assert key not in str(refused.value)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("\u200b\u200b", "empty"),
        ("sk_live_a\u2028b", "multiline"),
        ("sk_live_a\u00a0b", "spaces"),
        ("sk_live_k\u0435y", "characters"),  # Cyrillic е
        ("sk_live_\uff4b", "characters"),  # fullwidth k
    ],
)
def test_each_refusal_names_its_reason(text: str, reason: str) -> None:
    with pytest.raises(KeyFormatError) as refused:
        clean_api_key(text)
    assert refused.value.reason == reason
