"""Failure advice (CONTRACT §8.5): each listed code in its group, the moderation trap, words."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from flora_desktop.api import FloraClient, RunStatus
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.failures import (
    RUN_AGAIN_LABEL,
    FailureGroup,
    classify_failure,
    explain_failure,
    explain_run,
)
from flora_desktop.services.watch import RunWatcher

NOW = FailureGroup.RETRY_NOW
LATER = FailureGroup.RETRY_LATER
CHANGE = FailureGroup.CHANGE_INPUT
NEVER = FailureGroup.NOT_RETRYABLE

CONTRACT_TABLE = {
    NOW: [
        "GENERATION_PROVIDER_TIMEOUT",
        "GENERATION_FAILED_TO_START",
        "GPU_PROVIDER_ERROR",
        "GENERATION_FAILED_TO_UPLOAD",
        "GENERATION_GENERIC_ERROR",
        "GENERATION_FAILED_TO_UPDATE",
        "SERVER_ERROR",
        "GENERATION_FAILED_TO_GET",
        "GENERATION_PREGENERATION_FAILED",
        "GENERATION_POSTGENERATION_FAILED",
        "GENERATION_MAP_AFTER_REQUEST_FAILED",
    ],
    LATER: [
        "GENERATION_DOWNSTREAM_SERVICE_ERROR",
        "GENERATION_QUEUE_TOO_LARGE",
        "GENERATION_INVALID_PROVIDER_RESPONSE",
        "GENERATION_QUEUE_NOT_MOVING",
        "GENERATION_NO_RESULT",
        "GENERATION_CIRCUIT_BREAKER_OPEN",
        "GENERATION_MODAL_POLL_ERROR",
        "AUDIO_GENERATION_ERROR",
        "GENERATION_PROVIDER_FAILED_TO_GET_STATUS",
    ],
    CHANGE: [
        "GENERATION_PROMPT_MODERATED",
        "GENERATION_INVALID_PARAMS",
        "LLM_REFUSAL",
        "GENERATION_INVALID_URL",
        "GENERATION_INPUT_VALIDATION",
        "GENERATION_ENDPOINT_NOT_FOUND",
        "GENERATION_MAP_BEFORE_REQUEST_FAILED",
        "GENERATION_PROVIDER_NOT_SUPPORTED",
    ],
    NEVER: [
        "BILLING_NOT_ENOUGH_CREDITS",
        "BILLING_CREDITS_LIMIT_EXCEEDED",
        "BILLING_WOULD_EXCEED_LIMIT",
        "BILLING_FAILED_TO_RESERVE_CREDITS",
        "GENERATION_NOT_PAID",
        "GENERATION_CANCELLED",
        "ACCESS_DENIED",
        "ACCESS_WORKSPACE_SUSPENDED",
        "VIDEO_ENTITLEMENT_REQUIRED",
    ],
}


@pytest.mark.parametrize(
    ("code", "group"),
    [(code, group) for group, codes in CONTRACT_TABLE.items() for code in codes],
)
def test_contract_codes_land_in_their_group(code: str, group: FailureGroup) -> None:
    assert classify_failure(code, "Something went wrong.") is group
    assert classify_failure(code.lower(), None) is group  # codes are matched case-blind


@pytest.mark.parametrize(
    "message",
    [
        "Request blocked by safety system: safety_violations=[sexual]",
        "The content was flagged by moderation.",
        "Model refusal: cannot help with that.",
        "This prompt violates our content policy.",
    ],
)
@pytest.mark.parametrize("code", ["GPU_PROVIDER_ERROR", "GENERATION_NO_RESULT", "provider_error"])
def test_moderation_trap_means_change_the_input(code: str, message: str) -> None:
    advice = explain_failure(code, message)
    assert advice.group is CHANGE
    assert advice.moderation
    assert not advice.suggest_run_again
    assert "safety" in advice.title.lower()


def test_moderation_words_do_not_make_billing_retryable() -> None:
    assert classify_failure("BILLING_NOT_ENOUGH_CREDITS", "policy: top up first") is NEVER


@pytest.mark.parametrize(
    ("code", "group"),
    [
        ("provider_error", NOW),
        (None, LATER),
        ("", LATER),
        ("SOMETHING_BRAND_NEW", LATER),
        ("GENERATION_UPSTREAM_TIMEOUT", NOW),
        ("IMAGE_INVALID_ASPECT", CHANGE),
        ("ACCESS_SOMETHING_NEW", NEVER),
        ("AUDIO_ENTITLEMENT_REQUIRED", NEVER),
    ],
)
def test_unknown_codes_get_a_sensible_group(code: str | None, group: FailureGroup) -> None:
    assert classify_failure(code, "It failed.") is group


@pytest.mark.parametrize("group", list(FailureGroup))
def test_every_group_has_plain_words_and_says_run_again_is_billed(group: FailureGroup) -> None:
    code = CONTRACT_TABLE[group][0]
    advice = explain_failure(code, "The provider failed to complete the generation.")
    assert advice.group is group
    assert advice.code == code
    assert advice.title
    assert advice.sentence
    assert advice.action
    assert "_" not in advice.title + advice.sentence + advice.action  # no codes in the words
    assert advice.details == f"The provider failed to complete the generation. (code {code})"
    assert advice.run_again_label == RUN_AGAIN_LABEL
    assert "billed again" in RUN_AGAIN_LABEL
    assert "billed again" in advice.run_again_note
    if group is not NEVER:
        assert "billed again" in advice.action
    assert advice.suggest_run_again is (group in (NOW, LATER))


def test_no_reason_given() -> None:
    assert explain_failure(None, None).details == "FLORA gave no reason."


def test_explain_run_only_for_failed_runs() -> None:
    assert explain_run(RunStatus("run_1", "completed", 100)) is None
    assert explain_run(RunStatus("run_1", "running", 50)) is None
    advice = explain_run(
        RunStatus("run_1", "failed", error_code="LLM_REFUSAL", error_message="Refused.")
    )
    assert advice is not None
    assert advice.group is CHANGE


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url, timeout=5) as c:
        yield c


@pytest.mark.asyncio
async def test_sandbox_failed_run_is_explained(sandbox: SandboxServer, client: FloraClient) -> None:
    owner = next(w for w in await client.workspaces.list() if w.role == "owner")
    technique = await client.techniques.retrieve("social-caption-writer")
    start = await client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=owner.workspace_id,
        inputs={"brief": "#fail:GENERATION_QUEUE_TOO_LARGE"},
    )
    async with asyncio.timeout(15):
        final = await RunWatcher(client, interval=0.03, max_interval=0.2).watch(start.run_id)
    advice = explain_run(final)
    assert advice is not None
    assert advice.group is LATER
    assert advice.code == "GENERATION_QUEUE_TOO_LARGE"


@pytest.mark.parametrize(
    ("code", "message", "details"),
    [
        (
            "GENERATION_PROMPT_MODERATED",
            "The run failed with GENERATION_PROMPT_MODERATED (sandbox trigger).",
            "The run failed with GENERATION_PROMPT_MODERATED (sandbox trigger).",
        ),
        ("provider_error", "Failed: PROVIDER_ERROR.", "Failed: PROVIDER_ERROR."),
        ("GPU_PROVIDER_ERROR", "Timed out.", "Timed out. (code GPU_PROVIDER_ERROR)"),
        ("GPU_PROVIDER_ERROR", "", "(code GPU_PROVIDER_ERROR)"),
    ],
)
def test_details_say_the_code_once(code: str, message: str, details: str) -> None:
    assert str(explain_failure(code, message).details) == details
