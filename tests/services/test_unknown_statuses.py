"""Run statuses the app does not know end their watch after a bound and stay ended.

``cancelled``, ``expired`` or any new word from FLORA: polled a bounded number of times (in
case it turns into a known one), then shown as FLORA says it with a plain reason, and not
polled again after a restart. Real HTTP: the sandbox answers the poll with the status given.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from flora_desktop.api import FloraClient, RunStart
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.history import HistoryStore
from flora_desktop.services.watch import RunWatcher, RunWatchList, WatchUpdate
from tests.conftest import reset_sandbox

pytestmark = pytest.mark.asyncio

LIMIT = 15.0
POLLS = 3


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    async with FloraClient(
        api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0, timeout=5
    ) as c:
        yield c


async def _start(client: FloraClient) -> RunStart:
    owner = next(w for w in await client.workspaces.list() if w.role == "owner")
    technique = await client.techniques.retrieve("social-caption-writer")
    return await client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=owner.workspace_id,
        inputs={"brief": "status words"},
    )


def _answer_polls_with(sandbox: SandboxServer, run_id: str, status: str, count: int | None) -> None:
    body = {"run_id": run_id, "status": status, "progress": 10, "created_at": 1_700_000_000_000}
    fault = {
        "path": f"/api/v1/runs/{run_id}",
        "mode": "body",
        "status": 200,
        "body": json.dumps(body),
        "count": count,
    }
    # content=, not json=: json.dumps escapes any lone surrogate in a hostile status.
    httpx.post(
        f"{sandbox.root_url}/_sandbox/faults",
        content=json.dumps(fault),
        headers={"Content-Type": "application/json"},
    ).raise_for_status()


def _polls(sandbox: SandboxServer, run_id: str) -> int:
    entries = httpx.get(f"{sandbox.root_url}/_sandbox/requests").json()["requests"]
    return sum(1 for e in entries if e["path"] == f"/api/v1/runs/{run_id}")


def _watcher(client: FloraClient) -> RunWatcher:
    return RunWatcher(client, interval=0.02, max_interval=0.05, unknown_status_polls=POLLS)


@pytest.mark.parametrize(
    "status",
    ["cancelled", "expired", "canceled", "paused_by_admin", "x" * 5000, "bad \ud83d\x07 word", ""],
)
async def test_an_unknown_status_ends_the_watch_after_the_bound(
    sandbox: SandboxServer, client: FloraClient, status: str
) -> None:
    reset_sandbox(sandbox, run_seconds=30.0)
    start = await _start(client)
    _answer_polls_with(sandbox, start.run_id, status, None)
    updates: list[WatchUpdate] = []
    async with asyncio.timeout(LIMIT):
        final = await _watcher(client).watch(start.run_id, None, updates.append)
    assert not final.is_terminal
    assert not final.is_active
    last = updates[-1]
    assert last.stopped
    assert last.done
    assert last.error is not None
    assert "no longer checked" in last.error
    assert _polls(sandbox, start.run_id) == POLLS
    for update in updates:
        update.status.encode("utf-8")  # a lone surrogate never reaches the UI or the history


async def test_an_unknown_status_that_turns_known_keeps_the_watch(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    reset_sandbox(sandbox, run_seconds=0.3)
    start = await _start(client)
    _answer_polls_with(sandbox, start.run_id, "queued", POLLS - 1)
    async with asyncio.timeout(LIMIT):
        final = await _watcher(client).watch(start.run_id)
    assert final.status == "completed"


async def test_an_unknown_status_is_not_polled_again_after_a_restart(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path
) -> None:
    reset_sandbox(sandbox, run_seconds=30.0)
    start = await _start(client)
    _answer_polls_with(sandbox, start.run_id, "cancelled", None)
    db = tmp_path / "history.sqlite3"
    async with HistoryStore(db) as store:
        await store.record_start(
            base_url=client.base_url,
            run_id=start.run_id,
            technique_id=start.technique.technique_id if start.technique else "",
            workspace_id="ws_any",
            inputs={"brief": "status words"},
            start=start,
        )
        assert [r.run_id for r in await store.unfinished(client.base_url)] == [start.run_id]
        watch_list = RunWatchList(_watcher(client))
        watch_list.add(start.run_id)
        async with asyncio.timeout(LIMIT):
            final = await watch_list.wait(start.run_id)
        assert final is not None
        await store.update_status(final, base_url=client.base_url)
        await watch_list.aclose()
    async with HistoryStore(db) as store:  # the next start of the app
        assert await store.unfinished(client.base_url) == []
        record = await store.get(start.run_id, base_url=client.base_url)
        assert record is not None
        assert record.status == "cancelled"
