"""Response bodies read in chunks, typed as what they are so callers can close them."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import cast

import httpx

__all__ = ["byte_stream"]


def byte_stream(response: httpx.Response) -> AsyncGenerator[bytes, None]:
    """``response.aiter_bytes()``: an async generator, though httpx types it as an iterator.

    A reader that stops early (a size limit, an error) must ``aclose()`` it at once, not
    leave it to garbage collection (which may run on another thread).
    """
    return cast("AsyncGenerator[bytes, None]", response.aiter_bytes())
