"""API profiles (a name and a base URL each) and where each profile keeps its key.

A profile's key lives in the OS keyring through ``KeyringCredentialStore``, under a keyring
*service* of its own, with the normalised base URL as the account. The default profile
uses the app's original service name (``flora-desktop``), so a key saved before profiles
existed is still found; every other profile uses ``flora-desktop:profile:<id>``, so two
profiles on the same base URL (a studio account and a personal one) keep separate keys.
The profile list itself lives in settings; no key is ever part of a profile.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from flora_desktop.api._constants import DEFAULT_BASE_URL
from flora_desktop.services.base_urls import normalise_base_url
from flora_desktop.services.credentials import (
    SERVICE_NAME,
    CredentialStore,
    KeyringCredentialStore,
    looks_like_api_key,
)
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    from flora_desktop.services.settings import Settings

__all__ = [
    "DEFAULT_PROFILE_ID",
    "MAX_NAME_CHARS",
    "ActiveProfileCredentialStore",
    "Profile",
    "ProfileError",
    "Profiles",
    "check_base_url",
    "check_profile_name",
    "default_profile",
    "keyring_service_for",
]

_log = logging.getLogger(__name__)

DEFAULT_PROFILE_ID = "default"
DEFAULT_PROFILE_NAME = "Default"
MAX_NAME_CHARS = 60
# The message must not repeat the value: it is probably a key.
_KEY_NOT_NAME = QT_TRANSLATE_NOOP(
    "Profiles", "That looks like an API key; the key goes in the key field."
)
_PROFILE_SERVICE_PREFIX = f"{SERVICE_NAME}:profile:"
_ID_UNSAFE = re.compile(r"[^a-z0-9]+")
_MAX_ID_CHARS = 40

StoreFactory = Callable[[str], CredentialStore]


class ProfileError(ValueError):
    """A profile name or base URL that cannot be kept; the message is a plain sentence."""


@dataclass(frozen=True)
class Profile:
    """One FLORA account: a stable id, the name the user gave it, and its API base URL."""

    profile_id: str
    name: str
    base_url: str

    @property
    def is_default(self) -> bool:
        return self.profile_id == DEFAULT_PROFILE_ID

    @property
    def keyring_service(self) -> str:
        return keyring_service_for(self.profile_id)

    def to_json(self) -> dict[str, str]:
        return {"id": self.profile_id, "name": self.name, "base_url": self.base_url}

    @classmethod
    def from_json(cls, value: object) -> Profile:
        """A profile read back from settings; raises ``ProfileError`` when malformed."""
        if not isinstance(value, dict):
            raise ProfileError("A profile must be an object.")
        profile_id, name, base_url = value.get("id"), value.get("name"), value.get("base_url")
        if not (
            isinstance(profile_id, str) and isinstance(name, str) and isinstance(base_url, str)
        ):
            raise ProfileError("A profile needs an id, a name and a base URL.")
        if _make_id(profile_id) != profile_id:
            raise ProfileError("A profile id holds lower-case letters, digits and dashes.")
        return cls(profile_id, check_profile_name(name), check_base_url(base_url))


def default_profile(base_url: str = DEFAULT_BASE_URL) -> Profile:
    """The profile every install starts with; its key entry predates profiles."""
    return Profile(DEFAULT_PROFILE_ID, DEFAULT_PROFILE_NAME, normalise_base_url(base_url))


def keyring_service_for(profile_id: str) -> str:
    """The keyring service holding this profile's key (the account is the base URL)."""
    if profile_id == DEFAULT_PROFILE_ID:
        return SERVICE_NAME
    return _PROFILE_SERVICE_PREFIX + profile_id


