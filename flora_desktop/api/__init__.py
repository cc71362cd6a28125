"""FLORA's REST API client: ``FloraClient``, its typed errors and models.

Light to import: errors and models load eagerly, the httpx-backed client on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flora_desktop.api.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AssetUploadError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
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
    UnprocessableEntityError,
)
from flora_desktop.api.idempotency import new_idempotency_key
from flora_desktop.api.models import (
    Action,
    ActionRef,
    Asset,
    Model,
    ModelRef,
    RunOutput,
    RunStart,
    RunStatus,
    Technique,
    TechniqueIO,
    TechniqueRef,
    TechniqueRun,
    UploadTarget,
    Workspace,
    to_datetime,
)
from flora_desktop.api.params import RunInput

if TYPE_CHECKING:
    from flora_desktop.api._client import FloraClient

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Action",
    "ActionRef",
    "Asset",
    "AssetUploadError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "FloraClient",
    "FloraError",
    "IdempotencyConflictError",
    "IdempotencyDuplicateError",
    "InputValidationError",
    "InsufficientCreditsError",
    "InternalServerError",
    "MissingAPIKeyError",
    "Model",
    "ModelRef",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RunInput",
    "RunOutput",
    "RunStart",
    "RunStatus",
    "Technique",
    "TechniqueIO",
    "TechniqueRef",
    "TechniqueRun",
    "UnprocessableEntityError",
    "UploadTarget",
    "Workspace",
    "new_idempotency_key",
    "to_datetime",
]


def __getattr__(name: str) -> Any:
    # httpx costs ~70 ms to import; load it only when the client is actually wanted.
    if name == "FloraClient":
        from flora_desktop.api._client import FloraClient

        return FloraClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
