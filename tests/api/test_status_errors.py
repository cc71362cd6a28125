"""Every error code the API answers with arrives as its typed exception, with its fields."""

from __future__ import annotations

import pytest

from flora_desktop.api import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldError,
    FloraClient,
    IdempotencyConflictError,
    IdempotencyDuplicateError,
    InputValidationError,
    InsufficientCreditsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from flora_desktop.sandbox.server import SandboxServer
from tests.api.helpers import IMAGE_URL, Control, RecordingPolicy

pytestmark = pytest.mark.asyncio


async def _cctv(client: FloraClient) -> str:
    return (await client.techniques.retrieve("cctv-cam")).technique_id


async def test_input_validation_error_lists_every_field(
    client: FloraClient, control: Control, workspaces: dict[str, str]
) -> None:
    with pytest.raises(InputValidationError) as info:
        await client.runs.start_technique(
            technique_id=await _cctv(client),
            workspace_id=workspaces["owner"],
            inputs={"input_image": "", "colour": "red"},
        )
    error = info.value
    assert error.status_code == 400
    assert error.code == "input_validation_error"
    assert {f.field for f in error.fields} == {"inputs.input_image", "inputs.colour"}
    assert all(isinstance(f, FieldError) and f.message for f in error.fields)
    assert error.request_id is not None
    assert error.request_id.startswith("req_")
    assert len(await control.requests("/runs/technique")) == 1  # not retried
    assert await control.runs() == []


async def test_bad_prefixes_name_their_fields(client: FloraClient) -> None:
    with pytest.raises(InputValidationError) as info:
        await client.runs.start_technique(technique_id="cctv", workspace_id="x", inputs={})
    assert {"technique_id", "workspace_id"} <= {f.field for f in info.value.fields}


async def test_bad_key_is_authentication_error(sandbox: SandboxServer, control: Control) -> None:
    async with FloraClient(api_key="sk_test_wrong", base_url=sandbox.api_url) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.workspaces.list()
    assert info.value.status_code == 401
    assert info.value.code in ("invalid_api_key", "unauthorized")
    (entry,) = await control.requests("/workspaces")
    assert entry["auth"] == "invalid"


async def test_insufficient_credits(
    client: FloraClient, control: Control, workspaces: dict[str, str]
) -> None:
    await control.reset(credits=0)
    with pytest.raises(InsufficientCreditsError) as info:
        await client.runs.start_technique(
            technique_id=await _cctv(client),
            workspace_id=workspaces["owner"],
            inputs={"input_image": IMAGE_URL},
        )
    assert (info.value.status_code, info.value.code) == (402, "insufficient_credits")
    assert await control.runs() == []


async def test_viewer_workspace_is_forbidden(
    client: FloraClient, workspaces: dict[str, str]
) -> None:
    with pytest.raises(PermissionDeniedError) as info:
        await client.runs.start_technique(
            technique_id=await _cctv(client),
            workspace_id=workspaces["viewer"],
            inputs={"input_image": IMAGE_URL},
        )
    assert (info.value.status_code, info.value.code) == (403, "forbidden")


async def test_unknown_technique_is_not_found(client: FloraClient) -> None:
    with pytest.raises(NotFoundError) as info:
        await client.techniques.retrieve("no-such-technique")
    assert (info.value.status_code, info.value.code) == (404, "not_found")
    with pytest.raises(NotFoundError):
        await client.runs.retrieve("run_missing")


async def test_reused_idempotency_key_is_a_duplicate(
    client: FloraClient, control: Control, workspaces: dict[str, str]
) -> None:
    technique_id = await _cctv(client)

    async def click() -> None:
        await client.runs.start_technique(
            technique_id=technique_id,
            workspace_id=workspaces["owner"],
            inputs={"input_image": IMAGE_URL},
            idempotency_key="one-click",
        )

    await click()
    with pytest.raises(IdempotencyDuplicateError) as info:
        await click()
    assert (info.value.status_code, info.value.code) == (409, "idempotency_duplicate")
    assert len(await control.runs()) == 1
    assert len(await control.requests("/runs/technique")) == 2  # the 409 was not retried


async def test_body_key_with_another_body_is_a_conflict(client: FloraClient) -> None:
    # Separate header keys, one body key: only the body key collides (CONTRACT §9.7).
    first = await client.techniques.runs.create(
        "cctv-cam", inputs={"input_image": IMAGE_URL}, idempotency_key="body-key"
    )
    assert first.run_id
    with pytest.raises(ConflictError):
        await client.techniques.runs.create(
            "cctv-cam", inputs={"input_image": IMAGE_URL + "?v=2"}, idempotency_key="body-key"
        )


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "invalid_json", BadRequestError),
        (400, "input_validation_error", InputValidationError),
        (401, "unauthorized", AuthenticationError),
        (401, "invalid_api_key", AuthenticationError),
        (402, "insufficient_credits", InsufficientCreditsError),
        (403, "forbidden", PermissionDeniedError),
        (403, "paid_plan_required", PermissionDeniedError),
        (404, "not_found", NotFoundError),
        (408, "request_timeout", APIStatusError),
        (409, "idempotency_duplicate", IdempotencyDuplicateError),
        (422, "idempotency_conflict", IdempotencyConflictError),
        (422, "unprocessable", InputValidationError),
        (429, "rate_limited", RateLimitError),
        (500, "unknown_error", InternalServerError),
        (500, "internal_error", InternalServerError),
        (503, "service_unavailable", InternalServerError),
    ],
)
async def test_every_code_maps_to_its_exception(
    client: FloraClient,
    control: Control,
    policy: RecordingPolicy,
    status: int,
    code: str,
    cls: type[APIStatusError],
) -> None:
    await control.fault(
        "/workspaces",
        status=status,
        code=code,
        message=f"{code} happened",
        count=None,
        retry_after=0,
    )
    with pytest.raises(cls) as info:
        await client.workspaces.list()
    error = info.value
    assert type(error) is cls
    assert (error.status_code, error.code, error.message) == (status, code, f"{code} happened")
    assert error.request_id is not None
    assert str(error) == f"{code} happened (HTTP {status}, {code})"
    retryable = status in (408, 429) or status >= 500
    attempts = len(await control.requests("/workspaces"))
    assert attempts == (policy.max_retries + 1 if retryable else 1)


async def test_fault_fields_reach_the_error(client: FloraClient, control: Control) -> None:
    await control.fault("/workspaces", status=422, code="idempotency_conflict")
    with pytest.raises(UnprocessableEntityError) as info:
        await client.workspaces.list()
    assert info.value.fields == ()
    assert info.value.body == {
        "error": {"code": "idempotency_conflict", "message": info.value.message}
    }
