"""Retries against the sandbox (CONTRACT §9.5–9.7): what is retried, how long, with which key."""

from __future__ import annotations

import asyncio

import pytest

from flora_desktop.api import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FloraClient,
    IdempotencyDuplicateError,
    InsufficientCreditsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RunStart,
)
from tests.api.helpers import IMAGE_URL, Control, RecordingPolicy

pytestmark = pytest.mark.asyncio


async def _start(client: FloraClient, workspaces: dict[str, str], **extra: str) -> RunStart:
    technique = await client.techniques.retrieve("cctv-cam")
    return await client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=workspaces["owner"],
        inputs={"input_image": IMAGE_URL},
        **extra,
    )


async def test_503_twice_then_success(
    client: FloraClient, control: Control, policy: RecordingPolicy
) -> None:
    await control.fault("/workspaces", status=503, count=2)
    assert await client.workspaces.list()
    attempts = await control.requests("/workspaces")
    assert [a["status"] for a in attempts] == [503, 503, 200]
    assert [d.retry for d in policy.decisions] == [True, True]


async def test_gives_up_after_max_retries(
    client: FloraClient, control: Control, policy: RecordingPolicy
) -> None:
    await control.fault("/workspaces", status=502, code="bad_gateway", count=None)
    with pytest.raises(InternalServerError):
        await client.workspaces.list()
    assert len(await control.requests("/workspaces")) == policy.max_retries + 1


async def test_429_retry_after_is_honoured(
    client: FloraClient, control: Control, policy: RecordingPolicy
) -> None:
    await control.fault("/workspaces", status=429, retry_after=0.2)
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await client.workspaces.list()
    waited = loop.time() - started
    (decision,) = policy.decisions
    assert decision.retry
    assert decision.delay == pytest.approx(0.2)
    assert waited >= 0.2  # a lower bound only: the client really slept before retrying
    assert [a["status"] for a in await control.requests("/workspaces")] == [429, 200]


async def test_429_retry_after_ms_is_honoured(
    client: FloraClient, control: Control, policy: RecordingPolicy
) -> None:
    await control.fault("/workspaces", status=429, retry_after=None, retry_after_ms=150)
    assert await client.workspaces.list()
    assert policy.decisions[0].delay == pytest.approx(0.15)


async def test_429_asking_for_more_than_a_minute_is_not_waited_for(
    client: FloraClient, control: Control
) -> None:
    await control.fault("/workspaces", status=429, retry_after=120)
    with pytest.raises(RateLimitError) as info:
        await client.workspaces.list()
    assert info.value.retry_after == 120.0
    assert len(await control.requests("/workspaces")) == 1


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (402, InsufficientCreditsError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
    ],
)
async def test_client_errors_are_not_retried(
    client: FloraClient, control: Control, status: int, cls: type[Exception]
) -> None:
    await control.fault("/workspaces", status=status, count=None)
    with pytest.raises(cls):
        await client.workspaces.list()
    assert len(await control.requests("/workspaces")) == 1


async def test_x_should_retry_overrides_the_status(client: FloraClient, control: Control) -> None:
    await control.fault("/workspaces", status=503, headers={"x-should-retry": "false"})
    with pytest.raises(InternalServerError):
        await client.workspaces.list()
    assert len(await control.requests("/workspaces")) == 1
    await control.fault("/workspaces", status=400, headers={"x-should-retry": "true"})
    assert await client.workspaces.list()
    assert [a["status"] for a in await control.requests("/workspaces")] == [503, 400, 200]


async def test_409_is_never_retried_even_when_the_server_says_so(
    client: FloraClient, control: Control
) -> None:
    await control.fault("/workspaces", status=409, headers={"x-should-retry": "true"})
    with pytest.raises(IdempotencyDuplicateError):
        await client.workspaces.list()
    assert len(await control.requests("/workspaces")) == 1


async def test_same_idempotency_key_on_every_attempt(
    client: FloraClient, control: Control, workspaces: dict[str, str]
) -> None:
    await control.fault("/runs/technique", method="POST", status=503, count=2)
    start = await _start(client, workspaces)
    attempts = await control.requests("/runs/technique")
    assert [a["status"] for a in attempts] == [503, 503, 200]
    keys = {a["idempotency_key"] for a in attempts}
    assert len(keys) == 1
    assert None not in keys
    (run,) = await control.runs()
    assert run["run_id"] == start.run_id
    assert run["idempotency_key"] in keys


async def test_dropped_answer_after_the_run_started_makes_no_second_run(
    client: FloraClient, control: Control, workspaces: dict[str, str]
) -> None:
    await control.fault("/runs/technique", method="POST", mode="drop", when="after")
    # The retry carries the same key, so the server refuses a second run: the caller learns
    # the run exists (and finds it in the history) instead of paying twice.
    with pytest.raises(IdempotencyDuplicateError):
        await _start(client, workspaces, idempotency_key="click-7")
    attempts = await control.requests("/runs/technique")
    assert len(attempts) == 2
    assert {a["idempotency_key"] for a in attempts} == {"click-7"}
    (run,) = await control.runs()
    assert run["idempotency_key"] == "click-7"


async def test_dropped_before_the_handler_is_retried_to_success(
    client: FloraClient, control: Control, workspaces: dict[str, str]
) -> None:
    await control.fault("/runs/technique", method="POST", mode="drop")
    start = await _start(client, workspaces)
    (run,) = await control.runs()
    assert run["run_id"] == start.run_id


async def test_connection_refused_becomes_api_connection_error() -> None:
    # A port nothing listens on: bind, note the port, close.
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    policy = RecordingPolicy(max_retries=1)
    async with FloraClient(
        api_key="sk_test_x", base_url=f"http://127.0.0.1:{port}/api/v1", retry_policy=policy
    ) as client:
        with pytest.raises(APIConnectionError) as info:
            await client.workspaces.list()
    assert [d.retry for d in policy.decisions] == [True, False]
    assert isinstance(info.value.__cause__, Exception)
    assert "sk_test_x" not in str(info.value)
