"""TechniqueCatalog against the sandbox: lazy pages, local filter, debounced server search."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.catalog import TechniqueCatalog, matches


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0) as c:
        yield c


def _technique_requests(sandbox: SandboxServer) -> list[dict[str, Any]]:
    requests = httpx.get(f"{sandbox.root_url}/_sandbox/requests").json()["requests"]
    return [r for r in requests if r["path"] == "/api/v1/techniques"]


async def _workspace(client: FloraClient) -> str:
    return next(w for w in await client.workspaces.list() if w.role == "owner").workspace_id


@pytest.mark.asyncio
async def test_loads_page_by_page(sandbox: SandboxServer, client: FloraClient) -> None:
    workspace_id = await _workspace(client)
    catalog = TechniqueCatalog(client, page_size=10)

    first = await catalog.load(workspace_id)
    assert len(first) == 10
    assert catalog.can_fetch_more
    assert len(_technique_requests(sandbox)) == 1

    more = await catalog.fetch_more()
    assert len(more) == 10
    assert len(catalog.items) == 20
    assert len({t.technique_id for t in catalog.items}) == 20
    requests = _technique_requests(sandbox)
    assert len(requests) == 2
    assert all(r["query"].get("limit") == "10" for r in requests)
    assert all(r["query"].get("workspace_id") == workspace_id for r in requests)

    for _ in range(20):
        if not catalog.can_fetch_more:
            break
        await catalog.fetch_more()
    assert not catalog.can_fetch_more
    assert await catalog.fetch_more() == ()
    await catalog.aclose()


@pytest.mark.asyncio
async def test_filter_local_answers_from_what_is_loaded(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    catalog = TechniqueCatalog(client, page_size=100)
    await catalog.load(await _workspace(client))
    before = len(_technique_requests(sandbox))

    found = catalog.filter_local("cctv")
    assert [t.name for t in found] == ["CCTV Cam"]
    assert all(matches(t, "studio product") for t in catalog.filter_local("studio product"))
    assert catalog.filter_local("  ") == list(catalog.items)
    assert catalog.filter_local("no such thing anywhere") == []
    assert len(_technique_requests(sandbox)) == before  # nothing asked of the server
    await catalog.aclose()


@pytest.mark.asyncio
async def test_search_asks_the_server_with_query(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    catalog = TechniqueCatalog(client, page_size=50, debounce_seconds=0.01)
    await catalog.load(await _workspace(client))

    results = await catalog.search("portrait")

    assert results
    assert all("portrait" in (t.name + (t.description or "")).lower() for t in results)
    assert catalog.query == "portrait"
    assert _technique_requests(sandbox)[-1]["query"].get("query") == "portrait"
    await catalog.aclose()


@pytest.mark.asyncio
async def test_cancelled_search_keeps_the_previous_results(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    catalog = TechniqueCatalog(client, page_size=50, debounce_seconds=0.2)
    loaded = await catalog.load(await _workspace(client))
    requests_before = len(_technique_requests(sandbox))

    older = asyncio.create_task(catalog.search("cctv"))
    await asyncio.sleep(0.01)
    older.cancel()  # the user typed on: latest wins
    with pytest.raises(asyncio.CancelledError):
        await older

    assert catalog.items == loaded
    assert catalog.query == ""
    assert len(_technique_requests(sandbox)) == requests_before  # debounced away
    await catalog.aclose()


@pytest.mark.asyncio
async def test_switching_workspace_forgets_the_old_catalogue(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    workspaces = await client.workspaces.list()
    catalog = TechniqueCatalog(client, page_size=100)
    per_workspace = {}
    for workspace in workspaces:
        items = await catalog.load(workspace.workspace_id)
        per_workspace[workspace.workspace_id] = {t.technique_id for t in items}
        assert catalog.workspace_id == workspace.workspace_id
        known = {t.technique_id for t in catalog.filter_local("a")}
        assert known <= per_workspace[workspace.workspace_id]
    # The sandbox has techniques visible to one workspace only.
    assert len({frozenset(v) for v in per_workspace.values()}) > 1
    await catalog.aclose()
