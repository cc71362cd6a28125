"""``/api/v1`` handlers for the catalog: workspaces, techniques, models and actions (thin)."""

from __future__ import annotations

from aiohttp import web

from flora_desktop.sandbox import reference
from flora_desktop.sandbox.access import find_technique, workspace_filter
from flora_desktop.sandbox.context import CONTEXT
from flora_desktop.sandbox.errors import ApiError, FieldProblem, validation_error
from flora_desktop.sandbox.wire import json_response, page_params, paginate

routes = web.RouteTableDef()
API = "/api/v1"


@routes.get(f"{API}/workspaces")
async def list_workspaces(request: web.Request) -> web.Response:
    """``GET /workspaces`` (CONTRACT §5.1): not paginated."""
    state = request.app[CONTEXT].state
    return json_response({"workspaces": [ws.to_json() for ws in state.workspaces]})


@routes.get(f"{API}/techniques")
async def list_techniques(request: web.Request) -> web.Response:
    """``GET /techniques`` with ``query``, ``workspace_id`` and cursor paging (§5.2)."""
    state = request.app[CONTEXT].state
    offset, limit = page_params(request)
    workspace_id = workspace_filter(request, state)
    found = state.catalog.search(request.query.get("query"), workspace_id)
    page, meta = paginate(found, offset, limit)
    return json_response({"techniques": [t.to_json() for t in page], "meta": meta})


@routes.get(API + "/techniques/{technique_id}")
async def retrieve_technique(request: web.Request) -> web.Response:
    """``GET /techniques/{id-or-slug}`` (§5.3)."""
    state = request.app[CONTEXT].state
    return json_response(find_technique(state, request.match_info["technique_id"]).to_json())


@routes.get(f"{API}/models")
async def list_models(request: web.Request) -> web.Response:
    """``GET /models`` with an optional ``type`` filter (§5.10)."""
    kind = request.query.get("type")
    if kind and kind not in reference.MODEL_TYPES:
        raise validation_error([FieldProblem("type", f"Expected one of {reference.MODEL_TYPES}.")])
    models = [m for m in reference.models() if not kind or m["type"] == kind]
    return json_response({"models": models})


@routes.get(f"{API}/actions")
async def list_actions(_request: web.Request) -> web.Response:
    """``GET /actions`` (§5.11)."""
    return json_response({"actions": reference.actions()})


@routes.get(API + "/actions/{action_id}")
async def retrieve_action(request: web.Request) -> web.Response:
    """``GET /actions/{actionId}``."""
    action_id = request.match_info["action_id"]
    for action in reference.actions():
        if action["action_id"] == action_id:
            return json_response(action)
    raise ApiError("not_found", "Action not found.")
