"""Making text from the network safe to store, show and send back (CONTRACT §10, issue 10).

JSON may carry what no Python layer above expects: a lone UTF-16 surrogate (a JavaScript
server cutting an emoji in half: ``"caption \\ud83d"``) cannot be encoded to UTF-8, so SQLite,
Qt, a log file or the next request would raise; control characters garble a label or a log
line. Every string of every answer passes ``clean_tree`` once, at decoding; the models then
shape each field for its use (``line`` for names, ``text`` for descriptions) and bound it.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "LINE_LIMIT",
    "TEXT_LIMIT",
    "clean_line",
    "clean_string",
    "clean_text",
    "clean_tree",
    "may_need_cleaning",
]

REPLACEMENT = "\ufffd"
# What a one-line field (a name, a label, a status) keeps; more is cut with an ellipsis.
LINE_LIMIT = 300
# What a free-text field (a description, an error message) keeps.
TEXT_LIMIT = 10_000

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls and DEL, except tab and line feed (free text keeps those).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Line breaks, tabs and the bidi embedding/override/isolate marks: a one-line label is shown
# left to right as sent, never reordered ("\u202egnp.exe") or broken over lines.
_NOT_IN_A_LINE = re.compile("[\t\n\u2028\u2029\u202a-\u202e\u2066-\u2069]+")

# JSON text that can decode to a string needing cleaning: an escaped surrogate or control
# character, a short escape for \b \f \r, a raw C1 control or an encoded surrogate (Python's
# json reads bytes with "surrogatepass"). Raw C0 controls are invalid in JSON strings.
_SUSPECT = re.compile(
    rb"\\u[dD][89a-fA-F]|\\u00[01]|\\u007[fF]|\\u00[89]|\\[bfr]|\xc2[\x80-\x9f]|\xed[\xa0-\xbf]"
)


# Each of those starts with one of these bytes; a one-byte ``in`` is a memchr (~2 ms/15 MB).
_TRIGGERS = (b"\\", b"\xc2", b"\xed")
# A regex over a whole 15 MB body holds the GIL for ~40 ms: search it in slices instead.
_SLICE = 256 * 1024


def may_need_cleaning(content: bytes) -> bool:
    """Whether a JSON body can hold a string ``clean_string`` would change (cheap, on bytes)."""
    if not any(trigger in content for trigger in _TRIGGERS):
        return False
    for start in range(0, len(content), _SLICE):
        # Slices overlap by more than the longest pattern (6 bytes), so none is cut in two.
        if _SUSPECT.search(content, start, start + _SLICE + 8) is not None:
            return True
    return False


def clean_string(text: str) -> str:
    """Lone surrogates become U+FFFD; CR LF and lone CR become LF; other controls go."""
    if text.isprintable():  # fast path (C): no surrogate, control or format character
        return text
    text = _LONE_SURROGATE.sub(REPLACEMENT, text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def clean_tree(value: Any) -> Any:
    """``value`` with ``clean_string`` applied to every string in it, keys included."""
    if isinstance(value, str):
        return clean_string(value)
    if isinstance(value, list):
        return [clean_tree(item) for item in value]
    if isinstance(value, dict):
        return {clean_tree(key): clean_tree(item) for key, item in value.items()}
    return value


def _bounded(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clean_line(text: str, limit: int = LINE_LIMIT) -> str:
    """One line for a name or label: cleaned, breaks and bidi marks as spaces, bounded."""
    if text.isprintable():
        return _bounded(text.strip(), limit)
    text = _NOT_IN_A_LINE.sub(" ", clean_string(text)).strip()
    return _bounded(text, limit)


def clean_text(text: str, limit: int = TEXT_LIMIT) -> str:
    """Free text (a description, an error message): cleaned, line breaks kept, bounded."""
    return _bounded(clean_string(text).strip(), limit)
