"""Presets: saved per technique, exported and imported as JSON files, checked, never a key."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from flora_desktop.services.presets import (
    FORMAT_NAME,
    PresetError,
    PresetStore,
    parse_document,
    parse_inputs_map,
)

TRICKY = {"prompt": 'It\'s "quoted"\nand 🦊', "image": "https://x.test/a.png", "refs": ["a", "b"]}
KEY = "sk_demo_0123456789abcdef"


@pytest.fixture
def store(tmp_path: Path) -> PresetStore:
    return PresetStore(tmp_path / "data" / "presets", secrets=lambda: (KEY,))


@pytest.mark.asyncio
async def test_round_trip_save_export_import(store: PresetStore, tmp_path: Path) -> None:
    await store.save("tech_a", "Morning", TRICKY)
    await store.save("tech_a", "Night", {"prompt": "dark"})
    exported = tmp_path / "shared" / "presets.json"
    exported.parent.mkdir()
    assert await store.export("tech_a", exported) == 2

    other = PresetStore(tmp_path / "elsewhere", secrets=lambda: (KEY,))
    result = await other.import_file(exported)

    assert result.technique_id == "tech_a"
    assert result.names == ("Morning", "Night")
    loaded = await other.load("tech_a")
    assert [(p.name, dict(p.inputs)) for p in loaded] == [
        ("Morning", TRICKY),
        ("Night", {"prompt": "dark"}),
    ]
    assert await other.load("tech_b") == []


@pytest.mark.asyncio
async def test_save_replaces_same_name_and_delete_forgets(store: PresetStore) -> None:
    await store.save("tech_a", "Look", {"prompt": "one"})
    await store.save("tech_a", "Look", {"prompt": "two"})
    (only,) = await store.load("tech_a")
    assert dict(only.inputs) == {"prompt": "two"}
    assert only.saved_at.endswith("Z")
    await store.delete("tech_a", "Look")
    assert await store.load("tech_a") == []
    if os.name == "posix":
        assert store.directory.stat().st_mode & 0o777 == 0o700


@pytest.mark.asyncio
async def test_import_keeps_both_when_names_clash(store: PresetStore, tmp_path: Path) -> None:
    await store.save("tech_a", "Look", {"prompt": "mine"})
    exported = tmp_path / "p.json"
    await store.export("tech_a", exported)
    result = await store.import_file(exported)
    assert result.names == ("Look (2)",)
    assert [p.name for p in await store.load("tech_a")] == ["Look", "Look (2)"]


@pytest.mark.asyncio
async def test_a_key_never_goes_into_a_preset(store: PresetStore, tmp_path: Path) -> None:
    with pytest.raises(PresetError, match="contain your API key"):
        await store.save("tech_a", "Oops", {"prompt": f"Bearer {KEY}"})
    assert not store.path_for("tech_a").exists()
    hostile = tmp_path / "hostile.json"
    document = {
        "format": FORMAT_NAME,
        "version": 1,
        "technique_id": "tech_a",
        "presets": [{"name": "x", "inputs": {"p": KEY}}],
    }
    hostile.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(PresetError, match="contain your API key"):
        await store.import_file(hostile)
    assert await store.load("tech_a") == []


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (b"\xff\xfe", "not text"),
        (b"{nope", "not valid JSON"),
        (b"[]", "not a FLORA Desktop presets file"),
        (b'{"format": "something-else"}', "not a FLORA Desktop presets file"),
        (b'{"format": "flora-desktop-presets", "version": 9}', "newer FLORA Desktop"),
        (b'{"format": "flora-desktop-presets", "version": 1}', "which technique"),
        (
            b'{"format": "flora-desktop-presets", "version": 1, "technique_id": "t"}',
            "no list of presets",
        ),
        (
            b'{"format": "flora-desktop-presets", "version": 1, "technique_id": "t",'
            b' "presets": [{"name": "", "inputs": {}}]}',
            "Preset 1: Give the preset a name",
        ),
        (
            b'{"format": "flora-desktop-presets", "version": 1, "technique_id": "t",'
            b' "presets": [{"name": "a", "inputs": [1]}]}',
            "Preset 1 \\(a\\): the inputs must be a JSON object",
        ),
        (
            b'{"format": "flora-desktop-presets", "version": 1, "technique_id": "t",'
            b' "presets": [{"name": "a", "inputs": {"x": NaN}}]}',
            "NaN is not allowed",
        ),
    ],
)
def test_invalid_files_are_refused_in_plain_words(document: bytes, message: str) -> None:
    with pytest.raises(PresetError, match=message):
        parse_document(document)


@pytest.mark.asyncio
async def test_unreadable_store_file_is_ignored_not_fatal(store: PresetStore) -> None:
    store.directory.mkdir(parents=True)
    store.path_for("tech_a").write_text("{broken", encoding="utf-8")
    assert await store.load("tech_a") == []
    await store.save("tech_a", "Fresh", {"prompt": "x"})
    assert [p.name for p in await store.load("tech_a")] == ["Fresh"]


@pytest.mark.asyncio
async def test_export_without_presets_says_so(store: PresetStore, tmp_path: Path) -> None:
    with pytest.raises(PresetError, match="no presets to export"):
        await store.export("tech_a", tmp_path / "x.json")


def test_names_are_checked() -> None:
    for bad, message in (
        ("   ", "Give the preset a name"),
        ("a\nb", "line breaks"),
        ("x" * 81, "80"),
    ):
        with pytest.raises(PresetError, match=message):
            parse_document(
                json.dumps(
                    {
                        "format": FORMAT_NAME,
                        "version": 1,
                        "technique_id": "t",
                        "presets": [{"name": bad, "inputs": {}}],
                    }
                ).encode()
            )


def test_pasted_inputs_map() -> None:
    assert parse_inputs_map('{"prompt": "fox", "n": 2}') == {"prompt": "fox", "n": 2}
    body = {"technique_id": "t", "workspace_id": "w", "inputs": {"prompt": "from curl"}}
    assert parse_inputs_map(json.dumps(body)) == {"prompt": "from curl"}
    for text, message in (
        ("", "clipboard is empty"),
        ("a red fox", "does not hold valid JSON"),
        ("[1, 2]", "does not hold an inputs map"),
        ("{}", "empty inputs map"),
    ):
        with pytest.raises(PresetError, match=message):
            parse_inputs_map(text)
