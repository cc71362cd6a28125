"""Runs this app started, watched to the end and remembered: watch list and history together.

``RunTracker`` is the one place that turns "a run started" into a history row and a watch,
stores every status change, picks unfinished runs up again after a restart and merges
FLORA's own list. It is plain asyncio; the Runs panel listens through ``on_change``.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from flora_desktop.api.errors import FloraError
from flora_desktop.api.models import RunStart, Technique, TechniqueRun, Workspace
from flora_desktop.services.history import MergeResult, RunRecord, sync_server_history
from flora_desktop.services.rerun import RerunRequest
from flora_desktop.services.settings import DEFAULT_PROFILE_ID
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.services.watch import (
    DEFAULT_POLL_INTERVAL,
    RunWatcher,
    RunWatchList,
    WatchUpdate,
)

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient
    from flora_desktop.services.history import HistoryStore
    from flora_desktop.services.submit import SubmitOutcome

__all__ = ["RunTracker", "StartedRun", "TrackedRun"]

log = logging.getLogger(__name__)

# What a broken history file raises; the runs are still watched, only not remembered.
_STORE_ERRORS = (sqlite3.Error, OSError)


@dataclass(frozen=True)
class StartedRun:
    """A run to watch: what was started, where, with which inputs (never the key).

    Built from the launcher's answer (``start``; or ``found`` after "already started") or
    from a history row after a restart. ``started_at`` is epoch seconds on our clock;
    ``run_cost`` is the technique's price per run when known.
    """

    run_id: str
    technique_id: str
    workspace_id: str
    inputs: Mapping[str, Any] | None
    technique_name: str = ""
    workspace_name: str = ""
    idempotency_key: str | None = None
    start: RunStart | None = None
    found: TechniqueRun | None = None
    run_cost: float | None = None
    poll_url: str | None = None
    estimated_seconds: float | None = None
    started_at: float = field(default_factory=time.time)

    def __post_init__(self) -> None:
        if self.inputs is not None:
            object.__setattr__(self, "inputs", MappingProxyType(dict(self.inputs)))
        if self.start is not None:
            if self.poll_url is None:
                object.__setattr__(self, "poll_url", self.start.poll_url)
            if self.estimated_seconds is None:
                object.__setattr__(self, "estimated_seconds", self.start.estimated_seconds)
        elif self.found is not None and self.poll_url is None:
            object.__setattr__(self, "poll_url", self.found.poll_url)

    def __repr__(self) -> str:
        return f"StartedRun(run_id={self.run_id!r}, technique_id={self.technique_id!r})"

    @classmethod
    def from_outcome(
        cls, outcome: SubmitOutcome, technique: Technique, workspace: Workspace | None
    ) -> StartedRun | None:
        """What the launcher just started (or found already started); ``None`` if unknown."""
        submission = outcome.submission
        run_id = outcome.run_id
        if run_id is None:
            return None
        return cls(
            run_id=run_id,
            technique_id=submission.technique_id,
            workspace_id=submission.workspace_id,
            inputs=submission.inputs,
            technique_name=technique.name,
            workspace_name=workspace.name if workspace is not None else "",
            idempotency_key=submission.idempotency_key,
            start=outcome.run,
            found=outcome.found,
            run_cost=technique.run_cost,
            started_at=submission.sent_at,
        )

    @classmethod
    def from_record(cls, record: RunRecord) -> StartedRun:
        """A history row, to be watched again."""
        return cls(
            run_id=record.run_id,
            technique_id=record.technique_id or "",
            workspace_id=record.workspace_id or "",
            inputs=record.inputs,
            technique_name=record.technique_name,
            workspace_name=record.workspace_name,
            idempotency_key=record.idempotency_key,
            poll_url=record.poll_url,
            estimated_seconds=record.estimated_seconds,
            started_at=record.started_at,
        )

    def rerun(self) -> RerunRequest | None:
        """What "Run again" / "Open in editor" puts back; ``None`` without known inputs."""
        if self.inputs is None or not self.technique_id:
            return None
        return RerunRequest(
            technique_id=self.technique_id,
            inputs=self.inputs,
            technique_name=self.technique_name,
            run_cost=self.run_cost,
            workspace_id=self.workspace_id or None,
        )


@dataclass(frozen=True)
class TrackedRun:
    """One row of the Runs panel: the run as started and its latest reported state."""

    run: StartedRun
    update: WatchUpdate | None = None

    @property
    def run_id(self) -> str:
        return self.run.run_id

    @property
    def status(self) -> str:
        return self.update.status if self.update is not None else "pending"

    @property
    def progress(self) -> float:
        return self.update.progress if self.update is not None else 0.0

    @property
    def done(self) -> bool:
        return self.update is not None and self.update.done

    def elapsed(self, now: float) -> float:
        """Seconds since it started: live while it runs, FLORA's own duration once done."""
        if self.done and self.update is not None:
            return self.update.elapsed
        return max(0.0, now - self.run.started_at)

    def remaining(self, now: float) -> float | None:
        """Seconds left by the estimate; ``None`` when unknown, done or overdue."""
        estimate = self.run.estimated_seconds
        if estimate is None or self.done:
            return None
        left = estimate - self.elapsed(now)
        return left if left > 0 else None


ChangeCallback = Callable[[TrackedRun], None]


