"""Tests for the inputs rows logic: validation, the inputs map, drafts and the JSON view."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flora_desktop.api.models import Technique, TechniqueIO
from flora_desktop.services import inputs as svc
from flora_desktop.services.inputs import InputRow, InputsJsonError

PROMPT = TechniqueIO("prompt", "Prompt", "text", description="What to make")
IMAGE = TechniqueIO("image", "Photo", "imageUrl", specified_aspect_ratio="16:9")
STYLE = TechniqueIO("style", "Style", "text", optional=True)
REFS = TechniqueIO("refs", "References", "imageUrl", optional=True, allow_multiple=True)
ELEMENT = TechniqueIO("subject", "Subject", "imageUrl", optional=True, accepts_element=True)
ODD = TechniqueIO("mesh", "Mesh", "meshUrl", optional=True)
TECH = Technique(
    "tech_demo", "Demo", 0.12, inputs=(PROMPT, IMAGE, STYLE, REFS, ELEMENT, ODD), outputs=()
)


def rows(**values: Any) -> list[InputRow]:
    """The technique's rows with some values set in their natural modes."""
    result = []
    for row in svc.rows_for_technique(TECH):
        if row.key in values:
            row = InputRow(row.key, values[row.key], row.mode, row.schema)
        result.append(row)
    return result


def messages(result: svc.BuildResult) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for problem in result.problems:
        out.setdefault(problem.key, []).append(problem.message)
    return out


# --- url_problem ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("https://example.com/a.png", None),
        ("http://example.com", None),
        ("HTTPS://EXAMPLE.COM/x?y=1#z", None),
        ("https://[::1]:8080/x", None),
        ("javascript:alert(1)", svc.MSG_URL_NOT_WEB),
        (" javascript:alert(1)", svc.MSG_URL_NOT_WEB),
        ("file:///etc/passwd", svc.MSG_LOCAL_PATH),
        ("data:image/png;base64,AAAA", svc.MSG_URL_NOT_WEB),
        ("ftp://example.com/a", svc.MSG_URL_NOT_WEB),
        ("/relative/path.png", svc.MSG_LOCAL_PATH),
        ("~/Pictures/a.png", svc.MSG_LOCAL_PATH),
        ("C:\\Users\\me\\a.png", svc.MSG_LOCAL_PATH),
        ("example.com/a.png", svc.MSG_URL_SCHEME),
        ("www.example.com/a.png", None),
        ("WWW.example.com", None),
        # What a browser fixes is fixed: spaces around, a space in the path (sent as %20).
        ("www.example.com/a.png ", None),
        (" www.example.com/a.png", None),
        ("\twww.example.com/a.png\n", None),
        ("www.example.com/a b.png", None),
        ("example.com/a b.png", svc.MSG_URL_SCHEME),
        # A space in the site name, or a hidden character, is said plainly, not guessed at.
        ("www. example.com", svc.MSG_URL_SPACES),
        ("https://exa mple.com/a.png", svc.MSG_URL_SPACES),
        ("https://example.com/a\tb.png", svc.MSG_URL_HIDDEN),
        ("www.example.com/a\nb.png", svc.MSG_URL_HIDDEN),
        ("a red fox at dawn", svc.MSG_NOT_LINK),
        ("sunset", svc.MSG_NOT_LINK),
        ("   ", svc.MSG_NOT_LINK),
        ("https://example.com/\ud800.png", svc.MSG_BROKEN_CHARACTER),
        (" https://example.com", None),
        ("https://example.com/a b.png", None),
        ("https://example.com\n", None),
        ("https://exa\u200bmple.com", svc.MSG_URL_HIDDEN),
        ("https://", svc.MSG_URL_HOST),
        ("https:///path", svc.MSG_URL_HOST),
        ("https://[::1", svc.MSG_URL_INVALID),
        ("https://example.com:99999/", svc.MSG_URL_INVALID),
    ],
)
def test_url_problem(text: str, expected: str | None) -> None:
    assert svc.url_problem(text) == expected


