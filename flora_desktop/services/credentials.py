"""API keys per FLORA base URL: in the OS keyring, or in memory for this session only."""

from __future__ import annotations

import contextlib
import functools
import importlib
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, Protocol, TypeVar

from flora_desktop.services.base_urls import normalise_base_url
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

_log = logging.getLogger(__name__)
_T = TypeVar("_T")

SERVICE_NAME = "flora-desktop"
# FLORA keys look like this (contract: informational, never validated); logs mask them.
API_KEY_PATTERN = re.compile(r"sk_(?:live|test)_[A-Za-z0-9_-]+")
# keyring's username for the probe read in ``check()``; never written.
_PROBE_USERNAME = "flora-desktop-probe"

_UNAVAILABLE_MESSAGE = QT_TRANSLATE_NOOP(
    "Credentials",
    "No system keyring is available on this computer (on Linux this needs a Secret Service "
    "such as GNOME Keyring or KWallet), so the API key cannot be saved. "
    "You can still use it for this session only.",
)
_LOCKED_MESSAGE = QT_TRANSLATE_NOOP(
    "Credentials",
    "The system keyring is locked and was not unlocked, so the API key could not be read or "
    "saved. Unlock it and try again, or use the key for this session only.",
)


class CredentialsUnavailable(Exception):
    """The OS keyring cannot be used; the message is a plain sentence and never holds a key."""

    def __init__(self, message: str | None = None, *, locked: bool = False) -> None:
        super().__init__(message or (_LOCKED_MESSAGE if locked else _UNAVAILABLE_MESSAGE))
        self.locked = locked


class CredentialStore(Protocol):
    """Where the app keeps one API key per API base URL."""

    async def get(self, base_url: str) -> str | None: ...

    async def set(self, base_url: str, api_key: str) -> None: ...

    async def delete(self, base_url: str) -> None: ...

    async def check(self) -> None:
        """Raise ``CredentialsUnavailable`` if this store cannot be used."""
        ...


KeyProblem = Literal["empty", "multiline", "spaces", "characters"]

# What a paste carries along that no one sees: zero-width spaces and joiners, bidi marks
# and embeddings, the byte-order mark, soft hyphens, word joiners. Removed wherever they are.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_LINE_BREAKS = frozenset("\n\r\u0085\u2028\u2029\x0b\x0c")


class KeyFormatError(ValueError):
    """A pasted key that cannot be a key; ``reason`` says why, the UI picks the words.

    The message names the reason only: never the key.
    """

    def __init__(self, reason: KeyProblem) -> None:
        super().__init__(f"unusable API key text ({reason})")
        self.reason: KeyProblem = reason


def clean_api_key(text: str) -> str:
    """The key as FLORA issued it, from what was pasted; ``KeyFormatError`` if it cannot be one.

    Invisible characters go wherever they are, then surrounding whitespace (no-break spaces
    included). What is left must be one line, without spaces, of printable ASCII: a key
    holds nothing else, so a Cyrillic look-alike or a control character is refused here,
    before any request, rather than sent (the header cannot carry it anyway).
    """
    key = _INVISIBLE.sub("", text).strip()
    if not key:
        raise KeyFormatError("empty")
    if any(ch in _LINE_BREAKS for ch in key):
        # A newline would also corrupt the whole gnome-keyring collection (PLATFORM.md).
        raise KeyFormatError("multiline")
    if any(ch.isspace() for ch in key):
        raise KeyFormatError("spaces")
    if not (key.isascii() and key.isprintable()):
        raise KeyFormatError("characters")
    return key


def looks_like_api_key(text: str) -> bool:
    return API_KEY_PATTERN.search(text) is not None


def _require_single_line(api_key: str) -> None:
    # gnome-keyring loses every stored secret once one holds a newline (PLATFORM.md).
    if not api_key or api_key.splitlines() != [api_key]:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Credentials", "An API key must be one line of text, without line breaks."
            )
        )


