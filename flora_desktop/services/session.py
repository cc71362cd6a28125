"""Where the app connects and with which key: base URL, key sources, key checks, the sandbox."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from flora_desktop.api._constants import DEFAULT_BASE_URL, ENV_API_KEY, ENV_BASE_URL
from flora_desktop.services.credentials import (
    CredentialStore,
    CredentialsUnavailable,
    KeyFormatError,
    clean_api_key,
)
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    # asyncio (~25 ms to import) is imported where used: the window paints before it loads.
    import asyncio

    from flora_desktop.api.models import Workspace
    from flora_desktop.sandbox.config import SandboxConfig
    from flora_desktop.sandbox.server import SandboxServer

__all__ = [
    "DEFAULT_BASE_URL",
    "Connection",
    "ConnectionSource",
    "CredentialStore",
    "EmbeddedSandbox",
    "KeyFormatError",
    "SandboxUnavailable",
    "clean_key",
    "env_api_key",
    "forget_key",
    "resolve_base_url",
    "resolve_connection",
    "verify_key",
]

log = logging.getLogger(__name__)

# Checking a key is interactive: fail fast rather than retry for minutes (CONTRACT §9.3).
VERIFY_TIMEOUT_SECONDS = 20.0
VERIFY_MAX_RETRIES = 1

ConnectionSource = Literal["sandbox", "environment", "keyring", "session"]

# The embedded sandbox gets a new port on every start; what the user chose there is
# remembered under this one name instead, so it survives a restart.
SANDBOX_SETTINGS_URL = "sandbox://embedded"


@dataclass(frozen=True)
class Connection:
    """One API base URL, the key used there, and where that key came from."""

    base_url: str
    api_key: str = field(repr=False)
    source: ConnectionSource

    @property
    def is_sandbox(self) -> bool:
        return self.source == "sandbox"

    @property
    def host(self) -> str:
        """``host[:port]`` of the base URL, without any user info."""
        parts = urlsplit(self.base_url)
        host = parts.hostname or self.base_url
        return f"{host}:{parts.port}" if parts.port is not None else host

    @property
    def label(self) -> str:
        return "Sandbox" if self.is_sandbox else self.host

    @property
    def settings_url(self) -> str:
        """The URL the last workspace and technique are remembered under."""
        return SANDBOX_SETTINGS_URL if self.is_sandbox else self.base_url

    def __repr__(self) -> str:
        return f"Connection(base_url={self.base_url!r}, api_key='***', source={self.source!r})"


class SandboxUnavailable(Exception):
    """The embedded sandbox could not start; the message is a plain sentence for the user."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Session",
                "The practice sandbox could not start on this computer (it needs to open a "
                "local network port on 127.0.0.1). Try again, or sign in with your API key.",
            )
        )


def clean_key(text: str) -> str:
    """The pasted key cleaned and checked (``credentials.clean_api_key``)."""
    return clean_api_key(text)


def resolve_base_url(cli_base_url: str | None, env: Mapping[str, str]) -> str:
    """``--base-url``, else ``FLORA_BASE_URL``, else the default; trimmed, blank is unset."""
    for candidate in (cli_base_url, env.get(ENV_BASE_URL)):
        if candidate is not None and candidate.strip():
            return candidate.strip()
    return DEFAULT_BASE_URL


def env_api_key(env: Mapping[str, str]) -> str | None:
    """``FLORA_API_KEY`` cleaned like a pasted key; None when unset, blank or unusable.

    An unusable one (a look-alike letter, a line break) would otherwise fail in the client
    at start-up; the person is asked to sign in instead.
    """
    value = env.get(ENV_API_KEY, "")
    if not value.strip():
        return None
    try:
        return clean_api_key(value)
    except KeyFormatError as exc:
        log.info("%s is not a usable key (%s); asking for one", ENV_API_KEY, exc.reason)
        return None


async def resolve_connection(
    *,
    base_url: str,
    env: Mapping[str, str],
    store: CredentialStore,
    sandbox: EmbeddedSandbox | None = None,
) -> Connection | None:
    """The connection to start with, or None when the user must sign in.

    Order: the embedded sandbox when given (no keyring touched), then ``FLORA_API_KEY``
    (used for this session only, never stored), then the keyring entry for ``base_url``.
    """
    if sandbox is not None:
        return await sandbox.start()
    key = env_api_key(env)
    if key is not None:
        return Connection(base_url, key, "environment")
    try:
        saved = await store.get(base_url)
    except CredentialsUnavailable:
        log.info("no keyring available; asking for a key")
        return None
    if saved:
        return Connection(base_url, saved, "keyring")
    return None


async def verify_key(base_url: str, api_key: str) -> list[Workspace]:
    """The key's workspaces (``GET /workspaces``); raises the client's typed errors."""
    from flora_desktop.api import FloraClient  # httpx is heavy: only when a key is checked

    async with FloraClient(
        api_key=api_key,
        base_url=base_url,
        timeout=VERIFY_TIMEOUT_SECONDS,
        max_retries=VERIFY_MAX_RETRIES,
    ) as client:
        return await client.workspaces.list()


async def forget_key(
    connection: Connection, keyring_store: CredentialStore, session_store: CredentialStore
) -> None:
    """Sign out: delete the stored key for the connection's base URL, where it lives."""
    if connection.source == "keyring":
        await keyring_store.delete(connection.base_url)
    elif connection.source == "session":
        await session_store.delete(connection.base_url)
    # Sandbox and environment keys were never stored: nothing to delete.


class EmbeddedSandbox:
    """The app's own sandbox server (``--sandbox``, "Try the sandbox"), started on demand.

    The server runs in its own background thread; starting and stopping it are blocking
    calls, so both run in an executor, never on the UI thread.
    """

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self._config = config  # None: the defaults (127.0.0.1, a free port, the demo key)
        self._server: SandboxServer | None = None
        self._started: asyncio.Future[None] | None = None

    @property
    def running(self) -> bool:
        return self._started is not None

    async def start(self) -> Connection:
        """Start the server once (later calls reuse it) and return its connection.

        Raises ``SandboxUnavailable`` when it cannot start; a later call tries afresh.
        """
        import asyncio

        if self._started is None:
            from flora_desktop.sandbox.config import SandboxConfig
            from flora_desktop.sandbox.server import SandboxServer

            server = SandboxServer(self._config or SandboxConfig())
            self._server = server
            self._started = asyncio.get_running_loop().run_in_executor(None, server.start)
        started = self._started
        try:
            # Shielded: a cancelled caller must not leave a half-started server that stop()
            # cannot find.
            await asyncio.shield(started)
        except (OSError, RuntimeError) as exc:
            log.warning("the embedded sandbox could not start: %s", exc)
            if self._started is started:
                self._started = None
                self._server = None
            raise SandboxUnavailable() from exc
        assert self._server is not None
        log.info("embedded sandbox listening on %s", self._server.api_url)
        return Connection(self._server.api_url, self._server.api_key, "sandbox")

    async def stop(self) -> None:
        """Stop the server if it was started; waits for a start still in progress."""
        import asyncio

        started, server = self._started, self._server
        self._started = None
        self._server = None
        if started is None or server is None:
            return
        await asyncio.gather(started, return_exceptions=True)
        await asyncio.get_running_loop().run_in_executor(None, server.stop)
