"""``json.loads`` for large bodies in steps, so a worker thread decoding one lets others run.

CPython's C decoder holds the GIL for a whole document: 15 MB is 100–250 ms during which the
UI thread cannot run even though the decoding happens on another thread. Here the top-level
object's members, and the items of the lists they hold (``{"workspaces": [...]}``,
``{"data": [...], "meta": {...}}``), are each decoded by the same C decoder on its own, and
the interpreter may switch threads between them. The result is what ``json.loads`` gives.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["loads_in_steps"]

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match is not None else pos


def _expect(text: str, pos: int, char: str) -> int:
    if text[pos : pos + 1] != char:
        raise json.JSONDecodeError(f"Expecting {char!r}", text, pos)
    return _skip(text, pos + 1)


def _array(text: str, pos: int) -> tuple[list[Any], int]:
    """The list starting at ``text[pos] == "["``, one item at a time."""
    items: list[Any] = []
    pos = _expect(text, pos, "[")
    if text[pos : pos + 1] == "]":
        return items, pos + 1
    while True:
        item, pos = _DECODER.raw_decode(text, pos)
        items.append(item)
        pos = _skip(text, pos)
        if text[pos : pos + 1] == "]":
            return items, pos + 1
        pos = _expect(text, pos, ",")


def _member_value(text: str, pos: int) -> tuple[Any, int]:
    if text[pos : pos + 1] == "[":
        return _array(text, pos)
    value, end = _DECODER.raw_decode(text, pos)
    return value, end


def _object(text: str, pos: int) -> tuple[dict[str, Any], int]:
    result: dict[str, Any] = {}
    pos = _expect(text, pos, "{")
    if text[pos : pos + 1] == "}":
        return result, pos + 1
    while True:
        if text[pos : pos + 1] != '"':
            raise json.JSONDecodeError("Expecting property name", text, pos)
        key, pos = _DECODER.raw_decode(text, pos)
        pos = _expect(text, _skip(text, pos), ":")
        result[key], pos = _member_value(text, pos)
        pos = _skip(text, pos)
        if text[pos : pos + 1] == "}":
            return result, pos + 1
        pos = _expect(text, pos, ",")


def loads_in_steps(content: bytes) -> Any:
    """The JSON document in ``content``, decoded as ``json.loads`` would (same errors)."""
    text = content.decode(json.detect_encoding(content), "surrogatepass")
    pos = _skip(text, 0)
    head = text[pos : pos + 1]
    value: Any
    if head == "{":
        value, pos = _object(text, pos)
    elif head == "[":
        value, pos = _array(text, pos)
    else:
        value, pos = _DECODER.raw_decode(text, pos)
    if _skip(text, pos) != len(text):
        raise json.JSONDecodeError("Extra data", text, pos)
    return value
