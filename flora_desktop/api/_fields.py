"""The declarative model layer: each API field declared once, read by one generic ``from_dict``.

A model is a frozen dataclass whose fields are made by the functions below (``text``,
``number``, ``flag``, ``timestamp``, ``nested``, ``items``, ``strings``, ``mapping``,
``raw``). Each records how to read its value from a JSON object (CONTRACT §4, §10):

- under its own name, then its camelCase spelling, then any ``aliases`` (the model layer
  takes both casings, whether or not the client normalised the keys first);
- absent, ``null`` and (for lists) ``[]`` alike; a required field missing or of the wrong
  type raises ``APIResponseValidationError`` naming ``Model.field``; an optional one of the
  wrong type is ignored (logged at debug);
- every string cleaned for its use (``api/sanitise.py``): ``id`` and ``content`` keep
  their text but lose lone surrogates and control characters; ``line`` (names, labels) is
  one bounded line; ``text`` (descriptions, messages) bounded free text.

``APIModel.from_dict`` walks the fields in order; ``derive`` computes a value from the
raw value and the fields read before it (a fallback, a percentage, an enum alias).
"""

from __future__ import annotations

import dataclasses
import logging
import math
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, Literal, Self

from flora_desktop.api.errors import APIResponseValidationError
from flora_desktop.api.sanitise import clean_line, clean_string, clean_text, clean_tree

__all__ = [
    "APIModel",
    "field_specs",
    "flag",
    "items",
    "mapping",
    "nested",
    "number",
    "raw",
    "strings",
    "text",
    "timestamp",
]

logger = logging.getLogger("flora_desktop.api.models")

TextKind = Literal["id", "line", "text", "content"]
Derive = Callable[[Any, Mapping[str, Any]], Any]
_MISSING: Any = dataclasses.MISSING

_CLEANERS: Mapping[TextKind, Callable[[str], str]] = {
    "id": clean_string,
    "content": clean_string,
    "line": clean_line,
    "text": clean_text,
}


class _Invalid(Exception):
    """A value of the wrong type: ``expected`` says what it should have been."""

    def __init__(self, expected: str) -> None:
        super().__init__(expected)
        self.expected = expected


@dataclasses.dataclass(frozen=True)
class _Spec:
    """How one field is read: ``convert`` raises ``_Invalid`` for a value of the wrong type."""

    convert: Callable[[Any], Any]
    required: bool
    aliases: tuple[str, ...]
    derive: Derive | None
    empty: Any  # the value an absent optional field takes before ``derive``
    strict: bool = False  # a wrong type fails the answer even though the field is optional
    # What the field holds, for tests and tools that walk models: "line", "number",
    # "items"…, and the model of ``nested``/``items`` fields.
    shape: str = "raw"
    model: type[APIModel] | None = None


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _declare(
    convert: Callable[[Any], Any],
    *,
    required: bool,
    default: Any,
    aliases: tuple[str, ...],
    derive: Derive | None,
    empty: Any = _MISSING,
    kw_only: bool = False,
    strict: bool = False,
    shape: str = "raw",
    model: type[APIModel] | None = None,
) -> Any:
    if empty is _MISSING:
        empty = default if default is not _MISSING and not callable(default) else None
    spec = _Spec(convert, required, aliases, derive, empty, strict, shape, model)
    metadata = {"api": spec}
    extra: dict[str, Any] = {"kw_only": True} if kw_only else {}
    if required and default is _MISSING:
        return dataclasses.field(metadata=metadata, **extra)
    if callable(default) and not isinstance(default, str | int | float | bool):
        return dataclasses.field(default_factory=default, metadata=metadata, **extra)
    return dataclasses.field(default=None if default is _MISSING else default,
                             metadata=metadata, **extra)  # fmt: skip


# --- converters ------------------------------------------------------------------------------


def _string(kind: TextKind) -> Callable[[Any], str]:
    clean = _CLEANERS[kind]

    def convert(value: Any) -> str:
        if not isinstance(value, str):
            raise _Invalid("a string")
        return clean(value)

    return convert


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Invalid("a number")
    try:
        number = float(value)  # JSON integers have no size limit; a float's range does
    except OverflowError:
        raise _Invalid("a number in range") from None
    # Python's json reads NaN, Infinity and 1e400 (as inf): no price, length or progress is one.
    if not math.isfinite(number):
        raise _Invalid("a number in range")
    return number


def _timestamp(value: Any) -> float:
    """A number as sent, or an ISO-8601 string read as epoch milliseconds."""
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise _Invalid("a timestamp") from None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.timestamp() * 1000.0
    return _number(value)


def _flag(value: Any) -> bool:
    return value is True


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _Invalid("a list")
    return value


# --- field declarations -------------------------------------------------------------------------


def text(
    kind: TextKind = "id",
    *,
    required: bool = False,
    default: Any = _MISSING,
    aliases: tuple[str, ...] = (),
    derive: Derive | None = None,
    kw_only: bool = False,
) -> Any:
    """A string field, cleaned as ``kind`` says."""
    return _declare(_string(kind), required=required, default=default, aliases=aliases,
                    derive=derive, kw_only=kw_only, shape=kind)  # fmt: skip


