"""Typed, frozen views of the API's JSON objects (CONTRACT §4, §5), parsed tolerantly.

Every ``from_dict`` expects keys already normalised to snake_case (see ``casing``), ignores
unknown keys, treats absent, ``null`` and ``[]`` alike, and raises
``APIResponseValidationError`` when a required field is missing or of the wrong type.
Timestamps are kept as the server sends them (numbers, probably epoch milliseconds);
``to_datetime`` reads one.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, Self

from flora_desktop.api.casing import run_id_of
from flora_desktop.api.errors import APIResponseValidationError, FieldError

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


# --- field readers -------------------------------------------------------------------------


def _fail(model: str, key: str, expected: str, value: object) -> APIResponseValidationError:
    problem = "is missing" if value is None else f"is {type(value).__name__}, not {expected}"
    return APIResponseValidationError(f"{model}.{key} {problem}", body=None)


def _mapping(data: object, model: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise APIResponseValidationError(
            f"{model} is {type(data).__name__}, not an object", body=data
        )
    return data


def _req_str(data: Mapping[str, Any], key: str, model: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise _fail(model, key, "a string", value)
    return value


def _opt_str(data: Mapping[str, Any], key: str, model: str) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    logger.debug("ignoring %s.%s of type %s", model, key, type(value).__name__)
    return None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _as_float(value: int | float) -> float | None:
    # JSON integers have no size limit; one beyond a float's range is not a usable number.
    try:
        return float(value)
    except OverflowError:
        return None


def _req_num(data: Mapping[str, Any], key: str, model: str) -> float:
    value = data.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _fail(model, key, "a number", value)
    number = _as_float(value)
    if number is None:
        raise _fail(model, key, "a number in range", value)
    return number


def _opt_num(data: Mapping[str, Any], key: str, model: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if _is_number(value):
        number = _as_float(value)
        if number is not None:
            return number
    logger.debug("ignoring %s.%s of type %s", model, key, type(value).__name__)
    return None


def _opt_time(data: Mapping[str, Any], key: str, model: str) -> float | None:
    """A timestamp: a number as sent, or an ISO-8601 string read as epoch milliseconds."""
    value = data.get(key)
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            logger.debug("ignoring unreadable %s.%s", model, key)
            return None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.timestamp() * 1000.0
    return _opt_num(data, key, model)


def _flag(data: Mapping[str, Any], key: str) -> bool:
    return data.get(key) is True


def _items(data: Mapping[str, Any], key: str, model: str) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _fail(model, key, "a list", value)
    return value


def _open_enum(value: str, known: frozenset[str], what: str) -> str:
    if value not in known:
        logger.debug("unknown %s %r kept as-is", what, value)
    return value


def _io_type(raw: str) -> str:
    return _open_enum(_IO_TYPE_ALIASES.get(raw, raw), IO_TYPES, "IO type")


# --- models --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Workspace:
    """A workspace the key can see, with the caller's role in it."""

    workspace_id: str
    name: str
    role: str
    created_at: float | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "Workspace")
        return cls(
            workspace_id=_req_str(data, "workspace_id", "Workspace"),
            name=_req_str(data, "name", "Workspace"),
            role=_opt_str(data, "role", "Workspace") or "",
            created_at=_opt_time(data, "created_at", "Workspace"),
        )


@dataclass(frozen=True)
class TechniqueIO:
    """One input or output of a technique; ``id`` is the key to send when starting a run."""

    id: str
    name: str
    type: str
    optional: bool = False
    description: str | None = None
    accepts_element: bool = False
    allow_multiple: bool = False
    specified_aspect_ratio: str | None = None
    specified_duration: float | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "TechniqueIO")
        return cls(
            id=_req_str(data, "id", "TechniqueIO"),
            name=_opt_str(data, "name", "TechniqueIO") or _req_str(data, "id", "TechniqueIO"),
            type=_io_type(_req_str(data, "type", "TechniqueIO")),
            optional=_flag(data, "optional"),
            description=_opt_str(data, "description", "TechniqueIO"),
            accepts_element=_flag(data, "accepts_element"),
            allow_multiple=_flag(data, "allow_multiple"),
            specified_aspect_ratio=_opt_str(data, "specified_aspect_ratio", "TechniqueIO"),
            specified_duration=_opt_num(data, "specified_duration", "TechniqueIO"),
        )


