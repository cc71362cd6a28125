"""Starting runs on both routes, validation, credits, roles, idempotency and the lifecycle."""

from __future__ import annotations

import concurrent.futures
import time
from typing import Any

import httpx
import pytest

from flora_desktop.sandbox.server import SandboxServer
from tests.conftest import reset_sandbox
from tests.sandbox.support import (
    POLL_INTERVAL,
    error_of,
    field_names,
    start,
    technique,
    wait_terminal,
    workspaces,
)

IMG = "https://images.example.test/photo.png"
SHOT = {"product_image": IMG}


def control_runs(anon: httpx.Client) -> list[dict[str, Any]]:
    runs: list[dict[str, Any]] = anon.get("/_sandbox/runs").json()["runs"]
    return runs


def balance(anon: httpx.Client, role: str) -> float:
    for ws in anon.get("/_sandbox/workspaces").json()["workspaces"]:
        if ws["role"] == role:
            value: float = ws["balance"]
            return value
    raise AssertionError(role)


# -- top-level route ------------------------------------------------------------------------


def test_start_response_shape(sandbox: SandboxServer, api: httpx.Client) -> None:
    response = start(api, "product-shot-studio", SHOT)
    assert response.status_code == 200
    body = response.json()
    shot = technique(api, "product-shot-studio")
    assert body["run_id"].startswith("run_")
    assert body["type"] == "technique"
    assert body["charged_cost"] == 0
    assert body["estimated_seconds"] == pytest.approx(0.3)
    assert body["project_id"].startswith("prj_")
    assert body["technique"] == {"name": shot["name"], "technique_id": shot["technique_id"]}
    assert body["poll_url"] == f"{sandbox.api_url}/runs/{body['run_id']}"
    assert "model" not in body
    assert "action" not in body


def test_run_goes_pending_running_completed(
    sandbox: SandboxServer, anon: httpx.Client, api: httpx.Client
) -> None:
    # The sandbox's clock moves only when told: every phase is seen however slow the machine
    # (in real time a 0.3 s run is pending for 30 ms, which a loaded machine can miss).
    reset_sandbox(sandbox, run_seconds=1.0)
    anon.post("/_sandbox/clock", json={"mode": "manual"}).raise_for_status()
    run_id = start(api, "product-shot-studio", SHOT).json()["run_id"]
    seen: list[tuple[str, int]] = []
    for _ in range(20):  # bounded: 0.1 s of sandbox time a step, the run takes 1 s
        body = api.get(f"/runs/{run_id}").json()
        seen.append((body["status"], body["progress"]))
        if body["status"] == "completed":
            break
        anon.post("/_sandbox/clock", json={"advance": 0.1}).raise_for_status()
    statuses = [s for s, _ in seen]
    assert statuses[0] == "pending"
    assert "running" in statuses
    assert statuses[-1] == "completed"
    progress = [p for _, p in seen]
    assert progress == sorted(progress)
    assert progress[-1] == 100
    assert body["started_at"] >= body["created_at"]
    assert body["completed_at"] >= body["started_at"]
    assert body["charged_cost"] == technique(api, "product-shot-studio")["run_cost"]
    assert [o["output_id"] for o in body["outputs"]] == ["output_1"]
    assert body["outputs"][0]["type"] == "imageUrl"
    assert "error_code" not in body


def test_pending_run_has_no_optional_keys(sandbox: SandboxServer, api: httpx.Client) -> None:
    reset_sandbox(sandbox, run_seconds=30)
    body = api.get(f"/runs/{start(api, 'cctv-cam', {'input_image': IMG}).json()['run_id']}")
    assert body.json()["status"] == "pending"
    assert body.json()["progress"] == 0
    assert body.json()["charged_cost"] == 0
    for key in ("started_at", "completed_at", "outputs", "error_code", "error_message"):
        assert key not in body.json()


def test_outputs_match_technique_output_types(api: httpx.Client) -> None:
    inputs = {"deck": "https://files.example.test/deck.pdf"}
    run_id = start(api, "pitch-deck-visualizer", inputs).json()["run_id"]
    body = wait_terminal(api, f"/runs/{run_id}")
    assert [o["type"] for o in body["outputs"]] == ["imageUrl", "documentUrl"]
    text_run = start(api, "social-caption-writer", {"brief": "Spring drop"}).json()["run_id"]
    text_body = wait_terminal(api, f"/runs/{text_run}")
    output = text_body["outputs"][0]
    assert output["type"] == "text"
    assert "Spring drop" in output["url"]
    assert not output["url"].startswith("http")


