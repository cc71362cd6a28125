"""Injected faults: what ``POST /_sandbox/faults`` accepts and how a matching request fails."""

from __future__ import annotations

import asyncio
import json
from dataclasses import asdict, dataclass, field
from typing import Literal, cast

from aiohttp import web

from flora_desktop.sandbox.errors import (
    FieldProblem,
    code_for_status,
    envelope,
    message_for_code,
    validation_error,
)

Mode = Literal["error", "drop", "html", "malformed", "slow", "huge", "drip", "body"]
MODES: tuple[str, ...] = ("error", "drop", "html", "malformed", "slow", "huge", "drip", "body")
DEFAULT_STATUS: dict[str, int] = {
    "error": 500,
    "html": 502,
    "malformed": 200,
    "huge": 200,
    "body": 200,
}
HUGE_BYTES = 50 * 1024 * 1024
DRIP_CHUNK = 8

_UNSET: object = object()


@dataclass
class Fault:
    """One injected fault; ``count`` None never runs out."""

    fault_id: int
    path: str
    method: str | None = None
    mode: Mode = "error"
    status: int = 500
    code: str = ""
    message: str = ""
    count: int | None = 1
    retry_after: str | None = None
    retry_after_ms: str | None = None
    delay_ms: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    when: Literal["before", "after"] = "before"
    # ``body`` mode: this text answered verbatim (UTF-8, lone surrogates passed through).
    body: str = ""
    content_type: str = "application/json"

    def matches(self, method: str, path: str) -> bool:
        """Whether a request with ``method`` and ``path`` (no query) hits this fault."""
        if self.count is not None and self.count <= 0:
            return False
        return self.path == path and (self.method is None or self.method == method)

    def response_headers(self) -> dict[str, str]:
        """Retry hints plus any extra headers the fault names."""
        headers = dict(self.headers)
        if self.retry_after is not None:
            headers["retry-after"] = self.retry_after
        if self.retry_after_ms is not None:
            headers["retry-after-ms"] = self.retry_after_ms
        return headers

    def to_json(self) -> dict[str, object]:
        """The fault as the control endpoint shows it."""
        return asdict(self)


def _number_text(value: object, name: str, problems: list[FieldProblem]) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        problems.append(FieldProblem(name, "Expected a number or a string."))
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_fault(body: object, fault_id: int) -> Fault:
    """A ``Fault`` from the control endpoint's JSON, or a 400 naming what is wrong."""
    if not isinstance(body, dict):
        raise validation_error([FieldProblem("body", "Expected a JSON object.")])
    problems: list[FieldProblem] = []
    path = body.get("path")
    if not isinstance(path, str) or not path.startswith("/"):
        problems.append(FieldProblem("path", "Expected a path such as /api/v1/workspaces."))
    method = body.get("method")
    if method is not None and not isinstance(method, str):
        problems.append(FieldProblem("method", "Expected an HTTP method."))
    mode = body.get("mode", "error")
    if mode not in MODES:
        problems.append(FieldProblem("mode", f"Expected one of {', '.join(MODES)}."))
    status = body.get("status")
    if status is not None and (not isinstance(status, int) or not 100 <= status <= 599):
        problems.append(FieldProblem("status", "Expected an HTTP status code."))
    count = body.get("count", 1)
    if count is not None and (not isinstance(count, int) or count < 1):
        problems.append(FieldProblem("count", "Expected a positive integer or null."))
    delay = body.get("delay_ms", 0)
    if not isinstance(delay, int | float) or delay < 0:
        problems.append(FieldProblem("delay_ms", "Expected a number of milliseconds."))
        delay = 0
    headers = body.get("headers", {})
    if not isinstance(headers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
    ):
        problems.append(FieldProblem("headers", "Expected an object of string values."))
        headers = {}
    when = body.get("when", "before")
    if when not in ("before", "after"):
        problems.append(FieldProblem("when", "Expected before or after."))
    for name in ("code", "message", "body", "content_type"):
        if body.get(name) is not None and not isinstance(body.get(name), str):
            problems.append(FieldProblem(name, "Expected a string."))
    retry_after_raw = body.get("retry_after", _UNSET)
    retry_after = _number_text(
        None if retry_after_raw is _UNSET else retry_after_raw, "retry_after", problems
    )
    retry_after_ms = _number_text(body.get("retry_after_ms"), "retry_after_ms", problems)
    if problems:
        raise validation_error(problems)
    mode_value = cast(Mode, mode)
    status_value = status if isinstance(status, int) else DEFAULT_STATUS.get(mode_value, 200)
    if retry_after_raw is _UNSET and status_value == 429:
        retry_after = "1"  # CONTRACT §11.2: a 429 carries retry-after
    code = body.get("code") or code_for_status(status_value)
    return Fault(
        fault_id=fault_id,
        path=cast(str, path),
        method=method.upper() if isinstance(method, str) else None,
        mode=mode_value,
        status=status_value,
        code=code,
        message=body.get("message") or message_for_code(code),
        count=count,
        retry_after=retry_after,
        retry_after_ms=retry_after_ms,
        delay_ms=int(delay),
        headers=dict(headers),
        when=cast(Literal["before", "after"], when),
        body=body.get("body") or "",
        content_type=body.get("content_type") or "application/json",
    )


