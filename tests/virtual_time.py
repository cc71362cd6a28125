"""``VirtualTime``: sleeps that end when a test advances time, not when real time passes.

Pass ``virtual.sleep`` where the code takes a ``sleep`` (``FloraClient(sleep=...)``, which
the launcher's countdowns and ``RunWatcher`` follow), then ``await virtual.advance(seconds)``:
every sleep due by then ends, in order, each at its own moment. A 2-second retry countdown
takes no real time, and the test sees each second of it.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools

import pytest

# Loop turns a woken task gets before time moves on (enough to reach its next sleep).
_TURNS = 5


class VirtualTime:
    """A clock that stands still until ``advance``; ``sleep`` waits on it."""

    def __init__(self) -> None:
        self.now = 0.0
        self._order = itertools.count()
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []

    async def sleep(self, seconds: float) -> None:
        """Wait until the clock has been advanced ``seconds`` past now (0: just yield)."""
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        wake = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._order), wake))
        await wake

    @property
    def sleeping(self) -> int:
        """How many sleeps are waiting (cancelled ones excluded)."""
        return sum(1 for _due, _n, wake in self._sleepers if not wake.done())

    def next_wake(self) -> float | None:
        """Seconds until the earliest waiting sleep ends, or None."""
        due = [d for d, _n, wake in self._sleepers if not wake.done()]
        return min(due) - self.now if due else None

    async def advance(self, seconds: float) -> None:
        """Move the clock forward, waking each sleep due on the way at its own moment.

        A woken task gets a few turns of the loop before time moves on, so a countdown that
        sleeps again (1 s at a time) sees every second of a longer advance.
        """
        if seconds < 0:
            raise ValueError("time only moves forward")
        target = self.now + seconds
        while self._sleepers and self._sleepers[0][0] <= target:
            due, _n, wake = heapq.heappop(self._sleepers)
            self.now = max(self.now, due)
            if not wake.done():
                wake.set_result(None)
                for _ in range(_TURNS):
                    await asyncio.sleep(0)
        self.now = target


@pytest.fixture
def virtual_time() -> VirtualTime:
    """A fresh virtual clock for one test."""
    return VirtualTime()