@dataclass(frozen=True)
class Technique:
    """A technique from the catalogue: its cost and the schema of its inputs and outputs."""

    technique_id: str
    name: str
    run_cost: float
    inputs: tuple[TechniqueIO, ...] = ()
    outputs: tuple[TechniqueIO, ...] = ()
    description: str | None = None
    slug: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "Technique")
        return cls(
            technique_id=_req_str(data, "technique_id", "Technique"),
            name=_req_str(data, "name", "Technique"),
            run_cost=_req_num(data, "run_cost", "Technique"),
            inputs=tuple(TechniqueIO.from_dict(i) for i in _items(data, "inputs", "Technique")),
            outputs=tuple(TechniqueIO.from_dict(o) for o in _items(data, "outputs", "Technique")),
            description=_opt_str(data, "description", "Technique"),
            slug=_opt_str(data, "slug", "Technique"),
        )


@dataclass(frozen=True)
class TechniqueRef:
    """The ``technique`` object inside run payloads."""

    technique_id: str
    name: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "TechniqueRef")
        return cls(
            technique_id=_req_str(data, "technique_id", "TechniqueRef"),
            name=_opt_str(data, "name", "TechniqueRef") or "",
        )


def _opt_ref(data: Mapping[str, Any], key: str) -> TechniqueRef | None:
    value = data.get(key)
    return None if value is None else TechniqueRef.from_dict(value)


@dataclass(frozen=True)
class ActionRef:
    """The ``action`` object of an action run's start answer."""

    action_id: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "ActionRef")
        return cls(action_id=_req_str(data, "action_id", "ActionRef"))


@dataclass(frozen=True)
class ModelRef:
    """The ``model`` object of a generation run's start answer."""

    model_id: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "ModelRef")
        return cls(model_id=_req_str(data, "model_id", "ModelRef"))


@dataclass(frozen=True)
class RunStart:
    """The answer to ``POST /runs/technique`` (and the other top-level starts).

    ``technique``, ``action`` and ``model`` are the contract's nested objects (§4.3), each
    present only for its kind of run.
    """

    run_id: str
    type: str
    charged_cost: float = 0.0
    estimated_seconds: float | None = None
    poll_url: str | None = None
    project_id: str | None = None
    technique: TechniqueRef | None = None
    action: ActionRef | None = None
    model: ModelRef | None = None

    @property
    def action_id(self) -> str | None:
        return self.action.action_id if self.action is not None else None

    @property
    def model_id(self) -> str | None:
        return self.model.model_id if self.model is not None else None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "RunStart")
        return cls(
            run_id=_run_id(data, "RunStart"),
            type=_open_enum(
                _req_str(data, "type", "RunStart"),
                frozenset({"generation", "technique", "action"}),
                "run type",
            ),
            charged_cost=_opt_num(data, "charged_cost", "RunStart") or 0.0,
            estimated_seconds=_opt_num(data, "estimated_seconds", "RunStart"),
            poll_url=_opt_str(data, "poll_url", "RunStart"),
            project_id=_opt_str(data, "project_id", "RunStart"),
            technique=_opt_ref(data, "technique"),
            action=None if data.get("action") is None else ActionRef.from_dict(data["action"]),
            model=None if data.get("model") is None else ModelRef.from_dict(data["model"]),
        )


def _run_id(data: Mapping[str, Any], model: str) -> str:
    value = run_id_of(data)
    if not isinstance(value, str) or not value:
        raise _fail(model, "run_id", "a string", value)
    return value


@dataclass(frozen=True)
class RunOutput:
    """One output of a completed run; for ``type == "text"`` the ``url`` is the text itself."""

    output_id: str
    type: str
    url: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "RunOutput")
        return cls(
            output_id=_req_str(data, "output_id", "RunOutput"),
            type=_io_type(_req_str(data, "type", "RunOutput")),
            url=_req_str(data, "url", "RunOutput"),
        )


