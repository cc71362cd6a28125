"""Let whoever started a request know the client is waiting to retry it (for a countdown).

The client retries 408/429/5xx and connection failures by itself (``retry.py``). A user
staring at "Starting…" deserves to know why: a caller wraps its work in
``retry_notices(listener)`` and the client calls the listener before each wait. A context
variable carries the listener, so it follows the caller's task and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

__all__ = ["RetryNotice", "announce_retry", "retry_notices"]


@dataclass(frozen=True)
class RetryNotice:
    """The client is about to wait ``delay`` seconds, then send attempt ``attempt`` again."""

    attempt: int  # 1 for the first retry
    delay: float
    status_code: int | None  # None when the connection failed or timed out
    code: str | None  # the error envelope's code, e.g. "rate_limited"

    @property
    def rate_limited(self) -> bool:
        return self.status_code == 429


RetryListener = Callable[[RetryNotice], None]

# Scoped per task by asyncio (each task runs in a copy of the context it was created in).
_listener: ContextVar[RetryListener | None] = ContextVar("flora_retry_listener", default=None)


@contextmanager
def retry_notices(listener: RetryListener) -> Iterator[None]:
    """Within this block (and tasks created in it), tell ``listener`` about each retry."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def announce_retry(notice: RetryNotice) -> None:
    """Called by the client just before it waits to retry."""
    listener = _listener.get()
    if listener is not None:
        listener(notice)
