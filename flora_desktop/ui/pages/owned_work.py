"""Run a request as an owned, cancellable task and get its answer (or its error) back here."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from flora_desktop.api.errors import FloraError
from flora_desktop.api.retry_notices import RetryNotice, retry_notices
from flora_desktop.services.tasks import TaskOwner

__all__ = ["UserCancelled", "run_owned"]

T = TypeVar("T")


class UserCancelled(Exception):
    """The owned task was cancelled (Cancel, or a newer task under the same key)."""


async def run_owned(
    tasks: TaskOwner,
    key: str,
    work: Awaitable[T],
    on_retry: Callable[[RetryNotice], None] | None = None,
) -> T:
    """Run ``work`` as ``tasks``' task ``key`` and return its result here.

    A ``FloraError`` is re-raised here (the task itself ends cleanly, so the owner does not
    take it for a bug); a cancel of the task raises ``UserCancelled``. While the client
    waits to retry, ``on_retry`` hears about it (the task inherits the listener).
    """
    if on_retry is not None:
        with retry_notices(on_retry):
            task = tasks.spawn(key, _capture(work))
    else:
        task = tasks.spawn(key, _capture(work))
    if task is None:  # the owner is closed (its page shuts down): the work never runs
        raise UserCancelled
    try:
        await asyncio.wait({task})
    except asyncio.CancelledError:
        task.cancel()  # the caller itself is being cancelled: take the work down too
        raise
    if task.cancelled():
        raise UserCancelled
    value, error = task.result()
    if error is not None:
        raise error
    return value  # type: ignore[return-value]  # set whenever error is None


async def _capture(work: Awaitable[T]) -> tuple[T | None, FloraError | None]:
    try:
        return await work, None
    except FloraError as error:
        return None, error
