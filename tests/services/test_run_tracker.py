"""RunTracker, the output cache and the rerun helpers against the sandbox (no Qt)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from flora_desktop.api import FloraClient
from flora_desktop.api.models import RunOutput, Technique, TechniqueIO
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.history import HistoryStore
from flora_desktop.services.output_cache import OutputCache
from flora_desktop.services.outputs import OutputDownloader
from flora_desktop.services.rerun import RerunRequest, draft_for, run_again_label
from flora_desktop.services.run_tracker import RunTracker, StartedRun, TrackedRun
from flora_desktop.services.submit import RunSubmitter
from tests.conftest import reset_sandbox

POLL_S = 0.05


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    async with FloraClient(
        api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0
    ) as flora:
        yield flora


@pytest_asyncio.fixture
async def history(tmp_path: Path) -> AsyncIterator[HistoryStore]:
    async with HistoryStore(tmp_path / "history.sqlite3") as store:
        yield store


async def technique_named(client: FloraClient, name: str) -> tuple[Technique, str, str]:
    workspaces = await client.workspaces.list()
    owner = next(w for w in workspaces if w.role == "owner")
    found = [t async for t in client.techniques.list(workspace_id=owner.workspace_id)]
    return next(t for t in found if t.name == name), owner.workspace_id, owner.name


async def until(predicate: Any, within: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not predicate():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.01)


@pytest.mark.asyncio
async def test_a_started_run_is_recorded_watched_and_stored_final(
    sandbox: SandboxServer, client: FloraClient, history: HistoryStore
) -> None:
    technique, workspace_id, _ = await technique_named(client, "Voiceover Studio")
    outcome = await RunSubmitter(client).submit(
        technique.technique_id, workspace_id, {"script": "Hello"}
    )
    assert outcome.run is not None
    started = StartedRun.from_outcome(outcome, technique, None)
    assert started is not None
    assert started.run_cost == technique.run_cost
    assert started.poll_url == outcome.run.poll_url
    assert started.idempotency_key == outcome.submission.idempotency_key

    changes: list[TrackedRun] = []
    writes: list[int] = []
    tracker = RunTracker(
        client,
        history,
        interval=POLL_S,
        on_change=changes.append,
        on_history_changed=lambda: writes.append(1),
    )
    try:
        assert await tracker.track(started)
        assert not await tracker.track(started)  # once only
        await until(lambda: (t := tracker.get(started.run_id)) is not None and t.done)

        async def stored() -> str | None:
            record = await history.get(started.run_id, base_url=sandbox.api_url)
            return record.status if record is not None else None

        for _ in range(200):
            if await stored() == "completed":
                break
            await asyncio.sleep(0.01)
        record = await history.get(started.run_id, base_url=sandbox.api_url)
        assert record is not None
        assert record.status == "completed"
        assert dict(record.inputs or {}) == {"script": "Hello"}
        assert record.idempotency_key == outcome.submission.idempotency_key
        assert record.outputs
        assert record.outputs[0].type == "audioUrl"
        assert changes[0].update is None
        assert changes[-1].status == "completed"
        assert writes
        assert tracker.known_cost(technique.technique_id) == technique.run_cost
    finally:
        await tracker.aclose()


@pytest.mark.asyncio
async def test_resume_watches_unfinished_runs_and_sync_adds_runs_started_elsewhere(
    sandbox: SandboxServer, client: FloraClient, history: HistoryStore
) -> None:
    reset_sandbox(sandbox, run_seconds=0.6)
    technique, workspace_id, workspace_name = await technique_named(client, "Voiceover Studio")
    ours = await client.runs.start_technique(
        technique_id=technique.technique_id, workspace_id=workspace_id, inputs={"script": "A"}
    )
    theirs = await client.runs.start_technique(
        technique_id=technique.technique_id, workspace_id=workspace_id, inputs={"script": "B"}
    )
    await history.record_start(
        base_url=sandbox.api_url,
        run_id=ours.run_id,
        technique_id=technique.technique_id,
        workspace_id=workspace_id,
        inputs={"script": "A"},
    )
    tracker = RunTracker(client, history, interval=POLL_S)
    try:
        assert await tracker.resume() == 1
        assert await tracker.resume() == 0  # already watched
        resumed = tracker.get(ours.run_id)
        assert resumed is not None
        assert resumed.run.rerun() == RerunRequest(
            technique_id=technique.technique_id,
            inputs={"script": "A"},
            workspace_id=workspace_id,
        )
        result = await tracker.sync({workspace_id: workspace_name})
        assert result is not None
        assert result.added == 1
        record = await history.get(theirs.run_id, base_url=sandbox.api_url)
        assert record is not None
        assert record.origin == "server"
        assert record.inputs is None
        assert record.workspace_name == workspace_name
        assert StartedRun.from_record(record).rerun() is None  # no inputs to reopen
        await until(lambda: (t := tracker.get(ours.run_id)) is not None and t.done)
    finally:
        await tracker.aclose()


def test_run_again_always_says_it_is_a_new_billed_run() -> None:
    assert run_again_label(0.12) == "Run again — new run, costs $0.12"
    assert run_again_label(0.005, with_inputs=True) == (
        "Run again with these inputs — new run, costs $0.005"
    )
    assert run_again_label(None) == "Run again — new run, billed again"


def test_a_runs_inputs_become_an_editor_draft() -> None:
    technique = Technique(
        technique_id="tech_1",
        name="T",
        run_cost=0.1,
        inputs=(
            TechniqueIO(id="image", name="Image", type="imageUrl"),
            TechniqueIO(id="refs", name="Refs", type="imageUrl", allow_multiple=True),
            TechniqueIO(id="prompt", name="Prompt", type="text", optional=True),
        ),
    )
    inputs = {"prompt": "dusk", "image": "https://x/1.png", "refs": ["https://x/2.png"], "x": 3}
    draft = draft_for(technique, inputs)
    assert draft["technique_id"] == "tech_1"
    rows = {row["key"]: row for row in draft["rows"]}
    assert [row["key"] for row in draft["rows"]] == ["image", "refs", "prompt", "x"]
    assert rows["image"]["value"] == "https://x/1.png"
    assert rows["refs"]["value"] == ["https://x/2.png"]
    assert rows["x"]["custom"] is True
    request = RerunRequest(technique_id="tech_1", inputs=inputs)
    assert "dusk" not in repr(request)
    with pytest.raises(TypeError):
        request.inputs["prompt"] = "changed"  # type: ignore[index]  # frozen on purpose


@pytest.mark.asyncio
async def test_the_output_cache_fetches_once_and_finds_files_again(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path
) -> None:
    from flora_desktop.services.watch import RunWatcher

    technique, workspace_id, _ = await technique_named(client, "CCTV Cam")
    start = await client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=workspace_id,
        inputs={"input_image": "https://images.unsplash.com/a.png"},
    )
    status = await RunWatcher(client, interval=POLL_S).watch(start.run_id)
    (output,) = status.outputs
    async with OutputDownloader() as downloader:
        cache = OutputCache(tmp_path / "outputs", downloader)
        first, second = await asyncio.gather(
            cache.fetch(output, technique_name="CCTV Cam", run_id=status.run_id),
            cache.fetch(output, technique_name="CCTV Cam", run_id=status.run_id),
        )
        assert first == second
        assert first.read_bytes()[:4] == b"\x89PNG"
        assert cache.cached(status.run_id, output.output_id) == first
        # A new session finds the file on disk instead of downloading it again.
        again = OutputCache(tmp_path / "outputs", downloader)
        unreachable = RunOutput(output.output_id, output.type, "https://127.0.0.1:9/nothing.png")
        found = await again.fetch(unreachable, technique_name="CCTV Cam", run_id=status.run_id)
        assert found == first
        assert sorted(p.name for p in first.parent.iterdir()) == [first.name]


def test_the_glue_modules_import_without_qt() -> None:
    import json
    import subprocess
    import sys

    probe = (
        "import json, sys\n"
        "import flora_desktop.services.run_tracker, flora_desktop.services.rerun\n"
        "import flora_desktop.services.output_cache\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = set(json.loads(result.stdout))
    assert not {m for m in loaded if m.split(".")[0] in {"PySide6", "shiboken6", "qasync"}}
