"""Why a run failed, in plain words: CONTRACT §8.5 failure codes grouped by what the user can do."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from flora_desktop.api.models import RunStatus

__all__ = [
    "RUN_AGAIN_LABEL",
    "RUN_AGAIN_NOTE",
    "FailureAdvice",
    "FailureGroup",
    "classify_failure",
    "explain_failure",
    "explain_run",
]


class FailureGroup(StrEnum):
    """The four groups of §8.5, named for what the user should do next."""

    RETRY_NOW = "retry_now"
    RETRY_LATER = "retry_later"
    CHANGE_INPUT = "change_input"
    NOT_RETRYABLE = "not_retryable"


# Every "run again" is a new run that FLORA bills again (§8.5): the button and text say so.
RUN_AGAIN_LABEL = QT_TRANSLATE_NOOP(
    "Failures", "Run again with these inputs (new run, billed again)"
)
RUN_AGAIN_NOTE = QT_TRANSLATE_NOOP(
    "Failures", "Running it again starts a new run, which is billed again."
)

_RETRY_NOW = frozenset(
    {
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
        # The docs' one example code (§5.8): the provider failed this time.
        "PROVIDER_ERROR",
    }
)
_RETRY_LATER = frozenset(
    {
        "GENERATION_DOWNSTREAM_SERVICE_ERROR",
        "GENERATION_QUEUE_TOO_LARGE",
        "GENERATION_INVALID_PROVIDER_RESPONSE",
        "GENERATION_QUEUE_NOT_MOVING",
        "GENERATION_NO_RESULT",
        "GENERATION_CIRCUIT_BREAKER_OPEN",
        "GENERATION_MODAL_POLL_ERROR",
        "AUDIO_GENERATION_ERROR",
        "GENERATION_PROVIDER_FAILED_TO_GET_STATUS",
    }
)
_CHANGE_INPUT = frozenset(
    {
        "GENERATION_PROMPT_MODERATED",
        "GENERATION_INVALID_PARAMS",
        "LLM_REFUSAL",
        "GENERATION_INVALID_URL",
        "GENERATION_INPUT_VALIDATION",
        "GENERATION_ENDPOINT_NOT_FOUND",
        "GENERATION_MAP_BEFORE_REQUEST_FAILED",
        "GENERATION_PROVIDER_NOT_SUPPORTED",
    }
)
_NOT_RETRYABLE = frozenset(
    {
        "BILLING_NOT_ENOUGH_CREDITS",
        "BILLING_CREDITS_LIMIT_EXCEEDED",
        "BILLING_WOULD_EXCEED_LIMIT",
        "BILLING_FAILED_TO_RESERVE_CREDITS",
        "GENERATION_NOT_PAID",
        "GENERATION_CANCELLED",
    }
)

# Provider codes often hide a safety refusal (§8.5 "trap"); the message gives it away.
_MODERATION_WORDS = re.compile(
    r"safety|moderat|refus|polic(y|ies)|content.?filter|nsfw|violation|inappropriate",
    re.IGNORECASE,
)
# For codes not in the lists: guess the group from words in the code itself.
_CODE_HINTS: tuple[tuple[re.Pattern[str], FailureGroup], ...] = (
    (
        re.compile(r"^ACCESS_|_ENTITLEMENT_REQUIRED$|BILLING|CREDIT|NOT_PAID|CANCEL"),
        FailureGroup.NOT_RETRYABLE,
    ),
    (
        re.compile(r"MODERAT|REFUSAL|INVALID|VALIDATION|UNSUPPORTED|NOT_SUPPORTED"),
        FailureGroup.CHANGE_INPUT,
    ),
    (
        re.compile(r"QUEUE|OVERLOAD|CAPACITY|RATE_LIMIT|CIRCUIT|DOWNSTREAM|UNAVAILABLE"),
        FailureGroup.RETRY_LATER,
    ),
    (re.compile(r"TIMEOUT|TIMED_OUT|FAILED_TO_|INTERNAL|SERVER_ERROR"), FailureGroup.RETRY_NOW),
)
# A failure we cannot place: waiting a little is the cautious advice for a billable retry.
_DEFAULT_GROUP = FailureGroup.RETRY_LATER


@dataclass(frozen=True)
class FailureAdvice:
    """What to tell the user about a failed run.

    ``title``/``sentence``/``action`` are plain words; ``details`` is FLORA's own message and
    code for the curious. ``suggest_run_again`` says whether to offer "Run again" prominently;
    ``run_again_label``/``run_again_note`` always say that it is a new, billed run.
    """

    group: FailureGroup
    code: str | None
    title: str
    sentence: str
    action: str
    details: str
    suggest_run_again: bool
    moderation: bool = False
    run_again_label: str = RUN_AGAIN_LABEL
    run_again_note: str = RUN_AGAIN_NOTE


def _normalise(code: str | None) -> str:
    return (code or "").strip().upper().replace("-", "_").replace(" ", "_")


def _by_code(code: str) -> FailureGroup | None:
    if code in _NOT_RETRYABLE:
        return FailureGroup.NOT_RETRYABLE
    if code in _CHANGE_INPUT:
        return FailureGroup.CHANGE_INPUT
    if code in _RETRY_LATER:
        return FailureGroup.RETRY_LATER
    if code in _RETRY_NOW:
        return FailureGroup.RETRY_NOW
    for pattern, group in _CODE_HINTS:
        if pattern.search(code):
            return group
    return None


def _is_moderation(message: str | None) -> bool:
    return bool(message) and _MODERATION_WORDS.search(message or "") is not None


def classify_failure(error_code: str | None, error_message: str | None = None) -> FailureGroup:
    """The §8.5 group for a failed run; a message about safety or policy means change_input."""
    group = _by_code(_normalise(error_code)) or _DEFAULT_GROUP
    # Moderation wording overrides retry advice; it cannot make a billing stop retryable.
    if group is not FailureGroup.NOT_RETRYABLE and _is_moderation(error_message):
        return FailureGroup.CHANGE_INPUT
    return group


_WORDS: dict[FailureGroup, tuple[str, str, str]] = {
    FailureGroup.RETRY_NOW: (
        QT_TRANSLATE_NOOP("Failures", "The run hit a temporary problem"),
        QT_TRANSLATE_NOOP(
            "Failures",
            "Something went wrong on FLORA's side while making this result. It usually works "
            "on a second try.",
        ),
        QT_TRANSLATE_NOOP("Failures", "You can run it again now with the same inputs."),
    ),
    FailureGroup.RETRY_LATER: (
        QT_TRANSLATE_NOOP("Failures", "FLORA is busy right now"),
        QT_TRANSLATE_NOOP(
            "Failures",
            "The service that makes this result is overloaded or did not answer in time.",
        ),
        QT_TRANSLATE_NOOP(
            "Failures", "Wait a few minutes, then run it again with the same inputs."
        ),
    ),
    FailureGroup.CHANGE_INPUT: (
        QT_TRANSLATE_NOOP("Failures", "FLORA could not use these inputs"),
        QT_TRANSLATE_NOOP(
            "Failures",
            "The inputs were refused or could not be read, so running it again unchanged would "
            "fail the same way.",
        ),
        QT_TRANSLATE_NOOP(
            "Failures", "Change the inputs (the prompt, an image or a link), then run it again."
        ),
    ),
    FailureGroup.NOT_RETRYABLE: (
        QT_TRANSLATE_NOOP("Failures", "This run cannot be repeated as it is"),
        QT_TRANSLATE_NOOP(
            "Failures",
            "The run stopped for a reason a retry cannot fix, such as credits, billing limits "
            "or access to this technique.",
        ),
        QT_TRANSLATE_NOOP(
            "Failures", "Check your workspace's credits and access in FLORA before trying again."
        ),
    ),
}
_MODERATION_WORDS_TEXT = (
    QT_TRANSLATE_NOOP("Failures", "The inputs were refused by a safety filter"),
    QT_TRANSLATE_NOOP(
        "Failures",
        "FLORA's safety check turned this request down, so running it again unchanged would "
        "fail the same way.",
    ),
    QT_TRANSLATE_NOOP(
        "Failures",
        "Change the prompt or images so they stay within FLORA's content rules, then run it again.",
    ),
)


def _details(message: str, code: str | None) -> str:
    """FLORA's own message and the code, e.g. ``"Timed out (code GPU_PROVIDER_ERROR)"``.

    The code is said once: not again when FLORA's message already names it.
    """
    if code and code.casefold() in message.casefold():
        return message
    if code:
        if message:
            return QT_TRANSLATE_NOOP("Failures", "{message} (code {code})").fill(
                message=message, code=code
            )
        return QT_TRANSLATE_NOOP("Failures", "(code {code})").fill(code=code)
    return message or QT_TRANSLATE_NOOP("Failures", "FLORA gave no reason.")


def explain_failure(error_code: str | None, error_message: str | None = None) -> FailureAdvice:
    """Plain-words advice for a failed run's ``error_code``/``error_message``."""
    group = classify_failure(error_code, error_message)
    moderation = group is FailureGroup.CHANGE_INPUT and _is_moderation(error_message)
    title, sentence, action = _MODERATION_WORDS_TEXT if moderation else _WORDS[group]
    if group is not FailureGroup.NOT_RETRYABLE:
        action = QT_TRANSLATE_NOOP("Failures", "{action} {note}").fill(
            action=action, note=RUN_AGAIN_NOTE
        )
    code = (error_code or "").strip() or None
    message = (error_message or "").strip()
    details = _details(message, code)
    return FailureAdvice(
        group=group,
        code=code,
        title=title,
        sentence=sentence,
        action=action,
        details=details,
        suggest_run_again=group in (FailureGroup.RETRY_NOW, FailureGroup.RETRY_LATER),
        moderation=moderation,
    )


def explain_run(run: RunStatus) -> FailureAdvice | None:
    """Advice for a polled run, or ``None`` unless it has failed."""
    if run.status != "failed":
        return None
    return explain_failure(run.error_code, run.error_message)