def test_fail_trigger_fails_with_provider_error(anon: httpx.Client, api: httpx.Client) -> None:
    before = balance(anon, "owner")
    run_id = start(api, "voiceover-studio", {"script": "Hello #fail"}).json()["run_id"]
    body = wait_terminal(api, f"/runs/{run_id}")
    assert body["status"] == "failed"
    assert body["error_code"] == "provider_error"
    assert body["error_message"]
    assert body["charged_cost"] == 0
    assert "completed_at" in body
    assert "outputs" not in body
    assert balance(anon, "owner") == before


def test_fail_trigger_with_code(api: httpx.Client) -> None:
    inputs = {"script": "x #fail:GENERATION_PROMPT_MODERATED"}
    run_id = start(api, "voiceover-studio", inputs).json()["run_id"]
    body = wait_terminal(api, f"/runs/{run_id}")
    assert body["error_code"] == "GENERATION_PROMPT_MODERATED"
    assert "GENERATION_PROMPT_MODERATED" in body["error_message"]


def test_completed_run_is_charged_once(anon: httpx.Client, api: httpx.Client) -> None:
    cost = technique(api, "product-shot-studio")["run_cost"]
    before = balance(anon, "owner")
    run_id = start(api, "product-shot-studio", SHOT).json()["run_id"]
    wait_terminal(api, f"/runs/{run_id}")
    api.get(f"/runs/{run_id}")
    assert balance(anon, "owner") == pytest.approx(before - cost)
    assert balance(anon, "editor") == pytest.approx(25.0)


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({}, ["technique_id", "workspace_id", "inputs"]),
        ({"technique_id": "cctv-cam", "workspace_id": "ws_x", "inputs": {}}, ["technique_id"]),
        ({"technique_id": "tech_x", "workspace_id": "studio", "inputs": {}}, ["workspace_id"]),
        (
            {"technique_id": 5, "workspace_id": None, "inputs": []},
            ["technique_id", "workspace_id", "inputs"],
        ),
    ],
)
def test_top_level_shape_errors(api: httpx.Client, body: dict[str, Any], fields: list[str]) -> None:
    response = api.post("/runs/technique", json=body)
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "input_validation_error"
    assert [f["field"] for f in error["fields"]] == fields
    assert error["message"].startswith(f"{fields[0]}: ")


@pytest.mark.parametrize(
    ("slug", "inputs", "fields"),
    [
        ("product-shot-studio", {}, ["inputs.product_image"]),
        ("product-shot-studio", {**SHOT, "colour": "red"}, ["inputs.colour"]),
        ("product-shot-studio", {**SHOT, "scene_prompt": ""}, ["inputs.scene_prompt"]),
        ("product-shot-studio", {**SHOT, "scene_prompt": "   "}, ["inputs.scene_prompt"]),
        ("product-shot-studio", {"product_image": 42}, ["inputs.product_image"]),
        ("product-shot-studio", {"product_image": "file:///tmp/a.png"}, ["inputs.product_image"]),
        ("product-shot-studio", {"product_image": "photo.png"}, ["inputs.product_image"]),
        ("cctv-cam", {"input_image": "el_123"}, ["inputs.input_image"]),
        ("cctv-cam", {"input_image": [IMG]}, ["inputs.input_image"]),
        (
            "moodboard-generator",
            {"references": [IMG, 3, ""]},
            ["inputs.references[1]", "inputs.references[2]", "inputs.theme"],
        ),
        ("moodboard-generator", {"references": [], "theme": "dusk"}, ["inputs.references"]),
        ("lip-sync", {"video": "", "extra": "x"}, ["inputs.video", "inputs.extra", "inputs.audio"]),
    ],
)
def test_input_errors_one_field_per_problem(
    api: httpx.Client, slug: str, inputs: dict[str, Any], fields: list[str]
) -> None:
    response = start(api, slug, inputs)
    assert response.status_code == 400
    assert error_of(response)["code"] == "input_validation_error"
    assert field_names(response) == fields


