"""Presses of Run written down before they are sent, settled by the answer, recovered after
a crash; and accounts (profile + server) that never see each other's runs."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from hypothesis import given, settings
from hypothesis import strategies as st

from flora_desktop.api import FloraClient
from flora_desktop.api.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    InternalServerError,
    MissingAPIKeyError,
)
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore
from flora_desktop.services.history_schema import LATEST_VERSION, connect, migrate
from flora_desktop.services.run_tracker import RunTracker, StartedRun
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.services.submit import (
    JournalUnavailable,
    RunSubmitter,
    Submission,
    created_no_run,
)
from flora_desktop.services.watch import WatchUpdate

IMAGE = "https://images.unsplash.com/photo-1.png"
RUNS = "/api/v1/runs/technique"


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0) as c:
        yield c


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[HistoryStore]:
    async with HistoryStore(tmp_path / HISTORY_FILE_NAME) as opened:
        yield opened


async def _ids(client: FloraClient) -> tuple[str, str]:
    workspaces = await client.workspaces.list()
    owner = next(w for w in workspaces if w.role == "owner")
    technique = await client.techniques.retrieve("cctv-cam")
    return technique.technique_id, owner.workspace_id


def _sandbox(sandbox: SandboxServer, what: str) -> list[dict[str, Any]]:
    answer: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/{what}").json()[what]
    return answer


def _fault(sandbox: SandboxServer, **body: Any) -> None:
    httpx.post(f"{sandbox.root_url}/_sandbox/faults", json=body).raise_for_status()


def _rows(path: Path) -> list[tuple[str, str, str | None]]:
    """(key, state, run_id) of every noted press, read by a second connection (on disk)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT idempotency_key, state, run_id FROM submissions ORDER BY sent_at"
        ).fetchall()
    finally:
        conn.close()


def _submission(technique_id: str, workspace_id: str, **extra: Any) -> Submission:
    return Submission(
        technique_id=technique_id,
        workspace_id=workspace_id,
        inputs={"input_image": IMAGE},
        technique_name="CCTV Cam",
        workspace_name="Studio North",
        **extra,
    )


@pytest.mark.asyncio
async def test_press_is_on_disk_before_the_request_leaves(
    sandbox: SandboxServer, client: FloraClient, store: HistoryStore
) -> None:
    technique_id, workspace_id = await _ids(client)
    journal = SubmissionJournal(store, sandbox.api_url)
    submitter = RunSubmitter(client, journal)
    # FLORA creates the run, then holds its answer: the press must already be on disk.
    _fault(sandbox, path=RUNS, method="POST", mode="slow", delay_ms=800, when="after")
    submission = _submission(technique_id, workspace_id)
    sending = asyncio.ensure_future(submitter.resubmit(submission))
    for _ in range(200):
        if _sandbox(sandbox, "runs"):
            break
        await asyncio.sleep(0.01)
    assert _sandbox(sandbox, "runs"), "the run was never created"
    assert _rows(store.path) == [(submission.idempotency_key, "sending", None)]

    outcome = await sending
    assert outcome.run is not None
    assert _rows(store.path) == [(submission.idempotency_key, "answered", outcome.run.run_id)]
    record = await store.get(outcome.run.run_id, base_url=sandbox.api_url)
    assert record is not None
    assert record.idempotency_key == submission.idempotency_key
    assert record.inputs == {"input_image": IMAGE}
    assert await journal.pending() == []


