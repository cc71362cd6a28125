"""Typed, frozen views of the API's JSON objects (CONTRACT §4, §5), declared field by field.

Each field is declared once with how to read it (``api/_fields.py``): ``from_dict`` takes
keys in snake_case or camelCase, ignores unknown keys, treats absent, ``null`` and ``[]``
alike, cleans every string for its use (names one bounded line, descriptions bounded free
text, ids and text outputs kept but never with lone surrogates or control characters) and
raises ``APIResponseValidationError`` when a required field is missing or of the wrong type.
Timestamps are kept as the server sends them (numbers, probably epoch milliseconds);
``to_datetime`` reads one.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from flora_desktop.api._fields import (
    APIModel,
    flag,
    items,
    mapping,
    nested,
    number,
    raw,
    strings,
    text,
    timestamp,
)
from flora_desktop.api.errors import FieldError

__all__ = [
    "ACTIVE_RUN_STATUSES",
    "IO_TYPES",
    "RUN_STATUSES",
    "TERMINAL_RUN_STATUSES",
    "Action",
    "ActionIO",
    "ActionRef",
    "Asset",
    "FieldError",
    "Model",
    "ModelParam",
    "ModelRef",
    "RunOutput",
    "RunStart",
    "RunStatus",
    "Technique",
    "TechniqueIO",
    "TechniqueRef",
    "TechniqueRun",
    "UploadTarget",
    "Workspace",
    "to_datetime",
]

logger = logging.getLogger(__name__)

IO_TYPES = frozenset({"imageUrl", "videoUrl", "audioUrl", "text", "documentUrl"})
RUN_STATUSES = frozenset({"pending", "running", "completed", "failed"})
TERMINAL_RUN_STATUSES = frozenset({"completed", "failed"})
# The only statuses worth polling without limit; any other (``cancelled``, ``expired``, a
# new one) is polled a bounded number of times, then left alone (services/watch.py).
ACTIVE_RUN_STATUSES = frozenset({"pending", "running"})

# Spellings seen in guides and old docs (CONTRACT §10) for the canonical IOType values.
_IO_TYPE_ALIASES: Mapping[str, str] = {
    "image_url": "imageUrl",
    "video_url": "videoUrl",
    "audio_url": "audioUrl",
    "document_url": "documentUrl",
    "IMAGE_URL": "imageUrl",
    "VIDEO_URL": "videoUrl",
    "AUDIO_URL": "audioUrl",
    "DOCUMENT_URL": "documentUrl",
    "TEXT": "text",
}

# Below this a run timestamp is read as epoch seconds rather than milliseconds (§12 Q3).
_SECONDS_THRESHOLD = 1e11


def to_datetime(timestamp: float | None) -> datetime | None:
    """Read an API timestamp (epoch ms, or epoch seconds when small) as an aware datetime."""
    if timestamp is None:
        return None
    seconds = timestamp if timestamp < _SECONDS_THRESHOLD else timestamp / 1000.0
    return datetime.fromtimestamp(seconds, tz=UTC)


# --- derived values ---------------------------------------------------------------------


def _open_enum(known: frozenset[str], what: str) -> Any:
    """Keep any value (enums are open, §10), logging the ones this app does not know."""

    def derive(value: Any, _seen: Mapping[str, Any]) -> Any:
        if value is not None and value not in known:
            logger.debug("unknown %s %r kept as-is", what, value)
        return value

    return derive


def _io_type(value: Any, _seen: Mapping[str, Any]) -> Any:
    if value is None:
        return None
    return _open_enum(IO_TYPES, "IO type")(_IO_TYPE_ALIASES.get(value, value), _seen)


def _or(fallback: str) -> Any:
    """The field's value, or (when absent or empty) the value of ``fallback`` read before."""
    return lambda value, seen: value or seen[fallback]


def _or_default(default: str) -> Any:
    return lambda value, _seen: value or default


def _non_empty(value: Any, _seen: Mapping[str, Any]) -> Any:
    return value or None


