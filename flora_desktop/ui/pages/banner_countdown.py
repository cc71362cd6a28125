"""Live countdowns on the page's banner: the client retrying by itself, a 429 wait, a reload."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from flora_desktop.api.retry_notices import RetryNotice
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.messages import retry_countdown, retry_notice_message
from flora_desktop.ui.widgets.error_banner import ErrorBanner

__all__ = ["RETRY_NOTICE_MIN_SECONDS", "BannerCountdown"]

# Client backoffs shorter than this pass without a banner (a 429 is always shown).
RETRY_NOTICE_MIN_SECONDS = 1.0


class BannerCountdown:
    """Counts seconds down in the banner's first line, once a second.

    ``retry_notice`` is the listener for ``retry_notices``: while the client waits to retry,
    the banner says why nothing seems to happen; ``end_retry_notice`` takes it away again.
    """

    def __init__(
        self, banner: ErrorBanner, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    ) -> None:
        self._banner = banner
        # The client's sleep: tests advance its clock instead of waiting (tests/virtual_time.py).
        self._sleep = sleep
        self._tasks = TaskOwner()
        self._notice_shown = False
        self._rate_limit_until = 0.0  # loop time when the client's 429 wait ends

    async def count(self, seconds: float, line: Callable[[float], str]) -> None:
        """Show ``line(remaining)`` each second until ``seconds`` have passed."""
        remaining = seconds
        while remaining > 0:
            self._banner.set_sentence(line(remaining))
            step = min(1.0, remaining)
            await self._sleep(step)
            remaining -= step

    def retry_notice(self, notice: RetryNotice) -> None:
        if not notice.rate_limited and notice.delay < RETRY_NOTICE_MIN_SECONDS:
            return  # a quick backoff is over before anyone could read about it
        self._notice_shown = True
        if notice.rate_limited:
            self._rate_limit_until = asyncio.get_running_loop().time() + notice.delay
        self._banner.show_message(retry_notice_message(notice), severity="warning")
        rate_limited = notice.rate_limited
        self._tasks.spawn(
            "notice",
            self.count(notice.delay, lambda s: retry_countdown(s, rate_limited=rate_limited)),
        )

    def in_rate_limit_wait(self) -> bool:
        """The client is waiting out a 429 right now: no request is in flight."""
        if not self._notice_shown:
            return False
        return asyncio.get_running_loop().time() < self._rate_limit_until

    def end_retry_notice(self) -> None:
        self._rate_limit_until = 0.0
        if self._notice_shown:
            self._notice_shown = False
            self._tasks.cancel("notice")
            self._banner.clear()

    async def aclose(self) -> None:
        await self._tasks.aclose()