def test_messages_are_plain_words() -> None:
    assert svc.url_problem("ftp://e.com/x") == (
        "Only web addresses that start with https:// can be used here. "
        "Paste a web address or choose a file."
    )
    assert svc.url_problem("www.exa mple.com/a b.png") == (
        "This web address has a space in the site name. Remove the space, or copy the "
        "address again from your browser."
    )


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("www.example.com/a b.png", "https://www.example.com/a%20b.png"),
        (
            " https://e.com/my photo.png?size=a b#x y\n",
            "https://e.com/my%20photo.png?size=a%20b#x%20y",
        ),
        ("https://e.com/a%20b.png", "https://e.com/a%20b.png"),  # never encoded twice
        ("WWW.e.com", "https://WWW.e.com"),
        # Not fixable, so left as typed for url_problem to explain.
        ("www. e.com/a.png", "www. e.com/a.png"),
        ("https://e.com/a\tb", "https://e.com/a\tb"),
        ("a red fox", "a red fox"),
        ("ftp://e.com/a b", "ftp://e.com/a b"),
    ],
)
def test_complete_url_fixes_what_a_browser_would(typed: str, sent: str) -> None:
    assert svc.complete_url(typed) == sent
    assert svc.url_problem(typed) is None or sent == typed


def test_a_www_address_with_a_space_is_sent_fixed() -> None:
    result = build(prompt="x", image="www.example.com/a b.png")
    assert result.ok
    assert result.inputs["image"] == "https://www.example.com/a%20b.png"


# --- build_inputs ---------------------------------------------------------------------------


def test_valid_rows_build_the_inputs_map_and_leave_out_empty_optionals() -> None:
    result = build(prompt="  a cat\n", image="https://example.com/cat.png")
    assert result.ok
    # Text is sent exactly as typed, untrimmed; empty optional inputs are absent.
    assert result.inputs == {"prompt": "  a cat\n", "image": "https://example.com/cat.png"}


def build(**values: Any) -> svc.BuildResult:
    return svc.build_inputs(rows(**values))


def test_required_inputs_left_empty_are_flagged() -> None:
    result = build(prompt="   ")
    assert messages(result) == {"prompt": ["Required"], "image": ["Required"]}
    assert [p.row_index for p in result.problems] == [0, 1]
    assert "prompt" not in result.inputs


def test_bad_media_url_is_flagged_and_not_sent() -> None:
    result = build(prompt="x", image="javascript:alert(1)")
    assert messages(result) == {"image": [svc.MSG_URL_NOT_WEB]}
    assert "image" not in result.inputs


def test_element_id_accepted_only_where_the_input_accepts_elements() -> None:
    assert build(prompt="x", image="https://e.com/a", subject="el_123").inputs["subject"] == (
        "el_123"
    )
    result = build(prompt="x", image="el_123")
    assert messages(result) == {"image": [svc.MSG_NOT_LINK]}
    result = build(prompt="x", image="https://e.com/a", subject="not an id")
    assert messages(result) == {"subject": [svc.MSG_NOT_LINK]}
    # A plain word is a word, not an id: ids carry a digit, "_" or "-".
    result = build(prompt="x", image="https://e.com/a", subject="sunset")
    assert messages(result) == {"subject": [svc.MSG_NOT_LINK]}
    result = build(prompt="x", image="https://e.com/a", subject="javascript:x")
    assert messages(result) == {"subject": [svc.MSG_URL_NOT_WEB]}


def test_www_addresses_are_sent_with_https() -> None:
    result = build(prompt="x", image="www.example.com/a.png", refs=["www.e.com/1"])
    assert result.ok
    assert result.inputs["image"] == "https://www.example.com/a.png"
    assert result.inputs["refs"] == ["https://www.e.com/1"]
    # Text inputs are never rewritten.
    assert build(prompt="www.example.com", image="https://e.com/a").inputs["prompt"] == (
        "www.example.com"
    )