@pytest.mark.parametrize(
    ("slug", "inputs"),
    [
        ("product-shot-studio", {"product_image": "el_8f2c"}),
        ("product-shot-studio", {"product_image": "http://plain.example.test/a.jpg"}),
        ("moodboard-generator", {"references": [IMG, "el_1"], "theme": "dusk"}),
        ("moodboard-generator", {"references": IMG, "theme": "dusk"}),
        ("brand-guidelines-digest", {"brand_book": "https://x.example.test/b.pdf"}),
        ("lip-sync", {"video": "https://x.test/v.mp4", "audio": "https://x.test/a.wav"}),
    ],
)
def test_valid_inputs_are_accepted(api: httpx.Client, slug: str, inputs: dict[str, Any]) -> None:
    assert start(api, slug, inputs).status_code == 200


def test_viewer_workspace_is_403_and_creates_nothing(anon: httpx.Client, api: httpx.Client) -> None:
    response = start(api, "product-shot-studio", SHOT, role="viewer")
    assert response.status_code == 403
    assert error_of(response)["code"] == "forbidden"
    assert control_runs(anon) == []


def test_unknown_workspace_is_403(api: httpx.Client) -> None:
    shot = technique(api, "cctv-cam")
    body = {"technique_id": shot["technique_id"], "workspace_id": "ws_other", "inputs": {}}
    response = api.post("/runs/technique", json=body)
    assert response.status_code == 403


def test_unknown_technique_is_404(api: httpx.Client) -> None:
    ws = workspaces(api)["owner"]["workspace_id"]
    body = {"technique_id": "tech_nope", "workspace_id": ws, "inputs": {}}
    response = api.post("/runs/technique", json=body)
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_technique_of_another_workspace_is_404(api: httpx.Client) -> None:
    house = technique(api, "studio-north-house-style")
    ws = workspaces(api)["editor"]["workspace_id"]
    body = {"technique_id": house["technique_id"], "workspace_id": ws, "inputs": {"photo": IMG}}
    assert api.post("/runs/technique", json=body).status_code == 404


def test_insufficient_credits_is_402(
    sandbox: SandboxServer, anon: httpx.Client, api: httpx.Client
) -> None:
    reset_sandbox(sandbox, credits=0.1)
    response = start(api, "product-shot-studio", SHOT)  # costs 0.12
    assert response.status_code == 402
    assert error_of(response) == {
        "code": "insufficient_credits",
        "message": "Insufficient credits.",
    }
    assert control_runs(anon) == []
    assert start(api, "cctv-cam", {"input_image": IMG}).status_code == 200  # costs 0.06


def test_runs_in_flight_reserve_credits(sandbox: SandboxServer, api: httpx.Client) -> None:
    reset_sandbox(sandbox, credits=0.2, run_seconds=30)
    assert start(api, "product-shot-studio", SHOT).status_code == 200
    assert start(api, "product-shot-studio", SHOT).status_code == 402


def test_reused_idempotency_key_is_409_without_second_run(
    anon: httpx.Client, api: httpx.Client
) -> None:
    first = start(api, "product-shot-studio", SHOT, key="submit-1")
    assert first.status_code == 200
    again = start(api, "product-shot-studio", SHOT, key="submit-1")
    assert again.status_code == 409
    assert error_of(again)["code"] == "idempotency_duplicate"
    different_body = start(api, "cctv-cam", {"input_image": IMG}, key="submit-1")
    assert different_body.status_code == 409
    runs = control_runs(anon)
    assert [r["run_id"] for r in runs] == [first.json()["run_id"]]
    assert runs[0]["idempotency_key"] == "submit-1"
    assert start(api, "product-shot-studio", SHOT, key="submit-2").status_code == 200


def test_failed_request_does_not_spend_the_key(api: httpx.Client) -> None:
    assert start(api, "product-shot-studio", {}, key="k").status_code == 400
    assert start(api, "product-shot-studio", SHOT, key="k").status_code == 200


def test_concurrent_duplicates_create_one_run(anon: httpx.Client, api: httpx.Client) -> None:
    body = {
        "technique_id": technique(api, "cctv-cam")["technique_id"],
        "workspace_id": workspaces(api)["owner"]["workspace_id"],
        "inputs": {"input_image": IMG},
    }
    headers = {"Idempotency-Key": "same"}
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        codes = list(
            pool.map(
                lambda _: api.post("/runs/technique", json=body, headers=headers).status_code,
                range(8),
            )
        )
    assert sorted(codes) == [200] + [409] * 7
    assert len(control_runs(anon)) == 1


