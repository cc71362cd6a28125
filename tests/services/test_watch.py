"""RunWatcher and RunWatchList against the sandbox: to the end, through faults, cancel, resume."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from flora_desktop.api import AuthenticationError, FloraClient, RunStart
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.failures import FailureGroup
from flora_desktop.services.history import HistoryStore
from flora_desktop.services.watch import RunWatcher, RunWatchList, WatchUpdate
from tests.conftest import reset_sandbox

# Sandbox runs take 0.3 s; poll far faster than the contract's 2 s so tests stay quick.
INTERVAL = 0.03
MAX_INTERVAL = 0.2
# Generous bound on any single watch; a hang fails the test instead of the suite.
LIMIT = 15.0


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    # No client-level retries: the watcher's own backoff is what these tests exercise.
    async with FloraClient(
        api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0, timeout=5
    ) as c:
        yield c


async def _start(client: FloraClient, brief: str = "spring launch") -> RunStart:
    workspaces = await client.workspaces.list()
    owner = next(w for w in workspaces if w.role == "owner")
    technique = await client.techniques.retrieve("social-caption-writer")
    return await client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=owner.workspace_id,
        inputs={"brief": brief},
    )


def _watcher(client: FloraClient) -> RunWatcher:
    return RunWatcher(client, interval=INTERVAL, max_interval=MAX_INTERVAL)


def _fault(sandbox: SandboxServer, **body: Any) -> None:
    httpx.post(f"{sandbox.root_url}/_sandbox/faults", json=body).raise_for_status()


def _requests(sandbox: SandboxServer) -> list[dict[str, Any]]:
    body = httpx.get(f"{sandbox.root_url}/_sandbox/requests").json()
    return list(body["requests"])


def _polls(sandbox: SandboxServer, run_id: str) -> list[dict[str, Any]]:
    return [r for r in _requests(sandbox) if r["path"] == f"/api/v1/runs/{run_id}"]


@pytest.mark.asyncio
async def test_watch_reports_progress_until_completed(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    # A 1 s run: the first poll sees it still going even when a loaded machine is slow to
    # send it (a 0.3 s run could be over before the first poll).
    reset_sandbox(sandbox, run_seconds=1.0)
    start = await _start(client)
    updates: list[WatchUpdate] = []
    watcher = _watcher(client)

    async with asyncio.timeout(LIMIT):
        final = await watcher.watch(
            start.run_id,
            start.poll_url,
            updates.append,
            estimated_seconds=start.estimated_seconds,
        )

    assert final.status == "completed"
    assert final.is_terminal
    assert [o.type for o in final.outputs] == ["text"]
    assert updates[-1].run == final
    assert updates[-1].is_terminal
    assert updates[-1].done
    assert updates[-1].progress == 100
    assert updates[-1].remaining is None
    statuses = [u.status for u in updates]
    assert statuses[0] in ("pending", "running")
    assert set(statuses) <= {"pending", "running", "completed"}
    # Reported only on change: no two neighbours are the same state.
    keys = [(u.status, u.progress) for u in updates]
    assert all(a != b for a, b in itertools.pairwise(keys))
    progress = [u.progress for u in updates]
    assert progress == sorted(progress)
    assert all(u.error is None and u.failure is None for u in updates)
    assert all(u.estimated_seconds == start.estimated_seconds for u in updates)
    assert updates[-1].elapsed > 0


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("brief", "code", "group"),
    [
        ("#fail", "provider_error", FailureGroup.RETRY_NOW),
        (
            "#fail:GENERATION_PROMPT_MODERATED",
            "GENERATION_PROMPT_MODERATED",
            FailureGroup.CHANGE_INPUT,
        ),
        (
            "#fail:BILLING_NOT_ENOUGH_CREDITS",
            "BILLING_NOT_ENOUGH_CREDITS",
            FailureGroup.NOT_RETRYABLE,
        ),
    ],
)
async def test_watch_ends_on_failed_with_advice(
    sandbox: SandboxServer, client: FloraClient, brief: str, code: str, group: FailureGroup
) -> None:
    start = await _start(client, brief)
    updates: list[WatchUpdate] = []
    async with asyncio.timeout(LIMIT):
        final = await _watcher(client).watch(start.run_id, on_update=updates.append)

    assert final.status == "failed"
    assert final.error_code == code
    last = updates[-1]
    assert last.is_terminal
    assert not last.stopped
    assert last.failure is not None
    assert last.failure.group is group
    assert "billed again" in last.failure.run_again_label


@pytest.mark.asyncio
async def test_503_bursts_and_429_are_ridden_out(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    start = await _start(client)
    path = f"/api/v1/runs/{start.run_id}"
    _fault(sandbox, method="GET", path=path, status=503, count=3)
    _fault(sandbox, method="GET", path=path, status=429, retry_after=0.15, count=1)
    _fault(sandbox, method="GET", path=path, mode="html", status=502, count=1)
    _fault(sandbox, method="GET", path=path, status=503, count=2)
    updates: list[WatchUpdate] = []

    async with asyncio.timeout(LIMIT):
        final = await _watcher(client).watch(start.run_id, on_update=updates.append)

    assert final.status == "completed"
    statuses = [p["status"] for p in _polls(sandbox, start.run_id)]
    assert statuses[:7] == [503, 503, 503, 429, 502, 503, 503]
    assert statuses[-1] == 200
    errors = [u for u in updates if u.error]
    assert errors, "each failed poll is reported"
    assert all(not u.stopped and u.retry_in is not None for u in errors)
    # The server's retry_after is honoured exactly rather than our own curve.
    assert any(
        u.retry_in == pytest.approx(0.15) and "less often" in (u.error or "") for u in errors
    )
    assert all(
        0 < (u.retry_in or 0) <= MAX_INTERVAL for u in errors if "less" not in (u.error or "")
    )
    assert updates[-1].error is None
    assert updates[-1].is_terminal


@pytest.mark.asyncio
async def test_dropped_connection_mid_poll_recovers(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    start = await _start(client)
    _fault(sandbox, method="GET", path=f"/api/v1/runs/{start.run_id}", mode="drop", count=2)
    updates: list[WatchUpdate] = []

    async with asyncio.timeout(LIMIT):
        final = await _watcher(client).watch(start.run_id, on_update=updates.append)

    assert final.status == "completed"
    assert any(u.error and "reach FLORA" in u.error for u in updates)
    assert updates[0].status == "unknown"  # the first poll got no answer at all


@pytest.mark.asyncio
async def test_refused_key_stops_the_watch(sandbox: SandboxServer, client: FloraClient) -> None:
    start = await _start(client)
    _fault(
        sandbox, method="GET", path=f"/api/v1/runs/{start.run_id}", status=401, code="unauthorized"
    )
    updates: list[WatchUpdate] = []
    with pytest.raises(AuthenticationError):
        async with asyncio.timeout(LIMIT):
            await _watcher(client).watch(start.run_id, on_update=updates.append)
    assert updates[-1].stopped
    assert updates[-1].done
    assert not updates[-1].is_terminal
    assert updates[-1].error is not None
    assert "Sign in" in updates[-1].error


@pytest.mark.asyncio
async def test_poll_url_falls_back_to_runs_endpoint(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    start = await _start(client)
    # A nested URL for the wrong technique is a 404: fall back to GET /runs/{id} (§5.8).
    wrong = f"{sandbox.api_url}/techniques/cctv-cam/runs/{start.run_id}"
    async with asyncio.timeout(LIMIT):
        final = await _watcher(client).watch(start.run_id, wrong)
    assert final.status == "completed"
    nested = [
        r for r in _requests(sandbox) if r["path"].startswith("/api/v1/techniques/cctv-cam/runs/")
    ]
    assert len(nested) == 1
    assert nested[0]["status"] == 404


@pytest.mark.asyncio
async def test_poll_url_on_another_origin_is_not_followed(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    start = await _start(client)
    async with asyncio.timeout(LIMIT):
        final = await _watcher(client).watch(
            start.run_id, "http://127.0.0.2:9/runs/" + start.run_id
        )
    assert final.status == "completed"
    assert _polls(sandbox, start.run_id)


@pytest.mark.asyncio
async def test_cancel_mid_watch_stops_polling(sandbox: SandboxServer, client: FloraClient) -> None:
    reset_sandbox(sandbox, run_seconds=30)
    start = await _start(client)
    seen = asyncio.Event()
    watch = asyncio.create_task(
        _watcher(client).watch(start.run_id, on_update=lambda _u: seen.set())
    )
    async with asyncio.timeout(LIMIT):
        await seen.wait()
    watch.cancel()
    with pytest.raises(asyncio.CancelledError):
        await watch
    polls = len(_polls(sandbox, start.run_id))
    await asyncio.sleep(INTERVAL * 5)
    assert len(_polls(sandbox, start.run_id)) == polls


@pytest.mark.asyncio
async def test_watch_list_watches_several_runs_at_once(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    runs = [await _start(client, f"brief {n}") for n in range(3)]
    failing = await _start(client, "#fail")
    seen: list[WatchUpdate] = []
    watch_list = RunWatchList(_watcher(client), on_update=seen.append)
    streamed: list[WatchUpdate] = []

    async def consume() -> None:
        async for update in watch_list.updates():
            streamed.append(update)

    consumer = asyncio.create_task(consume())
    await asyncio.sleep(0)  # let the consumer subscribe
    for run in [*runs, failing]:
        assert watch_list.add(run.run_id, poll_url=run.poll_url)
    assert not watch_list.add(runs[0].run_id), "adding twice is a no-op"
    assert len(watch_list) == 4

    async with asyncio.timeout(LIMIT):
        finals = [await watch_list.wait(r.run_id) for r in [*runs, failing]]

    assert [f.status for f in finals if f] == ["completed"] * 3 + ["failed"]
    for run in [*runs, failing]:
        latest = watch_list.latest(run.run_id)
        assert latest is not None
        assert latest.is_terminal
        assert not watch_list.watching(run.run_id)
    assert {u.run_id for u in seen} == {r.run_id for r in [*runs, failing]}
    await watch_list.aclose()
    async with asyncio.timeout(LIMIT):
        await consumer  # closing ends the iterator
    assert streamed == seen


@pytest.mark.asyncio
async def test_watch_list_remove_cancels_one_run(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    reset_sandbox(sandbox, run_seconds=30)
    slow = await _start(client, "one")
    other = await _start(client, "two")
    both_seen = asyncio.Event()

    def seen(update: WatchUpdate) -> None:
        if all(watch_list.latest(r) is not None for r in (slow.run_id, other.run_id)):
            both_seen.set()

    watch_list = RunWatchList(_watcher(client), on_update=seen)
    watch_list.add(slow.run_id)
    watch_list.add(other.run_id)
    async with asyncio.timeout(LIMIT):
        await both_seen.wait()
    assert watch_list.watching(slow.run_id)
    assert watch_list.watching(other.run_id)

    watch_list.remove(slow.run_id)

    assert slow.run_id not in watch_list
    assert watch_list.latest(slow.run_id) is None
    assert not watch_list.watching(slow.run_id)
    # The cancelled poll may need a few loop turns to unwind out of httpx; it must end.
    for _ in range(500):
        if not any(t.get_name() == f"watch:{slow.run_id}" for t in asyncio.all_tasks()):
            break
        await asyncio.sleep(0.01)
    else:
        pytest.fail("the removed run's poll never stopped")
    assert watch_list.watching(other.run_id), "the other run is still watched"
    with pytest.raises(KeyError):
        await watch_list.wait(slow.run_id)
    await watch_list.aclose()
    assert not watch_list.watching(other.run_id)
    assert await watch_list.wait(other.run_id) is None
    with pytest.raises(RuntimeError):
        watch_list.add("run_after_close")


@pytest.mark.asyncio
async def test_unfinished_runs_are_resumed_after_restart(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path
) -> None:
    reset_sandbox(sandbox, run_seconds=1.0)
    db = tmp_path / "history.sqlite3"
    start = await _start(client, "resume me")
    async with HistoryStore(db) as store:
        await store.record_start(
            base_url=client.base_url,
            run_id=start.run_id,
            technique_id=start.technique.technique_id if start.technique else "",
            workspace_id="ws_any",
            inputs={"brief": "resume me"},
            start=start,
        )
    # "Restart": a new store on the same file, a new watch list.
    async with HistoryStore(db) as store:
        pending = await store.unfinished(client.base_url)
        assert [r.run_id for r in pending] == [start.run_id]
        watch_list = RunWatchList(_watcher(client))
        for record in pending:
            watch_list.add(
                record.run_id,
                poll_url=record.poll_url,
                started_at=record.started_at,
                estimated_seconds=record.estimated_seconds,
            )
        async with asyncio.timeout(LIMIT):
            final = await watch_list.wait(start.run_id)
        assert final is not None
        assert final.status == "completed"
        await store.update_status(final, base_url=client.base_url)
        assert await store.unfinished(client.base_url) == []
        await watch_list.aclose()