def test_allow_multiple_sends_non_blank_items_and_checks_each() -> None:
    ok = build(prompt="x", image="https://e.com/a", refs=["https://e.com/1", " ", "http://e.com/2"])
    assert ok.inputs["refs"] == ["https://e.com/1", "http://e.com/2"]
    bad = build(prompt="x", image="https://e.com/a", refs=["https://e.com/1", "", "ftp://e.com/x"])
    assert messages(bad) == {"refs": [f"Item 2: {svc.MSG_URL_NOT_WEB}"]}
    empty = build(prompt="x", image="https://e.com/a", refs=["", "  "])
    assert empty.ok
    assert "refs" not in empty.inputs


def test_unknown_type_is_free_text() -> None:
    result = build(prompt="x", image="https://e.com/a", mesh="anything at all")
    assert result.inputs["mesh"] == "anything at all"
    assert svc.type_label(ODD) == "Unknown type"
    assert svc.natural_mode(ODD) == "text"


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ('{"a": [1, 2.5, null]}', {"a": [1, 2.5, None]}),
        ('"plain"', "plain"),
        ("42", 42),
        ("true", True),
    ],
)
def test_json_mode_sends_the_parsed_value(text: str, sent: Any) -> None:
    base = rows(prompt="x", image="https://e.com/a")
    base[2] = InputRow("style", text, "json", STYLE)
    assert svc.build_inputs(base).inputs["style"] == sent


@pytest.mark.parametrize("text", ["", "  ", "null", '""', '"  "', "[]"])
def test_json_mode_empty_values_count_as_empty(text: str) -> None:
    base = rows(image="https://e.com/a")
    base[0] = InputRow("prompt", text, "json", PROMPT)
    base[2] = InputRow("style", text, "json", STYLE)
    result = svc.build_inputs(base)
    assert messages(result) == {"prompt": ["Required"]}
    assert "style" not in result.inputs


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"a": 1,}', "line 1, column 9"),
        ('{\n  "a": tru\n}', "line 2, column 8"),
        ("NaN", "NaN is not allowed"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_invalid_json_says_where(text: str, where: str) -> None:
    base = rows(prompt="x", image="https://e.com/a")
    base[2] = InputRow("style", text, "json", STYLE)
    (problem,) = svc.build_inputs(base).problems
    assert problem.key == "style"
    assert problem.message.startswith("This ")
    assert where in problem.message


def test_json_mode_string_is_checked_like_a_typed_url() -> None:
    base = rows(prompt="x")
    base[1] = InputRow("image", '"ftp://e.com/x"', "json", IMAGE)
    assert messages(svc.build_inputs(base)) == {"image": [svc.MSG_URL_NOT_WEB]}
    base[3] = InputRow("refs", '"https://e.com/1"', "json", REFS)
    base[1] = InputRow("image", "https://e.com/a", "url", IMAGE)
    # A list input always sends a list.
    assert svc.build_inputs(base).inputs["refs"] == ["https://e.com/1"]


def test_custom_rows_keys_are_checked_and_duplicates_all_flagged() -> None:
    base = rows(prompt="x", image="https://e.com/a")
    base += [
        svc.custom_row("seed", "42"),
        svc.custom_row("", "orphan value"),
        svc.custom_row(" padded ", "v"),
        svc.custom_row("seed", "43"),
        svc.custom_row("prompt", "clash"),
        svc.custom_row("lonely", ""),
        svc.custom_row("", ""),  # a stray blank row is ignored
    ]
    result = svc.build_inputs(base)
    assert [(p.row_index, p.message) for p in result.problems] == [
        (0, svc.MSG_KEY_DUPLICATE),
        (6, svc.MSG_KEY_DUPLICATE),
        (7, svc.MSG_KEY_EMPTY),
        (8, svc.MSG_KEY_SPACES),
        (9, svc.MSG_KEY_DUPLICATE),
        (10, svc.MSG_KEY_DUPLICATE),
        (11, svc.MSG_CUSTOM_EMPTY),
    ]
    assert "seed" not in result.inputs
    assert "prompt" not in result.inputs


def test_custom_row_json_value_is_sent() -> None:
    base = [*rows(prompt="x", image="https://e.com/a"), InputRow("n", "[1,2]", "json", None)]
    assert svc.build_inputs(base).inputs["n"] == [1, 2]


# --- modes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "mode", "expected"),
    [
        (InputRow("k", "hi", "text", STYLE), "json", InputRow("k", '"hi"', "json", STYLE)),
        (InputRow("k", "", "text", STYLE), "json", InputRow("k", "", "json", STYLE)),
        (InputRow("k", '"hi"', "json", STYLE), "text", InputRow("k", "hi", "text", STYLE)),
        (InputRow("k", "{bad", "json", STYLE), "text", InputRow("k", "{bad", "text", STYLE)),
        (InputRow("k", "[1]", "json", STYLE), "text", InputRow("k", "[1]", "text", STYLE)),
        (InputRow("k", '"a b"', "text", STYLE), "url", InputRow("k", '"a b"', "url", STYLE)),
        (
            InputRow("k", ["a", "b"], "list", REFS),
            "json",
            InputRow("k", '["a", "b"]', "json", REFS),
        ),
        (
            InputRow("k", '["a", "b"]', "json", REFS),
            "list",
            InputRow("k", ["a", "b"], "list", REFS),
        ),
        (InputRow("k", '"a"', "json", REFS), "list", InputRow("k", ["a"], "list", REFS)),
        (InputRow("k", ["a"], "list", REFS), "url", InputRow("k", "a", "url", REFS)),
        (
            InputRow("k", ["a", "b"], "list", REFS),
            "url",
            InputRow("k", '["a", "b"]', "json", REFS),
        ),
    ],
)
def test_switch_mode_keeps_the_value(row: InputRow, mode: svc.Mode, expected: InputRow) -> None:
    assert svc.switch_mode(row, mode) == expected