def test_fifty_concurrent_clients(sandbox: SandboxServer) -> None:
    # One thread-safe client with 50 connections: 50 sockets at once without paying for 50
    # certificate stores.
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    limits = httpx.Limits(max_connections=50, max_keepalive_connections=50)
    with httpx.Client(
        base_url=sandbox.api_url, headers=headers, timeout=20, limits=limits
    ) as client:

        def one_client(n: int) -> tuple[int, str]:
            ws = client.get("/workspaces").json()["workspaces"][0]["workspace_id"]
            cam = client.get("/techniques/cctv-cam").json()["technique_id"]
            run = client.post(
                "/runs/technique",
                json={
                    "technique_id": cam,
                    "workspace_id": ws,
                    "inputs": {"input_image": f"{IMG}?n={n}"},
                },
            ).json()
            body = wait_terminal(client, f"/runs/{run['run_id']}")
            image = client.get(body["outputs"][0]["url"])
            return image.status_code, body["status"]

        with concurrent.futures.ThreadPoolExecutor(50) as pool:
            results = list(pool.map(one_client, range(50)))
    assert results == [(200, "completed")] * 50


def test_unknown_run_is_404(api: httpx.Client) -> None:
    response = api.get("/runs/run_nope")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


# -- nested route -------------------------------------------------------------------------


def nested(api: httpx.Client, slug: str, body: dict[str, Any], **headers: str) -> httpx.Response:
    return api.post(f"/techniques/{slug}/runs", json=body, headers=headers)


CAM_BODY = {"mode": "async", "inputs": [{"id": "input_image", "type": "imageUrl", "value": IMG}]}


def test_nested_create_and_poll(
    sandbox: SandboxServer, anon: httpx.Client, api: httpx.Client
) -> None:
    response = nested(api, "cctv-cam", CAM_BODY)
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "pending"
    assert body["progress"] == 0
    assert body["poll_url"] == f"{sandbox.api_url}/techniques/cctv-cam/runs/{body['run_id']}"
    assert "type" not in body
    assert "estimated_seconds" not in body
    done = wait_terminal(api, f"/techniques/cctv-cam/runs/{body['run_id']}")
    assert done["status"] == "completed"
    assert api.get(f"/runs/{body['run_id']}").json()["status"] == "completed"
    by_id = technique(api, "cctv-cam")["technique_id"]
    assert api.get(f"/techniques/{by_id}/runs/{body['run_id']}").status_code == 200
    run = control_runs(anon)[0]
    assert run["route"] == "nested"
    assert run["inputs"] == {"input_image": IMG}
    assert run["workspace_id"] == workspaces(api)["owner"]["workspace_id"]


def test_nested_poll_of_another_techniques_run_is_404(api: httpx.Client) -> None:
    run_id = nested(api, "cctv-cam", CAM_BODY).json()["run_id"]
    assert api.get(f"/techniques/background-remover/runs/{run_id}").status_code == 404
    assert api.get(f"/techniques/nope/runs/{run_id}").status_code == 404


def test_nested_accepts_legacy_type_names_and_multiple_entries(api: httpx.Client) -> None:
    body = {
        "mode": "async",
        "inputs": [
            {"id": "references", "type": "image_url", "value": IMG},
            {"id": "references", "type": "IMAGE_URL", "value": IMG + "?2"},
            {"id": "theme", "type": "TEXT", "value": "dusk"},
        ],
    }
    assert nested(api, "moodboard-generator", body).status_code == 200


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"inputs": CAM_BODY["inputs"]}, ["mode"]),
        ({**CAM_BODY, "mode": "sync"}, ["mode"]),
        ({"mode": "async"}, ["inputs"]),
        ({"mode": "async", "inputs": {"input_image": IMG}}, ["inputs"]),
        ({"mode": "async", "inputs": []}, ["inputs.input_image"]),
        (
            {"mode": "async", "inputs": [{"id": "input_image", "type": "videoUrl", "value": IMG}]},
            ["inputs[0].type", "inputs.input_image"],
        ),
        (
            {"mode": "async", "inputs": [{"id": "other", "type": "text", "value": "x"}]},
            ["inputs[0].id", "inputs.input_image"],
        ),
        (
            {"mode": "async", "inputs": [{"id": "input_image", "type": "imageUrl", "value": ""}]},
            ["inputs.input_image"],
        ),
        (
            {"mode": "async", "inputs": [CAM_BODY["inputs"][0], CAM_BODY["inputs"][0]]},
            ["inputs[1].id"],
        ),
        ({**CAM_BODY, "callback_url": "http://hooks.example.test/x"}, ["callback_url"]),
        ({**CAM_BODY, "callback_url": "https://127.0.0.1/x"}, ["callback_url"]),
        ({**CAM_BODY, "callback_url": "https://10.0.0.8/x"}, ["callback_url"]),
        ({**CAM_BODY, "idempotency_key": ""}, ["idempotency_key"]),
    ],
)
def test_nested_validation(api: httpx.Client, body: dict[str, Any], fields: list[str]) -> None:
    response = nested(api, "cctv-cam", body)
    assert response.status_code == 400
    assert field_names(response) == fields


