"""``flora-desktop batch``: run one technique over a CSV from a studio's scripts, without Qt.

Uses the batch service and store the window uses (``services/batch*.py``, the history file),
so the same command again with the same ``--out`` resumes the batch: rows FLORA already
accepted are never started again. The key comes from ``FLORA_API_KEY`` (and the server from
``FLORA_BASE_URL`` or ``--base-url``), else from the keyring entry of the active profile.

Exit status: 0 when every row ended (completed or failed), 1 when the batch stopped with
rows left (the message says why and what to do), 2 for a problem before anything was sent.

Everything it prints speaks the window's language (Settings, else the terminal's locale),
through ``services/command_line.py``'s tables: still no Qt.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from flora_desktop.services.command_line import CommandLineText
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient
    from flora_desktop.api.models import Technique, Workspace
    from flora_desktop.services.batch import BatchProgress
    from flora_desktop.services.batch_sources import SourceProblem
    from flora_desktop.services.batch_store import Batch, BatchRow, BatchSource, BatchStore
    from flora_desktop.services.submissions import SubmissionJournal

__all__ = ["main"]

EXIT_DONE = 0
EXIT_STOPPED = 1
EXIT_USAGE = 2
BAR_WIDTH = 30
# Problems in a spreadsheet listed at most; the rest are counted.
PROBLEMS_SHOWN = 20

# -- what the command says (context "CommandLine": translated without Qt) ----------------
DESCRIPTION = QT_TRANSLATE_NOOP(
    "CommandLine", "Run one FLORA technique once per row of a CSV file."
)
HELP_TECHNIQUE = QT_TRANSLATE_NOOP("CommandLine", "technique slug or tech_ id")
HELP_WORKSPACE = QT_TRANSLATE_NOOP("CommandLine", "workspace ws_ id or name")
HELP_CSV = QT_TRANSLATE_NOOP(
    "CommandLine", "one row per run; columns named after the technique's inputs (id or label)"
)
HELP_OUT = QT_TRANSLATE_NOOP(
    "CommandLine", "folder for outputs and manifest.csv; the same folder again resumes the batch"
)
HELP_CONCURRENCY = QT_TRANSLATE_NOOP(
    "CommandLine",
    "rows in progress at once, 1–{most} (default: the app's setting, else {default})",
)
HELP_YES = QT_TRANSLATE_NOOP("CommandLine", "start without asking")
HELP_NO_SAVE = QT_TRANSLATE_NOOP("CommandLine", "do not download outputs (manifest only)")
HELP_BASE_URL = QT_TRANSLATE_NOOP("CommandLine", "FLORA API base URL")
BAD_CONCURRENCY = QT_TRANSLATE_NOOP("CommandLine", "--concurrency must be 1–{most}")
NO_KEYRING = QT_TRANSLATE_NOOP(
    "CommandLine", "The keyring could not be read. Set FLORA_API_KEY, or unlock the keyring."
)
NO_KEY = QT_TRANSLATE_NOOP(
    "CommandLine", "No FLORA API key: set FLORA_API_KEY, or sign in once in FLORA Desktop."
)
SEVERAL_WORKSPACES = QT_TRANSLATE_NOOP(
    "CommandLine", "Several workspaces are called “{name}”; use its ws_ id."
)
NO_WORKSPACE = QT_TRANSLATE_NOOP(
    "CommandLine", "No workspace “{name}” for this key. Workspaces: {names}."
)
NO_WORKSPACES = QT_TRANSLATE_NOOP("CommandLine", "none")
NO_TECHNIQUE = QT_TRANSLATE_NOOP("CommandLine", "No technique “{name}” (use its slug or tech_ id).")
NOT_ASKED = QT_TRANSLATE_NOOP("CommandLine", "FLORA could not be asked: {reason}")
OTHER_BATCH = QT_TRANSLATE_NOOP(
    "CommandLine",
    "{folder} holds a batch of another technique or workspace; choose another --out folder.",
)
UNREADABLE = QT_TRANSLATE_NOOP("CommandLine", "{file} could not be read: {reason}")
NEEDS_FIXING = QT_TRANSLATE_NOOP("CommandLine", "The spreadsheet needs fixing first:")
ROW_PROBLEM = QT_TRANSLATE_NOOP("CommandLine", "Row {row}: {problem}")
MORE_PROBLEMS = QT_TRANSLATE_NOOP("CommandLine", "… and {count} more")
NO_ROWS = QT_TRANSLATE_NOOP("CommandLine", "{file} has no rows.")
NOT_CREATED = QT_TRANSLATE_NOOP("CommandLine", "{folder} could not be created: {reason}")
RESUMING = QT_TRANSLATE_NOOP("CommandLine", "Resuming the batch in {folder}.")
ALL_ENDED = QT_TRANSLATE_NOOP("CommandLine", "Every row has ended; see {manifest}.")
SUMMARY_ONE = QT_TRANSLATE_NOOP(
    "CommandLine",
    "“{technique}” in “{workspace}”: {count} row, {to_start} to start, about {cost} "
    "({to_start} × {run_cost}).",
)
SUMMARY_MANY = QT_TRANSLATE_NOOP(
    "CommandLine",
    "“{technique}” in “{workspace}”: {count} rows, {to_start} to start, about {cost} "
    "({to_start} × {run_cost}).",
)
CONFIRM_ONE = QT_TRANSLATE_NOOP("CommandLine", "Start {count} run — {cost}? [y/N]")
CONFIRM_MANY = QT_TRANSLATE_NOOP("CommandLine", "Start {count} runs — {cost}? [y/N]")
ADD_YES = QT_TRANSLATE_NOOP("CommandLine", "Add --yes to start without asking.")
NOTHING_STARTED = QT_TRANSLATE_NOOP("CommandLine", "Nothing was started.")
DONE = QT_TRANSLATE_NOOP(
    "CommandLine", "Done: {completed} completed, {failed} failed. See {manifest}."
)
STOPPED = QT_TRANSLATE_NOOP("CommandLine", "{reason} See {manifest}.")
MANIFEST_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "CommandLine", "manifest.csv could not be written in {folder} ({why})."
)
OUTPUTS_NOT_SAVED = QT_TRANSLATE_NOOP(
    "CommandLine", "Rows whose outputs could not be saved in {folder}: {count}."
)
WRITE_AGAIN = QT_TRANSLATE_NOOP(
    "CommandLine",
    "Free some space (or fix the folder), then run the same command again: it writes them "
    "and starts no run again.",
)
INTERRUPTED = QT_TRANSLATE_NOOP("CommandLine", "Stopped. Run the same command again to resume.")
BAR = QT_TRANSLATE_NOOP("CommandLine", "{done}/{total} · {running} running · {failed} failed")
RATE_LIMITED = QT_TRANSLATE_NOOP("CommandLine", "waiting {seconds} s (FLORA asked)")
ROW_COMPLETED = QT_TRANSLATE_NOOP("CommandLine", "Row {index}/{total} completed")
ROW_FAILED = QT_TRANSLATE_NOOP("CommandLine", "Row {index}/{total} failed")
ROW_FAILED_BECAUSE = QT_TRANSLATE_NOOP("CommandLine", "Row {index}/{total} failed: {reason}")


def _say(text: str) -> None:
    """A line for the person running the command (stderr: stdout stays for scripts)."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