# --- drafts ---------------------------------------------------------------------------------


def test_rows_for_technique_without_draft() -> None:
    result = svc.rows_for_technique(TECH)
    assert [(r.key, r.mode, r.value) for r in result] == [
        ("prompt", "text", ""),
        ("image", "url", ""),
        ("style", "text", ""),
        ("refs", "list", []),
        ("subject", "url", ""),
        ("mesh", "text", ""),
    ]
    assert all(r.schema is not None for r in result)


def test_draft_round_trip_restores_every_row() -> None:
    original = [
        *rows(prompt="a\nb", refs=["https://e.com/1"]),
        svc.custom_row("seed", "7"),
        InputRow("extra", '{"x": 1}', "json", None),
    ]
    original[2] = InputRow("style", '"bold"', "json", STYLE)
    draft = svc.draft_from_rows(original, "tech_demo")
    text = json.dumps(draft)
    assert json.loads(text)["version"] == 1
    assert svc.rows_for_technique(TECH, json.loads(text)) == original


@pytest.mark.parametrize(
    "draft",
    [
        None,
        {},
        {"version": 2, "rows": [{"key": "prompt", "value": "x", "mode": "text"}]},
        {"version": 1, "rows": "nope"},
        {
            "version": 1,
            "technique_id": "tech_other",
            "rows": [{"key": "prompt", "value": "x", "mode": "text"}],
        },
    ],
)
def test_drafts_that_do_not_match_are_ignored(draft: dict[str, Any] | None) -> None:
    assert svc.rows_for_technique(TECH, draft) == svc.rows_for_technique(TECH)


