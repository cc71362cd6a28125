"""Composition root: arguments, logging, Qt and its asyncio loop, services and the window.

Start-up order (each step needs the ones before it):

1. ``parse_args``: argparse only, so ``--help`` answers without loading Qt.
2. ``AppPaths.default()`` (``FLORA_DESKTOP_HOME`` overrides it) and ``ensure()``.
3. ``configure_logging``: a rotating file and stderr, both behind the redacting filter.
4. ``QApplication`` (desktop file name, translator), the light/system look from
   ``style.qss`` (``ThemeManager``, the desktop's scheme guessed from its palette).
   Python's cycle collector then runs on the UI thread only (``MainThreadGarbageCollector``).
5. ``CrashHandler`` on ``sys.excepthook`` (qasync sends async-slot exceptions there too).
6. Services: ``Settings``, ``Profiles`` (the active profile picks the base URL unless
   ``--base-url``/``FLORA_BASE_URL`` say otherwise, and the keyring entry), ``DraftStore``,
   the keyring and session credential stores, the ``EmbeddedSandbox`` (not started yet)
   and the shell's ``TaskOwner``; then the theme the settings ask for.
7. The window (status bar; the sign-in panel on first use), built with the shell by
   ``ui/shell.py`` ``build_shell``, shown as "Connecting…" and painted under Qt's own
   event loop (``ui/first_paint.py``): asyncio, qasync's loop and Qt's namespace of enums
   all load after the first paint. Then a ``qasync.QEventLoop`` as asyncio's loop; the
   stores' notices, the app icon, the desktop's real scheme and the single-instance
   server come once it runs.
8. ``resolve_connection`` off the UI thread: ``--sandbox`` (starts the embedded server,
   touches no keyring) → ``FLORA_API_KEY`` → the keyring entry for the base URL. A
   connection is opened (``ui/connection.py`` ``OpenConnection``: one ``FloraClient``,
   the Launch | Runs | History tabs); none shows sign-in.
9. Run until the window closes. Shut-down, in order: cancel and await every owned task,
   close the open connection (its tabs, then its ``FloraClient``) once, stop the sandbox,
   save settings, put the old excepthook back.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import signal
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from flora_desktop import __version__

if TYPE_CHECKING:
    # asyncio (~25 ms to import) is imported where used: the window paints before it loads.
    import asyncio

    from PySide6.QtWidgets import QApplication

    from flora_desktop.services.command_line import CommandLineText
    from flora_desktop.services.paths import AppPaths
    from flora_desktop.services.phrases import Phrase
    from flora_desktop.services.store_notices import StoreNotices
    from flora_desktop.ui.first_paint import FirstPaint
    from flora_desktop.ui.main_window import MainWindow
    from flora_desktop.ui.shell import Shell
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
# How long start-up runs Qt's events waiting for the window's first paint before it starts
# the asyncio loop without it (a window the desktop never exposes must not hold the start).
_FIRST_PAINT_WAIT_MS = 3000


def parse_args(
    argv: Sequence[str] | None = None, text: CommandLineText | None = None
) -> argparse.Namespace:
    from flora_desktop.services import command_line as cli

    # The window's language, from a small JSON table: --help loads no Qt.
    text = text or cli.CommandLineText.for_user()
    parser = text.parser("flora-desktop", cli.DESCRIPTION)
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
    from flora_desktop.ui.theme import ThemeManager, provisional_scheme

    # The desktop's scheme as its palette says: asking for it builds Qt's enums (~15 ms);
    # _run checks it after the first paint.
    theme = ThemeManager(app, stylesheet_text(), system=provisional_scheme())
    theme.apply()
    return theme


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


def _quit_after_first_paint(window: MainWindow, first: FirstPaint) -> None:
    def painted() -> None:
        # benchmarks/startup.py reads which page the first paint showed, and when (the
        # monotonic clock is the machine's, so it compares with the benchmark's own).
        page = window.pages.currentWidget()
        name = page.objectName() if page else "nothing"
        log.info(
            "first paint showed %s; painted at monotonic %.6f; cpu %.6f",
            name,
            time.monotonic(),
            time.process_time(),
        )
        window.close()

    first.then(painted)


def _build_and_paint(
    options: argparse.Namespace,
    paths: AppPaths,
    register_secret: Callable[[str], None],
    theme: ThemeManager | None,
    notices: StoreNotices | None,
) -> tuple[Shell, FirstPaint, list[bool]]:
    """Steps 6-7 before qasync's loop exists: build the shell, show the window and run
    Qt's events until it has painted. Returns the shell, the paint watch and a flag set
    if the window was closed meanwhile (``--exit-after-paint``, a fast user)."""
    from PySide6.QtCore import QTimer

    from flora_desktop.services.session import resolve_base_url
    from flora_desktop.ui.first_paint import FirstPaint
    from flora_desktop.ui.shell import build_shell

    explicit_url = (options.base_url or "").strip() or os.environ.get("FLORA_BASE_URL", "")
    shell = build_shell(
        paths,
        base_url=resolve_base_url(options.base_url, os.environ) if explicit_url else None,
        register_secret=register_secret,
        notices=notices,
        # Shown once the loop runs: the view's queued signal would build Qt's enums.
        notice_view=False,
    )
    if theme is not None:
        shell.theme = theme
        theme.set_choice(shell.settings.theme)
    window = shell.window
    closed: list[bool] = []
    window.closing.connect(lambda: closed.append(True))
    first = FirstPaint(window)
    if options.exit_after_paint:
        _quit_after_first_paint(window, first)
    # Ctrl+C in a terminal, SIGTERM (logout, kill, timeout) and SIGHUP (its terminal
    # closed) all close the window, so the normal shut-down runs and saves everything.
    for number in _SHUTDOWN_SIGNALS:
        signal.signal(number, lambda *_: QTimer.singleShot(0, window.close))
    window.show()
    if not first.wait(_FIRST_PAINT_WAIT_MS):
        log.info("no first paint after %d ms: starting without it", _FIRST_PAINT_WAIT_MS)
    return shell, first, closed


async def _run(
    options: argparse.Namespace,
    paths: AppPaths,
    shell: Shell,
    first: FirstPaint,
    closed_early: list[bool],
    notices: StoreNotices | None = None,
    instance: SingleInstance | None = None,
) -> int:
    """Step 8 on, in qasync's loop: the window has painted (or is about to)."""
    import asyncio

    from PySide6.QtCore import QTimer

    from flora_desktop.ui.desktop_citizen import DesktopCitizen
    from flora_desktop.ui.store_notice import StoreNoticeView

    window = shell.window
    closed = asyncio.Event()
    window.closing.connect(closed.set)
    if closed_early:
        closed.set()
    if notices is not None:
        StoreNoticeView(notices, window)
    # shell.connect waits for it, so the first paint never waits for connection work.
    painted: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    first.then(lambda: None if painted.done() else painted.set_result(None))
    shell.first_paint = painted
    painted.add_done_callback(lambda _f: log.info("window painted"))
    theme = shell.theme
    if theme is not None:
        check_desktop = theme.check_desktop
        # The first frame used the scheme the palette suggested; now the desktop's own.
        painted.add_done_callback(lambda _f: check_desktop())
    # What start-up built lives as long as the app: later collections need not scan it.
    painted.add_done_callback(lambda _f: gc.freeze())
    # Seven PNG sizes to decode (~8 ms): the window shows first, its icon a turn later.
    painted.add_done_callback(lambda _f: _set_app_icon())
    citizen = DesktopCitizen(shell, options.files, instance)
    citizen.install()
    if not options.exit_after_paint:
        painted.add_done_callback(lambda _f: _offer_desktop_entry(shell, paths))
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)  # enters Python, where signal handlers run
    wake.start(_SIGNAL_WAKE_MS)
    # Owned by shell.tasks, so closing early cancels it like every other task.
    shell.tasks.spawn("connect", shell.connect(dict(os.environ), use_sandbox=options.sandbox))
    await closed.wait()
    await shell.aclose()
    log.info("FLORA Desktop closed")
    return 0


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