class CommandError(Exception):
    """A problem found before anything was sent: a ``Phrase`` for the user, and the
    spreadsheet's problems when it is about them."""

    def __init__(self, message: Phrase, problems: Sequence[SourceProblem] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)

    def lines(self, text: CommandLineText) -> list[str]:
        """What to print, in the user's language."""
        lines = [f"flora-desktop batch: {text(self.args[0])}"]
        for problem in self.problems[:PROBLEMS_SHOWN]:
            said = text(problem.message)
            lines.append(
                "  "
                + (text(ROW_PROBLEM.fill(row=problem.row, problem=said)) if problem.row else said)
            )
        if len(self.problems) > PROBLEMS_SHOWN:
            lines.append("  " + text(MORE_PROBLEMS.fill(count=len(self.problems) - PROBLEMS_SHOWN)))
        return lines


def _reason(error: BaseException) -> str:
    """An error's own words: its ``Phrase`` (translated where it is shown) or its text."""
    message = error.args[0] if len(error.args) == 1 else None
    if isinstance(message, Phrase):
        return message
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def parse_args(
    argv: Sequence[str] | None, text: CommandLineText | None = None
) -> argparse.Namespace:
    from flora_desktop.services.batch import DEFAULT_CONCURRENCY, MAX_CONCURRENCY

    text = text or CommandLineText.for_user()
    parser = text.parser("flora-desktop batch", DESCRIPTION)
    parser.add_argument("--technique", required=True, help=text(HELP_TECHNIQUE))
    parser.add_argument("--workspace", required=True, help=text(HELP_WORKSPACE))
    parser.add_argument("--csv", required=True, type=Path, help=text(HELP_CSV))
    parser.add_argument("--out", required=True, type=Path, help=text(HELP_OUT))
    parser.add_argument(
        "--concurrency",
        type=int,
        default=None,
        help=text(HELP_CONCURRENCY.fill(most=MAX_CONCURRENCY, default=DEFAULT_CONCURRENCY)),
    )
    parser.add_argument("--yes", action="store_true", help=text(HELP_YES))
    parser.add_argument("--no-save", action="store_true", help=text(HELP_NO_SAVE))
    parser.add_argument("--base-url", metavar="URL", help=text(HELP_BASE_URL))
    # Tests against the sandbox poll faster than FLORA's recommended 2 s.
    parser.add_argument("--poll-interval", type=float, default=2.0, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.concurrency is not None and not 1 <= options.concurrency <= MAX_CONCURRENCY:
        parser.error(text(BAD_CONCURRENCY.fill(most=MAX_CONCURRENCY)))
    return options


def main(argv: Sequence[str] | None = None) -> int:
    text = CommandLineText.for_user()
    options = parse_args(argv, text)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    try:
        return asyncio.run(_run(options, text))
    except CommandError as exc:
        _say("\n".join(exc.lines(text)))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say(text(INTERRUPTED))
        return EXIT_STOPPED


async def _api_key(base_url: str | None) -> tuple[str, str]:
    """(key, base URL): the environment first, then the active profile's keyring entry."""
    from flora_desktop.api._constants import DEFAULT_BASE_URL

    env_url = os.environ.get("FLORA_BASE_URL", "").strip()
    env_key = os.environ.get("FLORA_API_KEY", "").strip()
    if env_key:
        return env_key, base_url or env_url or DEFAULT_BASE_URL
    from flora_desktop.services.credentials import CredentialsUnavailable
    from flora_desktop.services.paths import AppPaths
    from flora_desktop.services.profiles import Profiles
    from flora_desktop.services.settings import Settings

    profiles = Profiles(Settings.load(AppPaths.default().settings_file))
    url = base_url or env_url or profiles.active.base_url
    try:
        key = await profiles.active_store().get(url)
    except CredentialsUnavailable as exc:
        raise CommandError(NO_KEYRING) from exc
    if not key:
        raise CommandError(NO_KEY)
    return key, url


async def _find_workspace(client: FloraClient, wanted: str) -> Workspace:
    workspaces = await client.workspaces.list()
    for workspace in workspaces:
        if workspace.workspace_id == wanted:
            return workspace
    named = [w for w in workspaces if w.name.casefold() == wanted.strip().casefold()]
    if len(named) == 1:
        return named[0]
    names = ", ".join(f"“{w.name}”" for w in workspaces) or NO_WORKSPACES
    if named:
        raise CommandError(SEVERAL_WORKSPACES.fill(name=wanted))
    raise CommandError(NO_WORKSPACE.fill(name=wanted, names=names))


async def _find_technique(client: FloraClient, wanted: str) -> Technique:
    from flora_desktop.api.errors import NotFoundError

    try:
        return await client.techniques.retrieve(wanted.strip())
    except NotFoundError as exc:
        raise CommandError(NO_TECHNIQUE.fill(name=wanted)) from exc


async def _run(options: argparse.Namespace, text: CommandLineText) -> int:
    from flora_desktop.api import FloraClient
    from flora_desktop.api.errors import FloraError
    from flora_desktop.services.batch_store import BatchStore
    from flora_desktop.services.history import HistoryStore
    from flora_desktop.services.paths import AppPaths
    from flora_desktop.services.submissions import SubmissionJournal

    key, base_url = await _api_key(options.base_url)
    if options.concurrency is None:
        from flora_desktop.services.settings import Settings

        settings = Settings.load(AppPaths.default().settings_file)
        options.concurrency = settings.batch_concurrency
    out_dir = options.out.expanduser().resolve()
    # The batch service decides about every retry (a 429 pauses every row), so the client
    # makes one attempt per call.
    async with (
        FloraClient(api_key=key, base_url=base_url, max_retries=0) as client,
        HistoryStore.for_paths(AppPaths.default()) as history,
    ):
        del key
        store = BatchStore(history, client.base_url)
        journal = SubmissionJournal(history, client.base_url)
        try:
            technique = await _find_technique(client, options.technique)
            workspace = await _find_workspace(client, options.workspace)
        except FloraError as exc:
            raise CommandError(NOT_ASKED.fill(reason=_reason(exc))) from exc
        batch = await store.for_folder(out_dir)
        if batch is not None and (
            batch.technique_id != technique.technique_id
            or batch.workspace_id != workspace.workspace_id
        ):
            raise CommandError(OTHER_BATCH.fill(folder=str(out_dir)))
        sources: list[BatchSource] = []
        if batch is None:
            # Recorded only once confirmed: a declined preview leaves nothing that a later
            # command (with a corrected sheet) would "resume" instead of reading it.
            sources = _sources(options, technique)
            rows: list[BatchRow] = []
        else:
            _say(text(RESUMING.fill(folder=str(out_dir))))
            rows = await store.rows(batch.batch_id)
        left = [row for row in rows if not row.ended]
        if batch is not None and not left:
            await _make_folder(out_dir)  # deleted since, or its drive renamed
            # Nothing is sent: the manifest (and outputs a full disk refused) are written.
            code = await _execute(
                client,
                store,
                journal,
                batch,
                technique,
                options,
                out_dir,
                len(rows),
                text,
                announce=False,
            )
            if code == EXIT_DONE:
                _say(text(ALL_ENDED.fill(manifest=str(out_dir / "manifest.csv"))))
            return code
        count = len(rows) if batch is not None else len(sources)
        to_start = sum(row.state == "waiting" for row in left) + len(sources)
        cost = _dollars(technique.run_cost * to_start)
        summary = text.counted(
            count,
            SUMMARY_ONE,
            SUMMARY_MANY,
            technique=technique.name,
            workspace=workspace.name,
            to_start=to_start,
            cost=cost,
            run_cost=_dollars(technique.run_cost),
        )
        _say(summary)
        if not options.yes and not _confirm(text, to_start, cost):
            _say(text(NOTHING_STARTED))
            return EXIT_USAGE
        await _make_folder(out_dir)  # new, or deleted since (its drive renamed)
        if batch is None:
            batch = await store.create(
                technique_id=technique.technique_id,
                workspace_id=workspace.workspace_id,
                sources=sources,
                technique_name=technique.name,
                workspace_name=workspace.name,
                run_cost=technique.run_cost,
                out_dir=out_dir,
            )
        return await _execute(
            client, store, journal, batch, technique, options, out_dir, count, text
        )


def _sources(options: argparse.Namespace, technique: Technique) -> list[BatchSource]:
    """The sheet's rows, checked; raises ``CommandError`` saying what to fix."""
    from flora_desktop.services.batch_sources import read_table, rows_from_table

    try:
        table = read_table(options.csv)  # a CSV, or an .xlsx sheet
    except (OSError, ValueError) as exc:
        raise CommandError(UNREADABLE.fill(file=str(options.csv), reason=_reason(exc))) from exc
    sources, problems = rows_from_table(table, technique, base_dir=options.csv.parent.resolve())
    if problems:
        raise CommandError(NEEDS_FIXING, problems)
    if not sources:
        raise CommandError(NO_ROWS.fill(file=str(options.csv)))
    return sources


async def _make_folder(out_dir: Path) -> None:
    try:
        await asyncio.to_thread(out_dir.mkdir, parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandError(NOT_CREATED.fill(folder=str(out_dir), reason=_reason(exc))) from exc


def _dollars(usd: float) -> str:
    return f"${usd:.2f}"


def _confirm(text: CommandLineText, count: int, cost: str) -> bool:
    if not sys.stdin.isatty():
        _say(text(ADD_YES))
        return False
    prompt = text.counted(count, CONFIRM_ONE, CONFIRM_MANY, cost=cost)
    return text.is_yes(input(prompt + " "))


async def _execute(
    client: FloraClient,
    store: BatchStore,
    journal: SubmissionJournal,
    batch: Batch,
    technique: Technique,
    options: argparse.Namespace,
    out_dir: Path,
    total: int,
    text: CommandLineText,
    *,
    announce: bool = True,
) -> int:
    from flora_desktop.services.batch import BatchRunner
    from flora_desktop.services.batch_outputs import BatchOutputSaver
    from flora_desktop.services.uploads import AssetUploader
    from flora_desktop.services.watch import RunWatcher

    watcher = RunWatcher(
        client, interval=options.poll_interval, max_interval=max(30.0, options.poll_interval)
    )
    saver = None if options.no_save else BatchOutputSaver(out_dir, batch.technique_name)
    printer = _Progress(sys.stderr, total, text)
    runner = BatchRunner(
        client,
        store,
        journal,
        batch,
        watcher,
        concurrency=options.concurrency,
        saver=saver,
        manifest_dir=out_dir,
        on_change=printer.update,
        uploader=AssetUploader(client),
        input_types={spec.id: spec.type for spec in technique.inputs},
    )
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, runner.cancel)
    try:
        progress = await runner.run()
    finally:
        if saver is not None:
            await saver.aclose()
    printer.finish()
    manifest = str(out_dir / "manifest.csv")
    if progress.manifest_error is not None or progress.unsaved:
        # The runs are paid for: never "Done, see manifest.csv" when it is not there.
        if progress.unsaved:
            _say(text(OUTPUTS_NOT_SAVED.fill(folder=str(out_dir), count=progress.unsaved)))
        if progress.manifest_error is not None:
            why = progress.manifest_error
            _say(text(MANIFEST_NOT_WRITTEN.fill(folder=str(out_dir), why=why)))
        _say(text(WRITE_AGAIN))
        return EXIT_STOPPED
    if progress.stop_reason is None and progress.ended == progress.total:
        done = DONE.fill(completed=progress.completed, failed=progress.failed, manifest=manifest)
        if announce:
            _say(text(done))
        return EXIT_DONE
    _say(text(STOPPED.fill(reason=progress.stop_reason or "", manifest=manifest)))
    return EXIT_STOPPED


class _Progress:
    """A bar on a terminal, else one plain line per row that ends."""

    def __init__(self, stream: TextIO, total: int, text: CommandLineText) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._total = total
        self._text = text

    def update(self, row: BatchRow, progress: BatchProgress) -> None:
        if self._tty:
            self._stream.write(f"\r{self.bar(progress)}   ")
            self._stream.flush()
        elif row.ended:
            self._stream.write(self.row_line(row, progress.total) + "\n")
            self._stream.flush()

    def bar(self, progress: BatchProgress) -> str:
        """``[#####-----] 12/40 · 3 running · 1 failed · waiting 20 s (FLORA asked)``."""
        done = progress.ended
        filled = int(BAR_WIDTH * done / max(1, progress.total))
        counts = BAR.fill(
            done=done, total=progress.total, running=progress.in_progress, failed=progress.failed
        )
        line = f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {self._text(counts)}"
        if progress.rate_limited_for > 0.5:
            waiting = RATE_LIMITED.fill(seconds=round(progress.rate_limited_for))
            line += f" · {self._text(waiting)}"
        return line

    def row_line(self, row: BatchRow, total: int) -> str:
        """``Row 3/40 completed · run_…`` (a failed row says why when it knows)."""
        if row.state == "completed":
            line = ROW_COMPLETED.fill(index=row.index, total=total)
        elif row.error:
            line = ROW_FAILED_BECAUSE.fill(index=row.index, total=total, reason=row.error)
        else:
            line = ROW_FAILED.fill(index=row.index, total=total)
        run = f" · {row.run_id}" if row.run_id else ""
        return self._text(line) + run

    def finish(self) -> None:
        if self._tty:
            self._stream.write("\n")
            self._stream.flush()


if __name__ == "__main__":
    sys.exit(main())
