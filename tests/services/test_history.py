"""HistoryStore on real SQLite files: durability, WAL, migrations, sandbox merge, search."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import pytest_asyncio

from flora_desktop.api import FloraClient, RunOutput, RunStart, RunStatus
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.history import (
    HISTORY_FILE_NAME,
    HistoryStore,
    RunRecord,
    sync_server_history,
)
from flora_desktop.services.history_schema import (
    LATEST_VERSION,
    MIGRATIONS,
    HistorySchemaError,
    connect,
    migrate,
    schema_version,
)
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.watch import RunWatcher

BASE = "http://127.0.0.1:1/api/v1"
OTHER_BASE = "https://app.flora.ai/api/v1"
ROOT = Path(__file__).resolve().parents[2]
LIMIT = 15.0


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[HistoryStore]:
    async with HistoryStore(tmp_path / HISTORY_FILE_NAME) as s:
        yield s


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    async with FloraClient(
        api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0, timeout=5
    ) as c:
        yield c


def _start(run_id: str, cost: float = 0.0) -> RunStart:
    return RunStart(
        run_id=run_id,
        type="technique",
        charged_cost=cost,
        estimated_seconds=12.0,
        poll_url=f"{BASE}/runs/{run_id}",
        project_id="prj_1",
    )


async def _record(
    store: HistoryStore,
    run_id: str,
    *,
    base_url: str = BASE,
    technique: tuple[str, str] = ("tech_a", "Poster Maker"),
    inputs: dict[str, object] | None = None,
    started_at: float = 1_700_000_000.0,
) -> None:
    await store.record_start(
        base_url=base_url,
        run_id=run_id,
        technique_id=technique[0],
        technique_name=technique[1],
        workspace_id="ws_1",
        workspace_name="Studio North",
        inputs=inputs if inputs is not None else {"prompt": "a red fox"},
        idempotency_key=f"key-{run_id}",
        start=_start(run_id),
        started_at=started_at,
    )


COMPLETED = RunStatus(
    run_id="run_1",
    status="completed",
    progress=100,
    created_at=1_700_000_000_000,
    started_at=1_700_000_001_000,
    completed_at=1_700_000_009_000,
    charged_cost=0.12,
    outputs=(
        RunOutput("output_1", "imageUrl", "https://media.example/one.png"),
        RunOutput("output_2", "text", "A caption, with “quotes” and ünïcode"),
    ),
)


@pytest.mark.asyncio
async def test_record_update_reopen_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "folder" / HISTORY_FILE_NAME
    async with HistoryStore(path) as store:
        record = await _record_and_finish(store)
        assert record is not None
        assert record.status == "completed"

    async with HistoryStore(path) as reopened:
        again = await reopened.get("run_1", base_url=BASE)
        assert await reopened.integrity_check()

    assert again is not None
    assert again.origin == "local"
    assert again.technique_id == "tech_a"
    assert again.technique_name == "Poster Maker"
    assert again.workspace_id == "ws_1"
    assert again.workspace_name == "Studio North"
    assert dict(again.inputs or {}) == {"prompt": "a red fox", "count": 2}
    assert again.idempotency_key == "key-run_1"
    assert again.start is not None
    assert again.start["estimated_seconds"] == 12.0
    assert again.poll_url == f"{BASE}/runs/run_1"
    assert again.estimated_seconds == 12.0
    assert again.project_id == "prj_1"
    assert again.status == "completed"
    assert again.progress == 100
    assert again.is_terminal
    assert again.outputs == COMPLETED.outputs
    assert again.charged_cost == 0.12
    assert again.created_at == 1_700_000_000.0
    assert again.completed_at == 1_700_000_009.0
    assert again.run_started_at == 1_700_000_001.0
    assert again.started_at == 1_700_000_000.0
    assert again.to_run_status().completed_at == COMPLETED.completed_at


async def _record_and_finish(store: HistoryStore) -> RunRecord | None:
    await _record(store, "run_1", inputs={"prompt": "a red fox", "count": 2})
    running = RunStatus(run_id="run_1", status="running", progress=40)
    mid = await store.update_status(running, base_url=BASE)
    assert mid is not None
    assert mid.status == "running"
    assert mid.progress == 40
    return await store.update_status(COMPLETED, base_url=BASE)


@pytest.mark.asyncio
async def test_failed_status_keeps_error_and_final_status_is_not_regressed(
    store: HistoryStore,
) -> None:
    await _record(store, "run_2")
    failed = RunStatus(
        run_id="run_2",
        status="failed",
        error_code="GENERATION_PROMPT_MODERATED",
        error_message="Refused by the safety system.",
        completed_at=1_700_000_005_000,
    )
    await store.update_status(failed, base_url=BASE)
    stale = RunStatus(run_id="run_2", status="running", progress=80)
    kept = await store.update_status(stale, base_url=BASE)
    assert kept is not None
    assert kept.status == "failed"
    assert kept.error_code == "GENERATION_PROMPT_MODERATED"
    assert kept.error_message == "Refused by the safety system."
    assert await store.update_status(RunStatus("run_unknown", "running"), base_url=BASE) is None


@pytest.mark.asyncio
async def test_wal_mode_is_on(store: HistoryStore) -> None:
    await _record(store, "run_1")
    assert await store.journal_mode() == "wal"
    assert store.path.with_name(store.path.name + "-wal").exists()


def test_store_lives_in_the_data_dir(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    assert HistoryStore.for_paths(paths).path == paths.data_dir / "history.sqlite3"


@pytest.mark.asyncio
async def test_migrates_from_v0_and_again_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / HISTORY_FILE_NAME
    sqlite3.connect(path).close()  # an empty v0 file
    async with HistoryStore(path) as store:
        await _record(store, "run_1")
    conn = connect(path)
    try:
        assert schema_version(conn) == LATEST_VERSION == len(MIGRATIONS)
        assert migrate(conn) == LATEST_VERSION  # idempotent
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {"runs", "runs_by_start", "runs_by_status", "runs_by_technique"} <= tables
        assert conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1
    finally:
        conn.close()
    async with HistoryStore(path) as store:
        assert await store.get("run_1", base_url=BASE) is not None


@pytest.mark.asyncio
async def test_v1_file_is_upgraded_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / HISTORY_FILE_NAME
    conn = connect(path, target=1)
    try:
        assert schema_version(conn) == 1
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "runs_by_technique" not in names
    finally:
        conn.close()
    async with HistoryStore(path) as store:
        await _record(store, "run_1")
    conn = connect(path)
    try:
        assert schema_version(conn) == LATEST_VERSION
    finally:
        conn.close()


def test_file_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / HISTORY_FILE_NAME
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    raw.close()
    with pytest.raises(HistorySchemaError):
        connect(path)


def test_garbage_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / HISTORY_FILE_NAME
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(HistorySchemaError):
        connect(path)


@pytest.mark.asyncio
async def test_runs_are_scoped_by_base_url(store: HistoryStore) -> None:
    await _record(store, "run_1", base_url=BASE + "/")
    await _record(store, "run_2", base_url=OTHER_BASE)
    assert [r.run_id for r in await store.search(base_url=BASE)] == ["run_1"]
    assert [r.run_id for r in await store.unfinished(OTHER_BASE)] == ["run_2"]
    assert await store.get("run_2", base_url=BASE) is None


@pytest.mark.asyncio
async def test_search_filters(store: HistoryStore) -> None:
    day = 86_400.0
    t0 = datetime(2026, 3, 1, tzinfo=UTC).timestamp()
    await _record(
        store,
        "run_a",
        technique=("tech_a", "Poster Maker"),
        started_at=t0,
        inputs={"prompt": "coastal brutalism"},
    )
    await _record(
        store,
        "run_b",
        technique=("tech_b", "Voiceover Studio"),
        started_at=t0 + day,
        inputs={"script": "Hello 100% world"},
    )
    await _record(
        store,
        "run_c",
        technique=("tech_a", "Poster Maker"),
        started_at=t0 + 2 * day,
        inputs={"prompt": "dusk over the harbour"},
    )
    await store.update_status(
        RunStatus("run_b", "failed", error_code="X", error_message="queue too large"),
        base_url=BASE,
    )
    await store.update_status(dataclasses.replace(COMPLETED, run_id="run_c"), base_url=BASE)

    async def ids(**filters: object) -> list[str]:
        return [r.run_id for r in await store.search(base_url=BASE, **filters)]  # type: ignore[arg-type]

    assert await ids() == ["run_c", "run_b", "run_a"]  # newest first
    assert await ids(technique_id="tech_a") == ["run_c", "run_a"]
    assert await ids(status="failed") == ["run_b"]
    assert await ids(status=["completed", "pending"]) == ["run_c", "run_a"]
    assert await ids(text="poster") == ["run_c", "run_a"]  # technique name, any case
    assert await ids(text="harbour") == ["run_c"]  # inputs
    assert await ids(text="poster dusk") == ["run_c"]  # every word must match
    assert await ids(text="queue") == ["run_b"]  # error message
    assert await ids(text="ünïcode") == ["run_c"]  # text outputs
    assert await ids(text="100%") == ["run_b"]  # % is literal, not a wildcard
    assert await ids(text="r_n") == []  # so is _ (as a wildcard it would match "run")
    assert await ids(since=t0 + day) == ["run_c", "run_b"]
    assert await ids(until=datetime.fromtimestamp(t0 + day, tz=UTC)) == ["run_a"]
    assert await ids(limit=1, offset=1) == ["run_b"]
    assert await store.count(base_url=BASE, technique_id="tech_a") == 2


@pytest.mark.asyncio
async def test_merge_with_sandbox_history(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path
) -> None:
    owner = next(w for w in await client.workspaces.list() if w.role == "owner")
    technique = await client.techniques.retrieve("social-caption-writer")
    starts = [
        await client.runs.start_technique(
            technique_id=technique.technique_id,
            workspace_id=owner.workspace_id,
            inputs={"brief": brief},
        )
        for brief in ("started here", "started elsewhere", "#fail")
    ]
    watcher = RunWatcher(client, interval=0.03, max_interval=0.2)
    async with asyncio.timeout(LIMIT):
        for start in starts:
            await watcher.watch(start.run_id)

    path = tmp_path / HISTORY_FILE_NAME
    async with HistoryStore(path) as store:
        local = starts[0]
        await store.record_start(
            base_url=client.base_url,
            run_id=local.run_id,
            technique_id=technique.technique_id,
            technique_name=technique.name,
            workspace_id=owner.workspace_id,
            workspace_name=owner.name,
            inputs={"brief": "started here"},
            start=local,
        )
        result = await sync_server_history(
            store, client, workspace_names={owner.workspace_id: owner.name}
        )
        assert (result.added, result.updated) == (2, 1)

        mine = await store.get(local.run_id, base_url=client.base_url)
        assert mine is not None
        assert mine.origin == "local"
        assert dict(mine.inputs or {}) == {"brief": "started here"}  # local inputs kept
        assert mine.status == "completed"
        assert mine.outputs
        assert mine.charged_cost == technique.run_cost

        elsewhere = await store.get(starts[1].run_id, base_url=client.base_url)
        assert elsewhere is not None
        assert elsewhere.origin == "server"
        assert elsewhere.inputs is None
        assert elsewhere.technique_name == technique.name
        assert elsewhere.workspace_name == owner.name
        assert elsewhere.status == "completed"
        assert elsewhere.outputs[0].type == "text"

        failed = await store.get(starts[2].run_id, base_url=client.base_url)
        assert failed is not None
        assert failed.status == "failed"
        assert failed.error_code == "provider_error"

        again = await sync_server_history(store, client)
        assert (again.added, again.updated) == (0, 3)
        assert await store.count(base_url=client.base_url) == 3
        assert await store.unfinished(client.base_url) == []

    # The key never reaches the file.
    assert not _files_contain(tmp_path, sandbox.api_key)


_WRITER = """
import asyncio, os, sys, time
from pathlib import Path
from flora_desktop.services.history import HistoryStore
from flora_desktop.services.history_schema import connect, transaction

