"""API profiles (a name and a base URL each) and where each profile keeps its key.

A profile's key lives in the OS keyring through ``KeyringCredentialStore``, under a keyring
*service* of its own, with the normalised base URL as the account. The default profile
uses the app's original service name (``flora-desktop``), so a key saved before profiles
existed is still found; every other profile uses ``flora-desktop:profile:<id>``, so two
profiles on the same base URL (a studio account and a personal one) keep separate keys.
The ``Profile`` record and its checks live in ``settings.py``, the store that saves the
list; no key is ever part of a profile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from flora_desktop.services.credentials import CredentialStore, KeyringCredentialStore
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.settings import (
    DEFAULT_PROFILE_ID,
    Profile,
    ProfileError,
    Settings,
    check_base_url,
    check_profile_name,
    default_profile,
    make_profile_id,
)

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

__all__ = ["ActiveProfileCredentialStore", "Profiles", "keyring_store_factory"]

_log = logging.getLogger(__name__)

StoreFactory = Callable[[str], CredentialStore]


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
        stem = make_profile_id(name) or "profile"
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
