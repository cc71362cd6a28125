"""Reading the JSON text columns of the history file, whatever a damaged row holds.

A row written by an older or broken version may hold text that is not JSON, or JSON of
another shape; the row is still shown, with the column taken as empty.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = ["json_list", "json_object"]


def json_object(text: str) -> dict[str, Any]:
    """The JSON object in ``text``; ``{}`` when it is not JSON or not an object."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return dict(value) if isinstance(value, Mapping) else {}


def json_list(text: str) -> list[Any]:
    """The JSON array in ``text``; ``[]`` when it is not JSON or not an array."""
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return list(value) if isinstance(value, list) else []
