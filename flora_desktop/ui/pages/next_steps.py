"""Where the banner's next steps lead outside the app: FLORA's billing page."""

from __future__ import annotations

from urllib.parse import urlsplit

from flora_desktop.api._constants import DEFAULT_BASE_URL

__all__ = ["BILLING_PATH", "billing_url"]

BILLING_PATH = "/settings/billing"
_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def billing_url(base_url: str) -> str:
    """FLORA's billing page for the server of ``base_url`` (https only).

    The practice sandbox runs on this computer and has no billing page: FLORA's own one is
    shown instead. A server reached over plain http gets FLORA's page too (never http).
    """
    parts = urlsplit(base_url)
    if parts.scheme != "https" or (parts.hostname or "") in _LOCAL_HOSTS:
        parts = urlsplit(DEFAULT_BASE_URL)
    return f"https://{parts.netloc}{BILLING_PATH}"