path = Path(sys.argv[1])

async def committed() -> None:
    async with HistoryStore(path) as store:
        for n in range(5):
            await store.record_start(
                base_url="http://127.0.0.1:1/api/v1", run_id=f"run_ok_{n}",
                technique_id="tech_a", workspace_id="ws_1", inputs={"n": n},
            )

asyncio.run(committed())
conn = connect(path)
conn.execute("PRAGMA cache_size = 8")  # tiny cache: uncommitted pages spill into the WAL
with transaction(conn):
    for n in range(5000):
        conn.execute(
            "INSERT INTO runs (profile_id, base_url, run_id, origin, status, started_at, "
            "updated_at, inputs_json) "
            "VALUES ('default', 'http://127.0.0.1:1/api/v1', ?, 'local', 'pending', 0, 0, ?)",
            (f"run_torn_{n}", "x" * 2000),
        )
        if n == 500:
            print("mid-transaction", flush=True)
    time.sleep(30)  # still inside the transaction; the test kills us long before
    os._exit(3)  # never commit, even if nobody kills us
"""


def _wal_size(path: Path) -> int:
    return path.with_name(path.name + "-wal").stat().st_size


def _files_contain(folder: Path, needle: str) -> bool:
    return any(needle.encode() in f.read_bytes() for f in folder.iterdir() if f.is_file())


@pytest.mark.asyncio
async def test_killed_writer_leaves_a_sound_database(tmp_path: Path) -> None:
    path = tmp_path / HISTORY_FILE_NAME
    writer = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _WRITER,
        str(path),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert writer.stdout is not None
        line = await asyncio.wait_for(writer.stdout.readline(), 30)
        assert line.strip() == b"mid-transaction"
        writer.send_signal(signal.SIGKILL)
        assert await asyncio.wait_for(writer.wait(), 10) == -signal.SIGKILL
    finally:
        if writer.returncode is None:
            writer.kill()
            await writer.wait()

    # The torn transaction really reached the disk: its pages spilled into the WAL.
    assert _wal_size(path) > 100_000
    async with HistoryStore(path) as store:
        assert await store.integrity_check()
        kept = await store.search(base_url=BASE, limit=1000)
        assert sorted(r.run_id for r in kept) == [f"run_ok_{n}" for n in range(5)]
        await _record(store, "run_after_crash")  # still writable
        assert await store.get("run_after_crash", base_url=BASE) is not None


@pytest.mark.asyncio
async def test_closed_store_refuses_calls(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / HISTORY_FILE_NAME)
    await store.open()
    await store.aclose()
    await store.aclose()  # twice is fine
    with pytest.raises(RuntimeError):
        await store.search(base_url=BASE)


def _lock_exclusively(path: Path) -> sqlite3.Connection:
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    return blocker


def _release(blocker: sqlite3.Connection) -> None:
    blocker.execute("ROLLBACK")
    blocker.close()


@pytest.mark.asyncio
async def test_a_waiting_write_does_not_block_the_event_loop(store: HistoryStore) -> None:
    await store.open()
    blocker = _lock_exclusively(store.path)
    try:
        write = asyncio.create_task(_record(store, "run_1"))
        # The loop keeps running while the worker thread waits for the lock.
        await asyncio.sleep(0.1)
        assert not write.done()
    finally:
        _release(blocker)
    async with asyncio.timeout(LIMIT):
        await write
    assert await store.get("run_1", base_url=BASE) is not None
