"""Bad disks and damaged files where the user meets them: the Settings dialog, output cards,
the editor's draft line, and the one notice at start-up (issue 10, point 2).

Disks are real: a tiny tmpfs filled up or remounted read-only (``tests/disk_faults.py``).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.api.models import RunOutput
from flora_desktop.services.credentials import SessionCredentialStore
from flora_desktop.services.output_cache import OutputCache
from flora_desktop.services.outputs import OutputDownloader
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.phrases import Phrase
from flora_desktop.services.profiles import Profiles
from flora_desktop.services.settings import Settings
from flora_desktop.services.store_notices import StoreNotices
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.dialogs.settings_dialog import SettingsDialog
from flora_desktop.ui.shell import build_shell
from flora_desktop.ui.store_notice import StoreNoticeView
from flora_desktop.ui.widgets.output_image import Thumbnail
from flora_desktop.ui.widgets.output_view import OutputsView, OutputTools
from tests.byte_server import ByteServer, byte_server
from tests.disk_faults import SmallDisk, small_disk
from tests.ui.conftest import Wait


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path) as mounted:
        yield mounted


@pytest.fixture
def server() -> Iterator[ByteServer]:
    with byte_server() as running:
        yield running


def _dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(
        settings, Profiles(settings, lambda _s: SessionCredentialStore()), None, TaskOwner()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# --- Settings → OK on a full disk -----------------------------------------------------------------


@pytest.mark.asyncio
async def test_settings_ok_on_a_full_disk_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, disk: SmallDisk, wait: Wait
) -> None:
    settings = Settings.load(disk.root / "config" / "settings.json")
    settings.save_now()
    before = settings.path.read_bytes()
    dialog = _dialog(qtbot, settings)
    dialog.notifications_box.setChecked(not settings.notifications)
    disk.fill()

    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    await wait(lambda: dialog.message.isVisible())

    assert dialog.isVisible()
    assert "Your settings could not be saved. The disk is full" in dialog.message.text()
    assert dialog.message.accessibleDescription() == dialog.message.text()
    assert dialog.ok_button.isEnabled()  # not stuck busy: OK tries again
    assert settings.path.read_bytes() == before

    disk.free()
    applied: list[bool] = []
    dialog.applied.connect(applied.append)
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    await wait(lambda: applied)
    assert not dialog.isVisible()
    assert json.loads(settings.path.read_text())["notifications"] is settings.notifications


@pytest.mark.asyncio
async def test_a_read_only_settings_folder_is_said_in_the_dialog(
    qtbot: QtBot, disk: SmallDisk, wait: Wait
) -> None:
    folder = disk.root / "config"
    folder.mkdir()
    disk.read_only()
    notices = StoreNotices()
    settings = Settings.load(folder / "settings.json", notices)
    dialog = _dialog(qtbot, settings)

    assert dialog.message.isVisible()
    assert "read-only" in dialog.message.text()
    assert "kept only until you quit" in dialog.message.text()
    applied: list[bool] = []
    dialog.applied.connect(applied.append)
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    await wait(lambda: applied)  # OK works for the session
    assert len(notices.said()) == 1


# --- output cards: Save and Save all on a full or read-only disk ----------------------------------


@dataclass
class Outputs:
    view: OutputsView
    folder: Path


@pytest_asyncio.fixture
async def outputs(
    qtbot: QtBot, qapp_paths: AppPaths, disk: SmallDisk, server: ByteServer
) -> AsyncIterator[Outputs]:
    downloader = OutputDownloader()
    folder = disk.root / "chosen"
    folder.mkdir()
    tools = OutputTools(
        downloader=downloader,
        cache=OutputCache(qapp_paths.cache_dir / "outputs", downloader),
        settings=Settings.load(qapp_paths.settings_file),
        choose_folder=lambda _parent, _start: folder,
    )
    view = OutputsView(tools)
    qtbot.addWidget(view)
    view.show()
    view.set_outputs(
        "run_1",
        "Moodboard",
        [
            RunOutput("out_1", "documentUrl", server.url("bytes", 200 * 1024, "one")),
            RunOutput("out_2", "text", "A caption " * 2000),
        ],
    )
    yield Outputs(view, folder)
    await view.aclose()
    await tools.cache.aclose()
    await downloader.aclose()


@pytest.mark.parametrize("trouble", ["full", "read-only"])
@pytest.mark.asyncio
async def test_save_on_a_bad_disk_is_a_note_on_the_card_never_stuck_saving(
    outputs: Outputs, disk: SmallDisk, trouble: str, wait: Wait
) -> None:
    if trouble == "full":
        disk.fill()
    else:
        disk.read_only()
    card = outputs.view.card("out_1")
    assert card is not None

    QTest.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    await wait(lambda: card.note_text() and "Saving" not in card.note_text())

    words = "The disk is full" if trouble == "full" else "read-only"
    assert card.note_text().startswith("Nothing was saved. ")
    assert words in card.note_text()
    assert card.save_button.isEnabled()
    assert not card.progress.isVisibleTo(card)
    if trouble == "full":
        disk.free()
    else:
        disk.writable()
    assert [p.name for p in outputs.folder.iterdir()] == []  # not even a temp file


@pytest.mark.asyncio
async def test_save_all_on_a_full_disk_says_how_many_and_why(
    outputs: Outputs, disk: SmallDisk, wait: Wait
) -> None:
    disk.fill()

    QTest.mouseClick(outputs.view.save_all_button, Qt.MouseButton.LeftButton)
    await wait(lambda: "Saved 0 of 2" in outputs.view.message_text())

    assert "2 could not be saved" in outputs.view.message_text()
    for card in outputs.view.cards():
        assert "The disk is full" in card.note_text()
        assert card.save_button.isEnabled()
    assert outputs.view.save_all_button.isEnabled()
    disk.free()


@contextlib.asynccontextmanager
async def one_image(
    qtbot: QtBot, paths: AppPaths, url: str
) -> AsyncIterator[tuple[Thumbnail, OutputCache]]:
    """An outputs view showing one image output at ``url``: its thumbnail, and the cache."""
    async with OutputDownloader() as downloader:
        cache = OutputCache(paths.cache_dir / "outputs", downloader)
        settings = Settings.load(paths.settings_file)
        view = OutputsView(OutputTools(downloader=downloader, cache=cache, settings=settings))
        qtbot.addWidget(view)
        view.show()
        view.set_outputs("run_1", "Moodboard", [RunOutput("out_1", "imageUrl", url)])
        card = view.card("out_1")
        assert card is not None
        assert card.thumbnail is not None
        try:
            yield card.thumbnail, cache
        finally:
            await view.aclose()
            await cache.aclose()


def cached_files(paths: AppPaths) -> list[Path]:
    return [p for p in (paths.cache_dir / "outputs").rglob("*") if p.is_file()]


@pytest.mark.asyncio
async def test_a_thumbnail_of_a_huge_image_fetches_nothing(
    qtbot: QtBot, qapp_paths: AppPaths, server: ByteServer, wait: Wait
) -> None:
    async with one_image(qtbot, qapp_paths, server.url("claims", 2 * 1024**3)) as (thumbnail, _):
        await wait(lambda: "Too large for a preview" in thumbnail.text())
        assert thumbnail.isEnabled()  # a click opens it in full: the user asked then
    assert server.served == 0
    assert cached_files(qapp_paths) == []


# --- said once at start-up -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_damaged_settings_file_is_said_once_in_the_window(
    qtbot: QtBot, qapp_paths: AppPaths, wait: Wait
) -> None:
    qapp_paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    qapp_paths.settings_file.write_bytes(b'{"version": 1, "theme": "da')
    shell = build_shell(
        qapp_paths,
        base_url=None,
        keyring_store=SessionCredentialStore(),
        session_store=SessionCredentialStore(),
    )
    qtbot.addWidget(shell.window)
    shell.window.show()

    view = shell.window.findChild(StoreNoticeView)
    assert view is not None
    await wait(lambda: (box := view.box()) is not None and box.isVisible())
    box = view.box()
    assert box is not None
    (kept,) = qapp_paths.config_dir.glob("settings.json.bad-*")
    assert kept.name in box.text()
    assert "Your settings could not be read" in box.text()
    assert box.objectName() == "storeNotice"
    assert not box.isModal()  # the window stays usable behind it
    box.accept()
    await shell.aclose()


@pytest.mark.asyncio
async def test_notices_arriving_together_share_one_box(qapp: QApplication, wait: Wait) -> None:
    window = QWidget()
    notices = StoreNotices()
    view = StoreNoticeView(notices, window)
    window.show()
    notices.tell(Phrase("Storage", "First thing."))
    notices.tell(Phrase("Storage", "Second thing."))
    notices.tell(Phrase("Storage", "First thing."))

    await wait(lambda: len(view.texts()) == 2)
    box = view.box()
    assert box is not None
    assert box.text() == "First thing.\n\nSecond thing."
    box.accept()
    window.close()
    window.deleteLater()


@pytest.mark.asyncio
async def test_the_preview_cache_size_is_a_setting(
    qtbot: QtBot, tmp_path: Path, wait: Wait
) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    dialog = _dialog(qtbot, settings)
    assert dialog.cache_field.value() == 1024  # 1 GB by default
    dialog.cache_field.setFocus()
    dialog.cache_field.selectAll()
    QTest.keyClicks(dialog.cache_field, "2048")
    applied: list[bool] = []
    dialog.applied.connect(applied.append)

    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    await wait(lambda: applied)

    assert json.loads(settings.path.read_text())["output_cache_limit_mb"] == 2048
    assert Settings.load(settings.path).cache_limit_mb == 2048


@pytest.mark.asyncio
async def test_a_damaged_cached_image_is_dropped_so_the_next_look_fetches_it_again(
    qtbot: QtBot, qapp_paths: AppPaths, server: ByteServer, wait: Wait
) -> None:
    # Bytes that are no image at all: what a torn or garbled cached file decodes like.
    async with one_image(qtbot, qapp_paths, server.url("bytes", 4096)) as (thumbnail, cache):
        await wait(lambda: thumbnail.text().startswith("No preview"))
        assert cache.cached("run_1", "out_1") is None
    assert cached_files(qapp_paths) == []
