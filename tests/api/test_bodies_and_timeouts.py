"""Timeouts and answers that are not the contract's JSON: proxies, truncation, oversize."""

from __future__ import annotations

import pytest

from flora_desktop.api import (
    APIResponseValidationError,
    APITimeoutError,
    BadRequestError,
    FloraClient,
    InternalServerError,
)
from flora_desktop.sandbox.server import SandboxServer
from tests.api.helpers import Control, RecordingPolicy

pytestmark = pytest.mark.asyncio

SHORT_TIMEOUT = 0.3


@pytest.fixture
def no_retries() -> RecordingPolicy:
    return RecordingPolicy(max_retries=0)


async def test_slow_answer_times_out_then_retry_succeeds(
    sandbox: SandboxServer, control: Control
) -> None:
    await control.fault("/workspaces", mode="slow", delay_ms=1500)
    policy = RecordingPolicy(max_retries=1)
    async with FloraClient(
        api_key=sandbox.api_key,
        base_url=sandbox.api_url,
        timeout=SHORT_TIMEOUT,
        retry_policy=policy,
    ) as client:
        assert await client.workspaces.list()
    assert [d.retry for d in policy.decisions] == [True]
    assert len(await control.requests("/workspaces")) == 2


async def test_slow_answer_times_out(sandbox: SandboxServer, control: Control) -> None:
    await control.fault("/workspaces", mode="slow", delay_ms=1500, count=None)
    async with FloraClient(
        api_key=sandbox.api_key,
        base_url=sandbox.api_url,
        timeout=SHORT_TIMEOUT,
        retry_policy=RecordingPolicy(max_retries=1),
    ) as client:
        with pytest.raises(APITimeoutError) as info:
            await client.workspaces.list()
    assert info.value.__cause__ is not None
    assert len(await control.requests("/workspaces")) == 2


async def test_dripping_answer_hits_the_per_attempt_deadline(
    sandbox: SandboxServer, control: Control, no_retries: RecordingPolicy
) -> None:
    # Each chunk arrives well within any per-read timeout; only a whole-attempt deadline ends it.
    await control.fault("/workspaces", mode="drip", delay_ms=3000)
    async with FloraClient(
        api_key=sandbox.api_key,
        base_url=sandbox.api_url,
        timeout=SHORT_TIMEOUT,
        retry_policy=no_retries,
    ) as client:
        with pytest.raises(APITimeoutError):
            await client.workspaces.list()


async def test_proxy_html_page_on_success_status(client: FloraClient, control: Control) -> None:
    await control.fault("/workspaces", mode="html", status=200)
    with pytest.raises(APIResponseValidationError) as info:
        await client.workspaces.list()
    assert info.value.status_code == 200
    assert info.value.request_id is not None
    assert "<html>" in str(info.value.body)
    assert "<html>" not in str(info.value)


async def test_proxy_html_error_page_is_retried_then_reported(
    client: FloraClient, control: Control, policy: RecordingPolicy
) -> None:
    await control.fault("/workspaces", mode="html", count=None)  # 502 Bad Gateway
    with pytest.raises(InternalServerError) as info:
        await client.workspaces.list()
    assert info.value.status_code == 502
    assert info.value.excerpt is not None
    assert "502 Bad Gateway" in info.value.excerpt
    assert len(await control.requests("/workspaces")) == policy.max_retries + 1


async def test_proxy_html_page_once_then_the_api(client: FloraClient, control: Control) -> None:
    await control.fault("/workspaces", mode="html")
    assert await client.workspaces.list()


async def test_truncated_json_success(client: FloraClient, control: Control) -> None:
    await control.fault("/workspaces", mode="malformed")
    with pytest.raises(APIResponseValidationError) as info:
        await client.workspaces.list()
    assert info.value.status_code == 200
    assert isinstance(info.value.__cause__, ValueError)


async def test_truncated_answer_after_the_handler(client: FloraClient, control: Control) -> None:
    await control.fault("/techniques", mode="malformed", when="after")
    with pytest.raises(APIResponseValidationError):
        await anext(aiter(client.techniques.list()))


async def test_truncated_error_envelope(client: FloraClient, control: Control) -> None:
    await control.fault("/workspaces", mode="malformed", status=400)
    with pytest.raises(BadRequestError) as info:
        await client.workspaces.list()
    assert info.value.status_code == 400
    assert info.value.code is None
    assert info.value.excerpt
    assert len(await control.requests("/workspaces")) == 1


async def test_oversized_body_is_refused(client: FloraClient, control: Control) -> None:
    await control.fault("/workspaces", mode="huge")
    with pytest.raises(APIResponseValidationError, match="more than"):
        await client.workspaces.list()
    assert len(await control.requests("/workspaces")) == 1
