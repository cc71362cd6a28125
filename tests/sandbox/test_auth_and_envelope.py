"""Auth cases, the error envelope, request ids and unknown routes."""

from __future__ import annotations

import httpx
import pytest

from flora_desktop.sandbox.server import SandboxServer
from tests.conftest import reset_sandbox
from tests.sandbox.support import error_of

PATHS = ["/workspaces", "/techniques", "/technique-runs", "/models", "/actions", "/assets"]


@pytest.mark.parametrize("path", PATHS)
def test_missing_key_is_401_unauthorized(anon: httpx.Client, path: str) -> None:
    response = anon.get(f"/api/v1{path}")
    assert response.status_code == 401
    assert error_of(response)["code"] == "unauthorized"


@pytest.mark.parametrize(
    "header", ["Bearer sk_test_wrong", "Bearer", "Basic abc", "sk_test_flora_sandbox_demo"]
)
def test_wrong_or_malformed_key_is_401(anon: httpx.Client, header: str) -> None:
    response = anon.get("/api/v1/workspaces", headers={"Authorization": header})
    assert response.status_code == 401
    assert error_of(response)["code"] in ("invalid_api_key", "unauthorized")


def test_wrong_key_code_is_configurable(sandbox: SandboxServer, anon: httpx.Client) -> None:
    bad = {"Authorization": "Bearer sk_test_wrong"}
    assert error_of(anon.get("/api/v1/workspaces", headers=bad))["code"] == "invalid_api_key"
    reset_sandbox(sandbox, bad_key_code="unauthorized")
    response = anon.get("/api/v1/workspaces", headers=bad)
    assert error_of(response) == {"code": "unauthorized", "message": "Invalid API key."}


def test_bearer_scheme_is_case_insensitive(sandbox: SandboxServer, anon: httpx.Client) -> None:
    response = anon.get(
        "/api/v1/workspaces", headers={"Authorization": f"bearer {sandbox.api_key}"}
    )
    assert response.status_code == 200


def test_every_response_has_a_unique_request_id(api: httpx.Client, anon: httpx.Client) -> None:
    responses = [
        api.get("/workspaces"),
        api.get("/techniques/nope"),
        api.post("/runs/technique", content=b"{"),
        anon.get("/_sandbox/runs"),
        anon.get("/media/run_x/output_1.png"),
    ]
    ids = [r.headers["request-id"] for r in responses]
    assert all(i.startswith("req_") for i in ids)
    assert len(set(ids)) == len(ids)


def test_unknown_route_is_enveloped_404(api: httpx.Client) -> None:
    response = api.get("/no/such/route")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_wrong_method_is_enveloped_405(api: httpx.Client) -> None:
    response = api.delete("/workspaces")
    assert response.status_code == 405
    assert error_of(response)["code"] == "method_not_allowed"


@pytest.mark.parametrize("body", [b"{", b"", b"not json", b"\xff\xfe"])
def test_unparseable_body_is_invalid_json(api: httpx.Client, body: bytes) -> None:
    response = api.post(
        "/runs/technique", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert error_of(response)["code"] == "invalid_json"


def test_non_object_body_is_validation_error(api: httpx.Client) -> None:
    response = api.post("/runs/technique", json=[1, 2])
    assert response.status_code == 400
    assert error_of(response)["code"] == "input_validation_error"
