"""One spelling per API base URL: the key of keyring entries, settings and the run history.

Plain Python (no Qt, no httpx), so every layer above ``api/`` may import it.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

__all__ = ["normalise_base_url"]


def normalise_base_url(base_url: str) -> str:
    """Scheme and host lower-cased, no trailing slash, no fragment; refuses relative text.

    ``HTTPS://Api.Example/v1/`` and ``https://api.example/v1`` name the same API, so they
    must find the same key and the same runs.
    """
    parts = urlsplit(base_url.strip())
    if not parts.scheme or not parts.netloc:
        raise ValueError(f"not an absolute URL: {base_url!r}")
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))
