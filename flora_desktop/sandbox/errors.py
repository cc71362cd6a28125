"""The contract's error envelope (CONTRACT §8.1) and the one exception handlers raise for it."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from aiohttp import web

# Default status for each code the sandbox answers with (CONTRACT §8.2).
STATUS_BY_CODE: Mapping[str, int] = {
    "invalid_json": 400,
    "input_validation_error": 400,
    "unauthorized": 401,
    "invalid_api_key": 401,
    "insufficient_credits": 402,
    "forbidden": 403,
    "not_found": 404,
    "method_not_allowed": 405,
    "request_timeout": 408,
    "idempotency_duplicate": 409,
    "idempotency_conflict": 422,
    "rate_limited": 429,
    "unknown_error": 500,
    "internal_error": 500,
    "service_unavailable": 503,
}

# Code an injected fault uses when it names only a status.
CODE_BY_STATUS: Mapping[int, str] = {
    400: "input_validation_error",
    401: "unauthorized",
    402: "insufficient_credits",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    409: "idempotency_duplicate",
    422: "idempotency_conflict",
    429: "rate_limited",
    500: "internal_error",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}

DEFAULT_MESSAGES: Mapping[str, str] = {
    "invalid_json": "Request body is not valid JSON.",
    "input_validation_error": "Invalid input.",
    "unauthorized": "Invalid API key.",
    "invalid_api_key": "Invalid API key.",
    "insufficient_credits": "Insufficient credits.",
    "forbidden": "Forbidden.",
    "not_found": "Not found.",
    "method_not_allowed": "Method not allowed.",
    "request_timeout": "Request timed out.",
    "idempotency_duplicate": "Duplicate idempotency key.",
    "idempotency_conflict": "Idempotency key reused with a different request body.",
    "rate_limited": "Rate limit exceeded.",
    "unknown_error": "An unknown error occurred.",
    "internal_error": "Internal server error.",
    "bad_gateway": "Bad gateway.",
    "service_unavailable": "Service temporarily unavailable.",
    "gateway_timeout": "Gateway timeout.",
}


def code_for_status(status: int) -> str:
    """The code an answer with only a status carries."""
    if status in CODE_BY_STATUS:
        return CODE_BY_STATUS[status]
    return "internal_error" if status >= 500 else "unknown_error"


def message_for_code(code: str) -> str:
    """The contract's stock message for ``code``."""
    return DEFAULT_MESSAGES.get(code, "An unknown error occurred.")


@dataclass(frozen=True)
class FieldProblem:
    """One entry of ``error.fields``: a field path and what is wrong with it."""

    field: str
    message: str


@dataclass
class ApiError(Exception):
    """Raised by handlers; the error middleware turns it into the envelope."""

    code: str
    message: str = ""
    status: int = 0
    fields: Sequence[FieldProblem] = ()
    headers: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.status:
            self.status = STATUS_BY_CODE.get(self.code, 500)
        if not self.message:
            self.message = message_for_code(self.code)
        super().__init__(self.message)


def validation_error(problems: Sequence[FieldProblem]) -> ApiError:
    """``400 input_validation_error`` with one ``fields`` entry per problem."""
    first = problems[0]
    message = f"{first.field}: {first.message}"
    if len(problems) > 1:
        message += f" (and {len(problems) - 1} more)"
    return ApiError("input_validation_error", message, fields=tuple(problems))


def envelope(code: str, message: str, fields: Sequence[FieldProblem] = ()) -> dict[str, object]:
    """The JSON body of an error answer."""
    error: dict[str, object] = {"code": code, "message": message}
    if fields:
        error["fields"] = [{"field": f.field, "message": f.message} for f in fields]
    return {"error": error}


def error_response(error: ApiError) -> web.Response:
    """The envelope as an aiohttp response with the error's status and headers."""
    return web.Response(
        status=error.status,
        text=json.dumps(envelope(error.code, error.message, error.fields)),
        content_type="application/json",
        headers=dict(error.headers),
    )
