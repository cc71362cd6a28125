"""Request plumbing: request ids and the request log, injected faults, errors and auth."""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Literal

from aiohttp import web

from flora_desktop.sandbox import faults as fault_modes
from flora_desktop.sandbox.context import CONTEXT
from flora_desktop.sandbox.errors import ApiError, code_for_status, error_response, message_for_code
from flora_desktop.sandbox.state import new_id

logger = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
AuthState = Literal["missing", "valid", "invalid"]

API_PREFIX = "/api/v1"
CONTROL_PREFIX = "/_sandbox"
REQUEST_ID = web.RequestKey("request_id", str)


def auth_state(request: web.Request, api_key: str) -> AuthState:
    """Whether the request carries the sandbox's key; the key itself is never kept."""
    header = request.headers.get("Authorization")
    if header is None:
        return "missing"
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return "invalid"
    matches = hmac.compare_digest(token.strip().encode(), api_key.encode())
    return "valid" if matches else "invalid"


async def add_request_id(request: web.Request, response: web.StreamResponse) -> None:
    """``on_response_prepare``: every answer carries ``request-id`` (CONTRACT §1)."""
    request_id = request.get(REQUEST_ID)
    if request_id is not None:
        response.headers["request-id"] = request_id


@web.middleware
async def log_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Outermost: give the request an id and record it (without secrets) once answered."""
    request[REQUEST_ID] = new_id("req")
    if request.path.startswith(CONTROL_PREFIX):
        return await handler(request)
    ctx = request.app[CONTEXT]
    key = ctx.config.api_key

    def scrub(text: str | None) -> str | None:
        # A client that leaks the key into a query or header still must not see it logged.
        return text.replace(key, "***") if text and key else text

    entry: dict[str, object] = {
        "method": request.method,
        "path": scrub(request.path),
        "query": {scrub(k): scrub(v) for k, v in request.query.items()},
        "status": None,
        "idempotency_key": scrub(request.headers.get("Idempotency-Key")),
        "auth": auth_state(request, key),
        "request_id": request[REQUEST_ID],
        "user_agent": scrub(request.headers.get("User-Agent")),
    }
    # Appended before the handler runs so a dropped or cancelled request is still listed.
    ctx.state.requests.append(entry)
    response = await handler(request)
    transport = request.transport
    if transport is not None and not transport.is_closing():
        entry["status"] = response.status
    return response


@web.middleware
async def fault_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Answer with an injected fault when one matches the method and path."""
    if request.path.startswith(CONTROL_PREFIX):
        return await handler(request)
    fault = request.app[CONTEXT].faults.take(request.method, request.path)
    if fault is None:
        return await handler(request)
    if fault.when == "after" or fault.mode == "drip":
        real = await handler(request)
        if fault.mode == "drip" and isinstance(real, web.Response):
            return await fault_modes.drip(request, fault, real)
        if fault.delay_ms:
            await asyncio.sleep(fault.delay_ms / 1000)
        if fault.mode == "malformed" and isinstance(real, web.Response):
            return fault_modes.truncated(real, fault)
        return _before_answer(request, fault) or await _huge_or_real(request, fault, real)
    if fault.delay_ms:
        await asyncio.sleep(fault.delay_ms / 1000)
    if fault.mode == "slow":
        response = await handler(request)
        response.headers.update(fault.response_headers())
        return response
    if fault.mode == "huge":
        return await fault_modes.huge(request, fault)
    answer = _before_answer(request, fault)
    assert answer is not None  # every other mode answers without the handler
    return answer


def _before_answer(request: web.Request, fault: fault_modes.Fault) -> web.Response | None:
    if fault.mode == "drop":
        return fault_modes.drop(request)
    if fault.mode in ("error", "html", "malformed", "body"):
        return fault_modes.error_answer(fault)
    return None


async def _huge_or_real(
    request: web.Request, fault: fault_modes.Fault, real: web.StreamResponse
) -> web.StreamResponse:
    if fault.mode == "huge":
        return await fault_modes.huge(request, fault)
    real.headers.update(fault.response_headers())
    return real


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every error leaves as the contract's envelope (CONTRACT §8.1)."""
    try:
        return await handler(request)
    except ApiError as error:
        return error_response(error)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code = code_for_status(exc.status)
        if exc.status == 413:
            code = "payload_too_large"
        message = message_for_code(code) if exc.status != 413 else "Request body is too large."
        return error_response(ApiError(code, message, status=exc.status))
    except asyncio.CancelledError:
        raise
    except ConnectionError:
        # The client hung up before its body was read (it timed out): nobody to answer.
        logger.info("client went away during %s %s", request.method, request.path)
        return web.Response(status=499)
    except Exception:
        logger.exception("sandbox handler failed for %s %s", request.method, request.path)
        return error_response(ApiError("internal_error"))


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """``/api/v1`` needs the sandbox's key: missing -> unauthorized, wrong -> configurable."""
    if request.path.startswith(API_PREFIX):
        ctx = request.app[CONTEXT]
        state = auth_state(request, ctx.config.api_key)
        if state == "missing":
            raise ApiError("unauthorized", "Missing API key.")
        if state == "invalid":
            raise ApiError(ctx.config.bad_key_code, "Invalid API key.", status=401)
    return await handler(request)
