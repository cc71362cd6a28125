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
import gc
import logging
import os
import signal
import sys
import time
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
    from flora_desktop.services.history import HistoryStore
    from flora_desktop.services.outputs import OutputDownloader
    from flora_desktop.services.paths import AppPaths
    from flora_desktop.services.profiles import Profiles
    from flora_desktop.services.session import Connection, EmbeddedSandbox
    from flora_desktop.services.settings import Settings
    from flora_desktop.services.store_notices import StoreNotices
    from flora_desktop.services.tasks import TaskOwner
    from flora_desktop.ui.main_window import ConnectedPage, MainWindow, OpenLauncher
    from flora_desktop.ui.pages.connected import ConnectedTabs
    from flora_desktop.ui.pages.launcher import LauncherPage
    from flora_desktop.ui.single_instance import SingleInstance
    from flora_desktop.ui.theme import ThemeManager

log = logging.getLogger(__name__)

DESKTOP_FILE_NAME = "ai.flora.Desktop"  # packaging/linux/ai.flora.Desktop.desktop
# argv[0] as Qt sees it: the X11 WM_CLASS instance name, which the desktop entry's
# StartupWMClass matches however the app was started (``python -m`` would give
# "__main__.py", a PyInstaller or pipx launcher its own file name).
WM_CLASS_NAME = "flora-desktop"
NATIVE_CRASH_LOG = "native-crash.log"
_SHUTDOWN_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)
_DEFAULT_HANDLERS = {signal.SIGINT: signal.default_int_handler}
# Lets Python run a signal handler (Ctrl+C) while Qt's loop sleeps in C++.
_SIGNAL_WAKE_MS = 500


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    from flora_desktop.services import command_line as cli

    # The terminal's language, from a small JSON table: --help loads no Qt.
    text = cli.CommandLineText(cli.cli_language())
    parser = argparse.ArgumentParser(
        prog="flora-desktop",
        description=text(cli.DESCRIPTION),
        add_help=False,
        formatter_class=text.formatter(),
    )
    parser.add_argument("-h", "--help", action="help", help=text(cli.HELP))
    parser.add_argument("--sandbox", action="store_true", help=text(cli.SANDBOX))
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help=text(cli.BASE_URL.fill(default="https://app.flora.ai/api/v1")),
    )
    parser.add_argument("--debug", action="store_true", help=text(cli.DEBUG))
    parser.add_argument(
        "--install-desktop-entry", action="store_true", help=text(cli.INSTALL_ENTRY)
    )
    parser.add_argument(
        "--uninstall-desktop-entry", action="store_true", help=text(cli.UNINSTALL_ENTRY)
    )
    # Benchmarks only: quit right after the main window's first paint. Not for users.
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help=text(cli.VERSION)
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help=text(cli.FILES))
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
        self._prepared: tuple[Connection, LauncherConnection] | None = None

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
        """Build the connection's clients in the executor, then its launcher page and the
        tabs around it, each in its own UI-thread turn, for the next call to use."""

        self._register_secret(connection.api_key)
        loop = asyncio.get_running_loop()
        client, downloader = await loop.run_in_executor(None, self._clients, connection)
        # The page, the tabs and showing them are separate turns, so no single turn holds
        # the window for the whole launcher (benchmarks/responsiveness.py, "connect").
        page = self._page(client, connection)
        await asyncio.sleep(0)
        self._prepared = (connection, self._connected(page, client, downloader))
        await asyncio.sleep(0)

    def __call__(self, connection: Connection) -> ConnectedPage:

        prepared, self._prepared = self._prepared, None
        if prepared is not None and prepared[0] is connection:
            return prepared[1]
        if prepared is not None:
            prepared[1].widget.deleteLater()  # built for a connection no longer wanted
        self._register_secret(connection.api_key)
        client, downloader = self._clients(connection)
        page = self._page(client, connection)
        return self._connected(page, client, downloader)

    def _profile_id(self) -> str:
        from flora_desktop.services.profiles import DEFAULT_PROFILE_ID

        return self._active_profile() if self._active_profile is not None else DEFAULT_PROFILE_ID

    def _page(self, client: FloraClient, connection: Connection) -> LauncherPage:
        from flora_desktop.services.submissions import SubmissionJournal
        from flora_desktop.ui.pages.launcher import LauncherPage

        journal = None
        if self._history is not None:
            # Each press of Run is noted here before it is sent (issue 10 §1).
            journal = SubmissionJournal(
                self._history, connection.base_url, profile_id=self._profile_id()
            )
        return LauncherPage(client, self._settings, self._drafts, connection, journal=journal)

    def _connected(
        self, page: LauncherPage, client: FloraClient, downloader: OutputDownloader | None
    ) -> LauncherConnection:
        settings = self._settings
        profile_id = self._profile_id()
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
        cache = OutputCache(
            self._cache_dir / "outputs",
            downloader,
            limit=lambda: settings.cache_limit_mb * 1024**2,
        )
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
        dialog = SettingsDialog(
            self.settings,
            profiles,
            self.theme,
            self.tasks,
            self.window,
            connection=self.window.connection,
        )
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

    async def save_state(self, geometry: str | None = None) -> None:
        """Settings with the window's geometry, saved now (session end asks for this)."""
        if geometry is None:
            geometry = bytes(self.window.saveGeometry().toBase64().data()).decode("ascii")
        self.settings.window_geometry = geometry
        try:
            await self.settings.save()
        except OSError as exc:
            log.warning("could not save settings: %s", exc)

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
        await self.save_state(geometry)