class KeyringCredentialStore:
    """Keys in the OS keyring: one entry per normalised base URL under ``service``.

    Every keyring call runs in the loop's executor: D-Bus round trips and unlock prompts
    must never block the UI thread. Any keyring failure becomes ``CredentialsUnavailable``.
    """

    def __init__(self, service: str = SERVICE_NAME, backend: KeyringBackend | None = None) -> None:
        self._service = service
        self._backend = backend

    def __repr__(self) -> str:
        return f"KeyringCredentialStore(service={self._service!r})"

    async def get(self, base_url: str) -> str | None:
        account = normalise_base_url(base_url)
        key = await self._call("read", lambda backend: backend.get_password(self._service, account))
        return key or None

    async def set(self, base_url: str, api_key: str) -> None:
        _require_single_line(api_key)
        account = normalise_base_url(base_url)
        await self._call(
            "save", lambda backend: backend.set_password(self._service, account, api_key)
        )
        _log.info("saved the API key for %s in the system keyring", account)

    async def delete(self, base_url: str) -> None:
        """Remove the entry; deleting a key that is not there is not an error."""
        account = normalise_base_url(base_url)
        await self._call(
            "delete", lambda backend: _delete_if_present(backend, self._service, account)
        )
        _log.info("removed the API key for %s from the system keyring", account)

    async def check(self) -> None:
        """Read a probe entry: proves the keyring answers (and unlocks it if it must)."""
        await self._call(
            "check", lambda backend: backend.get_password(self._service, _PROBE_USERNAME)
        )

    async def _call(self, action: str, operation: Callable[[KeyringBackend], _T]) -> _T:
        import asyncio

        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            None, functools.partial(self._call_blocking, action, operation)
        )

    def _call_blocking(self, action: str, operation: Callable[[KeyringBackend], _T]) -> _T:
        """Runs on an executor thread."""
        import keyring.errors

        errors = _keyring_errors()
        try:
            if self._backend is None:
                self._backend = _default_backend()
            return operation(self._backend)
        except keyring.errors.KeyringLocked as exc:
            _log.warning(
                "keyring %s failed: the keyring is locked (%s)", action, type(exc).__name__
            )
            raise CredentialsUnavailable(locked=True) from exc
        except errors as exc:
            # Class and message only: keyring and D-Bus errors name collections, not secrets.
            _log.warning("keyring %s failed: %s: %s", action, type(exc).__name__, exc)
            raise CredentialsUnavailable() from exc


def _delete_if_present(backend: KeyringBackend, service: str, account: str) -> None:
    import keyring.errors

    # Nothing stored is fine: signing out twice is not an error.
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(service, account)


def _default_backend() -> KeyringBackend:
    """keyring's choice for this machine, refusing the file-based backends of keyrings.alt."""
    import keyring
    import keyring.backends.chainer
    import keyring.errors

    backend = keyring.get_keyring()
    chained = (
        backend.backends
        if isinstance(backend, keyring.backends.chainer.ChainerBackend)
        else [backend]
    )
    if any(type(b).__module__.startswith("keyrings.alt") for b in chained):
        # Those keep keys in a file in the home folder: never a plaintext (or weak) file.
        raise keyring.errors.NoKeyringError(
            f"refusing the file-based keyring backend {type(backend).__name__}"
        )
    return backend


def _keyring_errors() -> tuple[type[BaseException], ...]:
    """Everything a keyring backend may raise when the keyring itself cannot be used."""
    import keyring.errors

    errors: list[type[BaseException]] = [keyring.errors.KeyringError, OSError]
    try:
        import secretstorage.exceptions

        # importlib: jeepney ships no type information, and only the class is needed.
        jeepney_wrappers = importlib.import_module("jeepney.wrappers")
    except ImportError:  # not on Linux
        pass
    else:
        errors += [
            secretstorage.exceptions.SecretStorageException,
            jeepney_wrappers.DBusErrorResponse,
        ]
    return tuple(errors)


class SessionCredentialStore:
    """Keys kept in memory only, for "use for this session only"; gone when the app quits."""

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"SessionCredentialStore({len(self._keys)} key(s))"

    async def get(self, base_url: str) -> str | None:
        return self._keys.get(normalise_base_url(base_url))

    async def set(self, base_url: str, api_key: str) -> None:
        _require_single_line(api_key)
        self._keys[normalise_base_url(base_url)] = api_key

    async def delete(self, base_url: str) -> None:
        self._keys.pop(normalise_base_url(base_url), None)

    async def check(self) -> None:
        """Memory is always available."""
