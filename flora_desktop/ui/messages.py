"""What to tell the user about an error: a title, a plain sentence and what to do (no Qt)."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from flora_desktop.api.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    FieldError,
    FloraError,
    IdempotencyConflictError,
    IdempotencyDuplicateError,
    InputValidationError,
    InsufficientCreditsError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from flora_desktop.api.retry_notices import RetryNotice
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP

__all__ = [
    "ALREADY_STARTED_TITLE",
    "CANCELLED_MESSAGE",
    "NOTHING_FOUND_SENTENCE",
    "RATE_LIMIT_STOPPED",
    "VIEWER_CANNOT_RUN",
    "Action",
    "UserMessage",
    "describe_error",
    "field_line",
    "format_cost",
    "format_seconds",
    "rate_limit_countdown",
]

VIEWER_CANNOT_RUN = QT_TRANSLATE_NOOP(
    "Messages", "Your role in this workspace ({role}) can't start runs. Choose another workspace."
)
ALREADY_STARTED_TITLE = QT_TRANSLATE_NOOP("Messages", "This run was already started")
NOTHING_FOUND_SENTENCE = QT_TRANSLATE_NOOP(
    "Messages",
    "No run of this technique has shown up in this workspace's history yet. "
    "Look again in a moment, or check FLORA before pressing Run again.",
)


class Action(enum.Enum):
    """The one thing the banner offers to do about a message."""

    NONE = "none"
    SIGN_IN = "sign_in"
    REFRESH = "refresh"
    TRY_AGAIN = "try_again"
    LOOK_UP = "look_up"
    FIX_INPUTS = "fix_inputs"
    OPEN_BILLING = "open_billing"
    CHOOSE_WORKSPACE = "choose_workspace"
    RUN_AS_BATCH = "run_as_batch"


# The button label for each action; NONE and FIX_INPUTS need no button.
ACTION_LABELS: dict[Action, str] = {
    Action.SIGN_IN: QT_TRANSLATE_NOOP("Messages", "Check the key"),
    Action.REFRESH: QT_TRANSLATE_NOOP("Messages", "Refresh"),
    Action.TRY_AGAIN: QT_TRANSLATE_NOOP("Messages", "Try again"),
    Action.LOOK_UP: QT_TRANSLATE_NOOP("Messages", "Look it up"),
    Action.OPEN_BILLING: QT_TRANSLATE_NOOP("Messages", "Open billing"),
    Action.CHOOSE_WORKSPACE: QT_TRANSLATE_NOOP("Messages", "Choose another workspace"),
    Action.RUN_AS_BATCH: QT_TRANSLATE_NOOP("Messages", "Run as a batch…"),
}


@dataclass(frozen=True)
class UserMessage:
    """A message for people who have never seen JSON: what happened and what to do next.

    ``retry_in`` is set when the page will retry by itself after that many seconds.
    """

    title: str
    sentence: str
    what_to_do: str
    action: Action = Action.NONE
    retry_in: float | None = None
    details: tuple[str, ...] = ()

    @property
    def action_label(self) -> str | None:
        return ACTION_LABELS.get(self.action)

    def text(self) -> str:
        """All of it as plain text (the banner's accessible description)."""
        parts = [self.title, self.sentence, *self.details, self.what_to_do]
        return " ".join(p for p in parts if p)


CANCELLED_MESSAGE = UserMessage(
    title=QT_TRANSLATE_NOOP("Messages", "Stopped waiting for FLORA"),
    sentence=QT_TRANSLATE_NOOP(
        "Messages", "The run may still have started: FLORA may have received the request."
    ),
    what_to_do=QT_TRANSLATE_NOOP(
        "Messages", "Look it up before pressing Run again, so you don't pay twice."
    ),
    action=Action.LOOK_UP,
)

RATE_LIMIT_STOPPED = UserMessage(
    title=QT_TRANSLATE_NOOP("Messages", "Not retried"),
    sentence=QT_TRANSLATE_NOOP(
        "Messages", "FLORA was busy and did not start the run. Nothing was charged."
    ),
    what_to_do=QT_TRANSLATE_NOOP("Messages", "Press Run again when you're ready."),
)

_NOT_ANSWERING = UserMessage(
    title=QT_TRANSLATE_NOOP("Messages", "FLORA is not answering"),
    sentence=QT_TRANSLATE_NOOP(
        "Messages", "Nothing was charged unless the run shows up in your history."
    ),
    what_to_do=QT_TRANSLATE_NOOP(
        "Messages",
        "Check your internet connection, then try again. Trying again won't start a second run.",
    ),
    action=Action.TRY_AGAIN,
)

# The same trouble while only reading (lists, a technique, the history): no run is involved.
_NOT_ANSWERING_LOADING = UserMessage(
    title=QT_TRANSLATE_NOOP("Messages", "FLORA is not answering"),
    sentence=QT_TRANSLATE_NOOP("Messages", "The app could not get an answer from FLORA."),
    what_to_do=QT_TRANSLATE_NOOP("Messages", "Check your internet connection, then try again."),
    action=Action.TRY_AGAIN,
)

_UNREADABLE_LOADING = UserMessage(
    title=QT_TRANSLATE_NOOP("Messages", "FLORA sent an unexpected answer"),
    sentence=QT_TRANSLATE_NOOP("Messages", "FLORA sent an answer the app could not read."),
    what_to_do=QT_TRANSLATE_NOOP(
        "Messages", "Try again in a moment; if it keeps happening, check FLORA's status page."
    ),
    action=Action.TRY_AGAIN,
)


def format_cost(usd: float | None) -> str:
    """``0.12`` -> ``"$0.12"``; costs below a cent keep their precision."""
    if usd is None:
        return QT_TRANSLATE_NOOP("Messages", "unknown")
    if 0 < usd < 0.01:
        return f"${usd:.4f}".rstrip("0")
    return f"${usd:,.2f}"


def format_seconds(seconds: float | None) -> str:
    """``40`` -> ``"about 40 s"``, ``150`` -> ``"about 3 min"``."""
    if seconds is None:
        return QT_TRANSLATE_NOOP("Messages", "not known yet")
    if seconds < 90:
        return QT_TRANSLATE_NOOP("Messages", "about {seconds} s").fill(
            seconds=max(1, round(seconds))
        )
    return QT_TRANSLATE_NOOP("Messages", "about {minutes} min").fill(minutes=round(seconds / 60))


def rate_limit_countdown(seconds: float) -> str:
    """The live line under a 429: ``"FLORA is busy; trying again in 3 s."``."""
    return QT_TRANSLATE_NOOP("Messages", "FLORA is busy; trying again in {seconds} s.").fill(
        seconds=max(1, math.ceil(seconds))
    )


def retry_countdown(seconds: float, *, rate_limited: bool) -> str:
    """The live line while the client waits to retry by itself."""
    if rate_limited:
        return rate_limit_countdown(seconds)
    return QT_TRANSLATE_NOOP(
        "Messages", "FLORA is not answering; trying again in {seconds} s."
    ).fill(seconds=max(1, math.ceil(seconds)))


def auto_retry_countdown(seconds: float) -> str:
    """The live line while the page waits to load again by itself."""
    return QT_TRANSLATE_NOOP("Messages", "The app tries again by itself in {seconds} s.").fill(
        seconds=max(1, math.ceil(seconds))
    )


def retry_notice_message(notice: RetryNotice) -> UserMessage:
    """While the client waits to retry a request by itself: say so, with a countdown."""
    return UserMessage(
        title=QT_TRANSLATE_NOOP("Messages", "FLORA is busy")
        if notice.rate_limited
        else QT_TRANSLATE_NOOP("Messages", "Waiting for FLORA"),
        sentence=retry_countdown(notice.delay, rate_limited=notice.rate_limited),
        what_to_do=QT_TRANSLATE_NOOP(
            "Messages", "The app tries again by itself; you don't need to do anything."
        ),
        retry_in=notice.delay,
    )


def field_line(error: FieldError) -> str:
    """One unmatched field error as a readable line, e.g. ``"technique_id: Must start…"``."""
    message = _plain(error.message) or QT_TRANSLATE_NOOP("Messages", "This value was not accepted.")
    if not error.field:
        return message
    return QT_TRANSLATE_NOOP("Messages", "{field}: {message}").fill(
        field=error.field, message=message
    )


def _plain(text: str | None) -> str:
    """Server text only when it reads as a sentence: never JSON, markup or a traceback."""
    if not text:
        return ""
    stripped = text.strip()
    if (
        stripped[:1] in "{[<"
        or "Traceback" in stripped
        or '":' in stripped
        or "\n" in stripped
        or len(stripped) > 300
    ):
        return ""
    return stripped


def _unexpected_answer(starting_run: bool) -> UserMessage:
    if not starting_run:
        return _UNREADABLE_LOADING
    return UserMessage(
        title=QT_TRANSLATE_NOOP("Messages", "FLORA sent an unexpected answer"),
        sentence=QT_TRANSLATE_NOOP(
            "Messages", "FLORA sent an answer the app could not read. The run may have started."
        ),
        what_to_do=QT_TRANSLATE_NOOP(
            "Messages", "Look it up in the run history before pressing Run again."
        ),
        action=Action.LOOK_UP,
    )


def describe_error(
    error: FloraError, *, rate_limit_retry: bool = True, starting_run: bool = True
) -> UserMessage:
    """Map one typed client error onto what the page says and offers.

    ``rate_limit_retry`` says whether the page will retry a 429 by itself (it does once per
    click); when false the message says what to do instead. ``starting_run`` is false when
    the failed request only read something: the words then leave runs and charges out.
    """
    if (
        isinstance(error, APIStatusError)
        and error.from_intermediary
        and not isinstance(error, AuthenticationError | RateLimitError | InternalServerError)
    ):
        # A 4xx page from a proxy, not FLORA's own answer: say so, not what FLORA would mean.
        return _unexpected_answer(starting_run)
    if isinstance(error, MissingAPIKeyError | AuthenticationError):
        return UserMessage(
            title=QT_TRANSLATE_NOOP("Messages", "Your API key was not accepted"),
            sentence=QT_TRANSLATE_NOOP(
                "Messages",
                "FLORA did not recognise the key this app is using. It may have been "
                "revoked or replaced.",
            ),
            what_to_do=QT_TRANSLATE_NOOP(
                "Messages", "Check the key in Settings, or sign in again with a new key."
            ),
            action=Action.SIGN_IN,
        )
    if isinstance(error, InsufficientCreditsError):
        return UserMessage(
            title=QT_TRANSLATE_NOOP("Messages", "Not enough credits"),
            sentence=QT_TRANSLATE_NOOP(
                "Messages",
                "This workspace doesn't have enough credits for this run. Nothing was charged.",
            ),
            # No menu path: the contract names no billing page (ui/pages/next_steps.py).
            what_to_do=QT_TRANSLATE_NOOP(
                "Messages", "Add credits to this workspace in FLORA, then press Run again."
            ),
            action=Action.OPEN_BILLING,
        )
    if isinstance(error, PermissionDeniedError):
        return UserMessage(
            title=QT_TRANSLATE_NOOP("Messages", "You can't run techniques here"),
            sentence=QT_TRANSLATE_NOOP(
                "Messages",
                "Your role in this workspace can't run techniques, or this key "
                "belongs to another workspace.",
            ),
            what_to_do=QT_TRANSLATE_NOOP(
                "Messages", "Choose another workspace, or ask the workspace owner for access."
            ),
            action=Action.CHOOSE_WORKSPACE,
        )
    if isinstance(error, NotFoundError):
        return UserMessage(
            title=QT_TRANSLATE_NOOP("Messages", "This technique is gone"),
            sentence=QT_TRANSLATE_NOOP(
                "Messages",
                "FLORA can't find this technique any more. It may have been removed "
                "or made private.",
            ),
            what_to_do=QT_TRANSLATE_NOOP(
                "Messages", "Refresh the list and choose another technique. Your inputs are kept."
            ),
            action=Action.REFRESH,
        )
    if isinstance(error, IdempotencyDuplicateError):
        return UserMessage(
            title=ALREADY_STARTED_TITLE,
            sentence=QT_TRANSLATE_NOOP(
                "Messages", "FLORA had already received this request, so no second run was started."
            ),
            what_to_do=QT_TRANSLATE_NOOP("Messages", "Look it up in the run history."),
            action=Action.LOOK_UP,
        )
    if isinstance(error, IdempotencyConflictError):
        return UserMessage(
            title=QT_TRANSLATE_NOOP("Messages", "This request was already sent with other inputs"),
            sentence=QT_TRANSLATE_NOOP(
                "Messages", "FLORA refused to start it again with changed inputs."
            ),
            what_to_do=QT_TRANSLATE_NOOP(
                "Messages", "Press Run to start a new run with the inputs as they are now."
            ),
        )
    if isinstance(error, RateLimitError):
        wait = error.retry_after if error.retry_after is not None else 5.0
        if not starting_run:
            # Only reading: the client already waited and retried; nothing retries now.
            return UserMessage(
                title=QT_TRANSLATE_NOOP("Messages", "FLORA is busy"),
                sentence=QT_TRANSLATE_NOOP(
                    "Messages", "FLORA asked the app to slow down, so this could not be loaded yet."
                ),
                what_to_do=QT_TRANSLATE_NOOP("Messages", "Wait a minute, then try again."),
                action=Action.TRY_AGAIN,
            )
        if rate_limit_retry:
            return UserMessage(
                title=QT_TRANSLATE_NOOP("Messages", "FLORA is busy"),
                sentence=rate_limit_countdown(wait),
                what_to_do=QT_TRANSLATE_NOOP(
                    "Messages", "You don't need to do anything; this is still the same run."
                ),
                retry_in=wait,
            )
        return UserMessage(
            title=QT_TRANSLATE_NOOP("Messages", "FLORA is still busy"),
            sentence=QT_TRANSLATE_NOOP(
                "Messages",
                "FLORA asked the app to slow down and did not start the run. Nothing was charged.",
            ),
            what_to_do=QT_TRANSLATE_NOOP("Messages", "Wait a minute, then press Run again."),
        )
    if isinstance(error, InputValidationError):
        return UserMessage(
            title=QT_TRANSLATE_NOOP("Messages", "Some inputs need a fix"),
            sentence=QT_TRANSLATE_NOOP(
                "Messages",
                "FLORA did not accept some of the inputs. The problems are shown next to them.",
            ),
            what_to_do=QT_TRANSLATE_NOOP(
                "Messages", "Fix the marked inputs, then press Run again."
            ),
            action=Action.FIX_INPUTS,
        )
    if isinstance(error, BadRequestError):
        return UserMessage(
            title=QT_TRANSLATE_NOOP("Messages", "FLORA could not read the request"),
            sentence=QT_TRANSLATE_NOOP(
                "Messages",
                "The app sent something FLORA could not understand. Nothing was charged.",
            ),
            what_to_do=QT_TRANSLATE_NOOP(
                "Messages", "Try again; if it keeps happening, restart the app."
            ),
            action=Action.TRY_AGAIN,
        )
    if isinstance(error, InternalServerError | APIConnectionError):
        # Timeouts are connection errors: the same words fit both.
        return _NOT_ANSWERING if starting_run else _NOT_ANSWERING_LOADING
    if isinstance(error, APIResponseValidationError):
        return _unexpected_answer(starting_run)
    if isinstance(error, APIStatusError):
        return UserMessage(
            title=QT_TRANSLATE_NOOP("Messages", "FLORA refused the request"),
            sentence=_plain(error.message)
            or QT_TRANSLATE_NOOP("Messages", "FLORA answered with an error."),
            what_to_do=QT_TRANSLATE_NOOP(
                "Messages", "Try again; if it keeps happening, check FLORA's status page."
            ),
            action=Action.TRY_AGAIN,
        )
    return UserMessage(
        title=QT_TRANSLATE_NOOP("Messages", "Something went wrong"),
        sentence=QT_TRANSLATE_NOOP("Messages", "The app could not finish talking to FLORA."),
        what_to_do=QT_TRANSLATE_NOOP("Messages", "Try again."),
        action=Action.TRY_AGAIN,
    )


# Several values in an input that takes many: FLORA starts one run per value (CONTRACT
# §4.1), which one press of Run must not do behind the user's back.
SEVERAL_RUNS_SENTENCE = QT_TRANSLATE_NOOP(
    "Messages",
    "“{input}” holds {count} values, and FLORA starts one run for each. Nothing was sent.",
)


def several_runs_message(input_name: str, count: int) -> UserMessage:
    """Run was pressed with several values in an input that takes many."""
    return UserMessage(
        title=QT_TRANSLATE_NOOP("Messages", "Several values make several runs"),
        sentence=SEVERAL_RUNS_SENTENCE.fill(input=input_name, count=count),
        what_to_do=QT_TRANSLATE_NOOP(
            "Messages",
            "Run them as a batch to see what they cost and follow each one, or keep one value.",
        ),
        action=Action.RUN_AS_BATCH,
    )


# The press of Run could not be written down before sending: nothing was sent.
NOT_NOTED_MESSAGE = UserMessage(
    title=QT_TRANSLATE_NOOP("Recovery", "The run was not started"),
    sentence=QT_TRANSLATE_NOOP(
        "Recovery",
        "FLORA Desktop could not write the run to its history on this computer before "
        "sending it. Without that note a crash could bill you twice, so nothing was sent.",
    ),
    what_to_do=QT_TRANSLATE_NOOP(
        "Recovery", "Free some disk space or check the FLORA Desktop data folder, then press Run."
    ),
)
