"""TaskOwner: latest wins per key, everything cancelled and awaited on close, bugs surfaced."""

from __future__ import annotations

import asyncio
import gc
import inspect
import sys
import warnings
from collections.abc import Coroutine
from types import TracebackType
from typing import Any, TypeVar

import pytest

from flora_desktop.services.tasks import TaskOwner

T = TypeVar("T")


def started(task: asyncio.Task[T] | None) -> asyncio.Task[T]:
    """The task ``spawn`` made (inside a running loop it always makes one)."""
    assert task is not None
    return task


@pytest.mark.asyncio
async def test_a_new_task_under_the_same_key_cancels_the_old_one() -> None:
    owner = TaskOwner()
    first = started(owner.spawn("search", asyncio.sleep(10)))
    second = started(owner.spawn("search", asyncio.sleep(0, result="latest")))
    assert await second == "latest"
    await asyncio.wait({first})
    assert first.cancelled()
    await owner.aclose()


@pytest.mark.asyncio
async def test_different_keys_run_side_by_side() -> None:
    owner = TaskOwner()
    a = started(owner.spawn("a", asyncio.sleep(0, result=1)))
    b = started(owner.spawn("b", asyncio.sleep(0, result=2)))
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

    tasks = [started(owner.spawn(name, slow(name))) for name in ("x", "y")]
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

    coro = late()
    assert inspect.iscoroutine(coro)
    assert owner.spawn("late", coro) is None
    await asyncio.sleep(0)
    assert ran == []
    assert coro.cr_frame is None  # closed unstarted: no "never awaited" when the loop stops


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

    task = started(owner.spawn("broken", broken()))
    await asyncio.wait({task})
    await asyncio.sleep(0)  # done callbacks run on the next loop pass
    assert [type(e) for e in seen] == [ValueError]
    await owner.aclose()


@pytest.mark.asyncio
async def test_wait_lets_matching_tasks_finish_without_cancelling_them() -> None:
    owner = TaskOwner()
    store = started(owner.spawn("store:run_1", asyncio.sleep(0.05, result="written")))
    other = started(owner.spawn("poll", asyncio.sleep(10)))
    await owner.wait("store:")
    assert store.result() == "written"
    assert not other.done()
    await owner.aclose()
    assert other.cancelled()


async def _work(ran: list[str]) -> str:
    ran.append("ran")
    return "done"


def _spawn_without_loop(owner: TaskOwner, key: str, coro: Coroutine[Any, Any, T]) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert owner.spawn(key, coro) is None
        assert inspect.getcoroutinestate(coro) == inspect.CORO_CLOSED
        del coro
        gc.collect()  # an unclosed coroutine would warn "never awaited" when collected
    assert [str(w.message) for w in caught] == []


@pytest.mark.parametrize("closed", [False, True])
def test_spawn_without_a_running_loop_starts_nothing_and_closes_the_work(closed: bool) -> None:
    # A Qt signal delivered before the loop runs or after it stopped.
    owner = TaskOwner()
    if closed:
        asyncio.run(owner.aclose())
    ran: list[str] = []
    _spawn_without_loop(owner, "spend", _work(ran))
    assert ran == []
    assert not owner.running("spend")


def test_spawn_after_the_loop_stopped_leaves_the_owner_usable() -> None:
    owner = TaskOwner()
    ran: list[str] = []

    async def first_run() -> str:
        return await started(owner.spawn("work", _work(ran)))

    assert asyncio.run(first_run()) == "done"
    _spawn_without_loop(owner, "work", _work(ran))  # the loop has stopped: a late event

    async def second_run() -> str:
        result = await started(owner.spawn("work", _work(ran)))
        await owner.aclose()
        return result

    assert asyncio.run(second_run()) == "done"
    assert ran == ["ran", "ran"]
