"""The languages the UI speaks, and the user's saved choice read before any window exists."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Final

__all__ = ["LANGUAGES", "SYSTEM_LANGUAGE", "saved_language"]

_log = logging.getLogger(__name__)

# "" follows the system locale; the others are shipped translations (English is the source).
SYSTEM_LANGUAGE: Final = ""
# Each language named in itself: a user who cannot read the current UI still finds theirs.
LANGUAGES: Final[dict[str, str]] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ja": "日本語",
}


def saved_language(settings_file: Path) -> str:
    """The ``language`` field of ``settings.json``; "" (the system's) when unset or unreadable.

    The translator is installed before ``Settings.load`` runs (it must precede every widget),
    so this reads one field without ``Settings``' side effects (a corrupt file is set aside
    by ``Settings.load`` a moment later, with its own message).
    """
    try:
        document = json.loads(settings_file.read_bytes())
    except FileNotFoundError:
        return SYSTEM_LANGUAGE
    except (OSError, ValueError) as exc:
        _log.debug("no language from %s: %s", settings_file, exc)
        return SYSTEM_LANGUAGE
    value = document.get("language") if isinstance(document, dict) else None
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM_LANGUAGE
