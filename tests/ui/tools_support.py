"""Helpers for the launcher's file and sharing tools tests: a page with injected dialogs, drops."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.drafts import DraftStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.session import Connection
from flora_desktop.services.settings import Settings
from flora_desktop.ui.pages.launcher import LauncherPage
from flora_desktop.ui.pages.launcher_tools import ToolOptions
from tests.ui.conftest import Wait
from tests.ui.test_launcher import choose_workspace, pick

FAST_POLL = 0.02


class Chooser:
    """Stands in for the file dialog: answers with ``path`` and records the filter asked."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.asked: list[tuple[str, str]] = []

    def __call__(self, parent: QWidget, title: str, name_filter: str) -> str | None:
        del parent
        self.asked.append((title, name_filter))
        return str(self.path) if self.path is not None else None


async def open_page(
    sandbox: SandboxServer,
    client: FloraClient,
    paths: AppPaths,
    qtbot: QtBot,
    wait: Wait,
    technique: str,
    options: ToolOptions,
) -> LauncherPage:
    """A started launcher page in the owner workspace with ``technique`` chosen."""
    settings = Settings.load(paths.settings_file)
    drafts = DraftStore(paths.drafts_dir)
    connection = Connection(sandbox.api_url, sandbox.api_key, "sandbox")
    page = LauncherPage(client, settings, drafts, connection, tools=options)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    QApplication.processEvents()
    await page.start()
    choose_workspace(page, "owner")
    await pick(page, technique, qtbot, wait)
    return page


def sandbox_requests(sandbox: SandboxServer, prefix: str = "") -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/requests").json()[
        "requests"
    ]
    return [r for r in found if r["path"].startswith(prefix)]


def add_fault(sandbox: SandboxServer, **body: Any) -> None:
    httpx.post(f"{sandbox.root_url}/_sandbox/faults", json=body).raise_for_status()


def file_mime(paths: Sequence[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop_files(widget: QWidget, paths: Sequence[Path]) -> bool:
    """Drag ``paths`` onto ``widget`` and drop them, as a file manager would; True if taken."""
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = file_mime(paths)
    centre = widget.rect().center()
    enter = QDragEnterEvent(
        QPoint(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()
