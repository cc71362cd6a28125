"""Where the banner's next steps lead outside the app: FLORA's billing page."""

from __future__ import annotations

from typing import Final
from urllib.parse import urlsplit

from flora_desktop.api._constants import DEFAULT_BASE_URL

__all__ = ["BILLING_PAGE_URL"]

# The contract names no billing page (CONTRACT.md §8.4 says only "Credits dialog" for a
# 402), so "Open billing" opens the FLORA app at the origin the contract documents for its
# API (https://app.flora.ai), where a signed-in user manages credits. No path is guessed.
# The same page whatever server the app talks to: a sandbox or a custom address has none.
BILLING_PAGE_URL: Final = f"https://{urlsplit(DEFAULT_BASE_URL).netloc}"