def _progress(data: Mapping[str, Any], status: str) -> float:
    """Progress as a percentage; a value in (0, 1), or 1 on completion, is read as a fraction."""
    value = _opt_num(data, "progress", "RunStatus")
    if value is None:
        return 100.0 if status == "completed" else 0.0
    if 0.0 < value < 1.0 or (value == 1.0 and status == "completed"):
        value *= 100.0
    return min(max(value, 0.0), 100.0)


def _run_status_fields(data: Mapping[str, Any], model: str) -> dict[str, Any]:
    status = _open_enum(_req_str(data, "status", model), RUN_STATUSES, "run status")
    return {
        "run_id": _run_id(data, model),
        "status": status,
        "progress": _progress(data, status),
        "created_at": _opt_time(data, "created_at", model),
        "started_at": _opt_time(data, "started_at", model),
        "completed_at": _opt_time(data, "completed_at", model),
        "charged_cost": _opt_num(data, "charged_cost", model),
        "error_code": _opt_str(data, "error_code", model),
        "error_message": _opt_str(data, "error_message", model),
        "outputs": tuple(RunOutput.from_dict(o) for o in _items(data, "outputs", model)),
        "poll_url": _opt_str(data, "poll_url", model),
    }


@dataclass(frozen=True)
class RunStatus:
    """A run as polled (``GET /runs/{id}``, the nested routes); terminal once completed/failed."""

    run_id: str
    status: str
    progress: float = 0.0
    created_at: float | None = None
    started_at: float | None = None
    completed_at: float | None = None
    charged_cost: float | None = None
    error_code: str | None = None
    error_message: str | None = None
    outputs: tuple[RunOutput, ...] = ()
    poll_url: str | None = None

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL_RUN_STATUSES

    @property
    def is_active(self) -> bool:
        """Pending or running: FLORA is still working on it."""
        return self.status in ACTIVE_RUN_STATUSES

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "RunStatus")
        return cls(**_run_status_fields(data, "RunStatus"))


@dataclass(frozen=True)
class TechniqueRun(RunStatus):
    """One entry of the run history (``GET /technique-runs``)."""

    workspace_id: str = field(kw_only=True)
    technique: TechniqueRef = field(kw_only=True)
    technique_run_id: str = field(kw_only=True)
    project_id: str | None = field(default=None, kw_only=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "TechniqueRun")
        fields = _run_status_fields(data, "TechniqueRun")
        technique = data.get("technique")
        if technique is None:
            raise _fail("TechniqueRun", "technique", "an object", None)
        return cls(
            **fields,
            workspace_id=_req_str(data, "workspace_id", "TechniqueRun"),
            technique=TechniqueRef.from_dict(technique),
            technique_run_id=_opt_str(data, "technique_run_id", "TechniqueRun") or fields["run_id"],
            project_id=_opt_str(data, "project_id", "TechniqueRun"),
        )


@dataclass(frozen=True)
class ModelParam:
    """One parameter a generation model takes."""

    name: str
    type: str
    required: bool = False
    label: str | None = None
    description: str | None = None
    default: Any = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "ModelParam")
        return cls(
            name=_req_str(data, "name", "ModelParam"),
            type=_opt_str(data, "type", "ModelParam") or "",
            required=_flag(data, "required"),
            label=_opt_str(data, "label", "ModelParam"),
            description=_opt_str(data, "description", "ModelParam"),
            default=data.get("default"),
        )


@dataclass(frozen=True)
class Model:
    """A generation model (``GET /models``)."""

    model_id: str
    name: str
    provider: str = ""
    type: str = ""
    capabilities: tuple[str, ...] = ()
    estimated_credits: float | None = None
    estimated_seconds: float | None = None
    params: tuple[ModelParam, ...] = ()
    beta: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "Model")
        return cls(
            model_id=_req_str(data, "model_id", "Model"),
            name=_req_str(data, "name", "Model"),
            provider=_opt_str(data, "provider", "Model") or "",
            type=_opt_str(data, "type", "Model") or "",
            capabilities=tuple(
                c for c in _items(data, "capabilities", "Model") if isinstance(c, str)
            ),
            estimated_credits=_opt_num(data, "estimated_credits", "Model"),
            estimated_seconds=_opt_num(data, "estimated_seconds", "Model"),
            params=tuple(ModelParam.from_dict(p) for p in _items(data, "params", "Model")),
            beta=_flag(data, "beta"),
        )