class RunTracker:
    """Watches started runs to the end and keeps the history up to date.

    ``on_change(tracked)`` is called for every new run and every reported change;
    ``on_history_changed()`` after each write to the history. ``interval`` is the pause
    between polls (the contract's 2 s; tests pass less). ``aclose()`` stops every watch.
    ``profile_id`` with the client's server is the account: only its runs are read, written
    and watched (two profiles on one server never see each other's runs).
    """

    def __init__(
        self,
        client: FloraClient,
        history: HistoryStore,
        *,
        interval: float = DEFAULT_POLL_INTERVAL,
        on_change: ChangeCallback | None = None,
        on_history_changed: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.time,
        profile_id: str = DEFAULT_PROFILE_ID,
    ) -> None:
        self._client = client
        self.profile_id = profile_id
        self._history = history
        self._clock = clock
        self.on_change = on_change
        self.on_history_changed = on_history_changed
        watcher = RunWatcher(client, interval=interval, clock=clock)
        self._watch = RunWatchList(watcher, self._on_update)
        self._runs: dict[str, TrackedRun] = {}
        self._tasks = TaskOwner()
        self._closed = False

    @property
    def base_url(self) -> str:
        return self._client.base_url

    @property
    def history(self) -> HistoryStore:
        return self._history

    @property
    def runs(self) -> tuple[TrackedRun, ...]:
        """Every run tracked since start-up, oldest first."""
        return tuple(self._runs.values())

    def get(self, run_id: str) -> TrackedRun | None:
        return self._runs.get(run_id)

    def watching(self, run_id: str) -> bool:
        return self._watch.watching(run_id)

    def known_cost(self, technique_id: str) -> float | None:
        """The price per run of a technique started this session, if any was."""
        for tracked in reversed(self._runs.values()):
            if tracked.run.technique_id == technique_id and tracked.run.run_cost is not None:
                return tracked.run.run_cost
        return None

    async def track(self, run: StartedRun) -> bool:
        """Remember ``run`` in the history, then watch it; ``False`` if already tracked."""
        if self._closed or run.run_id in self._runs:
            return False
        self._runs[run.run_id] = TrackedRun(run)
        self._changed(self._runs[run.run_id])
        await self._record_start(run)
        self._start_watch(run)
        return True

    async def resume(self) -> int:
        """Watch again the runs the history has as unfinished for this server."""
        try:
            records = await self._history.unfinished(self.base_url, profile_id=self.profile_id)
        except _STORE_ERRORS as exc:
            log.warning("could not read the run history: %s", type(exc).__name__)
            return 0
        count = 0
        for record in records:
            if self._closed or record.run_id in self._runs:
                continue
            run = StartedRun.from_record(record)
            self._runs[run.run_id] = TrackedRun(run)
            self._changed(self._runs[run.run_id])
            self._start_watch(run)
            count += 1
        if count:
            log.info("watching %d unfinished run(s) again", count)
        return count

    async def sync(self, workspace_names: Mapping[str, str] | None = None) -> MergeResult | None:
        """Merge FLORA's run list into the history; ``None`` if it could not be read."""
        try:
            result = await sync_server_history(
                self._history,
                self._client,
                workspace_names=workspace_names,
                profile_id=self.profile_id,
            )
        except FloraError as exc:
            log.info("could not read FLORA's run list: %s", type(exc).__name__)
            return None
        except _STORE_ERRORS as exc:
            log.warning("could not merge FLORA's run list: %s", type(exc).__name__)
            return None
        self._history_changed()
        return result

    async def aclose(self) -> None:
        """Stop every watch and wait for pending history writes."""
        self._closed = True
        await self._watch.aclose()
        # A run's last status may still be on its way to the history: let it land.
        await self._tasks.wait("store:")
        await self._tasks.aclose()

    # --- internals --------------------------------------------------------------------

    def _start_watch(self, run: StartedRun) -> None:
        if self._closed:
            return
        self._watch.add(
            run.run_id,
            poll_url=run.poll_url,
            started_at=run.started_at,
            estimated_seconds=run.estimated_seconds,
        )

    async def _record_start(self, run: StartedRun) -> None:
        try:
            await self._history.record_start(
                base_url=self.base_url,
                run_id=run.run_id,
                technique_id=run.technique_id,
                workspace_id=run.workspace_id,
                inputs=run.inputs or {},
                technique_name=run.technique_name,
                workspace_name=run.workspace_name,
                idempotency_key=run.idempotency_key,
                start=run.start,
                started_at=run.started_at,
                profile_id=self.profile_id,
            )
        except _STORE_ERRORS as exc:
            log.warning("could not record run %s: %s", run.run_id, type(exc).__name__)
            return
        self._history_changed()

    def _on_update(self, update: WatchUpdate) -> None:
        tracked = self._runs.get(update.run_id)
        if tracked is None:
            return
        previous = tracked.update
        tracked = replace(tracked, update=update)
        self._runs[update.run_id] = tracked
        self._changed(tracked)
        status_changed = previous is None or (
            previous.status,
            previous.progress,
        ) != (update.status, update.progress)
        if update.run is not None and status_changed and not self._closed:
            # Latest wins per run: an older progress write is not worth waiting for.
            self._tasks.spawn(f"store:{update.run_id}", self._store(update))

    async def _store(self, update: WatchUpdate) -> None:
        assert update.run is not None
        try:
            await self._history.update_status(
                update.run, base_url=self.base_url, profile_id=self.profile_id
            )
        except _STORE_ERRORS as exc:
            log.warning("could not store the status of %s: %s", update.run_id, type(exc).__name__)
            return
        except RuntimeError:
            return  # the store closed during shut-down
        self._history_changed()

    def _changed(self, tracked: TrackedRun) -> None:
        if self.on_change is not None:
            self.on_change(tracked)

    def _history_changed(self) -> None:
        if self.on_history_changed is not None:
            self.on_history_changed()
