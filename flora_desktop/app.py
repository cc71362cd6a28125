"""Composition root: arguments, logging, Qt and its asyncio loop, services and the window.

Start-up order (each step needs the ones before it):

1. ``parse_args``: argparse only, so ``--help`` answers without loading Qt.
2. ``AppPaths.default()`` (``FLORA_DESKTOP_HOME`` overrides it) and ``ensure()``.
3. ``configure_logging``: a rotating file and stderr, both behind the redacting filter.
4. ``QApplication`` (icon, desktop file name, translator), the light/system look from
   ``style.qss`` (``ThemeManager``), then a ``qasync.QEventLoop`` as asyncio's loop.
   Python's cycle collector then runs on the UI thread only (``MainThreadGarbageCollector``).
5. ``CrashHandler`` on ``sys.excepthook`` (qasync sends async-slot exceptions there too).
6. Services: ``Settings``, ``Profiles`` (the active profile picks the base URL unless
   ``--base-url``/``FLORA_BASE_URL`` say otherwise, and the keyring entry), ``DraftStore``,
   the keyring and session credential stores, the ``EmbeddedSandbox`` (not started yet)
   and the shell's ``TaskOwner``; then the theme the settings ask for.
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
from typing import TYPE_CHECKING

from flora_desktop import __version__

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QApplication, QWidget

    from flora_desktop.api import FloraClient
    from flora_desktop.services.credentials import CredentialStore
    from flora_desktop.services.drafts import DraftStore
    from flora_desktop.services.history import HistoryStore
    from flora_desktop.services.outputs import OutputDownloader
    from flora_desktop.services.paths import AppPaths
    from flora_desktop.services.profiles import Profiles
    from flora_desktop.services.session import Connection, EmbeddedSandbox
    from flora_desktop.services.settings import Settings
    from flora_desktop.services.tasks import TaskOwner
    from flora_desktop.ui.main_window import ConnectedPage, MainWindow, OpenLauncher
    from flora_desktop.ui.pages.connected import ConnectedTabs
    from flora_desktop.ui.pages.launcher import LauncherPage
    from flora_desktop.ui.theme import ThemeManager

log = logging.getLogger(__name__)

DESKTOP_FILE_NAME = "ai.flora.Desktop"  # packaging/linux/ai.flora.Desktop.desktop
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


def load_stylesheet(app: QApplication) -> ThemeManager:
    """Apply the packaged ``style.qss`` in the desktop's scheme; returns the theme manager."""
    from flora_desktop.ui.assets import stylesheet_text
    from flora_desktop.ui.theme import ThemeManager

    theme = ThemeManager(app, stylesheet_text())
    theme.apply()
    return theme


class LauncherConnection:
    """One connection's launcher page and the one ``FloraClient`` it uses.

    With ``tabs`` (Launch | Runs | History) the tabs are the widget. ``aclose()`` stops the
    tabs (watches, downloads), then the page's tasks, then the download and API clients,
    exactly once.
    """

    def __init__(
        self,
        page: LauncherPage,
        client: FloraClient,
        tabs: ConnectedTabs | None = None,
        downloader: OutputDownloader | None = None,
    ) -> None:
        self.page = page
        self.client = client
        self.tabs = tabs
        self.downloader = downloader
        self._closed = False

    @property
    def widget(self) -> QWidget:
        return self.tabs if self.tabs is not None else self.page

    @property
    def workspace_changed(self) -> SignalInstance:
        return self.page.workspace_changed

    @property
    def starting_run(self) -> bool:
        """A press of Run is waiting for FLORA's answer (the window asks before closing)."""
        return self.page.starting_run

    @property
    def authentication_failed(self) -> SignalInstance:
        return self.page.authentication_failed

    async def start(self) -> None:
        if self.tabs is not None:
            await self.tabs.start()
        else:
            await self.page.start()

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if self.tabs is not None:
                await self.tabs.aclose()
            await self.page.aclose()
        finally:
            if self.downloader is not None:
                await self.downloader.aclose()
            await self.client.aclose()


