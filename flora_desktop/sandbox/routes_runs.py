"""``/api/v1`` handlers for runs: both start routes, polling and history (thin)."""

from __future__ import annotations

import json

from aiohttp import web

from flora_desktop.sandbox.access import (
    find_run,
    find_technique,
    idempotency_header,
    reject_used_header_key,
    workspace_filter,
    writable_workspace,
)
from flora_desktop.sandbox.casing import camelize
from flora_desktop.sandbox.context import CONTEXT, SandboxContext
from flora_desktop.sandbox.errors import ApiError, FieldProblem, validation_error
from flora_desktop.sandbox.multiple import fan_out
from flora_desktop.sandbox.runs import (
    Route,
    Run,
    failure_from_inputs,
    history_item_json,
    poll_url,
    run_status_json,
)
from flora_desktop.sandbox.state import SandboxState, new_id
from flora_desktop.sandbox.techniques import Technique, Workspace
from flora_desktop.sandbox.validation import (
    check_callback,
    check_id,
    check_inputs_map,
    nested_inputs,
)
from flora_desktop.sandbox.wire import json_response, page_params, paginate, read_object

routes = web.RouteTableDef()
API = "/api/v1"
RUN_STATUSES = ("pending", "running", "completed", "failed")


def check_credits(
    state: SandboxState, workspace: Workspace, technique: Technique, runs: int = 1
) -> None:
    """402 when the workspace's available balance cannot pay for the run(s)."""
    if state.available(workspace.workspace_id) < technique.run_cost * runs:
        raise ApiError("insufficient_credits")


def create_run(
    ctx: SandboxContext,
    technique: Technique,
    workspace: Workspace,
    inputs: dict[str, object],
    route: Route,
    idempotency_key: str | None,
    callback_url: str | None = None,
) -> Run:
    """Record a new run starting now."""
    state = ctx.state
    run = Run(
        run_id=new_id("run"),
        technique=technique,
        workspace_id=workspace.workspace_id,
        project_id=workspace.project_id,
        inputs=inputs,
        route=route,
        idempotency_key=idempotency_key,
        created=state.clock(),
        duration=ctx.config.run_seconds,
        failure=failure_from_inputs(inputs),
        callback_url=callback_url,
    )
    state.add_run(run)
    return run


def nested_json(ctx: SandboxContext, data: dict[str, object]) -> object:
    """Nested-route bodies are camelCase when ``casing`` says so (CONTRACT §10)."""
    return camelize(data) if ctx.config.casing == "camel_nested" else data


@routes.post(f"{API}/runs/technique")
async def start_technique(request: web.Request) -> web.Response:
    """``POST /runs/technique``: the top-level start with map inputs (§5.4)."""
    ctx = request.app[CONTEXT]
    body = await read_object(request)
    # No awaits from here on, so two requests with one key cannot both create a run.
    state = ctx.state
    key = idempotency_header(request)
    reject_used_header_key(ctx, key)
    technique_id, workspace_id, inputs = (
        body.get("technique_id"),
        body.get("workspace_id"),
        body.get("inputs"),
    )
    problems = check_id(technique_id, "technique_id", "tech_")
    problems += check_id(workspace_id, "workspace_id", "ws_")
    if inputs is None:
        problems.append(FieldProblem("inputs", "Required"))
    elif not isinstance(inputs, dict):
        problems.append(FieldProblem("inputs", "Expected an object keyed by input id."))
    if problems:
        raise validation_error(problems)
    assert isinstance(technique_id, str)
    assert isinstance(workspace_id, str)
    assert isinstance(inputs, dict)
    workspace = writable_workspace(state, workspace_id)
    technique = state.catalog.find(technique_id)
    if technique is None or not technique.in_workspace(workspace.workspace_id):
        raise ApiError("not_found", "Technique not found.")
    problems = check_inputs_map(technique, inputs)
    if problems:
        raise validation_error(problems)
    per_run = fan_out(technique, dict(inputs))
    check_credits(state, workspace, technique, len(per_run))
    runs = [create_run(ctx, technique, workspace, one, "top", key) for one in per_run]
    run = runs[0]
    if key is not None:
        state.remember_header_key(ctx.config.api_key, key, run.run_id)
    answer = _start_json(ctx, runs[0])
    if len(runs) > 1:
        answer["runs"] = [_start_json(ctx, one) for one in runs]
    return json_response(answer)


def _start_json(ctx: SandboxContext, run: Run) -> dict[str, object]:
    """``RunStartResponse`` for a top-level start (CONTRACT §4.3)."""
    technique = run.technique
    return {
        "run_id": run.run_id,
        "type": "technique",
        "charged_cost": 0,
        "estimated_seconds": ctx.config.run_seconds,
        "poll_url": poll_url(run, ctx.api_url),
        "project_id": run.project_id,
        "technique": {"name": technique.name, "technique_id": technique.technique_id},
    }