def test_draft_survives_a_changed_schema_and_bad_entries() -> None:
    draft = {
        "version": 1,
        "rows": [
            {"key": "gone", "value": "kept", "mode": "text", "custom": False},
            {"key": "image", "value": ["https://e.com/a"], "mode": "list", "custom": False},
            {"key": "prompt", "value": 5, "mode": "text"},
            "garbage",
            {"key": "style", "value": "x", "mode": "sideways"},
        ],
    }
    result = svc.rows_for_technique(TECH, draft)
    by_key = {r.key: r for r in result}
    assert by_key["gone"] == svc.custom_row("gone", "kept")
    assert by_key["image"] == InputRow("image", "https://e.com/a", "url", IMAGE)
    assert by_key["prompt"].value == ""
    assert by_key["style"].value == ""


# --- the JSON view --------------------------------------------------------------------------


def test_inputs_to_json_and_back() -> None:
    original = [
        *rows(prompt="hi", image="https://e.com/a", refs=["https://e.com/1"]),
        svc.custom_row("seed", "7"),
    ]
    text = svc.inputs_to_json(original)
    assert json.loads(text) == {
        "prompt": "hi",
        "image": "https://e.com/a",
        "style": "",
        "refs": ["https://e.com/1"],
        "subject": "",
        "mesh": "",
        "seed": "7",
    }
    assert svc.rows_from_json(text, TECH) == original


def test_rows_from_json_maps_keys_to_schema_rows_and_custom_rows() -> None:
    result = svc.rows_from_json('{"extra": {"a": 1}, "image": "https://e.com/x", "n": 3}', TECH)
    assert [r.key for r in result] == [
        "prompt",
        "image",
        "style",
        "refs",
        "subject",
        "mesh",
        "extra",
        "n",
    ]
    assert result[1] == InputRow("image", "https://e.com/x", "url", IMAGE)
    assert result[6] == InputRow("extra", '{"a": 1}', "json", None)
    assert result[7] == InputRow("n", "3", "json", None)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("{", "line 1, column 2"),
        ("[1, 2]", "one JSON object"),
        ('{"a": 1, "a": 2}', "“a” appears more than once"),
        ('{"a": NaN}', "NaN"),
    ],
)
def test_rows_from_json_rejects_bad_text(text: str, fragment: str) -> None:
    with pytest.raises(InputsJsonError) as info:
        svc.rows_from_json(text, TECH)
    assert fragment in info.value.message


def test_json_view_problems_block_what_a_map_cannot_hold() -> None:
    base = [*rows(), svc.custom_row("a", "1"), svc.custom_row("a", "2")]
    base[2] = InputRow("style", "{bad", "json", STYLE)
    base[0] = InputRow("prompt", "x" * (svc.LARGE_VALUE_CHARS + 1), "text", PROMPT)
    assert [(p.key, p.message[:10]) for p in svc.json_view_problems(base)] == [
        ("prompt", "This value"),
        ("style", "This isn't"),
        ("a", svc.MSG_KEY_DUPLICATE[:10]),
        ("a", svc.MSG_KEY_DUPLICATE[:10]),
    ]


# --- properties -----------------------------------------------------------------------------

# The machine is shared and slow at times: no deadline, and no complaint about slow draws.
PROPERTY = settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=80)

