"""Every non-2xx status, whatever its body, is an ``APIStatusError`` chosen by status.

Real HTTP to the sandbox, whose ``body`` fault answers a given body verbatim. The class
under test: every status FLORA or a proxy in front of it may send × every body shape
(FLORA's envelope, a proxy's HTML page, empty, garbage, JSON that is not the envelope,
bytes that are not UTF-8, a body echoing the key). ``APIResponseValidationError`` is only
for 2xx answers.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from flora_desktop.api import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FloraClient,
    InputValidationError,
    InsufficientCreditsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from flora_desktop.api.errors import EXCERPT_CHARS
from flora_desktop.sandbox.server import SandboxServer
from tests.api.helpers import CLIENT_TIMEOUT, Control, RecordingPolicy

pytestmark = pytest.mark.asyncio

STATUSES = (
    302, 304, 400, 401, 402, 403, 404, 405, 408, 409, 410, 413, 415, 418, 422, 425, 429,
    451, 499, 500, 501, 502, 503, 504, 520, 599,
)  # fmt: skip

# The SDK's table (CONTRACT §8.3), with our additions: 402 and an envelope-less 422.
BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: InputValidationError,
    429: RateLimitError,
}

HTML = "<html><head><title>Bad Gateway</title></head><body><h1>nginx</h1>\r\n</body></html>"
BODIES: dict[str, str] = {
    "envelope": json.dumps({"error": {"code": "some_new_code", "message": "Said FLORA."}}),
    "html": HTML,
    "empty": "",
    "garbage": "\x00\x1b[31m}{ not json \ufffd" + "x" * 3000,
    "json-not-envelope": json.dumps({"message": "upstream timeout", "detail": [1, 2]}),
    "truncated-envelope": '{"error": {"code": "rate_lim',
    "lone-surrogate": '{"error": "\\ud83d"} \ud83d',
    "key-echo": "Bearer {key} was refused by the gateway",
}


def expected_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return BY_STATUS.get(status, APIStatusError)


@pytest_asyncio.fixture
async def single_try(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    async with FloraClient(
        api_key=sandbox.api_key,
        base_url=sandbox.api_url,
        timeout=CLIENT_TIMEOUT,
        retry_policy=RecordingPolicy(max_retries=0),
    ) as client:
        yield client


@pytest.mark.parametrize("shape", sorted(BODIES))
@pytest.mark.parametrize("status", STATUSES)
async def test_every_status_and_body_is_typed_by_status(
    single_try: FloraClient, control: Control, sandbox: SandboxServer, status: int, shape: str
) -> None:
    body = BODIES[shape].replace("{key}", sandbox.api_key)
    content_type = "text/html" if shape == "html" else "application/json"
    await control.fault("/workspaces", mode="body", status=status, body=body,
                        content_type=content_type)  # fmt: skip
    with pytest.raises(APIStatusError) as info:
        await single_try.workspaces.list()
    error = info.value
    assert type(error) is expected_class(status)
    assert error.status_code == status
    assert error.request_id is not None
    if shape == "empty" or status == 304:  # a 304 carries no body by definition
        assert error.excerpt is None
        assert error.code is None
    elif shape == "envelope":
        assert (error.code, error.message, error.excerpt) == ("some_new_code", "Said FLORA.", None)
    else:
        assert error.code is None
        assert error.excerpt
        assert error.from_intermediary
        assert len(error.excerpt) <= EXCERPT_CHARS
        assert error.excerpt.isprintable()
        error.excerpt.encode("utf-8")  # no lone surrogate survives
    for text in (str(error), repr(error), error.message, error.excerpt or ""):
        assert sandbox.api_key not in text
    assert "<html>" not in str(error)


@pytest.mark.parametrize(
    "body",
    [BODIES["html"], BODIES["garbage"], BODIES["lone-surrogate"], '{"workspaces": "nope"}', "[]"],
)
@pytest.mark.parametrize("status", [200, 201, 203])
async def test_only_2xx_answers_are_validation_errors(
    single_try: FloraClient, control: Control, status: int, body: str
) -> None:
    await control.fault("/workspaces", mode="body", status=status, body=body)
    with pytest.raises(APIResponseValidationError) as info:
        await single_try.workspaces.list()
    assert not isinstance(info.value, APIStatusError)
    assert info.value.status_code in (status, None)


async def test_a_huge_error_page_is_read_only_as_far_as_its_excerpt(
    single_try: FloraClient, control: Control
) -> None:
    await control.fault("/workspaces", mode="body", status=503, body="<p>" + "y" * 2_000_000)
    with pytest.raises(InternalServerError) as info:
        await single_try.workspaces.list()
    assert info.value.excerpt is not None
    assert len(info.value.excerpt) == EXCERPT_CHARS


@pytest.mark.parametrize("status", [400, 404, 422, 500])
async def test_flora_s_own_error_words_are_cleaned_and_bounded(
    single_try: FloraClient, control: Control, sandbox: SandboxServer, status: int
) -> None:
    envelope = {
        "error": {
            "code": "input_validation_error",
            "message": f"bad \ud83d\x07 {sandbox.api_key} " + "m" * 5000,
            "fields": [{"field": "in\x00put\n", "message": "\ud800 no\x1b[31m"}],
        }
    }
    await control.fault("/workspaces", mode="body", status=status, body=json.dumps(envelope))
    with pytest.raises(APIStatusError) as info:
        await single_try.workspaces.list()
    error = info.value
    for text in (error.message, str(error), *(f.field + f.message for f in error.fields)):
        text.encode("utf-8")
        assert sandbox.api_key not in text
        assert not any(ord(c) < 0x20 and c not in "\n\t" for c in text)
    assert len(error.message) <= 2000
    assert error.fields[0].field == "input"
