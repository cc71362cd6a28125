"""The retry policy (CONTRACT §9.5–9.7): pure decisions, no I/O; clock and randomness injected.

The client asks after every failed attempt; the answer says whether to retry, how long to
wait first, and the server's requested wait (``retry_after``) to put on the final error.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from flora_desktop.api._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    MAX_SERVER_RETRY_DELAY,
    RETRY_JITTER,
)
from flora_desktop.api.errors import is_transient_status

__all__ = [
    "NEVER_RETRIED_CODES",
    "RetryDecision",
    "RetryPolicy",
    "parse_retry_after",
]

# A duplicate key means the first attempt started the run: retrying cannot help (§8.4).
# The rule itself lives in ``errors.is_transient_status``; this names its exception.
NEVER_RETRIED_CODES = frozenset({"idempotency_duplicate"})


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    lowered = name.lower()
    for key, item in headers.items():
        if key.lower() == lowered:
            return item
    return None


def _finite(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_retry_after(
    headers: Mapping[str, str], *, now: Callable[[], float] = time.time
) -> float | None:
    """The wait in seconds the server asked for, unclamped (may be negative), or ``None``.

    ``retry-after-ms`` (milliseconds) wins; else ``retry-after`` as seconds or an HTTP-date.
    """
    millis_text = _header(headers, "retry-after-ms")
    millis = None if millis_text is None else _finite(millis_text)
    if millis:  # zero or unreadable defers to ``retry-after``, as the SDK does
        return millis / 1000.0
    text = _header(headers, "retry-after")
    if text is None:
        return None if millis is None else 0.0
    seconds = _finite(text)
    if seconds is not None:
        return seconds
    try:
        when = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return when.timestamp() - now()


@dataclass(frozen=True)
class RetryDecision:
    """``retry``: try again after ``delay`` seconds. ``retry_after``: what the server asked."""

    retry: bool
    delay: float = 0.0
    retry_after: float | None = None


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait between attempts. ``attempt`` counts from 0 (the first)."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    jitter: float = RETRY_JITTER
    max_server_delay: float = MAX_SERVER_RETRY_DELAY
    random: Callable[[], float] = random.random
    now: Callable[[], float] = time.time

    def backoff(self, attempt: int) -> float:
        """Exponential backoff before retry number ``attempt + 1``, up to 25 % shorter."""
        base = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return base * (1.0 - self.jitter * self.random())

    def should_retry_status(
        self, status_code: int, headers: Mapping[str, str], code: str | None = None
    ) -> bool:
        """Whether this answer is worth another attempt, ignoring how many are left.

        The app's one transient rule (``errors.is_transient_status``), which the server's
        ``x-should-retry`` hint overrides (§9.5) except for a duplicate key: that run exists.
        """
        if code in NEVER_RETRIED_CODES:
            return False
        hint = _header(headers, "x-should-retry")
        if hint is not None and hint.strip().lower() in ("true", "false"):
            return hint.strip().lower() == "true"
        return is_transient_status(status_code, code)

    def after_response(
        self,
        attempt: int,
        status_code: int,
        headers: Mapping[str, str],
        code: str | None = None,
    ) -> RetryDecision:
        """Decide after a non-2xx answer to attempt number ``attempt``."""
        requested = parse_retry_after(headers, now=self.now)
        retry_after = None if requested is None else max(requested, 0.0)
        if attempt >= self.max_retries or not self.should_retry_status(status_code, headers, code):
            return RetryDecision(retry=False, retry_after=retry_after)
        if retry_after is None:
            return RetryDecision(retry=True, delay=self.backoff(attempt))
        if retry_after > self.max_server_delay:
            # Too long to wait silently: hand the wait to the caller instead.
            return RetryDecision(retry=False, retry_after=retry_after)
        return RetryDecision(retry=True, delay=retry_after, retry_after=retry_after)

    def after_connection_error(self, attempt: int) -> RetryDecision:
        """Decide after attempt number ``attempt`` got no answer at all (every method)."""
        if attempt >= self.max_retries:
            return RetryDecision(retry=False)
        return RetryDecision(retry=True, delay=self.backoff(attempt))