# Text that includes emoji, right-to-left scripts and control characters.
awkward_text = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0x2FFF, exclude_categories=["Cs"]),
        st.sampled_from(["😀", "\u05e9", "\u0627", "\u202e", "\x00", "\x1b", "\n", " "]),
    ),
    max_size=30,
)
schemas = st.sampled_from([PROMPT, IMAGE, STYLE, REFS, ELEMENT, ODD, None])
urlish = st.one_of(
    awkward_text,
    st.builds(lambda s: f"https://example.com/{s}", st.text(max_size=10)),
    st.just("el_1"),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | awkward_text,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(awkward_text, children, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def any_row(draw: st.DrawFn) -> InputRow:
    schema = draw(schemas)
    key = schema.id if schema is not None and draw(st.booleans()) else draw(awkward_text)
    schema = schema if schema is not None and key == schema.id else None
    # The editor only offers a row its natural mode and JSON.
    mode = draw(st.sampled_from(svc.modes_for(schema)))
    if mode == "list":
        value: str | list[str] = draw(st.lists(urlish, max_size=4))
    elif mode == "json":
        value = draw(
            st.one_of(awkward_text, json_values.map(lambda v: json.dumps(v, ensure_ascii=False)))
        )
    else:
        value = draw(urlish)
    return InputRow(key, value, mode, schema)


@PROPERTY
@given(st.lists(any_row(), max_size=8))
def test_build_inputs_never_raises_and_accounts_for_every_row(row_list: list[InputRow]) -> None:
    result = svc.build_inputs(row_list)
    flagged = {p.row_index for p in result.problems}
    for index, row in enumerate(row_list):
        assert all(isinstance(p.message, str) and p.message for p in result.problems)
        if index in flagged:
            continue
        if row.key in result.inputs:
            # Every valid non-empty row appears exactly once (keys are unique when unflagged).
            assert sum(1 for r in row_list if r.key == row.key) == 1
        elif row.schema is not None and row.schema.optional:
            pass  # optional and empty: left out
    for index, row in enumerate(row_list):
        if row.is_required and index not in flagged:
            assert row.key in result.inputs
        optional = row.schema is not None and row.schema.optional
        if optional and svc.is_empty_value(row.value) and row.mode != "json":
            assert row.key not in result.inputs
    assert all(value not in ("", [], None) for value in result.inputs.values())


@PROPERTY
@given(st.lists(any_row(), max_size=8))
def test_draft_round_trip_property(row_list: list[InputRow]) -> None:
    """Schema rows keep their key; a draft restores the same values (customs in order)."""
    technique = Technique("tech_p", "P", 0.0, inputs=(PROMPT, IMAGE, STYLE, REFS, ELEMENT, ODD))
    schema_rows = svc.rows_for_technique(technique)
    customs = [
        InputRow(r.key, r.value, r.mode if r.mode in ("text", "json") else "json", None)
        for r in row_list
        if r.mode != "list"
    ]
    draft = json.loads(json.dumps(svc.draft_from_rows(schema_rows + customs, "tech_p")))
    assert svc.rows_for_technique(technique, draft) == schema_rows + customs


@PROPERTY
@given(st.lists(any_row(), max_size=8))
def test_json_view_round_trip_preserves_the_inputs_map(row_list: list[InputRow]) -> None:
    technique = Technique("tech_p", "P", 0.0, inputs=(PROMPT, IMAGE, STYLE, REFS, ELEMENT, ODD))
    by_key = {r.key: r for r in row_list if r.schema is not None and r.key == r.schema.id}
    base = [by_key.get(r.key, r) for r in svc.rows_for_technique(technique)]
    base += [InputRow(r.key, r.value, r.mode, None) for r in row_list if r.key not in by_key]
    if svc.json_view_problems(base):
        return
    again = svc.rows_from_json(svc.inputs_to_json(base), technique)
    assert svc.build_inputs(again).inputs == svc.build_inputs(base).inputs
    assert svc.build_inputs(again).ok == svc.build_inputs(base).ok


def test_huge_and_strange_values_do_not_break_build() -> None:
    huge = "x" * 10_000_000
    base = rows(prompt=huge, image="https://e.com/" + huge)
    base[2] = InputRow("style", '"' + huge + '"', "json", STYLE)
    result = svc.build_inputs(base)
    assert result.ok
    assert result.inputs["prompt"] is huge
    assert len(result.inputs["style"]) == len(huge)
    weird = svc.build_inputs([svc.custom_row("\u202e\x00😀", "\x1b[31m")])
    assert weird.inputs == {"\u202e\x00😀": "\x1b[31m"}


@PROPERTY
@given(
    st.lists(
        st.builds(
            InputRow,
            key=awkward_text,
            value=st.one_of(awkward_text, st.lists(awkward_text, max_size=3)),
            mode=st.sampled_from(svc.MODES),
            schema=schemas,
        ),
        max_size=6,
    )
)
def test_build_inputs_never_raises_even_on_rows_the_editor_would_not_make(
    row_list: list[InputRow],
) -> None:
    result = svc.build_inputs(row_list)
    assert all(0 <= p.row_index < len(row_list) for p in result.problems)
    assert svc.inputs_to_json(row_list)  # the JSON view never raises either
    assert svc.draft_from_rows(row_list)["version"] == 1


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("prompt", "prompt"),
        ("inputs.prompt", "prompt"),
        ("inputs[prompt]", "prompt"),
        ('inputs["prompt"]', "prompt"),
        ("inputs['refs'][0]", "refs"),
        ("inputs.refs.0", "refs"),
        ("refs[1]", "refs"),
        ("a.b", "a.b"),
        ("inputs.a.b", "a.b"),
        ("technique_id", None),
        ("inputs", None),
        ("", None),
    ],
)
def test_field_key_matches_the_server_spellings(field: str, expected: str | None) -> None:
    assert svc.field_key(field, ["prompt", "refs", "a.b"]) == expected


