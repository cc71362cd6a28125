"""Running a batch: one technique over many rows, a few at a time, each row billed at most once.

``BatchRunner.run()`` works through a stored batch (``batch_store``) with ``concurrency``
rows in progress at a time (a row holds its place from its start until its run ends):

- Before a row's request leaves, the row is committed as ``sending`` and its press written
  to the ``submissions`` journal (billing's record, ``services/submissions.py``), both with
  the row's own idempotency key. A crash from then on leaves the key on disk.
- 5xx, dropped connections and garbled answers retry the row with the *same* key; 409 means
  FLORA already has it, so its run is looked up instead (below). A 429 pauses the whole
  batch for its Retry-After. A 402 stops the batch: rows not started stay ``waiting``, "not
  started — nothing charged". 401/403/404 stop it with the reason; a 400/422 fails only
  that row (FLORA refused it, nothing charged).
- A started row is watched (``RunWatcher``) to its end, its outputs saved as
  ``<source> - <technique>.<ext>`` and ``manifest.csv`` rewritten atomically.
- ``pause()``/``resume()`` hold and release new starts; ``cancel()`` starts nothing more,
  lets requests already sent be answered (or looked up) and stops watching, so no row is left
  unknown. ``run()`` again (after a cancel, a stop or a crash) resumes: rows that may have
  left are resent with their key or looked up, never started a second time.

Looking a run up (409, or a row found ``sending``): FLORA's answer to a reused key carries no
run id, so the run is taken from ``GET /technique-runs`` among runs not already owned by a
row or a press. To keep that match exact, it waits until no request is in flight and no row
is unsure, so the only unowned runs are those of the rows being matched; they are paired in
the order they were sent. A client with ``max_retries=0`` lets the batch see every 429.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from flora_desktop.api.errors import (
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    FloraError,
    IdempotencyDuplicateError,
    InsufficientCreditsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from flora_desktop.services.batch_store import (
    Batch,
    BatchRow,
    BatchState,
    BatchStore,
)
from flora_desktop.services.failures import explain_run
from flora_desktop.services.manifest import write_manifest
from flora_desktop.services.outputs import OutputSaveError
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase
from flora_desktop.services.submit import JournalUnavailable, Submission, created_no_run

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient
    from flora_desktop.api.models import RunStatus, TechniqueRun
    from flora_desktop.services.batch_outputs import BatchOutputSaver
    from flora_desktop.services.submissions import SubmissionJournal
    from flora_desktop.services.watch import RunWatcher

__all__ = [
    "DEFAULT_CONCURRENCY",
    "MAX_CONCURRENCY",
    "BatchProgress",
    "BatchRunner",
]

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 3
MAX_CONCURRENCY = 20
# FLORA remembers a key for 2 h (CONTRACT §9.7); past this, a resend could start a new run.
RESEND_WINDOW_SECONDS = 100 * 60
# A 429 without Retry-After waits this long before the batch goes on.
DEFAULT_RATE_WAIT = 5.0
# Tries of one row through 5xx and dropped connections before the batch stops.
MAX_SEND_ATTEMPTS = 8
SEND_BACKOFF_START = 0.5
SEND_BACKOFF_MAX = 15.0
# Tries of a look-up that finds fewer runs than rows (FLORA's list may lag a moment).
LOOKUP_ATTEMPTS = 6
LOOKUP_PAGE = 100
LOOKUP_MAX_RUNS = 1000
CLOCK_SKEW_SECONDS = 120.0

_CTX = "Batch"
STOP_CREDITS = QT_TRANSLATE_NOOP(
    _CTX,
    "FLORA says the workspace is out of credits, so the batch stopped. Rows not started were "
    "not charged; add credits and start the batch again to finish them.",
)
STOP_FORBIDDEN = QT_TRANSLATE_NOOP(
    _CTX, "FLORA refused this workspace for your key, so the batch stopped: {reason}"
)
STOP_NOT_FOUND = QT_TRANSLATE_NOOP(
    _CTX,
    "FLORA could not find the technique or the workspace, so the batch stopped: {reason}",
)
STOP_KEY = QT_TRANSLATE_NOOP(
    _CTX, "FLORA refused the API key, so the batch stopped. Sign in again, then resume it."
)
STOP_UNREACHABLE = QT_TRANSLATE_NOOP(
    _CTX,
    "FLORA could not be reached after several tries, so the batch stopped. Start it again "
    "to resume: no row will be started twice.",
)
STOP_DISK = QT_TRANSLATE_NOOP(
    _CTX,
    "The batch could not be written to disk, so nothing more was sent (a crash could "
    "otherwise bill twice). Free some space, then resume it.",
)
STOP_LOST = QT_TRANSLATE_NOOP(
    _CTX,
    "FLORA accepted some rows but their runs could not be found yet. Start the batch again "
    "in a minute to look again; they will not be started twice.",
)
STOP_CANCELLED = QT_TRANSLATE_NOOP(
    _CTX, "Cancelled. Rows not started were not charged; start the batch again to finish."
)
ROW_REFUSED = QT_TRANSLATE_NOOP(_CTX, "FLORA refused this row, nothing was charged: {reason}")
ROW_NOT_SAVED = QT_TRANSLATE_NOOP(_CTX, "The run finished but its outputs were not saved: {why}")
ROW_WATCH_FAILED = QT_TRANSLATE_NOOP(_CTX, "The run could not be followed to its end: {reason}")


@dataclass(frozen=True)
class BatchProgress:
    """Counts for a progress bar: rows by state, and why the batch waits or stopped."""

    total: int
    completed: int
    failed: int
    in_progress: int
    waiting: int
    paused: bool = False
    rate_limited_for: float = 0.0
    stop_reason: Phrase | None = None

    @property
    def ended(self) -> int:
        return self.completed + self.failed


@dataclass
class _Matching:
    """Rows FLORA has (409) whose run id is still unknown, and rows that may have left."""

    unmatched: set[int] = field(default_factory=set)
    unsure: set[int] = field(default_factory=set)
    sending: int = 0


class BatchRunner:
    """Runs one stored batch to its end (or until it is stopped); see the module docstring."""

    def __init__(
        self,
        client: FloraClient,
        store: BatchStore,
        journal: SubmissionJournal,
        batch: Batch,
        watcher: RunWatcher,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        saver: BatchOutputSaver | None = None,
        manifest_dir: Path | None = None,
        on_change: Callable[[BatchRow, BatchProgress], None] | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if not 1 <= concurrency <= MAX_CONCURRENCY:
            raise ValueError(f"concurrency must be 1–{MAX_CONCURRENCY}")
        self._client = client
        self._store = store
        self._journal = journal
        self.batch = batch
        self._watcher = watcher
        self.concurrency = concurrency
        self._saver = saver
        self._manifest_dir = manifest_dir
        self._on_change = on_change
        self._clock = clock
        self._sleep = sleep
        self._rows: dict[int, BatchRow] = {}
        self._go = asyncio.Event()
        self._go.set()
        self._rate_until = 0.0
        self._stop: Phrase | None = None
        self._cancelled = False
        self._matching = _Matching()
        self._changed = asyncio.Condition()
        self._match_lock = asyncio.Lock()
        self._manifest_lock = asyncio.Lock()
        self._watches: set[asyncio.Task[RunStatus]] = set()
        self._background: set[asyncio.Future[None]] = set()

    def __repr__(self) -> str:
        return f"BatchRunner({self.batch.batch_id!r}, concurrency={self.concurrency})"

    # --- control ---------------------------------------------------------------------------

    @property
    def rows(self) -> list[BatchRow]:
        return [self._rows[i] for i in sorted(self._rows)]

    @property
    def stop_reason(self) -> Phrase | None:
        return self._stop

    def pause(self) -> None:
        """Start no more rows until ``resume()``; rows already started go on."""
        self._go.clear()
        self._report(None)

    def resume(self) -> None:
        self._go.set()
        self._report(None)

    def cancel(self) -> None:
        """Start nothing more; requests in flight are answered or looked up, watching stops."""
        self._cancelled = True
        self._halt(STOP_CANCELLED)
        self._go.set()
        for task in list(self._watches):
            task.cancel()

    def progress(self) -> BatchProgress:
        rows = self._rows.values()
        return BatchProgress(
            total=len(self._rows),
            completed=sum(r.state == "completed" for r in rows),
            failed=sum(r.state == "failed" for r in rows),
            in_progress=sum(r.state in ("sending", "accepted", "running") for r in rows),
            waiting=sum(r.state == "waiting" for r in rows),
            paused=not self._go.is_set(),
            rate_limited_for=max(0.0, self._rate_until - time.monotonic()),
            stop_reason=self._stop,
        )

    # --- the run ---------------------------------------------------------------------------

    async def run(self) -> BatchProgress:
        """Work through every row not ended; returns the final counts (``stop_reason`` set
        when rows are left: run again to resume)."""
        self._stop = None
        self._cancelled = False
        self._rows = {row.index: row for row in await self._store.rows(self.batch.batch_id)}
        await self._store.set_state(self.batch.batch_id, "running")
        queue = await self._prepare()
        workers = [asyncio.create_task(self._worker(queue)) for _ in range(self.concurrency)]
        try:
            await asyncio.gather(*workers)
        finally:
            for worker in workers:
                worker.cancel()
            for watch in list(self._watches):
                watch.cancel()
        if self._matching.unmatched and self._stop is None:
            self._halt(STOP_LOST)
        await self._write_manifest()
        progress = self.progress()
        if progress.ended == progress.total:
            await self._store.set_state(self.batch.batch_id, "ended")
        else:
            state: BatchState = "cancelled" if self._cancelled else "stopped"
            reason = self._stop or STOP_LOST
            self._stop = reason
            await self._store.set_state(self.batch.batch_id, state, str(reason))
        return self.progress()

    async def _prepare(self) -> deque[int]:
        """Order the work: rows that may already have a run go first, then the rest."""
        first: list[int] = []
        rest: list[int] = []
        now = self._clock()
        for index, row in sorted(self._rows.items()):
            if row.ended:
                continue
            if row.state in ("sending", "accepted") and row.run_id is None:
                known = await self._store.run_for_key(row.idempotency_key)
                if known is not None:
                    row = await self._set(row, state="running", run_id=known)
            if row.state == "sending":
                stale = row.first_sent_at is not None and (
                    now - row.first_sent_at > RESEND_WINDOW_SECONDS
                )
                # Too old to resend safely: FLORA may have forgotten the key. Look it up.
                if stale:
                    row = await self._set(row, state="accepted")
                else:
                    self._matching.unsure.add(index)
            (first if row.state != "waiting" else rest).append(index)
        return deque(first + rest)

    async def _worker(self, queue: deque[int]) -> None:
        while queue:
            index = queue[0]
            if self._rows[index].state == "waiting":
                # Rows that may already have a run go on after a stop; new rows do not.
                if self._stop is not None:
                    return
                await self._gate()
                if self._stop is not None:
                    return
                if not queue or queue[0] != index:
                    continue  # another worker took it meanwhile
            queue.popleft()
            await self._process(index)

    async def _gate(self) -> None:
        """Wait while paused, rate limited or matching runs (new rows only)."""
        while self._stop is None:
            if not self._go.is_set():
                await self._go.wait()
                continue
            wait = self._rate_until - time.monotonic()
            if wait > 0:
                await self._sleep(wait)
                continue
            if self._matching.unmatched:
                async with self._changed:
                    await self._changed.wait_for(
                        lambda: not self._matching.unmatched or self._stop is not None
                    )
                continue
            return

    async def _process(self, index: int) -> None:
        row = self._rows[index]
        if row.state in ("waiting", "sending"):
            row = await self._start(row)
        if row.state == "accepted":
            row = await self._match(row)
        if row.state == "running" and not self._cancelled:
            row = await self._finish(row)
        if row.ended:
            await self._write_manifest()

    # --- starting one row --------------------------------------------------------------------

    async def _start(self, row: BatchRow) -> BatchRow:
        attempts = 0
        while True:
            if row.state == "waiting" and self._stop is not None:
                return row
            if attempts and not self._cancelled:
                await self._wait_rate()
            sent_at = row.first_sent_at or self._clock()
            submission = Submission(
                technique_id=self.batch.technique_id,
                workspace_id=self.batch.workspace_id,
                inputs=row.inputs,
                idempotency_key=row.idempotency_key,
                sent_at=sent_at,
                technique_name=self.batch.technique_name,
                workspace_name=self.batch.workspace_name,
            )
            try:
                # Both on disk before the request leaves (CONTRACT §9.7).
                row = await self._set(row, state="sending", first_sent_at=sent_at)
                await self._journal.write(submission)
            except (JournalUnavailable, OSError, RuntimeError) as exc:
                log.warning("batch row %s not noted: %s", row.index, type(exc).__name__)
                self._halt(STOP_DISK)
                return row
            attempts += 1
            self._matching.sending += 1
            try:
                start = await self._client.runs.start_technique(
                    technique_id=self.batch.technique_id,
                    workspace_id=self.batch.workspace_id,
                    inputs=dict(row.inputs),
                    idempotency_key=row.idempotency_key,
                )
            except IdempotencyDuplicateError:
                await self._settled_send(row.index)
                log.info("batch row %s already accepted; looking its run up", row.index)
                self._matching.unmatched.add(row.index)
                return await self._set(row, state="accepted")
            except RateLimitError as error:
                await self._settled_send(row.index)
                # Nothing was created: pause every row, then send this one again.
                self._rate_until = time.monotonic() + (
                    error.retry_after if error.retry_after is not None else DEFAULT_RATE_WAIT
                )
                self._report(row)
                continue
            except FloraError as error:
                stop_or_row = await self._after_error(row, submission, error, attempts)
                if stop_or_row is not None:
                    return stop_or_row
                continue
            await self._settled_send(row.index)
            await self._journal.answered(submission, start.run_id, start)
            return await self._set(row, state="running", run_id=start.run_id)

    async def _after_error(
        self, row: BatchRow, submission: Submission, error: FloraError, attempts: int
    ) -> BatchRow | None:
        """The row after a failed send, or ``None`` to send it again (same key)."""
        if not created_no_run(error):
            # Unsure: a run may exist. Resend with the same key after a pause.
            await self._settled_send(row.index, unsure=True)
            log.info("batch row %s: %s; sending again", row.index, type(error).__name__)
            if attempts >= MAX_SEND_ATTEMPTS or self._cancelled:
                self._halt(STOP_UNREACHABLE)
                return row
            delay = min(SEND_BACKOFF_START * 2 ** (attempts - 1), SEND_BACKOFF_MAX)
            await self._sleep(delay)
            return None
        await self._settled_send(row.index)
        await self._journal.no_run(submission.idempotency_key)
        reason = getattr(error, "message", "") or type(error).__name__
        if isinstance(error, InsufficientCreditsError):
            self._halt(STOP_CREDITS)
        elif isinstance(error, AuthenticationError | ConfigurationError):
            self._halt(STOP_KEY)
        elif isinstance(error, PermissionDeniedError):
            self._halt(STOP_FORBIDDEN.fill(reason=reason))
        elif isinstance(error, NotFoundError):
            self._halt(STOP_NOT_FOUND.fill(reason=reason))
        elif isinstance(error, BadRequestError | UnprocessableEntityError):
            fields = "; ".join(f"{f.field}: {f.message}" for f in getattr(error, "fields", ()))
            return await self._set(
                row, state="failed", error=str(ROW_REFUSED.fill(reason=fields or reason))
            )
        else:
            return await self._set(row, state="failed", error=str(ROW_REFUSED.fill(reason=reason)))
        # Stopped: this row was not created, so it waits (nothing charged) with a new start.
        return await self._set(row, state="waiting", first_sent_at=None)

    async def _settled_send(self, index: int, *, unsure: bool = False) -> None:
        self._matching.sending -= 1
        if unsure:
            self._matching.unsure.add(index)
        else:
            self._matching.unsure.discard(index)
        async with self._changed:
            self._changed.notify_all()

    async def _wait_rate(self) -> None:
        while (wait := self._rate_until - time.monotonic()) > 0 and not self._cancelled:
            await self._sleep(wait)

    # --- finding the run of an accepted row ---------------------------------------------------

    async def _match(self, row: BatchRow) -> BatchRow:
        self._matching.unmatched.add(row.index)
        async with self._match_lock:
            if row.index in self._matching.unmatched:
                await self._quiet()
                for attempt in range(LOOKUP_ATTEMPTS):
                    try:
                        await self._look_up()
                    except FloraError as exc:
                        log.info("batch look-up failed: %s", type(exc).__name__)
                    if not self._matching.unmatched:
                        break
                    await self._sleep(min(0.2 * 2**attempt, 5.0))
        async with self._changed:
            self._changed.notify_all()
        return self._rows[row.index]

    async def _quiet(self) -> None:
        """Until no request is in flight and no other row may own an unknown run."""

        def quiet() -> bool:
            m = self._matching
            return m.sending == 0 and (not (m.unsure - m.unmatched) or self._stop is not None)

        async with self._changed:
            await self._changed.wait_for(quiet)

    async def _look_up(self) -> None:
        pending = sorted(
            (self._rows[i] for i in self._matching.unmatched),
            key=lambda r: (r.first_sent_at or 0.0, r.index),
        )
        if not pending:
            return
        for row in pending:
            known_run = await self._store.run_for_key(row.idempotency_key)
            if known_run is not None:
                await self._matched(row, known_run)
        pending = [self._rows[r.index] for r in pending if r.index in self._matching.unmatched]
        if not pending:
            return
        earliest_ms = (min(r.first_sent_at or 0.0 for r in pending) - CLOCK_SKEW_SECONDS) * 1000
        owned = await self._store.known_run_ids()
        candidates: list[TechniqueRun] = []
        history = self._client.technique_runs.list(
            workspace_id=self.batch.workspace_id,
            technique_id=self.batch.technique_id,
            limit=LOOKUP_PAGE,
        )
        seen = 0
        try:
            async for run in history:
                seen += 1
                created = _as_ms(run.created_at) if run.created_at is not None else None
                if created is not None and created < earliest_ms:
                    break  # newest first: everything further is older
                if run.run_id not in owned:
                    candidates.append(run)
                if seen >= LOOKUP_MAX_RUNS:
                    break
        finally:
            aclose = getattr(history, "aclose", None)
            if aclose is not None:
                await aclose()
        candidates.sort(key=lambda r: (_as_ms(r.created_at or 0.0), r.run_id))
        for row, run in zip(pending, candidates, strict=False):
            await self._matched(row, run.run_id)

    async def _matched(self, row: BatchRow, run_id: str) -> None:
        submission = Submission(
            technique_id=self.batch.technique_id,
            workspace_id=self.batch.workspace_id,
            inputs=row.inputs,
            idempotency_key=row.idempotency_key,
            sent_at=row.first_sent_at or self._clock(),
            technique_name=self.batch.technique_name,
            workspace_name=self.batch.workspace_name,
        )
        await self._journal.answered(submission, run_id)
        await self._set(row, state="running", run_id=run_id)
        self._matching.unmatched.discard(row.index)
        self._matching.unsure.discard(row.index)

    # --- watching one run to its end ---------------------------------------------------------

    async def _finish(self, row: BatchRow) -> BatchRow:
        assert row.run_id is not None
        task = asyncio.ensure_future(self._watcher.watch(row.run_id, started_at=row.first_sent_at))
        self._watches.add(task)
        try:
            status = await task
        except asyncio.CancelledError:
            if self._cancelled:
                return row  # running, with its run id: the next start watches it again
            raise
        except FloraError as watch_error:
            reason = getattr(watch_error, "message", "") or type(watch_error).__name__
            return await self._set(
                row, state="failed", error=str(ROW_WATCH_FAILED.fill(reason=reason))
            )
        finally:
            self._watches.discard(task)
        # Keep the History's copy current: a batch run is a run like any other.
        with contextlib.suppress(sqlite3.Error, OSError, RuntimeError):
            await self._store.record_status(status)
        saved: list[Path] = []
        error: str | None = None
        if status.status == "completed" and self._saver is not None and status.outputs:
            try:
                saved = await self._saver.save(
                    row.source_name or f"row {row.index}", status.outputs
                )
            except (OutputSaveError, OSError) as exc:
                error = str(ROW_NOT_SAVED.fill(why=str(exc) or type(exc).__name__))
        if status.status == "failed":
            advice = explain_run(status)
            error = advice.sentence if advice is not None else status.error_message
        return await self._set(
            row,
            state="completed" if status.status == "completed" else "failed",
            cost=status.charged_cost,
            outputs=status.outputs,
            saved=tuple(str(p) for p in saved),
            error=error,
        )

    # --- bookkeeping -------------------------------------------------------------------------

    async def _set(self, row: BatchRow, **changes: object) -> BatchRow:
        row = await self._store.update_row(row, **changes)
        self._rows[row.index] = row
        self._report(row)
        return row

    def _halt(self, reason: Phrase) -> None:
        if self._stop is None:
            log.info("batch %s stopped: %s", self.batch.batch_id, reason.template)
            self._stop = reason
        self._go.set()
        # Wake anything waiting for a match or a quiet moment: it re-checks the stop.
        task = asyncio.ensure_future(self._notify())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _report(self, row: BatchRow | None) -> None:
        if self._on_change is not None and row is not None:
            self._on_change(row, self.progress())

    async def _write_manifest(self) -> None:
        if self._manifest_dir is None:
            return
        async with self._manifest_lock:
            try:
                await write_manifest(self._manifest_dir, self.rows)
            except OSError as exc:
                log.warning("manifest not written: %s", type(exc).__name__)


def _as_ms(timestamp: float) -> float:
    """Run timestamps are probably epoch ms; small values are seconds (CONTRACT §12 Q3)."""
    return timestamp * 1000.0 if timestamp < 1e11 else timestamp
