"""Every endpoint of the client against the sandbox over loopback."""

from __future__ import annotations

import asyncio

import pytest

from flora_desktop import __version__
from flora_desktop.api import FloraClient, RunStatus, TechniqueRun
from tests.api.helpers import IMAGE_URL, Control, inputs_for, technique_with_text_input

pytestmark = pytest.mark.asyncio

POLL_INTERVAL = 0.05
POLL_ATTEMPTS = 200  # 10 s at most; sandbox runs take 0.3 s


async def wait_for_end(client: FloraClient, run_id: str) -> RunStatus:
    for _ in range(POLL_ATTEMPTS):
        run = await client.runs.retrieve(run_id)
        if run.is_terminal:
            return run
        await asyncio.sleep(POLL_INTERVAL)
    raise AssertionError(f"run {run_id} did not finish")


async def test_workspaces_list(client: FloraClient, control: Control) -> None:
    workspaces = await client.workspaces.list()
    assert {ws.role for ws in workspaces} >= {"owner", "viewer"}
    assert all(ws.workspace_id.startswith("ws_") for ws in workspaces)
    assert all(ws.created_at is None or ws.created_at > 0 for ws in workspaces)
    (entry,) = await control.requests("/workspaces")
    assert entry["auth"] == "valid"
    assert entry["user_agent"].startswith(f"FloraDesktop/{__version__} python-httpx/")


async def test_techniques_retrieve_by_id_and_slug(client: FloraClient) -> None:
    first = await anext(aiter(client.techniques.list(limit=1)))
    by_id = await client.techniques.retrieve(first.technique_id)
    assert by_id == first
    assert first.slug is not None
    assert await client.techniques.retrieve(first.slug) == first
    assert first.inputs
    assert first.run_cost >= 0


async def test_catalog_covers_every_input_flag(client: FloraClient) -> None:
    techniques = [t async for t in client.techniques.list(limit=100)]
    inputs = [io for t in techniques for io in t.inputs]
    assert {io.type for io in inputs} >= {"imageUrl", "videoUrl", "audioUrl", "text", "documentUrl"}
    assert any(io.optional for io in inputs)
    assert any(io.accepts_element for io in inputs)
    assert any(io.allow_multiple for io in inputs)
    assert any(
        io.specified_aspect_ratio for io in inputs + [o for t in techniques for o in t.outputs]
    )
    assert any(io.specified_duration for io in inputs)


async def _image_technique(client: FloraClient, slug: str = "cctv-cam") -> str:
    return (await client.techniques.retrieve(slug)).technique_id


async def test_start_technique_and_poll_to_completion(
    client: FloraClient, control: Control, workspaces: dict[str, str]
) -> None:
    technique_id = await _image_technique(client)
    start = await client.runs.start_technique(
        technique_id=technique_id,
        workspace_id=workspaces["owner"],
        inputs={"input_image": IMAGE_URL},
    )
    assert start.run_id.startswith("run_")
    assert start.type == "technique"
    assert start.technique is not None
    assert start.technique.technique_id == technique_id
    assert start.project_id is not None
    assert start.poll_url is not None
    run = await wait_for_end(client, start.run_id)
    assert run.status == "completed"
    assert run.progress == 100.0
    assert run.outputs
    assert run.outputs[0].type == "imageUrl"
    assert run.completed_at is not None
    (posted,) = await control.requests("/runs/technique")
    assert posted["idempotency_key"]  # always sent, even when the caller gave none
    (recorded,) = await control.runs()
    assert recorded["idempotency_key"] == posted["idempotency_key"]
    assert recorded["inputs"] == {"input_image": IMAGE_URL}


async def test_given_idempotency_key_is_sent(
    client: FloraClient, control: Control, workspaces: dict[str, str]
) -> None:
    await client.runs.start_technique(
        technique_id=await _image_technique(client),
        workspace_id=workspaces["owner"],
        inputs={"input_image": IMAGE_URL},
        idempotency_key="submit-42",
    )
    (posted,) = await control.requests("/runs/technique")
    assert posted["idempotency_key"] == "submit-42"