def launcher_factory(
    settings: Settings,
    drafts: DraftStore,
    register_secret: Callable[[str], None],
    *,
    history: HistoryStore | None = None,
    cache_dir: Path | None = None,
    poll_interval: float | None = None,
    active_profile: Callable[[], str] | None = None,
) -> LauncherFactory:
    """How the window opens a launcher for a connection: a client, then the page.

    With a ``history`` and a ``cache_dir`` the page comes in tabs with the Runs panel and
    the History view; runs are polled every ``poll_interval`` s (default: the settings').
    """

    return LauncherFactory(
        settings,
        drafts,
        register_secret,
        history=history,
        cache_dir=cache_dir,
        poll_interval=poll_interval,
        active_profile=active_profile,
    )


class LauncherFactory:
    """``launcher_factory``'s opener: call it with a connection to get the connected page.

    ``await prepare(connection)`` first (optional) does the slow part that needs no widget
    off the UI thread: importing httpx and the launcher modules and building the HTTP
    clients (each loads the CA bundle). Widgets are then built on the UI thread by the call.
    """

    def __init__(
        self,
        settings: Settings,
        drafts: DraftStore,
        register_secret: Callable[[str], None],
        *,
        history: HistoryStore | None,
        cache_dir: Path | None,
        poll_interval: float | None,
        active_profile: Callable[[], str] | None = None,
    ) -> None:
        self._settings = settings
        # The account is the profile being connected plus the server: history, watched runs
        # and noted presses of Run are kept per account.
        self._active_profile = active_profile
        self._drafts = drafts
        self._register_secret = register_secret
        self._history = history
        self._cache_dir = cache_dir
        self._poll_interval = poll_interval
        self._prepared: tuple[Connection, FloraClient, OutputDownloader | None] | None = None

    @property
    def _tabs(self) -> bool:
        return self._history is not None and self._cache_dir is not None

    def _clients(self, connection: Connection) -> tuple[FloraClient, OutputDownloader | None]:
        # Runs in the executor from prepare(): imports are thread-safe, and these build no
        # QObject. On the UI thread (no prepare) the imports are already cached or cheap.
        from flora_desktop.api import FloraClient
        from flora_desktop.ui.pages import launcher  # noqa: F401  (imported for __call__)

        client = FloraClient(api_key=connection.api_key, base_url=connection.base_url)
        if not self._tabs:
            return client, None
        from flora_desktop.services import output_cache, run_tracker  # noqa: F401
        from flora_desktop.services.outputs import OutputDownloader
        from flora_desktop.ui.pages import connected  # noqa: F401
        from flora_desktop.ui.widgets import output_view  # noqa: F401

        return client, OutputDownloader()

    async def prepare(self, connection: Connection) -> None:
        """Build the connection's clients in the executor, for the next call to use."""
        self._register_secret(connection.api_key)
        loop = asyncio.get_running_loop()
        client, downloader = await loop.run_in_executor(None, self._clients, connection)
        self._prepared = (connection, client, downloader)

    def __call__(self, connection: Connection) -> ConnectedPage:
        from flora_desktop.ui.pages.launcher import LauncherPage

        prepared, self._prepared = self._prepared, None
        if prepared is not None and prepared[0] is connection:
            client, downloader = prepared[1], prepared[2]
        else:
            self._register_secret(connection.api_key)
            client, downloader = self._clients(connection)
        settings = self._settings
        from flora_desktop.services.profiles import DEFAULT_PROFILE_ID
        from flora_desktop.services.submissions import SubmissionJournal

        journal = None
        profile_id = DEFAULT_PROFILE_ID
        if self._active_profile is not None:
            profile_id = self._active_profile()
        if self._history is not None:
            journal = SubmissionJournal(self._history, connection.base_url, profile_id=profile_id)
        page = LauncherPage(client, settings, self._drafts, connection, journal=journal)
        if downloader is None or self._history is None or self._cache_dir is None:
            return LauncherConnection(page, client)
        from flora_desktop.services.output_cache import OutputCache
        from flora_desktop.services.run_tracker import RunTracker
        from flora_desktop.ui.pages.connected import ConnectedTabs
        from flora_desktop.ui.widgets.output_view import OutputTools

        interval = self._poll_interval
        if interval is None:
            interval = settings.poll_interval
        tracker = RunTracker(client, self._history, interval=interval, profile_id=profile_id)
        cache = OutputCache(self._cache_dir / "outputs", downloader)
        tools = OutputTools(downloader=downloader, cache=cache, settings=settings)
        tabs = ConnectedTabs(page, tracker, tools, notifications=lambda: settings.notifications)
        return LauncherConnection(page, client, tabs, downloader)