def build_shell(
    paths: AppPaths,
    *,
    base_url: str | None,
    keyring_store: CredentialStore | None = None,
    session_store: CredentialStore | None = None,
    register_secret: Callable[[str], None] = lambda _key: None,
    open_launcher: OpenLauncher | None = None,
    poll_interval: float | None = None,
    notices: StoreNotices | None = None,
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
    from flora_desktop.services.store_notices import StoreNotices
    from flora_desktop.services.tasks import TaskOwner
    from flora_desktop.ui.main_window import MainWindow
    from flora_desktop.ui.pages.sign_in import SignInPanel
    from flora_desktop.ui.store_notice import StoreNoticeView

    # Every store says what it could not read or keep through one channel, shown once.
    notices = notices if notices is not None else StoreNotices()
    settings = Settings.load(paths.settings_file, notices)
    profiles = Profiles(settings)
    keyring = keyring_store if keyring_store is not None else profiles.active_store()
    if base_url is None:
        base_url = profiles.active.base_url
    session = session_store if session_store is not None else SessionCredentialStore()
    sandbox = EmbeddedSandbox()
    tasks = TaskOwner()
    # Opened lazily on its worker thread by the first query: nothing blocks here.
    history = HistoryStore.for_paths(paths, notices)
    if open_launcher is None:
        open_launcher = launcher_factory(
            settings,
            DraftStore(paths.drafts_dir, notices),
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
    StoreNoticeView(notices, window)
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


def _set_app_icon() -> None:
    from PySide6.QtWidgets import QApplication

    from flora_desktop.ui.assets import app_icon

    QApplication.setWindowIcon(app_icon())


def _offer_desktop_entry(shell: Shell, paths: AppPaths) -> None:
    """Once, after the first paint: a pip/pipx install offers a menu entry (Linux)."""
    from flora_desktop.services.desktop_entry import DesktopEntryInstaller, is_installed_package

    if not is_installed_package() or not shell.window.isVisible():
        return
    from flora_desktop.ui.desktop_citizen import DesktopEntryOffer

    offer = DesktopEntryOffer(shell.window, DesktopEntryInstaller(), paths.config_dir)
    if offer.wanted():
        offer.show()


def _quit_after_first_paint(window: MainWindow) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # After this paint has finished, not inside it.
                QTimer.singleShot(0, painted)
            return False

    def painted() -> None:
        # benchmarks/startup.py reads which page the first paint showed, and when (the
        # monotonic clock is the machine's, so it compares with the benchmark's own).
        page = window.pages.currentWidget()
        name = page.objectName() if page else "nothing"
        log.info("first paint showed %s; painted at monotonic %.6f", name, time.monotonic())
        window.close()

    window.installEventFilter(FirstPaint(window))


async def _run(
    options: argparse.Namespace,
    paths: AppPaths,
    register_secret: Callable[[str], None],
    theme: ThemeManager | None = None,
    notices: StoreNotices | None = None,
    instance: SingleInstance | None = None,
) -> int:
    from PySide6.QtCore import QTimer

    from flora_desktop.services.logs import redact
    from flora_desktop.services.session import resolve_base_url
    from flora_desktop.ui.crash import CrashHandler
    from flora_desktop.ui.desktop_citizen import DesktopCitizen

    shell: Shell | None = None
    crash = CrashHandler(redact, parent=lambda: shell.window if shell is not None else None)
    crash.install()
    try:
        explicit_url = (options.base_url or "").strip() or os.environ.get("FLORA_BASE_URL", "")
        shell = build_shell(
            paths,
            base_url=resolve_base_url(options.base_url, os.environ) if explicit_url else None,
            register_secret=register_secret,
            notices=notices,
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
        shell.first_paint.add_done_callback(lambda _f: log.info("window painted"))
        # What start-up built lives as long as the app: later collections need not scan it.
        shell.first_paint.add_done_callback(lambda _f: gc.freeze())
        # Seven PNG sizes to decode (~8 ms): the window shows first, its icon a turn later.
        shell.first_paint.add_done_callback(lambda _f: _set_app_icon())
        # Ctrl+C in a terminal, SIGTERM (logout, kill, timeout) and SIGHUP (its terminal
        # closed) all close the window, so the normal shut-down runs and saves everything.
        for number in _SHUTDOWN_SIGNALS:
            signal.signal(number, lambda *_: QTimer.singleShot(0, window.close))
        citizen = DesktopCitizen(shell, options.files, instance)
        citizen.install()
        if not options.exit_after_paint:
            shell.first_paint.add_done_callback(lambda _f: _offer_desktop_entry(shell, paths))
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
        for number in _SHUTDOWN_SIGNALS:
            signal.signal(number, _DEFAULT_HANDLERS.get(number, signal.SIG_DFL))
        crash.uninstall()


def enable_native_crash_log(log_dir: Path) -> object:
    """``faulthandler`` into ``log_dir/native-crash.log``: a segfault or Qt abort leaves the
    Python stacks of every thread there (stderr is lost when started from a menu).

    Returns the open file, which must stay open for the process's life.
    """
    import faulthandler

    handle = (log_dir / NATIVE_CRASH_LOG).open("a", encoding="utf-8")
    # A header per start, so a crash is read next to the version and time that crashed.
    handle.write(
        f"-- FLORA Desktop {__version__} started {time.strftime('%Y-%m-%d %H:%M:%S')} "
        f"(pid {os.getpid()})\n"
    )
    handle.flush()
    faulthandler.enable(handle, all_threads=True)
    return handle


def no_display_message(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why no window can open here, in plain words (Qt would abort with a core dump)."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return (
        "FLORA Desktop needs a desktop session to open its window, and none was found "
        "(no DISPLAY or WAYLAND_DISPLAY). Start it from your desktop, not over a plain "
        "SSH session.\n"
    )


def other_computer_message(host: str, lock_path: Path) -> str:
    """A launch whose settings folder is in use by FLORA Desktop on another computer."""
    return (
        f"FLORA Desktop is open on another computer ({host}) that shares this settings "
        f"folder. Close it there, then start it here again. If it is not open there (that "
        f"computer was renamed or switched off without closing it), delete {lock_path} "
        "and start FLORA Desktop again.\n"
    )


def install_desktop_entry() -> int:
    """``--install-desktop-entry``: menu entry, icons and file type for this user."""
    from flora_desktop.services.desktop_entry import DesktopEntryInstaller

    installer = DesktopEntryInstaller()
    try:
        result = installer.install()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        sys.stderr.write(f"Could not add FLORA Desktop to the applications menu: {reason}.\n")
        return 1
    sys.stdout.write(
        f"FLORA Desktop is in your applications menu ({installer.entry_path}, "
        f"{len(result.files)} files).\n"
    )
    return 0


def uninstall_desktop_entry() -> int:
    """``--uninstall-desktop-entry``: take the menu entry, icons and file type away again."""
    from flora_desktop.services.desktop_entry import DesktopEntryInstaller

    try:
        result = DesktopEntryInstaller(command=["flora-desktop"]).uninstall()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        sys.stderr.write(f"Could not remove FLORA Desktop from the applications menu: {reason}.\n")
        return 1
    sys.stdout.write(
        f"Removed FLORA Desktop from your applications menu ({len(result.files)} files).\n"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``flora-desktop`` and ``python -m flora_desktop``."""
    # Start-up allocates only what lives on: cycle collections while importing and building
    # the window would scan it all again and again before the first paint. The collector
    # on the UI thread takes over below; everything built by the first paint is frozen.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if collecting:
            gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    options = parse_args(argv)
    if options.install_desktop_entry:
        return install_desktop_entry()
    if options.uninstall_desktop_entry:
        return uninstall_desktop_entry()

    problem = no_display_message(os.environ)
    if problem is not None:
        sys.stderr.write(problem)
        return 1
    from flora_desktop.services.system_libraries import (
        missing_libraries_message,
        missing_xcb_libraries,
    )

    missing = missing_xcb_libraries(os.environ)
    if missing:
        sys.stderr.write(missing_libraries_message(missing))
        return 1

    from flora_desktop.services.logs import configure_logging, remove_handlers
    from flora_desktop.services.paths import AppPaths
    from flora_desktop.ui.pyside_imports import skip_feature_source_scan

    # Loads Qt: from here on no import re-reads its module's source for PySide6's sake.
    skip_feature_source_scan()
    from flora_desktop.ui.single_instance import AnotherInstanceIsNotAnswering, SingleInstance

    paths = AppPaths.default()
    # Never fails: a folder that cannot be made is each store's to explain (issue 10 §2).
    paths.ensure()
    # Before Qt's window and before logging: a second launch hands over and leaves, writing
    # nothing (the first instance owns the log, settings and history).
    instance = SingleInstance(paths.config_dir)
    if not instance.acquire():
        from flora_desktop.ui.single_instance import absolute_arguments

        elsewhere = instance.holder_host()
        if elsewhere is not None:
            sys.stderr.write(other_computer_message(elsewhere, instance.lock_path))
            return 1

        try:
            instance.forward(absolute_arguments(options.files, Path.cwd()))
        except AnotherInstanceIsNotAnswering:
            # The holder may have died meanwhile (its lock is stale now): then start.
            if not instance.acquire():
                sys.stderr.write(
                    "FLORA Desktop is already running but does not answer. Close it (or end "
                    "it in your system monitor), then start it again.\n"
                )
                return 1
        else:
            return 0

    import qasync
    from PySide6.QtWidgets import QApplication

    from flora_desktop.services.store_notices import StoreNotices

    notices = StoreNotices()
    redacting = configure_logging(paths.log_dir, options.debug, notices)
    crash_log = enable_native_crash_log(paths.log_dir)
    app = QApplication.instance() or QApplication([WM_CLASS_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName("FLORA Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    from flora_desktop.services.languages import saved_language
    from flora_desktop.ui.language import install_translators

    # Before any widget: the system locale, or the language chosen in Settings.
    install_translators(app, saved_language(paths.settings_file))
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
            run = loop.create_task(
                _run(options, paths, redacting.register_secret, theme, notices, instance)
            )
            try:
                return int(loop.run_until_complete(run))
            except RuntimeError:
                if run.done():
                    raise
                # Qt quit on its own (the session manager ended the session): the window
                # was closed on aboutToQuit, so finish that shut-down before leaving.
                log.info("the session is ending: finishing the shut-down")
                return int(loop.run_until_complete(run))
    finally:
        collector.uninstall()
        asyncio.set_event_loop(None)
        instance.release()
        remove_handlers()
        import faulthandler

        faulthandler.disable()
        crash_log.close()  # type: ignore[attr-defined]
