"""Watching started runs to the end: polling with backoff (CONTRACT §5.6–5.8, §9.6) and a list.

``RunWatcher.watch()`` polls one run until ``completed``/``failed`` and reports each change as
a ``WatchUpdate``. Transient trouble (no connection, 5xx, 429, a garbled answer) never ends a
watch: it backs off (honouring ``retry_after``) and says so in plain words. Only errors a
retry cannot fix (the key refused, the run unknown) end it, by raising.

``RunWatchList`` watches several runs at once, each in its own owned task, and hands every
update to a callback and to ``updates()`` subscribers (a Qt panel can use either).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flora_desktop.api.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    FloraError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    is_transient,
)
from flora_desktop.api.models import RunStatus, to_datetime
from flora_desktop.api.retry import RetryPolicy
from flora_desktop.services.failures import FailureAdvice, explain_run
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.tasks import TaskOwner

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient
    from flora_desktop.api._client import Sleep

__all__ = [
    "DEFAULT_MAX_INTERVAL",
    "DEFAULT_POLL_INTERVAL",
    "RunWatchList",
    "RunWatcher",
    "WatchUpdate",
    "describe_poll_error",
    "describe_unknown_status",
    "is_transient",
]

log = logging.getLogger(__name__)

DEFAULT_POLL_INTERVAL = 2.0  # seconds; the contract asks for 2–5 s between polls (§5.6)
SLOW_FACTOR = 2.5  # once a run is past its estimate, poll at the slow end (5 s at 2 s)
DEFAULT_MAX_INTERVAL = 60.0  # longest wait between polls while FLORA keeps failing
# A server asking for a longer pause than this is capped: the user is still watching.
MAX_SERVER_WAIT = 300.0
# Polls, with growing pauses, a status the app does not know (``cancelled``, ``expired``, a
# new one) gets to turn into a known one before the watch ends on it.
UNKNOWN_STATUS_POLLS = 5
# Each pause between polls is up to this much longer, at random, and a watch list starts
# its runs' first polls spread over one interval: 200 runs polled in step had their
# answers arrive together and stalled the UI thread for up to 0.58 s.
POLL_JITTER = 0.25
# Polls in flight at once, across every watch: httpx's pool (100 connections) handles a
# queue of waiting requests in quadratic time, which stalled the loop for 0.4-0.8 s with
# 200 runs whose polls each took 5 s. Beyond this, polls wait their turn here instead.
MAX_POLLS_IN_FLIGHT = 32

UpdateCallback = Callable[["WatchUpdate"], None]


@dataclass(frozen=True)
class WatchUpdate:
    """One reported state of a watched run.

    ``status`` is the last status FLORA gave (``"unknown"`` before the first answer);
    ``elapsed`` counts seconds since the run was started; ``remaining`` is the estimate from
    ``estimated_seconds`` (``None`` when unknown or already overdue). ``error`` says in plain
    words why the last poll failed and ``retry_in`` when the next one is due. ``stopped``
    means the watch ended without a final status (see ``error``). ``failure`` explains a
    failed run (§8.5).
    """

    run_id: str
    status: str
    progress: float
    elapsed: float
    estimated_seconds: float | None = None
    remaining: float | None = None
    run: RunStatus | None = None
    error: str | None = None
    retry_in: float | None = None
    failure: FailureAdvice | None = None
    stopped: bool = False

    @property
    def is_terminal(self) -> bool:
        """FLORA reported ``completed`` or ``failed``."""
        return self.run is not None and self.run.is_terminal

    @property
    def done(self) -> bool:
        """Nothing more will come for this run: it is terminal or the watch stopped."""
        return self.is_terminal or self.stopped

    @property
    def overdue(self) -> bool:
        """Still going although the estimate has passed."""
        return (
            not self.done
            and self.estimated_seconds is not None
            and self.elapsed > self.estimated_seconds
        )


def _seconds(value: float) -> str:
    whole = max(1, round(value))
    if whole < 90:
        return QT_TRANSLATE_NOOP("Watch", "{seconds} s").fill(seconds=whole)
    return QT_TRANSLATE_NOOP("Watch", "{minutes} min").fill(minutes=round(whole / 60))


def describe_unknown_status(status: str) -> str:
    """Why a run whose status the app does not know is no longer checked."""
    return QT_TRANSLATE_NOOP(
        "Watch",
        "FLORA says this run is “{status}”, which this app does not know, so it is no longer "
        "checked. Look for it in FLORA.",
    ).fill(status=status)


def describe_poll_error(error: BaseException, retry_in: float | None = None) -> str:
    """A failed poll in plain words, with when the next check is due."""
    if isinstance(error, RateLimitError):
        text = QT_TRANSLATE_NOOP("Watch", "FLORA asked us to check less often.")
    elif isinstance(error, APITimeoutError):
        text = QT_TRANSLATE_NOOP("Watch", "FLORA is taking too long to answer.")
    elif isinstance(error, APIConnectionError):
        text = QT_TRANSLATE_NOOP(
            "Watch", "Can't reach FLORA right now. Check your internet connection."
        )
    elif isinstance(error, AuthenticationError):
        return QT_TRANSLATE_NOOP(
            "Watch", "FLORA refused the API key, so this run can't be checked. Sign in again."
        )
    elif isinstance(error, PermissionDeniedError):
        return QT_TRANSLATE_NOOP("Watch", "This API key may not see this run any more.")
    elif isinstance(error, NotFoundError):
        return QT_TRANSLATE_NOOP("Watch", "FLORA no longer knows this run.")
    elif is_transient(error):
        text = QT_TRANSLATE_NOOP("Watch", "FLORA had a problem answering.")
    else:
        return QT_TRANSLATE_NOOP(
            "Watch", "This run can't be checked because of an unexpected answer from FLORA."
        )
    if retry_in is None:
        return text
    return QT_TRANSLATE_NOOP("Watch", "{problem} Checking again in {when}.").fill(
        problem=text, when=_seconds(retry_in)
    )


class RunWatcher:
    """Polls runs until they finish; shares the app's one ``FloraClient``.

    ``interval`` is the normal pause between polls (the contract's 2 s; tests against the
    sandbox pass less), ``slow_interval`` the pause once a run is past its estimate, and
    ``max_interval`` the longest backoff after errors. ``clock`` gives epoch seconds and
    ``sleep`` waits between polls (by default the client's, see ``FloraClient``).
    """

    def __init__(
        self,
        client: FloraClient,
        *,
        interval: float = DEFAULT_POLL_INTERVAL,
        slow_interval: float | None = None,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        clock: Callable[[], float] = time.time,
        unknown_status_polls: int = UNKNOWN_STATUS_POLLS,
        random: Callable[[], float] = random.random,
        sleep: Sleep | None = None,
    ) -> None:
        if interval <= 0 or max_interval < interval:
            raise ValueError("need 0 < interval <= max_interval")
        self._client = client
        self.interval = interval
        # By default 2.5 x interval: 5 s at the contract's 2 s.
        slow = slow_interval if slow_interval is not None else interval * SLOW_FACTOR
        self.slow_interval = max(interval, slow)
        self.max_interval = max_interval
        self._clock = clock
        self.unknown_status_polls = max(1, unknown_status_polls)
        self._random = random
        self._in_flight = asyncio.Semaphore(MAX_POLLS_IN_FLIGHT)
        self._sleep = sleep if sleep is not None else client.sleep
        # The client's own backoff curve, started at our interval and capped at ours.
        self._backoff = RetryPolicy(initial_delay=interval, max_delay=max_interval)

    async def watch(
        self,
        run_id: str,
        poll_url: str | None = None,
        on_update: UpdateCallback | None = None,
        *,
        started_at: float | None = None,
        estimated_seconds: float | None = None,
        first_delay: float = 0.0,
    ) -> RunStatus:
        """Poll ``run_id`` until it is terminal and return its final status.

        ``poll_url`` is followed when it is on the API's origin (§5.6), falling back to
        ``GET /runs/{id}`` if FLORA does not know it. ``started_at`` (epoch seconds) anchors
        the elapsed time; by default the run's ``created_at``. ``first_delay`` seconds pass
        before the first poll. Raises the ``FloraError`` of a poll that no retry can fix,
        after reporting it with ``stopped=True``. A status the app does not know ends the
        watch (``stopped=True``, that status returned) after ``unknown_status_polls`` polls.
        Cancel the awaiting task to stop watching.
        """
        poll = _Poller(self._client, run_id, poll_url)
        origin = started_at
        watch_began = self._clock()
        last: RunStatus | None = None
        reported: tuple[object, ...] | None = None
        failures = 0
        unknown = 0  # polls in a row answering a status the app does not know

        def emit(update: WatchUpdate, *, force: bool = False) -> None:
            nonlocal reported
            key = (update.status, update.progress, update.error, update.stopped)
            if on_update is not None and (force or key != reported):
                on_update(update)
            reported = key

        def snapshot(
            error: str | None = None, retry_in: float | None = None, stopped: bool = False
        ) -> WatchUpdate:
            terminal = last is not None and last.is_terminal
            elapsed = _server_duration(last) if terminal else None
            if elapsed is None:
                begun = origin if origin is not None else watch_began
                elapsed = max(0.0, self._clock() - begun)
            remaining = None
            if estimated_seconds is not None and not terminal:
                left = estimated_seconds - elapsed
                remaining = left if left > 0 else None
            return WatchUpdate(
                run_id=run_id,
                status=last.status if last is not None else "unknown",
                progress=last.progress if last is not None else 0.0,
                elapsed=elapsed,
                estimated_seconds=estimated_seconds,
                remaining=remaining,
                run=last,
                error=error,
                retry_in=retry_in,
                failure=explain_run(last) if last is not None else None,
                stopped=stopped,
            )

        if first_delay > 0:
            await self._sleep(first_delay)
        while True:
            try:
                async with self._in_flight:
                    status = await poll()
            except FloraError as exc:
                if not is_transient(exc):
                    log.info("stopped watching %s: %s", run_id, type(exc).__name__)
                    emit(snapshot(error=describe_poll_error(exc), stopped=True), force=True)
                    raise
                delay = self._error_delay(exc, failures)
                failures += 1
                log.debug(
                    "poll of %s failed (%s); next in %.2f s", run_id, type(exc).__name__, delay
                )
                emit(snapshot(error=describe_poll_error(exc, delay), retry_in=delay))
                await self._sleep(delay)
                continue
            failures = 0
            last = status
            if origin is None and status.created_at is not None:
                origin = _plausible_origin(_epoch_seconds(status.created_at), watch_began)
            if status.is_terminal:
                log.info("run %s %s", run_id, status.status)
                emit(snapshot(), force=True)
                return status
            unknown = 0 if status.is_active else unknown + 1
            if unknown >= self.unknown_status_polls:
                # Not polled forever: a status no version of the app knows may never end.
                log.info("stopped watching %s: unknown status %r", run_id, status.status)
                error = describe_unknown_status(status.status)
                emit(snapshot(error=error, stopped=True), force=True)
                return status
            update = snapshot()
            emit(update)
            if unknown:
                await self._sleep(self._backoff.backoff(unknown - 1))
                continue
            pause = self.slow_interval if update.overdue else self.interval
            await self._sleep(pause * (1.0 + POLL_JITTER * self._random()))

    def spread(self) -> float:
        """A random fraction in [0, 1): where in an interval a new watch's first poll falls."""
        return self._random()

    def _error_delay(self, error: FloraError, failures: int) -> float:
        if isinstance(error, APIStatusError) and error.retry_after is not None:
            # The server's own wait wins over our curve (§9.6), however long, up to a cap.
            return min(max(error.retry_after, 0.0), MAX_SERVER_WAIT)
        return self._backoff.backoff(failures)


def _server_duration(run: RunStatus | None) -> float | None:
    """How long a finished run took by FLORA's own clock (no skew with ours)."""
    if run is None:
        return None
    created, completed = _epoch_seconds(run.created_at), _epoch_seconds(run.completed_at)
    if created is None or completed is None:
        return None
    return max(0.0, completed - created)


def _epoch_seconds(timestamp: float | None) -> float | None:
    moment = to_datetime(timestamp)
    return None if moment is None else moment.timestamp()


def _plausible_origin(created: float | None, watch_began: float) -> float | None:
    # A server clock ahead of ours would give a negative elapsed time: ignore it then.
    if created is None or created > watch_began + 5.0:
        return None
    return created


class _Poller:
    """One run's poll request: its ``poll_url`` while that works, else ``GET /runs/{id}``."""

    def __init__(self, client: FloraClient, run_id: str, poll_url: str | None) -> None:
        self._client = client
        self._run_id = run_id
        self._poll_url = poll_url if poll_url and _same_origin(client, poll_url) else None

    async def __call__(self) -> RunStatus:
        if self._poll_url is not None:
            try:
                return await self._client.runs.retrieve_url(self._poll_url)
            except (NotFoundError, ConfigurationError):
                # §5.8: fall back to the run's own URL, and stay there.
                log.debug("poll_url of %s not usable; polling /runs/{id}", self._run_id)
                self._poll_url = None
        return await self._client.runs.retrieve(self._run_id)


def _same_origin(client: FloraClient, url: str) -> bool:
    # A poll_url elsewhere would be fetched without the key; /runs/{id} is the safe choice.
    try:
        return client.is_api_origin(client.url_for(url))
    except FloraError:
        return False


@dataclass(frozen=True)
class _Entry:
    poll_url: str | None
    started_at: float | None
    estimated_seconds: float | None
    first_delay: float = 0.0


class RunWatchList:
    """Watches several runs at once; each run is one owned task, cancelled on ``remove``.

    Every update goes to ``on_update`` (if given) and to each ``updates()`` iterator.
    ``latest(run_id)`` keeps the last update of every run added and not removed, finished
    ones included, so a panel can redraw at any time. ``aclose()`` stops everything.
    """

    def __init__(self, watcher: RunWatcher, on_update: UpdateCallback | None = None) -> None:
        self._watcher = watcher
        self._on_update = on_update
        self._tasks = TaskOwner()
        self._entries: dict[str, _Entry] = {}
        self._latest: dict[str, WatchUpdate] = {}
        self._finished: dict[str, asyncio.Future[RunStatus | None]] = {}
        self._subscribers: list[asyncio.Queue[WatchUpdate | None]] = []
        self._closed = False

    def __contains__(self, run_id: object) -> bool:
        return run_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def watching(self, run_id: str) -> bool:
        """Whether ``run_id`` is still being polled (a removed run is not, even while
        its cancelled poll unwinds)."""
        return run_id in self._entries and self._tasks.running(_task_key(run_id))

    def latest(self, run_id: str) -> WatchUpdate | None:
        return self._latest.get(run_id)

    def add(
        self,
        run_id: str,
        *,
        poll_url: str | None = None,
        started_at: float | None = None,
        estimated_seconds: float | None = None,
    ) -> bool:
        """Start watching ``run_id``; ``False`` if it is already in the list."""
        if self._closed:
            raise RuntimeError("RunWatchList is closed")
        if run_id in self._entries:
            return False
        # Many runs added at once (a restart resuming them) poll spread over one interval.
        first_delay = self._watcher.interval * self._watcher.spread() if self._entries else 0.0
        self._entries[run_id] = _Entry(poll_url, started_at, estimated_seconds, first_delay)
        self._finished[run_id] = asyncio.get_running_loop().create_future()
        self._tasks.spawn(_task_key(run_id), self._run(run_id))
        return True

    def remove(self, run_id: str) -> None:
        """Stop watching ``run_id`` and forget it."""
        self._entries.pop(run_id, None)
        self._latest.pop(run_id, None)
        self._tasks.cancel(_task_key(run_id))
        future = self._finished.pop(run_id, None)
        if future is not None and not future.done():
            future.set_result(None)

    async def wait(self, run_id: str) -> RunStatus | None:
        """The run's final status once known; ``None`` if its watch stopped or was removed."""
        future = self._finished.get(run_id)
        if future is None:
            raise KeyError(run_id)
        return await asyncio.shield(future)

    async def updates(self) -> AsyncIterator[WatchUpdate]:
        """Every update from now on, until the list is closed."""
        queue: asyncio.Queue[WatchUpdate | None] = asyncio.Queue()
        self._subscribers.append(queue)
        try:
            while not self._closed or not queue.empty():
                item = await queue.get()
                if item is None:
                    return
                yield item
        finally:
            with contextlib.suppress(ValueError):
                self._subscribers.remove(queue)

    async def aclose(self) -> None:
        """Cancel every watch and wait for it; ends every ``updates()`` iterator."""
        self._closed = True
        await self._tasks.aclose()
        for future in self._finished.values():
            if not future.done():
                future.set_result(None)
        for queue in self._subscribers:
            queue.put_nowait(None)

    def _publish(self, update: WatchUpdate) -> None:
        if update.run_id not in self._entries:
            return  # removed while a poll was on its way
        self._latest[update.run_id] = update
        for queue in self._subscribers:
            queue.put_nowait(update)
        if self._on_update is not None:
            self._on_update(update)

    async def _run(self, run_id: str) -> None:
        entry = self._entries[run_id]
        result: RunStatus | None = None
        try:
            result = await self._watcher.watch(
                run_id,
                entry.poll_url,
                self._publish,
                started_at=entry.started_at,
                estimated_seconds=entry.estimated_seconds,
                first_delay=entry.first_delay,
            )
        except FloraError:
            pass  # already published as a stopped update; the task itself succeeds
        finally:
            future = self._finished.get(run_id)
            if future is not None and not future.done():
                future.set_result(result)


def _task_key(run_id: str) -> str:
    return f"watch:{run_id}"
