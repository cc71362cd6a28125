"""The inputs of a technique run as editable rows: validation, the inputs map, drafts, JSON.

Pure logic, no Qt. The editor keeps a list of ``InputRow``; this module turns it into the
``inputs`` map of ``POST /runs/technique`` (CONTRACT §5.4) and says, per row and in plain
words, what stops that.

Decisions a reader may look for:

- Values are sent exactly as typed: text is never trimmed. A value that is empty or only
  whitespace counts as *empty*: a required input then gets "Required", an optional one is
  left out of the map (the API rejects empty strings instead of treating them as absent).
- Custom keys (rows the schema does not list) are not trimmed either: spaces around a key
  are flagged on the row, because silently fixing them would send a key the user cannot see.
  A custom row with neither key nor value is ignored (a stray "Add input" never blocks Run);
  one with a key needs a value.
- JSON mode sends the parsed value. ``null``, ``[]`` and a blank string count as empty, and a
  parsed string or list of strings is checked like the same value typed in text/URL/list
  mode, so switching modes never changes what is valid.
- Media inputs take http(s) addresses only. What a browser would fix is fixed, and sent
  fixed (``complete_url``; the editor shows it when the field is left): ``www.…`` gets
  ``https://`` in front, spaces and line breaks around an address are dropped, and a space
  inside its path (``…/my photo.png``) becomes ``%20``, as a browser sends it. Not fixed,
  and said plainly: a space in the site name, a hidden character (a line break, a
  zero-width space) inside, an address with no ``https://`` that does not start ``www.``,
  another kind of link (``ftp:``, ``javascript:``). Words are "not a link or a file"; a
  local path says to choose or drop the file.
  Where the input ``accepts_element`` a value that looks like an element id (one token of
  letters, digits, ``_ - .`` with at least one digit, ``_`` or ``-``, so plain words are
  not ids; the id format is undocumented, CONTRACT §12) is accepted instead.
- ``allow_multiple`` inputs send a list of the non-blank items, each checked.
- Nothing JSON cannot carry is ever sent: ``inf``/``nan`` (``1e309`` parses to ``inf``) and
  lone UTF-16 surrogates (half an emoji, from a broken paste or ``"\ud800"`` in JSON) are
  a problem on their row, in every mode; so is a JSON object naming one key twice (``json``
  would silently keep the last one).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast
from urllib.parse import urlsplit

from flora_desktop.api.models import Technique, TechniqueIO
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP

__all__ = [
    "DRAFT_VERSION",
    "LARGE_VALUE_CHARS",
    "MEDIA_TYPES",
    "MODES",
    "BuildResult",
    "InputRow",
    "InputsJsonError",
    "Mode",
    "RowProblem",
    "build_inputs",
    "complete_url",
    "custom_row",
    "draft_from_rows",
    "field_key",
    "has_broken_character",
    "inputs_to_json",
    "is_blank_custom",
    "is_empty_value",
    "json_problem",
    "json_view_problems",
    "key_problem",
    "looks_like_element_id",
    "modes_for",
    "natural_mode",
    "row_from_value",
    "rows_for_technique",
    "rows_from_json",
    "rows_from_mapping",
    "switch_mode",
    "type_label",
    "url_problem",
    "value_problem",
]

Mode = Literal["text", "url", "list", "json"]
MODES: tuple[Mode, ...] = ("text", "url", "list", "json")
MEDIA_TYPES = frozenset({"imageUrl", "videoUrl", "audioUrl", "documentUrl"})
DRAFT_VERSION = 1
# Values longer than this are not put in a text widget (a long unwrapped line freezes Qt's
# text layout for seconds to minutes); the editor shows a summary instead.
LARGE_VALUE_CHARS = 50_000

_TYPE_LABELS: Mapping[str, str] = {
    "imageUrl": QT_TRANSLATE_NOOP("Inputs", "Image"),
    "videoUrl": QT_TRANSLATE_NOOP("Inputs", "Video"),
    "audioUrl": QT_TRANSLATE_NOOP("Inputs", "Audio"),
    "documentUrl": QT_TRANSLATE_NOOP("Inputs", "Document"),
    "text": QT_TRANSLATE_NOOP("Inputs", "Text"),
}
# One token with a digit, "_" or "-" somewhere: "el_123" is an id, "sunset" is a word.
_ELEMENT_ID = re.compile(r"(?=[^\s]*[0-9_\-])[A-Za-z0-9][A-Za-z0-9_.\-]{0,199}")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+\-]*:")
# What complete_url works on: a web address, or one that starts like a www. site name.
_WEB_START = re.compile(r"(?i)(?:https?://|www\.)")
# The site name of such an address: up to the first "/", "?" or "#".
_SITE = re.compile(r"(?i)(?:https?://)?([^/?#]*)")
_LOCAL_PATH = re.compile(r"(/|~|\\|[A-Za-z]:[\\/])")

MSG_REQUIRED = QT_TRANSLATE_NOOP("Inputs", "Required")
MSG_URL_SCHEME = QT_TRANSLATE_NOOP(
    "Inputs",
    "Add https:// at the start of this web address, like https://example.com/picture.png",
)
MSG_URL_NOT_WEB = QT_TRANSLATE_NOOP(
    "Inputs",
    "Only web addresses that start with https:// can be used here. "
    "Paste a web address or choose a file.",
)
MSG_NOT_LINK = QT_TRANSLATE_NOOP(
    "Inputs", "This is not a link or a file. Paste a web address (https://…) or choose a file."
)
MSG_LOCAL_PATH = QT_TRANSLATE_NOOP(
    "Inputs", "To use a file from this computer, choose it or drop it on this row."
)
MSG_BROKEN_CHARACTER = QT_TRANSLATE_NOOP(
    "Inputs",
    "This has a broken character (half of an emoji or symbol) that cannot be sent. "
    "Delete it and type it again.",
)
MSG_NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Inputs", "A number here is too large to send: use a smaller one."
)
MSG_KEY_BROKEN = QT_TRANSLATE_NOOP(
    "Inputs", "The name has a broken character (half of an emoji or symbol). Type it again."
)
MSG_URL_SPACES = QT_TRANSLATE_NOOP(
    "Inputs",
    "This web address has a space in the site name. Remove the space, or copy the address "
    "again from your browser.",
)
MSG_URL_HIDDEN = QT_TRANSLATE_NOOP(
    "Inputs",
    "This web address has a hidden character in it, such as a line break. Copy the address "
    "again from your browser's address bar.",
)
MSG_URL_HOST = QT_TRANSLATE_NOOP(
    "Inputs", "This web address is missing the site name, like https://example.com/…"
)
MSG_URL_INVALID = QT_TRANSLATE_NOOP(
    "Inputs",
    "This web address can't be read (a bracket or port number is wrong). Copy it again from "
    "your browser's address bar.",
)
MSG_KEY_EMPTY = QT_TRANSLATE_NOOP("Inputs", "Give this input a name")
MSG_KEY_SPACES = QT_TRANSLATE_NOOP("Inputs", "Remove the spaces before or after the name")
MSG_KEY_DUPLICATE = QT_TRANSLATE_NOOP("Inputs", "Another input already uses this name")
MSG_CUSTOM_EMPTY = QT_TRANSLATE_NOOP("Inputs", "Enter a value, or remove this input")


@dataclass(frozen=True)
class InputRow:
    """One key/value row. ``schema`` is None for a custom row (a key the schema does not list).

    ``value`` is a ``list[str]`` in list mode and a string otherwise (raw JSON text in JSON
    mode). Rows are replaced, never mutated: treat ``value`` lists as read-only.
    """

    key: str
    value: str | list[str]
    mode: Mode
    schema: TechniqueIO | None = None

    @property
    def is_custom(self) -> bool:
        return self.schema is None

    @property
    def is_required(self) -> bool:
        return self.schema is not None and not self.schema.optional


@dataclass(frozen=True)
class RowProblem:
    """What stops one row from being sent, in words for the person filling the form."""

    row_index: int
    key: str
    message: str


@dataclass(frozen=True)
class BuildResult:
    """The inputs map (usable when ``problems`` is empty) and every row's problems."""

    inputs: dict[str, Any]
    problems: tuple[RowProblem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


class InputsJsonError(ValueError):
    """Text given as the inputs map is not usable; ``message`` says where, in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# --- describing a schema input ---------------------------------------------------------------


def type_label(schema: TechniqueIO | None) -> str:
    """A short word for the input's type: "Image", "Text", … "Custom" or "Unknown type"."""
    if schema is None:
        return QT_TRANSLATE_NOOP("Inputs", "Custom")
    return _TYPE_LABELS.get(schema.type) or QT_TRANSLATE_NOOP("Inputs", "Unknown type")


def natural_mode(schema: TechniqueIO | None) -> Mode:
    """The mode a row starts in: a list, a web address, or free text (also unknown types)."""
    if schema is None:
        return "text"
    if schema.allow_multiple:
        return "list"
    if schema.type in MEDIA_TYPES:
        return "url"
    return "text"


def modes_for(schema: TechniqueIO | None) -> tuple[Mode, ...]:
    """The modes a row may be in: its natural mode and JSON."""
    return (natural_mode(schema), "json")


def _empty_value(mode: Mode) -> str | list[str]:
    return [] if mode == "list" else ""


def custom_row(key: str = "", value: str = "") -> InputRow:
    """A new custom row in text mode."""
    return InputRow(key=key, value=value, mode="text", schema=None)


# --- single checks, used as you type --------------------------------------------------------


def _has_space_or_control(text: str) -> bool:
    # isprintable() is False for every control, format, separator and unassigned character
    # except the ASCII space, and runs at C speed on a 10 MB value.
    return not text.isprintable() or " " in text


def has_broken_character(text: str) -> bool:
    """Whether ``text`` holds a lone UTF-16 surrogate, which no JSON body can carry."""
    if text.isascii():
        return False  # no surrogate is ASCII; ~30x faster than encoding a 10 MB value
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def complete_url(text: str) -> str:
    """The address ``text`` stands for, as a browser would read it; anything else as typed.

    ``" www.example.com/my photo.png"`` → ``https://www.example.com/my%20photo.png``: spaces
    around it dropped, ``https://`` added to ``www.``, spaces inside the path, query or
    fragment written ``%20``. An address with a space in its site name or a hidden character
    anywhere is returned as typed, for ``url_problem`` to explain.
    """
    candidate = text.strip()
    if _WEB_START.match(candidate) is None:
        return text
    if candidate[:4].lower() == "www.":
        candidate = "https://" + candidate
    site_start = candidate.index("://") + 3
    site_end = next(
        (i for i, c in enumerate(candidate[site_start:], site_start) if c in "/?#"),
        len(candidate),
    )
    site, rest = candidate[site_start:site_end], candidate[site_end:]
    rest = rest.replace(" ", "%20")
    if _has_space_or_control(site) or _has_space_or_control(rest):
        return text
    return candidate[:site_end] + rest


def _unfixable(text: str) -> str:
    """Why an address ``complete_url`` could not fix cannot be used: spaces or hidden ones."""
    site = _SITE.match(text.strip())
    if site is not None and " " in site.group(1) and site.group(1).replace(" ", "").isprintable():
        return MSG_URL_SPACES
    return MSG_URL_HIDDEN


def url_problem(text: str) -> str | None:
    """Why ``text`` is not an http(s) web address, or None. Empty text is not a problem here.

    Checks only the shape; whether the address exists is for the server to say. What
    ``complete_url`` fixes counts as fixed.
    """
    if text == "":
        return None
    if has_broken_character(text):
        return MSG_BROKEN_CHARACTER
    text = complete_url(text)
    if _LOCAL_PATH.match(text) is not None:
        return MSG_LOCAL_PATH
    stripped = text.strip()
    if "://" not in stripped and _SCHEME.match(stripped) is None:
        # No scheme at all: words, a bare site name, or a www. address with a space in it.
        if stripped[:4].lower() == "www." and len(stripped) > 4:
            return _unfixable(stripped)
        first = stripped.split("/", 1)[0]
        if "/" in stripped and "." in first and not _has_space_or_control(first):
            return MSG_URL_SCHEME  # "example.com/my photo.png": an address without https://
        if stripped == "" or any(c.isspace() for c in text) or "." not in text:
            return MSG_NOT_LINK
        if _has_space_or_control(text):
            return MSG_URL_HIDDEN
        return MSG_URL_SCHEME
    if text.lower().startswith("file:"):
        return MSG_LOCAL_PATH
    scheme = stripped.split(":", 1)[0].lower()
    if scheme not in ("http", "https"):
        return MSG_URL_NOT_WEB
    if _has_space_or_control(text):
        return _unfixable(text)
    try:
        parts = urlsplit(text)
        _ = parts.port  # raises ValueError for a port that is not a number in range
    except ValueError:
        return MSG_URL_INVALID
    if not parts.hostname:
        return MSG_URL_HOST
    return None


def looks_like_element_id(text: str) -> bool:
    """A guess at a FLORA element id: one token of letters, digits, ``_``, ``-`` and ``.``."""
    return _ELEMENT_ID.fullmatch(text) is not None


def is_empty_value(value: str | list[str]) -> bool:
    """Whether a typed value counts as empty: blank text, or a list of blank items."""
    if isinstance(value, str):
        return value.strip() == ""
    return all(item.strip() == "" for item in value)


def is_blank_custom(row: InputRow) -> bool:
    """A custom row with no key and no value: ignored rather than flagged."""
    return row.is_custom and row.key.strip() == "" and is_empty_value(row.value)


def key_problem(row: InputRow, key_counts: Mapping[str, int]) -> str | None:
    """Why the row's key cannot be sent (empty, spaced, or shared with another row), or None."""
    if is_blank_custom(row):
        return None
    # Schema rows carry their input's id, but a schema may itself be broken (an empty id).
    if row.key.strip() == "":
        return MSG_KEY_EMPTY
    if has_broken_character(row.key):
        return MSG_KEY_BROKEN
    if row.is_custom and row.key != row.key.strip():
        return MSG_KEY_SPACES
    if key_counts.get(row.key, 0) > 1:
        return MSG_KEY_DUPLICATE
    return None


def _reject_constant(name: str) -> Any:
    if name in ("Infinity", "-Infinity"):
        raise InputsJsonError(MSG_NUMBER_TOO_LARGE)
    raise InputsJsonError(
        QT_TRANSLATE_NOOP("Inputs", "This isn't valid JSON: {name} is not allowed in JSON").fill(
            name=name
        )
    )


def _reject_huge(text: str) -> float:
    number = float(text)
    if math.isinf(number):  # "1e309": Python reads it as inf, which JSON cannot carry
        raise InputsJsonError(MSG_NUMBER_TOO_LARGE)
    return number


def _unsendable(value: Any) -> str | None:
    """Why a parsed JSON value cannot be sent (a lone surrogate anywhere), or None."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if has_broken_character(item):
                return MSG_BROKEN_CHARACTER
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def _parse_json(
    text: str, object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None
) -> Any:
    """``json.loads`` of a value that can be sent as it is, or ``InputsJsonError`` in plain
    words: no NaN/Infinity/overflowing numbers, no lone surrogates, no key named twice in one
    object (``json`` would silently keep the last)."""
    try:
        parsed = json.loads(
            text,
            parse_constant=_reject_constant,
            parse_float=_reject_huge,
            object_pairs_hook=object_pairs_hook or _no_duplicate_pairs,
        )
    except InputsJsonError:
        raise  # the hooks' own words
    except json.JSONDecodeError as exc:
        raise InputsJsonError(
            QT_TRANSLATE_NOOP(
                "Inputs", "This isn't valid JSON: {problem} (line {line}, column {column})"
            ).fill(problem=exc.msg.lower(), line=exc.lineno, column=exc.colno)
        ) from None
    except RecursionError:
        raise InputsJsonError(
            QT_TRANSLATE_NOOP("Inputs", "This JSON is nested too deeply to read")
        ) from None
    except ValueError as exc:  # any other rejection from the decoder
        raise InputsJsonError(
            QT_TRANSLATE_NOOP("Inputs", "This isn't valid JSON: {problem}").fill(
                problem=_printable(str(exc))
            )
        ) from None
    problem = _unsendable(parsed)
    if problem is not None:
        raise InputsJsonError(problem)
    return parsed


def _printable(text: str) -> str:
    """``text`` with lone surrogates replaced, fit for a message on screen."""
    return text.encode("utf-8", "replace").decode("utf-8")


def json_problem(text: str) -> str | None:
    """Why ``text`` is not valid JSON (with line and column), or None. Blank text is fine."""
    if text.strip() == "":
        return None
    try:
        _parse_json(text)
    except InputsJsonError as exc:
        return exc.message
    return None


def _item_problem(schema: TechniqueIO | None, text: str) -> str | None:
    """Check one string value against a media input's rules."""
    if schema is None or schema.type not in MEDIA_TYPES:
        return None
    problem = url_problem(text)
    if problem is not None and schema.accepts_element and looks_like_element_id(text):
        return None
    return problem


def _list_problem(schema: TechniqueIO | None, items: Sequence[str]) -> str | None:
    numbered = [i for i in items if i.strip() != ""]
    for number, item in enumerate(numbered, start=1):
        problem = _item_problem(schema, item)
        if problem is not None:
            if len(numbered) == 1:
                return problem
            return QT_TRANSLATE_NOOP("Inputs", "Item {number}: {problem}").fill(
                number=number, problem=problem
            )
    return None


def _resolve(row: InputRow) -> tuple[Any, str | None]:
    """The value to send (``None`` when empty) and the problem with it, if any."""
    value, problem = _resolve_typed(row)
    if problem is None and value is not None:
        if isinstance(value, str):
            value = _completed(row.schema, value)
        elif isinstance(value, list) and all(isinstance(i, str) for i in value):
            value = [_completed(row.schema, i) for i in value]
    return value, problem


def _completed(schema: TechniqueIO | None, text: str) -> str:
    if schema is None or schema.type not in MEDIA_TYPES:
        return text
    if schema.accepts_element and looks_like_element_id(text):
        return text
    return complete_url(text)


def _resolve_typed(row: InputRow) -> tuple[Any, str | None]:
    if row.mode == "json":
        text = row.value if isinstance(row.value, str) else ""
        if text.strip() == "":
            return None, None
        try:
            parsed = _parse_json(text)
        except InputsJsonError as exc:
            return None, exc.message
        if parsed is None or parsed == [] or (isinstance(parsed, str) and parsed.strip() == ""):
            return None, None
        if isinstance(parsed, str):
            if row.schema is not None and row.schema.allow_multiple:
                # A list input always sends a list, however the value was typed.
                return [parsed], _item_problem(row.schema, parsed)
            return parsed, _item_problem(row.schema, parsed)
        if isinstance(parsed, list) and all(isinstance(i, str) for i in parsed):
            items = [i for i in parsed if i.strip() != ""]
            if not items:
                return None, None
            if row.schema is not None and row.schema.allow_multiple:
                return items, _list_problem(row.schema, items)
        return parsed, None
    if isinstance(row.value, list):
        items = [i for i in row.value if isinstance(i, str) and i.strip() != ""]
        if not items:
            return None, None
        if any(has_broken_character(i) for i in items):
            return None, MSG_BROKEN_CHARACTER
        return items, _list_problem(row.schema, items)
    if row.value.strip() == "":
        return None, None
    if has_broken_character(row.value):
        return None, MSG_BROKEN_CHARACTER
    return row.value, _item_problem(row.schema, row.value)


def value_problem(row: InputRow) -> str | None:
    """What is wrong with the row's value as typed (not counting emptiness), or None."""
    return _resolve(row)[1]


# --- the inputs map -------------------------------------------------------------------------


def build_inputs(rows: Sequence[InputRow]) -> BuildResult:
    """The ``inputs`` map for the rows, and every problem, in row order. Never raises."""
    counts = Counter(row.key for row in rows if not is_blank_custom(row))
    inputs: dict[str, Any] = {}
    problems: list[RowProblem] = []
    for index, row in enumerate(rows):
        if is_blank_custom(row):
            continue
        row_problems: list[str] = []
        key_issue = key_problem(row, counts)
        if key_issue is not None:
            row_problems.append(key_issue)
        value, value_issue = _resolve(row)
        if value_issue is not None:
            row_problems.append(value_issue)
        elif value is None:
            if row.is_custom:
                row_problems.append(MSG_CUSTOM_EMPTY)
            elif row.is_required:
                row_problems.append(MSG_REQUIRED)
        problems.extend(RowProblem(index, row.key, message) for message in row_problems)
        if not row_problems and value is not None:
            inputs[row.key] = value
    return BuildResult(inputs=inputs, problems=tuple(problems))


# --- building rows ----------------------------------------------------------------------------


def _compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _escaped_json(value: Any) -> str:
    """JSON text for ``value`` in which a lone surrogate is written as its ``\\uXXXX``
    escape: the same value, in text a field can show and a draft can store."""
    text = json.dumps(value, ensure_ascii=False)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def row_from_value(key: str, value: Any, schema: TechniqueIO | None) -> InputRow:
    """A row holding a JSON value: in its natural mode when the value fits it, else JSON.

    A value holding a lone surrogate (from pasted JSON such as ``"\\ud800"``) goes in JSON
    mode, escaped, where the row's check says what is wrong; a key holding one gets U+FFFD
    in its place. No row ever holds text a Qt field would silently change.
    """
    key = _LONE_SURROGATE.sub("\ufffd", key)
    if _unsendable(value) is not None:
        return InputRow(key, _escaped_json(value), "json", schema)
    mode = natural_mode(schema)
    if value is None:
        return InputRow(key, _empty_value(mode), mode, schema)
    if mode == "list":
        if isinstance(value, list) and all(isinstance(i, str) for i in value):
            return InputRow(key, list(value), mode, schema)
        if isinstance(value, str):
            return InputRow(key, [value] if value else [], mode, schema)
    elif isinstance(value, str):
        return InputRow(key, value, mode, schema)
    return InputRow(key, _compact_json(value), "json", schema)


def switch_mode(row: InputRow, mode: Mode) -> InputRow:
    """The row in another mode, carrying its value over without losing any of it.

    Into JSON: the value as JSON text. Out of JSON: a parsed string (or a list of strings for
    a list row) becomes the plain value; anything else is kept as its text. A list of several
    items asked to become one plain value goes to JSON mode instead, keeping every item.
    """
    if mode == row.mode:
        return row
    if mode == "json":
        blank = row.value == "" or row.value == []
        text = "" if blank else _compact_json(row.value)
        return InputRow(row.key, text, "json", row.schema)
    if row.mode == "json":
        text = row.value if isinstance(row.value, str) else _compact_json(row.value)
        if text.strip() == "":
            return InputRow(row.key, _empty_value(mode), mode, row.schema)
        try:
            parsed: Any = _parse_json(text)
        except InputsJsonError:
            parsed = text
        if mode == "list":
            if isinstance(parsed, list) and all(isinstance(i, str) for i in parsed):
                return InputRow(row.key, list(parsed), mode, row.schema)
            return InputRow(
                row.key, [parsed if isinstance(parsed, str) else text], mode, row.schema
            )
        return InputRow(row.key, parsed if isinstance(parsed, str) else text, mode, row.schema)
    if isinstance(row.value, list):
        if mode == "list":
            return InputRow(row.key, list(row.value), mode, row.schema)
        items = [i for i in row.value if i.strip() != ""]
        if len(items) > 1:
            return switch_mode(row, "json")
        return InputRow(row.key, items[0] if items else "", mode, row.schema)
    if mode == "list":
        return InputRow(row.key, [row.value] if row.value != "" else [], mode, row.schema)
    return InputRow(row.key, row.value, mode, row.schema)


def _row_from_draft_entry(entry: object, schema: TechniqueIO | None) -> InputRow | None:
    """A row from one saved draft entry, or None when the entry is not readable.

    When the schema changed since the draft was saved, the value moves to the row's current
    natural mode (or JSON) rather than being dropped.
    """
    if not isinstance(entry, Mapping):
        return None
    key, value, mode = entry.get("key"), entry.get("value"), entry.get("mode")
    if not isinstance(key, str) or mode not in MODES:
        return None
    saved: InputRow
    if isinstance(value, list) and all(isinstance(i, str) for i in value):
        saved = InputRow(key, list(value), "list", schema)
    elif isinstance(value, str):
        saved = InputRow(key, value, "text" if mode == "list" else cast(Mode, mode), schema)
    else:
        return None
    if saved.mode in modes_for(schema):
        return saved
    return switch_mode(saved, natural_mode(schema))


def rows_for_technique(
    technique: Technique, draft: Mapping[str, Any] | None = None
) -> list[InputRow]:
    """One row per schema input, in schema order, then the draft's custom rows.

    A draft fills the rows when it is version 1 and (if it names one) for this technique.
    A saved value whose key the schema no longer lists comes back as a custom row, so nothing
    typed is dropped; unreadable entries are skipped.
    """
    schemas = {io.id: io for io in technique.inputs}
    filled: dict[str, InputRow] = {}
    extra: list[InputRow] = []
    if _draft_matches(draft, technique):
        assert draft is not None  # narrowed by _draft_matches
        for entry in draft.get("rows", []):
            key = entry.get("key") if isinstance(entry, Mapping) else None
            custom = not isinstance(entry, Mapping) or entry.get("custom", False) is True
            schema = None if custom or not isinstance(key, str) else schemas.get(key)
            if schema is not None and schema.id not in filled:
                row = _row_from_draft_entry(entry, schema)
                if row is not None:
                    filled[row.key] = row
                continue
            # Custom, a second row for a schema key, or a key the schema dropped: custom.
            row = _row_from_draft_entry(entry, None)
            if row is not None:
                extra.append(row)
    rows = [
        filled.get(io.id) or InputRow(io.id, _empty_value(natural_mode(io)), natural_mode(io), io)
        for io in technique.inputs
    ]
    return rows + extra


def _draft_matches(draft: Mapping[str, Any] | None, technique: Technique) -> bool:
    if not isinstance(draft, Mapping) or draft.get("version") != DRAFT_VERSION:
        return False
    if not isinstance(draft.get("rows"), list):
        return False
    saved_for = draft.get("technique_id")
    return saved_for is None or saved_for == technique.technique_id


def draft_from_rows(rows: Iterable[InputRow], technique_id: str | None = None) -> dict[str, Any]:
    """A JSON-serialisable draft: ``{"version": 1, "technique_id": …, "rows": [...]}``."""
    draft: dict[str, Any] = {
        "version": DRAFT_VERSION,
        "rows": [
            {
                "key": row.key,
                "value": list(row.value) if isinstance(row.value, list) else row.value,
                "mode": row.mode,
                "custom": row.is_custom,
            }
            for row in rows
        ],
    }
    if technique_id is not None:
        draft["technique_id"] = technique_id
    return draft


# --- the "Edit as JSON" view -------------------------------------------------------------------


def _row_json_value(row: InputRow) -> Any:
    """The row's value as it appears in the JSON view: the typed value, blank as ``""``."""
    if row.mode != "json":
        return list(row.value) if isinstance(row.value, list) else row.value
    text = row.value if isinstance(row.value, str) else ""
    if text.strip() == "":
        return ""
    try:
        return _parse_json(text)
    except InputsJsonError:
        return text  # carried as its text so nothing is lost; json_view_problems flags it


def json_view_problems(rows: Sequence[InputRow]) -> tuple[RowProblem, ...]:
    """What stops the rows from being shown as one JSON map: bad keys or JSON, huge values."""
    counts = Counter(row.key for row in rows if not is_blank_custom(row))
    problems: list[RowProblem] = []
    for index, row in enumerate(rows):
        if is_blank_custom(row):
            continue
        issue = key_problem(row, counts)
        if issue is None and row.mode == "json" and isinstance(row.value, str):
            issue = json_problem(row.value)
        if issue is None and _value_has_broken_character(row.value):
            issue = MSG_BROKEN_CHARACTER
        if issue is None and _value_size(row.value) > LARGE_VALUE_CHARS:
            issue = QT_TRANSLATE_NOOP("Inputs", "This value is too large to show as JSON")
        if issue is not None:
            problems.append(RowProblem(index, row.key, issue))
    return tuple(problems)


def _value_has_broken_character(value: str | list[str]) -> bool:
    items = [value] if isinstance(value, str) else value
    return any(has_broken_character(item) for item in items)


def _value_size(value: str | list[str]) -> int:
    return len(value) if isinstance(value, str) else max((len(i) for i in value), default=0)


def inputs_to_json(rows: Sequence[InputRow]) -> str:
    """The rows as one JSON object (key → value), indented, every schema key included.

    Empty values appear as ``""`` so the person sees every key the technique has; they are
    still left out of the request. Blank custom rows are skipped.
    """
    mapping = {row.key: _row_json_value(row) for row in rows if not is_blank_custom(row)}
    return json.dumps(mapping, ensure_ascii=False, indent=2)


def _no_duplicate_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise InputsJsonError(
                QT_TRANSLATE_NOOP("Inputs", "The name “{key}” appears more than once").fill(
                    key=_printable(key)
                )
            )
        seen[key] = value
    return seen


def rows_from_json(text: str, technique: Technique) -> list[InputRow]:
    """Rows from the JSON view's text: schema rows in schema order, other keys as custom rows.

    Raises ``InputsJsonError`` (saying where) when the text is not a JSON object.
    """
    if text.strip() == "":
        mapping: dict[str, Any] = {}
    else:
        parsed = _parse_json(text, _no_duplicate_pairs)
        if not isinstance(parsed, dict):
            # No arguments, so the braces are shown as they are (never formatted).
            raise InputsJsonError(
                QT_TRANSLATE_NOOP(
                    "Inputs", 'The inputs must be one JSON object in braces: {"name": "value", …}'
                )
            )
        mapping = parsed
    return rows_from_mapping(mapping, technique)


def rows_from_mapping(mapping: Mapping[str, Any], technique: Technique) -> list[InputRow]:
    """Rows from an inputs map (a preset, pasted inputs): schema rows in schema order, other
    keys as custom rows. Never raises: a value that cannot be sent (``inf``, a lone
    surrogate) lands on its row, where the row's check says what is wrong with it."""
    schemas = {io.id: io for io in technique.inputs}
    rows = [row_from_value(io.id, mapping.get(io.id), io) for io in technique.inputs]
    for key, value in mapping.items():
        if key not in schemas:
            rows.append(row_from_value(key, value, None))
    return rows


# --- server field errors -------------------------------------------------------------------

_FIELD_SEPARATORS = re.compile(r"[.\[]")


def _field_candidates(field: str) -> list[str]:
    """Ways the server may name an input: ``key``, ``inputs.key``, ``inputs[key]``, paths."""
    names = [field]
    inner: str | None = None
    if field.startswith("inputs."):
        inner = field[len("inputs.") :]
    elif field.startswith("inputs["):
        close = field.find("]")
        if close > len("inputs["):
            inner = field[len("inputs[") : close].strip("\"'") + field[close + 1 :]
    if inner:
        names.append(inner)
    # A path inside a value ("refs[0]", "refs.0.url") points at the input it starts with.
    for name in list(names):
        cuts = [m.start() for m in _FIELD_SEPARATORS.finditer(name)]
        names.extend(name[:cut] for cut in reversed(cuts) if cut > 0)
    return names


def field_key(field: str, keys: Iterable[str]) -> str | None:
    """The row key a server field error names (``key``, ``inputs.key``, ``inputs[key]``).

    None when it names no row (e.g. ``technique_id``), so the caller shows it elsewhere.
    """
    known = set(keys)
    for name in _field_candidates(field):
        if name in known:
            return name
    return None


def several_values(technique: Technique, inputs: Mapping[str, Any]) -> tuple[str, int] | None:
    """The first input that takes many and holds more than one value: (its label, count).

    FLORA starts one run per value of such an input (CONTRACT §4.1), so one press of Run
    must not send several: they go through a batch, which shows what they cost.
    """
    for schema in technique.inputs:
        value = inputs.get(schema.id)
        if schema.allow_multiple and isinstance(value, list) and len(value) > 1:
            return (schema.name or schema.id), len(value)
    return None
