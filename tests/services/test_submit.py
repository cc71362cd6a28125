"""RunSubmitter against the sandbox: one run per submission, 409 reconciled, cancel safe."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio

from flora_desktop.api import APIConnectionError, FloraClient, InsufficientCreditsError
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.submit import RunSubmitter, Submission, SubmitInFlight
from tests.conftest import reset_sandbox

IMAGE = "https://images.unsplash.com/photo-1.png"


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0) as c:
        yield c


async def _ids(client: FloraClient) -> tuple[str, str]:
    workspaces = await client.workspaces.list()
    owner = next(w for w in workspaces if w.role == "owner")
    technique = await client.techniques.retrieve("cctv-cam")
    return technique.technique_id, owner.workspace_id


def _runs(sandbox: SandboxServer) -> list[dict[str, Any]]:
    runs: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/runs").json()["runs"]
    return runs


def _fault(sandbox: SandboxServer, **body: Any) -> None:
    httpx.post(f"{sandbox.root_url}/_sandbox/faults", json=body).raise_for_status()


@pytest.mark.asyncio
async def test_submit_starts_one_run_with_its_own_key(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    technique_id, workspace_id = await _ids(client)
    submitter = RunSubmitter(client)

    outcome = await submitter.submit(technique_id, workspace_id, {"input_image": IMAGE})

    assert outcome.run is not None
    assert not outcome.already_started
    runs = _runs(sandbox)
    assert [r["run_id"] for r in runs] == [outcome.run.run_id]
    assert runs[0]["idempotency_key"] == outcome.submission.idempotency_key
    assert submitter.last_submission == outcome.submission
    assert not submitter.in_flight


@pytest.mark.asyncio
async def test_each_submission_gets_a_new_key(sandbox: SandboxServer, client: FloraClient) -> None:
    technique_id, workspace_id = await _ids(client)
    submitter = RunSubmitter(client)
    first = await submitter.submit(technique_id, workspace_id, {"input_image": IMAGE})
    second = await submitter.submit(technique_id, workspace_id, {"input_image": IMAGE})
    assert first.submission.idempotency_key != second.submission.idempotency_key
    assert len(_runs(sandbox)) == 2


@pytest.mark.asyncio
async def test_second_submit_while_in_flight_is_refused(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    technique_id, workspace_id = await _ids(client)
    _fault(sandbox, method="POST", path="/api/v1/runs/technique", mode="slow", delay_ms=300)
    submitter = RunSubmitter(client)
    first = asyncio.create_task(
        submitter.submit(technique_id, workspace_id, {"input_image": IMAGE})
    )
    for _ in range(100):
        if submitter.in_flight:
            break
        await asyncio.sleep(0.01)
    assert submitter.in_flight

    with pytest.raises(SubmitInFlight):
        await submitter.submit(technique_id, workspace_id, {"input_image": IMAGE})

    outcome = await first
    assert [r["run_id"] for r in _runs(sandbox)] == [outcome.run_id]


@pytest.mark.asyncio
async def test_duplicate_key_is_already_started_and_found(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    technique_id, workspace_id = await _ids(client)
    original = await client.runs.start_technique(
        technique_id=technique_id,
        workspace_id=workspace_id,
        inputs={"input_image": IMAGE},
        idempotency_key="fd-test-duplicate",
    )
    submitter = RunSubmitter(client)
    again = Submission(
        technique_id, workspace_id, {"input_image": IMAGE}, idempotency_key="fd-test-duplicate"
    )

    outcome = await submitter.resubmit(again)

    assert outcome.already_started
    assert outcome.run is None
    assert outcome.found is not None
    assert outcome.found.run_id == original.run_id
    assert outcome.run_id == original.run_id
    assert len(_runs(sandbox)) == 1


@pytest.mark.asyncio
async def test_resubmit_after_a_lost_answer_starts_no_second_run(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    technique_id, workspace_id = await _ids(client)
    # The run is created, then the connection drops before the answer arrives.
    _fault(sandbox, method="POST", path="/api/v1/runs/technique", mode="drop", when="after")
    submitter = RunSubmitter(client)
    with pytest.raises(APIConnectionError):
        await submitter.submit(technique_id, workspace_id, {"input_image": IMAGE})
    assert submitter.last_submission is not None

    outcome = await submitter.resubmit(submitter.last_submission)

    runs = _runs(sandbox)
    assert len(runs) == 1
    assert outcome.already_started
    assert outcome.run_id == runs[0]["run_id"]


@pytest.mark.asyncio
async def test_cancelled_submit_can_be_looked_up(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    technique_id, workspace_id = await _ids(client)
    # The sandbox starts the run, then holds the answer back.
    _fault(
        sandbox,
        method="POST",
        path="/api/v1/runs/technique",
        mode="slow",
        delay_ms=800,
        when="after",
    )
    submitter = RunSubmitter(client)
    task = asyncio.create_task(submitter.submit(technique_id, workspace_id, {"input_image": IMAGE}))
    for _ in range(200):
        if _runs(sandbox):
            break
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not submitter.in_flight
    assert submitter.last_submission is not None

    found = await submitter.look_up(submitter.last_submission)

    assert found is not None
    assert found.run_id == _runs(sandbox)[0]["run_id"]


@pytest.mark.asyncio
async def test_look_up_finds_nothing_when_no_run_started(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    technique_id, workspace_id = await _ids(client)
    submitter = RunSubmitter(client)
    nothing = Submission(technique_id, workspace_id, {"input_image": IMAGE})
    assert await submitter.look_up(nothing) is None


@pytest.mark.asyncio
async def test_errors_propagate_and_free_the_submitter(
    sandbox_server: SandboxServer,
) -> None:
    reset_sandbox(sandbox_server, credits=0)
    async with FloraClient(
        api_key=sandbox_server.api_key, base_url=sandbox_server.api_url, max_retries=0
    ) as client:
        technique_id, workspace_id = await _ids(client)
        submitter = RunSubmitter(client)
        with pytest.raises(InsufficientCreditsError):
            await submitter.submit(technique_id, workspace_id, {"input_image": IMAGE})
        assert not submitter.in_flight
    reset_sandbox(sandbox_server)
