"""TaskOwner: latest wins per key, everything cancelled and awaited on close, bugs surfaced."""

from __future__ import annotations

import asyncio
import sys
from types import TracebackType

import pytest

from flora_desktop.services.tasks import TaskOwner


@pytest.mark.asyncio
async def test_a_new_task_under_the_same_key_cancels_the_old_one() -> None:
    owner = TaskOwner()
    first = owner.spawn("search", asyncio.sleep(10))
    second = owner.spawn("search", asyncio.sleep(0, result="latest"))
    assert await second == "latest"
    await asyncio.wait({first})
    assert first.cancelled()
    await owner.aclose()


@pytest.mark.asyncio
async def test_different_keys_run_side_by_side() -> None:
    owner = TaskOwner()
    a = owner.spawn("a", asyncio.sleep(0, result=1))
    b = owner.spawn("b", asyncio.sleep(0, result=2))
    assert (await a, await b) == (1, 2)
    assert not owner.running("a")
    await owner.aclose()


@pytest.mark.asyncio
async def test_close_cancels_and_awaits_every_task() -> None:
    owner = TaskOwner()
    finished: list[str] = []

    async def slow(name: str) -> None:
        try:
            await asyncio.sleep(10)
        finally:
            finished.append(name)

    tasks = [owner.spawn(name, slow(name)) for name in ("x", "y")]
    await asyncio.sleep(0)
    await owner.aclose()
    assert all(t.cancelled() for t in tasks)
    assert sorted(finished) == ["x", "y"]  # their cleanup ran before aclose returned


@pytest.mark.asyncio
async def test_work_spawned_after_close_never_runs() -> None:
    owner = TaskOwner()
    await owner.aclose()
    ran: list[bool] = []

    async def late() -> None:
        ran.append(True)

    task = owner.spawn("late", late())
    await asyncio.wait({task})
    assert task.cancelled()
    assert ran == []


@pytest.mark.asyncio
async def test_a_task_that_fails_goes_to_the_crash_handler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[BaseException] = []

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        seen.append(error)

    monkeypatch.setattr(sys, "excepthook", hook)
    owner = TaskOwner()

    async def broken() -> None:
        raise ValueError("a bug")

    task = owner.spawn("broken", broken())
    await asyncio.wait({task})
    await asyncio.sleep(0)  # done callbacks run on the next loop pass
    assert [type(e) for e in seen] == [ValueError]
    await owner.aclose()


@pytest.mark.asyncio
async def test_wait_lets_matching_tasks_finish_without_cancelling_them() -> None:
    owner = TaskOwner()
    store = owner.spawn("store:run_1", asyncio.sleep(0.05, result="written"))
    other = owner.spawn("poll", asyncio.sleep(10))
    await owner.wait("store:")
    assert store.result() == "written"
    assert not other.done()
    await owner.aclose()
    assert other.cancelled()
