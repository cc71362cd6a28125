"""Table tests of the retry policy (CONTRACT §9.5–9.6), in the style of the SDK's tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flora_desktop.api.retry import RetryDecision, RetryPolicy, parse_retry_after

NOW = datetime(2026, 7, 9, 12, 0, 0, tzinfo=UTC).timestamp()


def policy(rand: float = 0.0, max_retries: int = 2) -> RetryPolicy:
    return RetryPolicy(max_retries=max_retries, random=lambda: rand, now=lambda: NOW)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "0.2"}, 0.2),
        ({"retry-after": " 3 "}, 3.0),
        ({"Retry-After": "3"}, 3.0),
        ({"retry-after": "-4"}, -4.0),
        ({"retry-after-ms": "300"}, 0.3),
        ({"Retry-After-Ms": "1500"}, 1.5),
        ({"retry-after-ms": "300", "retry-after": "20"}, 0.3),
        ({"retry-after-ms": "0", "retry-after": "5"}, 5.0),
        ({"retry-after-ms": "0"}, 0.0),
        ({"retry-after-ms": "nan", "retry-after": "5"}, 5.0),
        ({"retry-after-ms": "soon"}, None),
        ({"retry-after": "Thu, 09 Jul 2026 12:00:07 GMT"}, 7.0),
        ({"retry-after": "Thu, 09 Jul 2026 11:59:50 GMT"}, -10.0),
        ({"retry-after": "not a date"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": ""}, None),
    ],
)
def test_parse_retry_after_header(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers, now=lambda: NOW) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("status", "headers", "code", "retry"),
    [
        (408, {}, None, True),
        (429, {}, "rate_limited", True),
        (500, {}, "internal_error", True),
        (502, {}, None, True),
        (503, {}, None, True),
        (504, {}, None, True),
        (400, {}, "input_validation_error", False),
        (401, {}, "unauthorized", False),
        (402, {}, "insufficient_credits", False),
        (403, {}, "forbidden", False),
        (404, {}, "not_found", False),
        (422, {}, "idempotency_conflict", False),
        # A duplicate key means the run exists: never retried, whatever else says so.
        (409, {}, "idempotency_duplicate", False),
        (409, {"x-should-retry": "true"}, "idempotency_duplicate", False),
        # Any other 409 is a lock timeout the SDK retries (§9.5); so is 425 Too Early.
        (409, {}, None, True),
        (409, {}, "conflict", True),
        (425, {}, None, True),
        (503, {}, "idempotency_duplicate", False),
        # The server's hint overrides the status rules.
        (400, {"x-should-retry": "true"}, None, True),
        (503, {"x-should-retry": "false"}, None, False),
        (429, {"X-Should-Retry": "FALSE"}, None, False),
        (503, {"x-should-retry": "maybe"}, None, True),
    ],
)
def test_should_retry_status(
    status: int, headers: dict[str, str], code: str | None, retry: bool
) -> None:
    assert policy().should_retry_status(status, headers, code) is retry
    assert policy().after_response(0, status, headers, code).retry is retry


@pytest.mark.parametrize(
    ("attempt", "rand", "delay"),
    [
        (0, 0.0, 0.5),
        (1, 0.0, 1.0),
        (2, 0.0, 2.0),
        (3, 0.0, 4.0),
        (4, 0.0, 8.0),
        (5, 0.0, 8.0),
        (9, 0.0, 8.0),
        (0, 0.5, 0.4375),
        (1, 0.999, 0.75025),
        (4, 0.999, 6.002),
    ],
)
def test_backoff_doubles_caps_and_jitters_downwards(
    attempt: int, rand: float, delay: float
) -> None:
    assert policy(rand).backoff(attempt) == pytest.approx(delay)


@given(attempt=st.integers(0, 50), rand=st.floats(0.0, 1.0, exclude_max=True))
def test_backoff_stays_within_a_quarter_below_the_base(attempt: int, rand: float) -> None:
    base = min(0.5 * 2.0**attempt, 8.0)
    delay = policy(rand).backoff(attempt)
    assert 0.75 * base <= delay <= base


@pytest.mark.parametrize(
    ("attempt", "status", "headers", "expected"),
    [
        (0, 503, {}, RetryDecision(retry=True, delay=0.5)),
        (1, 503, {}, RetryDecision(retry=True, delay=1.0)),
        (2, 503, {}, RetryDecision(retry=False)),
        (0, 429, {"retry-after": "0.2"}, RetryDecision(True, 0.2, 0.2)),
        (0, 429, {"retry-after-ms": "250"}, RetryDecision(True, 0.25, 0.25)),
        (0, 503, {"retry-after": "60"}, RetryDecision(True, 60.0, 60.0)),
        # Negative and past dates mean "now".
        (0, 429, {"retry-after": "-3"}, RetryDecision(True, 0.0, 0.0)),
        (0, 429, {"retry-after": "Thu, 09 Jul 2026 11:00:00 GMT"}, RetryDecision(True, 0.0, 0.0)),
        # More than a minute: stop retrying and hand the wait to the caller.
        (0, 429, {"retry-after": "61"}, RetryDecision(False, 0.0, 61.0)),
        (
            0,
            429,
            {"retry-after": "Thu, 09 Jul 2026 12:05:00 GMT"},
            RetryDecision(False, 0.0, 300.0),
        ),
        # Out of retries, the server's wish still reaches the error.
        (2, 429, {"retry-after": "2"}, RetryDecision(False, 0.0, 2.0)),
        # Not retryable: the header is reported but not obeyed.
        (0, 400, {"retry-after": "1"}, RetryDecision(False, 0.0, 1.0)),
    ],
)
def test_after_response(
    attempt: int, status: int, headers: dict[str, str], expected: RetryDecision
) -> None:
    decision = policy().after_response(attempt, status, headers)
    assert decision.retry is expected.retry
    assert decision.delay == pytest.approx(expected.delay)
    assert decision.retry_after == pytest.approx(expected.retry_after)


@pytest.mark.parametrize(
    ("max_retries", "attempt", "retry", "delay"),
    [(2, 0, True, 0.5), (2, 1, True, 1.0), (2, 2, False, 0.0), (0, 0, False, 0.0)],
)
def test_after_connection_error(max_retries: int, attempt: int, retry: bool, delay: float) -> None:
    decision = policy(max_retries=max_retries).after_connection_error(attempt)
    assert decision.retry is retry
    assert decision.delay == pytest.approx(delay)


def test_zero_retries_never_retries_even_retryable_statuses() -> None:
    assert policy(max_retries=0).after_response(0, 503, {}).retry is False
