"""JSON in and out of handlers: reading bodies, writing answers, paging lists."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import TypeVar

from aiohttp import web

from flora_desktop.sandbox.errors import ApiError, FieldProblem, validation_error

T = TypeVar("T")

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


def json_response(data: object, status: int = 200) -> web.Response:
    """A JSON answer."""
    return web.Response(status=status, text=json.dumps(data), content_type="application/json")


async def read_json(request: web.Request) -> object:
    """The request body as JSON; anything unparseable is ``400 invalid_json``."""
    raw = await request.read()
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError("invalid_json", "Request body is not valid JSON.") from exc


async def read_object(request: web.Request) -> dict[str, object]:
    """The request body as a JSON object."""
    body = await read_json(request)
    if not isinstance(body, dict):
        raise validation_error([FieldProblem("body", "Expected a JSON object.")])
    return body


def encode_cursor(offset: int) -> str:
    """An opaque cursor: base64 of ``{"offset":N}`` like the docs' example (CONTRACT §2.1)."""
    raw = json.dumps({"offset": offset}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The offset inside a cursor, or a 400 for one the sandbox did not issue."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        offset = data["offset"]
        if isinstance(offset, int) and not isinstance(offset, bool) and offset >= 0:
            return offset
    except (ValueError, KeyError, TypeError, binascii.Error):
        pass
    raise validation_error([FieldProblem("cursor", "Invalid cursor.")])


def page_params(request: web.Request) -> tuple[int, int]:
    """``(offset, limit)`` from ``cursor`` and ``limit`` (1–100, default 20)."""
    problems = []
    limit = DEFAULT_LIMIT
    raw_limit = request.query.get("limit")
    if raw_limit is not None:
        try:
            limit = int(raw_limit)
        except ValueError:
            limit = 0
        if not 1 <= limit <= MAX_LIMIT:
            problems.append(FieldProblem("limit", f"Expected an integer from 1 to {MAX_LIMIT}."))
    offset = 0
    cursor = request.query.get("cursor")
    if cursor:
        try:
            offset = decode_cursor(cursor)
        except ApiError as error:
            problems.extend(error.fields)
    if problems:
        raise validation_error(problems)
    return offset, limit


def paginate(items: Sequence[T], offset: int, limit: int) -> tuple[Sequence[T], dict[str, object]]:
    """One page of ``items`` and its ``meta`` (``next_cursor`` null on the last page)."""
    page = items[offset : offset + limit]
    end = offset + len(page)
    next_cursor = encode_cursor(end) if end < len(items) and page else None
    return page, {"next_cursor": next_cursor, "total_estimate": len(items), "limit": limit}
