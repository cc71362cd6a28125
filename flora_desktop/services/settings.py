"""The user's preferences in ``settings.json``: last workspace and technique per API, window,
API profiles (names and base URLs), output folder, poll interval, notifications and theme.

There is no API key field, and every value is checked before it is kept: keys live in the
OS keyring (``credentials.py``) or nowhere.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import os
from pathlib import Path
from typing import Any, Literal, get_args

from .base_urls import normalise_base_url
from .credentials import looks_like_api_key
from .paths import ensure_private_dir, finish_in_thread, write_atomically
from .profiles import DEFAULT_PROFILE_ID, Profile, ProfileError

_log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
_FORMAT_VERSION = 1
_CORRUPT_SUFFIX = ".bad"
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
        self._theme: ThemeChoice = "system"
        self._profiles: tuple[Profile, ...] = ()
        self._active_profile = DEFAULT_PROFILE_ID
        self._save_lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"Settings(path={str(self.path)!r})"

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read ``path``; a missing file gives defaults, a corrupt one is set aside as ``.bad``."""
        settings = cls(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return settings
        try:
            document = json.loads(raw)
            if not isinstance(document, dict):
                raise ValueError("top level is not an object")
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            _set_aside(path, reason=str(exc))
            return settings
        settings._read_document(document)
        return settings

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
    def theme(self) -> ThemeChoice:
        """``system`` follows the desktop's light/dark scheme; ``light``/``dark`` force one."""
        return self._theme

    @theme.setter
    def theme(self, choice: ThemeChoice) -> None:
        if choice not in THEME_CHOICES:
            raise ValueError(f"theme must be one of {', '.join(THEME_CHOICES)}")
        self._theme = choice

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
        """Write the file in an executor thread; saves run one at a time, latest state last."""
        async with self._save_lock:
            data = self.to_json_bytes()
            await finish_in_thread(lambda: self._write(data))

    def save_now(self) -> None:
        """Blocking save, for when no event loop runs (start-up, last act before exit)."""
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
            "theme": self._theme,
            "profiles": [profile.to_json() for profile in self._profiles],
            "active_profile": self._active_profile,
        }
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        # Setters refuse key-like values already; this guards whatever is added later.
        if looks_like_api_key(text):
            raise ValueError("refusing to write something that looks like an API key")
        return text.encode("utf-8")

    def _write(self, data: bytes) -> None:
        ensure_private_dir(self.path.parent)
        write_atomically(self.path, data)

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
            "theme": lambda v: setattr(self, "theme", v),
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


def _check_storable(value: str) -> None:
    if not value:
        raise ValueError("settings values must not be empty")
    if looks_like_api_key(value):
        # The message must not repeat the value: it is probably a key.
        raise ValueError("refusing to store something that looks like an API key in settings")


def _is_base64(value: str) -> bool:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _set_aside(path: Path, reason: str) -> None:
    """Keep a corrupt file as ``settings.json.bad`` for the curious; start from defaults."""
    bad_path = path.with_name(path.name + _CORRUPT_SUFFIX)
    try:
        os.replace(path, bad_path)
    except OSError as exc:
        _log.warning(
            "settings file %s is corrupt (%s) and could not be moved: %s", path, reason, exc
        )
        return
    _log.warning(
        "settings file %s is corrupt (%s); kept it as %s, using defaults", path, reason, bad_path
    )