def test_a_schema_input_with_an_empty_id_is_flagged_not_sent() -> None:
    broken = TechniqueIO(id="", name="Prompt", type="text")
    result = svc.build_inputs([InputRow("", "a castle", "text", broken)])
    assert result.inputs == {}
    assert [p.message for p in result.problems] == [svc.MSG_KEY_EMPTY]


# --- values JSON cannot carry (issue 10) ----------------------------------------------------

UNSENDABLE_JSON = [
    ("1e309", svc.MSG_NUMBER_TOO_LARGE),
    ("-1e309", svc.MSG_NUMBER_TOO_LARGE),
    ('{"a": [1, 2e400]}', svc.MSG_NUMBER_TOO_LARGE),
    ('"Sp\\ud800cial"', svc.MSG_BROKEN_CHARACTER),
    ('{"\\udfff": 1}', svc.MSG_BROKEN_CHARACTER),
    ('["ok", "\\ud83d"]', svc.MSG_BROKEN_CHARACTER),
    ('"raw \ud800 surrogate"', svc.MSG_BROKEN_CHARACTER),
    ('{"a":1,"a":2}', "The name “a” appears more than once"),
    ('{"x": {"b": 1, "b": 1}}', "The name “b” appears more than once"),
    ("NaN", "NaN is not allowed in JSON"),
]


@pytest.mark.parametrize(("text", "fragment"), UNSENDABLE_JSON)
def test_json_values_that_cannot_be_sent_are_a_problem_on_their_row(
    text: str, fragment: str
) -> None:
    for row in (InputRow("style", text, "json", STYLE), InputRow("extra", text, "json", None)):
        result = svc.build_inputs([row])
        assert [p.row_index for p in result.problems] == [0]
        assert fragment in result.problems[0].message
        assert row.key not in result.inputs
        assert svc.value_problem(row) == result.problems[0].message
    # The JSON view refuses to open on it, and the map is never taken from it.
    assert svc.json_view_problems([InputRow("style", text, "json", STYLE)])
    with pytest.raises(InputsJsonError):
        svc.rows_from_json('{"style": ' + text + "}", TECH)


@pytest.mark.parametrize(
    "row",
    [
        InputRow("prompt", "Sp\ud800cial", "text", PROMPT),
        InputRow("image", "https://e.com/\udc00.png", "url", IMAGE),
        InputRow("refs", ["https://e.com/a", "https://e.com/\ud800"], "list", REFS),
        InputRow("extra", "\udfff", "text", None),
    ],
)
def test_typed_lone_surrogates_are_a_problem_on_their_row(row: InputRow) -> None:
    result = svc.build_inputs([row])
    assert [p.message for p in result.problems] == [svc.MSG_BROKEN_CHARACTER]
    assert result.inputs == {}


def test_a_custom_name_with_a_lone_surrogate_is_flagged() -> None:
    result = svc.build_inputs([svc.custom_row("na\ud800me", "value")])
    assert [p.message for p in result.problems] == [svc.MSG_KEY_BROKEN]


