"""Cursor pagination against the sandbox (CONTRACT §2.4): all pages, filters resent."""

from __future__ import annotations

import base64
import itertools
import json

import pytest

from flora_desktop.api import FloraClient
from tests.api.helpers import Control

pytestmark = pytest.mark.asyncio


async def test_every_technique_across_pages(client: FloraClient, control: Control) -> None:
    everything = [t async for t in client.techniques.list(limit=100)]
    paged = [t async for t in client.techniques.list(limit=7)]
    assert len(everything) >= 25
    assert paged == everything
    assert len({t.technique_id for t in paged}) == len(paged)
    pages = (await control.requests("/techniques"))[1:]
    assert len(pages) == -(-len(everything) // 7)  # ceil: the last page has next_cursor null
    assert "cursor" not in pages[0]["query"]
    for page in pages:
        assert page["query"]["limit"] == "7"
    for previous, page in itertools.pairwise(pages):
        assert page["query"]["cursor"] != previous["query"].get("cursor")


async def test_filters_are_resent_on_every_page(client: FloraClient, control: Control) -> None:
    workspace_id = (await client.workspaces.list())[0].workspace_id
    found = [t async for t in client.techniques.list(workspace_id=workspace_id, query="o", limit=2)]
    pages = await control.requests("/techniques")
    assert len(pages) >= 2
    for page in pages:
        assert page["query"]["query"] == "o"
        assert page["query"]["workspace_id"] == workspace_id
        assert page["query"]["limit"] == "2"
    assert found
    assert all("o" in (t.name + (t.description or "") + (t.slug or "")).lower() for t in found)


async def test_large_catalog_pages_through(client: FloraClient, control: Control) -> None:
    await control.reset(catalog_size=450)
    count = 0
    async for _ in client.techniques.list(limit=100):
        count += 1
    assert count == 450
    assert len(await control.requests("/techniques")) == 5


async def test_a_search_with_no_match_is_one_empty_page(
    client: FloraClient, control: Control
) -> None:
    assert [t async for t in client.techniques.list(query="zzz-no-such-technique")] == []
    assert len(await control.requests("/techniques")) == 1


async def test_cursor_is_sent_back_verbatim(client: FloraClient, control: Control) -> None:
    [t async for t in client.techniques.list(limit=10)]
    pages = await control.requests("/techniques")
    cursor = pages[1]["query"]["cursor"]
    # The sandbox's cursor is base64 JSON of an offset, as the contract's example is.
    assert json.loads(base64.urlsafe_b64decode(cursor + "==")) == {"offset": 10}