def no_display_message(env: Mapping[str, str], platform: str = sys.platform) -> Phrase | None:
    """Why no window can open here, in plain words (Qt would abort with a core dump)."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    from flora_desktop.services.terminal_messages import NO_DISPLAY

    return NO_DISPLAY


def other_computer_message(host: str, lock_path: Path) -> Phrase:
    """A launch whose settings folder is in use by FLORA Desktop on another computer."""
    from flora_desktop.services.terminal_messages import OPEN_ELSEWHERE

    return OPEN_ELSEWHERE.fill(host=host, lock=str(lock_path))


def _tell(stream: TextIO, line: str) -> None:
    """One message for the person at the terminal (already in their language)."""
    stream.write(line + "\n")
    stream.flush()


def install_desktop_entry(text: CommandLineText | None = None) -> int:
    """``--install-desktop-entry``: menu entry, icons and file type for this user."""
    from flora_desktop.services import terminal_messages as says
    from flora_desktop.services.command_line import CommandLineText
    from flora_desktop.services.desktop_entry import DesktopEntryInstaller

    text = text or CommandLineText.for_user()
    installer = DesktopEntryInstaller()
    try:
        result = installer.install()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        _tell(sys.stderr, text(says.ENTRY_NOT_ADDED.fill(reason=reason)))
        return 1
    added = says.ENTRY_ADDED.fill(entry=str(installer.entry_path), files=len(result.files))
    _tell(sys.stdout, text(added))
    return 0


def uninstall_desktop_entry(text: CommandLineText | None = None) -> int:
    """``--uninstall-desktop-entry``: take the menu entry, icons and file type away again."""
    from flora_desktop.services import terminal_messages as says
    from flora_desktop.services.command_line import CommandLineText
    from flora_desktop.services.desktop_entry import DesktopEntryInstaller

    text = text or CommandLineText.for_user()
    try:
        result = DesktopEntryInstaller(command=["flora-desktop"]).uninstall()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        _tell(sys.stderr, text(says.ENTRY_NOT_REMOVED.fill(reason=reason)))
        return 1
    _tell(sys.stdout, text(says.ENTRY_REMOVED.fill(files=len(result.files))))
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
    from flora_desktop.services.command_line import CommandLineText

    # What is said on the terminal speaks the window's language (Settings, else the locale).
    text = CommandLineText.for_user()
    options = parse_args(argv, text)
    if options.install_desktop_entry:
        return install_desktop_entry(text)
    if options.uninstall_desktop_entry:
        return uninstall_desktop_entry(text)

    problem = no_display_message(os.environ)
    if problem is not None:
        _tell(sys.stderr, text(problem))
        return 1
    from flora_desktop.services.system_libraries import (
        missing_libraries_message,
        missing_xcb_libraries,
    )

    missing = missing_xcb_libraries(os.environ)
    if missing:
        sys.stderr.write(missing_libraries_message(missing, text))
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
            _tell(sys.stderr, text(other_computer_message(elsewhere, instance.lock_path)))
            return 1

        try:
            instance.forward(absolute_arguments(options.files, Path.cwd()))
        except AnotherInstanceIsNotAnswering:
            # The holder may have died meanwhile (its lock is stale now): then start.
            if not instance.acquire():
                from flora_desktop.services.terminal_messages import NOT_ANSWERING

                _tell(sys.stderr, text(NOT_ANSWERING))
                return 1
        else:
            return 0

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
    from flora_desktop.services.logs import redact
    from flora_desktop.ui.crash import CrashHandler
    from flora_desktop.ui.gc_guard import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector(app)
    collector.install()
    shell: Shell | None = None
    crash = CrashHandler(redact, parent=lambda: shell.window if shell is not None else None)
    crash.install()
    made_loop = False
    try:
        shell, first, closed = _build_and_paint(
            options, paths, redacting.register_secret, theme, notices
        )
        # After the first paint: qasync's loop (and asyncio with it) is not on its path.
        import asyncio

        from flora_desktop.ui.app_loop import AppLoop

        loop = AppLoop(app)
        asyncio.set_event_loop(loop)
        made_loop = True
        with loop:
            run = loop.create_task(_run(options, paths, shell, first, closed, notices, instance))
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
        for number in _SHUTDOWN_SIGNALS:
            signal.signal(number, _DEFAULT_HANDLERS.get(number, signal.SIG_DFL))
        crash.uninstall()
        collector.uninstall()
        if made_loop:
            import asyncio

            asyncio.set_event_loop(None)
        instance.release()
        remove_handlers()
        import faulthandler

        faulthandler.disable()
        crash_log.close()  # type: ignore[attr-defined]
