"""Checks for run-start bodies (CONTRACT §5.4, §5.5, §11.4): one problem per ``fields`` entry."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from flora_desktop.sandbox.errors import FieldProblem
from flora_desktop.sandbox.techniques import Technique, TechniqueIO

ELEMENT_ID = re.compile(r"^(el|elem|element|node|asset)_[A-Za-z0-9_-]{1,64}$")
MAX_TEXT = 20_000
MAX_MULTIPLE = 20
NESTED_TYPES = {
    "text": "text",
    "TEXT": "text",
    "imageUrl": "imageUrl",
    "image_url": "imageUrl",
    "IMAGE_URL": "imageUrl",
    "videoUrl": "videoUrl",
    "video_url": "videoUrl",
    "VIDEO_URL": "videoUrl",
    # Beyond the SDK's enum, but techniques declare these types (CONTRACT §12 Q7).
    "audioUrl": "audioUrl",
    "audio_url": "audioUrl",
    "documentUrl": "documentUrl",
    "document_url": "documentUrl",
}


def is_http_url(value: str) -> bool:
    """An absolute ``http``/``https`` URL with a host."""
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def is_private_host(host: str) -> bool:
    """Loopback, private, link-local or internal names a callback must not target."""
    lowered = host.lower().rstrip(".")
    if lowered in ("localhost", "metadata.google.internal") or lowered.endswith(
        (".local", ".internal", ".localhost")
    ):
        return True
    try:
        address = ipaddress.ip_address(lowered.strip("[]"))
    except ValueError:
        return False
    return address.is_private or address.is_loopback or address.is_link_local


def check_id(value: object, field: str, prefix: str) -> list[FieldProblem]:
    """A required id string with the right prefix."""
    if value is None:
        return [FieldProblem(field, "Required")]
    if not isinstance(value, str):
        return [FieldProblem(field, "Expected a string.")]
    if not value.startswith(prefix) or len(value) <= len(prefix):
        return [FieldProblem(field, f"Must start with {prefix}")]
    return []


def _check_single(spec: TechniqueIO, value: object, field: str) -> list[FieldProblem]:
    if not isinstance(value, str):
        return [FieldProblem(field, "Expected a string.")]
    if not value.strip():
        return [FieldProblem(field, "Must not be empty; leave optional inputs out instead.")]
    if spec.type == "text":
        if len(value) > MAX_TEXT:
            return [FieldProblem(field, f"At most {MAX_TEXT} characters.")]
        return []
    if is_http_url(value):
        return []
    if spec.accepts_element and ELEMENT_ID.match(value):
        return []
    expected = "an http(s) URL or an element id" if spec.accepts_element else "an http(s) URL"
    return [FieldProblem(field, f"Expected {expected}.")]


def check_value(spec: TechniqueIO, value: object, field: str) -> list[FieldProblem]:
    """Problems with one input value against its declared type."""
    if isinstance(value, list):
        if not spec.allow_multiple:
            return [FieldProblem(field, "Takes a single value, not a list.")]
        if not value:
            return [FieldProblem(field, "Must not be an empty list.")]
        if len(value) > MAX_MULTIPLE:
            return [FieldProblem(field, f"At most {MAX_MULTIPLE} values.")]
        problems: list[FieldProblem] = []
        for index, item in enumerate(value):
            problems += _check_single(spec, item, f"{field}[{index}]")
        return problems
    return _check_single(spec, value, field)


def check_inputs_map(technique: Technique, inputs: dict[str, object]) -> list[FieldProblem]:
    """Problems with a top-level ``inputs`` map: unknown keys, missing inputs, bad values."""
    problems: list[FieldProblem] = []
    for key, value in inputs.items():
        spec = technique.input_by_id(key)
        if spec is None:
            problems.append(FieldProblem(f"inputs.{key}", "Unknown input for this technique."))
        else:
            problems += check_value(spec, value, f"inputs.{key}")
    for spec in technique.inputs:
        if not spec.optional and spec.id not in inputs:
            problems.append(FieldProblem(f"inputs.{spec.id}", "Required"))
    return problems


def nested_inputs(
    technique: Technique, entries: list[object]
) -> tuple[dict[str, object], list[FieldProblem]]:
    """The nested route's ``[{id, type, value}]`` as a map, with every problem found."""
    problems: list[FieldProblem] = []
    values: dict[str, object] = {}
    for index, entry in enumerate(entries):
        where = f"inputs[{index}]"
        if not isinstance(entry, dict):
            problems.append(FieldProblem(where, "Expected an object with id, type and value."))
            continue
        input_id = entry.get("id")
        if not isinstance(input_id, str) or not input_id:
            problems.append(FieldProblem(f"{where}.id", "Required"))
            continue
        spec = technique.input_by_id(input_id)
        if spec is None:
            problems.append(FieldProblem(f"{where}.id", "Unknown input for this technique."))
            continue
        raw_type = entry.get("type")
        kind = NESTED_TYPES.get(raw_type) if isinstance(raw_type, str) else None
        if kind is None:
            problems.append(FieldProblem(f"{where}.type", "Unknown input type."))
            continue
        if kind != spec.type:
            problems.append(FieldProblem(f"{where}.type", f"Expected {spec.type}."))
            continue
        value = entry.get("value")
        if value is None:
            problems.append(FieldProblem(f"{where}.value", "Required"))
            continue
        if isinstance(value, list):
            problems.append(FieldProblem(f"{where}.value", "Expected a string."))
            continue
        if input_id in values:
            if not spec.allow_multiple:
                problems.append(FieldProblem(f"{where}.id", "Input given more than once."))
                continue
            previous = values[input_id]
            values[input_id] = [*(previous if isinstance(previous, list) else [previous]), value]
        else:
            values[input_id] = [value] if spec.allow_multiple else value
    for input_id, value in values.items():
        spec = technique.input_by_id(input_id)
        assert spec is not None
        problems += check_value(spec, value, f"inputs.{input_id}")
    for spec in technique.inputs:
        if not spec.optional and spec.id not in values:
            problems.append(FieldProblem(f"inputs.{spec.id}", "Required"))
    return values, problems


def check_callback(value: object) -> list[FieldProblem]:
    """``callback_url``: HTTPS and not a private or internal host (CONTRACT §5.5)."""
    if value is None:
        return []
    if not isinstance(value, str) or not value:
        return [FieldProblem("callback_url", "Expected an HTTPS URL.")]
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname:
        return [FieldProblem("callback_url", "Must be an HTTPS URL.")]
    if is_private_host(parts.hostname):
        return [FieldProblem("callback_url", "Must not point at a private or internal host.")]
    return []
