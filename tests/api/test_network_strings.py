"""Whatever strings FLORA sends, what reaches the app is safe to store, show and send back.

Lone UTF-16 surrogates (a JavaScript server cutting an emoji in half), control characters
and huge strings, over real HTTP and through the decoding layer (property-based).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flora_desktop.api import FloraClient
from flora_desktop.api._client import _parse_success
from flora_desktop.api._json_steps import loads_in_steps
from flora_desktop.api.models import RunStatus
from flora_desktop.api.sanitise import clean_line, clean_string, clean_text
from flora_desktop.services.history import HistoryStore
from tests.api.helpers import Control

HOSTILE = st.sampled_from(
    ["\ud83d", "\udc00x", "a\x00b", "\x1b[31mred", "\x7f\x85\x9f", "cr\rlf\r\n", "\u202egnp.exe"]
)
strings = st.text() | st.builds(lambda a, b, c: a + b + c, st.text(max_size=5), HOSTILE, st.text())
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | strings,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(strings, inner, max_size=4),
    max_leaves=20,
)


def _safe(value: Any) -> None:
    if isinstance(value, str):
        value.encode("utf-8")  # no lone surrogate
        assert all(c in "\n\t" or c.isprintable() or ord(c) > 0x9F for c in value), repr(value)
    elif isinstance(value, list):
        for item in value:
            _safe(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            _safe(key)
            _safe(item)


@settings(max_examples=300, deadline=None)
@given(value=json_values, big=st.booleans())
def test_every_decoded_string_is_safe(value: Any, big: bool) -> None:
    body = json.dumps({"data": [value], "pad": "x" * (70_000 if big else 0)}).encode()
    _safe(_parse_success(httpx.Response(200, content=body), body, None))


@settings(max_examples=300, deadline=None)
@given(value=json_values)
def test_decoding_in_steps_gives_what_json_loads_gives(value: Any) -> None:
    for document in (value, {"items": [value, value], "meta": value}, [value]):
        body = json.dumps(document).encode()
        assert loads_in_steps(body) == json.loads(body)


@pytest.mark.parametrize("body", [b"", b"{", b'{"a":1,}', b"[1 2]", b'{"a" 1}', b"{} x", b"\xff"])
def test_decoding_in_steps_refuses_what_json_loads_refuses(body: bytes) -> None:
    with pytest.raises((json.JSONDecodeError, UnicodeDecodeError)):
        json.loads(body)
    with pytest.raises((json.JSONDecodeError, UnicodeDecodeError)):
        loads_in_steps(body)


@given(text=strings)
def test_line_and_text_shapes(text: str) -> None:
    line, free = clean_line(text), clean_text(text)
    for shaped in (line, free):
        shaped.encode("utf-8")
    assert "\n" not in line
    assert "\u202e" not in line
    assert all(c.isprintable() or c == " " or ord(c) > 0x9F for c in line)
    assert len(clean_line(text * 100)) <= 300
    assert clean_string(text).count("\r") == 0


@pytest.mark.asyncio
async def test_lone_surrogates_from_flora_reach_the_history_as_replacement_characters(
    client: FloraClient, control: Control, tmp_path: Path
) -> None:
    workspaces = {
        "workspaces": [{"workspace_id": "ws_1", "name": "Evil \ud83d Studio", "role": "owner"}]
    }
    await control.fault("/workspaces", mode="body", body=json.dumps(workspaces))
    (workspace,) = await client.workspaces.list()
    assert workspace.name == "Evil \ufffd Studio"
    run = {
        "run_id": "run_1",
        "status": "completed",
        "progress": 100,
        "created_at": 1_700_000_000_000,
        "error_message": "bell\x07 and \x1b[31mescape",
        "outputs": [{"output_id": "o\ud800", "type": "text", "url": "caption \ud83d\nline 2\x00"}],
    }
    await control.fault("/runs/run_1", mode="body", body=json.dumps(run))
    status = await client.runs.retrieve("run_1")
    assert isinstance(status, RunStatus)
    assert status.outputs[0].url == "caption \ufffd\nline 2"
    assert status.error_message == "bell and [31mescape"
    async with HistoryStore(tmp_path / "history.sqlite3") as store:
        await store.record_start(
            base_url=client.base_url,
            run_id="run_1",
            technique_id="tech_1",
            workspace_id=workspace.workspace_id,
            workspace_name=workspace.name,
            inputs={},
        )
        record = await store.update_status(status, base_url=client.base_url)
    assert record is not None
    assert record.status == "completed"
    assert record.workspace_name == "Evil \ufffd Studio"