def _nested_problems(body: dict[str, object]) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if body.get("inputs") is None:
        problems.append(FieldProblem("inputs", "Required"))
    elif not isinstance(body.get("inputs"), list):
        problems.append(FieldProblem("inputs", "Expected a list of {id, type, value}."))
    mode = body.get("mode")
    if mode is None:
        problems.append(FieldProblem("mode", "Required"))
    elif mode not in ("async", "stream"):
        problems.append(FieldProblem("mode", "Expected async or stream."))
    problems += check_callback(body.get("callback_url"))
    key = body.get("idempotency_key")
    if key is not None and (not isinstance(key, str) or not key.strip()):
        problems.append(FieldProblem("idempotency_key", "Expected a non-empty string."))
    if body.get("workspace_id") is not None:
        problems += check_id(body.get("workspace_id"), "workspace_id", "ws_")
    return problems


@routes.post(API + "/techniques/{technique_id}/runs")
async def create_nested_run(request: web.Request) -> web.Response:
    """``POST /techniques/{id}/runs``: array inputs, body idempotency key (§5.5, §9.7)."""
    ctx = request.app[CONTEXT]
    body = await read_object(request)
    state = ctx.state
    technique = find_technique(state, request.match_info["technique_id"])
    header_key = idempotency_header(request)
    reject_used_header_key(ctx, header_key)
    problems = _nested_problems(body)
    if problems:
        raise validation_error(problems)
    body_key = body.get("idempotency_key")
    fingerprint = json.dumps(
        {
            "technique": technique.technique_id,
            **{k: v for k, v in body.items() if k != "idempotency_key"},
        },
        sort_keys=True,
    )
    if isinstance(body_key, str):
        stored = state.body_key_used(ctx.config.api_key, body_key)
        if stored is not None:
            if stored.body_fingerprint != fingerprint:
                raise ApiError("idempotency_conflict")
            replay = run_status_json(state.runs[stored.target_id], state.clock(), ctx.root_url)
            return json_response(nested_json(ctx, replay))
    workspace_id = body.get("workspace_id")
    workspace = writable_workspace(
        state, workspace_id if isinstance(workspace_id, str) else state.workspaces[0].workspace_id
    )
    if not technique.in_workspace(workspace.workspace_id):
        raise ApiError("not_found", "Technique not found.")
    entries = body["inputs"]
    assert isinstance(entries, list)
    inputs, problems = nested_inputs(technique, entries)
    if problems:
        raise validation_error(problems)
    per_run = fan_out(technique, inputs)
    check_credits(state, workspace, technique, len(per_run))
    callback = body.get("callback_url")
    runs = [
        create_run(
            ctx,
            technique,
            workspace,
            one,
            "nested",
            header_key or (body_key if isinstance(body_key, str) else None),
            callback if isinstance(callback, str) else None,
        )
        for one in per_run
    ]
    run = runs[0]
    if header_key is not None:
        state.remember_header_key(ctx.config.api_key, header_key, run.run_id)
    if isinstance(body_key, str):
        state.remember_body_key(ctx.config.api_key, body_key, run.run_id, fingerprint)
    answer = run_status_json(run, state.clock(), ctx.root_url)
    if len(runs) > 1:
        answer["runs"] = [run_status_json(one, state.clock(), ctx.root_url) for one in runs]
    return json_response(nested_json(ctx, answer))


@routes.get(API + "/techniques/{technique_id}/runs/{run_id}")
async def retrieve_nested_run(request: web.Request) -> web.Response:
    """``GET /techniques/{id}/runs/{runId}``; a run of another technique is 404 (§11.7)."""
    ctx = request.app[CONTEXT]
    state = ctx.state
    technique = find_technique(state, request.match_info["technique_id"])
    run = find_run(state, request.match_info["run_id"])
    if run.technique.technique_id != technique.technique_id:
        raise ApiError("not_found", "Run not found.")
    state.settle()
    return json_response(nested_json(ctx, run_status_json(run, state.clock(), ctx.root_url)))


@routes.get(API + "/runs/{run_id}")
async def retrieve_run(request: web.Request) -> web.Response:
    """``GET /runs/{runId}``: any run (§5.8)."""
    ctx = request.app[CONTEXT]
    state = ctx.state
    run = find_run(state, request.match_info["run_id"])
    state.settle()
    return json_response(run_status_json(run, state.clock(), ctx.root_url))


@routes.get(f"{API}/technique-runs")
async def list_technique_runs(request: web.Request) -> web.Response:
    """``GET /technique-runs``: history, newest first, filtered and paged (§5.7)."""
    ctx = request.app[CONTEXT]
    state = ctx.state
    offset, limit = page_params(request)
    workspace_id = workspace_filter(request, state)
    status = request.query.get("status")
    if status and status not in RUN_STATUSES:
        raise validation_error([FieldProblem("status", f"Expected one of {RUN_STATUSES}.")])
    technique_key = request.query.get("technique_id")
    technique = state.catalog.find(technique_key) if technique_key else None
    project_id = request.query.get("project_id")
    now = state.clock()
    state.settle()
    found = [
        run
        for run in state.runs_newest_first()
        if (workspace_id is None or run.workspace_id == workspace_id)
        and (not project_id or run.project_id == project_id)
        and (not technique_key or (technique is not None and run.technique is technique))
        and (not status or run.phase(now).status == status)
    ]
    page, meta = paginate(found, offset, limit)
    items = [history_item_json(run, now, ctx.root_url) for run in page]
    return json_response({"technique_runs": items, "meta": meta})
