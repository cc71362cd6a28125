"""Tolerant parsing of the API's objects into frozen models (CONTRACT §4, §5, §10)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import pytest

from flora_desktop.api.casing import normalize_keys
from flora_desktop.api.errors import APIResponseValidationError
from flora_desktop.api.models import (
    Action,
    Asset,
    Model,
    RunOutput,
    RunStart,
    RunStatus,
    Technique,
    TechniqueIO,
    TechniqueRef,
    TechniqueRun,
    Workspace,
    to_datetime,
)

TECHNIQUE = {
    "technique_id": "tech_moodboard",
    "slug": "moodboard",
    "name": "Moodboard",
    "description": "Turns a brief into a moodboard.",
    "run_cost": 0.12,
    "inputs": [
        {"id": "brief", "name": "Brief", "type": "text"},
        {
            "id": "reference",
            "name": "Reference",
            "type": "imageUrl",
            "optional": True,
            "accepts_element": True,
            "allow_multiple": True,
            "specified_aspect_ratio": "1:1",
            "description": "A picture to riff on",
        },
        {"id": "clip", "name": "Clip", "type": "video_url", "specified_duration": 5},
    ],
    "outputs": [{"id": "board", "name": "Board", "type": "imageUrl"}],
    "brand_new_field": {"nested": True},
}


def test_technique_parses_every_io_field() -> None:
    technique = Technique.from_dict(TECHNIQUE)
    assert technique.technique_id == "tech_moodboard"
    assert technique.slug == "moodboard"
    assert technique.run_cost == 0.12
    brief, reference, clip = technique.inputs
    assert brief == TechniqueIO(id="brief", name="Brief", type="text")
    assert reference.optional
    assert reference.accepts_element
    assert reference.allow_multiple
    assert reference.specified_aspect_ratio == "1:1"
    assert reference.description == "A picture to riff on"
    assert clip.type == "videoUrl"  # normalised from video_url
    assert clip.specified_duration == 5.0
    assert technique.outputs == (TechniqueIO(id="board", name="Board", type="imageUrl"),)


def test_technique_from_camel_case_reference_page() -> None:
    camel = {
        "techniqueId": "tech_a",
        "name": "A",
        "runCost": 1,
        "inputs": [
            {"id": "i", "name": "I", "type": "image_url", "specifiedAspectRatio": "16:9"},
            {"id": "d", "name": "D", "type": "videoUrl", "specifiedDuration": 4.5},
        ],
    }
    technique = Technique.from_dict(normalize_keys(camel))
    assert technique.inputs[0].type == "imageUrl"
    assert technique.inputs[0].specified_aspect_ratio == "16:9"
    assert technique.inputs[1].specified_duration == 4.5
    assert technique.outputs == ()


@pytest.mark.parametrize("empty", [None, [], "absent"])
def test_absent_null_and_empty_lists_read_alike(empty: Any) -> None:
    data: dict[str, Any] = {"technique_id": "tech_a", "name": "A", "run_cost": 0}
    if empty != "absent":
        data["inputs"] = empty
        data["outputs"] = empty
    technique = Technique.from_dict(data)
    assert (technique.inputs, technique.outputs, technique.description) == ((), (), None)


def test_unknown_io_type_is_kept_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="flora_desktop.api.models"):
        io = TechniqueIO.from_dict({"id": "m", "name": "M", "type": "meshUrl"})
    assert io.type == "meshUrl"
    assert "meshUrl" in caplog.text


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"name": "A", "run_cost": 1}, "technique_id is missing"),
        ({"technique_id": "tech_a", "name": "A"}, "run_cost is missing"),
        ({"technique_id": "tech_a", "name": "A", "run_cost": "1"}, "run_cost is str"),
        ({"technique_id": "tech_a", "name": "A", "run_cost": True}, "run_cost is bool"),
        ({"technique_id": 7, "name": "A", "run_cost": 1}, "technique_id is int"),
        ({"technique_id": "tech_a", "name": "A", "run_cost": 1, "inputs": {}}, "inputs is"),
        (
            {"technique_id": "tech_a", "name": "A", "run_cost": 1, "inputs": [{"id": "x"}]},
            "TechniqueIO.type is missing",
        ),
        ([], "not an object"),
    ],
)
def test_missing_or_wrong_required_fields_raise(data: Any, fragment: str) -> None:
    with pytest.raises(APIResponseValidationError, match=fragment):
        Technique.from_dict(data)


def test_workspace_tolerates_null_created_at_and_extra_keys() -> None:
    workspace = Workspace.from_dict(
        {"workspace_id": "ws_1", "name": "Studio", "role": "viewer", "created_at": None, "x": 1}
    )
    assert workspace == Workspace("ws_1", "Studio", "viewer", None)
    assert Workspace.from_dict(
        {"workspace_id": "ws_1", "name": "S", "role": "owner", "created_at": 1_700_000_000_000}
    ).created_at == pytest.approx(1.7e12)


def test_run_start_full() -> None:
    start = RunStart.from_dict(
        {
            "run_id": "run_1",
            "type": "technique",
            "charged_cost": 0,
            "estimated_seconds": None,
            "poll_url": "https://app.flora.ai/api/v1/runs/run_1",
            "project_id": "prj_1",
            "technique": {"name": "Moodboard", "technique_id": "tech_1"},
            "action": {"action_id": "rotate-image"},
            "model": {"model_id": "t2i-flux-2-pro"},
        }
    )
    assert start.run_id == "run_1"
    assert start.estimated_seconds is None
    assert start.technique == TechniqueRef("tech_1", "Moodboard")
    assert (start.action_id, start.model_id) == ("rotate-image", "t2i-flux-2-pro")


def test_run_start_accepts_run_id_aliases() -> None:
    assert RunStart.from_dict({"id": "run_9", "type": "technique"}).run_id == "run_9"
    with pytest.raises(APIResponseValidationError, match="run_id"):
        RunStart.from_dict({"type": "technique"})


@pytest.mark.parametrize(
    ("status", "progress", "expected"),
    [
        ("running", 42, 42.0),
        ("running", 0.42, 42.0),
        ("running", 0, 0.0),
        ("running", 1, 1.0),
        ("completed", 1, 100.0),
        ("completed", 1.0, 100.0),
        ("completed", 100, 100.0),
        ("completed", None, 100.0),
        ("pending", None, 0.0),
        ("running", 130, 100.0),
        ("running", -5, 0.0),
    ],
)
def test_progress_is_a_percentage(status: str, progress: float | None, expected: float) -> None:
    run = RunStatus.from_dict({"run_id": "run_1", "status": status, "progress": progress})
    assert run.progress == expected


def test_run_status_camel_case_nested_route() -> None:
    camel = {
        "runId": "run_2",
        "status": "completed",
        "progress": 100,
        "createdAt": 1_767_000_000_000,
        "startedAt": 1_767_000_001_000,
        "completedAt": 1_767_000_005_000,
        "chargedCost": 0.12,
        "pollUrl": "https://app.flora.ai/api/v1/techniques/moodboard/runs/run_2",
        "outputs": [
            {"outputId": "output_1", "type": "imageUrl", "url": "https://m/o.png"},
            {"outputId": "output_2", "type": "text", "url": "A caption"},
        ],
    }
    run = RunStatus.from_dict(normalize_keys(camel))
    assert run.run_id == "run_2"
    assert run.is_terminal
    assert run.charged_cost == 0.12
    assert run.poll_url is not None
    assert run.poll_url.endswith("/runs/run_2")
    assert run.outputs[1] == RunOutput("output_2", "text", "A caption")
    assert to_datetime(run.completed_at) == datetime(2025, 12, 29, 9, 20, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("status", "terminal"),
    [("pending", False), ("running", False), ("completed", True), ("failed", True), ("x", False)],
)
def test_is_terminal(status: str, terminal: bool) -> None:
    assert RunStatus.from_dict({"run_id": "r", "status": status}).is_terminal is terminal


def test_failed_run_keeps_error_fields() -> None:
    run = RunStatus.from_dict(
        {
            "run_id": "r",
            "status": "failed",
            "progress": 37,
            "error_code": "provider_error",
            "error_message": "The provider failed to complete the generation.",
            "outputs": None,
        }
    )
    assert (run.error_code, run.outputs) == ("provider_error", ())


def test_technique_run_is_a_run_status_with_history_fields() -> None:
    item = TechniqueRun.from_dict(
        {
            "run_id": "run_3",
            "status": "running",
            "progress": 10,
            "created_at": 1,
            "project_id": "prj_1",
            "workspace_id": "ws_1",
            "technique": {"technique_id": "tech_1", "name": "Moodboard"},
        }
    )
    assert isinstance(item, RunStatus)
    assert item.technique_run_id == "run_3"  # defaults to run_id
    assert item.technique.name == "Moodboard"
    with pytest.raises(APIResponseValidationError, match="technique"):
        TechniqueRun.from_dict({"run_id": "r", "status": "pending", "workspace_id": "ws_1"})


def test_to_datetime_reads_seconds_and_milliseconds() -> None:
    assert to_datetime(None) is None
    assert to_datetime(1_700_000_000) == to_datetime(1_700_000_000_000)


def test_asset_with_signed_upload_target() -> None:
    asset = Asset.from_dict(
        normalize_keys(
            {
                "assetId": "asset_1",
                "status": "pending_upload",
                "uploadedVia": "signed_url",
                "url": "https://media/asset_1.png",
                "visibility": "workspace",
                "workspaceId": "ws_1",
                "upload": {
                    "url": "https://storage/_storage/asset_1",
                    "method": "post",
                    "fileField": "file",
                    "formFields": {"key": "uploads/asset_1", "X-Goog-Signature": "abc"},
                    "contentType": "multipart/form-data",
                },
                "uploadUrl": "https://storage/put/asset_1",
            }
        )
    )
    assert asset.upload is not None
    assert asset.upload.method == "POST"
    assert list(asset.upload.form_fields.items()) == [
        ("key", "uploads/asset_1"),
        ("X-Goog-Signature", "abc"),
    ]
    assert asset.upload_url == "https://storage/put/asset_1"
    assert not asset.is_ready


def test_asset_created_at_as_iso_string_or_number() -> None:
    ready = {"asset_id": "a", "status": "ready"}
    iso = Asset.from_dict({**ready, "created_at": "2026-01-01T00:00:00Z"})
    number = Asset.from_dict({**ready, "created_at": 1_767_225_600_000})
    assert iso.created_at == number.created_at == pytest.approx(1_767_225_600_000)
    assert Asset.from_dict({"asset_id": "a", "status": "ready", "url": None}).url is None


def test_model_and_action() -> None:
    model = Model.from_dict(
        {
            "model_id": "t2i-flux-2-pro",
            "name": "FLUX.2 Pro",
            "provider": "bfl",
            "type": "image",
            "capabilities": ["t2i"],
            "estimated_credits": 3,
            "estimated_seconds": 12,
            "params": [{"name": "seed", "required": False, "type": "seed", "default": 1}],
        }
    )
    assert model.params[0].name == "seed"
    assert model.params[0].default == 1
    action = Action.from_dict(
        {
            "action_id": "rotate-image-browser",
            "name": "Rotate image",
            "charged_cost": 0,
            "language": "javascript",
            "inputs": [{"name": "image", "type": "image", "multiple": {"min": 1}}],
            "outputs": [{"name": "image", "type": "image", "dynamic": True}],
        }
    )
    assert action.inputs[0].multiple
    assert action.outputs[0].multiple


def test_models_are_frozen() -> None:
    workspace = Workspace("ws_1", "Studio", "owner")
    with pytest.raises(AttributeError):
        workspace.name = "Other"  # type: ignore[misc]
