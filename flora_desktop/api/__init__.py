"""FLORA's REST API client: ``FloraClient``, its typed errors and models.

Light to import: errors, models and the httpx-backed client load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flora_desktop.api._client import FloraClient
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
        FileChangedError,
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
        is_transient,
        is_transient_status,
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
    "FileChangedError",
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
    "is_transient",
    "is_transient_status",
    "new_idempotency_key",
    "to_datetime",
]


# Where each public name lives; loaded on first use (models and errors cost ~30 ms).
_LAZY = {
    "APIConnectionError": "flora_desktop.api.errors",
    "APIResponseValidationError": "flora_desktop.api.errors",
    "APIStatusError": "flora_desktop.api.errors",
    "APITimeoutError": "flora_desktop.api.errors",
    "AssetUploadError": "flora_desktop.api.errors",
    "AuthenticationError": "flora_desktop.api.errors",
    "BadRequestError": "flora_desktop.api.errors",
    "ConfigurationError": "flora_desktop.api.errors",
    "ConflictError": "flora_desktop.api.errors",
    "FieldError": "flora_desktop.api.errors",
    "FileChangedError": "flora_desktop.api.errors",
    "FloraError": "flora_desktop.api.errors",
    "IdempotencyConflictError": "flora_desktop.api.errors",
    "IdempotencyDuplicateError": "flora_desktop.api.errors",
    "InputValidationError": "flora_desktop.api.errors",
    "InsufficientCreditsError": "flora_desktop.api.errors",
    "InternalServerError": "flora_desktop.api.errors",
    "MissingAPIKeyError": "flora_desktop.api.errors",
    "NotFoundError": "flora_desktop.api.errors",
    "PermissionDeniedError": "flora_desktop.api.errors",
    "RateLimitError": "flora_desktop.api.errors",
    "UnprocessableEntityError": "flora_desktop.api.errors",
    "is_transient": "flora_desktop.api.errors",
    "is_transient_status": "flora_desktop.api.errors",
    "new_idempotency_key": "flora_desktop.api.idempotency",
    "Action": "flora_desktop.api.models",
    "ActionRef": "flora_desktop.api.models",
    "Asset": "flora_desktop.api.models",
    "Model": "flora_desktop.api.models",
    "ModelRef": "flora_desktop.api.models",
    "RunOutput": "flora_desktop.api.models",
    "RunStart": "flora_desktop.api.models",
    "RunStatus": "flora_desktop.api.models",
    "Technique": "flora_desktop.api.models",
    "TechniqueIO": "flora_desktop.api.models",
    "TechniqueRef": "flora_desktop.api.models",
    "TechniqueRun": "flora_desktop.api.models",
    "UploadTarget": "flora_desktop.api.models",
    "Workspace": "flora_desktop.api.models",
    "to_datetime": "flora_desktop.api.models",
    "RunInput": "flora_desktop.api.params",
    "FloraClient": "flora_desktop.api._client",
}


def __getattr__(name: str) -> Any:
    # Lazy like the client (httpx ~70 ms): start-up imports only what it uses.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