@dataclass(frozen=True)
class ActionIO:
    """One input or output slot of a prebuilt action."""

    name: str
    type: str
    optional: bool = False
    multiple: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "ActionIO")
        multiple = data.get("multiple")
        return cls(
            name=_req_str(data, "name", "ActionIO"),
            type=_req_str(data, "type", "ActionIO"),
            optional=_flag(data, "optional"),
            # ``multiple`` may be ``true`` or ``{min, max}``; ``dynamic`` is its old alias.
            multiple=multiple is True or isinstance(multiple, Mapping) or _flag(data, "dynamic"),
        )


@dataclass(frozen=True)
class Action:
    """A prebuilt action (``GET /actions``); ``action_id`` is an open set of slugs."""

    action_id: str
    name: str
    description: str | None = None
    charged_cost: float | None = None
    language: str | None = None
    inputs: tuple[ActionIO, ...] = ()
    outputs: tuple[ActionIO, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "Action")
        return cls(
            action_id=_req_str(data, "action_id", "Action"),
            name=_req_str(data, "name", "Action"),
            description=_opt_str(data, "description", "Action"),
            charged_cost=_opt_num(data, "charged_cost", "Action"),
            language=_opt_str(data, "language", "Action"),
            inputs=tuple(ActionIO.from_dict(i) for i in _items(data, "inputs", "Action")),
            outputs=tuple(ActionIO.from_dict(o) for o in _items(data, "outputs", "Action")),
        )


@dataclass(frozen=True)
class UploadTarget:
    """Where a signed upload sends its bytes; ``form_fields`` keep the server's order."""

    url: str
    method: str = "POST"
    file_field: str = "file"
    form_fields: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    content_type: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "UploadTarget")
        raw_fields = data.get("form_fields") or {}
        if not isinstance(raw_fields, Mapping):
            raise _fail("UploadTarget", "form_fields", "an object", raw_fields)
        return cls(
            url=_req_str(data, "url", "UploadTarget"),
            method=(_opt_str(data, "method", "UploadTarget") or "POST").upper(),
            file_field=_opt_str(data, "file_field", "UploadTarget") or "file",
            form_fields=MappingProxyType({str(k): str(v) for k, v in raw_fields.items()}),
            content_type=_opt_str(data, "content_type", "UploadTarget"),
        )


@dataclass(frozen=True)
class Asset:
    """An uploaded file, from create/complete/retry/retrieve; its ``url`` is usable when ready."""

    asset_id: str
    status: str
    url: str | None = None
    workspace_id: str | None = None
    uploaded_via: str | None = None
    content_type: str | None = None
    name: str | None = None
    size_bytes: float | None = None
    width: float | None = None
    height: float | None = None
    created_at: float | None = None
    expires_at: str | None = None
    failure_message: str | None = None
    upload: UploadTarget | None = None
    upload_url: str | None = None

    @property
    def is_ready(self) -> bool:
        return self.status == "ready"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        data = _mapping(data, "Asset")
        upload = data.get("upload")
        return cls(
            asset_id=_req_str(data, "asset_id", "Asset"),
            status=_open_enum(
                _req_str(data, "status", "Asset"),
                frozenset({"pending_upload", "ready", "failed"}),
                "asset status",
            ),
            url=_opt_str(data, "url", "Asset") or None,
            workspace_id=_opt_str(data, "workspace_id", "Asset"),
            uploaded_via=_opt_str(data, "uploaded_via", "Asset"),
            content_type=_opt_str(data, "content_type", "Asset"),
            name=_opt_str(data, "name", "Asset") or _opt_str(data, "file_name", "Asset"),
            size_bytes=_opt_num(data, "size_bytes", "Asset"),
            width=_opt_num(data, "width", "Asset"),
            height=_opt_num(data, "height", "Asset"),
            created_at=_opt_time(data, "created_at", "Asset"),
            expires_at=_opt_str(data, "expires_at", "Asset"),
            failure_message=_opt_str(data, "failure_message", "Asset"),
            upload=None if upload is None else UploadTarget.from_dict(upload),
            upload_url=_opt_str(data, "upload_url", "Asset"),
        )
