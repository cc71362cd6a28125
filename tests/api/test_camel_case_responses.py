"""Responses in camelCase (the nested run routes and asset uploads, CONTRACT §10) still parse."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from flora_desktop.api import FloraClient
from tests.api.helpers import IMAGE_URL, Control

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def camel(control: Control) -> AsyncIterator[Control]:
    await control.reset(casing="camel_nested")
    yield control


async def test_the_sandbox_really_answers_in_camel_case(camel: Control) -> None:
    # Guard: without this the test below could pass against snake_case answers.
    server = camel.server
    async with httpx.AsyncClient(verify=False) as http:
        response = await http.post(
            f"{server.api_url}/techniques/cctv-cam/runs",
            headers={"Authorization": f"Bearer {server.api_key}"},
            json={
                "inputs": [{"id": "input_image", "type": "imageUrl", "value": IMAGE_URL}],
                "mode": "async",
            },
        )
    assert "runId" in response.json()


async def test_nested_run_create_and_poll_in_camel_case(
    camel: Control, client: FloraClient
) -> None:
    run = await client.techniques.runs.create("cctv-cam", inputs={"input_image": IMAGE_URL})
    assert run.run_id.startswith("run_")
    assert run.poll_url is not None
    assert run.created_at is not None
    for _ in range(200):
        run = await client.techniques.runs.retrieve("cctv-cam", run.run_id)
        if run.is_terminal:
            break
        await asyncio.sleep(0.05)
    assert run.status == "completed"
    assert run.completed_at is not None
    assert run.charged_cost is not None
    assert run.outputs
    assert run.outputs[0].output_id
    assert run.poll_url is not None
    followed = await client.runs.retrieve_url(run.poll_url)
    assert followed.run_id == run.run_id
