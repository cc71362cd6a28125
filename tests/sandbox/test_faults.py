"""Injected faults: every mode, counts, retry headers, matching and the control endpoint."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from flora_desktop.sandbox.server import SandboxServer
from tests.sandbox.support import error_of, start

WS_PATH = "/api/v1/workspaces"
# A dropped connection: closed with FIN once the request was read whole, or reset (RST) when
# part of a POST body was still unread — which one depends on timing (a loaded machine).
DROPPED = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)


def inject(anon: httpx.Client, **fault: Any) -> dict[str, Any]:
    response = anon.post("/_sandbox/faults", json=fault)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["fault"]
    return result


def runs(anon: httpx.Client) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = anon.get("/_sandbox/runs").json()["runs"]
    return result


def test_error_mode_answers_count_times_then_is_spent(
    anon: httpx.Client, api: httpx.Client
) -> None:
    inject(anon, path=WS_PATH, status=503, count=2)
    for _ in range(2):
        response = api.get("/workspaces")
        assert response.status_code == 503
        assert error_of(response)["code"] == "service_unavailable"
        assert "retry-after" not in response.headers
    assert api.get("/workspaces").status_code == 200
    assert anon.get("/_sandbox/faults").json()["faults"] == []


def test_error_mode_with_code_message_and_headers(anon: httpx.Client, api: httpx.Client) -> None:
    inject(
        anon,
        path=WS_PATH,
        status=409,
        code="idempotency_duplicate",
        message="Seen it.",
        headers={"x-should-retry": "false"},
    )
    response = api.get("/workspaces")
    assert response.status_code == 409
    assert error_of(response) == {"code": "idempotency_duplicate", "message": "Seen it."}
    assert response.headers["x-should-retry"] == "false"


def test_rate_limit_carries_retry_after(anon: httpx.Client, api: httpx.Client) -> None:
    inject(anon, path=WS_PATH, status=429)
    response = api.get("/workspaces")
    assert response.status_code == 429
    assert error_of(response)["code"] == "rate_limited"
    assert response.headers["retry-after"] == "1"
    inject(anon, path=WS_PATH, status=429, retry_after=0, retry_after_ms=250)
    response = api.get("/workspaces")
    assert response.headers["retry-after"] == "0"
    assert response.headers["retry-after-ms"] == "250"
    inject(anon, path=WS_PATH, status=429, retry_after=None)
    assert "retry-after" not in api.get("/workspaces").headers


def test_method_must_match(anon: httpx.Client, api: httpx.Client) -> None:
    inject(anon, path=WS_PATH, method="post", status=500)
    assert api.get("/workspaces").status_code == 200
    assert len(anon.get("/_sandbox/faults").json()["faults"]) == 1


def test_path_matches_without_query(anon: httpx.Client, api: httpx.Client) -> None:
    inject(anon, path="/api/v1/techniques", status=502)
    assert api.get("/techniques", params={"limit": 3, "query": "x"}).status_code == 502


def test_unlimited_count(anon: httpx.Client, api: httpx.Client) -> None:
    inject(anon, path=WS_PATH, status=500, count=None)
    assert [api.get("/workspaces").status_code for _ in range(5)] == [500] * 5
    assert anon.delete("/_sandbox/faults").status_code == 200
    assert api.get("/workspaces").status_code == 200


def test_drop_closes_without_an_answer(anon: httpx.Client, api: httpx.Client) -> None:
    inject(anon, path=WS_PATH, mode="drop")
    with pytest.raises(DROPPED):
        api.get("/workspaces")
    assert api.get("/workspaces").status_code == 200
    log = anon.get("/_sandbox/requests").json()["requests"]
    assert [r["status"] for r in log] == [None, 200]


def test_drop_before_creates_no_run(anon: httpx.Client, api: httpx.Client) -> None:
    inject(anon, path="/api/v1/runs/technique", mode="drop")
    with pytest.raises(DROPPED):
        start(api, "cctv-cam", {"input_image": "https://x.test/a.png"}, key="k")
    assert runs(anon) == []
    assert (
        start(api, "cctv-cam", {"input_image": "https://x.test/a.png"}, key="k").status_code == 200
    )


def test_drop_after_creates_the_run_then_retry_is_409(
    anon: httpx.Client, api: httpx.Client
) -> None:
    inject(anon, path="/api/v1/runs/technique", mode="drop", when="after")
    inputs = {"input_image": "https://x.test/a.png"}
    with pytest.raises(DROPPED):
        start(api, "cctv-cam", inputs, key="k")
    assert len(runs(anon)) == 1
    assert start(api, "cctv-cam", inputs, key="k").status_code == 409
    assert len(runs(anon)) == 1


def test_error_after_handler_keeps_the_effect(anon: httpx.Client, api: httpx.Client) -> None:
    inject(anon, path="/api/v1/runs/technique", status=503, when="after")
    response = start(api, "cctv-cam", {"input_image": "https://x.test/a.png"})
    assert response.status_code == 503
    assert len(runs(anon)) == 1


def test_html_mode(anon: httpx.Client, api: httpx.Client) -> None:
    inject(anon, path=WS_PATH, mode="html")
    response = api.get("/workspaces")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<html>" in response.text
    assert response.headers["request-id"].startswith("req_")


@pytest.mark.parametrize(("status", "when"), [(200, "before"), (500, "before"), (200, "after")])
def test_malformed_mode_is_truncated_json(
    anon: httpx.Client, api: httpx.Client, status: int, when: str
) -> None:
    inject(anon, path=WS_PATH, mode="malformed", status=status, when=when)
    response = api.get("/workspaces")
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    assert response.content
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)


def test_slow_mode_times_a_client_out_then_answers(anon: httpx.Client, api: httpx.Client) -> None:
    inject(anon, path=WS_PATH, mode="slow", delay_ms=400, count=2)
    with pytest.raises(httpx.ReadTimeout):
        api.get("/workspaces", timeout=0.1)
    response = api.get("/workspaces")
    assert response.status_code == 200
    assert response.json()["workspaces"]


def test_huge_mode_is_fifty_megabytes_of_valid_json(anon: httpx.Client, api: httpx.Client) -> None:
    inject(anon, path=WS_PATH, mode="huge")
    size = 0
    with api.stream("GET", "/workspaces") as response:
        assert response.status_code == 200
        head = b""
        for chunk in response.iter_bytes():
            if len(head) < 16:
                head += chunk[:16]
            size += len(chunk)
    assert size >= 50 * 1024 * 1024
    assert head.startswith(b'{"padding": "')


def test_drip_mode_sends_the_real_body_slowly(anon: httpx.Client, api: httpx.Client) -> None:
    inject(anon, path=WS_PATH, mode="drip", delay_ms=150)
    chunks = []
    with api.stream("GET", "/workspaces") as response:
        assert response.status_code == 200
        chunks = list(response.iter_raw())
    body = b"".join(chunks)
    assert len(chunks) > 3
    assert len(json.loads(body)["workspaces"]) == 3


@pytest.mark.parametrize(
    ("fault", "field"),
    [
        ({"status": 500}, "path"),
        ({"path": "api/v1/workspaces"}, "path"),
        ({"path": WS_PATH, "mode": "explode"}, "mode"),
        ({"path": WS_PATH, "status": 42}, "status"),
        ({"path": WS_PATH, "count": 0}, "count"),
        ({"path": WS_PATH, "delay_ms": -1}, "delay_ms"),
        ({"path": WS_PATH, "headers": {"a": 1}}, "headers"),
        ({"path": WS_PATH, "when": "during"}, "when"),
    ],
)
def test_bad_fault_is_400(anon: httpx.Client, fault: dict[str, Any], field: str) -> None:
    response = anon.post("/_sandbox/faults", json=fault)
    assert response.status_code == 400
    assert [f["field"] for f in response.json()["error"]["fields"]] == [field]


def test_faults_apply_to_media_and_storage_too(anon: httpx.Client) -> None:
    inject(anon, path="/_storage/asset_x", method="PUT", status=503)
    assert anon.put("/_storage/asset_x", content=b"x").status_code == 503


def test_control_endpoints_are_never_faulted(anon: httpx.Client) -> None:
    inject(anon, path="/_sandbox/runs", status=500)
    assert anon.get("/_sandbox/runs").status_code == 200


def test_reset_clears_faults(sandbox: SandboxServer, anon: httpx.Client) -> None:
    inject(anon, path=WS_PATH, status=500)
    assert anon.post("/_sandbox/reset").status_code == 200
    assert anon.get("/_sandbox/faults").json()["faults"] == []
