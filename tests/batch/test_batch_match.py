"""The rule that matches a batch row whose answer was lost to FLORA's run: one, or none."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from flora_desktop.api.models import TechniqueRef, TechniqueRun
from flora_desktop.services.batch_match import (
    ANSWER_ALLOWANCE_SECONDS,
    CLOCK_SKEW_SECONDS,
    MatchWindow,
    the_rows_run,
)

SENT = 1_790_000_000.0  # epoch seconds: a row's first send


def _run(run_id: str, created_at: float | None) -> TechniqueRun:
    return TechniqueRun(
        run_id,
        "running",
        created_at=created_at,
        workspace_id="ws_1",
        technique=TechniqueRef("tech_1"),
    )


# Offsets from the first send, in seconds, either side of every edge of the window.
offsets = st.one_of(
    st.floats(-6 * 3600, 6 * 3600, allow_nan=False),
    st.sampled_from([-CLOCK_SKEW_SECONDS - 1, -CLOCK_SKEW_SECONDS, 0.0, 300.0, 301.0]),
)
runs = st.lists(
    st.tuples(st.sampled_from(["run_a", "run_b", "run_c", "run_d"]), offsets, st.booleans()),
    max_size=6,
)


@given(runs, st.sets(st.sampled_from(["run_a", "run_b", "run_c"])), st.integers(0, 2), offsets)
def test_a_run_is_taken_only_when_it_alone_can_be_the_rows(
    listed: list[tuple[str, float, bool]], owned: set[str], rivals: int, resent: float
) -> None:
    """Whatever FLORA lists, in seconds or milliseconds: a run outside the time the row's
    requests were out, one owned here, or any pick while two runs or a rival press could be
    it, is never taken."""
    last = SENT + max(0.0, resent)
    window = MatchWindow.around(SENT, last)
    stamped = [
        _run(run_id, (SENT + offset) * (1000.0 if in_ms else 1.0))
        for run_id, offset, in_ms in listed
    ]
    found = the_rows_run(stamped, window, owned, rivals)
    # Read back as FLORA's stamps are (milliseconds to seconds), then checked plainly.
    seconds = [
        (run.run_id, (run.created_at or 0.0) / (1000.0 if in_ms else 1.0))
        for run, (_id, _offset, in_ms) in zip(stamped, listed, strict=True)
    ]
    could_be = {
        run_id
        for run_id, created in seconds
        if run_id not in owned and window.earliest <= created <= window.latest
    }
    if rivals or len(could_be) != 1:
        assert found is None
    else:
        assert found is not None
        assert {found.run_id} == could_be


def test_the_window_runs_from_the_first_send_to_the_last_one_and_its_answer() -> None:
    window = MatchWindow.around(SENT, SENT + 60)
    assert window.earliest == SENT - CLOCK_SKEW_SECONDS
    assert window.latest == SENT + 60 + CLOCK_SKEW_SECONDS + ANSWER_ALLOWANCE_SECONDS
    # A run FLORA made hours later (the user ran the technique by hand) is not the row's.
    later = _run("run_later", (SENT + 3 * 3600) * 1000)
    assert the_rows_run([later], window, set(), 0) is None
    assert the_rows_run([_run("run_x", None)], window, set(), 0) is not None  # no stamp
    # The same run listed twice (pages shifted while reading) is still one run.
    twice = [_run("run_x", SENT * 1000), _run("run_x", SENT * 1000)]
    found = the_rows_run(twice, window, set(), 0)
    assert found is not None
    assert found.run_id == "run_x"
