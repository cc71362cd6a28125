"""``flora-desktop batch``: run one technique over a CSV from a studio's scripts, without Qt.

Uses the batch service and store the window uses (``services/batch*.py``, the history file),
so the same command again with the same ``--out`` resumes the batch: rows FLORA already
accepted are never started again. The key comes from ``FLORA_API_KEY`` (and the server from
``FLORA_BASE_URL`` or ``--base-url``), else from the keyring entry of the active profile.

Exit status: 0 when every row ended (completed or failed), 1 when the batch stopped with
rows left (the message says why and what to do), 2 for a problem before anything was sent.
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

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient
    from flora_desktop.api.models import Technique, Workspace
    from flora_desktop.services.batch import BatchProgress
    from flora_desktop.services.batch_store import Batch, BatchRow, BatchStore
    from flora_desktop.services.submissions import SubmissionJournal

__all__ = ["main"]

EXIT_DONE = 0
EXIT_STOPPED = 1
EXIT_USAGE = 2
BAR_WIDTH = 30


def _say(text: str) -> None:
    """A line for the person running the command (stderr: stdout stays for scripts)."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


class CommandError(Exception):
    """A problem found before anything was sent; the message is for the user."""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    from flora_desktop.services.batch import DEFAULT_CONCURRENCY, MAX_CONCURRENCY

    parser = argparse.ArgumentParser(
        prog="flora-desktop batch",
        description="Run one FLORA technique once per row of a CSV file.",
    )
    parser.add_argument("--technique", required=True, help="technique slug or tech_ id")
    parser.add_argument("--workspace", required=True, help="workspace ws_ id or name")
    parser.add_argument(
        "--csv",
        required=True,
        type=Path,
        help="one row per run; columns named after the technique's inputs (id or label)",
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        help="folder for outputs and manifest.csv; the same folder again resumes the batch",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=None,
        help=f"rows in progress at once, 1–{MAX_CONCURRENCY} (default: the app's setting, "
        f"else {DEFAULT_CONCURRENCY})",
    )
    parser.add_argument("--yes", action="store_true", help="start without asking")
    parser.add_argument(
        "--no-save", action="store_true", help="do not download outputs (manifest only)"
    )
    parser.add_argument("--base-url", metavar="URL", help="FLORA API base URL")
    # Tests against the sandbox poll faster than FLORA's recommended 2 s.
    parser.add_argument("--poll-interval", type=float, default=2.0, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.concurrency is not None and not 1 <= options.concurrency <= MAX_CONCURRENCY:
        parser.error(f"--concurrency must be 1–{MAX_CONCURRENCY}")
    return options


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    try:
        return asyncio.run(_run(options))
    except CommandError as exc:
        _say(f"flora-desktop batch: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("Stopped. Run the same command again to resume.")
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
        raise CommandError(
            "The keyring could not be read. Set FLORA_API_KEY, or unlock the keyring."
        ) from exc
    if not key:
        raise CommandError("No FLORA API key: set FLORA_API_KEY, or sign in once in FLORA Desktop.")
    return key, url


async def _find_workspace(client: FloraClient, wanted: str) -> Workspace:
    workspaces = await client.workspaces.list()
    for workspace in workspaces:
        if workspace.workspace_id == wanted:
            return workspace
    named = [w for w in workspaces if w.name.casefold() == wanted.strip().casefold()]
    if len(named) == 1:
        return named[0]
    names = ", ".join(f"“{w.name}”" for w in workspaces) or "none"
    if named:
        raise CommandError(f"Several workspaces are called “{wanted}”; use its ws_ id.")
    raise CommandError(f"No workspace “{wanted}” for this key. Workspaces: {names}.")


async def _find_technique(client: FloraClient, wanted: str) -> Technique:
    from flora_desktop.api.errors import NotFoundError

    try:
        return await client.techniques.retrieve(wanted.strip())
    except NotFoundError as exc:
        raise CommandError(f"No technique “{wanted}” (use its slug or tech_ id).") from exc


async def _run(options: argparse.Namespace) -> int:
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
            raise CommandError(f"FLORA could not be asked: {exc}") from exc
        batch = await store.for_folder(out_dir)
        if batch is not None and (
            batch.technique_id != technique.technique_id
            or batch.workspace_id != workspace.workspace_id
        ):
            raise CommandError(
                f"{out_dir} holds a batch of another technique or workspace; "
                "choose another --out folder."
            )
        if batch is None:
            batch = await _create(store, options, technique, workspace, out_dir)
        else:
            _say(f"Resuming the batch in {out_dir}.")
        rows = await store.rows(batch.batch_id)
        left = [row for row in rows if not row.ended]
        if not left:
            _say(f"Every row has ended; see {out_dir / 'manifest.csv'}.")
            return EXIT_DONE
        to_start = sum(row.state == "waiting" for row in left)
        cost = technique.run_cost * to_start
        _say(
            f"{len(rows)} rows, {to_start} to start with “{technique.name}” in "
            f"“{workspace.name}”: about ${cost:.2f} ({to_start} × ${technique.run_cost:.2f})."
        )
        if not options.yes and not _confirm():
            _say("Nothing was started.")
            return EXIT_USAGE
        return await _execute(client, store, journal, batch, technique, options, out_dir, len(rows))


async def _create(
    store: BatchStore,
    options: argparse.Namespace,
    technique: Technique,
    workspace: Workspace,
    out_dir: Path,
) -> Batch:
    from flora_desktop.services.batch_sources import read_table, rows_from_table

    try:
        table = read_table(options.csv)  # a CSV, or an .xlsx sheet
    except (OSError, ValueError) as exc:
        raise CommandError(f"{options.csv} could not be read: {exc}") from exc
    sources, problems = rows_from_table(table, technique, base_dir=options.csv.parent.resolve())
    if problems:
        lines = [(f"row {p.row}: " if p.row else "") + str(p.message) for p in problems[:20]]
        more = f"\n… and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise CommandError("the spreadsheet needs fixing first:\n  " + "\n  ".join(lines) + more)
    if not sources:
        raise CommandError(f"{options.csv} has no rows.")
    try:
        await asyncio.to_thread(out_dir.mkdir, parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandError(f"{out_dir} could not be created: {exc.strerror}") from exc
    return await store.create(
        technique_id=technique.technique_id,
        workspace_id=workspace.workspace_id,
        sources=sources,
        technique_name=technique.name,
        workspace_name=workspace.name,
        run_cost=technique.run_cost,
        out_dir=out_dir,
    )


def _confirm() -> bool:
    if not sys.stdin.isatty():
        _say("Add --yes to start without asking.")
        return False
    answer = input("Start? [y/N] ").strip().casefold()
    return answer in ("y", "yes")


async def _execute(
    client: FloraClient,
    store: BatchStore,
    journal: SubmissionJournal,
    batch: Batch,
    technique: Technique,
    options: argparse.Namespace,
    out_dir: Path,
    total: int,
) -> int:
    from flora_desktop.services.batch import BatchRunner
    from flora_desktop.services.batch_outputs import BatchOutputSaver
    from flora_desktop.services.uploads import AssetUploader
    from flora_desktop.services.watch import RunWatcher

    watcher = RunWatcher(
        client, interval=options.poll_interval, max_interval=max(30.0, options.poll_interval)
    )
    saver = None if options.no_save else BatchOutputSaver(out_dir, batch.technique_name)
    printer = _Progress(sys.stderr, total)
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
    manifest = out_dir / "manifest.csv"
    if progress.stop_reason is None and progress.ended == progress.total:
        _say(f"Done: {progress.completed} completed, {progress.failed} failed. See {manifest}.")
        return EXIT_DONE
    _say(f"{progress.stop_reason} See {manifest}.")
    return EXIT_STOPPED


class _Progress:
    """A bar on a terminal, else one plain line per row that ends."""

    def __init__(self, stream: TextIO, total: int) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._total = total

    def update(self, row: BatchRow, progress: BatchProgress) -> None:
        if self._tty:
            done = progress.ended
            filled = int(BAR_WIDTH * done / max(1, progress.total))
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            waiting = (
                f" · waiting {progress.rate_limited_for:.0f} s (FLORA asked)"
                if progress.rate_limited_for > 0.5
                else ""
            )
            self._stream.write(
                f"\r[{bar}] {done}/{progress.total} · {progress.in_progress} running · "
                f"{progress.failed} failed{waiting}   "
            )
            self._stream.flush()
        elif row.ended:
            run = f" {row.run_id}" if row.run_id else ""
            self._stream.write(f"row {row.index}/{progress.total} {row.state}{run}\n")
            self._stream.flush()

    def finish(self) -> None:
        if self._tty:
            self._stream.write("\n")
            self._stream.flush()


if __name__ == "__main__":
    sys.exit(main())
