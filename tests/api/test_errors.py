"""Mapping an error answer onto the typed error tree (CONTRACT §8)."""

from __future__ import annotations

from typing import Any

import pytest

from flora_desktop.api import errors
from flora_desktop.api.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldError,
    FloraError,
    IdempotencyConflictError,
    IdempotencyDuplicateError,
    InputValidationError,
    InsufficientCreditsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    make_status_error,
)


def envelope(code: str, message: str = "m", fields: Any = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if fields is not None:
        error["fields"] = fields
    return {"error": error}


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (400, envelope("invalid_json"), BadRequestError),
        (400, envelope("input_validation_error"), InputValidationError),
        (422, envelope("input_validation_error"), InputValidationError),
        (422, None, InputValidationError),
        (422, envelope("idempotency_conflict"), IdempotencyConflictError),
        (401, envelope("unauthorized"), AuthenticationError),
        (401, envelope("invalid_api_key"), AuthenticationError),
        (401, None, AuthenticationError),
        (402, envelope("insufficient_credits"), InsufficientCreditsError),
        (402, None, InsufficientCreditsError),
        (403, envelope("forbidden"), PermissionDeniedError),
        (403, envelope("paid_plan_required"), PermissionDeniedError),
        (404, envelope("not_found"), NotFoundError),
        (409, envelope("idempotency_duplicate"), IdempotencyDuplicateError),
        (409, envelope("lock_timeout"), ConflictError),
        (429, envelope("rate_limited"), RateLimitError),
        (500, envelope("unknown_error"), InternalServerError),
        (500, envelope("internal_error"), InternalServerError),
        (503, None, InternalServerError),
        (408, None, APIStatusError),
        (418, envelope("teapot"), APIStatusError),
        # A specific code wins over an odd status.
        (400, envelope("insufficient_credits"), InsufficientCreditsError),
        (500, envelope("idempotency_duplicate"), IdempotencyDuplicateError),
    ],
)
def test_status_and_code_map_to_one_class(status: int, body: Any, cls: type) -> None:
    error = make_status_error(status, body, request_id="req_1")
    assert type(error) is cls
    assert error.status_code == status
    assert error.request_id == "req_1"


def test_envelope_fields_are_parsed() -> None:
    body = envelope(
        "input_validation_error",
        "inputs.brief: Required",
        [{"field": "inputs.brief", "message": "Required"}, {"field": "technique_id"}, "junk"],
    )
    error = make_status_error(400, body, request_id="req_9", retry_after=None)
    assert isinstance(error, InputValidationError)
    assert error.code == "input_validation_error"
    assert error.message == "inputs.brief: Required"
    assert error.fields == (
        FieldError("inputs.brief", "Required"),
        FieldError("technique_id", ""),
    )
    assert error.body == body
    assert str(error) == "inputs.brief: Required (HTTP 400, input_validation_error)"


def test_message_falls_back_when_the_body_says_nothing() -> None:
    assert str(make_status_error(503, None)) == (
        "The FLORA API answered with status 503. (HTTP 503)"
    )
    assert make_status_error(429, {"error": {"code": "rate_limited"}}).message == "Rate limited."


def test_retry_after_is_carried() -> None:
    error = make_status_error(429, envelope("rate_limited"), retry_after=61.0)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 61.0


def test_redacts_an_echoed_key_from_the_message() -> None:
    key = "sk_live_very_secret"
    error = make_status_error(401, envelope("invalid_api_key", f"Key {key} is revoked"), redact=key)
    assert key not in str(error)
    assert key not in repr(error)
    assert "***" in error.message


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        (APIStatusError, FloraError),
        (BadRequestError, APIStatusError),
        (InputValidationError, BadRequestError),
        (IdempotencyDuplicateError, ConflictError),
        (IdempotencyConflictError, UnprocessableEntityError),
        (APITimeoutError, APIConnectionError),
        (APIConnectionError, FloraError),
        (APIResponseValidationError, FloraError),
        (errors.MissingAPIKeyError, errors.ConfigurationError),
        (errors.ConfigurationError, FloraError),
        (errors.AssetUploadError, FloraError),
    ],
)
def test_tree(child: type, parent: type) -> None:
    assert issubclass(child, parent)


def test_every_public_error_is_exported() -> None:
    import flora_desktop.api as api

    for name in errors.__all__:
        if name != "make_status_error":
            assert getattr(api, name) is getattr(errors, name)