def number(
    *,
    required: bool = False,
    default: Any = _MISSING,
    derive: Derive | None = None,
    absent: Any = _MISSING,
) -> Any:
    """A JSON number (not a bool) as a float.

    ``absent`` is what ``derive`` gets when there is no number (by default, the default).
    """
    return _declare(_number, required=required, default=default, aliases=(), derive=derive,
                    shape="number", empty=absent)  # fmt: skip


def timestamp() -> Any:
    """A time: epoch number as sent, or an ISO string as epoch ms; unreadable is ignored."""
    return _declare(_timestamp, required=False, default=None, aliases=(), derive=None,
                    shape="timestamp")  # fmt: skip


def flag(*, aliases: tuple[str, ...] = (), convert: Callable[[Any], bool] = _flag) -> Any:
    """``True`` only when the value is JSON ``true`` (or what ``convert`` accepts)."""
    return _declare(convert, required=False, default=False, aliases=aliases, derive=None,
                    empty=False, shape="flag")  # fmt: skip


def nested(model: type[APIModel], *, required: bool = False, kw_only: bool = False) -> Any:
    """One object parsed as ``model``; a broken one fails the whole answer."""
    return _declare(lambda value: model.from_dict(value), required=required, default=None,
                    aliases=(), derive=None, kw_only=kw_only, shape="nested",
                    model=model)  # fmt: skip


def items(model: type[APIModel]) -> Any:
    """A list of objects, each parsed as ``model``; absent is empty."""

    def convert(value: Any) -> tuple[Any, ...]:
        return tuple(model.from_dict(item) for item in _list(value))

    return _declare(convert, required=False, default=(), aliases=(), derive=None,
                    empty=(), strict=True, shape="items", model=model)  # fmt: skip


def strings() -> Any:
    """A list of strings (each one bounded line); other items are dropped."""

    def convert(value: Any) -> tuple[str, ...]:
        return tuple(clean_line(item) for item in _list(value) if isinstance(item, str))

    return _declare(convert, required=False, default=(), aliases=(), derive=None, empty=(),
                    strict=True, shape="strings")  # fmt: skip


def mapping() -> Any:
    """An object of string values kept in the server's order, read-only (``form_fields``)."""

    def convert(value: Any) -> Mapping[str, str]:
        if not isinstance(value, Mapping):
            raise _Invalid("an object")
        return MappingProxyType({clean_string(str(k)): clean_string(str(v))
                                 for k, v in value.items()})  # fmt: skip

    return _declare(convert, required=False, default=lambda: MappingProxyType({}), aliases=(),
                    derive=None, empty=MappingProxyType({}), strict=True,
                    shape="mapping")  # fmt: skip


def raw() -> Any:
    """Any JSON value (a parameter's default), every string in it cleaned."""
    return _declare(clean_tree, required=False, default=None, aliases=(), derive=None)


# --- reading ----------------------------------------------------------------------------------


def _fail(model: str, key: str, expected: str, value: object) -> APIResponseValidationError:
    problem = "is missing" if value is None else f"is {type(value).__name__}, not {expected}"
    return APIResponseValidationError(f"{model}.{key} {problem}", body=None)


def field_specs(cls: type[APIModel]) -> tuple[tuple[str, tuple[str, ...], _Spec], ...]:
    """Each field's name, the keys it is read from, and how (for tests and tools)."""
    return tuple((step[0], step[1], step[2]) for step in _plan(cls))


# One field's reading, unpacked for the hot loop: name, keys, spec, convert, required,
# strict, derive, empty.
_Step = tuple[str, tuple[str, ...], _Spec, Callable[[Any], Any], bool, bool, Derive | None, Any]


def _plan(cls: type[APIModel]) -> tuple[_Step, ...]:
    """How to read each field of ``cls``; computed once and kept on the class."""
    plan: tuple[_Step, ...] | None = cls.__dict__.get("_api_plan")
    if plan is not None:
        return plan
    steps: list[_Step] = []
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]  # every model is one
        spec = field.metadata.get("api")
        if isinstance(spec, _Spec):
            keys = tuple(dict.fromkeys((field.name, _camel(field.name), *spec.aliases)))
            steps.append((field.name, keys, spec, spec.convert, spec.required, spec.strict,
                          spec.derive, spec.empty))  # fmt: skip
    plan = tuple(steps)
    type.__setattr__(cls, "_api_plan", plan)
    return plan


class APIModel:
    """Base of the API's models: a generic, tolerant ``from_dict`` driven by field specs."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Parse one JSON object (keys in either casing); see the module docstring."""
        if not isinstance(data, Mapping):
            raise APIResponseValidationError(
                f"{cls.__name__} is {type(data).__name__}, not an object", body=data
            )
        values: dict[str, Any] = {}
        get = data.get
        for name, keys, _spec, convert, required, strict, derive, empty in _plan(cls):
            value = None
            for key in keys:
                value = get(key)
                if value is not None:
                    break
            if value is None or (value == [] and type(value) is list):
                if required and derive is None:
                    raise _fail(cls.__name__, name, "a value", None)
                result: Any = empty
            else:
                try:
                    result = convert(value)
                except _Invalid as invalid:
                    if required or strict:
                        raise _fail(cls.__name__, name, invalid.expected, value) from None
                    logger.debug("ignoring %s.%s of type %s", cls.__name__, name,
                                 type(value).__name__)  # fmt: skip
                    result = empty
            if derive is not None:
                result = derive(result, values)
                if result is None and required:
                    raise _fail(cls.__name__, name, "a string", value)
            values[name] = result
        return cls(**values)
