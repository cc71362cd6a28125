"""Control endpoints outside ``/api/v1`` for tests and demos (no auth)."""

from __future__ import annotations

import dataclasses

from aiohttp import web

from flora_desktop.sandbox.clock import parse_clock_change
from flora_desktop.sandbox.context import CONTEXT
from flora_desktop.sandbox.errors import FieldProblem, validation_error
from flora_desktop.sandbox.wire import json_response, read_json

routes = web.RouteTableDef()


def _config_json(request: web.Request) -> dict[str, object]:
    config = dataclasses.asdict(request.app[CONTEXT].config)
    del config["api_key"]  # the control API never echoes the key
    config["asset_url_hosts"] = list(config["asset_url_hosts"])
    return config


@routes.post("/_sandbox/reset")
async def reset(request: web.Request) -> web.Response:
    """Back to the seeded state; an optional JSON body overrides config fields."""
    overrides: object = {}
    if request.can_read_body:
        raw = await request.read()
        if raw.strip():
            overrides = await read_json(request)
    if not isinstance(overrides, dict):
        raise validation_error([FieldProblem("body", "Expected a JSON object.")])
    request.app[CONTEXT].reset(overrides)
    return json_response({"ok": True, "config": _config_json(request)})


@routes.post("/_sandbox/faults")
async def add_fault(request: web.Request) -> web.Response:
    """Arm a fault (see the package docstring for its fields)."""
    fault = request.app[CONTEXT].faults.add(await read_json(request))
    return json_response({"fault": fault.to_json()})


@routes.get("/_sandbox/faults")
async def list_faults(request: web.Request) -> web.Response:
    """Faults that still have answers left."""
    return json_response({"faults": [f.to_json() for f in request.app[CONTEXT].faults.list()]})


@routes.delete("/_sandbox/faults")
async def clear_faults(request: web.Request) -> web.Response:
    """Disarm every fault."""
    request.app[CONTEXT].faults.clear()
    return json_response({"ok": True})


@routes.post("/_sandbox/clock")
async def change_clock(request: web.Request) -> web.Response:
    """Switch the clock's mode and/or move it forward (see the package docstring)."""
    mode, advance = parse_clock_change(await read_json(request))
    clock = request.app[CONTEXT].clock
    if mode is not None:
        clock.set_mode(mode)
    if advance:
        clock.advance(advance)
    return json_response({"clock": clock.to_json()})


@routes.get("/_sandbox/clock")
async def show_clock(request: web.Request) -> web.Response:
    """The clock's mode, its time and how far it is from the real one."""
    return json_response({"clock": request.app[CONTEXT].clock.to_json()})


@routes.get("/_sandbox/requests")
async def list_requests(request: web.Request) -> web.Response:
    """Every API, media and storage request since the last reset, oldest first."""
    return json_response({"requests": list(request.app[CONTEXT].state.requests)})


@routes.delete("/_sandbox/requests")
async def clear_requests(request: web.Request) -> web.Response:
    """Forget the request log."""
    request.app[CONTEXT].state.requests.clear()
    return json_response({"ok": True})


@routes.get("/_sandbox/runs")
async def list_runs(request: web.Request) -> web.Response:
    """Every run started since the last reset, oldest first."""
    state = request.app[CONTEXT].state
    now = state.clock()
    runs = [
        {
            "run_id": run.run_id,
            "technique_id": run.technique.technique_id,
            "workspace_id": run.workspace_id,
            "idempotency_key": run.idempotency_key,
            "inputs": run.inputs,
            "route": run.route,
            "created_at": run.created_at,
            "status": run.phase(now).status,
        }
        for run in state.runs.values()
    ]
    return json_response({"runs": runs})


@routes.get("/_sandbox/workspaces")
async def list_balances(request: web.Request) -> web.Response:
    """Workspaces with their balance and what in-flight runs have reserved."""
    state = request.app[CONTEXT].state
    state.settle()
    items = [
        {
            **ws.to_json(),
            "balance": state.balances[ws.workspace_id],
            "available": state.available(ws.workspace_id),
            "project_id": ws.project_id,
        }
        for ws in state.workspaces
    ]
    return json_response({"workspaces": items})


@routes.get("/_sandbox/config")
async def show_config(request: web.Request) -> web.Response:
    """The current configuration, without the key."""
    return json_response({"config": _config_json(request)})
