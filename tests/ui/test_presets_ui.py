"""The Presets menu on the launcher: save, export, import, apply (one undo step), paste inputs."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.presets import Preset, PresetStore
from flora_desktop.ui.pages.launcher import LauncherPage
from flora_desktop.ui.pages.launcher_tools import ToolOptions
from flora_desktop.ui.widgets.notice_label import NoticeLabel
from flora_desktop.ui.widgets.presets_menu import PresetDialogs, PresetsButton
from tests.ui.conftest import Wait
from tests.ui.tools_support import open_page

OpenPage = Callable[[], Awaitable[LauncherPage]]
SCRIPT = 'Welcome to "Studio North" — it\'s\nnew 🦊'


class Answers:
    """What the test answers to the menu's dialogs."""

    def __init__(self, tmp_path: Path) -> None:
        self.name: str | None = "Warm read"
        self.save_to: Path | None = tmp_path / "exported.json"
        self.open_from: Path | None = tmp_path / "exported.json"
        self.delete_ok = True

    def dialogs(self) -> PresetDialogs:
        return PresetDialogs(
            ask_name=lambda _parent, _suggestion: self.name,
            save_path=lambda _parent, _suggestion: str(self.save_to) if self.save_to else None,
            open_path=lambda _parent: str(self.open_from) if self.open_from else None,
            confirm_delete=lambda _parent, _name: self.delete_ok,
        )


@pytest.fixture
def answers(tmp_path: Path) -> Answers:
    return Answers(tmp_path)


@pytest_asyncio.fixture
async def open_voiceover(
    sandbox: SandboxServer,
    sandbox_client: FloraClient,
    qapp_paths: AppPaths,
    qtbot: QtBot,
    wait: Wait,
    answers: Answers,
) -> AsyncIterator[OpenPage]:
    pages: list[LauncherPage] = []

    async def build() -> LauncherPage:
        options = ToolOptions(preset_dialogs=answers.dialogs())
        page = await open_page(
            sandbox, sandbox_client, qapp_paths, qtbot, wait, "Voiceover Studio", options
        )
        pages.append(page)
        return page

    yield build
    for page in pages:
        await page.aclose()


def read_json(path: Path | None) -> dict[str, Any]:
    assert path is not None
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def presets_button(page: LauncherPage) -> PresetsButton:
    found = page.findChild(PresetsButton, "presetsButton")
    assert found is not None
    return found


def action(page: LauncherPage, name: str) -> QAction:
    found = presets_button(page).action(name)
    assert found is not None, name
    return found


def notice(page: LauncherPage) -> str:
    label = page.findChild(NoticeLabel, "shareNotice")
    assert label is not None
    return label.full_text() if label.isVisible() else ""


def field(page: LauncherPage, key: str) -> QWidget:
    found = page.findChild(QWidget, f"inputValueField:{key}")
    assert isinstance(found, QPlainTextEdit | QLineEdit), key
    return found


def text_of(page: LauncherPage, key: str) -> str:
    widget = field(page, key)
    assert isinstance(widget, QPlainTextEdit)
    return widget.toPlainText()


def type_into(page: LauncherPage, key: str, text: str) -> None:
    widget = field(page, key)
    assert isinstance(widget, QPlainTextEdit)
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    widget.insertPlainText(text)


@pytest.mark.asyncio
async def test_round_trip_save_export_import_apply(
    open_voiceover: OpenPage, answers: Answers, qapp_paths: AppPaths, wait: Wait
) -> None:
    page = await open_voiceover()
    button = presets_button(page)
    type_into(page, "script", SCRIPT)
    type_into(page, "voice", "warm, mid-forties")

    action(page, "savePresetAction").trigger()
    await wait(lambda: [p.name for p in button.presets] == ["Warm read"])
    assert notice(page) == "Saved the preset “Warm read”."
    # Stored next to the drafts, in the data folder, and holding no key.
    stored = list((qapp_paths.data_dir / "presets").glob("*.json"))
    assert len(stored) == 1
    assert "sk_" not in stored[0].read_text(encoding="utf-8")

    action(page, "exportPresetsAction").trigger()
    await wait(lambda: notice(page).startswith("Exported"))
    assert notice(page) == "Exported 1 preset to exported.json."
    exported = read_json(answers.save_to)
    assert exported["presets"][0]["inputs"] == {"script": SCRIPT, "voice": "warm, mid-forties"}

    action(page, "deletePreset:Warm read").trigger()
    await wait(lambda: button.presets == [])
    action(page, "importPresetsAction").trigger()
    await wait(lambda: [p.name for p in button.presets] == ["Warm read"])
    assert notice(page) == "Imported 1 preset."

    type_into(page, "script", "something else")
    type_into(page, "voice", "")
    undo_count = page.editor.undo_stack.count()
    action(page, "applyPreset:Warm read").trigger()

    assert text_of(page, "script") == SCRIPT
    assert text_of(page, "voice") == "warm, mid-forties"
    assert page.editor.undo_stack.count() == undo_count + 1
    QTest.mouseClick(page.editor.undo_button, Qt.MouseButton.LeftButton)
    assert text_of(page, "script") == "something else"
    assert text_of(page, "voice") == ""


