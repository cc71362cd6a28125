"""Settings: JSON round-trip, per-API values, corrupt-file recovery, and no keys, ever."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from flora_desktop.services.settings import Settings
from flora_desktop.services.store_notices import StoreNotices

API = "https://app.flora.ai/api/v1"
SANDBOX = "http://127.0.0.1:8123/api/v1"
CANARY_KEY = "sk_live_canary0123456789abcdef"
GEOMETRY = base64.b64encode(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00geometry").decode()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    # A folder that does not exist yet: the first save creates it.
    return tmp_path / "config" / "settings.json"


def test_missing_file_gives_defaults(settings_path: Path) -> None:
    settings = Settings.load(settings_path)

    assert settings.last_workspace(API) is None
    assert settings.last_technique(API) is None
    assert settings.window_geometry is None
    assert not settings_path.exists()


@pytest.mark.asyncio
async def test_round_trip_through_the_file(settings_path: Path) -> None:
    settings = Settings.load(settings_path)
    settings.set_last_workspace(API, "ws_live")
    settings.set_last_technique(API, "tech_portrait")
    settings.set_last_workspace(SANDBOX, "ws_sandbox")
    settings.window_geometry = GEOMETRY

    await settings.save()
    again = Settings.load(settings_path)

    assert again.last_workspace(API) == "ws_live"
    assert again.last_technique(API) == "tech_portrait"
    assert again.last_workspace(SANDBOX) == "ws_sandbox"
    assert again.last_technique(SANDBOX) is None
    assert again.window_geometry == GEOMETRY


def test_base_url_spellings_share_one_entry(settings_path: Path) -> None:
    settings = Settings.load(settings_path)
    settings.set_last_workspace("HTTPS://App.Flora.AI/api/v1/", "ws_1")

    assert settings.last_workspace(API) == "ws_1"
    assert settings.last_workspace(API + "/") == "ws_1"
    assert settings.last_workspace("https://app.flora.ai/api/v2") is None


def test_clearing_values_drops_the_api_entry(settings_path: Path) -> None:
    settings = Settings.load(settings_path)
    settings.set_last_workspace(API, "ws_1")
    settings.set_last_technique(API, "tech_1")

    settings.set_last_workspace(API, None)
    assert settings.last_technique(API) == "tech_1"
    settings.set_last_technique(API, None)
    settings.window_geometry = None

    document = json.loads(settings.to_json_bytes())
    assert document["servers"] == {}
    assert document["window_geometry"] is None


@pytest.mark.asyncio
async def test_saved_file_is_private_and_no_temp_is_left(settings_path: Path) -> None:
    settings = Settings.load(settings_path)
    settings.set_last_workspace(API, "ws_1")

    await settings.save()
    await settings.save()

    assert [p.name for p in settings_path.parent.iterdir()] == ["settings.json"]
    if os.name == "posix":
        assert _mode(settings_path) == 0o600
        assert _mode(settings_path.parent) == 0o700


@pytest.mark.asyncio
async def test_concurrent_saves_end_with_the_latest_state(settings_path: Path) -> None:
    settings = Settings.load(settings_path)
    saves = []
    for index in range(5):
        settings.set_last_workspace(API, f"ws_{index}")
        saves.append(asyncio.ensure_future(settings.save()))
    await asyncio.gather(*saves)

    assert Settings.load(settings_path).last_workspace(API) == "ws_4"


def test_save_now_writes_without_a_loop(settings_path: Path) -> None:
    settings = Settings.load(settings_path)
    settings.set_last_technique(API, "tech_1")

    settings.save_now()

    assert Settings.load(settings_path).last_technique(API) == "tech_1"


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b"", b'"a string"'],
    ids=["broken-json", "not-utf8", "a-list", "empty", "a-string"],
)
def test_corrupt_file_is_set_aside_and_defaults_used(
    settings_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_bytes(content)

    notices = StoreNotices()
    with caplog.at_level(logging.WARNING, logger="flora_desktop.services.store_files"):
        settings = Settings.load(settings_path, notices)

    assert settings.last_workspace(API) is None
    assert not settings_path.exists()
    (kept,) = settings_path.parent.glob("settings.json.bad-*")
    assert kept.read_bytes() == content
    assert any(
        r.levelno == logging.WARNING and "kept it as" in r.getMessage() for r in caplog.records
    )
    (said,) = notices.said()
    assert kept.name in said
    assert "Your settings could not be read" in said


@pytest.mark.asyncio
async def test_after_corruption_the_next_save_works(settings_path: Path) -> None:
    _plant(settings_path, b"{torn")
    settings = Settings.load(settings_path)
    settings.set_last_workspace(API, "ws_1")

    await settings.save()

    assert Settings.load(settings_path).last_workspace(API) == "ws_1"


def test_invalid_fields_are_dropped_and_valid_ones_kept(
    settings_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings_path.parent.mkdir(parents=True)
    document = {
        "version": 1,
        "servers": {
            API: {"last_workspace": "ws_ok", "last_technique": 42},
            SANDBOX: "not an object",
            "not a url": {"last_workspace": "ws_x"},
        },
        "window_geometry": "%%% not base64 %%%",
    }
    settings_path.write_text(json.dumps(document))

    with caplog.at_level(logging.WARNING, logger="flora_desktop.services.settings"):
        settings = Settings.load(settings_path)

    assert settings.last_workspace(API) == "ws_ok"
    assert settings.last_technique(API) is None
    assert settings.last_workspace(SANDBOX) is None
    assert settings.window_geometry is None
    assert settings_path.exists()  # a bad field is not a corrupt file
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 4


def test_invalid_geometry_is_refused(settings_path: Path) -> None:
    settings = Settings.load(settings_path)

    with pytest.raises(ValueError, match="base64"):
        settings.window_geometry = "not base64!"
    assert settings.window_geometry is None


def test_there_is_no_api_key_field(settings_path: Path) -> None:
    settings = Settings.load(settings_path)

    assert not [name for name in dir(settings) if "key" in name.lower()]


@pytest.mark.parametrize(
    "setter",
    [
        lambda s: s.set_last_workspace(API, CANARY_KEY),
        lambda s: s.set_last_technique(API, f"tech {CANARY_KEY}"),
        lambda s: s.set_last_workspace(f"https://{CANARY_KEY}.example/api", "ws_1"),
    ],
    ids=["workspace", "technique", "base-url"],
)
def test_key_like_values_are_refused_without_echoing_them(
    settings_path: Path, setter: Callable[[Settings], None]
) -> None:
    settings = Settings.load(settings_path)

    with pytest.raises(ValueError, match="looks like an API key") as caught:
        setter(settings)

    assert CANARY_KEY not in str(caught.value)
    assert CANARY_KEY.lower() not in settings.to_json_bytes().decode()


@pytest.mark.asyncio
async def test_a_key_planted_in_the_file_does_not_survive_a_save(settings_path: Path) -> None:
    document = {
        "version": 1,
        "api_key": CANARY_KEY,
        "servers": {API: {"last_workspace": CANARY_KEY, "api_key": CANARY_KEY}},
    }
    _plant(settings_path, json.dumps(document).encode())

    settings = Settings.load(settings_path)
    settings.set_last_technique(API, "tech_1")
    await settings.save()

    text = settings.to_json_bytes().decode()
    assert text.encode() == _read(settings_path)
    assert "sk_" not in text
    assert "api_key" not in text
    assert Settings.load(settings_path).last_technique(API) == "tech_1"


def _plant(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def _read(path: Path) -> bytes:
    return path.read_bytes()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)
