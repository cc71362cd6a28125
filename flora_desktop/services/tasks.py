"""Owned asyncio tasks: each one kept, replaceable by key, and cancelled on close."""

from __future__ import annotations

import logging
import sys
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    # asyncio (~25 ms to import) is imported where used: the window paints before it loads.
    import asyncio

log = logging.getLogger(__name__)

T = TypeVar("T")


class TaskOwner:
    """Keeps a reference to every task it starts so none is fire-and-forget.

    ``spawn(key, coro)`` is latest-wins: a new task under the same key cancels the old one
    (a refresh or a search replaces the previous one). ``aclose()`` cancels and awaits all.
    With no running event loop ``spawn`` starts nothing and returns ``None``, so a Qt slot
    may spawn without checking for a loop itself.
    """

    def __init__(self) -> None:
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._closed = False

    def spawn(self, key: str, coro: Coroutine[Any, Any, T]) -> asyncio.Task[T] | None:
        """Start ``coro`` as the task ``key``; ``None`` when no event loop runs or the
        owner is closed.

        Qt can still deliver a signal before the loop starts or after it stopped (a widget
        test, the last events of a shut-down). Then nothing can run the work: the coroutine
        is closed unstarted (no "never awaited" warning) and the caller gets ``None``.
        """
        try:
            import asyncio

            loop = asyncio.get_running_loop()
        except RuntimeError:
            coro.close()
            return None
        if self._closed:
            # Widgets can still emit while their page shuts down: such late work never
            # runs. Closed here, not made a cancelled task: the loop may stop before that
            # task's first step, leaving a coroutine "never awaited".
            coro.close()
            return None
        previous = self._tasks.get(key)
        if previous is not None and not previous.done():
            previous.cancel()
        task = loop.create_task(coro, name=key)
        self._tasks[key] = task
        task.add_done_callback(lambda done: self._forget(key, done))
        return task

    def running(self, key: str) -> bool:
        task = self._tasks.get(key)
        return task is not None and not task.done()

    def cancel(self, key: str) -> None:
        task = self._tasks.get(key)
        if task is not None and not task.done():
            task.cancel()

    async def wait(self, prefix: str = "") -> None:
        """Let the running tasks whose key starts with ``prefix`` finish (no cancelling)."""
        tasks = [t for key, t in self._tasks.items() if key.startswith(prefix) and not t.done()]
        if tasks:
            import asyncio

            await asyncio.wait(tasks)

    async def aclose(self) -> None:
        """Cancel every task and wait for all of them to finish."""
        self._closed = True
        tasks = [t for t in self._tasks.values() if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            import asyncio

            await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()

    def _forget(self, key: str, task: asyncio.Task[Any]) -> None:
        if self._tasks.get(key) is task:
            del self._tasks[key]
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            # Callers handle FloraError themselves, so anything here is a bug: hand it to the
            # crash handler the way qasync does for async slots.
            log.debug("background task %s failed", key)
            sys.excepthook(type(exc), exc, exc.__traceback__)