def check_profile_name(name: str) -> str:
    """The name trimmed; refuses empty, multi-line, over-long or key-like names."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ProfileError(QT_TRANSLATE_NOOP("Profiles", "Give the profile a name."))
    if len(cleaned) > MAX_NAME_CHARS:
        raise ProfileError(
            QT_TRANSLATE_NOOP("Profiles", "A profile name has at most {limit} characters.").fill(
                limit=MAX_NAME_CHARS
            )
        )
    if looks_like_api_key(cleaned):
        # The message must not repeat the value: it is probably a key.
        raise ProfileError(_KEY_NOT_NAME)
    return cleaned


def check_base_url(base_url: str) -> str:
    """The base URL normalised; only http(s) web addresses, never one holding a key."""
    text = base_url.strip()
    if not text.lower().startswith(("https://", "http://")):
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "Profiles",
                "The server address must start with https://, such as https://app.flora.ai/api/v1.",
            )
        )
    if looks_like_api_key(text):
        raise ProfileError(_KEY_NOT_NAME)
    try:
        return normalise_base_url(text)
    except ValueError:
        raise ProfileError(
            QT_TRANSLATE_NOOP("Profiles", "That is not a complete web address.")
        ) from None


def _make_id(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _ID_UNSAFE.sub("-", ascii_name.lower()).strip("-")[:_MAX_ID_CHARS].strip("-")


def keyring_store_factory(backend: KeyringBackend | None = None) -> StoreFactory:
    """Profile service name -> a ``KeyringCredentialStore`` on ``backend`` (or the default)."""

    def make(service: str) -> CredentialStore:
        return KeyringCredentialStore(service=service, backend=backend)

    return make


class Profiles:
    """The profile list kept in ``settings``, the active one, and each profile's key store.

    ``settings`` holds the list and the active id (and is saved by its owner);
    ``store_for(profile)`` gives the credential store that keeps that profile's key.
    """

    def __init__(self, settings: Settings, store_factory: StoreFactory | None = None) -> None:
        self._settings = settings
        self._store_factory = store_factory or keyring_store_factory()
        self._stores: dict[str, CredentialStore] = {}

    def __repr__(self) -> str:
        return f"Profiles({len(self.all())} profile(s), active={self.active.profile_id!r})"

    # -- the list -------------------------------------------------------------------

    def all(self) -> list[Profile]:
        """Every profile, the default one first (it always exists)."""
        saved = list(self._settings.profiles)
        if not any(p.is_default for p in saved):
            saved.insert(0, default_profile())
        return sorted(saved, key=lambda p: not p.is_default)

    def get(self, profile_id: str) -> Profile | None:
        return next((p for p in self.all() if p.profile_id == profile_id), None)

    @property
    def active(self) -> Profile:
        chosen = self.get(self._settings.active_profile)
        return chosen if chosen is not None else self.all()[0]

    def set_active(self, profile_id: str) -> Profile:
        profile = self.get(profile_id)
        if profile is None:
            raise KeyError(profile_id)
        self._settings.active_profile = profile.profile_id
        _log.info("active profile: %s", profile.profile_id)
        return profile

    def add(self, name: str, base_url: str) -> Profile:
        """A new profile with an id made from its name (unique); not active yet."""
        name = check_profile_name(name)
        url = check_base_url(base_url)
        taken = {p.profile_id for p in self.all()}
        stem = _make_id(name) or "profile"
        profile_id, n = stem, 2
        while profile_id in taken:
            profile_id, n = f"{stem}-{n}", n + 1
        profile = Profile(profile_id, name, url)
        self._replace_all([*self.all(), profile])
        return profile

    def update(
        self, profile_id: str, *, name: str | None = None, base_url: str | None = None
    ) -> Profile:
        """Rename a profile or change its base URL; its id (and so its key entry) stays."""
        current = self.get(profile_id)
        if current is None:
            raise KeyError(profile_id)
        changed = replace(
            current,
            name=check_profile_name(name) if name is not None else current.name,
            base_url=check_base_url(base_url) if base_url is not None else current.base_url,
        )
        self._replace_all([changed if p.profile_id == profile_id else p for p in self.all()])
        return changed

    async def remove(self, profile_id: str) -> None:
        """Forget a profile and delete its key; the default profile cannot be removed."""
        profile = self.get(profile_id)
        if profile is None:
            return
        if profile.is_default:
            raise ProfileError(
                QT_TRANSLATE_NOOP("Profiles", "The default profile cannot be removed.")
            )
        await self.store_for(profile).delete(profile.base_url)
        self._replace_all([p for p in self.all() if p.profile_id != profile_id])
        if self._settings.active_profile == profile_id:
            self._settings.active_profile = DEFAULT_PROFILE_ID

    def _replace_all(self, profiles: Sequence[Profile]) -> None:
        self._settings.profiles = tuple(profiles)

    # -- keys -----------------------------------------------------------------------

    def store_for(self, profile: Profile) -> CredentialStore:
        store = self._stores.get(profile.keyring_service)
        if store is None:
            store = self._store_factory(profile.keyring_service)
            self._stores[profile.keyring_service] = store
        return store

    async def get_key(self, profile: Profile) -> str | None:
        return await self.store_for(profile).get(profile.base_url)

    async def set_key(self, profile: Profile, api_key: str) -> None:
        await self.store_for(profile).set(profile.base_url, api_key)

    async def delete_key(self, profile: Profile) -> None:
        await self.store_for(profile).delete(profile.base_url)

    def active_store(self) -> ActiveProfileCredentialStore:
        return ActiveProfileCredentialStore(self)


class ActiveProfileCredentialStore:
    """A ``CredentialStore`` that always uses the key store of the profile active now.

    Sign-in, sign-out and start-up take one store; handing them this one makes them follow
    a profile switch without knowing profiles exist.
    """

    def __init__(self, profiles: Profiles) -> None:
        self._profiles = profiles

    def __repr__(self) -> str:
        return f"ActiveProfileCredentialStore(active={self._profiles.active.profile_id!r})"

    def _store(self) -> CredentialStore:
        return self._profiles.store_for(self._profiles.active)

    async def get(self, base_url: str) -> str | None:
        return await self._store().get(base_url)

    async def set(self, base_url: str, api_key: str) -> None:
        await self._store().set(base_url, api_key)

    async def delete(self, base_url: str) -> None:
        await self._store().delete(base_url)

    async def check(self) -> None:
        await self._store().check()
