"""API profiles: the list in settings, switching, and separate keys in the real Secret Service."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from flora_desktop.services.credentials import SERVICE_NAME, KeyringCredentialStore
from flora_desktop.services.profiles import Profiles, keyring_store_factory
from flora_desktop.services.session import resolve_connection
from flora_desktop.services.settings import (
    DEFAULT_PROFILE_ID,
    MAX_POLL_INTERVAL_S,
    MIN_POLL_INTERVAL_S,
    Profile,
    ProfileError,
    Settings,
    default_output_folder,
)

API = "https://app.flora.ai/api/v1"
STUDIO_KEY = "sk_live_studio0123456789abcdef"
PERSONAL_KEY = "sk_live_personal0123456789abc"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.load(tmp_path / "config" / "settings.json")


def test_a_fresh_install_has_the_default_profile_active(settings: Settings) -> None:
    profiles = Profiles(settings)

    assert [p.profile_id for p in profiles.all()] == [DEFAULT_PROFILE_ID]
    assert profiles.active.base_url == API
    # The default profile's key entry is the one from before profiles existed.
    assert profiles.active.keyring_service == SERVICE_NAME


def test_profiles_get_unique_ids_from_their_names(settings: Settings) -> None:
    profiles = Profiles(settings)
    studio = profiles.add("Studio  North", API)
    again = profiles.add("Studio North", API + "/")
    odd = profiles.add("Ünïcodé ✨", "HTTPS://Staging.Flora.AI/api/v1/")

    assert (studio.profile_id, studio.name) == ("studio-north", "Studio North")
    assert again.profile_id == "studio-north-2"
    assert again.base_url == API  # normalised
    assert odd.profile_id == "unicode"
    assert odd.base_url == "https://staging.flora.ai/api/v1"
    assert len({p.keyring_service for p in profiles.all()}) == 4


@pytest.mark.parametrize(
    ("name", "url", "words"),
    [
        ("", API, "name"),
        ("x" * 61, API, "at most"),
        ("sk_live_abcdef0123456789", API, "looks like an API key"),
        ("Studio", "ftp://flora.ai", "https://"),
        ("Studio", "https://", "complete web address"),
    ],
)
def test_bad_names_and_urls_are_refused_in_plain_words(
    settings: Settings, name: str, url: str, words: str
) -> None:
    with pytest.raises(ProfileError, match=words) as caught:
        Profiles(settings).add(name, url)
    assert "sk_live" not in str(caught.value)


@pytest.mark.asyncio
async def test_profiles_and_preferences_round_trip_without_keys(settings: Settings) -> None:
    profiles = Profiles(settings)
    studio = profiles.add("Studio", API)
    profiles.set_active(studio.profile_id)
    settings.theme = "dark"
    settings.poll_interval = 3.5
    settings.notifications = False
    settings.output_folder = settings.path.parent / "outputs"
    await settings.save()

    again = Settings.load(settings.path)
    reloaded = Profiles(again)

    assert reloaded.active == studio
    assert [p.name for p in reloaded.all()] == ["Default", "Studio"]
    assert (again.theme, again.poll_interval, again.notifications) == ("dark", 3.5, False)
    assert again.output_folder == settings.path.parent / "outputs"
    assert again.output_folder_or_default() == again.output_folder
    assert "sk_" not in settings.path.read_text()


def test_defaults_and_the_contract_poll_range(settings: Settings) -> None:
    assert settings.theme == "system"
    assert settings.notifications is True
    assert settings.poll_interval == MIN_POLL_INTERVAL_S
    assert settings.output_folder is None
    assert settings.output_folder_or_default() == default_output_folder()
    for bad in (MIN_POLL_INTERVAL_S - 0.5, MAX_POLL_INTERVAL_S + 0.5, True, "3"):
        with pytest.raises(ValueError, match="poll interval"):
            settings.poll_interval = bad  # type: ignore[assignment]
    with pytest.raises(ValueError, match="theme"):
        settings.theme = "sepia"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="absolute"):
        settings.output_folder = Path("relative/outputs")


def test_invalid_values_in_the_file_fall_back_one_by_one(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    settings.path.parent.mkdir(parents=True)
    settings.path.write_text(
        json.dumps(
            {
                "theme": "sepia",
                "poll_interval_s": 60,
                "notifications": "yes",
                "output_folder": 7,
                "profiles": [
                    {"id": "studio", "name": "Studio", "base_url": API},
                    {"id": "Bad Id", "name": "x", "base_url": API},
                    {"id": "key", "name": "sk_live_abcdef0123456789", "base_url": API},
                    {"id": "studio", "name": "Twice", "base_url": API},
                    "not an object",
                ],
                "active_profile": "studio",
            }
        )
    )

    loaded = Settings.load(settings.path)

    assert loaded.theme == "system"
    assert loaded.poll_interval == MIN_POLL_INTERVAL_S
    assert loaded.notifications is True
    assert loaded.output_folder is None
    assert [p.name for p in loaded.profiles] == ["Studio"]
    assert Profiles(loaded).active.name == "Studio"
    assert "sk_live" not in caplog.text


def test_an_active_id_that_no_longer_exists_falls_back_to_default(settings: Settings) -> None:
    settings.active_profile = "gone"
    assert Profiles(settings).active.profile_id == DEFAULT_PROFILE_ID


def test_renaming_keeps_the_id_and_so_the_key_entry(settings: Settings) -> None:
    profiles = Profiles(settings)
    studio = profiles.add("Studio", API)
    renamed = profiles.update(studio.profile_id, name="Studio South", base_url=API + "/")

    assert renamed.profile_id == studio.profile_id
    assert renamed.keyring_service == studio.keyring_service
    assert profiles.get(studio.profile_id) == renamed


# -- the real Secret Service --------------------------------------------------------


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_switching_profiles_keeps_keys_separate_in_the_keyring(
    settings: Settings, keyring_backend: Any
) -> None:
    profiles = Profiles(settings, keyring_store_factory(keyring_backend))
    default = profiles.active
    personal = profiles.add("Personal", API)  # the same base URL as the default profile
    store = profiles.active_store()

    await store.set(API, STUDIO_KEY)  # signed in while the default profile is active
    profiles.set_active(personal.profile_id)
    assert await store.get(API) is None  # the other profile does not see that key
    await store.set(API, PERSONAL_KEY)

    assert await profiles.get_key(default) == STUDIO_KEY
    assert await profiles.get_key(personal) == PERSONAL_KEY
    profiles.set_active(default.profile_id)
    assert await store.get(API) == STUDIO_KEY
    # Start-up resolves the active profile's key.
    connection = await resolve_connection(base_url=API, env={}, store=store)
    assert connection is not None
    assert connection.api_key == STUDIO_KEY

    # Entries, as another keyring client sees them: one per (profile service, base URL).
    assert keyring_backend.get_password(SERVICE_NAME, API) == STUDIO_KEY
    assert keyring_backend.get_password(personal.keyring_service, API) == PERSONAL_KEY


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_a_key_saved_before_profiles_is_the_default_profiles_key(
    settings: Settings, keyring_backend: Any
) -> None:
    # What the app did before profiles: one entry per base URL under "flora-desktop".
    await KeyringCredentialStore(backend=keyring_backend).set(API, STUDIO_KEY)

    profiles = Profiles(settings, keyring_store_factory(keyring_backend))

    assert await profiles.get_key(profiles.active) == STUDIO_KEY


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_removing_a_profile_deletes_only_its_key(
    settings: Settings, keyring_backend: Any
) -> None:
    profiles = Profiles(settings, keyring_store_factory(keyring_backend))
    personal = profiles.add("Personal", API)
    await profiles.set_key(profiles.active, STUDIO_KEY)
    await profiles.set_key(personal, PERSONAL_KEY)
    profiles.set_active(personal.profile_id)

    await profiles.remove(personal.profile_id)

    assert profiles.get(personal.profile_id) is None
    assert profiles.active.profile_id == DEFAULT_PROFILE_ID
    assert keyring_backend.get_password(personal.keyring_service, API) is None
    assert await profiles.get_key(profiles.active) == STUDIO_KEY
    with pytest.raises(ProfileError, match="default"):
        await profiles.remove(DEFAULT_PROFILE_ID)


def test_profile_repr_and_json_hold_no_key() -> None:
    profile = Profile("studio", "Studio", API)
    assert profile.to_json() == {"id": "studio", "name": "Studio", "base_url": API}
    assert Profile.from_json(profile.to_json()) == profile
