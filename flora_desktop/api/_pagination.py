"""Cursor pagination (CONTRACT §2.4): follow ``meta.next_cursor`` while pages have items."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from flora_desktop.api._parse import expect_object, list_items

if TYPE_CHECKING:
    from flora_desktop.api._client import FloraClient

__all__ = ["paginate"]

logger = logging.getLogger(__name__)

T = TypeVar("T")


async def paginate(
    client: FloraClient,
    path: str,
    items_key: str,
    params: Mapping[str, object],
    parse: Callable[[Mapping[str, Any]], T],
) -> AsyncGenerator[T, None]:
    """Yield every item across pages; each page resends all of ``params`` plus ``cursor``.

    An async generator: a caller that stops early closes it (``contextlib.aclosing``) so
    no page request is left pending.

    The next page is fetched only when the current one has items and a non-empty
    ``next_cursor``; a cursor the server repeats ends the listing instead of looping.
    """
    cursor: str | None = None
    seen: set[str] = set()
    while True:
        what = f"GET {path}"
        page = expect_object(await client.get(path, params={**params, "cursor": cursor}), what)
        items = list_items(page, items_key, what)
        for item in items:
            yield parse(item)
        meta = page.get("meta") or {}
        next_cursor = meta.get("next_cursor") if isinstance(meta, Mapping) else None
        if not items or not isinstance(next_cursor, str) or not next_cursor:
            return
        if next_cursor in seen:
            logger.debug("GET %s repeated cursor %r; stopping", path, next_cursor)
            return
        seen.add(next_cursor)
        cursor = next_cursor
