"""A JSON column of the history is read whatever a damaged row holds: never an exception."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flora_desktop.services.json_columns import json_list, json_object

JSON = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@pytest.mark.parametrize(
    ("text", "as_object", "as_list"),
    [
        ('{"prompt": "a fox"}', {"prompt": "a fox"}, []),
        ('["a.png", "b.png"]', {}, ["a.png", "b.png"]),
        ("", {}, []),
        ("{truncated", {}, []),
        ("null", {}, []),
        ('"text"', {}, []),
        ("12", {}, []),
        ('"\\ud800"', {}, []),  # a lone surrogate is JSON too
    ],
)
def test_table(text: str, as_object: dict[str, Any], as_list: list[Any]) -> None:
    assert json_object(text) == as_object
    assert json_list(text) == as_list


@given(JSON)
def test_a_value_written_as_json_reads_back_when_it_has_the_shape(value: Any) -> None:
    text = json.dumps(value)
    assert json_object(text) == (value if isinstance(value, dict) else {})
    assert json_list(text) == (value if isinstance(value, list) else [])


@given(st.text())
def test_any_text_reads_as_an_object_and_a_list(text: str) -> None:
    assert isinstance(json_object(text), dict)
    assert isinstance(json_list(text), list)
