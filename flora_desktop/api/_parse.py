"""Reading a response's top-level object and its item lists before model parsing."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from flora_desktop.api._constants import OFF_THREAD_ITEMS
from flora_desktop.api.errors import APIResponseValidationError

__all__ = ["expect_object", "list_items", "parse_list", "parse_list_off_thread"]

T = TypeVar("T")


def expect_object(payload: Any, what: str) -> Mapping[str, Any]:
    """The payload as a JSON object, else ``APIResponseValidationError`` naming ``what``."""
    if not isinstance(payload, Mapping):
        raise APIResponseValidationError(f"{what} did not return a JSON object", body=payload)
    return payload


def list_items(page: Mapping[str, Any], items_key: str, what: str) -> list[Any]:
    """``page[items_key]``; absent or null reads as empty, anything but a list is an error."""
    items = page.get(items_key) or []
    if not isinstance(items, list):
        raise APIResponseValidationError(f"{what}: {items_key} is not a list", body=page)
    return items


def parse_list(
    payload: Any, items_key: str, what: str, parse: Callable[[Mapping[str, Any]], T]
) -> list[T]:
    """Parse every item of ``payload[items_key]`` with ``parse``."""
    return [parse(item) for item in list_items(expect_object(payload, what), items_key, what)]


async def parse_list_off_thread(
    payload: Any, items_key: str, what: str, parse: Callable[[Mapping[str, Any]], T]
) -> list[T]:
    """``parse_list``, on a worker thread when the list is long (the UI thread stays free)."""
    items = list_items(expect_object(payload, what), items_key, what)
    if len(items) <= OFF_THREAD_ITEMS:
        return [parse(item) for item in items]
    return await asyncio.to_thread(lambda: [parse(item) for item in items])
