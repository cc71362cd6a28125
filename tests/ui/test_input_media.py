"""Pictures and videos in the inputs show and check themselves before Run, against the sandbox.

"Logo Animator" asks for a 1:1 logo (``specified_aspect_ratio``). A 4:3 file is shown as a
thumbnail with its facts, marked on its row and never sent; "Crop to 1:1" writes a new file
(the original untouched) and uploads it in its place; "Use anyway" lets it through.
"""

from __future__ import annotations

import asyncio
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from aiohttp import web
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.api.models import Technique, TechniqueIO
from flora_desktop.sandbox import media as sandbox_media
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.paths import AppPaths
from flora_desktop.ui.pages.launcher import LauncherPage
from flora_desktop.ui.pages.launcher_tools import ToolOptions
from flora_desktop.ui.widgets.inputs_editor import InputsEditor
from tests.conftest import reset_sandbox
from tests.local_site import Handler, local_site
from tests.ui.conftest import Wait
from tests.ui.tools_support import FAST_POLL, Chooser, open_page

OpenPage = Callable[[str], Awaitable[LauncherPage]]
NEEDS_SQUARE = "This picture is 400 × 300, but this input needs the shape 1:1."


def write_picture(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    assert image.save(str(path))  # the format follows the .png name
    return path


def write_mp4_lasting(path: Path, seconds: float, *, version: int = 0) -> Path:
    """An MP4 whose movie header says it lasts ``seconds`` (timescale 1000)."""
    ftyp = struct.pack(">I4s4sI4s", 20, b"ftyp", b"isom", 0x200, b"isom")
    if version == 1:
        body = bytes([1, 0, 0, 0]) + struct.pack(">QQIQ", 0, 0, 1000, int(seconds * 1000))
    else:
        body = bytes(4) + struct.pack(">IIII", 0, 0, 1000, int(seconds * 1000))
    mvhd = struct.pack(">I4s", 8 + len(body), b"mvhd") + body
    moov = struct.pack(">I4s", 8 + len(mvhd), b"moov") + mvhd
    path.write_bytes(ftyp + moov + bytes(2048))
    return path


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


def child(page: Any, kind: type, name: str) -> Any:
    found = page.findChild(kind, name)
    assert found is not None, name
    return found


def row_value(page: LauncherPage, key: str) -> object:
    row = page.editor.row_widget(key)
    assert row is not None
    return row.row.value


def runs(sandbox: SandboxServer) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/runs").json()["runs"]
    return found


def click(widget: QPushButton) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def picture_once(picture: bytes, answer: Callable[[], Awaitable[object]] | None = None) -> Handler:
    """Serve ``picture``, once ``answer()`` returns when given (a slow site)."""

    async def serve(_request: web.Request) -> web.StreamResponse:
        if answer is not None:
            await answer()
        return web.Response(body=picture, content_type="image/png")

    return serve


async def choose(page: LauncherPage, chooser: Chooser, path: Path, wait: Wait) -> str:
    before = row_value(page, "logo")
    chooser.path = path
    click(child(page, QPushButton, "chooseFileButton:logo"))
    await wait(lambda: row_value(page, "logo") != before)
    return str(row_value(page, "logo"))


@pytest.mark.asyncio
async def test_a_4_3_logo_is_shown_marked_and_not_sent_until_cropped_to_a_new_file(
    sandbox: SandboxServer, open_technique: OpenPage, chooser: Chooser, tmp_path: Path, wait: Wait
) -> None:
    page = await open_technique("Logo Animator")
    original = write_picture(tmp_path / "wide.png", 400, 300)
    original_bytes = original.read_bytes()
    await choose(page, chooser, original, wait)

    thumb = child(page, QLabel, "mediaThumb:logo")
    info = child(page, QLabel, "mediaInfo:logo")
    await wait(lambda: not thumb.pixmap().isNull())
    assert thumb.pixmap().deviceIndependentSize().width() <= thumb.width()  # fits its box
    assert info.text().startswith("wide.png · ")
    assert info.text().endswith(" · 400 × 300")
    message = child(page, QLabel, "inputMessage:logo")
    await wait(message.isVisible)
    assert message.text() == NEEDS_SQUARE
    crop = child(page, QPushButton, "cropButton:logo")
    assert crop.isVisible()
    assert crop.text() == "Crop to 1:1"

    # Run sends nothing: the shape is a problem like any other.
    assert await page.submit() is None
    assert runs(sandbox) == []

    click(crop)
    await wait(lambda: str(row_value(page, "logo")).endswith("/wide-1x1.png"))
    cropped = tmp_path / "wide-1x1.png"
    assert QImage(str(cropped)).size().toTuple() == (300, 300)
    assert original.read_bytes() == original_bytes  # never touched
    await wait(lambda: not message.isVisible())
    await wait(lambda: info.text().endswith(" · 300 × 300"))
    assert not crop.isVisible()
    assert page.editor.problem_count() == 0

    outcome = await page.submit()
    assert outcome is not None
    assert runs(sandbox)[0]["inputs"] == {"logo": row_value(page, "logo")}


@pytest.mark.asyncio
async def test_use_anyway_lets_a_wrong_shape_through_and_a_new_file_is_checked_again(
    sandbox: SandboxServer, open_technique: OpenPage, chooser: Chooser, tmp_path: Path, wait: Wait
) -> None:
    page = await open_technique("Logo Animator")
    await choose(page, chooser, write_picture(tmp_path / "wide.png", 400, 300), wait)
    message = child(page, QLabel, "inputMessage:logo")
    await wait(message.isVisible)

    use_anyway = child(page, QPushButton, "useAnywayButton:logo")
    use_anyway.setFocus()
    QTest.keyClick(use_anyway, Qt.Key.Key_Space)  # by keyboard alone
    assert not message.isVisible()
    # The button went away; the focus did not vanish with it.
    assert QApplication.focusWidget() is child(page, QLineEdit, "inputValueField:logo")
    assert not child(page, QPushButton, "cropButton:logo").isVisible()
    assert await page.submit() is not None
    assert len(runs(sandbox)) == 1

    # "Use anyway" was for that file: another wrong one is marked again.
    await choose(page, chooser, write_picture(tmp_path / "tall.png", 300, 400), wait)
    await wait(message.isVisible)
    assert "300 × 400" in message.text()


@pytest.mark.asyncio
async def test_problems_go_the_moment_their_cause_does_and_so_does_the_banner(
    sandbox: SandboxServer, open_technique: OpenPage, chooser: Chooser, tmp_path: Path, wait: Wait
) -> None:
    page = await open_technique("Logo Animator")
    counts: list[int] = []
    page.editor.problems_changed.connect(counts.append)
    await choose(page, chooser, write_picture(tmp_path / "wide.png", 400, 300), wait)
    await wait(lambda: page.editor.problem_count() == 1)

    # Undo the upload: the row is empty again, and its shape problem goes with the file.
    QTest.mouseClick(page.editor.undo_button, Qt.MouseButton.LeftButton)
    assert row_value(page, "logo") == ""
    assert page.editor.problem_count() == 0
    assert counts == [1, 0]
    assert not child(page, QLabel, "inputMessage:logo").isVisible()


@pytest.mark.asyncio
async def test_a_linked_picture_is_fetched_off_the_ui_thread_and_checked(
    sandbox: SandboxServer, open_technique: OpenPage, tmp_path: Path, wait: Wait
) -> None:
    picture = write_picture(tmp_path / "linked.png", 400, 300).read_bytes()
    asked: list[str] = []

    async def serve(request: web.Request) -> web.StreamResponse:
        asked.append(request.path)
        if request.path == "/broken.png":
            return web.Response(status=404)
        return web.Response(body=picture, content_type="image/png")

    async with local_site({"/{name}": serve}) as site:
        page = await open_technique("Logo Animator")
        field = child(page, QLineEdit, "inputValueField:logo")
        field.setFocus()
        QTest.keyClicks(field, f"{site}/shot.png")
        info = child(page, QLabel, "mediaInfo:logo")
        await wait(lambda: info.text().endswith("400 × 300"))
        assert info.text().startswith("shot.png · ")
        assert asked == ["/shot.png"]  # fetched once typing paused, not at every key
        await wait(child(page, QLabel, "inputMessage:logo").isVisible)
        assert page.editor.problem_count() == 1

        # A link that cannot be read is a quiet note, not a problem: the server decides.
        field.selectAll()
        QTest.keyClicks(field, f"{site}/broken.png")
        note = child(page, QLabel, "mediaNote:logo")
        await wait(lambda: "404" in note.text())
        assert note.text() == "No preview: the site answered “404”."
        assert page.editor.problem_count() == 0


@pytest.mark.asyncio
async def test_a_video_shows_its_length_and_a_wrong_length_is_marked(
    qtbot: QtBot, tmp_path: Path, wait: Wait
) -> None:
    clip = TechniqueIO("clip", "Clip", "videoUrl", specified_duration=5)
    editor = InputsEditor()
    qtbot.addWidget(editor)
    editor.set_technique(Technique("tech_v", "V", 0.1, inputs=(clip,)))
    editor.show()
    url = "https://media.example/clip.mp4"
    editor.media.remember_local(url, write_mp4_lasting(tmp_path / "clip.mp4", 12, version=1))
    field = child(editor, QLineEdit, "inputValueField:clip")
    field.setText(url)  # as an assistive tool would: textChanged counts as typed
    info = child(editor, QLabel, "mediaInfo:clip")
    await wait(lambda: info.text().endswith("0:12"))
    assert info.text().startswith("clip.mp4 · ")
    message = child(editor, QLabel, "inputMessage:clip")
    await wait(message.isVisible)
    assert message.text() == "This clip is 0:12, but this input needs 5.0 s."
    assert not child(editor, QPushButton, "cropButton:clip").isVisible()
    assert child(editor, QPushButton, "useAnywayButton:clip").isVisible()
    field.setText("")
    await wait(lambda: not message.isVisible())
    await editor.aclose()
    QApplication.processEvents()
    await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_run_pressed_while_a_link_loads_waits_for_its_shape(
    sandbox: SandboxServer, open_technique: OpenPage, tmp_path: Path, wait: Wait
) -> None:
    picture = write_picture(tmp_path / "slow.png", 400, 300).read_bytes()
    # A slow site: the check is still running at Run.
    async with local_site({"/{name}": picture_once(picture, lambda: asyncio.sleep(0.6))}) as site:
        page = await open_technique("Logo Animator")
        field = child(page, QLineEdit, "inputValueField:logo")
        field.setText(f"{site}/slow.png")
        assert await page.submit() is None  # waited for the check, which found 4:3
        assert runs(sandbox) == []
        assert child(page, QLabel, "inputMessage:logo").text() == NEEDS_SQUARE


@pytest.mark.asyncio
async def test_cancel_while_a_link_loads_sends_nothing(
    sandbox: SandboxServer, open_technique: OpenPage, tmp_path: Path, wait: Wait
) -> None:
    # A square logo: sent, if the press went on after its check.
    picture = write_picture(tmp_path / "square.png", 300, 300).read_bytes()
    answer = asyncio.Event()
    async with local_site({"/{name}": picture_once(picture, answer.wait)}) as site:
        page = await open_technique("Logo Animator")
        child(page, QLineEdit, "inputValueField:logo").setText(f"{site}/square.png")
        await wait(page.editor.checks_running)
        pressed = asyncio.ensure_future(page.submit())
        await wait(lambda: page.busy)
        # The press is the starter's from the start: one busy state, editor locked.
        assert page.run_bar.run_button.text() == "Starting…"
        assert page.editor.is_read_only()
        assert await page.submit() is None  # a second press is not taken

        click(page.run_bar.cancel_button)
        assert await pressed is None
        assert not page.busy
        assert not page.editor.is_read_only()
        answer.set()  # the check itself goes on and ends: still nothing is sent
        await wait(lambda: not page.editor.checks_running())
        assert runs(sandbox) == []
        assert child(page, QLabel, "inputMessage:logo").text() == ""


@pytest.mark.asyncio
async def test_a_linked_picture_is_cropped_into_a_new_file_in_the_crops_folder(
    qtbot: QtBot, tmp_path: Path, wait: Wait
) -> None:
    picture = write_picture(tmp_path / "linked.png", 300, 400).read_bytes()
    crops = tmp_path / "crops"
    editor = InputsEditor(crop_folder=lambda: crops)
    qtbot.addWidget(editor)
    logo = TechniqueIO("logo", "Logo", "imageUrl", specified_aspect_ratio="1:1")
    editor.set_technique(Technique("tech_l", "L", 0.1, inputs=(logo,)))
    editor.show()
    dropped: list[tuple[int, list[Path]]] = []
    editor.files_dropped.connect(lambda uid, paths: dropped.append((uid, paths)))
    async with local_site({"/{name}": picture_once(picture)}) as site:
        try:
            child(editor, QLineEdit, "inputValueField:logo").setText(f"{site}/tall%20logo.png")
            crop = child(editor, QPushButton, "cropButton:logo")
            await wait(crop.isVisible)
            click(crop)
            await wait(lambda: bool(dropped))
            ((uid, (path,)),) = dropped
            assert uid == editor.model.uid(0)
            assert path == crops / "tall logo-1x1.png"  # the link's own file is not ours
            assert QImage(str(path)).size().toTuple() == (300, 300)
        finally:
            await editor.aclose()


@pytest.mark.asyncio
async def test_a_list_of_pictures_shows_a_strip_and_marks_the_item_of_the_wrong_shape(
    qtbot: QtBot, tmp_path: Path, wait: Wait
) -> None:
    refs = TechniqueIO(
        "refs", "References", "imageUrl", allow_multiple=True, specified_aspect_ratio="1:1"
    )
    editor = InputsEditor()
    qtbot.addWidget(editor)
    editor.set_technique(Technique("tech_r", "R", 0.1, inputs=(refs,)))
    editor.show()
    square, wide = "https://media.example/square.png", "https://media.example/wide.png"
    editor.media.remember_local(square, write_picture(tmp_path / "square.png", 200, 200))
    editor.media.remember_local(wide, write_picture(tmp_path / "wide.png", 400, 300))
    add = child(editor, QPushButton, "addItemButton:refs")
    for url in (square, wide):
        click(add)
        fields = editor.findChildren(QLineEdit)
        item = next(
            f for f in fields if f.objectName().startswith("inputValue:refs:") and not f.text()
        )
        item.setText(url)
    info = child(editor, QLabel, "mediaInfo:refs")
    await wait(lambda: info.text() == "2 pictures")
    strip = [child(editor, QLabel, f"mediaStripThumb:{n}") for n in range(2)]
    assert [t.toolTip() for t in strip] == ["square.png", "wide.png"]
    assert all(not t.pixmap().isNull() for t in strip)
    message = child(editor, QLabel, "inputMessage:refs")
    await wait(message.isVisible)
    assert (
        message.text() == "Item 2: This picture is 400 × 300, but this input needs the shape 1:1."
    )
    assert not child(editor, QPushButton, "cropButton:refs").isVisible()
    click(child(editor, QPushButton, "useAnywayButton:refs"))
    assert not message.isVisible()
    assert editor.validate(reveal=False).inputs == {"refs": [square, wide]}
    await editor.aclose()


SAMPLE_MP4 = Path(sandbox_media.__file__).parent / "media" / "sample.mp4"


def video_editor(qtbot: QtBot) -> InputsEditor:
    clip = TechniqueIO("clip", "Clip", "videoUrl")
    editor = InputsEditor()
    qtbot.addWidget(editor)
    editor.set_technique(Technique("tech_v", "V", 0.1, inputs=(clip,)))
    editor.show()
    return editor


# Marked by hand: the decoder hands its frame over from its own thread, which needs Qt's
# event loop (qasync). The automatic ``gui`` mark comes after the loop is chosen.
@pytest.mark.gui
@pytest.mark.asyncio
async def test_a_video_input_shows_its_first_frame_beside_its_facts(
    qtbot: QtBot, tmp_path: Path, wait: Wait
) -> None:
    editor = video_editor(qtbot)
    url = "https://media.example/walk.mp4"
    copy = tmp_path / "walk.mp4"
    copy.write_bytes(SAMPLE_MP4.read_bytes())
    editor.media.remember_local(url, copy)
    field = child(editor, QLineEdit, "inputValueField:clip")
    field.setFocus()
    QTest.keyClicks(field, url)
    thumb = child(editor, QLabel, "mediaThumb:clip")
    info = child(editor, QLabel, "mediaInfo:clip")
    await wait(lambda: info.text().startswith("walk.mp4 · "))
    # A picture of the video, not a glyph: 320 × 180 fitted into the thumbnail's box.
    await wait(lambda: not thumb.pixmap().isNull())
    assert thumb.text() == ""
    assert thumb.pixmap().deviceIndependentSize().width() <= thumb.width()  # fits its box
    assert thumb.pixmap().width() > thumb.pixmap().height()  # 16:9 kept
    assert not child(editor, QLabel, "mediaNote:clip").isVisible()
    await editor.aclose()


# Marked by hand: the decoder hands its frame over from its own thread, which needs Qt's
# event loop (qasync). The automatic ``gui`` mark comes after the loop is chosen.
@pytest.mark.gui
@pytest.mark.asyncio
async def test_a_linked_video_gets_its_first_frame_from_the_bytes_already_fetched(
    qtbot: QtBot, wait: Wait
) -> None:
    asked: list[str] = []

    async def serve(request: web.Request) -> web.Response:
        asked.append(request.path)
        return web.Response(body=SAMPLE_MP4.read_bytes(), content_type="video/mp4")

    app = web.Application()
    app.router.add_get("/{name}", serve)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    editor = video_editor(qtbot)
    try:
        field = child(editor, QLineEdit, "inputValueField:clip")
        field.setFocus()
        QTest.keyClicks(field, f"http://127.0.0.1:{port}/walk.mp4")
        thumb = child(editor, QLabel, "mediaThumb:clip")
        await wait(lambda: not thumb.pixmap().isNull())
        assert asked == ["/walk.mp4"]  # one fetch: the frame is decoded from those bytes
    finally:
        await editor.aclose()
        await runner.cleanup()


# Marked by hand: the decoder hands its frame over from its own thread, which needs Qt's
# event loop (qasync). The automatic ``gui`` mark comes after the loop is chosen.
@pytest.mark.gui
@pytest.mark.asyncio
async def test_a_video_with_no_readable_frame_keeps_its_facts_and_says_so_quietly(
    qtbot: QtBot, tmp_path: Path, wait: Wait
) -> None:
    editor = video_editor(qtbot)
    url = "https://media.example/header-only.mp4"
    editor.media.remember_local(url, write_mp4_lasting(tmp_path / "header-only.mp4", 4))
    child(editor, QLineEdit, "inputValueField:clip").setText(url)
    note = child(editor, QLabel, "mediaNote:clip")
    await wait(lambda: note.text().startswith("No first frame"))
    assert note.text() == "No first frame: the start of this video could not be read."
    assert child(editor, QLabel, "mediaInfo:clip").text().endswith(" · 4.0 s")
    assert not child(editor, QLabel, "mediaThumb:clip").isVisible()
    assert editor.problem_count() == 0  # a missing picture is not a problem
    await editor.aclose()


@pytest.mark.asyncio
async def test_without_qtmultimedia_a_video_input_keeps_its_facts_and_gets_a_note(
    qtbot: QtBot, tmp_path: Path, wait: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_libpulse() -> object:
        raise ImportError("libpulse.so.0: cannot open shared object file")

    monkeypatch.setattr("flora_desktop.ui.video_poster.import_multimedia", no_libpulse)
    editor = video_editor(qtbot)
    url = "https://media.example/walk.mp4"
    copy = tmp_path / "walk.mp4"
    copy.write_bytes(SAMPLE_MP4.read_bytes())
    editor.media.remember_local(url, copy)
    child(editor, QLineEdit, "inputValueField:clip").setText(url)
    note = child(editor, QLabel, "mediaNote:clip")
    await wait(lambda: note.text().startswith("No first frame"))
    assert note.isVisible()
    assert note.text() == "No first frame: this computer can't show video inside the app."
    assert child(editor, QLabel, "mediaInfo:clip").text().startswith("walk.mp4 · ")
    assert "libpulse" not in note.text()
    await editor.aclose()


@pytest.mark.gui
@pytest.mark.asyncio
async def test_a_list_of_videos_shows_their_first_frames_and_marks_a_wrong_length(
    qtbot: QtBot, tmp_path: Path, wait: Wait
) -> None:
    clips = TechniqueIO("clips", "Clips", "videoUrl", allow_multiple=True, specified_duration=3)
    editor = InputsEditor()
    qtbot.addWidget(editor)
    editor.set_technique(Technique("tech_c", "C", 0.1, inputs=(clips,)))
    editor.show()
    walk, long = "https://media.example/walk.mp4", "https://media.example/long.mp4"
    copy = tmp_path / "walk.mp4"
    copy.write_bytes(SAMPLE_MP4.read_bytes())
    editor.media.remember_local(walk, copy)
    editor.media.remember_local(long, write_mp4_lasting(tmp_path / "long.mp4", 12))
    add = child(editor, QPushButton, "addItemButton:clips")
    for url in (walk, long):
        click(add)
        fields = editor.findChildren(QLineEdit)
        item = next(
            f for f in fields if f.objectName().startswith("inputValue:clips:") and not f.text()
        )
        item.setText(url)
    info = child(editor, QLabel, "mediaInfo:clips")
    await wait(lambda: info.text() == "2 videos")
    message = child(editor, QLabel, "inputMessage:clips")
    await wait(message.isVisible)
    assert message.text() == "Item 2: This clip is 0:12, but this input needs 3.0 s."
    # The first frames follow: the clip that has one shows it, the other keeps its name.
    await wait(lambda: not child(editor, QLabel, "mediaStripThumb:0").pixmap().isNull())
    strip = [child(editor, QLabel, f"mediaStripThumb:{n}") for n in range(2)]
    assert [t.toolTip() for t in strip] == ["walk.mp4", "long.mp4"]
    assert strip[1].pixmap().isNull()
    click(child(editor, QPushButton, "useAnywayButton:clips"))
    assert not message.isVisible()
    await editor.aclose()
