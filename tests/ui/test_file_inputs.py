"""Local files into media rows, against the sandbox: choose or drop, upload, fill, undo, cancel."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.paths import AppPaths
from flora_desktop.ui.pages.launcher import LauncherPage
from flora_desktop.ui.pages.launcher_tools import ToolOptions
from flora_desktop.ui.widgets.file_input_bar import PROGRESS_STEPS, FileInputBar
from flora_desktop.ui.widgets.notice_label import NoticeLabel
from tests.conftest import reset_sandbox
from tests.ui.conftest import Wait
from tests.ui.tools_support import (
    FAST_POLL,
    Chooser,
    add_fault,
    drop_files,
    open_page,
    sandbox_requests,
)
from tests.upload_samples import LARGE_BYTES, write_exe, write_mp4, write_png

OpenPage = Callable[[str], Awaitable[LauncherPage]]


@pytest.fixture
def chooser() -> Chooser:
    return Chooser()


@pytest_asyncio.fixture
async def open_technique(
    sandbox: SandboxServer,
    sandbox_client: FloraClient,
    qapp_paths: AppPaths,
    qtbot: QtBot,
    wait: Wait,
    chooser: Chooser,
) -> AsyncIterator[OpenPage]:
    reset_sandbox(sandbox, asset_ready_seconds=0.05)
    pages: list[LauncherPage] = []
    options = ToolOptions(choose_file=chooser, upload_poll_interval=FAST_POLL)

    async def build(technique: str) -> LauncherPage:
        page = await open_page(sandbox, sandbox_client, qapp_paths, qtbot, wait, technique, options)
        pages.append(page)
        return page

    yield build
    for page in pages:
        await page.aclose()


def fetch(url: str) -> bytes:
    return httpx.get(url).content


def sandbox_runs(sandbox: SandboxServer) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/runs").json()["runs"]
    return found


def list_assets(sandbox: SandboxServer) -> list[str]:
    """Ids of the assets the sandbox holds, newest first (through the API, with the key)."""
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    listed = httpx.get(f"{sandbox.api_url}/assets", headers=headers).json()["assets"]
    return [a["asset_id"] for a in listed]


def bar(page: LauncherPage, key: str) -> FileInputBar:
    found = page.findChild(FileInputBar, f"fileInput:{key}")
    assert found is not None, key
    return found


def part(page: LauncherPage, kind: type, name: str) -> object:
    found = page.findChild(kind, name)
    assert found is not None, name
    return found


def value(page: LauncherPage, key: str) -> object:
    row = page.editor.row_widget(key)
    assert row is not None
    return row.row.value


def click(widget: object) -> None:
    assert isinstance(widget, QPushButton)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.mark.asyncio
async def test_choose_file_uploads_a_small_png_and_fills_the_row_as_one_undo_step(
    sandbox: SandboxServer, open_technique: OpenPage, chooser: Chooser, tmp_path: Path, wait: Wait
) -> None:
    page = await open_technique("CCTV Cam")
    chooser.path = write_png(tmp_path / "street.png", size=3000)
    undo_before = page.editor.undo_stack.count()

    click(part(page, QPushButton, "chooseFileButton:input_image"))
    await wait(lambda: str(value(page, "input_image")).startswith("http"))

    url = str(value(page, "input_image"))
    assert "/files/asset_" in url
    assert url.endswith("/street.png")
    assert fetch(url) == chooser.path.read_bytes()
    assert chooser.asked[0][1].startswith("Images (*.jpg")
    status = part(page, QLabel, "uploadStatus:input_image")
    assert isinstance(status, QLabel)
    assert status.text() == "Uploaded “street.png”."
    assert status.accessibleDescription() == status.text()
    field = part(page, QLineEdit, "inputValueField:input_image")
    assert isinstance(field, QLineEdit)
    assert field.text() == url
    (create,) = sandbox_requests(sandbox, "/api/v1/assets")[:1]
    assert create["method"] == "POST"
    assert create["auth"] == "valid"
    assert not sandbox_requests(sandbox, "/_storage/")

    # One undo step: undo empties the row, redo puts the URL back.
    assert page.editor.undo_stack.count() == undo_before + 1
    assert page.editor.undo_stack.undoText() == "Upload street.png to Photo"
    QTest.mouseClick(page.editor.undo_button, Qt.MouseButton.LeftButton)
    assert value(page, "input_image") == ""
    QTest.mouseClick(page.editor.redo_button, Qt.MouseButton.LeftButton)
    assert value(page, "input_image") == url

    # The filled row runs.
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await wait(lambda: page.result_panel.isVisible())
    assert sandbox_runs(sandbox)[0]["inputs"] == {"input_image": url}


@pytest.mark.asyncio
async def test_large_file_shows_progress_and_goes_signed_without_the_key(
    sandbox: SandboxServer, open_technique: OpenPage, chooser: Chooser, tmp_path: Path, wait: Wait
) -> None:
    page = await open_technique("CCTV Cam")
    chooser.path = write_png(tmp_path / "poster.png", size=LARGE_BYTES)
    progress = part(page, QProgressBar, "uploadProgress:input_image")
    assert isinstance(progress, QProgressBar)
    seen: list[int] = []
    progress.valueChanged.connect(seen.append)
    file_bar = bar(page, "input_image")

    click(part(page, QPushButton, "chooseFileButton:input_image"))
    assert file_bar.busy
    assert progress.isVisible()
    cancel = part(page, QPushButton, "cancelUploadButton:input_image")
    assert isinstance(cancel, QPushButton)
    assert cancel.isVisible()
    await wait(lambda: str(value(page, "input_image")).startswith("http"))

    assert not file_bar.busy
    assert not progress.isVisible()
    assert seen
    assert max(seen) == PROGRESS_STEPS
    assert seen == sorted(seen)
    (storage,) = sandbox_requests(sandbox, "/_storage/")
    assert storage["auth"] == "missing"
    assert storage["status"] == 204


@pytest.mark.asyncio
async def test_storage_failure_is_retried_and_the_row_filled(
    sandbox: SandboxServer,
    open_technique: OpenPage,
    chooser: Chooser,
    tmp_path: Path,
    wait: Wait,
) -> None:
    # The storage path holds the asset id, known only once POST /assets has run. So the
    # create answer is held back a moment (the asset already exists), the test reads the
    # new asset's id from GET /assets and arms a one-time 503 on its storage path.
    page = await open_technique("CCTV Cam")
    chooser.path = write_png(tmp_path / "poster.png", size=LARGE_BYTES)
    add_fault(
        sandbox, method="POST", path="/api/v1/assets", mode="slow", delay_ms=800, when="after"
    )
    click(part(page, QPushButton, "chooseFileButton:input_image"))
    await wait(lambda: bool(list_assets(sandbox)))
    asset_ids = list_assets(sandbox)
    add_fault(sandbox, method="POST", path=f"/_storage/{asset_ids[0]}", status=503)
    await wait(lambda: str(value(page, "input_image")).startswith("http"))

    paths = [(r["method"], r["path"], r["status"]) for r in sandbox_requests(sandbox)]
    storage = [p for p in paths if p[1] == f"/_storage/{asset_ids[0]}"]
    assert [s[2] for s in storage] in ([503, 204], [None, 204])
    assert ("POST", f"/api/v1/assets/{asset_ids[0]}/retry", 200) in paths
    assert bar(page, "input_image").status_text() == "Uploaded “poster.png”."


@pytest.mark.asyncio
async def test_storage_refusing_twice_says_so_and_keeps_the_row(
    sandbox: SandboxServer,
    open_technique: OpenPage,
    chooser: Chooser,
    tmp_path: Path,
    wait: Wait,
) -> None:
    page = await open_technique("CCTV Cam")
    chooser.path = write_png(tmp_path / "poster.png", size=LARGE_BYTES)
    add_fault(
        sandbox, method="POST", path="/api/v1/assets", mode="slow", delay_ms=800, when="after"
    )
    click(part(page, QPushButton, "chooseFileButton:input_image"))
    await wait(lambda: bool(list_assets(sandbox)))
    (asset_id,) = list_assets(sandbox)
    add_fault(sandbox, method="POST", path=f"/_storage/{asset_id}", status=500, count=2)
    file_bar = bar(page, "input_image")
    await wait(lambda: not file_bar.busy)

    assert file_bar.status_text() == (
        "“poster.png” was not uploaded: the file storage refused it. Try again."
    )
    assert file_bar.status.property("problem") is True
    assert value(page, "input_image") == ""


@pytest.mark.asyncio
async def test_refused_type_is_explained_and_nothing_is_sent(
    sandbox: SandboxServer, open_technique: OpenPage, chooser: Chooser, tmp_path: Path, wait: Wait
) -> None:
    page = await open_technique("CCTV Cam")
    for path, words in (
        (write_exe(tmp_path / "setup.exe"), "“setup.exe” is not a kind of file FLORA takes."),
        (tmp_path / "notes.txt", "“notes.txt” is not a kind of file FLORA takes."),
    ):
        if not path.exists():
            path.write_text("just words", encoding="utf-8")
        chooser.path = path
        click(part(page, QPushButton, "chooseFileButton:input_image"))
        file_bar = bar(page, "input_image")
        await wait(lambda b=file_bar: not b.busy)  # type: ignore[misc]
        assert file_bar.status_text().startswith(words)
        assert "This input needs an image (JPEG, PNG" in file_bar.status_text()
        assert file_bar.status.property("problem") is True
    assert value(page, "input_image") == ""
    assert sandbox_requests(sandbox, "/api/v1/assets") == []

    # A valid link instead: the refusal's words go at once (they used to stay, even after
    # a successful run), and so does the problem marking.
    field = part(page, QLineEdit, "inputValueField:input_image")
    assert isinstance(field, QLineEdit)
    field.setFocus()
    QTest.keyClicks(field, "https://example.com/street.png")
    file_bar = bar(page, "input_image")
    assert file_bar.status.property("problem") is False
    assert file_bar.status_text() == "or drop a file on this row"


@pytest.mark.asyncio
async def test_image_dropped_on_a_video_input_is_refused(
    sandbox: SandboxServer, open_technique: OpenPage, tmp_path: Path, wait: Wait
) -> None:
    page = await open_technique("Highlight Reel Cutter")
    field = part(page, QLineEdit, "inputValueField:footage")
    assert isinstance(field, QLineEdit)

    assert drop_files(field, [write_png(tmp_path / "still.png")])
    file_bar = bar(page, "footage")
    await wait(lambda: not file_bar.busy and "still.png" in file_bar.status_text())

    assert file_bar.status_text() == (
        "“still.png” is an image, but this input needs a video (MP4, WebM or MOV)."
    )
    assert field.text() == ""  # the drop did not paste the file's path as text
    assert sandbox_requests(sandbox, "/api/v1/assets") == []

    # A video dropped on the row itself uploads.
    row = page.editor.row_widget("footage")
    assert row is not None
    assert drop_files(row, [write_mp4(tmp_path / "clip.mp4")])
    await wait(lambda: str(value(page, "footage")).endswith("/clip.mp4"))


@pytest.mark.asyncio
async def test_cancel_mid_upload_leaves_the_row_unchanged(
    sandbox: SandboxServer, open_technique: OpenPage, chooser: Chooser, tmp_path: Path, wait: Wait
) -> None:
    page = await open_technique("CCTV Cam")
    field = part(page, QLineEdit, "inputValueField:input_image")
    assert isinstance(field, QLineEdit)
    field.setFocus()
    QTest.keyClicks(field, "https://images.unsplash.com/keep.png")
    undo_count = page.editor.undo_stack.count()
    add_fault(sandbox, method="POST", path="/api/v1/assets", mode="slow", delay_ms=5000)
    chooser.path = write_png(tmp_path / "other.png")

    click(part(page, QPushButton, "chooseFileButton:input_image"))
    await wait(lambda: bool(sandbox_requests(sandbox, "/api/v1/assets")))
    file_bar = bar(page, "input_image")
    assert file_bar.busy
    click(part(page, QPushButton, "cancelUploadButton:input_image"))
    await wait(lambda: not file_bar.busy)

    assert value(page, "input_image") == "https://images.unsplash.com/keep.png"
    assert field.text() == "https://images.unsplash.com/keep.png"
    assert page.editor.undo_stack.count() == undo_count
    assert file_bar.status_text() == "Upload of “other.png” cancelled."
    assert file_bar.choose_button.isVisible()


@pytest.mark.asyncio
async def test_file_dropped_on_the_page_goes_to_the_input_that_takes_it(
    sandbox: SandboxServer, open_technique: OpenPage, tmp_path: Path, wait: Wait
) -> None:
    page = await open_technique("Lip Sync")
    assert drop_files(page, [write_mp4(tmp_path / "talk.mp4")])
    await wait(lambda: str(value(page, "video")).endswith("/talk.mp4"))
    assert value(page, "audio") == ""

    assert drop_files(page, [write_png(tmp_path / "x.png")])
    notice = part(page, NoticeLabel, "shareNotice")
    assert isinstance(notice, NoticeLabel)
    await wait(lambda: notice.isVisible())
    assert notice.full_text() == "None of the inputs takes “x.png”."
    assert notice.accessibleDescription() == notice.full_text()


@pytest.mark.asyncio
async def test_several_files_on_a_list_input_each_become_an_item(
    sandbox: SandboxServer, open_technique: OpenPage, tmp_path: Path, wait: Wait
) -> None:
    page = await open_technique("Lookbook Layout")
    row = page.editor.row_widget("photos")
    assert row is not None
    files = [write_png(tmp_path / f"look{n}.png") for n in range(2)]
    assert drop_files(row, files)
    await wait(lambda: len(value(page, "photos")) == 2)  # type: ignore[arg-type]
    items = value(page, "photos")
    assert isinstance(items, list)
    assert [item.rsplit("/", 1)[-1] for item in items] == ["look0.png", "look1.png"]
