"""Property-based tests: every response model and the body parser against arbitrary JSON, and
the inputs-map builder against arbitrary rows. Never an exception the app does not expect."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import math
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flora_desktop.api import models
from flora_desktop.api._client import _parse_success
from flora_desktop.api.casing import normalize_keys
from flora_desktop.api.errors import APIResponseValidationError
from flora_desktop.api.models import Technique, TechniqueIO
from flora_desktop.services import inputs as svc
from tests.reliability.conftest import Observe

EXAMPLES = 100
PROPERTY_SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

MODELS: tuple[type[Any], ...] = (
    models.Workspace,
    models.TechniqueIO,
    models.Technique,
    models.TechniqueRef,
    models.RunStart,
    models.RunOutput,
    models.RunStatus,
    models.TechniqueRun,
    models.ModelParam,
    models.Model,
    models.ActionIO,
    models.Action,
    models.UploadTarget,
    models.Asset,
)
# Every field name any model reads, plus the aliases they accept, so generated objects
# actually reach the parsing of each field instead of failing on the first missing key.
FIELD_NAMES = sorted(
    {f.name for model in MODELS for f in dataclasses.fields(model)}
    | {"id", "runId", "file_name", "multiple", "dynamic", "upload", "form_fields"}
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**300, max_value=10**400)  # beyond a float's range
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(["", "2024-05-01T10:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31"])
)


def json_values(keys: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=6)
        ),
        max_leaves=25,
    )


field_keys = st.sampled_from(FIELD_NAMES) | st.text(max_size=12)
objects = st.dictionaries(field_keys, json_values(field_keys), max_size=14)


def test_every_model_parses_or_says_why(caplog: pytest.LogCaptureFixture, observe: Observe) -> None:
    # Each ignored field logs at debug; formatting thousands of records is the slow part.
    caplog.set_level(logging.INFO, logger="flora_desktop.api.models")
    failures: list[str] = []

    @settings(PROPERTY_SETTINGS, max_examples=EXAMPLES * 2)
    @given(model=st.sampled_from(MODELS), data=objects | json_values(field_keys))
    def parse(model: type[Any], data: Any) -> None:
        try:
            model.from_dict(normalize_keys(data))
        except APIResponseValidationError as error:
            failures.append(error.message)

    parse()
    assert all(message and "Traceback" not in message for message in failures)
    observe(
        "property",
        f"from_dict of every response model ({len(MODELS)}) on {EXAMPLES * 2} arbitrary JSON "
        "values (wrong types, missing keys, integers beyond a float, NaN, odd dates)",
        "an unreadable answer becomes “FLORA sent an unexpected answer”, never a crash",
        "only APIResponseValidationError is ever raised",
    )


@PROPERTY_SETTINGS
@given(
    body=st.binary(max_size=200)
    | json_values(field_keys).map(lambda v: json.dumps(v, allow_nan=True).encode())
    | st.integers(min_value=1, max_value=3_000).map(lambda n: b"[" * n + b"]" * n)
    | st.integers(min_value=1, max_value=3_000).map(lambda n: b'{"a":' * n + b"1" + b"}" * n)
)
def test_any_response_body_is_json_or_a_validation_error(body: bytes) -> None:
    response = httpx.Response(200, content=body)
    with contextlib.suppress(APIResponseValidationError):
        _parse_success(response, body, None)


def test_deeply_nested_body_is_a_validation_error(observe: Observe) -> None:
    depth = 100_000
    body = b"[" * depth + b"]" * depth
    with pytest.raises(APIResponseValidationError):
        _parse_success(httpx.Response(200, content=body), body, None)
    observe(
        "property",
        "A 200 answer nested 100,000 levels deep, and arbitrary bytes as a body",
        "“FLORA sent an unexpected answer” (not a crash dialog)",
        "the parser raises APIResponseValidationError, not RecursionError",
    )


# --- the inputs map ------------------------------------------------------------------------------

WEIRD_TEXT = st.text(
    alphabet=st.characters(codec="utf-8")
    | st.sampled_from(["\u202e", "\u200f", "\x00", "\x07", "\n", " ", "🎨", "م", "ح", "{", '"'])
)
schemas = st.builds(
    TechniqueIO,
    id=st.text(min_size=1, max_size=10),
    name=st.text(max_size=10),
    type=st.sampled_from(["text", "imageUrl", "videoUrl", "audioUrl", "documentUrl", "hologram"]),
    optional=st.booleans(),
    accepts_element=st.booleans(),
    allow_multiple=st.booleans(),
)


@st.composite
def rows(draw: st.DrawFn) -> svc.InputRow:
    schema = draw(st.none() | schemas)
    mode = draw(st.sampled_from(svc.MODES))
    value: str | list[str] = (
        draw(st.lists(WEIRD_TEXT, max_size=4)) if mode == "list" else draw(WEIRD_TEXT)
    )
    key = schema.id if schema is not None and draw(st.booleans()) else draw(WEIRD_TEXT)
    return svc.InputRow(key=key, value=value, mode=mode, schema=schema)


@PROPERTY_SETTINGS
@given(st.lists(rows(), max_size=8))
def test_build_inputs_never_raises_and_sends_only_clean_rows(
    input_rows: list[svc.InputRow],
) -> None:
    result = svc.build_inputs(input_rows)
    flagged = {problem.row_index for problem in result.problems}
    keys = [row.key for row in input_rows]
    for key, value in result.inputs.items():
        assert key in keys
        assert value is not None
    for index, row in enumerate(input_rows):
        if index in flagged or row.key not in result.inputs:
            continue
        if row.mode == "text" and isinstance(row.value, str):
            # Sent exactly as typed: never trimmed, never re-encoded.
            assert result.inputs[row.key] == row.value
    # The map is what goes on the wire: it must serialise as strict JSON.
    for value in result.inputs.values():
        if isinstance(value, float):
            assert math.isfinite(value)
    json.dumps(result.inputs, allow_nan=False)


@PROPERTY_SETTINGS
@given(st.lists(schemas, max_size=5, unique_by=lambda s: s.id), st.lists(rows(), max_size=6))
def test_drafts_round_trip_every_value(
    inputs: list[TechniqueIO], input_rows: list[svc.InputRow]
) -> None:
    technique = Technique(technique_id="tech_x", name="X", run_cost=0.1, inputs=tuple(inputs))
    draft = json.loads(json.dumps(svc.draft_from_rows(input_rows, "tech_x")))
    restored = svc.rows_for_technique(technique, draft)
    shown: list[Any] = []
    for row in restored:
        shown.append(_meaningful(row.value))
        if isinstance(row.value, str):
            with contextlib.suppress(ValueError):
                shown.append(_meaningful(json.loads(row.value)))
    for row in input_rows:
        typed = _meaningful(row.value)
        if typed in ("", []):
            continue
        # Nothing typed is dropped: it comes back as typed, as one list item, or as JSON.
        single = typed[0] if isinstance(typed, list) and len(typed) == 1 else None
        assert typed in shown or [typed] in shown or (single is not None and single in shown)


def _meaningful(value: Any) -> Any:
    """A value without the blank list items the editor drops on purpose."""
    if isinstance(value, list):
        return [i for i in value if not isinstance(i, str) or i.strip()]
    return value


def test_inputs_builder_summary(observe: Observe) -> None:
    observe(
        "property",
        f"build_inputs on {EXAMPLES} arbitrary row lists (emoji, RTL marks, NUL and BEL, "
        "empty and duplicate keys, JSON and list modes, unknown input types); drafts saved "
        "and restored from the same rows",
        "problems are shown on their rows; nothing is thrown",
        "never raises; only problem-free rows are sent, text exactly as typed; the map is "
        "strict JSON; every typed value survives a draft round trip",
    )
