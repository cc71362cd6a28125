"""A hostile reviewer's tests of issue 15: two runners on one batch, hostile names, disks."""

from __future__ import annotations

import asyncio
import codecs
import os
from collections import Counter
from pathlib import Path

import pytest

from flora_desktop.api import FloraClient
from flora_desktop.api.models import RunOutput
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch import (
    MAX_RATE_WAIT,
    STOP_NOT_DURABLE,
    BatchProgress,
    BatchRunner,
)
from flora_desktop.services.batch_outputs import BatchOutputSaver
from flora_desktop.services.batch_sources import read_csv
from flora_desktop.services.batch_store import BatchSource, BatchStore
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.services.uploads import AssetUploader
from flora_desktop.services.watch import RunWatcher
from tests.batch.support import IMAGE, fast_folder, fault, rig, sandbox_get
from tests.disk_faults import small_disk
from tests.upload_samples import write_png


@pytest.mark.asyncio
async def test_two_runners_on_one_batch_start_each_row_once(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """The window and the headless command (two processes, two connections to the history
    file) resuming the same batch at once: each row gets its own run, none twice."""
    folder = fast_folder(tmp_path)
    async with rig(sandbox, folder) as first:
        batch = await first.batch(40)
        async with HistoryStore(folder / HISTORY_FILE_NAME) as other_history:
            second_store = BatchStore(other_history, first.client.base_url)
            second_journal = SubmissionJournal(other_history, first.client.base_url)
            one = first.runner(batch, concurrency=3)
            two = type(one)(
                first.client,
                second_store,
                second_journal,
                batch,
                first.watcher,
                concurrency=6,
                send_backoff=0.01,
            )
            await asyncio.gather(one.run(), two.run())
        rows = await first.store.rows(batch.batch_id)
    runs = sandbox_get(sandbox, "runs")
    assert len(runs) == 40
    owners = Counter(r.run_id for r in rows)
    assert all(count == 1 for count in owners.values()), owners
    assert {r.run_id for r in rows} == {r["run_id"] for r in runs}


@pytest.mark.asyncio
async def test_a_file_whose_name_is_not_utf8_is_uploaded_run_and_saved(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """A folder dropped from an old disk or a Windows share holds a file whose name is not
    UTF-8 (Python sees lone surrogates). Its row is recorded, uploaded, run and saved; the
    batch neither crashes at the start nor after paying for the run."""
    folder = fast_folder(tmp_path)
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    odd = Path(os.fsdecode(bytes(pictures) + b"/caf\xe9 shot.png"))
    write_png(odd, width=8, height=8)
    out = tmp_path / "out"
    out.mkdir()
    async with rig(sandbox, folder) as r:
        batch = await r.store.create(
            technique_id=r.technique_id,
            workspace_id=r.workspace_id,
            sources=[BatchSource({"image": str(odd)}, odd.name)],
            technique_name="Background Remover",
            run_cost=0.04,
            out_dir=out,
        )
        saver = BatchOutputSaver(out, "Background Remover")
        runner = BatchRunner(
            r.client,
            r.store,
            r.journal,
            batch,
            r.watcher,
            saver=saver,
            manifest_dir=out,
            send_backoff=0.01,
            uploader=AssetUploader(r.client),
            input_types={"image": "imageUrl"},
        )
        try:
            progress = await runner.run()
        finally:
            await saver.aclose()
        rows = await r.store.rows(batch.batch_id)
    assert progress.completed == 1, rows[0].error
    assert len(sandbox_get(sandbox, "runs")) == 1
    assert rows[0].saved
    assert all(await asyncio.to_thread(lambda: [Path(p).is_file() for p in rows[0].saved]))
    manifest = await asyncio.to_thread((out / "manifest.csv").read_text, encoding="utf-8")
    assert "caf\ufffd shot.png" in manifest


@pytest.mark.asyncio
@pytest.mark.parametrize("retry_after", ["30", "99999999", "1e300"])
async def test_a_retry_after_holds_the_batch_minutes_not_years_and_cancel_sends_nothing(
    sandbox: SandboxServer, tmp_path: Path, retry_after: str
) -> None:
    """A proxy or a broken server answers 429 with an absurd Retry-After. The batch waits a
    bounded time and asks again (a wait past ~24 days also overflows Qt's timers, which
    crashed the window's batch on the qasync loop)."""
    fault(
        sandbox,
        path="/api/v1/runs/technique",
        method="POST",
        status=429,
        code="rate_limited",
        retry_after=retry_after,
    )
    waits: list[float] = []
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(2)
        runner = r.runner(batch)

        async def sleep(seconds: float) -> None:
            waits.append(seconds)
            runner.cancel()  # seen how long it would wait: enough

        runner._sleep = sleep
        progress = await asyncio.wait_for(runner.run(), 10)
    assert waits
    assert max(waits) <= MAX_RATE_WAIT
    # Cancelled during FLORA's wait: the row waiting for it is not sent afterwards.
    assert sandbox_get(sandbox, "runs") == []
    assert progress.waiting == 2


@pytest.mark.asyncio
async def test_a_run_that_cannot_be_followed_is_not_a_failed_row_to_bill_again(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """FLORA accepts every row, then refuses the key while they run (rotated mid-batch, an
    auth proxy's hiccup). Those runs exist and are billed: marked "failed", "Retry failed
    rows" would start and bill each a second time. They stay running; the batch stops and
    saying why, and a resume follows them to their end without a new run."""
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(3)
        async with FloraClient(
            api_key="fl_wrong_key_for_polls_000000000000",
            base_url=r.client.base_url,
            max_retries=0,
        ) as refused:
            runner = r.runner(batch)
            runner._watcher = RunWatcher(refused, interval=0.02, max_interval=0.2)
            first = await asyncio.wait_for(runner.run(), 20)
        assert len(sandbox_get(sandbox, "runs")) == 3
        assert first.failed == 0
        assert first.stop_reason is not None
        assert await r.store.retry_failed(batch.batch_id) == 0
        second = await asyncio.wait_for(r.runner(batch).run(), 20)
    assert second.completed == 3
    assert len(sandbox_get(sandbox, "runs")) == 3


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig", "cp1252"])
def test_excel_unicode_text_renamed_csv_is_read(tmp_path: Path, encoding: str) -> None:
    """Excel's "Unicode Text" is UTF-16 with tabs; people rename it .csv. It was read as
    cp1252: a header of "ÿþN\\x00a\\x00m\\x00e…" that matched no input."""
    path = tmp_path / "rows.csv"
    text = "Name\tImage\r\ncafé\thttps://example.com/a.png\r\n"
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    path.write_bytes(data)
    table = read_csv(path)
    assert table.header == ("Name", "Image")
    assert table.rows == (("café", "https://example.com/a.png"),)


@pytest.mark.asyncio
async def test_no_row_is_sent_while_the_history_lives_only_in_memory(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """The history file cannot be opened for writing (its disk is full): the app keeps this
    session's history in memory. A batch then has no durable keys: killed mid-batch and run
    again, each row would get a new key and be billed twice. It must send nothing and say
    why (the window and the headless command share the runner)."""
    with small_disk(tmp_path, "home") as disk:
        async with HistoryStore(disk.root / HISTORY_FILE_NAME) as history:
            await history.call(lambda conn: conn.execute("SELECT 1").fetchall())
        disk.fill()
        async with (
            FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0) as client,
            HistoryStore(disk.root / HISTORY_FILE_NAME) as history,
        ):
            store = BatchStore(history, client.base_url)
            technique = await client.techniques.retrieve("background-remover")
            workspace = next(w for w in await client.workspaces.list() if w.role == "owner")
            batch = await store.create(
                technique_id=technique.technique_id,
                workspace_id=workspace.workspace_id,
                sources=[BatchSource({"image": IMAGE.format(i)}, f"{i}.png") for i in range(2)],
            )
            assert history.in_memory
            runner = BatchRunner(
                client,
                store,
                SubmissionJournal(history, client.base_url),
                batch,
                RunWatcher(client, interval=0.02, max_interval=0.2),
            )
            progress = await asyncio.wait_for(runner.run(), 20)
    assert sandbox_get(sandbox, "runs") == []
    assert progress.waiting == 2
    assert progress.stop_reason is STOP_NOT_DURABLE


@pytest.mark.asyncio
async def test_an_output_link_never_fetched_does_not_hold_the_batch_open(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """A hostile server answers a completed run with outputs at links this app never
    fetches (javascript:, file:). They are not "unsaved for lack of space": a resume does
    not try them again and the batch ends."""
    out = tmp_path / "out"
    out.mkdir()
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(1)
        (row,) = await r.store.rows(batch.batch_id)
        hostile = (
            RunOutput("o1", "image", "javascript:alert(1)"),
            RunOutput("o2", "image", "file:///etc/passwd"),
        )
        await r.store.update_row(row, state="completed", run_id="run_x", outputs=hostile)
        saver = BatchOutputSaver(out, "Background Remover")
        try:
            progress = await r.runner(batch, out_dir=out, saver=saver).run()
        finally:
            await saver.aclose()
    assert progress.unsaved == 0
    assert progress.stop_reason is None
    assert sandbox_get(sandbox, "runs") == []


@pytest.mark.asyncio
async def test_pause_during_flora_s_wait_sends_nothing_until_resumed(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """Paused while "FLORA asked to wait": the row that waited for it is not a started row
    (the 429 made nothing), so it is not sent when the wait ends, only after Resume."""
    fault(
        sandbox,
        path="/api/v1/runs/technique",
        method="POST",
        status=429,
        code="rate_limited",
        retry_after="0.05",
    )
    async with rig(sandbox, fast_folder(tmp_path)) as r:
        batch = await r.batch(2)
        runner = r.runner(batch, concurrency=1)

        def pause_when_asked_to_wait(_row: object, progress: BatchProgress) -> None:
            if progress.rate_limited_for > 0 and not progress.paused:
                runner.pause()

        runner._on_change = pause_when_asked_to_wait
        running = asyncio.ensure_future(runner.run())
        for _ in range(500):  # bounded: 500 x 10 ms
            if runner.progress().paused:
                break
            await asyncio.sleep(0.01)
        assert runner.progress().paused
        # Bounded: FLORA's wait (50 ms) is long over; nothing may have gone out.
        await asyncio.sleep(0.4)
        assert sandbox_get(sandbox, "runs") == []
        runner._on_change = None
        runner.resume()
        progress = await asyncio.wait_for(running, 20)
    assert progress.completed == 2
    assert len(sandbox_get(sandbox, "runs")) == 2