def test_rows_from_mapping_puts_unsendable_values_on_their_rows() -> None:
    """A pasted map or preset holding inf or a lone surrogate fills rows; never raises."""
    found = svc.rows_from_mapping(
        {"prompt": "Sp\ud800cial", "style": float("inf"), "x\ud800": 1}, TECH
    )
    result = svc.build_inputs(found)
    by_key = {p.key: p.message for p in result.problems}
    assert by_key["prompt"] == svc.MSG_BROKEN_CHARACTER
    assert by_key["style"] == svc.MSG_NUMBER_TOO_LARGE
    assert "x\ud800" not in by_key
    assert found[-1].key == "x\ufffd"  # a key no field could show: replaced, visibly
    # No row holds a lone surrogate, so a draft of them stores as strict UTF-8.
    assert found[0] == InputRow("prompt", '"Sp\\ud800cial"', "json", PROMPT)
    json.dumps(svc.draft_from_rows(found), ensure_ascii=False).encode("utf-8")


# Anything a person can put in a field: every code point (lone surrogates too, as a broken
# paste gives them), and JSON text with overflowing numbers, constants and escapes.
typed_text = st.lists(
    st.one_of(
        st.characters(),  # includes category Cs: lone surrogates
        st.sampled_from(["\ud800", "\udfff", "😀", "\x00", "\n", " ", "www.", "https://"]),
    ),
    max_size=12,
).map("".join)
json_fragments = st.sampled_from(
    ["1e309", "-1e999", "NaN", "Infinity", '"\\ud800"', '"\\udc00x"', '{"a":1,"a":2}', "1.5"]
)
typed_json = st.one_of(
    typed_text,
    json_fragments,
    st.lists(json_fragments, max_size=4).map(lambda items: "[" + ", ".join(items) + "]"),
    st.dictionaries(typed_text, json_fragments, max_size=3).map(
        lambda d: "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in d.items()) + "}"
    ),
)


@st.composite
def typed_row(draw: st.DrawFn) -> InputRow:
    schema = draw(schemas)
    key = schema.id if schema is not None else draw(typed_text)
    mode = draw(st.sampled_from(svc.modes_for(schema)))
    value: str | list[str]
    if mode == "list":
        value = draw(st.lists(typed_text, max_size=3))
    elif mode == "json":
        value = draw(typed_json)
    else:
        value = draw(typed_text)
    return InputRow(key, value, mode, schema)


@PROPERTY
@given(st.lists(typed_row(), max_size=6))
def test_nothing_typed_reaches_the_request_unless_json_can_carry_it(
    row_list: list[InputRow],
) -> None:
    """What crashed Run: a map that ``json`` cannot write strictly. Now such a row is
    flagged instead, and every map that passes encodes as strict UTF-8 JSON."""
    result = svc.build_inputs(row_list)
    assert all(0 <= p.row_index < len(row_list) for p in result.problems)
    json.dumps(result.inputs, allow_nan=False, ensure_ascii=False).encode("utf-8")
    for row in row_list:
        svc.value_problem(row)
        for mode in svc.modes_for(row.schema):
            svc.switch_mode(row, mode)
    if not svc.json_view_problems(row_list):
        svc.inputs_to_json(row_list).encode("utf-8")


@PROPERTY
@given(st.dictionaries(typed_text, json_values | typed_text | st.floats(), max_size=5))
def test_any_pasted_map_fills_rows_without_raising(mapping: dict[str, Any]) -> None:
    found = svc.rows_from_mapping(mapping, TECH)
    result = svc.build_inputs(found)
    json.dumps(result.inputs, allow_nan=False, ensure_ascii=False).encode("utf-8")
    # The draft of what was pasted is always storable: nothing is lost at the next save.
    json.dumps(svc.draft_from_rows(found), allow_nan=False, ensure_ascii=False).encode("utf-8")
