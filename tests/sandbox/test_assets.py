"""Assets in all three modes, the storage target, complete/retry, retrieve and list."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from flora_desktop.sandbox.server import SandboxServer
from tests.conftest import reset_sandbox
from tests.sandbox.support import POLL_INTERVAL, error_of, field_names, workspaces

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (64).to_bytes(4, "big") * 2 + b"\x08" * 20


def owner(api: httpx.Client) -> str:
    ws: str = workspaces(api)["owner"]["workspace_id"]
    return ws


def wait_ready(api: httpx.Client, asset_id: str) -> dict[str, Any]:
    for _ in range(200):
        body: dict[str, Any] = api.get(f"/assets/{asset_id}").json()
        if body["status"] != "pending_upload":
            return body
        time.sleep(POLL_INTERVAL)
    raise AssertionError("asset never left pending_upload")


def direct(
    api: httpx.Client, data: bytes, name: str = "photo.png", **fields: str
) -> httpx.Response:
    form = {"workspace_id": owner(api), **fields}
    return api.post("/assets", data=form, files={"file": (name, data, "image/png")})


def signed(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    body = {
        "source": "signed-url",
        "workspace_id": owner(api),
        "content_type": "image/png",
        "file_name": "big.png",
        **fields,
    }
    response = api.post("/assets", json=body)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


# -- direct -------------------------------------------------------------------------------


def test_direct_upload_is_ready_and_served(anon: httpx.Client, api: httpx.Client) -> None:
    response = direct(api, PNG)
    assert response.status_code == 200
    body = response.json()
    assert body["asset_id"].startswith("asset_")
    assert body["status"] == "ready"
    assert body["uploaded_via"] == "direct"
    assert body["visibility"] == "workspace"
    assert body["workspace_id"] == owner(api)
    served = anon.get(body["url"])
    assert served.status_code == 200
    assert served.content == PNG
    assert served.headers["content-type"] == "image/png"
    got = api.get(f"/assets/{body['asset_id']}").json()
    assert got["size_bytes"] == len(PNG)
    assert (got["width"], got["height"]) == (64, 64)
    assert got["name"] == "photo.png"
    assert isinstance(got["created_at"], str)
    assert got["failure_message"] is None


def test_direct_limit_is_four_mib_inclusive(api: httpx.Client) -> None:
    limit = 4 * 1024 * 1024
    assert direct(api, PNG + b"\x00" * (limit - len(PNG))).status_code == 200
    too_big = direct(api, PNG + b"\x00" * (limit + 1 - len(PNG)))
    assert too_big.status_code == 400
    assert field_names(too_big) == ["file"]


def test_direct_upload_rejects_disallowed_type(api: httpx.Client) -> None:
    response = api.post(
        "/assets",
        data={"workspace_id": owner(api)},
        files={"file": ("notes.txt", b"hello", "text/plain")},
    )
    assert response.status_code == 400
    assert field_names(response) == ["content_type"]


def test_direct_upload_problems(api: httpx.Client) -> None:
    response = api.post(
        "/assets",
        data={"workspace_id": "studio", "source": "x"},
        files={"file": ("a.png", PNG, "image/png")},
    )
    assert response.status_code == 400
    assert field_names(response) == ["source"]
    response = api.post(
        "/assets", data={"workspace_id": "studio"}, files={"file": ("a.png", PNG, "image/png")}
    )
    assert field_names(response) == ["workspace_id"]


def test_upload_into_viewer_workspace_is_403(api: httpx.Client) -> None:
    viewer = workspaces(api)["viewer"]["workspace_id"]
    response = api.post(
        "/assets", data={"workspace_id": viewer}, files={"file": ("a.png", PNG, "image/png")}
    )
    assert response.status_code == 403


# -- signed ------------------------------------------------------------------------------


def test_signed_upload_with_form_post(
    sandbox: SandboxServer, anon: httpx.Client, api: httpx.Client
) -> None:
    created = signed(api)
    assert created["status"] == "pending_upload"
    assert created["uploaded_via"] == "signed_url"
    assert created["expires_at"].endswith("Z")
    upload = created["upload"]
    assert upload["url"] == f"{sandbox.root_url}/_storage/{created['asset_id']}"
    assert upload["method"] == "POST"
    assert upload["file_field"] == "file"
    assert upload["content_type"] == "multipart/form-data"
    assert upload["form_fields"]["key"] == f"uploads/{created['asset_id']}"

    stored = anon.post(
        upload["url"], data=upload["form_fields"], files={"file": ("big.png", PNG, "image/png")}
    )
    assert stored.status_code == 204
    assert api.get(f"/assets/{created['asset_id']}").json()["status"] == "pending_upload"
    done = api.post(f"/assets/{created['asset_id']}/complete")
    assert done.status_code == 200
    assert done.json()["asset_id"] == created["asset_id"]
    ready = wait_ready(api, created["asset_id"])
    assert ready["status"] == "ready"
    assert anon.get(ready["url"]).content == PNG


def test_signed_upload_with_put_fallback(anon: httpx.Client, api: httpx.Client) -> None:
    created = signed(api)
    stored = anon.put(created["upload_url"], content=PNG, headers={"Content-Type": "image/png"})
    assert stored.status_code == 204
    api.post(f"/assets/{created['asset_id']}/complete")
    assert wait_ready(api, created["asset_id"])["status"] == "ready"


def test_storage_rejects_the_authorization_header(
    sandbox: SandboxServer, anon: httpx.Client, api: httpx.Client
) -> None:
    created = signed(api)
    upload = created["upload"]
    refused = anon.post(
        upload["url"],
        data=upload["form_fields"],
        files={"file": ("a.png", PNG, "image/png")},
        headers={"Authorization": f"Bearer {sandbox.api_key}"},
    )
    assert refused.status_code == 400
    assert b"Authorization" in refused.content
    refused_put = anon.put(
        created["upload_url"], content=PNG, headers={"Authorization": "Bearer anything"}
    )
    assert refused_put.status_code == 400
    log = anon.get("/_sandbox/requests").json()["requests"]
    storage = [r for r in log if r["path"].startswith("/_storage/")]
    assert [r["auth"] for r in storage] == ["valid", "invalid"]
    assert [r["status"] for r in storage] == [400, 400]


def test_storage_wants_form_fields_before_the_file(anon: httpx.Client, api: httpx.Client) -> None:
    created = signed(api)
    upload = created["upload"]
    response = anon.post(upload["url"], files={"file": ("a.png", PNG, "image/png")})
    assert response.status_code == 403
    wrong_token = anon.put(created["upload_url"].split("?")[0] + "?policy=nope", content=PNG)
    assert wrong_token.status_code == 403


def test_complete_without_upload_fails_then_retry_rearms(
    anon: httpx.Client, api: httpx.Client
) -> None:
    created = signed(api)
    done = api.post(f"/assets/{created['asset_id']}/complete").json()
    assert done["status"] == "failed"
    assert done["failure_message"]
    assert api.get(f"/assets/{created['asset_id']}").json()["status"] == "failed"
    retried = api.post(f"/assets/{created['asset_id']}/retry")
    assert retried.status_code == 200
    fresh = retried.json()
    assert fresh["status"] == "pending_upload"
    assert fresh["upload"]["form_fields"]["policy"] != created["upload"]["form_fields"]["policy"]
    old = anon.put(created["upload_url"], content=PNG)
    assert old.status_code == 403
    assert anon.put(fresh["upload_url"], content=PNG).status_code == 204
    api.post(f"/assets/{created['asset_id']}/complete")
    assert wait_ready(api, created["asset_id"])["status"] == "ready"


def test_retry_of_ready_asset_is_400(api: httpx.Client) -> None:
    asset_id = direct(api, PNG).json()["asset_id"]
    response = api.post(f"/assets/{asset_id}/retry")
    assert response.status_code == 400
    assert error_of(response)["code"] == "input_validation_error"


def test_unknown_asset_is_404(anon: httpx.Client, api: httpx.Client) -> None:
    for response in (
        api.get("/assets/asset_nope"),
        api.post("/assets/asset_nope/complete"),
        api.post("/assets/asset_nope/retry"),
    ):
        assert response.status_code == 404
        assert error_of(response)["code"] == "not_found"
    assert anon.put("/_storage/asset_nope", content=b"x").status_code == 404


def test_camel_nested_casing_of_upload_object(sandbox: SandboxServer, api: httpx.Client) -> None:
    reset_sandbox(sandbox, casing="camel_nested")
    created = signed(api)
    upload = created["upload"]
    assert {"fileField", "formFields", "contentType", "url", "method"} <= set(upload)
    assert "key" in upload["formFields"]  # map keys stay as they are
    assert "asset_id" in created


# -- URL source --------------------------------------------------------------------------


def test_url_source_on_allowlisted_host_becomes_ready_without_fetch(
    anon: httpx.Client, api: httpx.Client
) -> None:
    source = "https://images.unsplash.com/photo-1.jpg"
    response = api.post("/assets", json={"source": source, "workspace_id": owner(api)})
    assert response.status_code == 200
    body = response.json()
    assert body["uploaded_via"] == "url"
    assert body["status"] == "pending_upload"
    ready = wait_ready(api, body["asset_id"])
    assert ready["status"] == "ready"
    assert ready["name"] == "photo-1.jpg"
    assert ready["content_type"] == "image/jpeg"
    assert anon.get(ready["url"]).content[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    "source",
    [
        "https://evil.example.test/a.png",
        "http://images.unsplash.com/a.png",
        "https://127.0.0.1/a.png",
        "file:///etc/passwd",
        "upload",
        "",
    ],
)
def test_url_source_refused(api: httpx.Client, source: str) -> None:
    response = api.post("/assets", json={"source": source, "workspace_id": owner(api)})
    assert response.status_code == 400
    assert field_names(response) == ["source"]


# -- list, idempotency --------------------------------------------------------------------


def test_list_assets_newest_first_with_filters(api: httpx.Client) -> None:
    ids = [direct(api, PNG, name=f"shot-{n}.png").json()["asset_id"] for n in range(3)]
    body = api.get("/assets", params={"limit": 2}).json()
    assert [a["asset_id"] for a in body["assets"]] == ids[::-1][:2]
    assert body["meta"]["next_cursor"]
    rest = api.get("/assets", params={"limit": 2, "cursor": body["meta"]["next_cursor"]}).json()
    assert [a["asset_id"] for a in rest["assets"]] == [ids[0]]
    item = body["assets"][0]
    assert isinstance(item["created_at"], int)
    assert "failure_message" not in item
    assert item["node_id"] is None
    found = api.get("/assets", params={"query": "shot-1"}).json()["assets"]
    assert [a["asset_id"] for a in found] == [ids[1]]
    editor = workspaces(api)["editor"]["workspace_id"]
    assert api.get("/assets", params={"workspace_id": editor}).json()["assets"] == []


def test_asset_create_honours_idempotency_key(api: httpx.Client) -> None:
    body = {"source": "signed-url", "workspace_id": owner(api)}
    first = api.post("/assets", json=body, headers={"Idempotency-Key": "up-1"})
    assert first.status_code == 200
    again = api.post("/assets", json=body, headers={"Idempotency-Key": "up-1"})
    assert again.status_code == 409
    assert len(api.get("/assets").json()["assets"]) == 1


def test_direct_upload_arriving_in_small_pieces(api: httpx.Client) -> None:
    """A slow link sends a few bytes, then the rest: aiohttp's reader looks back (CI saw a 500)."""
    boundary = "b0undaryb0undaryb0undaryb0undary"
    head = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="workspace_id"\r\n\r\n'
        f"{owner(api)}\r\n"
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="file"; filename="slow.png"\r\n'
        "Content-Type: image/png\r\n\r\n"
    ).encode()
    body = PNG + b"\x00" * 20_000
    tail = f"\r\n--{boundary}--\r\n".encode()

    def pieces() -> Any:
        yield head
        time.sleep(0.05)
        yield body[:5]  # fewer bytes than the boundary: the reader must wait for more
        time.sleep(0.05)
        yield body[5:] + tail

    response = api.post(
        "/assets",
        content=pieces(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] in {"ready", "pending_upload", "processing"}
