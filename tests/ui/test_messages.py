"""ui/messages.py: every error the client can raise gets a title, a sentence and what to do."""

from __future__ import annotations

import pytest

from flora_desktop.api.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    FieldError,
    FloraError,
    MissingAPIKeyError,
    make_status_error,
)
from flora_desktop.ui.messages import (
    CANCELLED_MESSAGE,
    RATE_LIMIT_STOPPED,
    Action,
    UserMessage,
    describe_error,
    field_line,
    format_cost,
    format_seconds,
    rate_limit_countdown,
)

# (status, code) pairs from CONTRACT §8.2, plus bare statuses a proxy may send.
STATUS_CASES = [
    (400, "invalid_json"),
    (400, "input_validation_error"),
    (401, "unauthorized"),
    (401, "invalid_api_key"),
    (401, "invalid_token"),
    (402, "insufficient_credits"),
    (403, "forbidden"),
    (403, "paid_plan_required"),
    (404, "not_found"),
    (409, "idempotency_duplicate"),
    (422, "idempotency_conflict"),
    (429, "rate_limited"),
    (500, "unknown_error"),
    (500, "internal_error"),
    (502, None),
    (503, None),
    (418, None),
]

SERVER_TEXT = '{"error": {"code": "x", "message": "Traceback (most recent call last):"}}'


def _status_error(status: int, code: str | None) -> APIStatusError:
    envelope: dict[str, object] = {"message": SERVER_TEXT}
    if code:
        envelope["code"] = code
    return make_status_error(status, {"error": envelope}, retry_after=3)


def _all_errors() -> list[FloraError]:
    errors: list[FloraError] = [_status_error(s, c) for s, c in STATUS_CASES]
    errors += [
        APIConnectionError(),
        APITimeoutError(),
        APIResponseValidationError("RunStart.run_id is missing", body={"x": 1}),
        MissingAPIKeyError("no key"),
        FloraError("something"),
    ]
    return errors


@pytest.mark.parametrize("error", _all_errors(), ids=lambda e: f"{type(e).__name__}")
def test_every_error_has_title_sentence_and_what_to_do(error: FloraError) -> None:
    message = describe_error(error)
    assert message.title
    assert message.sentence
    assert message.what_to_do
    for text in (message.title, message.sentence, message.what_to_do, message.text()):
        assert "{" not in text
        assert "}" not in text
        assert "Traceback" not in text
        assert "\n" not in text


@pytest.mark.parametrize(
    ("status", "code", "action", "words"),
    [
        (401, "invalid_api_key", Action.SIGN_IN, "key"),
        (402, "insufficient_credits", Action.OPEN_BILLING, "Add credits to this workspace"),
        (403, "forbidden", Action.CHOOSE_WORKSPACE, "role in this workspace"),
        (404, "not_found", Action.REFRESH, "technique is gone"),
        (500, "internal_error", Action.TRY_AGAIN, "Nothing was charged unless"),
        (503, None, Action.TRY_AGAIN, "not answering"),
        (409, "idempotency_duplicate", Action.LOOK_UP, "already started"),
    ],
)
def test_each_code_says_what_to_do(
    status: int, code: str | None, action: Action, words: str
) -> None:
    message = describe_error(_status_error(status, code))
    assert message.action is action
    assert words in message.text()


def test_connection_and_timeout_read_like_a_server_error() -> None:
    server = describe_error(_status_error(500, "internal_error"))
    assert describe_error(APIConnectionError()) == server
    assert describe_error(APITimeoutError()) == server
    assert server.action_label == "Try again"


def test_rate_limit_counts_down_then_says_what_to_do() -> None:
    error = _status_error(429, "rate_limited")
    retrying = describe_error(error)
    assert retrying.retry_in == 3
    assert retrying.sentence == "FLORA is busy; trying again in 3 s."
    given_up = describe_error(error, rate_limit_retry=False)
    assert given_up.retry_in is None
    assert "press Run again" in given_up.what_to_do
    assert rate_limit_countdown(0.2) == "FLORA is busy; trying again in 1 s."
    assert rate_limit_countdown(2.5) == "FLORA is busy; trying again in 3 s."


def test_response_validation_names_the_unreadable_answer() -> None:
    message = describe_error(APIResponseValidationError("bad", body="<html>"))
    assert "could not read" in message.sentence
    assert message.action is Action.LOOK_UP


def test_field_lines_keep_plain_server_text_only() -> None:
    assert field_line(FieldError("technique_id", "Must start with tech_")) == (
        "technique_id: Must start with tech_"
    )
    assert field_line(FieldError("x", '{"nested": "json"}')) == "x: This value was not accepted."
    assert field_line(FieldError("", "Required")) == "Required"


def test_fixed_messages_are_complete() -> None:
    for message in (CANCELLED_MESSAGE, RATE_LIMIT_STOPPED):
        assert isinstance(message, UserMessage)
        assert message.title
        assert message.sentence
        assert message.what_to_do
    assert "may still have started" in CANCELLED_MESSAGE.sentence


@pytest.mark.parametrize(
    ("usd", "text"), [(0.12, "$0.12"), (0, "$0.00"), (1234.5, "$1,234.50"), (0.004, "$0.004")]
)
def test_format_cost(usd: float, text: str) -> None:
    assert format_cost(usd) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(40, "about 40 s"), (0.2, "about 1 s"), (150, "about 2 min"), (None, "not known yet")],
)
def test_format_seconds(seconds: float | None, text: str) -> None:
    assert format_seconds(seconds) == text


@pytest.mark.parametrize("starting_run", [True, False])
@pytest.mark.parametrize(
    "status", [400, 401, 402, 403, 404, 405, 409, 418, 422, 429, 500, 502, 504]
)
def test_a_proxy_page_keeps_the_words_it_had_before_the_status_tree(
    status: int, starting_run: bool
) -> None:
    """A non-envelope page is typed by status now, and the user still reads the same words.

    5xx pages read as FLORA not answering; a 401 as a refused key; a 429 as busy; any other
    4xx page (not FLORA's own answer) as an answer the app could not read.
    """
    page = make_status_error(status, None, excerpt="<html>nginx</html>")
    words = describe_error(page, starting_run=starting_run)
    before = describe_error(
        APIResponseValidationError("bad", status_code=status), starting_run=starting_run
    )
    if status >= 500:
        assert words.title == "FLORA is not answering"
    elif status == 401:
        assert words.action is Action.SIGN_IN
    elif status == 429:
        assert "busy" in words.title
    else:
        assert words == before
    assert "<html>" not in words.text()
