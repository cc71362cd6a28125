"""Helpers for sandbox tests: plain httpx calls, run polling and the seeded ids."""

from __future__ import annotations

import time
from typing import Any

import httpx

from flora_desktop.sandbox.server import SandboxServer

POLL_INTERVAL = 0.03
POLL_LIMIT = 200  # bounded: 200 × 30 ms = 6 s at most


def auth(server: SandboxServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.api_key}"}


def workspaces(api: httpx.Client) -> dict[str, dict[str, Any]]:
    """Seeded workspaces by role."""
    items = api.get("/workspaces").json()["workspaces"]
    return {ws["role"]: ws for ws in items}


def technique(api: httpx.Client, slug: str) -> dict[str, Any]:
    response = api.get(f"/techniques/{slug}")
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def start(
    api: httpx.Client,
    slug: str,
    inputs: dict[str, Any],
    *,
    role: str = "owner",
    key: str | None = None,
) -> httpx.Response:
    """``POST /runs/technique`` for a seeded technique in the workspace with ``role``."""
    headers = {"Idempotency-Key": key} if key else {}
    body = {
        "technique_id": technique(api, slug)["technique_id"],
        "workspace_id": workspaces(api)[role]["workspace_id"],
        "inputs": inputs,
    }
    return api.post("/runs/technique", json=body, headers=headers)


def wait_terminal(api: httpx.Client, path: str) -> dict[str, Any]:
    """Poll ``path`` until the run is completed or failed; every status seen is checked."""
    for _ in range(POLL_LIMIT):
        body: dict[str, Any] = api.get(path).json()
        if body.get("status", body.get("Status")) in ("completed", "failed"):
            return body
        time.sleep(POLL_INTERVAL)
    raise AssertionError(f"run at {path} did not finish")


def error_of(response: httpx.Response) -> dict[str, Any]:
    """The envelope's ``error`` object, after checking the request-id header."""
    assert response.headers["request-id"].startswith("req_")
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = response.json()["error"]
    return error


def field_names(response: httpx.Response) -> list[str]:
    return [f["field"] for f in error_of(response).get("fields", [])]
