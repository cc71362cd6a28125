"""Builds one connection's Launch | Runs | History tabs on the sandbox as app.py does, for tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.drafts import DraftStore
from flora_desktop.services.history import HistoryStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.run_tracker import TrackedRun
from flora_desktop.services.session import Connection
from flora_desktop.services.settings import Settings
from flora_desktop.ui.connection import ConnectionParts, OpenConnection
from flora_desktop.ui.pages.connected import ConnectedTabs
from flora_desktop.ui.pages.launcher import LauncherPage

# The sandbox's runs take 0.3 s in tests; poll them much faster than the contract's 2 s.
POLL_S = 0.05
URL_IMAGE = "https://images.unsplash.com/photo-1.png"
URL_VIDEO = "https://media.flora.ai/footage.mp4"
URL_AUDIO = "https://media.flora.ai/interview.wav"
URL_DOC = "https://media.flora.ai/deck.pdf"


@dataclass
class RunsApp:
    """One built connection: its tabs, pages and the stores under a temporary home."""

    connection: OpenConnection
    history: HistoryStore
    settings: Settings
    paths: AppPaths
    save_folder: Path
    opened: list[QUrl] = field(default_factory=list)
    asked: list[Path | None] = field(default_factory=list)

    @property
    def tabs(self) -> ConnectedTabs:
        return self.connection.tabs

    @property
    def page(self) -> LauncherPage:
        return self.connection.page

    def tracked(self) -> list[TrackedRun]:
        return list(self.tabs.tracker.runs)


class RunsAppFactory:
    """``await factory()`` builds and starts a ``RunsApp``; ``aclose()`` closes them all."""

    def __init__(
        self, sandbox: SandboxServer, paths: AppPaths, qtbot: QtBot, save_folder: Path
    ) -> None:
        self.sandbox = sandbox
        self.paths = paths
        self.qtbot = qtbot
        self.save_folder = save_folder
        self.built: list[RunsApp] = []

    async def __call__(
        self,
        *,
        paths: AppPaths | None = None,
        start: bool = True,
        choose_folder: Callable[[QWidget, Path | None], Path | None] | None = None,
    ) -> RunsApp:
        paths = paths or self.paths
        settings = Settings.load(paths.settings_file)
        history = HistoryStore.for_paths(paths)
        parts = ConnectionParts(
            settings, DraftStore(paths.drafts_dir), history, paths.cache_dir, poll_interval=POLL_S
        )
        connection = await OpenConnection.open(
            Connection(self.sandbox.api_url, self.sandbox.api_key, "sandbox"), parts
        )
        app = RunsApp(connection, history, settings, paths, self.save_folder)
        tools = app.tabs.tools

        def record_open(url: QUrl) -> bool:
            app.opened.append(url)
            return True

        def ask(_parent: QWidget, start_at: Path | None) -> Path | None:
            app.asked.append(start_at)
            return self.save_folder

        # Never the real system viewer or a modal dialog in tests.
        tools.open_url = record_open
        tools.choose_folder = choose_folder or ask
        widget = connection.widget
        self.qtbot.addWidget(widget)
        widget.resize(1280, 800)
        widget.show()
        QApplication.processEvents()
        self.built.append(app)
        if start:
            await connection.tabs.start()
        return app

    async def close(self, app: RunsApp) -> None:
        if app in self.built:
            self.built.remove(app)
        await app.connection.aclose()
        await app.history.aclose()

    async def aclose(self) -> None:
        for app in list(self.built):
            await self.close(app)


def sandbox_runs(sandbox: SandboxServer) -> list[dict[str, Any]]:
    import httpx

    runs: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/runs").json()["runs"]
    return runs
