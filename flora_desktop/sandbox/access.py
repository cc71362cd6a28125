"""Checks shared by handlers: lookups, workspace access by role, filters, idempotency keys."""

from __future__ import annotations

from aiohttp import web

from flora_desktop.sandbox.context import SandboxContext
from flora_desktop.sandbox.errors import ApiError, FieldProblem, validation_error
from flora_desktop.sandbox.runs import Run
from flora_desktop.sandbox.state import SandboxState
from flora_desktop.sandbox.techniques import Technique, Workspace
from flora_desktop.sandbox.validation import check_id


def visible_workspace(state: SandboxState, workspace_id: str) -> Workspace:
    """A workspace the key can see; any other ``ws_…`` is 403 (CONTRACT §11.1)."""
    workspace = state.workspace(workspace_id)
    if workspace is None:
        raise ApiError("forbidden", "This API key has no access to that workspace.")
    return workspace


def writable_workspace(state: SandboxState, workspace_id: str) -> Workspace:
    """A workspace where the key's role may start runs and upload."""
    workspace = visible_workspace(state, workspace_id)
    if not workspace.can_run:
        raise ApiError(
            "forbidden", f"The {workspace.role} role cannot do this in {workspace.name}."
        )
    return workspace


def workspace_filter(request: web.Request, state: SandboxState) -> str | None:
    """The optional ``workspace_id`` query filter, checked."""
    workspace_id = request.query.get("workspace_id")
    if not workspace_id:
        return None
    problems = check_id(workspace_id, "workspace_id", "ws_")
    if problems:
        raise validation_error(problems)
    return visible_workspace(state, workspace_id).workspace_id


def idempotency_header(request: web.Request) -> str | None:
    """The ``Idempotency-Key`` header, if sent; an empty one is a 400."""
    key = request.headers.get("Idempotency-Key")
    if key is not None and not key.strip():
        raise validation_error([FieldProblem("Idempotency-Key", "Must not be empty.")])
    return key


def reject_used_header_key(ctx: SandboxContext, key: str | None) -> None:
    """409 when the header key was already used within its 2 h window."""
    if key is not None and ctx.state.header_key_used(ctx.config.api_key, key) is not None:
        raise ApiError("idempotency_duplicate")


def find_technique(state: SandboxState, id_or_slug: str) -> Technique:
    """The technique by id or slug, or 404."""
    technique = state.catalog.find(id_or_slug)
    if technique is None:
        raise ApiError("not_found", "Technique not found.")
    return technique


def find_run(state: SandboxState, run_id: str) -> Run:
    """The run, or 404."""
    run = state.runs.get(run_id)
    if run is None:
        raise ApiError("not_found", "Run not found.")
    return run