@pytest.mark.asyncio
async def test_lost_answer_is_found_again_without_sending_anything(
    sandbox: SandboxServer, client: FloraClient, store: HistoryStore
) -> None:
    technique_id, workspace_id = await _ids(client)
    journal = SubmissionJournal(store, sandbox.api_url)
    _fault(sandbox, path=RUNS, method="POST", mode="slow", delay_ms=5000, when="after")
    submission = _submission(technique_id, workspace_id)
    sending = asyncio.ensure_future(RunSubmitter(client, journal).resubmit(submission))
    for _ in range(300):
        if _sandbox(sandbox, "runs"):
            break
        await asyncio.sleep(0.01)
    sending.cancel()  # the app is gone before the answer: it never arrives
    await asyncio.gather(sending, return_exceptions=True)
    created = _sandbox(sandbox, "runs")
    assert len(created) == 1

    # The next start: a new submitter over the same file.
    pending = await journal.pending()
    assert [p.idempotency_key for p in pending] == [submission.idempotency_key]
    assert pending[0].inputs == {"input_image": IMAGE}
    assert pending[0].technique_name == "CCTV Cam"
    posts = len([r for r in _sandbox(sandbox, "requests") if r["path"] == RUNS])
    found = await RunSubmitter(client, journal).recover(pending[0])

    assert found is not None
    assert found.run_id == created[0]["run_id"]
    assert len([r for r in _sandbox(sandbox, "requests") if r["path"] == RUNS]) == posts
    assert len(_sandbox(sandbox, "runs")) == 1
    assert await journal.pending() == []
    record = await store.get(found.run_id, base_url=sandbox.api_url)
    assert record is not None
    assert record.origin == "local"
    assert record.idempotency_key == submission.idempotency_key


@pytest.mark.asyncio
async def test_a_press_that_never_reached_flora_is_closed_as_no_run(
    sandbox: SandboxServer, client: FloraClient, store: HistoryStore
) -> None:
    technique_id, workspace_id = await _ids(client)
    journal = SubmissionJournal(store, sandbox.api_url)
    earlier = await RunSubmitter(client, journal).submit(
        technique_id, workspace_id, {"input_image": IMAGE}
    )
    # Noted, then the app died before sending: FLORA has only the earlier run.
    lost = _submission(technique_id, workspace_id)
    await journal.write(lost)

    found = await RunSubmitter(client, journal).recover(lost)

    # The earlier run matches technique, workspace and time, but it is another press's.
    assert found is None
    assert earlier.run is not None
    assert await journal.state_of(lost.idempotency_key) == "no_run"
    assert len(_sandbox(sandbox, "runs")) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("fault", "state"),
    [
        ({"status": 500, "code": "internal_error"}, "sending"),
        ({"mode": "drop"}, "sending"),
        ({"status": 402, "code": "insufficient_credits"}, "no_run"),
        ({"status": 403, "code": "forbidden"}, "no_run"),
        ({"status": 429, "code": "rate_limited", "retry_after": "0"}, "no_run"),
    ],
)
async def test_an_answer_that_proves_nothing_started_closes_the_press(
    sandbox: SandboxServer,
    client: FloraClient,
    store: HistoryStore,
    fault: dict[str, Any],
    state: str,
) -> None:
    technique_id, workspace_id = await _ids(client)
    journal = SubmissionJournal(store, sandbox.api_url)
    _fault(sandbox, path=RUNS, method="POST", **fault)
    submission = _submission(technique_id, workspace_id)
    with pytest.raises((APIStatusError, APIConnectionError)):
        await RunSubmitter(client, journal).resubmit(submission)
    assert await journal.state_of(submission.idempotency_key) == state


@given(status=st.integers(min_value=100, max_value=599))
@settings(max_examples=200, deadline=None)
def test_only_refusals_prove_no_run(status: int) -> None:
    error = APIStatusError("x", status_code=status)
    refused = 400 <= status < 500 and status not in (408, 409, 425)
    assert created_no_run(error) is refused
    assert not created_no_run(InternalServerError("x", status_code=500))
    assert not created_no_run(APIConnectionError("x"))
    assert not created_no_run(APIResponseValidationError("x", status_code=200))
    assert created_no_run(MissingAPIKeyError("x"))


@pytest.mark.asyncio
async def test_a_press_that_cannot_be_written_is_not_sent(
    sandbox: SandboxServer, client: FloraClient, store: HistoryStore
) -> None:
    technique_id, workspace_id = await _ids(client)
    journal = SubmissionJournal(store, sandbox.api_url)
    await store.aclose()  # the file cannot be written any more (a full or broken disk)

    with pytest.raises(JournalUnavailable):
        await RunSubmitter(client, journal).resubmit(_submission(technique_id, workspace_id))
    assert _sandbox(sandbox, "runs") == []
    assert [r for r in _sandbox(sandbox, "requests") if r["path"] == RUNS] == []


