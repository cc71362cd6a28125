"""The client's one error tree, and the one function that maps an HTTP answer onto it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flora_desktop.api.sanitise import clean_line, clean_text

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AssetUploadError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "FileChangedError",
    "FloraError",
    "IdempotencyConflictError",
    "IdempotencyDuplicateError",
    "InputValidationError",
    "InsufficientCreditsError",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "is_transient",
    "is_transient_status",
    "make_status_error",
]

# How much of a body that is not FLORA's error envelope an error keeps (a proxy's page).
EXCERPT_CHARS = 500
# How much of FLORA's own error message (and of each field's) an error keeps.
MESSAGE_CHARS = 2000


@dataclass(frozen=True)
class FieldError:
    """One entry of an error's ``fields``: which input was wrong and why."""

    field: str
    message: str


class FloraError(Exception):
    """Root of every error this client raises."""


class ConfigurationError(FloraError):
    """The client was set up wrongly (a bad base URL, no key); raised before any request."""


class MissingAPIKeyError(ConfigurationError):
    """No API key was given or found in ``FLORA_API_KEY``."""


class APIConnectionError(FloraError):
    """The request never got an HTTP answer (DNS, refused, reset, dropped)."""

    def __init__(self, message: str = "Could not connect to the FLORA API.") -> None:
        super().__init__(message)
        self.message = message


class APITimeoutError(APIConnectionError):
    """The request timed out on the client's side."""

    def __init__(self, message: str = "The FLORA API did not answer in time.") -> None:
        super().__init__(message)


