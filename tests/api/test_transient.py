"""The one "is this error transient?" rule, and that every caller uses it.

The client's retries, the run watcher and the launcher's reloads once disagreed on 409,
408/425 and unreadable bodies; now each asks ``errors.is_transient``.
"""

from __future__ import annotations

import inspect

import pytest

from flora_desktop.api import errors
from flora_desktop.api.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    FloraError,
    MissingAPIKeyError,
    is_transient,
    make_status_error,
)
from flora_desktop.api.retry import RetryPolicy

CODES = (None, "idempotency_duplicate", "rate_limited", "internal_error", "not_found", "x_new")
STATUSES = (300, 400, 401, 402, 403, 404, 405, 408, 409, 410, 422, 425, 429, 451, 499, 500,
            501, 502, 503, 504, 599)  # fmt: skip


def expected(status: int, code: str | None) -> bool:
    if code == "idempotency_duplicate":
        return False  # the run exists: asking again cannot start it, and must not
    return status in (408, 409, 425, 429) or status >= 500


@pytest.mark.parametrize("from_proxy", [False, True])
@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("status", STATUSES)
def test_status_errors_by_status_and_code(status: int, code: str | None, from_proxy: bool) -> None:
    body = None if from_proxy else {"error": {"code": code, "message": "m"}}
    error = make_status_error(status, body, excerpt="<html>" if from_proxy else None)
    want = expected(status, None if from_proxy else code)
    assert is_transient(error) is want
    # The client's retry policy applies the same rule (no server hint given).
    assert RetryPolicy().should_retry_status(status, {}, error.code) is want


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (APIConnectionError(), True),
        (APITimeoutError(), True),
        (APIResponseValidationError("not JSON", status_code=200, garbled=True), True),
        (APIResponseValidationError("Workspace.name is missing"), False),
        (ConfigurationError("bad URL"), False),
        (MissingAPIKeyError("no key"), False),
        (FloraError("other"), False),
        (ValueError("not ours"), False),
    ],
)
def test_errors_without_a_status(error: BaseException, transient: bool) -> None:
    assert is_transient(error) is transient


def test_the_watcher_and_the_retry_policy_ask_the_one_rule() -> None:
    from flora_desktop.services import watch

    assert watch.is_transient is errors.is_transient
    assert "def is_transient" not in inspect.getsource(watch)
    assert "is_transient_status" in inspect.getsource(RetryPolicy.should_retry_status)