@pytest.mark.asyncio
async def test_a_resend_keeps_the_key_and_the_first_time_it_was_sent(
    sandbox: SandboxServer, client: FloraClient, store: HistoryStore
) -> None:
    technique_id, workspace_id = await _ids(client)
    journal = SubmissionJournal(store, sandbox.api_url)
    submitter = RunSubmitter(client, journal)
    _fault(sandbox, path=RUNS, method="POST", status=503, code="unavailable")
    submission = _submission(technique_id, workspace_id)
    with pytest.raises(APIStatusError):
        await submitter.resubmit(submission)
    again = await submitter.resubmit(submission)  # "Try again": the same press

    assert again.run is not None
    keys = {r["idempotency_key"] for r in _sandbox(sandbox, "requests") if r["path"] == RUNS}
    assert keys == {submission.idempotency_key}
    assert _rows(store.path) == [(submission.idempotency_key, "answered", again.run.run_id)]


# --- accounts ------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_two_profiles_on_one_server_never_see_each_others_runs(
    sandbox: SandboxServer, client: FloraClient, store: HistoryStore
) -> None:
    technique_id, workspace_id = await _ids(client)
    studio = SubmissionJournal(store, sandbox.api_url, profile_id="studio")
    outcome = await RunSubmitter(client, studio).submit(
        technique_id, workspace_id, {"input_image": IMAGE}, workspace_name="Studio North"
    )
    assert outcome.run is not None
    # A studio press left unanswered too.
    await studio.write(_submission(technique_id, workspace_id))
    # Spelled differently, the same server.
    same_server = sandbox.api_url.upper().replace("/API/V1", "/api/v1") + "/"

    personal = RunTracker(client, store, profile_id="personal")
    try:
        assert await personal.resume() == 0
        assert personal.runs == ()
    finally:
        await personal.aclose()
    assert await store.search(base_url=same_server, profile_id="personal") == []
    assert await SubmissionJournal(store, same_server, profile_id="personal").pending() == []
    assert await store.unfinished(same_server, profile_id="personal") == []

    mine = await store.search(base_url=same_server, profile_id="studio")
    assert [r.run_id for r in mine] == [outcome.run.run_id]
    assert mine[0].workspace_name == "Studio North"
    assert mine[0].inputs == {"input_image": IMAGE}
    assert len(await SubmissionJournal(store, same_server, profile_id="studio").pending()) == 1


@pytest.mark.asyncio
async def test_a_watched_run_is_stored_under_its_own_account(
    sandbox: SandboxServer, client: FloraClient, store: HistoryStore
) -> None:
    technique_id, workspace_id = await _ids(client)
    outcome = await RunSubmitter(client).submit(technique_id, workspace_id, {"input_image": IMAGE})
    assert outcome.run is not None
    done = asyncio.Event()

    def changed(tracked: Any) -> None:
        if isinstance(tracked.update, WatchUpdate) and tracked.update.done:
            done.set()

    tracker = RunTracker(client, store, interval=0.05, profile_id="studio", on_change=changed)
    try:
        run = StartedRun(outcome.run.run_id, technique_id, workspace_id, {"input_image": IMAGE})
        await tracker.track(run)
        await asyncio.wait_for(done.wait(), 20)
        await asyncio.sleep(0.1)
    finally:
        await tracker.aclose()
    studio = await store.get(outcome.run.run_id, base_url=sandbox.api_url, profile_id="studio")
    assert studio is not None
    assert studio.is_terminal
    assert await store.get(outcome.run.run_id, base_url=sandbox.api_url) is None


def test_version_2_history_moves_to_the_default_profile(tmp_path: Path) -> None:
    path = tmp_path / HISTORY_FILE_NAME
    conn = connect(path, target=2)
    conn.execute(
        "INSERT INTO runs (base_url, run_id, origin, status, started_at, updated_at, "
        "inputs_json, idempotency_key) VALUES ('http://127.0.0.1:1/api/v1', 'run_old', "
        "'local', 'running', 5, 5, '{\"a\": 1}', 'k-old')"
    )
    assert migrate(conn) == LATEST_VERSION
    row = conn.execute(
        "SELECT profile_id, base_url, run_id, inputs_json, idempotency_key FROM runs"
    ).fetchone()
    conn.close()
    assert row == ("default", "http://127.0.0.1:1/api/v1", "run_old", '{"a": 1}', "k-old")
