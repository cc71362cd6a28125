"""Composition root: arguments, logging, Qt and its asyncio loop, services and the window.

Start-up order (each step needs the ones before it):

1. ``parse_args``: argparse only, so ``--help`` answers without loading Qt.
2. ``AppPaths.default()`` (``FLORA_DESKTOP_HOME`` overrides it) and ``ensure()``.
3. ``configure_logging``: a rotating file and stderr, both behind the redacting filter.
4. ``QApplication``, ``resources/style.qss``, then a ``qasync.QEventLoop`` as asyncio's loop.
5. ``CrashHandler`` on ``sys.excepthook`` (qasync sends async-slot exceptions there too).
6. Services: ``Settings``, ``DraftStore``, the keyring and session credential stores, the
   ``EmbeddedSandbox`` (not started yet) and the shell's ``TaskOwner``.
7. The window (sign-in panel, status bar, launcher factory), shown at once as
   "Connecting…" so the first paint waits for no network or keyring call.
8. ``resolve_connection`` off the UI thread: ``--sandbox`` (starts the embedded server,
   touches no keyring) → ``FLORA_API_KEY`` → the keyring entry for the base URL. A
   connection opens the launcher (one ``FloraClient`` for it); none shows sign-in.
9. Run until the window closes. Shut-down, in order: cancel and await every owned task,
   close the launcher (its tasks) and then its ``FloraClient`` once, stop the sandbox,
   save settings, put the old excepthook back.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from flora_desktop import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QApplication, QWidget

    from flora_desktop.api import FloraClient
    from flora_desktop.services.credentials import CredentialStore
    from flora_desktop.services.drafts import DraftStore
    from flora_desktop.services.paths import AppPaths
    from flora_desktop.services.session import Connection, EmbeddedSandbox
    from flora_desktop.services.settings import Settings
    from flora_desktop.services.tasks import TaskOwner
    from flora_desktop.ui.main_window import ConnectedPage, MainWindow, OpenLauncher
    from flora_desktop.ui.pages.launcher import LauncherPage

log = logging.getLogger(__name__)

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
STYLESHEET = RESOURCES_DIR / "style.qss"
# Lets Python run a signal handler (Ctrl+C) while Qt's loop sleeps in C++.
_SIGNAL_WAKE_MS = 500


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="flora-desktop",
        description="Start FLORA technique runs from your desktop.",
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="start a practice FLORA on 127.0.0.1 and connect to it with its demo key "
        "(no keyring entry is read or written)",
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="FLORA API base URL (default: $FLORA_BASE_URL, else https://app.flora.ai/api/v1)",
    )
    parser.add_argument("--debug", action="store_true", help="log at debug level")
    parser.add_argument(
        "--exit-after-paint",
        action="store_true",
        help="quit right after the main window's first paint (start-up benchmarks)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def load_stylesheet(app: QApplication, path: Path = STYLESHEET) -> None:
    try:
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except OSError as exc:
        log.warning("no style sheet at %s: %s", path, exc)


class LauncherConnection:
    """One connection's launcher page and the one ``FloraClient`` it uses.

    ``aclose()`` cancels the page's tasks first, then closes the client, exactly once.
    """

    def __init__(self, page: LauncherPage, client: FloraClient) -> None:
        self.page = page
        self.client = client
        self._closed = False

    @property
    def widget(self) -> QWidget:
        return self.page

    @property
    def workspace_changed(self) -> SignalInstance:
        return self.page.workspace_changed

    @property
    def authentication_failed(self) -> SignalInstance:
        return self.page.authentication_failed

    async def start(self) -> None:
        await self.page.start()

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            await self.page.aclose()
        finally:
            await self.client.aclose()


def launcher_factory(
    settings: Settings, drafts: DraftStore, register_secret: Callable[[str], None]
) -> OpenLauncher:
    """How the window opens a launcher for a connection: a client, then the page."""

    def open_launcher(connection: Connection) -> ConnectedPage:
        from flora_desktop.api import FloraClient
        from flora_desktop.ui.pages.launcher import LauncherPage

        register_secret(connection.api_key)
        client = FloraClient(api_key=connection.api_key, base_url=connection.base_url)
        page = LauncherPage(client, settings, drafts, connection)
        return LauncherConnection(page, client)

    return open_launcher


@dataclass
class Shell:
    """The built app: its window and what must be shut down with it, in order."""

    window: MainWindow
    tasks: TaskOwner
    sandbox: EmbeddedSandbox
    settings: Settings
    keyring_store: CredentialStore
    base_url: str

    async def connect(self, env: Mapping[str, str], use_sandbox: bool) -> None:
        """Resolve the first connection (step 8) and show the launcher or sign-in."""
        from flora_desktop.services.session import resolve_connection

        self.window.show_connecting()
        connection = await resolve_connection(
            base_url=self.base_url,
            env=env,
            store=self.keyring_store,
            sandbox=self.sandbox if use_sandbox else None,
        )
        if connection is None:
            self.window.show_sign_in()
        else:
            await self.window.show_connection(connection)

    async def aclose(self) -> None:
        """Step 9: tasks, launcher and client, sandbox, settings."""
        geometry = bytes(self.window.saveGeometry().toBase64().data()).decode("ascii")
        try:
            await self.window.aclose()
        finally:
            await self.sandbox.stop()
        self.settings.window_geometry = geometry
        try:
            await self.settings.save()
        except OSError as exc:
            log.warning("could not save settings: %s", exc)


def build_shell(
    paths: AppPaths,
    *,
    base_url: str,
    keyring_store: CredentialStore | None = None,
    session_store: CredentialStore | None = None,
    register_secret: Callable[[str], None] = lambda _key: None,
    open_launcher: OpenLauncher | None = None,
) -> Shell:
    """Steps 6 and 7: services and the window, each part given what it needs.

    Tests and ``scripts/screenshots.py`` call this with their own stores and paths.
    Needs a QApplication; builds nothing that does I/O beyond reading settings.
    """
    from PySide6.QtCore import QByteArray

    from flora_desktop.services.credentials import (
        KeyringCredentialStore,
        SessionCredentialStore,
    )
    from flora_desktop.services.drafts import DraftStore
    from flora_desktop.services.session import EmbeddedSandbox, forget_key
    from flora_desktop.services.settings import Settings
    from flora_desktop.services.tasks import TaskOwner
    from flora_desktop.ui.main_window import MainWindow
    from flora_desktop.ui.pages.sign_in import SignInPanel

    settings = Settings.load(paths.settings_file)
    keyring = keyring_store if keyring_store is not None else KeyringCredentialStore()
    session = session_store if session_store is not None else SessionCredentialStore()
    sandbox = EmbeddedSandbox()
    tasks = TaskOwner()
    if open_launcher is None:
        open_launcher = launcher_factory(settings, DraftStore(paths.drafts_dir), register_secret)

    async def sign_out(connection: Connection) -> None:
        await forget_key(connection, keyring, session)

    sign_in = SignInPanel(
        base_url=base_url,
        keyring_store=keyring,
        session_store=session,
        start_sandbox=sandbox.start,
        tasks=tasks,
    )
    window = MainWindow(
        sign_in=sign_in,
        open_launcher=open_launcher,
        sign_out=sign_out,
        start_sandbox=sandbox.start,
        tasks=tasks,
    )
    if settings.window_geometry:
        window.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
    return Shell(window, tasks, sandbox, settings, keyring, base_url)


def _quit_after_first_paint(window: QWidget) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # After this paint has finished, not inside it.
                QTimer.singleShot(0, window.close)
            return False

    window.installEventFilter(FirstPaint(window))


async def _run(
    options: argparse.Namespace,
    paths: AppPaths,
    register_secret: Callable[[str], None],
) -> int:
    from PySide6.QtCore import QTimer

    from flora_desktop.services.logs import redact
    from flora_desktop.services.session import resolve_base_url
    from flora_desktop.ui.crash import CrashHandler

    shell: Shell | None = None
    crash = CrashHandler(redact, parent=lambda: shell.window if shell is not None else None)
    crash.install()
    try:
        shell = build_shell(
            paths,
            base_url=resolve_base_url(options.base_url, os.environ),
            register_secret=register_secret,
        )
        window = shell.window
        closed = asyncio.Event()
        window.closing.connect(closed.set)
        if options.exit_after_paint:
            _quit_after_first_paint(window)
        # Ctrl+C in a terminal closes the window, so the normal shut-down runs.
        signal.signal(signal.SIGINT, lambda *_: QTimer.singleShot(0, window.close))
        wake = QTimer(window)
        wake.timeout.connect(lambda: None)  # enters Python, where signal handlers run
        wake.start(_SIGNAL_WAKE_MS)
        window.show()
        # Owned by shell.tasks, so closing early cancels it like every other task.
        shell.tasks.spawn("connect", shell.connect(dict(os.environ), use_sandbox=options.sandbox))
        await closed.wait()
        await shell.aclose()
        log.info("FLORA Desktop closed")
        return 0
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        crash.uninstall()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``flora-desktop`` and ``python -m flora_desktop``."""
    options = parse_args(argv)

    import qasync
    from PySide6.QtWidgets import QApplication

    from flora_desktop.services.logs import configure_logging, remove_handlers
    from flora_desktop.services.paths import AppPaths

    paths = AppPaths.default()
    paths.ensure()
    redacting = configure_logging(paths.log_dir, options.debug)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("FLORA Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("flora-desktop")
    # The app ends when its shut-down finishes, not when the window hides.
    app.setQuitOnLastWindowClosed(False)
    load_stylesheet(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return int(loop.run_until_complete(_run(options, paths, redacting.register_secret)))
    finally:
        asyncio.set_event_loop(None)
        remove_handlers()