class FaultBook:
    """The faults currently armed, in the order they were added."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._next_id = 1

    def add(self, body: object) -> Fault:
        """Arm a fault from its JSON description."""
        fault = parse_fault(body, self._next_id)
        self._next_id += 1
        self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Disarm every fault."""
        self._faults.clear()

    def list(self) -> list[Fault]:
        """Faults that still have answers left."""
        return [f for f in self._faults if f.count is None or f.count > 0]

    def take(self, method: str, path: str) -> Fault | None:
        """The first fault matching the request, with one answer spent."""
        for fault in self._faults:
            if fault.matches(method, path):
                if fault.count is not None:
                    fault.count -= 1
                return fault
        return None


def _error_body(fault: Fault) -> bytes:
    return json.dumps(envelope(fault.code, fault.message)).encode()


def html_page(status: int) -> str:
    """What a proxy in front of the API answers with."""
    return (
        f"<html>\r\n<head><title>{status} Bad Gateway</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    )


def drop(request: web.Request) -> web.Response:
    """Close the connection; the returned response is never written."""
    if request.transport is not None:
        request.transport.close()
    return web.Response(status=499)


async def _stream(
    request: web.Request, status: int, headers: dict[str, str], chunks: list[bytes], pause: float
) -> web.StreamResponse:
    response = web.StreamResponse(status=status, headers=headers)
    response.content_type = "application/json"
    await response.prepare(request)
    for chunk in chunks:
        await response.write(chunk)
        if pause:
            await asyncio.sleep(pause)
    await response.write_eof()
    return response


async def huge(request: web.Request, fault: Fault) -> web.StreamResponse:
    """A valid JSON body of about 50 MB, streamed so the sandbox never holds it whole."""
    block = b" " * (1024 * 1024)
    chunks = [b'{"padding": "'] + [b"x" * len(block)] * (HUGE_BYTES // len(block)) + [b'"}']
    return await _stream(request, fault.status, fault.response_headers(), chunks, 0.0)


async def drip(request: web.Request, fault: Fault, real: web.Response) -> web.StreamResponse:
    """``real``'s body a few bytes at a time, spread over ``delay_ms``."""
    body = real.body if isinstance(real.body, bytes) else b""
    chunks = [body[i : i + DRIP_CHUNK] for i in range(0, len(body), DRIP_CHUNK)] or [b""]
    pause = fault.delay_ms / 1000 / len(chunks)
    headers = {**fault.response_headers()}
    return await _stream(request, real.status, headers, chunks, pause)


def error_answer(fault: Fault) -> web.Response:
    """The answer of an ``error``, ``html``, ``body`` or before-the-handler ``malformed`` fault."""
    headers = fault.response_headers()
    if fault.mode == "body":
        return web.Response(
            status=fault.status,
            body=fault.body.encode("utf-8", errors="surrogatepass"),
            headers={**headers, "Content-Type": fault.content_type},
        )
    if fault.mode == "html":
        return web.Response(
            status=fault.status,
            text=html_page(fault.status),
            content_type="text/html",
            headers=headers,
        )
    if fault.mode == "malformed":
        body = _error_body(fault) if fault.status >= 400 else b'{"workspaces": [{"workspace_id"'
        return web.Response(
            status=fault.status,
            body=body[: max(1, len(body) // 2)],
            content_type="application/json",
            headers=headers,
        )
    return web.Response(
        status=fault.status,
        body=_error_body(fault),
        content_type="application/json",
        headers=headers,
    )


def truncated(real: web.Response, fault: Fault) -> web.Response:
    """``real`` with its JSON body cut in half (``malformed`` after the handler)."""
    body = real.body if isinstance(real.body, bytes) else b""
    return web.Response(
        status=real.status,
        body=body[: max(1, len(body) // 2)],
        content_type="application/json",
        headers=fault.response_headers(),
    )
