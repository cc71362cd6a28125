"""Base of the resource classes: each holds the client it sends requests through."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flora_desktop.api._client import FloraClient

__all__ = ["APIResource"]


class APIResource:
    """A group of endpoints; thin: build path and query, call the client, return models."""

    def __init__(self, client: FloraClient) -> None:
        self._client = client
