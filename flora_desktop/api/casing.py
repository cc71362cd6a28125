"""camelCase → snake_case key normalisation for response bodies (CONTRACT §10)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["PRESERVED_MAPS", "normalize_keys", "run_id_of", "to_snake"]

# Maps whose keys are data, not schema: ``form_fields`` keys are storage policy names and
# must reach the storage host byte for byte; model ``properties`` are keyed by param name.
PRESERVED_MAPS = frozenset({"form_fields", "properties"})

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


# Answers repeat the same few keys thousands of times (a list of 100,000 workspaces has 4).
@functools.lru_cache(maxsize=4096)
def to_snake(key: str) -> str:
    """``runId`` → ``run_id``, ``pollURL`` → ``poll_url``; snake_case keys are unchanged."""
    if key.islower() or not any(c.isupper() for c in key):
        return key
    return _BOUNDARY.sub("_", key).lower()


def normalize_keys(value: Any) -> Any:
    """Return ``value`` with every object key in snake_case, recursively.

    Values are never touched, and the contents of the maps in ``PRESERVED_MAPS`` are kept
    exactly. When both spellings of a key are present the snake_case one wins.
    """
    if isinstance(value, list):
        return [normalize_keys(item) for item in value]
    if not isinstance(value, Mapping):
        return value
    result: dict[str, Any] = {}
    for key, item in value.items():
        snake = to_snake(key) if isinstance(key, str) else key
        if snake in result and snake != key:
            continue  # the canonical spelling, already seen, wins over an alias
        result[snake] = item if snake in PRESERVED_MAPS else normalize_keys(item)
    return result


def run_id_of(data: Mapping[str, Any]) -> Any:
    """A run's id under any of its names: ``run_id``, then ``runId``, then ``id``."""
    for key in ("run_id", "runId", "id"):
        value = data.get(key)
        if value is not None:
            return value
    return None
