"""Builds the sandbox's aiohttp application: middlewares, routes and the shared context."""

from __future__ import annotations

from aiohttp import web

from flora_desktop.sandbox import (
    routes_assets,
    routes_catalog,
    routes_control,
    routes_media,
    routes_runs,
)
from flora_desktop.sandbox.assets import STORAGE_LIMIT
from flora_desktop.sandbox.context import CONTEXT, SandboxContext
from flora_desktop.sandbox.middleware import (
    add_request_id,
    auth_middleware,
    error_middleware,
    fault_middleware,
    log_middleware,
)


def build_app(context: SandboxContext) -> web.Application:
    """The application serving ``context``; middlewares run outermost first."""
    app = web.Application(
        middlewares=[log_middleware, fault_middleware, error_middleware, auth_middleware],
        client_max_size=STORAGE_LIMIT,
    )
    app[CONTEXT] = context
    app.on_response_prepare.append(add_request_id)
    app.add_routes(routes_control.routes)
    app.add_routes(routes_catalog.routes)
    app.add_routes(routes_runs.routes)
    app.add_routes(routes_assets.routes)
    app.add_routes(routes_media.routes)
    return app
