"""The technique catalogue for the picker: loaded page by page, searched locally and on FLORA."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from flora_desktop.api.models import Technique
from flora_desktop.services.local_search import LocalSearch

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "SEARCH_DEBOUNCE_SECONDS",
    "TechniqueCatalog",
    "matches",
    "search_text",
]

log = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 50
# Typing pauses shorter than this don't reach FLORA; the local filter answers meanwhile.
SEARCH_DEBOUNCE_SECONDS = 0.25


def search_text(technique: Technique) -> str:
    """What a search looks in: name, description and slug, case-folded."""
    return " ".join(
        part for part in (technique.name, technique.description, technique.slug) if part
    ).casefold()


def matches(technique: Technique, text: str) -> bool:
    """Whether every word of ``text`` appears in the technique's name, description or slug."""
    haystack = search_text(technique)
    return all(word in haystack for word in text.casefold().split())


@dataclass
class _Listing:
    """One server listing (a workspace and a query) and how far it has been read."""

    workspace_id: str | None
    query: str
    iterator: AsyncGenerator[Technique, None]
    items: list[Technique] = field(default_factory=list)
    exhausted: bool = False
    busy: bool = False


class TechniqueCatalog:
    """Techniques for one workspace, read lazily ``page_size`` at a time.

    ``load``/``search`` start a new listing and make it current only once its first page is
    in, so a search cancelled half-way (latest wins: the caller cancels the older task)
    leaves the previous results in place. ``filter_local`` answers instantly from every
    technique seen so far in this workspace.
    """

    def __init__(
        self,
        client: FloraClient,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        debounce_seconds: float = SEARCH_DEBOUNCE_SECONDS,
    ) -> None:
        self._client = client
        self._page_size = page_size
        self._debounce = debounce_seconds
        self._current: _Listing | None = None
        self._workspace_id: str | None = None
        # Every technique seen in the current workspace, in first-seen order.
        self._known: dict[str, Technique] = {}
        # (technique, search_text) for filter_local, rebuilt only when what is loaded
        # changes: rebuilding it on every keystroke cost ~20 ms at 10k techniques
        # (benchmarks/RESULTS.md, search at scale).
        # A keystroke that extends the query scans only the previous answer (LocalSearch).
        self._pool: LocalSearch[Technique] | None = None

    @property
    def workspace_id(self) -> str | None:
        return self._workspace_id

    @property
    def query(self) -> str:
        return self._current.query if self._current is not None else ""

    @property
    def items(self) -> tuple[Technique, ...]:
        return tuple(self._current.items) if self._current is not None else ()

    @property
    def can_fetch_more(self) -> bool:
        listing = self._current
        return listing is not None and not listing.exhausted and not listing.busy

    def known(self, technique_id: str) -> Technique | None:
        return self._known.get(technique_id)

    def filter_local(self, text: str) -> list[Technique]:
        """What is loaded that matches ``text``: current results first, then the rest seen."""
        if not text.strip():
            return list(self.items)
        return self._search_pool().find(tuple(text.casefold().split()))

    def _search_pool(self) -> LocalSearch[Technique]:
        if self._pool is None:
            pool: dict[str, Technique] = {t.technique_id: t for t in self.items}
            for technique in self._known.values():
                pool.setdefault(technique.technique_id, technique)
            self._pool = LocalSearch([(t, search_text(t)) for t in pool.values()])
        return self._pool

    async def load(self, workspace_id: str | None, query: str = "") -> tuple[Technique, ...]:
        """Start a listing for ``workspace_id`` and ``query`` and read its first page."""
        query = query.strip()
        iterator = self._client.techniques.list(
            workspace_id=workspace_id, query=query or None, limit=self._page_size
        )
        listing = _Listing(workspace_id=workspace_id, query=query, iterator=iterator)
        try:
            await self._read_page(listing)
        except BaseException:
            await iterator.aclose()
            raise
        previous, self._current = self._current, listing
        self._pool = None
        if workspace_id != self._workspace_id:
            self._known.clear()
            self._workspace_id = workspace_id
        self._remember(listing.items)
        if previous is not None:
            await previous.iterator.aclose()
        log.debug("loaded %d techniques for query %r", len(listing.items), query)
        return self.items

    async def search(self, query: str) -> tuple[Technique, ...]:
        """Ask FLORA for ``query`` after a short pause; cancel the task to drop a search."""
        await asyncio.sleep(self._debounce)
        return await self.load(self._workspace_id, query)

    async def fetch_more(self) -> tuple[Technique, ...]:
        """Read the next page of the current listing; returns only the new techniques."""
        listing = self._current
        if listing is None or listing.exhausted or listing.busy:
            return ()
        before = len(listing.items)
        try:
            await self._read_page(listing)
        except BaseException:
            # The iterator died with the error; a refresh starts a new listing.
            listing.exhausted = True
            raise
        new = listing.items[before:]
        if listing is self._current:
            self._remember(new)
        return tuple(new)

    async def aclose(self) -> None:
        listing, self._current = self._current, None
        self._pool = None
        if listing is not None:
            await listing.iterator.aclose()

    async def _read_page(self, listing: _Listing) -> None:
        listing.busy = True
        try:
            for _ in range(self._page_size):
                try:
                    technique = await anext(listing.iterator)
                except StopAsyncIteration:
                    listing.exhausted = True
                    return
                listing.items.append(technique)
        finally:
            listing.busy = False

    def _remember(self, techniques: Iterable[Technique]) -> None:
        self._pool = None
        for technique in techniques:
            self._known[technique.technique_id] = technique
