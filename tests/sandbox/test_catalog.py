"""Workspaces, the technique catalog with paging and filters, models and actions."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from flora_desktop.sandbox.server import SandboxServer
from tests.conftest import reset_sandbox
from tests.sandbox.support import error_of, field_names, workspaces

IO_TYPES = {"imageUrl", "videoUrl", "audioUrl", "text", "documentUrl"}


def all_techniques(api: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    """Follow cursors the way the SDK does; bounded."""
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(1000):
        query = {**params, **({"cursor": cursor} if cursor else {})}
        body = api.get("/techniques", params=query).json()
        items += body["techniques"]
        cursor = body["meta"]["next_cursor"]
        if not body["techniques"] or not cursor:
            return items
    raise AssertionError("pagination did not end")


def test_workspaces_include_owner_editor_and_viewer(api: httpx.Client) -> None:
    response = api.get("/workspaces")
    assert response.status_code == 200
    items = response.json()["workspaces"]
    assert {ws["role"] for ws in items} >= {"owner", "editor", "viewer"}
    for ws in items:
        assert ws["workspace_id"].startswith("ws_")
        assert isinstance(ws["name"], str)
        assert isinstance(ws["created_at"], int)
    assert "meta" not in response.json()


def test_catalog_covers_the_schema(api: httpx.Client) -> None:
    techniques = all_techniques(api, limit=100)
    assert len(techniques) >= 25
    inputs = [i for t in techniques for i in t["inputs"]]
    outputs = [o for t in techniques for o in t["outputs"]]
    assert {i["type"] for i in inputs} == IO_TYPES
    assert {o["type"] for o in outputs} == IO_TYPES
    assert any(i["optional"] for i in inputs)
    assert any(i.get("accepts_element") for i in inputs)
    assert any(i.get("allow_multiple") for i in inputs)
    assert any("specified_aspect_ratio" in i for i in inputs + outputs)
    assert any("specified_duration" in i for i in inputs + outputs)
    for t in techniques:
        assert t["technique_id"].startswith("tech_")
        assert t["name"]
        assert t["description"]
        assert 0 < t["run_cost"] <= 1.5
    assert len({t["technique_id"] for t in techniques}) == len(techniques)


def test_pages_follow_cursors_without_overlap(api: httpx.Client) -> None:
    first = api.get("/techniques", params={"limit": 7}).json()
    assert len(first["techniques"]) == 7
    assert first["meta"]["next_cursor"]
    everything = all_techniques(api, limit=7)
    assert [t["technique_id"] for t in everything[:7]] == [
        t["technique_id"] for t in first["techniques"]
    ]
    assert len({t["technique_id"] for t in everything}) == len(everything)
    assert len(everything) == first["meta"]["total_estimate"]


def test_last_page_has_null_cursor(api: httpx.Client) -> None:
    body = api.get("/techniques", params={"limit": 100}).json()
    assert body["meta"]["next_cursor"] is None


def test_query_filter_matches_name_and_description(api: httpx.Client) -> None:
    found = all_techniques(api, query="portrait")
    assert found
    assert all("portrait" in (t["name"] + t["description"] + t["slug"]).lower() for t in found)
    assert all_techniques(api, query="no-such-technique-anywhere") == []


def test_workspace_filter_hides_other_workspaces_techniques(api: httpx.Client) -> None:
    spaces = workspaces(api)
    owner = {t["slug"] for t in all_techniques(api, workspace_id=spaces["owner"]["workspace_id"])}
    editor = {t["slug"] for t in all_techniques(api, workspace_id=spaces["editor"]["workspace_id"])}
    assert "studio-north-house-style" in owner
    assert "studio-north-house-style" not in editor
    assert "cctv-cam" in owner & editor


def test_filters_are_resent_with_the_cursor(api: httpx.Client) -> None:
    spaces = workspaces(api)
    ws = spaces["editor"]["workspace_id"]
    paged = all_techniques(api, workspace_id=ws, query="image", limit=2)
    whole = api.get("/techniques", params={"workspace_id": ws, "query": "image", "limit": 100})
    assert [t["technique_id"] for t in paged] == [
        t["technique_id"] for t in whole.json()["techniques"]
    ]
    assert len(paged) > 2


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "101"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"workspace_id": "studio"}, "workspace_id"),
    ],
)
def test_bad_list_parameters_are_400(api: httpx.Client, params: dict[str, str], field: str) -> None:
    response = api.get("/techniques", params=params)
    assert response.status_code == 400
    assert error_of(response)["code"] == "input_validation_error"
    assert field_names(response) == [field]


def test_unknown_workspace_filter_is_403(api: httpx.Client) -> None:
    response = api.get("/techniques", params={"workspace_id": "ws_someone_else"})
    assert response.status_code == 403
    assert error_of(response)["code"] == "forbidden"


def test_retrieve_by_id_and_by_slug(api: httpx.Client) -> None:
    by_slug = api.get("/techniques/art-directors-critique")
    assert by_slug.status_code == 200
    by_id = api.get(f"/techniques/{by_slug.json()['technique_id']}")
    assert by_id.json() == by_slug.json()
    listed = all_techniques(api, query="critique")
    assert by_slug.json() in listed


def test_unknown_technique_is_404(api: httpx.Client) -> None:
    response = api.get("/techniques/tech_doesnotexist")
    assert response.status_code == 404
    assert error_of(response) == {"code": "not_found", "message": "Technique not found."}


def test_large_generated_catalog(sandbox: SandboxServer, api: httpx.Client) -> None:
    reset_sandbox(sandbox, catalog_size=10_000)
    first = api.get("/techniques", params={"limit": 100}).json()
    assert first["meta"]["total_estimate"] == 10_000
    found = api.get("/techniques", params={"query": "neon poster", "limit": 100}).json()
    assert found["techniques"]
    assert all("neon poster" in t["name"].lower() for t in found["techniques"])
    far = api.get("/techniques", params={"limit": 100, "cursor": "eyJvZmZzZXQiOjk5MDB9"})
    assert len(far.json()["techniques"]) == 100
    assert far.json()["meta"]["next_cursor"] is None


def test_seed_changes_generated_catalog_only(sandbox: SandboxServer, api: httpx.Client) -> None:
    reset_sandbox(sandbox, catalog_size=40, seed=1)
    one = all_techniques(api, limit=100)
    reset_sandbox(sandbox, catalog_size=40, seed=2)
    two = all_techniques(api, limit=100)
    assert len(one) == len(two) == 40
    assert one[:25] == two[:25]
    assert [t["name"] for t in one[-5:]] != [t["name"] for t in two[-5:]]


def test_models_and_type_filter(api: httpx.Client) -> None:
    models = api.get("/models").json()["models"]
    assert {m["type"] for m in models} == {"image", "video", "audio", "text"}
    assert any(m["model_id"] == "t2i-flux-2-pro" for m in models)
    videos = api.get("/models", params={"type": "video"}).json()["models"]
    assert videos
    assert all(m["type"] == "video" for m in videos)
    assert api.get("/models", params={"type": "t2i"}).status_code == 400


def test_actions_list_and_retrieve(api: httpx.Client) -> None:
    actions = api.get("/actions").json()["actions"]
    assert len(actions) == 40
    ids = {a["action_id"] for a in actions}
    assert {"rotate-image-browser", "ken-burns-video"} <= ids
    one = api.get("/actions/ken-burns-video")
    assert one.status_code == 200
    assert one.json()["action_id"] == "ken-burns-video"
    assert api.get("/actions/no-such-action").status_code == 404
