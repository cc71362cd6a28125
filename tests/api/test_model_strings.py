"""Every string field of every model × lone surrogates, control characters and huge text.

Payloads are generated from the models' own field declarations (``field_specs``), so a
field added tomorrow is covered without touching this test. Each payload goes through the
client's decoding (``_parse_success``, as bytes FLORA could send) or straight to
``from_dict`` in camelCase or snake_case; what comes out is safe for SQLite, Qt and logs.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flora_desktop.api import models
from flora_desktop.api._client import _parse_success
from flora_desktop.api._fields import APIModel, field_specs
from flora_desktop.api.errors import APIResponseValidationError
from flora_desktop.api.sanitise import LINE_LIMIT, TEXT_LIMIT

MODELS: tuple[type[APIModel], ...] = tuple(
    value
    for value in vars(models).values()
    if isinstance(value, type) and issubclass(value, APIModel) and value is not APIModel
)

HOSTILE = [
    "\ud83d",
    "\udfff\ud800",
    "\x00",
    "\x07\x1b[2J",
    "\x7f\x85\x9f",
    "\r\n",
    "\u202e",
    "\u2028",
    "\t",
    "\ufeff",
]
hostile_text = st.builds(
    lambda a, h, b, size: "a" + a + h + b + ("z" * size),
    st.text(max_size=4),
    st.sampled_from(HOSTILE),
    st.text(max_size=4),
    st.sampled_from([0, 0, 0, 400, 20_000]),
)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


@st.composite
def payloads(draw: st.DrawFn, model: type[APIModel], depth: int = 0) -> dict[str, Any]:
    """A JSON object for ``model`` with every field present, every string hostile."""
    data: dict[str, Any] = {}
    for name, _keys, spec in field_specs(model):
        shape = spec.shape
        if shape in ("id", "line", "text", "content"):
            value: Any = draw(hostile_text)
        elif shape == "number":
            value = draw(st.floats(0, 1e6) | st.integers(0, 10**6))
        elif shape == "timestamp":
            value = draw(st.integers(0, 2 * 10**12))
        elif shape == "flag":
            value = draw(st.booleans())
        elif shape == "nested" and spec.model is not None:
            value = draw(payloads(spec.model, depth + 1))
        elif shape == "items" and spec.model is not None:
            value = draw(st.lists(payloads(spec.model, depth + 1), max_size=2 if depth < 1 else 0))
        elif shape == "strings":
            value = draw(st.lists(hostile_text, max_size=3))
        elif shape == "mapping":
            value = draw(st.dictionaries(hostile_text, hostile_text, max_size=3))
        else:
            value = draw(hostile_text | st.integers())
        data[_camel(name) if draw(st.booleans()) else name] = value
    return data


def _assert_safe(instance: APIModel) -> int:
    """Check every string of ``instance`` (recursively); the number of strings checked."""
    checked = 0
    specs = {name: spec for name, _keys, spec in field_specs(type(instance))}
    for field in dataclasses.fields(instance):  # type: ignore[arg-type]
        value = getattr(instance, field.name)
        spec = specs.get(field.name)
        values = value if isinstance(value, tuple) else [value]
        if isinstance(value, Mapping):
            values = [*value.keys(), *value.values()]
        for item in values:
            if isinstance(item, APIModel):
                checked += _assert_safe(item)
            elif isinstance(item, str):
                checked += 1
                item.encode("utf-8")  # no lone surrogate
                controls = [c for c in item if (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F)]
                assert set(controls) <= {"\n", "\t"}, (field.name, item[:40])
                shape = spec.shape if spec is not None else "id"
                if shape in ("line", "strings"):
                    assert "\n" not in item
                    assert "\t" not in item
                    assert "\u202e" not in item
                    assert len(item) <= LINE_LIMIT
                if shape == "text":
                    assert len(item) <= TEXT_LIMIT
    return checked


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_string_field_of_every_model_comes_out_safe(data: st.DataObject) -> None:
    model = data.draw(st.sampled_from(MODELS))
    payload = data.draw(payloads(model))
    # As FLORA would send it: JSON text where a lone surrogate is an escape.
    body = json.dumps(payload).encode()
    decoded = _parse_success(httpx.Response(200, content=body), body, None)
    for source in (decoded, payload):  # after the client's decoding, and raw
        try:
            instance = model.from_dict(source)
        except APIResponseValidationError:
            continue  # a hostile required id may clean to nothing: refused, not a crash
        assert _assert_safe(instance) > 0


def test_the_class_covers_every_model() -> None:
    names = {model.__name__ for model in MODELS}
    assert names >= {
        "Workspace", "TechniqueIO", "Technique", "TechniqueRef", "ActionRef", "ModelRef",
        "RunStart", "RunOutput", "RunStatus", "TechniqueRun", "ModelParam", "Model",
        "ActionIO", "Action", "UploadTarget", "Asset",
    }  # fmt: skip


def test_a_text_output_keeps_its_lines_and_tabs() -> None:
    output = models.RunOutput.from_dict(
        {"outputId": "o1", "type": "text", "url": "line 1\r\nline\t2\x00 \ud83d"}
    )
    assert output.url == "line 1\nline\t2 \ufffd"


def test_names_are_one_bounded_line() -> None:
    workspace = models.Workspace.from_dict(
        {"workspaceId": "ws_1", "name": "Evil\n\u202e Studio" + "x" * 5000}
    )
    assert workspace.name.startswith("Evil  Studioxx")  # break and mark: one space
    assert len(workspace.name) == LINE_LIMIT
    assert workspace.name.endswith("…")
