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

One request at a time: rows run concurrently, but their start requests go out one by one
(a start takes milliseconds; a run takes minutes). So at most one row is ever unsure whether
FLORA made its run, and it is settled (sent again with its key until FLORA answers) before
any other row is sent. FLORA's answer to a reused key carries no run id, and its run list
shows neither keys nor inputs; the run is then matched only when it is the one run created
while the row's requests were on their way that nothing on this computer owns, with no
other open press of that moment (``_look_up``). After a crash the same holds: at most one
row was ``sending``. A client with ``max_retries=0`` lets the batch see every 429 (and pause
every row for it).

Rows whose run may exist are never started with a new key (``BatchRow.retryable``):
- a run whose status this app does not know, or whose polls cannot tell, is watched a
  bounded while, then its row stays ``running`` with a plain note (``unclear``) and the
  batch stops; Resume checks on it again;
- a row unsure past its key's lifetime (FLORA forgets keys after 2 h, §9.7) that no
  look-up matched ends ``failed`` *in doubt*: its note says when it was sent and to look
  in History before running it again; "Retry failed rows" leaves it alone;
- a run FLORA says is working for ever is watched at most ``MAX_WATCH_SECONDS`` at a time,
  then its row is ``unclear`` like the above (its place goes to the next row);
- a refused *resend* proves nothing of the send before it: the row is looked up (or, run
  again from in doubt, is in doubt again), never "nothing charged";
- no resend leaves once its key may be forgotten (a press "sent" in the future, a pause
  the computer slept through): the row is looked up instead;
- a waiting row is read again before it is sent: another runner of the batch (the window
  and ``flora-desktop batch`` at once) may have sent it, or ended and retried it.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import sqlite3
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from flora_desktop.services.batch_listing import runs_back_to
from flora_desktop.services.batch_match import CLOCK_SKEW_SECONDS, MatchWindow, the_rows_run
from flora_desktop.services.batch_sources import local_file
from flora_desktop.services.batch_store import (
    Batch,
    BatchRow,
    BatchState,
    BatchStore,
)
from flora_desktop.services.failures import explain_run
from flora_desktop.services.manifest import write_manifest
from flora_desktop.services.outputs import OutputSaveError, output_url_policy
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase
from flora_desktop.services.submit import (
    RESEND_WINDOW_SECONDS,
    JournalUnavailable,
    Submission,
    created_no_run,
)
from flora_desktop.services.uploads import AssetUploader, UploadRefused
from flora_desktop.services.watch import describe_poll_error

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient
    from flora_desktop.api.models import RunOutput, RunStart, RunStatus
    from flora_desktop.services.batch_outputs import BatchOutputSaver
    from flora_desktop.services.submissions import SubmissionJournal
    from flora_desktop.services.watch import RunWatcher

__all__ = [
    "DEFAULT_CONCURRENCY",
    "MAX_CONCURRENCY",
    "MAX_RATE_WAIT",
    "STOP_CANCELLED",
    "STOP_DISK",
    "STOP_NOT_DURABLE",
    "BatchProgress",
    "BatchRunner",
    "progress_of",
    "unsaved_outputs",
]

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 3
MAX_CONCURRENCY = 20
# Past RESEND_WINDOW_SECONDS (services/submit.py: FLORA may have forgotten the key) a row
# still unsure is only looked up, and if no run can be matched to it for sure it ends "in
# doubt" (``BatchRow.in_doubt``): said plainly, never sent again with a new key.
# A 429 without Retry-After waits this long before the batch goes on.
DEFAULT_RATE_WAIT = 5.0
# The longest a 429 holds the batch before it asks again: an absurd Retry-After (a proxy,
# a broken server) would otherwise hold it for years, or overflow Qt's timers (~24 days).
MAX_RATE_WAIT = 600.0
# Tries of one row through 5xx and dropped connections before the batch stops.
MAX_SEND_ATTEMPTS = 8
SEND_BACKOFF_START = 0.5
SEND_BACKOFF_MAX = 15.0
# Tries of a look-up that finds fewer runs than rows (FLORA's list may lag a moment).
LOOKUP_ATTEMPTS = 6
LOOKUP_PAGE = 100
LOOKUP_MAX_RUNS = 1000
# Watches in a row a run whose status this app does not know gets (each one polls it a
# few times, with growing pauses) before its row says so and the batch stops watching it.
UNCLEAR_WATCH_ROUNDS = 3
# The longest one row's run is watched at a time: FLORA saying "running" for ever (a stuck
# job) would otherwise hold the row's place for ever, and with a few such rows the batch
# would start nothing more, saying nothing. The row keeps its run; Resume watches it again.
MAX_WATCH_SECONDS = 3600.0
# Rows ending within this many seconds share one manifest write.
MANIFEST_DELAY = 0.25