class APIResponseValidationError(FloraError):
    """A 2xx answer whose body is not JSON, too large, or not the contract's shape.

    ``garbled`` is true when the body could not be read at all (not JSON, not decodable):
    often a transfer cut short or a captive portal, which the next attempt may not meet.
    A readable body of the wrong shape is not garbled: asking again gives the same answer.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        request_id: str | None = None,
        body: object = None,
        garbled: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.request_id = request_id
        self.body = body
        self.garbled = garbled


class AssetUploadError(FloraError):
    """An asset upload failed: storage refused the bytes, the asset failed, or it timed out."""

    def __init__(
        self,
        message: str,
        *,
        asset_id: str | None = None,
        status: str | None = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.asset_id = asset_id
        self.status = status
        self.status_code = status_code


class FileChangedError(AssetUploadError):
    """The local file grew, shrank, was replaced or modified while it was being sent."""


class APIStatusError(FloraError):
    """A non-2xx answer, typed by status whatever its body (as FLORA's SDKs do).

    ``code``/``fields`` come from FLORA's error envelope. ``excerpt`` holds the start of a
    body that is not that envelope (a proxy's HTML page, garbage), cleaned and bounded, for
    diagnosis; ``None`` when the body was the envelope or empty.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        fields: tuple[FieldError, ...] = (),
        request_id: str | None = None,
        retry_after: float | None = None,
        body: object = None,
        excerpt: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.fields = fields
        self.request_id = request_id
        self.retry_after = retry_after
        self.body = body
        self.excerpt = excerpt

    @property
    def from_intermediary(self) -> bool:
        """The body was not FLORA's error format: a proxy or gateway answered, not FLORA."""
        return self.excerpt is not None

    def __str__(self) -> str:
        detail = f"HTTP {self.status_code}" + (f", {self.code}" if self.code else "")
        return f"{self.message} ({detail})"


class BadRequestError(APIStatusError):
    """400: the request was malformed (``invalid_json`` and friends)."""


class InputValidationError(BadRequestError):
    """``input_validation_error`` (400, or a 422 that is not about idempotency)."""


class AuthenticationError(APIStatusError):
    """401: missing, malformed, unknown or revoked API key."""


class InsufficientCreditsError(APIStatusError):
    """402 ``insufficient_credits``: the workspace cannot pay for the run; nothing billed."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not act on this workspace or resource."""


class NotFoundError(APIStatusError):
    """404: missing or inaccessible resource."""


class ConflictError(APIStatusError):
    """409."""


class IdempotencyDuplicateError(ConflictError):
    """409 ``idempotency_duplicate``: this key was already used, so the run exists."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class IdempotencyConflictError(UnprocessableEntityError):
    """422 ``idempotency_conflict``: the body key was reused with a different body."""


class RateLimitError(APIStatusError):
    """429 ``rate_limited``; ``retry_after`` holds the server's suggested wait in seconds."""


class InternalServerError(APIStatusError):
    """5xx."""


# Codes that name one case whatever status carries them (CONTRACT §8.2).
_BY_CODE: Mapping[str, type[APIStatusError]] = {
    "input_validation_error": InputValidationError,
    "invalid_json": BadRequestError,
    "unauthorized": AuthenticationError,
    "invalid_api_key": AuthenticationError,
    "invalid_token": AuthenticationError,
    "insufficient_credits": InsufficientCreditsError,
    "forbidden": PermissionDeniedError,
    "paid_plan_required": PermissionDeniedError,
    "not_found": NotFoundError,
    "idempotency_duplicate": IdempotencyDuplicateError,
    "idempotency_conflict": IdempotencyConflictError,
    "rate_limited": RateLimitError,
}

_BY_STATUS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    # The live API answered some empty bodies with 422 instead of 400 (CONTRACT §5.4).
    422: InputValidationError,
    429: RateLimitError,
}


def _error_class(status_code: int, code: str | None) -> type[APIStatusError]:
    if code is not None and code in _BY_CODE:
        return _BY_CODE[code]
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if status_code >= 500:
        return InternalServerError
    return APIStatusError


def _parse_fields(raw: object, redact: str | None) -> tuple[FieldError, ...]:
    if not isinstance(raw, list):
        return ()
    fields: list[FieldError] = []
    for item in raw:
        if isinstance(item, Mapping):
            name, text = item.get("field"), item.get("message")
            fields.append(
                FieldError(
                    field=clean_line(_redacted(name, redact)) if isinstance(name, str) else "",
                    message=_clean_message(_redacted(text, redact))
                    if isinstance(text, str)
                    else "",
                )
            )
    return tuple(fields)


def _redacted(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


def _clean_message(text: str) -> str:
    # FLORA's words reach logs and (when plain) the UI: no surrogates or controls, bounded.
    return clean_text(text, MESSAGE_CHARS)


def body_excerpt(content: bytes, *, encoding: str | None = None, redact: str | None = None) -> str:
    """The start of a body as safe text: decoded leniently, one line, bounded, key removed.

    Only what can be shown or logged: no control characters, no lone surrogates, at most
    ``EXCERPT_CHARS`` characters, and ``redact`` (the API key) replaced by ``***``.
    """
    try:
        text = content[: EXCERPT_CHARS * 4].decode(encoding or "utf-8", errors="replace")
    except LookupError:  # a charset Python does not know
        text = content[: EXCERPT_CHARS * 4].decode("utf-8", errors="replace")
    text = _redacted(text, redact)
    cleaned = "".join(c if c.isprintable() else " " for c in text)
    return " ".join(cleaned.split())[:EXCERPT_CHARS]


def make_status_error(
    status_code: int,
    body: object,
    *,
    request_id: str | None = None,
    retry_after: float | None = None,
    redact: str | None = None,
    excerpt: str | None = None,
) -> APIStatusError:
    """Build the typed error for a non-2xx answer: by specific ``error.code``, else by status.

    ``body`` is the parsed JSON when it is FLORA's envelope (``None`` otherwise); ``excerpt``
    the cleaned start of a body that is not (see ``body_excerpt``). ``redact`` is removed from
    the message and fields so an echoed API key never reaches an exception's text.
    """
    code: str | None = None
    message: str | None = None
    fields: tuple[FieldError, ...] = ()
    envelope: Any = body.get("error") if isinstance(body, Mapping) else None
    if isinstance(envelope, Mapping):
        raw_code, raw_message = envelope.get("code"), envelope.get("message")
        code = raw_code if isinstance(raw_code, str) and raw_code else None
        message = raw_message if isinstance(raw_message, str) and raw_message else None
        fields = _parse_fields(envelope.get("fields"), redact)
    else:
        body = None
    if message is None:
        message = (
            f"The FLORA API answered with status {status_code}."
            if code is None
            else code.replace("_", " ").capitalize() + "."
        )
    message = _clean_message(_redacted(message, redact))
    cls = _error_class(status_code, code)
    return cls(
        message,
        status_code=status_code,
        code=code,
        fields=fields,
        request_id=request_id,
        retry_after=retry_after,
        body=body,
        excerpt=excerpt,
    )


# Statuses that say "not now" rather than "no": a timeout, a lock (409, the SDK retries it),
# "too early" (425), "too many" (429) and every server or gateway failure.
_TRANSIENT_STATUSES = frozenset({408, 409, 425, 429})
# A code that makes a transient status final: a duplicate key means the run already exists.
_FINAL_CODES = frozenset({"idempotency_duplicate"})


def is_transient_status(status_code: int, code: str | None = None) -> bool:
    """Whether an answer with this status and ``error.code`` may differ if asked again."""
    if code in _FINAL_CODES:
        return False
    return status_code in _TRANSIENT_STATUSES or status_code >= 500


def is_transient(error: BaseException) -> bool:
    """THE rule: whether the same request, unchanged, may succeed later.

    Used by the client's retries (through ``is_transient_status``), the run watcher and the
    pages that reload by themselves. Transient: no answer at all (connection, timeout);
    408, 409 (but not ``idempotency_duplicate``), 425, 429 and 5xx, whatever the body; a
    2xx body that could not be read at all (cut short, a captive portal). Not transient:
    every other 4xx, and a readable answer of the wrong shape (asking again gives the same).
    """
    if isinstance(error, APIConnectionError):
        return True
    if isinstance(error, APIStatusError):
        return is_transient_status(error.status_code, error.code)
    if isinstance(error, APIResponseValidationError):
        return error.garbled
    return False
