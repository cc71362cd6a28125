"""Building request paths and query strings the way the SDK does (CONTRACT §9.8)."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote

__all__ = ["path_segment", "query_params"]

# RFC 3986 pchar characters that stay unescaped in a path segment.
_PCHAR_SAFE = "-._~!$&'()*+,;=:@"


def path_segment(value: str) -> str:
    """Percent-encode one path parameter; refuse empty, ``.`` and ``..`` segments."""
    if not value or value in (".", ".."):
        raise ValueError(f"invalid path parameter: {value!r}")
    return quote(value, safe=_PCHAR_SAFE)


def query_params(params: Mapping[str, object]) -> dict[str, str]:
    """Drop ``None`` values; booleans become ``true``/``false``, the rest ``str``."""
    result: dict[str, str] = {}
    for key, value in params.items():
        if value is None:
            continue
        result[key] = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return result