async def test_poll_url_is_followed(client: FloraClient, workspaces: dict[str, str]) -> None:
    start = await client.runs.start_technique(
        technique_id=await _image_technique(client),
        workspace_id=workspaces["owner"],
        inputs={"input_image": IMAGE_URL},
    )
    assert start.poll_url is not None
    run = await client.runs.retrieve_url(start.poll_url)
    assert run.run_id == start.run_id


async def test_failing_run_reports_its_error(
    client: FloraClient, workspaces: dict[str, str]
) -> None:
    technique = await technique_with_text_input(client)
    start = await client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=workspaces["owner"],
        inputs=inputs_for(technique, text="make it pop #fail"),
    )
    run = await wait_for_end(client, start.run_id)
    assert run.status == "failed"
    assert run.error_code == "provider_error"
    assert run.error_message


async def test_nested_run_with_mapping_inputs(client: FloraClient, control: Control) -> None:
    run = await client.techniques.runs.create("cctv-cam", inputs={"input_image": IMAGE_URL})
    assert run.status in ("pending", "running")
    assert run.poll_url is not None
    polled = await client.techniques.runs.retrieve("cctv-cam", run.run_id)
    assert polled.run_id == run.run_id
    (posted,) = await control.requests("/techniques/cctv-cam/runs")
    (recorded,) = await control.runs()
    assert recorded["route"] == "nested"
    assert recorded["idempotency_key"] == posted["idempotency_key"]


async def test_nested_run_with_wire_inputs_and_callback(
    client: FloraClient, control: Control
) -> None:
    run = await client.techniques.runs.create(
        "cctv-cam",
        inputs=[{"id": "input_image", "type": "image_url", "value": IMAGE_URL}],
        idempotency_key="nested-1",
        callback_url="https://hooks.example.com/flora",
    )
    assert run.run_id.startswith("run_")
    (recorded,) = await control.runs()
    assert recorded["run_id"] == run.run_id
    assert recorded["idempotency_key"] == "nested-1"
    assert recorded["inputs"] == {"input_image": IMAGE_URL}


async def test_technique_runs_list_filters(
    client: FloraClient, control: Control, workspaces: dict[str, str]
) -> None:
    technique_id = await _image_technique(client)
    started = [
        await client.runs.start_technique(
            technique_id=technique_id,
            workspace_id=workspaces["owner"],
            inputs={"input_image": IMAGE_URL},
        )
        for _ in range(3)
    ]
    history = [
        r
        async for r in client.technique_runs.list(
            workspace_id=workspaces["owner"], technique_id=technique_id, limit=2
        )
    ]
    assert all(isinstance(r, TechniqueRun) for r in history)
    assert {r.run_id for r in history} == {s.run_id for s in started}
    assert [r.run_id for r in history] == [s.run_id for s in reversed(started)]  # newest first
    assert all(r.technique.technique_id == technique_id for r in history)
    assert all(r.workspace_id == workspaces["owner"] for r in history)
    pages = await control.requests("/technique-runs")
    assert len(pages) == 2
    for page in pages:
        assert page["query"]["technique_id"] == technique_id
        assert page["query"]["workspace_id"] == workspaces["owner"]
        assert page["query"]["limit"] == "2"


async def test_technique_runs_status_filter(client: FloraClient) -> None:
    assert [r async for r in client.technique_runs.list(status="completed")] == []


async def test_models_list(client: FloraClient, control: Control) -> None:
    models = await client.models.list()
    assert models
    images = await client.models.list(type="image")
    assert images
    assert all(m.type == "image" for m in images)
    assert len(images) < len(models)
    last = (await control.requests("/models"))[-1]
    assert last["query"] == {"type": "image"}


async def test_actions_list(client: FloraClient) -> None:
    actions = await client.actions.list()
    assert actions
    assert all(a.action_id and a.name for a in actions)
