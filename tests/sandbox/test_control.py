"""Control endpoints: the request log (never the key), the run log, balances and reset."""

from __future__ import annotations

import json

import httpx
import pytest

from flora_desktop.sandbox.server import SandboxServer
from tests.conftest import reset_sandbox
from tests.sandbox.support import start, wait_terminal

IMG = "https://x.example.test/a.png"


def test_request_log_fields(sandbox: SandboxServer, anon: httpx.Client, api: httpx.Client) -> None:
    start(api, "cctv-cam", {"input_image": IMG}, key="log-key")
    anon.get("/api/v1/workspaces")
    anon.get("/api/v1/workspaces", headers={"Authorization": "Bearer sk_test_nope"})
    api.get("/techniques", params={"limit": 2, "query": "cam"}, headers={"User-Agent": "t/1"})
    log = anon.get("/_sandbox/requests").json()["requests"]
    post = next(r for r in log if r["method"] == "POST")
    assert post["path"] == "/api/v1/runs/technique"
    assert post["status"] == 200
    assert post["idempotency_key"] == "log-key"
    assert post["auth"] == "valid"
    assert post["request_id"].startswith("req_")
    assert [r["auth"] for r in log if r["path"] == "/api/v1/workspaces"][-2:] == [
        "missing",
        "invalid",
    ]
    listing = log[-1]
    assert listing["query"] == {"limit": "2", "query": "cam"}
    assert listing["user_agent"] == "t/1"
    assert not any(r["path"].startswith("/_sandbox") for r in log)


def test_request_log_never_holds_a_key(
    sandbox: SandboxServer, anon: httpx.Client, api: httpx.Client
) -> None:
    wrong = "sk_live_someone_elses_key_123"
    anon.get("/api/v1/workspaces", headers={"Authorization": f"Bearer {wrong}"})
    api.get(
        "/workspaces",
        params={"api_key": sandbox.api_key},
        headers={"User-Agent": f"leaky {sandbox.api_key}"},
    )
    run_id = start(api, "cctv-cam", {"input_image": IMG}).json()["run_id"]
    wait_terminal(api, f"/runs/{run_id}")
    dumps = [
        anon.get(path).text
        for path in (
            "/_sandbox/requests",
            "/_sandbox/runs",
            "/_sandbox/config",
            "/_sandbox/faults",
            "/_sandbox/workspaces",
        )
    ]
    for text in dumps:
        assert sandbox.api_key not in text
        assert wrong not in text
    assert sandbox.api_key not in repr(sandbox)


def test_sandbox_logs_never_hold_the_key(
    sandbox: SandboxServer, api: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG", logger="flora_desktop")
    caplog.set_level("DEBUG", logger="aiohttp")
    api.get("/workspaces")
    api.get("/runs/run_nope")
    sandbox_records = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert all(sandbox.api_key not in r.getMessage() for r in sandbox_records)


def test_clearing_the_request_log(anon: httpx.Client, api: httpx.Client) -> None:
    api.get("/workspaces")
    assert anon.delete("/_sandbox/requests").status_code == 200
    assert anon.get("/_sandbox/requests").json()["requests"] == []


def test_run_log_fields(anon: httpx.Client, api: httpx.Client) -> None:
    run_id = start(api, "cctv-cam", {"input_image": IMG}, key="k1").json()["run_id"]
    (run,) = anon.get("/_sandbox/runs").json()["runs"]
    assert run["run_id"] == run_id
    assert run["technique_id"] == api.get("/techniques/cctv-cam").json()["technique_id"]
    assert run["workspace_id"].startswith("ws_")
    assert run["idempotency_key"] == "k1"
    assert run["inputs"] == {"input_image": IMG}
    assert run["route"] == "top"
    assert isinstance(run["created_at"], int)


def test_reset_forgets_runs_and_restores_balances(
    sandbox: SandboxServer, anon: httpx.Client, api: httpx.Client
) -> None:
    run_id = start(api, "cctv-cam", {"input_image": IMG}).json()["run_id"]
    wait_terminal(api, f"/runs/{run_id}")
    reset_sandbox(sandbox)
    assert anon.get("/_sandbox/runs").json()["runs"] == []
    assert api.get(f"/runs/{run_id}").status_code == 404
    balances = {w["balance"] for w in anon.get("/_sandbox/workspaces").json()["workspaces"]}
    assert balances == {25.0}


def test_reset_overrides_start_from_the_initial_config(
    sandbox: SandboxServer, anon: httpx.Client
) -> None:
    reset_sandbox(sandbox, credits=3, casing="camel_nested", catalog_size=50, seed=9)
    config = anon.get("/_sandbox/config").json()["config"]
    assert (config["credits"], config["casing"], config["catalog_size"], config["seed"]) == (
        3,
        "camel_nested",
        50,
        9,
    )
    assert sandbox.config.credits == 3
    reset_sandbox(sandbox)
    config = anon.get("/_sandbox/config").json()["config"]
    assert (config["credits"], config["casing"], config["catalog_size"]) == (25.0, "snake", 0)
    assert config["run_seconds"] == pytest.approx(0.3)


@pytest.mark.parametrize(
    "body",
    [
        {"api_key": "sk_x"},
        {"port": 1},
        {"run_seconds": "fast"},
        {"run_seconds": -1},
        {"casing": "kebab"},
        {"catalog_size": True},
        [1],
    ],
)
def test_reset_rejects_bad_overrides(anon: httpx.Client, body: object) -> None:
    response = anon.post("/_sandbox/reset", json=body)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "input_validation_error"


def test_reset_rejects_invalid_json(anon: httpx.Client) -> None:
    response = anon.post("/_sandbox/reset", content=b"{nope")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"


def test_camel_nested_casing_on_nested_routes_only(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    reset_sandbox(sandbox, casing="camel_nested")
    body = {"mode": "async", "inputs": [{"id": "input_image", "type": "imageUrl", "value": IMG}]}
    created = api.post("/techniques/cctv-cam/runs", json=body).json()
    assert {"runId", "pollUrl", "createdAt", "chargedCost"} <= set(created)
    assert "run_id" not in created
    path = f"/techniques/cctv-cam/runs/{created['runId']}"
    done = wait_terminal(api, path)
    assert done["status"] == "completed"
    assert done["outputs"][0]["outputId"] == "output_1"
    assert {"startedAt", "completedAt"} <= set(done)
    top = api.get(f"/runs/{created['runId']}").json()
    assert "run_id" in top
    assert "output_id" in top["outputs"][0]
    technique = api.get("/techniques/cctv-cam").json()
    assert "technique_id" in technique
    assert json.dumps(technique).count("specified_aspect_ratio") == 1
