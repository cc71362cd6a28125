"""Whatever FLORA (or a proxy in front of it) answers: typed, cleaned, bounded, never a crash.

Through the real launcher page, the real watcher and uploader, against the sandbox, whose
``body`` fault answers a given body verbatim.
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.uploads import AssetUploader, FileChanged, UploadProgress
from flora_desktop.services.watch import RunWatcher, WatchUpdate
from tests.reliability.conftest import (
    LoopProbe,
    MakeClient,
    MakePage,
    Observe,
    assert_plain,
    sandbox_get,
)
from tests.reliability.test_faults import wait_for_banner
from tests.ui.conftest import wait_until
from tests.upload_samples import LARGE_BYTES, write_png

WORKSPACES = "/api/v1/workspaces"


def arm(sandbox: SandboxServer, path: str, body: str, status: int = 200, **more: Any) -> None:
    fault = {"path": path, "mode": "body", "status": status, "body": body, **more}
    # json.dumps escapes lone surrogates; httpx's own encoder would refuse them.
    httpx.post(
        f"{sandbox.root_url}/_sandbox/faults",
        content=json.dumps(fault),
        headers={"Content-Type": "application/json"},
    ).raise_for_status()


def real_workspaces(sandbox: SandboxServer) -> list[dict[str, Any]]:
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    answer = httpx.get(f"{sandbox.api_url}/workspaces", headers=headers)
    workspaces: list[dict[str, Any]] = answer.raise_for_status().json()["workspaces"]
    return workspaces


@pytest.mark.gui
@pytest.mark.asyncio
async def test_hostile_names_in_a_large_workspace_list(
    sandbox: SandboxServer, make_page: MakePage, probe: LoopProbe, observe: Observe
) -> None:
    workspaces = real_workspaces(sandbox)
    owner = next(w for w in workspaces if w["role"] == "owner")
    owner["name"] = "Evil \ud83d Studio\x07\u202e" + "x" * 5000
    filler = [
        {"workspaceId": f"ws_{i:08d}", "name": f"Studio {i} \udc00", "role": "viewer"}
        for i in range(40_000)
    ]
    body = json.dumps({"workspaces": [*workspaces, *filler]})
    arm(sandbox, WORKSPACES, body, count=None)
    probe.start()
    page = await make_page()
    await wait_until(lambda: page.workspace_picker.count() > 40_000, 30.0)
    responsive = probe.assert_responsive()
    names = [page.workspace_picker.itemText(i) for i in range(page.workspace_picker.count())]
    for name in names:
        name.encode("utf-8")
    shown = next(n for n in names if n.startswith("Evil"))
    assert shown.startswith("Evil \ufffd Studio")
    name = shown.removesuffix(" (owner)")  # the picker adds the role
    assert len(name) <= 300
    await make_page.close_all()
    observe(
        "input",
        f"A {len(body) / 1e6:.1f} MB workspace list (40,000 workspaces) whose names carry "
        "lone UTF-16 surrogates, a BEL, a right-to-left override and 5,000 characters",
        f"the picker lists them; the name reads “{name[:24]}…” ({len(name)} characters)",
        f"{responsive}; decoded and parsed off the UI thread; every name encodable",
    )


@pytest.mark.gui
@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "body"),
    [(404, "<html><h1>404 Not Found</h1></html>"), (503, ""), (502, "\x00garbage}{")],
    ids=["404-html", "503-empty", "502-garbage"],
)
async def test_a_proxy_page_by_status_reads_as_before(
    sandbox: SandboxServer, make_page: MakePage, status: int, body: str, observe: Observe
) -> None:
    arm(sandbox, WORKSPACES, body, status=status, count=None)
    page = await make_page()
    words = await wait_for_banner(page)
    assert_plain(words)
    await make_page.close_all()
    kind = "HTML page" if body.startswith("<") else ("empty body" if not body else "garbage")
    observe(
        "fault",
        f"A proxy's {status} {kind} (not FLORA's error format) for the workspace list",
        words,
        "typed by status (APIStatusError subclass, excerpt kept, no key); no crash",
    )


@pytest.mark.asyncio
@pytest.mark.parametrize("status", ["cancelled", "expired", "paused_by_admin"])
async def test_a_run_status_no_one_told_the_app_about(
    sandbox: SandboxServer, make_client: MakeClient, status: str, observe: Observe
) -> None:
    client = make_client(max_retries=0)
    run = {"run_id": "run_odd", "status": status, "progress": 40, "created_at": 1}
    arm(sandbox, "/api/v1/runs/run_odd", json.dumps(run), count=None)
    updates: list[WatchUpdate] = []
    watcher = RunWatcher(client, interval=0.02, max_interval=0.05, unknown_status_polls=3)
    async with asyncio.timeout(10):
        await watcher.watch("run_odd", None, updates.append)
    last = updates[-1]
    assert last.stopped
    assert last.error is not None
    polls = [r for r in sandbox_get(sandbox, "requests") if r["path"] == "/api/v1/runs/run_odd"]
    assert len(polls) == 3
    observe(
        "fault",
        f"A run whose status is “{status}”, which the app does not know",
        last.error,
        "polled 3 times with growing pauses, then the watch ends; not resumed at the next start",
    )


@pytest.mark.asyncio
async def test_an_export_still_being_written_while_it_uploads(
    sandbox: SandboxServer, make_client: MakeClient, tmp_path: Path, observe: Observe
) -> None:
    client = make_client(max_retries=0)
    owner = next(w for w in real_workspaces(sandbox) if w["role"] == "owner")
    path = write_png(tmp_path / "export.png", size=LARGE_BYTES)

    def keep_writing(progress: UploadProgress) -> None:
        if progress.stage == "uploading" and progress.sent > 0:
            with path.open("ab") as handle:
                handle.write(b"\0" * 4096)

    async with asyncio.timeout(10):
        with pytest.raises(FileChanged) as refused:
            await AssetUploader(client, poll_interval=0.02).upload(
                path, workspace_id=owner["workspace_id"], input_type="imageUrl",
                on_progress=keep_writing,
            )  # fmt: skip
    pipe = tmp_path / "swapped.png"
    os.mkfifo(pipe)
    async with asyncio.timeout(10):
        with pytest.raises(FileChanged.__mro__[1]):  # UploadRefused: not a file, no hang
            await AssetUploader(client).upload(
                pipe, workspace_id=owner["workspace_id"], input_type="imageUrl"
            )
    observe(
        "input",
        "A 4.3 MB image that grows while its bytes go to storage; a FIFO in place of a file",
        refused.value.message,
        "a plain message on the row, no h11 error, no crash dialog; the FIFO is refused "
        "without a worker thread blocking on it",
    )


@pytest.mark.gui
@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("pasted", "what"),
    [
        ("\u200b{key}\u200e", "wrapped in a zero-width space and a left-to-right mark"),
        ("\ufeff{key}\u00a0", "after a byte-order mark, before a no-break space"),
        ("{look_alike}", "with a Cyrillic “е” in place of a Latin “e”"),
    ],
    ids=["invisible", "bom-nbsp", "look-alike"],
)
async def test_a_pasted_key_with_characters_no_one_sees(
    qtbot: Any, sandbox: SandboxServer, pasted: str, what: str, observe: Observe
) -> None:
    from flora_desktop.services.credentials import SessionCredentialStore
    from tests.ui.test_sign_in import CountingVerify, make_panel

    verify = CountingVerify()
    panel, signed_in, tasks = make_panel(
        qtbot, sandbox.api_url, SessionCredentialStore(), verify=verify
    )
    look_alike = sandbox.api_key.replace("e", "\u0435", 1)
    assert look_alike != sandbox.api_key
    panel.key_field.setText(pasted.format(key=sandbox.api_key, look_alike=look_alike))
    panel.test_button.click()
    await wait_until(lambda: not panel.busy and (bool(signed_in) or panel.message.isVisible()))
    if "look_alike" in pasted:
        sees = panel.message.text()
        assert_plain(sees)
        assert verify.calls == []
        checks = "refused on the field before any request (0 requests); the key stays typed"
    else:
        await wait_until(lambda: bool(signed_in))
        assert verify.calls == [(sandbox.api_url, sandbox.api_key)]
        sees = "signed in"
        checks = "the invisible characters dropped; the key FLORA issued is what was checked"
    await tasks.aclose()
    observe("input", f"An API key pasted {what}", sees, checks)


def test_every_string_field_of_every_model(observe: Observe) -> None:
    from tests.api.test_model_strings import test_every_string_field_of_every_model_comes_out_safe

    test_every_string_field_of_every_model_comes_out_safe()
    observe(
        "property",
        "Every string field of every response model (16), generated from the models' own "
        "field declarations, × lone surrogates, C0/C1 controls, bidi overrides, CR LF, "
        "20,000-character text; snake_case or camelCase keys; decoded as the client does",
        "names and labels one line of at most 300 characters, texts at most 10,000; "
        "nothing that could crash a store or a widget",
        "every string encodable as UTF-8; no control characters but line feed and tab",
    )
