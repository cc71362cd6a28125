"""The outputs view: hostile names and links, saving with progress and cancel, drags, full view."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import pytest_asyncio
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.api.models import RunOutput, RunStatus
from flora_desktop.sandbox import media as sandbox_media
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.output_cache import OutputCache
from flora_desktop.services.output_names import readable_stem
from flora_desktop.services.outputs import OutputDownloader
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.settings import Settings, default_output_folder
from flora_desktop.services.watch import RunWatcher
from flora_desktop.ui.widgets import output_image
from flora_desktop.ui.widgets.output_media import MediaOutput, make_media_output
from flora_desktop.ui.widgets.output_view import OutputsView, OutputTools, existing_folder
from tests.ui.conftest import Wait
from tests.ui.runs_support import URL_DOC

TECHNIQUE = "Pitch Deck Visualizer"
IMAGE = "https://images.unsplash.com/photo-1.png"
SAVED_AT = datetime(2026, 12, 3, 21, 15)


@dataclass
class Built:
    view: OutputsView
    tools: OutputTools
    folder: Path
    opened: list[QUrl] = field(default_factory=list)
    asked: list[Path | None] = field(default_factory=list)


@pytest_asyncio.fixture
async def built(qtbot: QtBot, qapp_paths: AppPaths, tmp_path: Path) -> AsyncIterator[Built]:
    folder = tmp_path / "chosen"
    folder.mkdir()
    downloader = OutputDownloader()
    settings = Settings.load(qapp_paths.settings_file)
    result = Built(view=None, tools=None, folder=folder)  # type: ignore[arg-type]  # set below

    def record(url: QUrl) -> bool:
        result.opened.append(url)
        return True

    def ask(_parent: QWidget, start: Path | None) -> Path | None:
        result.asked.append(start)
        return folder

    tools = OutputTools(
        downloader=downloader,
        cache=OutputCache(qapp_paths.cache_dir / "outputs", downloader),
        settings=settings,
        open_url=record,
        choose_folder=ask,
        now=lambda: SAVED_AT,  # a save named at a minute's turn must not change its name
    )
    view = OutputsView(tools)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    result.view, result.tools = view, tools
    yield result
    await view.aclose()
    await tools.cache.aclose()
    await downloader.aclose()


def mime_path(view: OutputsView, output_id: str) -> str:
    mime = view.drag_mime(output_id)
    assert mime is not None
    return mime.urls()[0].toLocalFile()


async def completed_run(client: FloraClient, technique: str, inputs: dict[str, Any]) -> RunStatus:
    """Start a run straight through the client and poll it to the end."""
    workspaces = await client.workspaces.list()
    owner = next(w for w in workspaces if w.role == "owner")
    found = [t async for t in client.techniques.list(workspace_id=owner.workspace_id)]
    technique_id = next(t.technique_id for t in found if t.name == technique)
    start = await client.runs.start_technique(
        technique_id=technique_id, workspace_id=owner.workspace_id, inputs=inputs
    )
    status = await RunWatcher(client, interval=0.05).watch(start.run_id)
    assert status.status == "completed"
    return status


def hostile_status(image_url: str) -> RunStatus:
    """A run whose outputs a hostile server made up, parsed by the real model."""
    return RunStatus.from_dict(
        {
            "run_id": "run_../../etc",
            "status": "completed",
            "progress": 100,
            "outputs": [
                {"output_id": "../../x", "type": "text", "url": "Line one\nLine two"},
                {"output_id": "CON", "type": "imageUrl", "url": "javascript:alert(1)"},
                {"output_id": "a/b\\c", "type": "documentUrl", "url": "file:///etc/passwd"},
                {"output_id": "..", "type": "imageUrl", "url": image_url},
            ],
        }
    )


async def add_fault(sandbox: SandboxServer, body: dict[str, Any]) -> None:
    async with httpx.AsyncClient() as control:
        answer = await control.post(f"{sandbox.root_url}/_sandbox/faults", json=body)
        answer.raise_for_status()


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*"))


@pytest.mark.asyncio
async def test_hostile_names_and_links_are_saved_safely_or_shown_as_text(
    sandbox: SandboxServer, sandbox_client: FloraClient, built: Built, wait: Wait
) -> None:
    real = await completed_run(sandbox_client, TECHNIQUE, {"deck": URL_DOC})
    image_url = next(o.url for o in real.outputs if o.type == "imageUrl")
    status = hostile_status(image_url)
    view = built.view
    view.set_outputs(status.run_id, "Deck/../Visualizer", status.outputs)
    _text, script, local, image = view.cards()

    # Not web links: shown as text with a plain note, never fetched or opened.
    for card, scheme in ((script, "javascript"), (local, "file")):
        assert not card.allowed
        assert not card.save_button.isEnabled()
        assert card.thumbnail is None
        assert f"this is a {scheme} link" in card.note_text()
        assert "shown as text only" in card.note_text()
    assert not local.open_button.isVisibleTo(local)
    assert view.open_document(local.output.output_id) is False
    assert built.opened == []
    # The script link is plain text on screen, not a clickable anchor.
    unsafe = script.findChild(QLabel, "outputUnsafeUrl")
    assert isinstance(unsafe, QLabel)
    assert unsafe.text() == "javascript:alert(1)"
    assert unsafe.textFormat() == Qt.TextFormat.PlainText
    await wait(lambda: image.thumbnail is not None and image.thumbnail.has_image)

    QTest.mouseClick(view.save_all_button, Qt.MouseButton.LeftButton)
    await wait(lambda: view.message_text().startswith("Saved"))
    assert view.message_text() == (
        f"Saved 2 of 4 outputs to {built.folder}. 2 not saved: their link is not a web link."
    )
    saved = files_in(built.folder)
    assert len(saved) == 2
    for path in saved:
        # One plain entry of the chosen folder: no separators, no "..", nothing hidden.
        assert path.parent == built.folder
        assert ".." not in path.name
        assert "/" not in path.name
        assert "\\" not in path.name
        assert not path.name.startswith(".")
    names = {p.name for p in saved}
    assert f"{readable_stem('Deck/../Visualizer', SAVED_AT, 1)}.txt" in names
    assert all("run_" not in name for name in names)
    text_file = next(p for p in saved if p.suffix == ".txt")
    assert text_file.read_text(encoding="utf-8") == "Line one\nLine two"
    png = next(p for p in saved if p.suffix == ".png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # The folder is remembered for the next time.
    assert built.tools.settings.output_folder == built.folder
    # First time: the output folder (FLORA in Pictures), or the nearest folder that exists.
    assert built.asked == [existing_folder(default_output_folder())]


@pytest.mark.asyncio
async def test_save_one_output_shows_progress_and_remembers_the_folder(
    sandbox: SandboxServer, sandbox_client: FloraClient, built: Built, wait: Wait
) -> None:
    real = await completed_run(sandbox_client, TECHNIQUE, {"deck": URL_DOC})
    view = built.view
    view.set_outputs(real.run_id, TECHNIQUE, real.outputs)
    card = view.cards()[1]  # the styled deck PDF
    QTest.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    await wait(lambda: card.note_text().startswith("Saved as "))
    (saved,) = files_in(built.folder)
    assert card.note_text() == f"Saved as {saved.name}"
    assert saved.suffix == ".pdf"
    assert not card.progress.isVisibleTo(card)
    # Asked again the next time, starting in the folder chosen before.
    QTest.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    # Wait for the finished file (a hidden ".part" exists while it downloads).
    await wait(
        lambda: (
            sum(not p.name.startswith(".") for p in files_in(built.folder)) == 2
            and not card.progress.isVisibleTo(card)
        )
    )
    assert len(files_in(built.folder)) == 2
    assert built.asked == [existing_folder(default_output_folder()), built.folder]
    # Never overwritten: the second copy gets its own name.
    assert any(p.name.endswith(" (2).pdf") for p in files_in(built.folder))


@pytest.mark.asyncio
async def test_a_slow_download_can_be_cancelled_and_leaves_no_file(
    sandbox: SandboxServer, sandbox_client: FloraClient, built: Built, wait: Wait
) -> None:
    real = await completed_run(sandbox_client, TECHNIQUE, {"deck": URL_DOC})
    document = next(o for o in real.outputs if o.type == "documentUrl")
    path = urlsplit(document.url).path
    # Every fetch slow (count: None): the card's first-page preview may fetch it first.
    await add_fault(sandbox, {"path": path, "mode": "drip", "delay_ms": 5000, "count": None})
    view = built.view
    view.set_outputs(real.run_id, TECHNIQUE, [document])
    (card,) = view.cards()
    QTest.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    await wait(lambda: card.progress.isVisibleTo(card) and card.cancel_button.isVisibleTo(card))
    QTest.mouseClick(card.cancel_button, Qt.MouseButton.LeftButton)
    await wait(lambda: card.note_text() == "Saving stopped; nothing was kept.")
    assert not card.progress.isVisibleTo(card)
    assert files_in(built.folder) == []  # neither the file nor its temporary part


@pytest.mark.asyncio
async def test_a_refused_download_is_said_plainly_and_keeps_nothing(
    sandbox: SandboxServer, sandbox_client: FloraClient, built: Built, wait: Wait
) -> None:
    real = await completed_run(sandbox_client, TECHNIQUE, {"deck": URL_DOC})
    document = next(o for o in real.outputs if o.type == "documentUrl")
    # Every fetch refused (count: None): the card's first-page preview may fetch it first.
    await add_fault(sandbox, {"path": urlsplit(document.url).path, "status": 500, "count": None})
    view = built.view
    view.set_outputs(real.run_id, TECHNIQUE, [document])
    (card,) = view.cards()
    assert (path := await view.save(document.output_id, built.folder)) is None, path
    assert card.note_text() == "127.0.0.1 answered with status 500; nothing was saved."
    assert card.note.property("kind") == "error"
    assert files_in(built.folder) == []


@pytest.mark.asyncio
async def test_drags_carry_the_file_or_the_text_and_copy_url_copies(
    sandbox: SandboxServer, sandbox_client: FloraClient, built: Built, wait: Wait
) -> None:
    real = await completed_run(sandbox_client, TECHNIQUE, {"deck": URL_DOC})
    status = hostile_status(next(o.url for o in real.outputs if o.type == "imageUrl"))
    view = built.view
    view.set_outputs(real.run_id, TECHNIQUE, [*real.outputs, *status.outputs[:2]])
    image, document, text, script = view.cards()
    await wait(lambda: image.thumbnail is not None and image.thumbnail.has_image)

    # The image was fetched into the cache for its thumbnail: the drag carries that file.
    mime = view.drag_mime(image.output.output_id)
    assert mime is not None
    assert len(mime.urls()) == 1
    local = Path(mime.urls()[0].toLocalFile())
    assert local.parent.parent == built.tools.cache.folder
    assert local.name.endswith(".png")
    # The document was fetched for its first-page preview: the file too. Text: the text
    # itself; a script link: only as text.
    assert document.document is not None
    await wait(lambda: document.document is not None and document.document.has_page)
    mime = view.drag_mime(document.output.output_id)
    assert mime is not None
    assert Path(mime.urls()[0].toLocalFile()).name.endswith(".pdf")
    mime = view.drag_mime(text.output.output_id)
    assert mime is not None
    assert not mime.hasUrls()
    assert mime.text() == "Line one\nLine two"
    mime = view.drag_mime(script.output.output_id)
    assert mime is not None
    assert not mime.hasUrls()
    assert mime.text() == "javascript:alert(1)"

    QTest.mouseClick(document.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == document.output.url
    # Open hands the system's app the local copy (fetched for the preview).
    QTest.mouseClick(document.open_button, Qt.MouseButton.LeftButton)
    await wait(lambda: bool(built.opened))
    assert built.opened[0].toLocalFile() == mime_path(view, document.output.output_id)


@pytest.mark.asyncio
async def test_the_full_view_fits_zooms_and_decodes_off_the_ui_thread(
    sandbox: SandboxServer,
    sandbox_client: FloraClient,
    built: Built,
    wait: Wait,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[str] = []
    real_decode = output_image.decode_image

    def spy(path: Path, max_side: int | None = None) -> Any:
        threads.append(threading.current_thread().name)
        return real_decode(path, max_side)

    monkeypatch.setattr(output_image, "decode_image", spy)
    real = await completed_run(sandbox_client, TECHNIQUE, {"deck": URL_DOC})
    view = built.view
    view.set_outputs(real.run_id, TECHNIQUE, real.outputs)
    image = view.cards()[0]
    await wait(lambda: image.thumbnail is not None and image.thumbnail.has_image)
    assert image.thumbnail is not None
    QTest.mouseClick(image.thumbnail, Qt.MouseButton.LeftButton)
    await wait(lambda: len(view.viewers) == 1 and not view.viewers[0].image_size.isEmpty())
    viewer = view.viewers[0]
    assert viewer.objectName() == "imageViewer"
    # Titled as its card is, never with the output's raw id ("output_1").
    assert viewer.windowTitle() == f"{TECHNIQUE} — {image.title.text()}"
    assert "output_" not in viewer.windowTitle()
    assert (viewer.image_size.width(), viewer.image_size.height()) == (512, 288)  # 16:9
    assert viewer.fitting
    assert viewer.zoom <= 1.0
    QTest.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    zoomed = viewer.zoom
    assert zoomed > 0
    assert not viewer.fitting
    QTest.mouseClick(viewer.actual_button, Qt.MouseButton.LeftButton)
    assert viewer.zoom == 1.0
    assert viewer.canvas.pixmap().width() == 512
    QTest.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    assert viewer.zoom == pytest.approx(1.25)
    QTest.mouseClick(viewer.fit_button, Qt.MouseButton.LeftButton)
    assert viewer.fitting
    assert viewer.zoom <= 1.0
    assert viewer.zoom_label.text() == f"{round(viewer.zoom * 100)} %"
    # Thumbnail and full image were both decoded in worker threads.
    assert len(threads) == 2
    assert threading.main_thread().name not in threads
    viewer.close()


@pytest.mark.asyncio
async def test_a_player_gets_the_output_url_and_nothing_warns(
    sandbox: SandboxServer, sandbox_client: FloraClient, built: Built
) -> None:
    # Offscreen there is no sound device: the player is built with its source, not played
    # (qt_log_level_fail=WARNING fails this test if building it warns).
    real = await completed_run(
        sandbox_client, "Highlight Reel Cutter", {"footage": "https://media.flora.ai/a.mp4"}
    )
    view = built.view
    view.set_outputs(real.run_id, "Highlight Reel Cutter", real.outputs)
    video = view.cards()[0]
    assert isinstance(video.media, MediaOutput)
    assert video.media.source() == QUrl(real.outputs[0].url)
    assert video.media.play_button.text() == "Play"
    assert video.media.video is not None
    # A non-web link never reaches a player.
    status = RunStatus(
        run_id="run_x",
        status="completed",
        outputs=(RunOutput(output_id="v", type="videoUrl", url="file:///dev/zero"),),
    )
    view.set_outputs(status.run_id, "Highlight Reel Cutter", status.outputs)
    (card,) = view.cards()
    assert card.media is None
    assert not card.allowed


def _no_libpulse() -> object:
    # What importing QtMultimedia raises on a machine without the sound library.
    raise ImportError("libpulse.so.0: cannot open shared object file: No such file or directory")


@pytest.mark.asyncio
async def test_without_qtmultimedia_audio_and_video_get_a_card_and_the_rest_shows(
    sandbox: SandboxServer, sandbox_client: FloraClient, built: Built, wait: Wait
) -> None:
    built.tools.load_multimedia = _no_libpulse
    video = await completed_run(
        sandbox_client, "Highlight Reel Cutter", {"footage": "https://media.flora.ai/a.mp4"}
    )
    audio = await completed_run(sandbox_client, "Voiceover Studio", {"script": "Hello"})
    deck = await completed_run(sandbox_client, TECHNIQUE, {"deck": URL_DOC})
    found = [*video.outputs, *audio.outputs, *deck.outputs]
    # One run's outputs, each with its own id.
    outputs = [RunOutput(f"output_{n}", o.type, o.url) for n, o in enumerate(found, start=1)]
    assert {o.type for o in outputs} >= {"videoUrl", "audioUrl", "imageUrl"}
    view = built.view

    view.set_outputs(deck.run_id, TECHNIQUE, outputs)  # nothing raises

    cards = view.cards()
    media = [c for c in cards if c.output.type in ("videoUrl", "audioUrl")]
    assert len(media) == 2
    for card in media:
        assert card.media is None
        assert card.media_note is not None
        assert "can't play sound or video" in card.media_note.text()
        assert "libpulse" not in card.media_note.text()  # the file name is for the log
        assert card.open_button.isVisibleTo(card)
        assert card.save_button.isEnabled()
        assert card.copy_button.isVisibleTo(card)
    # The other outputs show as usual, and Save all still saves everything.
    image = next(c for c in cards if c.output.type == "imageUrl")
    await wait(lambda: image.thumbnail is not None and image.thumbnail.has_image)
    assert view.save_all_button.isEnabled()
    # Open plays it in the system's player, from a local copy.
    QTest.mouseClick(media[0].open_button, Qt.MouseButton.LeftButton)
    await wait(lambda: bool(built.opened))
    assert built.opened[0].isLocalFile()
    assert built.opened[0].toLocalFile().endswith(".mp4")
    # Copy link copies the web address.
    QTest.mouseClick(media[1].copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == media[1].output.url


@pytest.mark.asyncio
async def test_show_in_folder_appears_after_a_save(
    sandbox: SandboxServer, sandbox_client: FloraClient, built: Built, wait: Wait
) -> None:
    real = await completed_run(sandbox_client, TECHNIQUE, {"deck": URL_DOC})
    view = built.view
    view.set_outputs(real.run_id, TECHNIQUE, real.outputs)
    assert not view.show_folder_button.isVisibleTo(view)
    card = view.cards()[0]
    QTest.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    await wait(lambda: card.note_text().startswith("Saved as "))
    assert view.show_folder_button.isVisibleTo(view)
    built.opened.clear()
    QTest.mouseClick(view.show_folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in built.opened] == [str(built.folder)]


@pytest.mark.asyncio
async def test_images_share_the_width_in_a_grid(
    sandbox: SandboxServer, sandbox_client: FloraClient, built: Built, wait: Wait
) -> None:
    real = await completed_run(sandbox_client, "CCTV Cam", {"input_image": IMAGE})
    url = real.outputs[0].url
    images = [RunOutput(f"output_{n}", "imageUrl", url) for n in (1, 2, 3)]
    view = built.view
    view.resize(1000, 700)
    view.set_outputs(real.run_id, "CCTV Cam", images)
    assert view.grid_columns() == 3
    view.resize(640, 700)
    await wait(lambda: view.grid_columns() == 2)
    view.resize(2400, 1300)
    await wait(lambda: view.grid_columns() == 3)


def test_a_video_shows_its_first_frame_with_its_controls_in_view(qtbot: QtBot) -> None:
    # Qt's own loop here (qtbot): the decoder hands frames over through queued signals.
    sample = Path(sandbox_media.__file__).parent / "media" / "sample.mp4"
    media = make_media_output(QUrl.fromLocalFile(str(sample)), video=True)
    qtbot.addWidget(media)
    media.resize(640, 480)
    media.show()
    # Played silently to its first frame in a player of its own: a poster, not a black box.
    qtbot.waitUntil(media.has_poster, timeout=10_000)
    assert media.poster is not None
    assert media.poster.isVisibleTo(media)
    assert not media.poster.pixmap().isNull()
    assert media.play_button.text() == "Play"
    # 16:9 within bounds, so the controls sit right below it, in view.
    assert media.poster.height() == 640 * 9 // 16
    bottom = media.play_button.mapTo(media, media.play_button.rect().bottomLeft()).y()
    assert bottom <= media.height()
    media.stop()


@pytest.mark.asyncio
async def test_cards_take_the_names_the_technique_gives_its_outputs(
    sandbox: SandboxServer, sandbox_client: FloraClient, built: Built
) -> None:
    real = await completed_run(sandbox_client, TECHNIQUE, {"deck": URL_DOC})
    found = [t async for t in sandbox_client.techniques.list(query=TECHNIQUE)]
    technique = next(t for t in found if t.name == TECHNIQUE)
    view = built.view
    view.set_outputs(real.run_id, TECHNIQUE, real.outputs, technique_id=technique.technique_id)
    assert [c.title.text() for c in view.cards()] == ["Image", "Document"]  # not known yet
    built.tools.schema_of = lambda tid: technique if tid == technique.technique_id else None
    view.clear()
    view.set_outputs(real.run_id, TECHNIQUE, real.outputs, technique_id=technique.technique_id)
    assert [c.title.text() for c in view.cards()] == ["Hero visual", "Styled deck"]
    assert view.cards()[0].accessibleName() == "Output 1: Hero visual"


@pytest.mark.asyncio
async def test_saved_files_are_named_for_the_technique_and_the_time_never_overwritten(
    sandbox: SandboxServer, sandbox_client: FloraClient, built: Built, wait: Wait
) -> None:
    real = await completed_run(sandbox_client, TECHNIQUE, {"deck": URL_DOC})
    view = built.view
    view.set_outputs(real.run_id, TECHNIQUE, real.outputs)

    def finished() -> list[str]:
        return [p.name for p in files_in(built.folder) if not p.name.startswith(".")]

    QTest.mouseClick(view.save_all_button, Qt.MouseButton.LeftButton)
    await wait(lambda: view.message_text().startswith("Saved"))
    assert finished() == [
        "Pitch Deck Visualizer 2026-12-03 21.15 - 1.png",
        "Pitch Deck Visualizer 2026-12-03 21.15 - 2.pdf",
    ]
    card = view.cards()[0]
    assert card.note_text() == "Saved as Pitch Deck Visualizer 2026-12-03 21.15 - 1.png"
    # Saved again in the same minute: new names beside the old files, nothing replaced.
    QTest.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    await wait(lambda: len(finished()) == 3 and not card.progress.isVisibleTo(card))
    assert "Pitch Deck Visualizer 2026-12-03 21.15 - 1 (2).png" in finished()
    assert all(real.run_id not in name for name in finished())
