"""The client tells the caller about each retry it waits for, and only that caller."""

from __future__ import annotations

import asyncio

import pytest

from flora_desktop.api import FloraClient
from flora_desktop.api.retry_notices import RetryNotice, retry_notices
from tests.api.helpers import Control


@pytest.mark.asyncio
async def test_a_429_then_a_503_are_announced_before_each_wait(
    client: FloraClient, control: Control
) -> None:
    await control.fault(
        "/workspaces", method="GET", status=429, code="rate_limited", retry_after=0.1, count=1
    )
    await control.fault("/workspaces", method="GET", status=503, code="internal_error", count=1)
    notices: list[RetryNotice] = []
    with retry_notices(notices.append):
        workspaces = await client.workspaces.list()
    assert workspaces
    assert [(n.attempt, n.status_code, n.rate_limited) for n in notices] == [
        (1, 429, True),
        (2, 503, False),
    ]
    assert notices[0].delay == pytest.approx(0.1)
    assert notices[0].code == "rate_limited"


@pytest.mark.asyncio
async def test_a_dropped_connection_is_announced_without_a_status(
    client: FloraClient, control: Control
) -> None:
    await control.fault("/workspaces", method="GET", mode="drop", count=1)
    notices: list[RetryNotice] = []
    with retry_notices(notices.append):
        await client.workspaces.list()
    assert len(notices) == 1
    assert notices[0].status_code is None


@pytest.mark.asyncio
async def test_notices_follow_the_task_that_asked_and_no_other(
    client: FloraClient, control: Control
) -> None:
    await control.fault("/workspaces", method="GET", status=503, code="internal_error", count=2)
    mine: list[RetryNotice] = []
    with retry_notices(mine.append):
        # A task created inside the block inherits the listener...
        inside = asyncio.get_running_loop().create_task(client.workspaces.list())
    # ...while work started outside it announces to nobody.
    outside = asyncio.get_running_loop().create_task(client.workspaces.list())
    await asyncio.gather(inside, outside)
    assert len(mine) == 1