@dataclass
class Shell:
    """The built app: its window and what must be shut down with it, in order."""

    window: MainWindow
    tasks: TaskOwner
    sandbox: EmbeddedSandbox
    settings: Settings
    keyring_store: CredentialStore
    base_url: str
    profiles: Profiles | None = None
    theme: ThemeManager | None = None
    history: HistoryStore | None = None
    # Builds a connection's HTTP clients off the UI thread before its page (LauncherFactory).
    # Resolved after the window's first paint: start-up connects only once it has painted.
    first_paint: asyncio.Future[None] | None = None

    def show_profiles(self) -> None:
        """Fill the window's Profile menu from the profile list."""
        if self.profiles is not None:
            self.window.profile_menu.set_profiles(
                [(p.profile_id, p.name) for p in self.profiles.all()],
                self.profiles.active.profile_id,
            )

    async def switch_profile(self, profile_id: str) -> None:
        """Make ``profile_id`` active and connect with its base URL and saved key."""
        if self.profiles is None:
            return
        profile = self.profiles.set_active(profile_id)
        self.show_profiles()
        await self.reconnect()
        try:
            await self.settings.save()
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
        log.info("switched to profile %s", profile.profile_id)

    async def reconnect(self) -> None:
        """Drop the connection and connect with the active profile (its key, never the env's)."""
        if self.profiles is not None:
            self.base_url = self.profiles.active.base_url
            self.window.sign_in.set_base_url(self.base_url)
        await self.window.close_connection()
        await self.connect({}, use_sandbox=False)

    def open_settings(self) -> None:
        """Settings… (Ctrl+,): the dialog edits settings and profiles; OK may reconnect."""
        from PySide6.QtCore import Qt

        from flora_desktop.services.profiles import Profiles
        from flora_desktop.ui.dialogs.settings_dialog import SettingsDialog

        profiles = self.profiles if self.profiles is not None else Profiles(self.settings)
        dialog = SettingsDialog(self.settings, profiles, self.theme, self.tasks, self.window)
        dialog.applied.connect(self._on_settings_applied)
        # The window owns it until it closes; tests find it with findChild.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_settings_applied(self, reconnect: bool) -> None:
        self.show_profiles()
        if reconnect and self.profiles is not None:
            self.tasks.spawn("connect", self.reconnect())

    async def connect(self, env: Mapping[str, str], use_sandbox: bool) -> None:
        """Resolve the first connection (step 8) and show the launcher or sign-in."""
        from flora_desktop.services.session import SandboxUnavailable, resolve_connection
        from flora_desktop.ui.translate import shown_error

        self.window.show_connecting()
        if self.first_paint is not None:
            # "Connecting…" reaches the screen before any connection work holds the loop.
            await self.first_paint
            if not self.window.isVisible():
                return  # closed right after that paint: the app is shutting down
        try:
            connection = await resolve_connection(
                base_url=self.base_url,
                env=env,
                store=self.keyring_store,
                sandbox=self.sandbox if use_sandbox else None,
            )
        except SandboxUnavailable as exc:
            # Said in plain words on the sign-in panel, which also offers to try again.
            self.window.show_sign_in(shown_error(exc))
            return
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
            # After the window's tasks (and so every watch) are cancelled.
            if self.history is not None:
                await self.history.aclose()
            await self.sandbox.stop()
        self.settings.window_geometry = geometry
        try:
            await self.settings.save()
        except OSError as exc:
            log.warning("could not save settings: %s", exc)


