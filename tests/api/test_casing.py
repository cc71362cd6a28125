"""camelCase → snake_case normalisation of response bodies (CONTRACT §10)."""

from __future__ import annotations

import pytest

from flora_desktop.api.casing import normalize_keys, run_id_of, to_snake


@pytest.mark.parametrize(
    ("key", "snake"),
    [
        ("runId", "run_id"),
        ("outputId", "output_id"),
        ("pollUrl", "poll_url"),
        ("pollURL", "poll_url"),
        ("specifiedAspectRatio", "specified_aspect_ratio"),
        ("formFields", "form_fields"),
        ("run_id", "run_id"),
        ("status", "status"),
        ("created_at", "created_at"),
        ("URL", "url"),
        ("x2Value", "x2_value"),
    ],
)
def test_to_snake(key: str, snake: str) -> None:
    assert to_snake(key) == snake


def test_normalize_keys_recurses_through_objects_and_lists() -> None:
    camel = {
        "runId": "run_1",
        "chargedCost": 0,
        "outputs": [{"outputId": "output_1", "type": "imageUrl", "url": "https://x/y.png"}],
        "technique": {"techniqueId": "tech_1", "name": "Moodboard"},
    }
    assert normalize_keys(camel) == {
        "run_id": "run_1",
        "charged_cost": 0,
        "outputs": [{"output_id": "output_1", "type": "imageUrl", "url": "https://x/y.png"}],
        "technique": {"technique_id": "tech_1", "name": "Moodboard"},
    }


def test_values_are_never_touched() -> None:
    # "imageUrl" is an enum value, not a key.
    assert normalize_keys({"type": "imageUrl", "tags": ["camelCase"]}) == {
        "type": "imageUrl",
        "tags": ["camelCase"],
    }


def test_form_fields_keys_are_preserved_exactly() -> None:
    body = {
        "upload": {
            "fileField": "file",
            "formFields": {"X-Goog-Algorithm": "GOOG4", "policyKey": "p", "key": "uploads/a"},
        }
    }
    upload = normalize_keys(body)["upload"]
    assert upload["file_field"] == "file"
    assert upload["form_fields"] == {
        "X-Goog-Algorithm": "GOOG4",
        "policyKey": "p",
        "key": "uploads/a",
    }


def test_snake_case_spelling_wins_over_its_camel_alias() -> None:
    assert normalize_keys({"run_id": "a", "runId": "b"}) == {"run_id": "a"}
    assert normalize_keys({"runId": "b", "run_id": "a"}) == {"run_id": "a"}


def test_scalars_pass_through() -> None:
    assert normalize_keys(3) == 3
    assert normalize_keys(None) is None
    assert normalize_keys([{"aB": 1}, 2]) == [{"a_b": 1}, 2]


@pytest.mark.parametrize(
    ("data", "run_id"),
    [
        ({"run_id": "run_a", "runId": "run_b", "id": "run_c"}, "run_a"),
        ({"runId": "run_b", "id": "run_c"}, "run_b"),
        ({"id": "run_c"}, "run_c"),
        ({"run_id": None, "id": "run_c"}, "run_c"),
        ({}, None),
    ],
)
def test_run_id_aliases(data: dict[str, str | None], run_id: str | None) -> None:
    assert run_id_of(data) == run_id