STOP_CREDITS = QT_TRANSLATE_NOOP(
    "Batch",
    "FLORA says the workspace is out of credits, so the batch stopped. Rows not started were "
    "not charged; add credits and start the batch again to finish them.",
)
STOP_FORBIDDEN = QT_TRANSLATE_NOOP(
    "Batch", "FLORA refused this workspace for your key, so the batch stopped: {reason}"
)
STOP_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Batch",
    "FLORA could not find the technique or the workspace, so the batch stopped: {reason}",
)
STOP_KEY = QT_TRANSLATE_NOOP(
    "Batch", "FLORA refused the API key, so the batch stopped. Sign in again, then resume it."
)
STOP_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Batch",
    "FLORA could not be reached after several tries, so the batch stopped. Start it again "
    "to resume: no row will be started twice.",
)
STOP_DISK = QT_TRANSLATE_NOOP(
    "Batch",
    "The batch could not be written to disk, so nothing more was sent (a crash could "
    "otherwise bill twice). Free some space, then resume it.",
)
STOP_NOT_DURABLE = QT_TRANSLATE_NOOP(
    "Batch",
    "The run history on this computer cannot be saved right now, so the batch was not "
    "started (after a crash its rows could be billed twice). Free some space, then start "
    "it again.",
)
STOP_LOST = QT_TRANSLATE_NOOP(
    "Batch",
    "FLORA accepted some rows but their runs could not be found yet. Start the batch again "
    "in a minute to look again; they will not be started twice.",
)
STOP_UNCLEAR = QT_TRANSLATE_NOOP(
    "Batch",
    "FLORA did not say how some rows are going. They were not started again (that could "
    "charge them twice). Press Resume later to check on them, or look for them in History.",
)
STOP_CANCELLED = QT_TRANSLATE_NOOP(
    "Batch", "Cancelled. Rows not started were not charged; start the batch again to finish."
)
ROW_NO_UPLOAD = QT_TRANSLATE_NOOP("Batch", "This row names a file on this computer; use a link.")
ROW_UPLOAD_FAILED = QT_TRANSLATE_NOOP(
    "Batch", "“{name}” could not be uploaded, so the row was not started (nothing charged). {why}"
)
ROW_REFUSED = QT_TRANSLATE_NOOP("Batch", "FLORA refused this row, nothing was charged: {reason}")
ROW_NOT_SAVED = QT_TRANSLATE_NOOP("Batch", "The run finished but its outputs were not saved: {why}")
ROW_UNCLEAR = QT_TRANSLATE_NOOP(
    "Batch",
    "FLORA did not say how this row is going. {reason} Its run may still be working, and "
    "may be charged, so it will not be started again. Press Resume later to check on it, "
    "or look for it in History.",
)
UNCLEAR_STATUS = QT_TRANSLATE_NOOP("Batch", "It says “{status}”, a word this app does not know.")
STILL_WORKING = QT_TRANSLATE_NOOP("Batch", "It still said it was working after {minutes} minutes.")
# A status from the network is shown at most this long (a hostile one can be megabytes).
MAX_STATUS_SHOWN = 40
ROW_IN_DOUBT = QT_TRANSLATE_NOOP(
    "Batch",
    "This row was sent to FLORA at {time}, but the answer was lost and no run could be "
    "matched to it for sure. FLORA may have made it (and charged it), so it will not be "
    "started again on its own. Look in History for a run from about {time}; if there is "
    "none, nothing was charged and you can run the row again (Run again, in the batch "
    "window).",
)


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
    # Completed rows whose outputs are not saved yet (a full or missing folder): a resume
    # saves them, starting no run again.
    unsaved: int = 0
    # Why manifest.csv could not be written last time (None: it is current).
    manifest_error: str | None = None
    # Rows whose run may exist (and be billed) but whose end is not known: unclear (FLORA
    # did not say how it is going) or in doubt (no run matched for sure). Never retried.
    not_known: int = 0

    @property
    def ended(self) -> int:
        return self.completed + self.failed


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
        send_backoff: float = SEND_BACKOFF_START,
        uploader: AssetUploader | None = None,
        input_types: Mapping[str, str] | None = None,
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
        # One start request in flight at a time (see the module docstring).
        self._send_lock = asyncio.Lock()
        self._send_backoff = send_backoff
        self._answers: dict[int, tuple[Submission, RunStart]] = {}
        self._uploader = uploader
        self._input_types = dict(input_types or {})
        self._manifest_lock = asyncio.Lock()
        self._manifest_due: asyncio.Future[None] | None = None
        self._watches: set[asyncio.Task[RunStatus]] = set()
        self._manifest_error: str | None = None

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
        return progress_of(
            self._rows.values(),
            paused=not self._go.is_set(),
            rate_limited_for=max(0.0, self._rate_until - time.monotonic()),
            stop_reason=self._stop,
            unsaved=sum(self._needs_saving(r) for r in self._rows.values()),
            manifest_error=self._manifest_error,
        )

    def _needs_saving(self, row: BatchRow) -> bool:
        """A paid-for run whose outputs never reached the folder (it was full, gone)."""
        return self._saver is not None and unsaved_outputs(row)

    # --- the run ---------------------------------------------------------------------------

    async def run(self) -> BatchProgress:
        """Work through every row not ended; returns the final counts (``stop_reason`` set
        when rows are left: run again to resume)."""
        self._stop = None
        self._cancelled = False
        self._rows = {row.index: row for row in await self._store.rows(self.batch.batch_id)}
        if self._store.store.in_memory:
            # No key written now survives a crash: a rerun would make new keys, new runs.
            self._halt(STOP_NOT_DURABLE)
            return self.progress()
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
        if self._stop is None and any(r.state == "accepted" for r in self._rows.values()):
            self._halt(STOP_LOST)
        if self._stop is None and any(r.unclear for r in self._rows.values()):
            self._halt(STOP_UNCLEAR)
        if self._manifest_due is not None:
            self._manifest_due.cancel()
            self._manifest_due = None
        await self._write_manifest()
        progress = self.progress()
        # The rows are what count; a batch the disk leaves "running" resumes at next start.
        with contextlib.suppress(sqlite3.Error, OSError, RuntimeError):
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
        presses = await self._store.presses(self.batch.batch_id)
        for index, row in sorted(self._rows.items()):
            if row.ended:
                if self._needs_saving(row):
                    first.append(index)  # saved again; nothing is sent
                continue
            press = presses.get(row.idempotency_key)
            if row.state == "waiting" and press is not None and press[0] != "no_run":
                # Its press was written, so its request may have left before the crash.
                row = await self._set(row, state="sending", first_sent_at=press[1])
            if row.state in ("sending", "accepted") and row.run_id is None:
                known = await self._store.run_for_key(row.idempotency_key)
                if known is not None:
                    row = await self._set(row, state="running", run_id=known)
            stale = row.first_sent_at is not None and self._too_old_to_resend(row.first_sent_at)
            if row.state == "sending" and stale:
                # Too old to resend safely: FLORA may have forgotten the key. Look it up.
                row = await self._set(row, state="accepted")
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
            try:
                await self._process(index)
            except (sqlite3.Error, OSError, RuntimeError) as exc:
                # The history file refused a row's change (disk full, gone): send nothing
                # more. Every sent row's key is on disk, so a resume bills none twice.
                log.warning("batch row %s not recorded: %s", index, type(exc).__name__)
                self._halt(STOP_DISK)
                return

    async def _gate(self) -> None:
        """Wait while paused or rate limited (new rows only)."""
        while self._stop is None:
            if not self._go.is_set():
                await self._go.wait()
                continue
            wait = self._rate_until - time.monotonic()
            if wait > 0:
                await self._sleep(wait)
                continue
            return

    async def _process(self, index: int) -> None:
        row = self._rows[index]
        if row.state == "waiting":
            row = await self._sent_elsewhere(row)
        if row.state == "waiting":
            row = await self._upload_files(row)
        if row.state in ("waiting", "sending", "accepted"):
            async with self._send_lock:
                if row.state in ("waiting", "sending"):
                    row = await self._start(row)
                if row.state == "accepted":
                    row = await self._match(row)
        answer = self._answers.pop(index, None)
        if answer is not None:
            submission, start = answer
            # Records the run (with the row's key) in the history: the row's own copy of
            # the run id needs no write of its own, it is found again by key after a crash.
            await self._journal.answered(submission, start.run_id, start)
        if row.state == "running" and not self._cancelled:
            row = await self._finish(row)
        elif self._needs_saving(row):
            saved, error = await self._save(row, row.outputs)
            row = await self._set(row, saved=tuple(str(p) for p in saved), error=error)
        if row.ended:
            self._manifest_soon()

    async def _sent_elsewhere(self, row: BatchRow) -> BatchRow:
        """``row`` as it is now: another runner of this batch (the window and the command
        line at once) may have pressed it, or ended it and had it retried with a new key,
        since this one read it. Sent from the stale copy ("waiting", the old key) after
        FLORA forgot that key, it would be billed twice. A row pressed meanwhile is taken
        up as after a crash: watched, looked up or resent with its own key."""
        current = await self._store.row(row.batch_id, row.index) or row
        self._rows[row.index] = current
        if current.ended or current.run_id is not None:
            return current
        press = await self._store.press(current.idempotency_key)
        if press is None or press[0] == "no_run":
            return current
        log.info("batch row %s was sent by another runner; taking it up", row.index)
        known = await self._store.run_for_key(current.idempotency_key)
        if known is not None:
            return await self._set(current, state="running", run_id=known)
        sent_at = press[1]
        stale = self._too_old_to_resend(sent_at)
        return await self._set(
            current, state="accepted" if stale else "sending", first_sent_at=sent_at
        )

    # --- files on this computer -----------------------------------------------------------------

    async def _upload_files(self, row: BatchRow) -> BatchRow:
        """Upload the row's local files (not billed) and keep their links in the row."""
        files = {
            key: path
            for key, value in row.inputs.items()
            if key in self._input_types and (path := local_file(value)) is not None
        }
        if not files:
            return row
        if self._uploader is None:
            return await self._set(row, state="failed", error=str(ROW_NO_UPLOAD))
        inputs = dict(row.inputs)
        for key, path in files.items():
            try:
                asset = await self._uploader.upload(
                    path, workspace_id=self.batch.workspace_id, input_type=self._input_types[key]
                )
            except (UploadRefused, FloraError, OSError) as exc:
                reason = shown_text(exc)
                return await self._set(
                    row,
                    state="failed",
                    error=str(ROW_UPLOAD_FAILED.fill(name=path.name, why=reason)),
                )
            if not asset.url:
                return await self._set(
                    row, state="failed", error=str(ROW_UPLOAD_FAILED.fill(name=path.name, why=""))
                )
            inputs[key] = asset.url
        return await self._set(row, inputs=inputs)

    # --- starting one row --------------------------------------------------------------------

    async def _start(self, row: BatchRow) -> BatchRow:
        # Unsure sends so far; a row found "sending" at start may have a run already.
        failures = 0
        maybe_made = row.state == "sending"
        # Sent before (a row in doubt the user runs again with its own key): its first run
        # may exist, so a refusal now does not prove "nothing charged".
        sent_before = row.first_sent_at is not None
        # When the sends that may have made this row's run began (a row run again: now).
        series_began = row.first_sent_at if maybe_made else None
        while True:
            if self._stop is not None and not maybe_made:
                # Certainly not created: it waits, nothing charged.
                if row.state != "waiting":
                    row = await self._set(row, state="waiting", first_sent_at=None)
                return row
            if not self._cancelled:
                await self._wait_rate()
                if self._stop is not None and not maybe_made:
                    continue  # cancelled or stopped while waiting: this row is not sent
                if not self._go.is_set() and not maybe_made:
                    # Paused meanwhile: a row FLORA made nothing for yet waits for Resume.
                    await self._go.wait()
                    continue
            if maybe_made and series_began is not None and self._too_old_to_resend(series_began):
                # The pause before this resend outlived the key (the computer slept, a long
                # 429): FLORA may have forgotten it, and a resend could start a second,
                # billed run. The run an earlier send may have made is looked up instead.
                log.info("batch row %s: too late to resend; looking its run up", row.index)
                return await self._set(row, state="accepted")
            series_began = series_began or self._clock()
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
                # The press, with the row's key, is on disk before the request leaves
                # (CONTRACT §9.7); the row reads it back after a crash (``_prepare``).
                await self._journal.write(submission)
                row = await self._set(row, state="sending", first_sent_at=sent_at, durable=False)
            except (JournalUnavailable, OSError, RuntimeError) as exc:
                log.warning("batch row %s not noted: %s", row.index, type(exc).__name__)
                self._halt(STOP_DISK)
                return row
            try:
                start = await self._client.runs.start_technique(
                    technique_id=self.batch.technique_id,
                    workspace_id=self.batch.workspace_id,
                    inputs=dict(row.inputs),
                    idempotency_key=row.idempotency_key,
                )
            except IdempotencyDuplicateError:
                log.info("batch row %s already accepted; looking its run up", row.index)
                return await self._set(row, state="accepted")
            except RateLimitError as error:
                # Nothing was created: pause every row, then send this one again.
                wait = error.retry_after if error.retry_after is not None else DEFAULT_RATE_WAIT
                self._rate_until = time.monotonic() + min(wait, MAX_RATE_WAIT)
                self._report(row)
                continue
            except FloraError as error:
                if not created_no_run(error):
                    failures += 1
                    maybe_made = True
                elif sent_before:
                    # A row in doubt run again: FLORA refused this send, which says nothing
                    # of the first one (hours ago; its run may exist and be billed). In doubt
                    # again, its press left open: never "nothing charged", which Retry would
                    # bill with a new key; never looked up over the hours between, where
                    # one run of anybody's could pass for its.
                    log.info("batch row %s: resend refused; in doubt again", row.index)
                    self._halt_for(error)
                    sent = time.strftime("%Y-%m-%d %H:%M", time.localtime(row.first_sent_at or 0))
                    return await self._set(
                        row, state="failed", error=str(ROW_IN_DOUBT.fill(time=sent))
                    )
                elif maybe_made:
                    # This send was refused, but an earlier one with the same key may have
                    # made the run (its answer was lost): never "nothing charged", which a
                    # retry would bill again with a new key. Its run is looked up instead.
                    log.info("batch row %s: resend refused; looking its run up", row.index)
                    self._halt_for(error)
                    return await self._set(row, state="accepted")
                stop_or_row = await self._after_error(row, submission, error, failures)
                if stop_or_row is not None:
                    return stop_or_row
                continue
            # Recorded after the send lock is released (``_process``): until then the run id
            # lives here, and a crash before that finds the run again through its key.
            self._answers[row.index] = (submission, start)
            return await self._set(row, state="running", run_id=start.run_id, durable=False)

    async def _after_error(
        self, row: BatchRow, submission: Submission, error: FloraError, failures: int
    ) -> BatchRow | None:
        """The row after a failed send, or ``None`` to send it again (same key)."""
        if not created_no_run(error):
            # Unsure: a run may exist. Resend with the same key after a pause.
            log.info("batch row %s: %s; sending again", row.index, type(error).__name__)
            if failures >= MAX_SEND_ATTEMPTS:
                self._halt(STOP_UNREACHABLE)
                return row
            delay = min(self._send_backoff * 2 ** (failures - 1), SEND_BACKOFF_MAX)
            await self._sleep(delay)
            return None
        await self._journal.no_run(submission.idempotency_key)
        reason = getattr(error, "message", "") or type(error).__name__
        if self._halt_for(error):
            pass
        elif isinstance(error, BadRequestError | UnprocessableEntityError):
            fields = "; ".join(f"{f.field}: {f.message}" for f in getattr(error, "fields", ()))
            return await self._set(
                row, state="failed", error=str(ROW_REFUSED.fill(reason=fields or reason))
            )
        else:
            return await self._set(row, state="failed", error=str(ROW_REFUSED.fill(reason=reason)))
        # Stopped: this row was not created, so it waits (nothing charged) with a new start.
        return await self._set(row, state="waiting", first_sent_at=None)

    def _halt_for(self, error: FloraError) -> bool:
        """Stop the batch when ``error`` stops every row (credits, key, workspace)."""
        reason = getattr(error, "message", "") or type(error).__name__
        if isinstance(error, InsufficientCreditsError):
            self._halt(STOP_CREDITS)
        elif isinstance(error, AuthenticationError | ConfigurationError):
            self._halt(STOP_KEY)
        elif isinstance(error, PermissionDeniedError):
            self._halt(STOP_FORBIDDEN.fill(reason=reason))
        elif isinstance(error, NotFoundError):
            self._halt(STOP_NOT_FOUND.fill(reason=reason))
        else:
            return False
        return True

    async def _wait_rate(self) -> None:
        while (wait := self._rate_until - time.monotonic()) > 0 and not self._cancelled:
            await self._sleep(wait)

    # --- finding the run of an accepted row ---------------------------------------------------

    async def _match(self, row: BatchRow) -> BatchRow:
        """Find the run FLORA made for ``row`` (called with the send lock held).

        A row past its key's lifetime that no look-up could match ends in doubt: said
        plainly, never sent again (with its old key FLORA may not remember it; with a new
        one it could be billed twice).
        """
        looked = False
        for attempt in range(LOOKUP_ATTEMPTS):
            try:
                await self._look_up(row)
                looked = True
            except FloraError as exc:
                log.info("batch look-up failed: %s", type(exc).__name__)
            if self._rows[row.index].state != "accepted":
                break
            await self._sleep(min(0.2 * 2**attempt, 5.0))
        row = self._rows[row.index]
        if row.state == "accepted" and looked and self._past_resend_window(row):
            sent = time.strftime("%Y-%m-%d %H:%M", time.localtime(row.first_sent_at or 0.0))
            log.info("batch row %s: no run matched after its key's lifetime", row.index)
            # Its press stays open: that is what marks the row in doubt (``in_doubt``).
            row = await self._set(row, state="failed", error=str(ROW_IN_DOUBT.fill(time=sent)))
        return row

    def _past_resend_window(self, row: BatchRow) -> bool:
        return row.first_sent_at is not None and self._too_old_to_resend(row.first_sent_at)

    def _too_old_to_resend(self, sent_at: float) -> bool:
        """Whether FLORA may have forgotten the key of a press sent at ``sent_at``: past
        its lifetime, or of an age not known (sent "in the future": the computer's clock
        was ahead then and set right since, so the press may be hours old)."""
        age = self._clock() - sent_at
        return age > RESEND_WINDOW_SECONDS or age < -CLOCK_SKEW_SECONDS

    async def _look_up(self, row: BatchRow) -> None:
        """Match ``row`` to its run, only when no other run could be it (``batch_match``)."""
        known_run = await self._store.run_for_key(row.idempotency_key)
        if known_run is not None:
            await self._matched(row, known_run)
            return
        first = row.first_sent_at if row.first_sent_at is not None else self._clock()
        last = await self._store.last_sent(row.idempotency_key) or first
        window = MatchWindow.around(first, last)
        recent = await runs_back_to(
            self._client,
            workspace_id=self.batch.workspace_id,
            technique_id=self.batch.technique_id,
            earliest=window.earliest,
            page_size=LOOKUP_PAGE,
            max_runs=LOOKUP_MAX_RUNS,
        )
        if recent is None:
            # The listing stopped before the row's moment: a run not seen could be its.
            log.info("batch row %s: the run list was not read to the end; not guessing", row.index)
            return
        # Presses of this batch whose rows already hold their run are no rivals.
        settled = {r.idempotency_key for r in self._rows.values() if r.run_id is not None}
        rivals = await self._store.open_presses(
            self.batch.technique_id, self.batch.workspace_id, window.earliest, window.latest
        )
        rivals -= settled | {row.idempotency_key}
        # Read after the list and the open presses, in that order: a press answered
        # meanwhile (another window, the command line) was open then or owns its run now.
        owned = await self._store.known_run_ids()
        owned |= {r.run_id for r in self._rows.values() if r.run_id is not None}
        found = the_rows_run(recent, window, owned, len(rivals))
        if found is not None:
            await self._matched(row, found.run_id)
        elif any(r.run_id not in owned and window.holds(r.created_at) for r in recent):
            log.info("batch row %s: more than one run could be its; not guessing", row.index)

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

    # --- watching one run to its end ---------------------------------------------------------

    async def _finish(self, row: BatchRow) -> BatchRow:
        assert row.run_id is not None
        if row.unclear:
            row = await self._set(row, error=None, durable=False)  # checked on again
        status: RunStatus | None = None
        try:
            for _round in range(UNCLEAR_WATCH_ROUNDS):
                if self._cancelled:
                    return row
                status = await self._watch(row)
                if status.is_terminal:
                    break
                # A status this app does not know (``cancelled``, ``expired``, a new word)
                # is no end: the run may still be working and billed. Watch on, bounded.
                log.info("batch row %s: FLORA says %r; watching on", row.index, status.status)
        except asyncio.CancelledError:
            if self._cancelled:
                return row  # running, with its run id: the next start watches it again
            raise
        except (AuthenticationError, ConfigurationError, PermissionDeniedError) as refused:
            # The run exists and is billed; only following it was refused. Marked failed,
            # "Retry failed rows" would bill it again: it stays running for a resume.
            reason = getattr(refused, "message", "") or type(refused).__name__
            if isinstance(refused, PermissionDeniedError):
                self._halt(STOP_FORBIDDEN.fill(reason=reason))
            else:
                self._halt(STOP_KEY)
            return await self._set(row, state="running")
        except TimeoutError:
            # Watched its while (``MAX_WATCH_SECONDS``): the run keeps its row, never started
            # again; the row's place goes to the next row, and Resume checks on it.
            minutes = max(1, round(MAX_WATCH_SECONDS / 60))
            said = STILL_WORKING.fill(minutes=minutes)
            return await self._set(row, state="running", error=str(ROW_UNCLEAR.fill(reason=said)))
        except FloraError as watch_error:
            # A poll that cannot tell (the run unknown, an answer past repair): the run was
            # made, so it may be working and billed. Never "failed": Retry would bill twice.
            reason = describe_poll_error(watch_error)
            return await self._set(row, state="running", error=str(ROW_UNCLEAR.fill(reason=reason)))
        assert status is not None
        # Keep the History's copy current: a batch run is a run like any other.
        with contextlib.suppress(sqlite3.Error, OSError, RuntimeError):
            await self._store.record_status(status)
        if not status.is_terminal:
            said = UNCLEAR_STATUS.fill(status=_short(status.status))
            return await self._set(row, state="running", error=str(ROW_UNCLEAR.fill(reason=said)))
        saved: list[Path] = []
        error: str | None = None
        if status.status == "completed":
            saved, error = await self._save(row, status.outputs)
        else:
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

    async def _watch(self, row: BatchRow) -> RunStatus:
        """One watch of the row's run (an owned task, so ``cancel()`` can stop it)."""
        assert row.run_id is not None
        task = asyncio.ensure_future(self._watcher.watch(row.run_id, started_at=row.first_sent_at))
        self._watches.add(task)
        try:
            # Shielded: the time limit ends this wait, and the watch is then cancelled
            # here, not inside ``wait_for`` (a ``cancel()`` meanwhile still reaches it).
            return await asyncio.wait_for(asyncio.shield(task), MAX_WATCH_SECONDS)
        finally:
            task.cancel()
            self._watches.discard(task)

    async def _save(
        self, row: BatchRow, outputs: tuple[RunOutput, ...]
    ) -> tuple[list[Path], str | None]:
        """The row's outputs saved into the folder, or why they were not."""
        if self._saver is None or not outputs:
            return [], None
        try:
            return await self._saver.save(row.source_name or f"row {row.index}", outputs), None
        except (OutputSaveError, OSError) as exc:
            return [], str(ROW_NOT_SAVED.fill(why=str(exc) or type(exc).__name__))

    # --- bookkeeping -------------------------------------------------------------------------

    async def _set(self, row: BatchRow, *, durable: bool = True, **changes: object) -> BatchRow:
        if durable:
            # Carry what earlier in-memory-only changes set (the run id, when first sent).
            merged = {"run_id": row.run_id, "first_sent_at": row.first_sent_at, **changes}
            row = await self._store.update_row(row, **merged)
        else:
            # Already on disk in another form (the press); saves an fsync per row.
            row = dataclasses.replace(row, **changes)  # type: ignore[arg-type]
        self._rows[row.index] = row
        self._report(row)
        return row

    def _halt(self, reason: Phrase) -> None:
        if self._stop is None:
            log.info("batch %s stopped: %s", self.batch.batch_id, reason.template)
            self._stop = reason
        self._go.set()

    def _report(self, row: BatchRow | None) -> None:
        if self._on_change is not None and row is not None:
            self._on_change(row, self.progress())

    def _manifest_soon(self) -> None:
        """Rewrite the manifest shortly: rows ending together share one write (and fsync)."""
        if self._manifest_dir is None or self._manifest_due is not None:
            return

        async def later() -> None:
            await asyncio.sleep(MANIFEST_DELAY)
            self._manifest_due = None
            await self._write_manifest()

        self._manifest_due = asyncio.ensure_future(later())

    async def _write_manifest(self) -> None:
        if self._manifest_dir is None:
            return
        async with self._manifest_lock:
            try:
                await write_manifest(self._manifest_dir, self.rows)
            except OSError as exc:
                log.warning("manifest not written: %s", type(exc).__name__)
                self._manifest_error = exc.strerror or type(exc).__name__
            else:
                self._manifest_error = None