def _progress(value: Any, seen: Mapping[str, Any]) -> float:
    """Progress as a percentage; a value in (0, 1), or 1 on completion, is read as a fraction."""
    status = seen["status"]
    if value is None:
        return 100.0 if status == "completed" else 0.0
    if 0.0 < value < 1.0 or (value == 1.0 and status == "completed"):
        value *= 100.0
    return float(min(max(value, 0.0), 100.0))


def _multiple(value: Any) -> bool:
    # ``multiple`` may be ``true`` or ``{min, max}``; ``dynamic`` is its old alias.
    return value is True or isinstance(value, Mapping)


_RUN_ID_ALIASES = ("runId", "id")  # CONTRACT §10: "run_id, runId, or id"


# --- models --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Workspace(APIModel):
    """A workspace the key can see, with the caller's role in it."""

    workspace_id: str = text(required=True)
    name: str = text("line", required=True)
    role: str = text("line", default="")
    created_at: float | None = timestamp()


@dataclass(frozen=True)
class TechniqueIO(APIModel):
    """One input or output of a technique; ``id`` is the key to send when starting a run."""

    id: str = text(required=True)
    name: str = text("line", required=True, derive=_or("id"))
    type: str = text(required=True, derive=_io_type)
    optional: bool = flag()
    description: str | None = text("text")
    accepts_element: bool = flag()
    allow_multiple: bool = flag()
    specified_aspect_ratio: str | None = text("line")
    specified_duration: float | None = number()


@dataclass(frozen=True)
class Technique(APIModel):
    """A technique from the catalogue: its cost and the schema of its inputs and outputs."""

    technique_id: str = text(required=True)
    name: str = text("line", required=True)
    run_cost: float = number(required=True)
    inputs: tuple[TechniqueIO, ...] = items(TechniqueIO)
    outputs: tuple[TechniqueIO, ...] = items(TechniqueIO)
    description: str | None = text("text")
    slug: str | None = text()


@dataclass(frozen=True)
class TechniqueRef(APIModel):
    """The ``technique`` object inside run payloads."""

    technique_id: str = text(required=True)
    name: str = text("line", default="")


@dataclass(frozen=True)
class ActionRef(APIModel):
    """The ``action`` object of an action run's start answer."""

    action_id: str = text(required=True)


@dataclass(frozen=True)
class ModelRef(APIModel):
    """The ``model`` object of a generation run's start answer."""

    model_id: str = text(required=True)


@dataclass(frozen=True)
class RunStart(APIModel):
    """The answer to ``POST /runs/technique`` (and the other top-level starts).

    ``technique``, ``action`` and ``model`` are the contract's nested objects (§4.3), each
    present only for its kind of run.
    """

    run_id: str = text(required=True, aliases=_RUN_ID_ALIASES, derive=_non_empty)
    type: str = text(
        "line",
        required=True,
        derive=_open_enum(frozenset({"generation", "technique", "action"}), "run type"),
    )
    charged_cost: float = number(default=0.0)
    estimated_seconds: float | None = number()
    poll_url: str | None = text()
    project_id: str | None = text()
    technique: TechniqueRef | None = nested(TechniqueRef)  # noqa: RUF009 (a field declaration)
    action: ActionRef | None = nested(ActionRef)  # noqa: RUF009 (a field declaration)
    model: ModelRef | None = nested(ModelRef)  # noqa: RUF009 (a field declaration)

    @property
    def action_id(self) -> str | None:
        return self.action.action_id if self.action is not None else None

    @property
    def model_id(self) -> str | None:
        return self.model.model_id if self.model is not None else None


@dataclass(frozen=True)
class RunOutput(APIModel):
    """One output of a completed run; for ``type == "text"`` the ``url`` is the text itself."""

    output_id: str = text(required=True)
    type: str = text(required=True, derive=_io_type)
    url: str = text("content", required=True)