def build_shell(
    paths: AppPaths,
    *,
    base_url: str | None,
    keyring_store: CredentialStore | None = None,
    session_store: CredentialStore | None = None,
    register_secret: Callable[[str], None] = lambda _key: None,
    open_launcher: OpenLauncher | None = None,
    poll_interval: float | None = None,
) -> Shell:
    """Steps 6 and 7: services and the window, each part given what it needs.

    Tests and ``scripts/screenshots.py`` call this with their own stores and paths.
    Needs a QApplication; builds nothing that does I/O beyond reading settings.
    ``base_url=None`` means the active profile's. A ``keyring_store`` given here replaces
    the profiles' keyring entries (tests, screenshots). ``poll_interval`` overrides the
    settings' pause between polls of a run (tests use the sandbox's fast runs).
    """
    from PySide6.QtCore import QByteArray

    from flora_desktop.services.credentials import (
        SessionCredentialStore,
    )
    from flora_desktop.services.drafts import DraftStore
    from flora_desktop.services.history import HistoryStore
    from flora_desktop.services.profiles import Profiles
    from flora_desktop.services.session import EmbeddedSandbox, forget_key
    from flora_desktop.services.settings import Settings
    from flora_desktop.services.tasks import TaskOwner
    from flora_desktop.ui.main_window import MainWindow
    from flora_desktop.ui.pages.sign_in import SignInPanel

    settings = Settings.load(paths.settings_file)
    profiles = Profiles(settings)
    keyring = keyring_store if keyring_store is not None else profiles.active_store()
    if base_url is None:
        base_url = profiles.active.base_url
    session = session_store if session_store is not None else SessionCredentialStore()
    sandbox = EmbeddedSandbox()
    tasks = TaskOwner()
    # Opened lazily on its worker thread by the first query: nothing blocks here.
    history = HistoryStore.for_paths(paths)
    if open_launcher is None:
        open_launcher = launcher_factory(
            settings,
            DraftStore(paths.drafts_dir),
            register_secret,
            history=history,
            cache_dir=paths.cache_dir,
            poll_interval=poll_interval,
            active_profile=lambda: profiles.active.profile_id,
        )

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
        # Every way of connecting (start-up, sign-in, sandbox, profile switch) gets it.
        prepare_launcher=(
            open_launcher.prepare if isinstance(open_launcher, LauncherFactory) else None
        ),
    )
    if settings.window_geometry:
        window.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
    shell = Shell(window, tasks, sandbox, settings, keyring, base_url, profiles, history=history)
    shell.show_profiles()
    window.settings_requested.connect(shell.open_settings)
    window.profile_chosen.connect(
        lambda profile_id: tasks.spawn("connect", shell.switch_profile(profile_id))
    )
    return shell


def _first_paint(window: MainWindow) -> asyncio.Future[None]:
    """A future done in the event-loop turn after the window's first paint has finished."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    painted: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def resolve() -> None:
        if not painted.done():
            painted.set_result(None)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, resolve)
            return False

    window.installEventFilter(FirstPaint(window))
    return painted


def _quit_after_first_paint(window: MainWindow) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # benchmarks/startup.py reads which page the first paint showed.
                page = window.pages.currentWidget()
                log.info("first paint showed %s", page.objectName() if page else "nothing")
                # After this paint has finished, not inside it.
                QTimer.singleShot(0, window.close)
            return False

    window.installEventFilter(FirstPaint(window))


async def _run(
    options: argparse.Namespace,
    paths: AppPaths,
    register_secret: Callable[[str], None],
    theme: ThemeManager | None = None,
) -> int:
    from PySide6.QtCore import QTimer

    from flora_desktop.services.logs import redact
    from flora_desktop.services.session import resolve_base_url
    from flora_desktop.ui.crash import CrashHandler

    shell: Shell | None = None
    crash = CrashHandler(redact, parent=lambda: shell.window if shell is not None else None)
    crash.install()
    try:
        explicit_url = (options.base_url or "").strip() or os.environ.get("FLORA_BASE_URL", "")
        shell = build_shell(
            paths,
            base_url=resolve_base_url(options.base_url, os.environ) if explicit_url else None,
            register_secret=register_secret,
        )
        if theme is not None:
            shell.theme = theme
            theme.set_choice(shell.settings.theme)
        window = shell.window
        closed = asyncio.Event()
        window.closing.connect(closed.set)
        # shell.connect waits for it, so the first paint never waits for connection work.
        shell.first_paint = _first_paint(window)
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
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    from flora_desktop.ui.assets import app_icon, install_translator

    app.setWindowIcon(app_icon())
    install_translator(app)
    # The app ends when its shut-down finishes, not when the window hides.
    app.setQuitOnLastWindowClosed(False)
    theme = load_stylesheet(app)
    from flora_desktop.ui.gc_guard import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector(app)
    collector.install()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            run = _run(options, paths, redacting.register_secret, theme)
            return int(loop.run_until_complete(run))
    finally:
        collector.uninstall()
        asyncio.set_event_loop(None)
        remove_handlers()
