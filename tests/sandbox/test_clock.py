"""The sandbox's clock: ``POST /_sandbox/clock`` moves runs, assets and keys without waiting."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from flora_desktop.sandbox.clock import SandboxClock
from flora_desktop.sandbox.server import SandboxServer
from tests.conftest import reset_sandbox
from tests.sandbox.support import start, workspaces

IMG = "https://x.example.test/a.png"


def clock(anon: httpx.Client, **body: object) -> dict[str, object]:
    response = anon.post("/_sandbox/clock", json=body)
    assert response.status_code == 200, response.text
    shown: dict[str, object] = response.json()["clock"]
    return shown


def status(api: httpx.Client, run_id: str) -> str:
    value: str = api.get(f"/runs/{run_id}").json()["status"]
    return value


def test_a_stopped_clock_holds_a_run_until_advanced(
    sandbox: SandboxServer, anon: httpx.Client, api: httpx.Client
) -> None:
    reset_sandbox(sandbox, run_seconds=60)
    assert clock(anon, mode="manual")["mode"] == "manual"
    run_id = start(api, "cctv-cam", {"input_image": IMG}).json()["run_id"]
    assert status(api, run_id) == "pending"
    clock(anon, advance=30)
    running = api.get(f"/runs/{run_id}").json()
    assert running["status"] == "running"
    assert 0 < running["progress"] < 100
    clock(anon, advance=30)
    done = api.get(f"/runs/{run_id}").json()
    assert done["status"] == "completed"
    assert done["completed_at"] - done["created_at"] == 60_000  # by the sandbox's own clock
    owner = next(
        w for w in anon.get("/_sandbox/workspaces").json()["workspaces"] if w["role"] == "owner"
    )
    assert owner["balance"] < 25.0  # charged once it completed


def test_advancing_the_real_clock_finishes_a_run_at_once(
    sandbox: SandboxServer, anon: httpx.Client, api: httpx.Client
) -> None:
    reset_sandbox(sandbox, run_seconds=3600)
    run_id = start(api, "cctv-cam", {"input_image": IMG}).json()["run_id"]
    assert status(api, run_id) in ("pending", "running")
    shown = clock(anon, advance=3600)
    assert shown["mode"] == "real"
    assert shown["offset"] == pytest.approx(3600, abs=5)
    assert status(api, run_id) == "completed"


def test_an_idempotency_key_is_forgotten_once_its_two_hours_have_passed(
    anon: httpx.Client, api: httpx.Client
) -> None:
    first = start(api, "cctv-cam", {"input_image": IMG}, key="same-click").json()["run_id"]
    again = start(api, "cctv-cam", {"input_image": IMG}, key="same-click")
    assert again.status_code == 409  # within two hours the key is remembered (§9.7)
    clock(anon, advance=2 * 3600 + 1)
    later = start(api, "cctv-cam", {"input_image": IMG}, key="same-click").json()["run_id"]
    assert later != first
    assert len(anon.get("/_sandbox/runs").json()["runs"]) == 2


def test_an_asset_is_ready_once_its_processing_time_has_passed(
    sandbox: SandboxServer, anon: httpx.Client, api: httpx.Client
) -> None:
    reset_sandbox(sandbox, asset_ready_seconds=600)
    clock(anon, mode="manual")
    body = {
        "workspace_id": workspaces(api)["owner"]["workspace_id"],
        "source": "https://images.unsplash.com/photo-1.png",
    }
    created = api.post("/assets", json=body)
    assert created.status_code == 200, created.text
    asset_id = created.json()["asset_id"]
    assert api.get(f"/assets/{asset_id}").json()["status"] == "pending_upload"
    clock(anon, advance=600)
    assert api.get(f"/assets/{asset_id}").json()["status"] == "ready"


def test_reset_puts_the_real_clock_back(
    sandbox: SandboxServer, anon: httpx.Client, api: httpx.Client
) -> None:
    clock(anon, mode="manual", advance=86_400)
    # 60 s runs: pending for their first 6 s of real time, however loaded the machine (a 0.3 s
    # run is pending for only 30 ms: a slow second request saw it running).
    reset_sandbox(sandbox, run_seconds=60)
    shown = anon.get("/_sandbox/clock").json()["clock"]
    assert shown["mode"] == "real"
    assert shown["offset"] == pytest.approx(0, abs=1)
    run_id = start(api, "cctv-cam", {"input_image": IMG}).json()["run_id"]
    assert status(api, run_id) == "pending"  # not finished by a stale offset of a day


def test_going_back_to_real_time_goes_on_from_where_it_stood(anon: httpx.Client) -> None:
    stopped = clock(anon, mode="manual", advance=100)
    assert clock(anon)["now"] == stopped["now"]  # an empty change shows the clock
    resumed = clock(anon, mode="real")
    assert resumed["mode"] == "real"
    assert isinstance(resumed["now"], float)
    assert isinstance(stopped["now"], float)
    assert stopped["now"] <= resumed["now"] < stopped["now"] + 5


@pytest.mark.parametrize(
    "body",
    [
        {"advance": -1},
        {"advance": "5"},
        {"advance": True},
        {"advance": 10**12},
        {"mode": "fast"},
        {"mode": None, "rewind": 5},
        [5],
    ],
)
def test_bad_clock_changes_are_refused_and_change_nothing(anon: httpx.Client, body: object) -> None:
    response = anon.post("/_sandbox/clock", json=body)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "input_validation_error"
    shown = anon.get("/_sandbox/clock").json()["clock"]
    assert shown["mode"] == "real"
    assert shown["offset"] == pytest.approx(0, abs=1)


def test_an_infinite_advance_is_refused(anon: httpx.Client) -> None:
    response = anon.post(
        "/_sandbox/clock",
        content=b'{"advance": 1e400}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400


_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), st.floats(0, 1000)),
        st.tuples(st.just("advance"), st.floats(0, 1000)),
        st.tuples(st.just("mode"), st.sampled_from(["real", "manual"])),
    ),
    max_size=30,
)


@given(_STEPS)
def test_time_never_goes_back_and_stands_still_when_stopped(
    steps: list[tuple[str, object]],
) -> None:
    real = [1_000_000.0]
    sandbox_clock = SandboxClock(lambda: real[0])
    last = sandbox_clock.now()
    for kind, value in steps:
        expected = last
        if kind == "tick":
            assert isinstance(value, float)
            real[0] += value
            if sandbox_clock.mode == "real":
                expected = last + value
        elif kind == "advance":
            assert isinstance(value, float)
            sandbox_clock.advance(value)
            expected = last + value
        else:
            sandbox_clock.set_mode("real" if value == "real" else "manual")
        now = sandbox_clock.now()
        assert now == pytest.approx(expected, abs=1e-6)
        assert now >= last - 1e-6
        last = now


def test_the_clock_refuses_to_go_back() -> None:
    with pytest.raises(ValueError, match="forward"):
        SandboxClock().advance(-1)
