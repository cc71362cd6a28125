"""``allow_multiple``: each value of a list produces one run (CONTRACT §4.1)."""

from __future__ import annotations

import httpx
import pytest

from flora_desktop.sandbox.errors import ApiError
from flora_desktop.sandbox.multiple import fan_out
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.sandbox.techniques import Technique, io_input
from tests.conftest import reset_sandbox
from tests.sandbox.support import start, technique

URL = "https://media.flora.ai/ref-{}.png"


def _runs(anon: httpx.Client) -> list[dict[str, object]]:
    runs: list[dict[str, object]] = anon.get("/_sandbox/runs").json()["runs"]
    return runs


def test_a_list_of_three_values_starts_three_runs_one_value_each(
    api: httpx.Client, anon: httpx.Client
) -> None:
    refs = [URL.format(i) for i in range(3)]
    response = start(api, "lookbook-layout", {"photos": refs, "title": "Spring"})
    assert response.status_code == 200, response.text
    body = response.json()
    ids = [item["run_id"] for item in body["runs"]]
    assert body["run_id"] == ids[0]
    assert len(set(ids)) == 3
    runs = _runs(anon)
    assert [run["inputs"] for run in runs] == [{"photos": ref, "title": "Spring"} for ref in refs]


def test_a_list_of_one_value_is_one_run_without_runs(api: httpx.Client, anon: httpx.Client) -> None:
    response = start(api, "lookbook-layout", {"photos": [URL.format(0)], "title": "S"})
    assert response.status_code == 200
    assert "runs" not in response.json()
    assert len(_runs(anon)) == 1


def test_the_nested_route_fans_out_repeated_ids(api: httpx.Client, anon: httpx.Client) -> None:
    entries = [{"id": "photos", "type": "imageUrl", "value": URL.format(i)} for i in range(2)]
    entries.append({"id": "title", "type": "text", "value": "S"})
    response = api.post(
        "/techniques/lookbook-layout/runs", json={"inputs": entries, "mode": "async"}
    )
    assert response.status_code == 200, response.text
    assert len(response.json()["runs"]) == 2
    assert len(_runs(anon)) == 2


def test_the_start_is_all_or_nothing_on_credits(
    sandbox: SandboxServer, api: httpx.Client, anon: httpx.Client
) -> None:
    cost = technique(api, "lookbook-layout")["run_cost"]
    reset_sandbox(sandbox, credits=cost * 2.5)  # pays for two runs, not three
    refs = [URL.format(i) for i in range(3)]
    response = start(api, "lookbook-layout", {"photos": refs, "title": "S"})
    assert response.status_code == 402
    assert _runs(anon) == []


TWO = Technique(
    "tech_two",
    "two",
    "Two lists",
    "",
    0.1,
    (io_input("a", "A", "text", multiple=True), io_input("b", "B", "text", multiple=True)),
    (),
)


def test_two_lists_combine_row_by_row_and_must_match_in_length() -> None:
    rows = fan_out(TWO, {"a": ["1", "2"], "b": ["x", "y"]})
    assert rows == [{"a": "1", "b": "x"}, {"a": "2", "b": "y"}]
    assert fan_out(TWO, {"a": ["1"], "b": "x"}) == [{"a": ["1"], "b": "x"}]
    with pytest.raises(ApiError):
        fan_out(TWO, {"a": ["1", "2"], "b": ["x", "y", "z"]})
