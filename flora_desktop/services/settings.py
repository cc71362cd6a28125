"""The user's preferences in ``settings.json``: last workspace and technique per API, window,
API profiles (names and base URLs), output folder, poll interval, notifications and theme.

There is no API key field, and every value is checked before it is kept: keys live in the
OS keyring (``credentials.py``) or nowhere.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from flora_desktop.api._constants import DEFAULT_BASE_URL

from .base_urls import normalise_base_url
from .credentials import SERVICE_NAME, looks_like_api_key
from .languages import LANGUAGES, SYSTEM_LANGUAGE
from .paths import ensure_private_dir, finish_in_thread, folder_problem, write_atomically
from .phrases import QT_TRANSLATE_NOOP, Phrase
from .store_files import UnstorableValueError, encode_json, set_aside, storage_error
from .store_notices import StoreNotices, kept_notice

if TYPE_CHECKING:
    # asyncio (~25 ms to import) is imported where used: the window paints before it loads.
    import asyncio

_log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
_FORMAT_VERSION = 1
_SETTINGS_WORDS = QT_TRANSLATE_NOOP("Storage", "Your settings")
# The log has the details; the user gets the consequence.
_UNREADABLE = QT_TRANSLATE_NOOP(
    "Storage", "The settings file could not be read, so it is left as it is."
)
# The output cache's total size (issue 10 point 5): least recently used files go first.
DEFAULT_CACHE_LIMIT_MB = 1024
MIN_CACHE_LIMIT_MB = 50
MAX_CACHE_LIMIT_MB = 1024 * 1024
_LAST_WORKSPACE = "last_workspace"
_LAST_TECHNIQUE = "last_technique"
_SERVER_FIELDS = (_LAST_WORKSPACE, _LAST_TECHNIQUE)

ThemeChoice = Literal["system", "light", "dark"]
THEME_CHOICES: tuple[ThemeChoice, ...] = get_args(ThemeChoice)
# The contract asks clients to wait 2–5 s between polls of a run (CONTRACT §5.6).
MIN_POLL_INTERVAL_S = 2.0
MAX_POLL_INTERVAL_S = 5.0
DEFAULT_POLL_INTERVAL_S = 2.0
# Rows of a batch in progress at once (services/batch.py allows 1–20).
DEFAULT_BATCH_CONCURRENCY = 3
MAX_BATCH_CONCURRENCY = 20
OUTPUT_SUBFOLDER = "FLORA"


# --- API profiles: the records this store saves (profiles.Profiles manages them) ---

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
        if make_profile_id(profile_id) != profile_id:
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


def make_profile_id(name: str) -> str:
    """A stable id from a profile name: lower-case ASCII letters, digits and dashes."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _ID_UNSAFE.sub("-", ascii_name.lower()).strip("-")[:_MAX_ID_CHARS].strip("-")


def default_output_folder() -> Path:
    """Where outputs go until the user picks a folder: ``FLORA`` in the Pictures folder."""
    import platformdirs  # only needed when the folder is shown or used

    return Path(platformdirs.user_pictures_dir()) / OUTPUT_SUBFOLDER


