"""The client's public names exactly as issue 2 lists them, checked against the sandbox."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from flora_desktop.api import ActionRef, FloraClient, ModelRef, RunStart, TechniqueRef
from flora_desktop.api.errors import APIStatusError, FieldError, InputValidationError
from flora_desktop.api.resources.techniques import Techniques
from flora_desktop.sandbox.server import SandboxServer

START_FIELDS = (
    "run_id",
    "type",
    "charged_cost",
    "estimated_seconds",
    "poll_url",
    "project_id",
    "technique",
    "action",
    "model",
)
STATUS_FIELDS = (
    "run_id",
    "status",
    "progress",
    "outputs",
    "error_code",
    "error_message",
    "created_at",
    "started_at",
    "completed_at",
    "charged_cost",
    "poll_url",
)


def test_constructor_signature() -> None:
    parameters = inspect.signature(FloraClient).parameters
    assert list(parameters)[:4] == ["api_key", "base_url", "timeout", "max_retries"]
    assert parameters["timeout"].default == 60.0
    assert parameters["max_retries"].default == 2


def test_list_signatures() -> None:
    techniques = inspect.signature(Techniques.list)
    assert [(p.name, p.default) for p in techniques.parameters.values()][1:] == [
        ("workspace_id", None),
        ("query", None),
        ("limit", None),
    ]


def test_start_response_carries_every_named_field() -> None:
    start = RunStart.from_dict(
        {
            "run_id": "run_1",
            "type": "action",
            "charged_cost": 0.01,
            "estimated_seconds": 3,
            "action": {"action_id": "rotate-image"},
            "model": {"model_id": "t2i-flux-2-pro"},
            "technique": None,
            "unknown_extra": {"ignored": True},
        }
    )
    names = {f.name for f in dataclasses.fields(RunStart)}
    assert set(START_FIELDS) <= names
    assert start.action == ActionRef("rotate-image")
    assert start.model == ModelRef("t2i-flux-2-pro")
    assert start.technique is None
    assert (start.action_id, start.model_id) == ("rotate-image", "t2i-flux-2-pro")
    bare = RunStart.from_dict({"run_id": "run_2", "type": "technique"})
    assert (bare.action, bare.model, bare.technique) == (None, None, None)


@pytest.mark.asyncio
async def test_start_and_retrieve_fields_against_the_sandbox(sandbox: SandboxServer) -> None:
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url) as client:
        (owner,) = [w for w in await client.workspaces.list() if w.role == "owner"]
        technique = await client.techniques.retrieve("cctv-cam")
        start = await client.runs.start_technique(
            technique_id=technique.technique_id,
            workspace_id=owner.workspace_id,
            inputs={"input_image": "https://images.unsplash.com/photo-1.png"},
        )
        for name in START_FIELDS:
            assert hasattr(start, name), name
        assert start.type == "technique"
        assert start.technique == TechniqueRef(technique.technique_id, technique.name)
        assert start.action is None
        assert start.model is None
        status = await client.runs.retrieve(start.run_id)
        for name in STATUS_FIELDS:
            assert hasattr(status, name), name
        assert status.run_id == start.run_id


@pytest.mark.asyncio
async def test_error_attributes_as_named(sandbox: SandboxServer) -> None:
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url) as client:
        (owner,) = [w for w in await client.workspaces.list() if w.role == "owner"]
        technique = await client.techniques.retrieve("cctv-cam")
        with pytest.raises(InputValidationError) as info:
            await client.runs.start_technique(
                technique_id=technique.technique_id,
                workspace_id=owner.workspace_id,
                inputs={"input_image": "", "nope": "x"},
            )
    error: APIStatusError = info.value
    assert error.status_code == 400
    assert error.code == "input_validation_error"
    assert error.message
    assert error.request_id is not None
    assert error.request_id.startswith("req_")
    assert error.retry_after is None
    assert all(isinstance(f, FieldError) for f in error.fields)
    assert {f.field for f in error.fields} == {"inputs.input_image", "inputs.nope"}
    assert all(f.message for f in error.fields)
