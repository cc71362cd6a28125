"""Bad input through the real launcher and the output saver: flagged in plain words, nothing lost.

Keys and values go in through the real editor widgets; what reaches FLORA is read back from
the sandbox's request and run logs. Output names and URLs come from a "server" we write, and
the saver must keep every file inside the chosen folder.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from flora_desktop.api.models import RunOutput
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.outputs import (
    OutputDownloader,
    UnsafeURLError,
    output_url_policy,
)
from flora_desktop.ui.pages.launcher import LauncherPage
from tests.reliability.conftest import (
    LoopProbe,
    MakeClient,
    MakePage,
    Observe,
    assert_plain,
    run_count,
    sandbox_get,
)
from tests.reliability.test_faults import press_run, seen
from tests.ui.conftest import wait_until
from tests.ui.test_launcher import IMAGE, choose_workspace, fill, pick, value_widget
from tests.ui.test_presets_ui import action

pytestmark = pytest.mark.gui

RUNS = "/api/v1/runs/technique"


def posts(sandbox: SandboxServer) -> int:
    return sum(1 for r in sandbox_get(sandbox, "requests") if r["path"] == RUNS)


def row_messages(page: LauncherPage, key: str) -> str:
    row = page.editor.row_widget(key)
    assert row is not None, f"no row {key!r}"
    return row.message_label.text()


async def add_custom_row(page: LauncherPage, key: str, value: str) -> None:
    """Add a custom input with the real "Add input" button and type into it."""
    page.editor.set_advanced(True)  # custom inputs live behind Advanced
    QTest.mouseClick(page.editor.add_button, Qt.MouseButton.LeftButton)
    row = page.editor.row_widgets()[-1]
    assert row.key_field is not None
    row.key_field.setFocus()
    row.key_field.insert(key)  # insert(): one edit, like a paste, for any character
    row.key_field.textEdited.emit(row.key_field.text())
    field = row.value_editor.focus_widget()
    paste_into(field, value)


def paste_into(field: Any, text: str) -> None:
    """Paste ``text`` through the clipboard, as a person with Ctrl+V does."""
    QApplication.clipboard().setText(text)
    field.setFocus()
    if isinstance(field, QLineEdit | QPlainTextEdit):
        field.paste()
    else:
        raise AssertionError(f"cannot paste into {field!r}")


async def open_technique(page: LauncherPage, qtbot: Any, name: str) -> None:
    choose_workspace(page, "owner")
    await pick(page, name, qtbot, wait_until)


async def press_run_expecting_rows(page: LauncherPage) -> None:
    """Run, when the editor itself refuses: wait for the rows to say why (the click's
    slot runs on the loop, after this returns)."""
    await wait_until(page.spend_guard.admits)  # not the second click of a double-click
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await wait_until(
        lambda: not page.busy and any(r.message_label.text() for r in page.editor.row_widgets())
    )


# --- keys and values ------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_empty_and_duplicate_keys_are_flagged_and_nothing_is_sent(
    sandbox: SandboxServer, make_page: MakePage, qtbot: Any, observe: Observe
) -> None:
    page = await make_page()
    await open_technique(page, qtbot, "CCTV Cam")
    fill(page, "input_image", IMAGE)
    await add_custom_row(page, "", "a value without a name")
    await add_custom_row(page, "mood", "calm")
    await add_custom_row(page, "mood", "stormy")
    typed = page.editor.draft()

    await press_run_expecting_rows(page)

    messages = [row.message_label.text() for row in page.editor.row_widgets()]
    assert "Give this input a name" in messages
    assert sum("Another input already uses this name" in m for m in messages) == 2
    for message in messages:
        if message:
            assert_plain(message)
    assert posts(sandbox) == 0
    assert page.editor.draft() == typed
    await make_page.close_all()
    observe(
        "input",
        "A custom input with no name; two custom inputs both named “mood”",
        " / ".join(sorted({m for m in messages if m})),
        "marked on their rows; no request sent; every row kept as typed",
    )


@pytest.mark.asyncio
async def test_invalid_json_value_is_flagged_where_it_was_typed(
    sandbox: SandboxServer, make_page: MakePage, qtbot: Any, observe: Observe
) -> None:
    page = await make_page()
    await open_technique(page, qtbot, "CCTV Cam")
    fill(page, "input_image", IMAGE)
    await add_custom_row(page, "settings", "")
    toggle = page.editor.row_widget("settings")
    assert toggle is not None
    QTest.mouseClick(toggle.json_toggle, Qt.MouseButton.LeftButton)
    await wait_until(lambda: page.editor.rows()[-1].mode == "json")
    field = page.editor.row_widget("settings")
    assert field is not None
    broken = '{"strength": 0.8, "tags": [NaN, '
    paste_into(field.value_editor.focus_widget(), broken)
    await wait_until(lambda: page.editor.rows()[-1].value == broken)
    typed = page.editor.draft()

    await press_run_expecting_rows(page)

    message = row_messages(page, "settings")
    assert message.startswith("This isn't valid JSON")
    assert posts(sandbox) == 0
    assert page.editor.draft() == typed
    await make_page.close_all()
    observe(
        "input",
        'A JSON value cut off half-way, with NaN: {"strength": 0.8, "tags": [NaN,',
        message,
        "marked on its row with line and column; nothing sent; text kept",
    )


@pytest.mark.asyncio
async def test_ten_megabyte_paste_keeps_the_window_responsive(
    sandbox: SandboxServer,
    make_page: MakePage,
    probe: LoopProbe,
    qtbot: Any,
    observe: Observe,
) -> None:
    page = await make_page()
    await open_technique(page, qtbot, "Art Director's Critique")
    fill(page, "artwork", IMAGE)
    huge = ("A brief that goes on. " * 500_000)[:10_000_000]
    probe.start()
    paste_into(value_widget(page, "brief"), huge)
    await wait_until(lambda: page.editor.rows()[1].value == huge)
    typed = page.editor.draft()

    await press_run(page)
    await wait_until(lambda: not page.busy and page.banner.isVisible())
    responsive = probe.assert_responsive()
    text = seen(page)
    assert_plain(text)
    brief_message = row_messages(page, "brief")
    assert run_count(sandbox) == 0
    assert page.editor.draft() == typed
    await make_page.close_all()
    observe(
        "input",
        "A 10 MB value pasted into a text input, then Run",
        f"{text} {brief_message}".strip(),
        f"{responsive} while pasting and sending; FLORA refused it; no run; value kept",
    )


@pytest.mark.asyncio
async def test_emoji_rtl_and_control_characters_arrive_exactly_or_are_explained(
    sandbox: SandboxServer, make_page: MakePage, qtbot: Any, observe: Observe
) -> None:
    page = await make_page()
    await open_technique(page, qtbot, "Art Director's Critique")
    fill(page, "artwork", IMAGE)
    value = "Pastel 🎨👩🏽‍🎨 \u202eevil\u202c مرحبا بالعالم שלום \x07bell\ttab\u200b"
    paste_into(value_widget(page, "brief"), value)
    await wait_until(lambda: page.editor.rows()[1].value == value)

    await press_run(page)
    await wait_until(lambda: not page.busy and page.result_panel.isVisible())
    runs = sandbox_get(sandbox, "runs")
    assert len(runs) == 1
    assert runs[0]["inputs"]["brief"] == value

    # The same characters in a key FLORA does not know: refused, and said on the row.
    key = "🎨\u202emood\x07"
    await add_custom_row(page, key, "calm")
    typed = page.editor.draft()
    await press_run(page)
    await wait_until(lambda: not page.busy and page.banner.isVisible())
    message = row_messages(page, key)
    assert_plain(message)
    assert run_count(sandbox) == 1
    assert page.editor.draft() == typed
    await make_page.close_all()
    observe(
        "input",
        "Emoji (with skin tone and ZWJ), right-to-left text and override marks, BEL, TAB and a "
        "zero-width space in a value; the same in a custom key",
        f"value: the run starts; key: “{message}” on its row",
        "the value reaches FLORA byte for byte; the unknown key is explained on its row",
    )


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.cookie)",
        "file:///etc/passwd",
        "data:image/png;base64,iVBORw0KGgo=",
        " javascript:alert(1)",
    ],
    ids=["javascript", "file", "data", "javascript-leading-space"],
)
async def test_non_web_media_urls_are_refused_before_sending(
    url: str, sandbox: SandboxServer, make_page: MakePage, qtbot: Any, observe: Observe
) -> None:
    page = await make_page()
    await open_technique(page, qtbot, "CCTV Cam")
    paste_into(value_widget(page, "input_image"), url)
    typed = page.editor.draft()

    await press_run_expecting_rows(page)

    message = row_messages(page, "input_image")
    assert_plain(message)
    assert posts(sandbox) == 0
    assert page.editor.draft() == typed
    assert not output_url_policy(url)
    await make_page.close_all()
    observe(
        "input",
        f"Media URL {url!r} in an image input",
        message,
        "refused on its row before anything is sent; an output link like it is never opened",
    )


# --- what the server sends back -----------------------------------------------------------------


def shorten(text: str) -> str:
    return text if len(text) <= 60 else f"{text[:30]}… ({len(text)} characters)"


def files_below(root: Path) -> list[str]:
    return sorted(p.name for p in root.rglob("*") if p.is_file())


async def finished_output_url(client: Any) -> str:
    """A real output URL: start a run on the sandbox and poll it to the end."""
    workspaces = await client.workspaces.list()
    owner = next(w for w in workspaces if w.role == "owner")
    techniques = [t async for t in client.techniques.list(workspace_id=owner.workspace_id)]
    technique = next(t for t in techniques if t.name == "CCTV Cam")
    start = await client.runs.start_technique(
        technique_id=technique.technique_id,
        workspace_id=owner.workspace_id,
        inputs={"input_image": IMAGE},
    )
    for _ in range(100):
        status = await client.runs.retrieve(start.run_id)
        if status.is_terminal:
            assert status.outputs, status
            url: str = status.outputs[0].url
            return url
        await asyncio.sleep(0.05)
    raise AssertionError("the run did not finish")


HOSTILE_NAMES = [
    ("../../../../etc/passwd", "../../x"),
    ("..\\..\\Windows\\System32\\evil", "CON"),
    ("/absolute/path", "run/../../.."),
    ("name\x00with-nul", ".."),
    ("🎨" * 200, "\u202egnp.exe"),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("output_id", "technique_name"), HOSTILE_NAMES)
async def test_output_names_from_the_server_stay_in_the_folder(
    output_id: str,
    technique_name: str,
    sandbox: SandboxServer,
    make_client: MakeClient,
    tmp_path: Path,
    observe: Observe,
) -> None:
    folder = tmp_path / "outputs" / "inner"
    folder.mkdir(parents=True)
    media = await finished_output_url(make_client())
    async with OutputDownloader() as saver:
        image = await saver.save_output(
            RunOutput(output_id=output_id, type="imageUrl", url=media),
            folder,
            technique_name=technique_name,
            run_id="../run",
        )
        text = await saver.save_output(
            RunOutput(output_id=output_id, type="text", url="words"),
            folder,
            technique_name=technique_name,
            run_id="../run",
        )
    for saved in (image, text):
        assert saved.parent == folder.resolve()
    assert await asyncio.to_thread(files_below, tmp_path) == sorted([image.name, text.name])
    observe(
        "input",
        f"Output id {shorten(output_id)!r} and technique name {technique_name!r} from the server",
        f"saved as “{shorten(image.name)}” and “{shorten(text.name)}”",
        "both files land inside the chosen folder; nothing else is written",
    )


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<script>x</script>"],
    ids=["javascript", "file", "data"],
)
async def test_output_urls_that_are_not_web_links_are_not_fetched(
    url: str, tmp_path: Path, observe: Observe
) -> None:
    async with OutputDownloader() as saver:
        with pytest.raises(UnsafeURLError) as caught:
            await saver.save_output(
                RunOutput(output_id="out_1", type="imageUrl", url=url),
                tmp_path,
                technique_name="T",
                run_id="run_1",
            )
    message = str(caught.value)
    assert_plain(message)
    assert url not in message
    assert await asyncio.to_thread(files_below, tmp_path) == []
    observe(
        "input",
        f"Output URL {url!r} from the server",
        message,
        "not fetched, not opened; no file written",
    )


# --- a broken technique schema -------------------------------------------------------------------


def schema_proxy(
    sandbox: SandboxServer, rewrite: Callable[[dict[str, Any]], dict[str, Any]]
) -> Any:
    """A transport to the real sandbox that rewrites one technique answer (the sandbox
    cannot serve a broken technique, so only that body is changed)."""
    upstream = httpx.AsyncHTTPTransport()

    class Proxy(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response = await upstream.handle_async_request(request)
            if request.method == "GET" and "/techniques/tech_" in request.url.path:
                await response.aread()
                body = rewrite(response.json())
                return httpx.Response(response.status_code, json=body)
            return response

        async def aclose(self) -> None:
            await upstream.aclose()

    return Proxy()


SCHEMAS: list[tuple[str, Callable[[dict[str, Any]], dict[str, Any]], bool]] = [
    (
        "An input whose type no app knows (“hologram”)",
        lambda t: {**t, "inputs": [{**i, "type": "hologram"} for i in t["inputs"]]},
        True,
    ),
    (
        "An input with no id and no type",
        lambda t: {**t, "inputs": [{"name": "Nameless"}]},
        False,
    ),
    (
        "A technique without its name and cost",
        lambda t: {k: v for k, v in t.items() if k not in ("name", "run_cost")},
        False,
    ),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("tried", "rewrite", "usable"), SCHEMAS, ids=["unknown-type", "no-id", "no-name"]
)
async def test_broken_technique_schema(
    tried: str,
    rewrite: Callable[[dict[str, Any]], dict[str, Any]],
    usable: bool,
    sandbox: SandboxServer,
    make_page: MakePage,
    make_client: MakeClient,
    qtbot: Any,
    observe: Observe,
) -> None:
    client = make_client(max_retries=0)
    await client._http.aclose()
    client._http = httpx.AsyncClient(transport=schema_proxy(sandbox, rewrite), timeout=10)
    page = await make_page(client)
    choose_workspace(page, "owner")
    search = page.technique_picker.search
    QTest.keyClicks(search, "CCTV Cam")
    await wait_until(lambda: page.technique_picker.model.rowCount() > 0)
    chosen = page.technique_picker.model.technique_at(0)
    assert chosen is not None
    page.technique_picker.technique_chosen.emit(chosen)

    if usable:
        await wait_until(lambda: page.technique is not None)
        row = page.editor.row_widget("input_image")
        assert row is not None
        paste_into(value_widget(page, "input_image"), IMAGE)
        await press_run(page)
        await wait_until(lambda: not page.busy and page.result_panel.isVisible())
        runs = sandbox_get(sandbox, "runs")
        assert len(runs) == 1
        assert runs[0]["inputs"] == {"input_image": IMAGE}
        sees = "the input is offered as free text; Run sends it as typed and the run starts"
    else:
        await wait_until(lambda: page.banner.isVisible())
        sees = seen(page)
        assert_plain(sees)
        assert "run" not in sees.lower()
        assert page.technique is None
        assert run_count(sandbox) == 0
    await make_page.close_all()
    observe("input", tried, sees, "no crash; the page stays usable")


@pytest.mark.asyncio
async def test_several_values_in_an_input_that_takes_many_start_nothing_on_run(
    sandbox: SandboxServer, make_page: MakePage, qtbot: Any
) -> None:
    """FLORA starts one run per value of an ``allow_multiple`` input (CONTRACT §4.1): one
    press of Run must not start several behind the user's back; a batch shows the cost."""
    from flora_desktop.services.inputs import several_values

    page = await make_page()
    await open_technique(page, qtbot, "Storyboard to Animatic")
    assert page.technique is not None
    frames = [f"https://images.unsplash.com/frame-{i}.png" for i in range(3)]
    assert several_values(page.technique, {"frames": frames}) == ("Storyboard frames", 3)
    assert several_values(page.technique, {"frames": frames[:1]}) is None
    QApplication.clipboard().setText(f'{{"frames": {json.dumps(frames)}}}')
    action(page, "pasteInputsAction").trigger()
    await wait_until(lambda: page.editor.validate().inputs.get("frames") == frames)

    await press_run(page)
    await wait_until(lambda: page.banner.isVisible())
    text = seen(page)
    assert "3 values" in text
    assert_plain(text)
    assert run_count(sandbox) == 0
    assert posts(sandbox) == 0
    await make_page.close_all()