@dataclass(frozen=True)
class RunStatus(APIModel):
    """A run as polled (``GET /runs/{id}``, the nested routes); terminal once completed/failed."""

    run_id: str = text(required=True, aliases=_RUN_ID_ALIASES, derive=_non_empty)
    status: str = text("line", required=True, derive=_open_enum(RUN_STATUSES, "run status"))
    progress: float = number(default=0.0, absent=None, derive=_progress)
    created_at: float | None = timestamp()
    started_at: float | None = timestamp()
    completed_at: float | None = timestamp()
    charged_cost: float | None = number()
    error_code: str | None = text("line")
    error_message: str | None = text("text")
    outputs: tuple[RunOutput, ...] = items(RunOutput)
    poll_url: str | None = text()

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL_RUN_STATUSES

    @property
    def is_active(self) -> bool:
        """Pending or running: FLORA is still working on it."""
        return self.status in ACTIVE_RUN_STATUSES


@dataclass(frozen=True)
class TechniqueRun(RunStatus):
    """One entry of the run history (``GET /technique-runs``)."""

    workspace_id: str = text(required=True, kw_only=True)
    technique: TechniqueRef = nested(TechniqueRef, required=True, kw_only=True)  # noqa: RUF009 (a field declaration)
    technique_run_id: str = text(derive=_or("run_id"), kw_only=True)
    project_id: str | None = text(kw_only=True)


@dataclass(frozen=True)
class ModelParam(APIModel):
    """One parameter a generation model takes."""

    name: str = text(required=True)
    type: str = text("line", default="")
    required: bool = flag()
    label: str | None = text("line")
    description: str | None = text("text")
    default: Any = raw()  # noqa: RUF009 (a field declaration)


@dataclass(frozen=True)
class Model(APIModel):
    """A generation model (``GET /models``)."""

    model_id: str = text(required=True)
    name: str = text("line", required=True)
    provider: str = text("line", default="")
    type: str = text("line", default="")
    capabilities: tuple[str, ...] = strings()
    estimated_credits: float | None = number()
    estimated_seconds: float | None = number()
    params: tuple[ModelParam, ...] = items(ModelParam)
    beta: bool = flag()


@dataclass(frozen=True)
class ActionIO(APIModel):
    """One input or output slot of a prebuilt action."""

    name: str = text(required=True)
    type: str = text("line", required=True)
    optional: bool = flag()
    multiple: bool = flag(aliases=("dynamic",), convert=_multiple)


@dataclass(frozen=True)
class Action(APIModel):
    """A prebuilt action (``GET /actions``); ``action_id`` is an open set of slugs."""

    action_id: str = text(required=True)
    name: str = text("line", required=True)
    description: str | None = text("text")
    charged_cost: float | None = number()
    language: str | None = text("line")
    inputs: tuple[ActionIO, ...] = items(ActionIO)
    outputs: tuple[ActionIO, ...] = items(ActionIO)


@dataclass(frozen=True)
class UploadTarget(APIModel):
    """Where a signed upload sends its bytes; ``form_fields`` keep the server's order."""

    url: str = text(required=True)
    method: str = text(default="POST", derive=lambda value, _: (value or "POST").upper())
    file_field: str = text(default="file", derive=_or_default("file"))
    form_fields: Mapping[str, str] = mapping()
    content_type: str | None = text()


@dataclass(frozen=True)
class Asset(APIModel):
    """An uploaded file, from create/complete/retry/retrieve; its ``url`` is usable when ready."""

    asset_id: str = text(required=True)
    status: str = text(
        "line",
        required=True,
        derive=_open_enum(frozenset({"pending_upload", "ready", "failed"}), "asset status"),
    )
    url: str | None = text(derive=_non_empty)
    workspace_id: str | None = text()
    uploaded_via: str | None = text("line")
    content_type: str | None = text()
    name: str | None = text("line", aliases=("file_name",))
    size_bytes: float | None = number()
    width: float | None = number()
    height: float | None = number()
    created_at: float | None = timestamp()
    expires_at: str | None = text("line")
    failure_message: str | None = text("text")
    upload: UploadTarget | None = nested(UploadTarget)  # noqa: RUF009 (a field declaration)
    upload_url: str | None = text()

    @property
    def is_ready(self) -> bool:
        return self.status == "ready"