class Settings:
    """Preferences kept in memory; ``save()`` writes them to ``path`` atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # normalised base URL -> {"last_workspace": id, "last_technique": id}
        self._servers: dict[str, dict[str, str]] = {}
        self._window_geometry: str | None = None
        self._output_folder: Path | None = None
        self._poll_interval = DEFAULT_POLL_INTERVAL_S
        self._batch_concurrency = DEFAULT_BATCH_CONCURRENCY
        self._notifications = True
        self._advanced_inputs = False
        self._theme: ThemeChoice = "system"
        self._language = SYSTEM_LANGUAGE
        self._profiles: tuple[Profile, ...] = ()
        self._active_profile = DEFAULT_PROFILE_ID
        self._cache_limit_mb = DEFAULT_CACHE_LIMIT_MB
        self._made_save_lock: asyncio.Lock | None = None  # made on first use, in the loop
        # Why settings are kept for this session only (None: they are saved).
        self._session_only: Phrase | None = None

    def __repr__(self) -> str:
        return f"Settings(path={str(self.path)!r})"

    @classmethod
    def load(cls, path: Path, notices: StoreNotices | None = None) -> Settings:
        """Read ``path``; a missing file gives defaults, a corrupt one is set aside.

        A damaged or unknown-version file is kept as ``settings.json.bad-<time>`` and
        ``notices`` told so. A folder that cannot be written (read-only, full of someone
        else's files, not ours) or a file that can be neither read nor moved makes the
        settings session-only: used, never written, said once.
        """
        notices = notices if notices is not None else StoreNotices()
        settings = cls(path)
        problem = folder_problem(path.parent)
        if problem is not None:
            settings._go_session_only(problem, notices)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return settings
        except OSError as exc:
            _log.warning("could not read the settings file: %s", exc.strerror)
            settings._go_session_only(_UNREADABLE, notices)
            return settings
        try:
            document = json.loads(raw, parse_constant=_reject_constant)
            if not isinstance(document, dict):
                raise ValueError("top level is not an object")
            version = document.get("version", _FORMAT_VERSION)
            if not isinstance(version, int) or version > _FORMAT_VERSION:
                raise ValueError(f"unknown version {version!r}")
        except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError
            try:
                kept = set_aside(path, reason=str(exc)[:200])
            except OSError:
                # Never write over a file we could not read: this session keeps its own.
                settings._go_session_only(_UNREADABLE, notices)
            else:
                notices.tell(kept_notice(_SETTINGS_WORDS, kept))
            return settings
        settings._read_document(document)
        return settings

    @property
    def session_only(self) -> Phrase | None:
        """Why settings are not being saved this session, or None when they are."""
        return self._session_only

    def _go_session_only(self, why: Phrase, notices: StoreNotices) -> None:
        if self._session_only is not None:
            return
        self._session_only = QT_TRANSLATE_NOOP(
            "Storage",
            "{why} Your settings work as usual but are kept only until you quit.",
        ).fill(why=why)
        _log.warning("settings are session-only: %s", self._session_only)
        notices.tell(self._session_only)

    # -- per API --------------------------------------------------------------------

    def last_workspace(self, base_url: str) -> str | None:
        return self._server_value(base_url, _LAST_WORKSPACE)

    def set_last_workspace(self, base_url: str, workspace_id: str | None) -> None:
        self._set_server_value(base_url, _LAST_WORKSPACE, workspace_id)

    def last_technique(self, base_url: str) -> str | None:
        return self._server_value(base_url, _LAST_TECHNIQUE)

    def set_last_technique(self, base_url: str, technique_id: str | None) -> None:
        self._set_server_value(base_url, _LAST_TECHNIQUE, technique_id)

    # -- window ---------------------------------------------------------------------

    @property
    def window_geometry(self) -> str | None:
        """The main window's saved geometry, base64 as Qt's ``saveGeometry().toBase64()``."""
        return self._window_geometry

    @window_geometry.setter
    def window_geometry(self, value: str | None) -> None:
        if value is not None and not _is_base64(value):
            raise ValueError("window geometry must be a base64 string")
        self._window_geometry = value

    # -- preferences (Settings dialog) ----------------------------------------------

    @property
    def output_folder(self) -> Path | None:
        """The folder the user chose for run outputs, or None for the default."""
        return self._output_folder

    @output_folder.setter
    def output_folder(self, value: Path | None) -> None:
        if value is not None:
            value = Path(value)
            if not value.is_absolute():
                raise ValueError("the output folder must be an absolute path")
            _check_storable(str(value))
        self._output_folder = value

    def output_folder_or_default(self) -> Path:
        """The folder outputs are saved to: the chosen one, else ``default_output_folder()``."""
        return self._output_folder if self._output_folder is not None else default_output_folder()

    @property
    def poll_interval(self) -> float:
        """Seconds between two polls of a running run, within the contract's 2–5 s."""
        return self._poll_interval

    @poll_interval.setter
    def poll_interval(self, seconds: float) -> None:
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise ValueError("the poll interval is a number of seconds")
        if not MIN_POLL_INTERVAL_S <= seconds <= MAX_POLL_INTERVAL_S:
            raise ValueError(
                f"the poll interval must be {MIN_POLL_INTERVAL_S:g}–{MAX_POLL_INTERVAL_S:g} s"
            )
        self._poll_interval = float(seconds)

    @property
    def batch_concurrency(self) -> int:
        """Rows of a batch in progress at once."""
        return self._batch_concurrency

    @batch_concurrency.setter
    def batch_concurrency(self, rows: int) -> None:
        if isinstance(rows, bool) or not isinstance(rows, int):
            raise ValueError("the batch concurrency is a whole number")
        if not 1 <= rows <= MAX_BATCH_CONCURRENCY:
            raise ValueError(f"the batch concurrency must be 1–{MAX_BATCH_CONCURRENCY}")
        self._batch_concurrency = rows

    @property
    def notifications(self) -> bool:
        """Whether a finished run raises a desktop notification."""
        return self._notifications

    @notifications.setter
    def notifications(self, enabled: bool) -> None:
        if not isinstance(enabled, bool):
            raise ValueError("notifications is on or off")
        self._notifications = enabled

    @property
    def advanced_inputs(self) -> bool:
        """Whether the inputs editor shows raw keys, JSON, custom inputs and Copy as…."""
        return self._advanced_inputs

    @advanced_inputs.setter
    def advanced_inputs(self, enabled: bool) -> None:
        if not isinstance(enabled, bool):
            raise ValueError("advanced_inputs is on or off")
        self._advanced_inputs = enabled

    @property
    def theme(self) -> ThemeChoice:
        """``system`` follows the desktop's light/dark scheme; ``light``/``dark`` force one."""
        return self._theme

    @theme.setter
    def theme(self, choice: ThemeChoice) -> None:
        if choice not in THEME_CHOICES:
            raise ValueError(f"theme must be one of {', '.join(THEME_CHOICES)}")
        self._theme = choice

    @property
    def cache_limit_mb(self) -> int:
        """How many megabytes of downloaded outputs the cache keeps at most."""
        return self._cache_limit_mb

    @cache_limit_mb.setter
    def cache_limit_mb(self, megabytes: int) -> None:
        if isinstance(megabytes, bool) or not isinstance(megabytes, int):
            raise ValueError("the cache limit is a whole number of megabytes")
        if not MIN_CACHE_LIMIT_MB <= megabytes <= MAX_CACHE_LIMIT_MB:
            raise ValueError(
                f"the cache limit must be {MIN_CACHE_LIMIT_MB}–{MAX_CACHE_LIMIT_MB} MB"
            )
        self._cache_limit_mb = megabytes

    @property
    def language(self) -> str:
        """The UI language code (``languages.LANGUAGES``); "" follows the system locale."""
        return self._language

    @language.setter
    def language(self, code: str) -> None:
        if code != SYSTEM_LANGUAGE and code not in LANGUAGES:
            raise ValueError(f"language must be empty or one of {', '.join(LANGUAGES)}")
        self._language = code

    @property
    def profiles(self) -> tuple[Profile, ...]:
        """The saved API profiles (names and base URLs, never keys); see ``profiles.py``."""
        return self._profiles

    @profiles.setter
    def profiles(self, profiles: tuple[Profile, ...]) -> None:
        ids = [p.profile_id for p in profiles]
        if len(set(ids)) != len(ids):
            raise ValueError("profile ids must be unique")
        for profile in profiles:
            for value in (profile.profile_id, profile.name, profile.base_url):
                _check_storable(value)
        self._profiles = tuple(profiles)

    @property
    def active_profile(self) -> str:
        """The id of the profile the app connects with."""
        return self._active_profile

    @active_profile.setter
    def active_profile(self, profile_id: str) -> None:
        _check_storable(profile_id)
        self._active_profile = profile_id

    # -- saving ---------------------------------------------------------------------

    async def save(self) -> None:
        """Write the file in an executor thread; saves run one at a time, latest state last.

        Raises ``StorageError`` (an ``OSError`` with plain words) when the disk refuses;
        does nothing for session-only settings (the user was told at start).
        """
        if self._session_only is not None:
            return
        if self._made_save_lock is None:
            import asyncio

            self._made_save_lock = asyncio.Lock()
        async with self._made_save_lock:
            data = self.to_json_bytes()
            await finish_in_thread(lambda: self._write(data))

    def save_now(self) -> None:
        """Blocking save, for when no event loop runs (start-up, last act before exit)."""
        if self._session_only is None:
            self._write(self.to_json_bytes())

    def to_json_bytes(self) -> bytes:
        document: dict[str, Any] = {
            "version": _FORMAT_VERSION,
            "servers": {url: dict(values) for url, values in sorted(self._servers.items())},
            "window_geometry": self._window_geometry,
            "output_folder": str(self._output_folder) if self._output_folder else None,
            "poll_interval_s": self._poll_interval,
            "batch_concurrency": self._batch_concurrency,
            "notifications": self._notifications,
            "advanced_inputs": self._advanced_inputs,
            "theme": self._theme,
            "language": self._language,
            "profiles": [profile.to_json() for profile in self._profiles],
            "active_profile": self._active_profile,
            "output_cache_limit_mb": self._cache_limit_mb,
        }
        try:
            data = encode_json(document, indent=2) + b"\n"
        except UnstorableValueError as error:
            # Setters refuse these already; a value added later must not tear the file.
            raise ValueError(error.message) from None
        # Setters refuse key-like values already; this guards whatever is added later.
        if looks_like_api_key(data.decode("utf-8")):
            raise ValueError("refusing to write something that looks like an API key")
        return data

    def _write(self, data: bytes) -> None:
        try:
            ensure_private_dir(self.path.parent)
            write_atomically(self.path, data)
        except OSError as exc:
            raise storage_error(
                QT_TRANSLATE_NOOP("Storage", "Your settings could not be saved."),
                exc,
                self.path.parent,
            ) from exc

    # -- internals ------------------------------------------------------------------

    def _server_value(self, base_url: str, field: str) -> str | None:
        return self._servers.get(normalise_base_url(base_url), {}).get(field)

    def _set_server_value(self, base_url: str, field: str, value: str | None) -> None:
        url = normalise_base_url(base_url)
        _check_storable(url)
        if value is None:
            values = self._servers.get(url, {})
            values.pop(field, None)
            if not values:
                self._servers.pop(url, None)
            return
        _check_storable(value)
        self._servers.setdefault(url, {})[field] = value

    def _read_document(self, document: dict[str, Any]) -> None:
        """Keep each well-formed value; drop (and log) the rest, never the whole file."""
        servers = document.get("servers", {})
        if not isinstance(servers, dict):
            _log.warning("settings: ignoring 'servers', which is not an object")
            servers = {}
        for url, values in servers.items():
            if not isinstance(values, dict):
                _log.warning("settings: ignoring an API entry that is not an object")
                continue
            for field in _SERVER_FIELDS:
                value = values.get(field)
                if value is None:
                    continue
                try:
                    if not isinstance(value, str):
                        raise ValueError("not a string")
                    self._set_server_value(url, field, value)
                except ValueError:
                    _log.warning("settings: ignoring an invalid %s", field)
        geometry = document.get("window_geometry")
        if geometry is not None:
            try:
                if not isinstance(geometry, str):
                    raise ValueError("not a string")
                self.window_geometry = geometry
            except ValueError:
                _log.warning("settings: ignoring an invalid window_geometry")
        self._read_preferences(document)

    def _read_preferences(self, document: dict[str, Any]) -> None:
        """The Settings dialog's values; each invalid one falls back to its default alone."""
        readers: dict[str, Any] = {
            "output_folder": lambda v: setattr(
                self, "output_folder", Path(v) if isinstance(v, str) else _invalid()
            ),
            "poll_interval_s": lambda v: setattr(self, "poll_interval", v),
            "batch_concurrency": lambda v: setattr(self, "batch_concurrency", v),
            "notifications": lambda v: setattr(self, "notifications", v),
            "advanced_inputs": lambda v: setattr(self, "advanced_inputs", v),
            "theme": lambda v: setattr(self, "theme", v),
            "output_cache_limit_mb": lambda v: setattr(self, "cache_limit_mb", v),
            "language": lambda v: setattr(self, "language", v),
            "active_profile": lambda v: setattr(
                self, "active_profile", v if isinstance(v, str) else _invalid()
            ),
        }
        for field, read in readers.items():
            value = document.get(field)
            if value is None:
                continue
            try:
                read(value)
            except ValueError:
                _log.warning("settings: ignoring an invalid %s", field)
        profiles = document.get("profiles", [])
        if not isinstance(profiles, list):
            _log.warning("settings: ignoring 'profiles', which is not a list")
            profiles = []
        kept: dict[str, Profile] = {}
        for entry in profiles:
            try:
                profile = Profile.from_json(entry)
            except ProfileError:
                _log.warning("settings: ignoring an invalid profile")
                continue
            kept.setdefault(profile.profile_id, profile)
        try:
            self.profiles = tuple(kept.values())
        except ValueError:
            _log.warning("settings: ignoring the profiles, one of them is not storable")


def _invalid() -> Any:
    raise ValueError("wrong type")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _check_storable(value: str) -> None:
    if not value:
        raise ValueError("settings values must not be empty")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Storage", "This name has a broken character, so it cannot be stored."
            )
        ) from None
    if looks_like_api_key(value):
        # The message must not repeat the value: it is probably a key.
        raise ValueError("refusing to store something that looks like an API key in settings")


def _is_base64(value: str) -> bool:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True