@pytest.mark.asyncio
async def test_a_read_started_before_a_save_never_takes_the_new_preset_off_the_menu(
    open_voiceover: OpenPage, wait: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list a slow disk read found before the save ends last: the menu keeps the save's.

    (Choosing a technique reads its presets in the background; saving reads them again.)
    """
    page = await open_voiceover()
    button = presets_button(page)
    type_into(page, "script", SCRIPT)
    real_load = PresetStore.load
    read_old = asyncio.Event()
    release = asyncio.Event()

    async def slow_first_read(store: PresetStore, technique_id: str) -> list[Preset]:
        if read_old.is_set():
            return await real_load(store, technique_id)
        found = await real_load(store, technique_id)  # before the save: no preset yet
        read_old.set()
        await release.wait()
        return found

    monkeypatch.setattr(PresetStore, "load", slow_first_read)
    older = asyncio.ensure_future(button.reload())
    await asyncio.wait_for(read_old.wait(), 10)
    assert await button.save_current("Warm read")
    assert [p.name for p in button.presets] == ["Warm read"]
    release.set()
    await asyncio.wait_for(older, 10)

    assert [p.name for p in button.presets] == ["Warm read"]
    assert button.action("applyPreset:Warm read") is not None


@pytest.mark.asyncio
async def test_paste_inputs_fills_named_rows_and_keeps_the_rest(
    open_voiceover: OpenPage, wait: Wait
) -> None:
    page = await open_voiceover()
    type_into(page, "script", "keep me")
    QApplication.clipboard().setText('{"voice": "bright", "tempo": 1.2}')

    action(page, "pasteInputsAction").trigger()

    assert text_of(page, "script") == "keep me"
    assert text_of(page, "voice") == "bright"
    custom = page.editor.row_widget("tempo")
    assert custom is not None
    assert custom.row.is_custom
    assert notice(page) == (
        "Pasted 2 inputs. Not inputs of this technique, added as custom inputs: tempo."
    )
    QTest.mouseClick(page.editor.undo_button, Qt.MouseButton.LeftButton)
    assert page.editor.row_widget("tempo") is None
    assert text_of(page, "voice") == ""


@pytest.mark.asyncio
async def test_pasted_values_json_cannot_carry_wait_on_their_rows_and_run_sends_nothing(
    open_voiceover: OpenPage, sandbox: SandboxServer, wait: Wait
) -> None:
    """1e309 and an escaped lone surrogate once opened the crash dialog at Paste or Run."""
    page = await open_voiceover()
    QApplication.clipboard().setText('{"voice": 1e309, "script": "Sp\\ud800cial"}')

    action(page, "pasteInputsAction").trigger()

    assert notice(page) == "Pasted 2 inputs. Check the marked inputs."
    voice, script = page.editor.row_widget("voice"), page.editor.row_widget("script")
    assert voice is not None
    assert script is not None
    too_large = "A number here is too large to send: use a smaller one."
    await wait(lambda: voice.message_label.text() == too_large)
    await wait(lambda: script.message_label.text().startswith("This has a broken character"))
    assert await page.submit() is None
    async with httpx.AsyncClient() as client:
        runs = (await client.get(f"{sandbox.root_url}/_sandbox/runs")).json()["runs"]
    assert runs == []


@pytest.mark.asyncio
async def test_paste_of_something_else_says_so_and_changes_nothing(
    open_voiceover: OpenPage,
) -> None:
    page = await open_voiceover()
    type_into(page, "script", "keep me")
    undo_count = page.editor.undo_stack.count()
    QApplication.clipboard().setText("a red fox in the snow")

    action(page, "pasteInputsAction").trigger()

    assert notice(page) == (
        "The clipboard does not hold valid JSON. Copy a JSON object of inputs, like "
        '{"prompt": "a red fox"}.'
    )
    assert text_of(page, "script") == "keep me"
    assert page.editor.undo_stack.count() == undo_count


@pytest.mark.asyncio
async def test_a_preset_holding_the_key_is_refused(
    open_voiceover: OpenPage, sandbox: SandboxServer, wait: Wait
) -> None:
    page = await open_voiceover()
    type_into(page, "script", f"my key is {sandbox.api_key}")

    action(page, "savePresetAction").trigger()
    await wait(lambda: bool(notice(page)))

    assert notice(page).startswith("These inputs contain your API key.")
    assert presets_button(page).presets == []


@pytest.mark.asyncio
async def test_importing_a_broken_file_explains_it(
    open_voiceover: OpenPage, answers: Answers, tmp_path: Path, wait: Wait
) -> None:
    page = await open_voiceover()
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "something"}', encoding="utf-8")
    answers.open_from = broken

    action(page, "importPresetsAction").trigger()
    await wait(lambda: bool(notice(page)))

    assert notice(page) == "This file is not a FLORA Desktop presets file."
    assert presets_button(page).presets == []