def test_nested_unknown_technique_is_404(api: httpx.Client) -> None:
    assert nested(api, "no-such-slug", CAM_BODY).status_code == 404


def test_nested_in_viewer_workspace_is_403(api: httpx.Client) -> None:
    ws = workspaces(api)["viewer"]["workspace_id"]
    assert nested(api, "cctv-cam", {**CAM_BODY, "workspace_id": ws}).status_code == 403


def test_nested_body_key_replays_then_conflicts(anon: httpx.Client, api: httpx.Client) -> None:
    body = {**CAM_BODY, "idempotency_key": "nested-1"}
    first = nested(api, "cctv-cam", body)
    time.sleep(POLL_INTERVAL)
    replay = nested(api, "cctv-cam", body)
    assert replay.status_code == 200
    assert replay.json()["run_id"] == first.json()["run_id"]
    changed = {**body, "inputs": [{"id": "input_image", "type": "imageUrl", "value": IMG + "?x"}]}
    conflict = nested(api, "cctv-cam", changed)
    assert conflict.status_code == 422
    assert error_of(conflict)["code"] == "idempotency_conflict"
    assert len(control_runs(anon)) == 1


def test_nested_header_key_is_409(api: httpx.Client) -> None:
    assert nested(api, "cctv-cam", CAM_BODY, **{"Idempotency-Key": "h"}).status_code == 200
    again = nested(api, "cctv-cam", CAM_BODY, **{"Idempotency-Key": "h"})
    assert again.status_code == 409


# -- history ------------------------------------------------------------------------------


def test_history_newest_first_with_filters_and_pages(api: httpx.Client) -> None:
    ids = [start(api, "cctv-cam", {"input_image": IMG}).json()["run_id"] for _ in range(3)]
    ids.append(start(api, "voiceover-studio", {"script": "hi"}).json()["run_id"])
    ids.append(start(api, "voiceover-studio", {"script": "x"}, role="editor").json()["run_id"])
    body = api.get("/technique-runs").json()
    assert [r["run_id"] for r in body["technique_runs"]] == ids[::-1]
    item = body["technique_runs"][0]
    assert item["technique_run_id"] == item["run_id"]
    assert item["technique"]["name"] == "Voiceover Studio"
    assert item["workspace_id"] == workspaces(api)["editor"]["workspace_id"]
    assert item["project_id"].startswith("prj_")

    cam = technique(api, "cctv-cam")["technique_id"]
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        params = {"technique_id": cam, "limit": 2, **({"cursor": cursor} if cursor else {})}
        page = api.get("/technique-runs", params=params).json()
        seen += [r["run_id"] for r in page["technique_runs"]]
        cursor = page["meta"]["next_cursor"]
        if not cursor:
            break
    assert seen == ids[:3][::-1]

    owner = workspaces(api)["owner"]["workspace_id"]
    in_owner = api.get("/technique-runs", params={"workspace_id": owner}).json()
    assert len(in_owner["technique_runs"]) == 4
    project = item["project_id"]
    in_project = api.get("/technique-runs", params={"project_id": project}).json()
    assert [r["run_id"] for r in in_project["technique_runs"]] == [ids[4]]


def test_history_status_filter(api: httpx.Client) -> None:
    ok = start(api, "cctv-cam", {"input_image": IMG}).json()["run_id"]
    bad = start(api, "voiceover-studio", {"script": "#fail"}).json()["run_id"]
    wait_terminal(api, f"/runs/{ok}")
    wait_terminal(api, f"/runs/{bad}")
    failed = api.get("/technique-runs", params={"status": "failed"}).json()["technique_runs"]
    assert [r["run_id"] for r in failed] == [bad]
    assert failed[0]["error_code"] == "provider_error"
    response = api.get("/technique-runs", params={"status": "cancelled"})
    assert response.status_code == 400
    assert field_names(response) == ["status"]