def progress_of(rows: Iterable[BatchRow], **state: Any) -> BatchProgress:
    """The counts of ``rows`` (a running batch adds its ``state``: paused, stop reason…)."""
    rows = list(rows)
    return BatchProgress(
        total=len(rows),
        completed=sum(r.state == "completed" for r in rows),
        failed=sum(r.state == "failed" for r in rows),
        in_progress=sum(r.state in ("sending", "accepted", "running") for r in rows),
        waiting=sum(r.state == "waiting" for r in rows),
        not_known=sum(r.unclear or r.in_doubt for r in rows),
        **state,
    )


def unsaved_outputs(row: BatchRow) -> bool:
    """A completed row whose outputs never reached the folder (it was full, gone)."""
    return (
        row.state == "completed"
        and not row.saved
        # Links this app never fetches (a hostile answer) would never save: not "unsaved".
        and any(output_url_policy(output.url) for output in row.outputs)
    )


def shown_text(error: BaseException) -> str:
    """An error's own words (a ``Phrase`` or FLORA's message), never a traceback."""
    message = getattr(error, "message", None) or (error.args[0] if error.args else "")
    return str(message) if isinstance(message, str) else type(error).__name__


def _short(text: str) -> str:
    """A word from the network, short and printable, to put in a sentence."""
    printable = "".join(ch if ch.isprintable() else " " for ch in text).strip()
    printable = printable.encode("utf-8", "replace").decode("utf-8")
    return printable if len(printable) <= MAX_STATUS_SHOWN else printable[:MAX_STATUS_SHOWN] + "…"
