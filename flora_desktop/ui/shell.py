"""The built app: ``build_shell`` makes the services and the window; ``Shell`` runs them.

``app.py`` (the composition root) calls ``build_shell`` at start-up steps 6–7 and
``Shell.connect`` at step 8; tests and ``scripts/screenshots.py`` call it with their own
stores and paths.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # asyncio (~25 ms to import) is imported where used: the window paints before it loads.
    import asyncio

    from flora_desktop.api import FloraClient
    from flora_desktop.services.credentials import CredentialStore
    from flora_desktop.services.history import HistoryStore
    from flora_desktop.services.paths import AppPaths
    from flora_desktop.services.profiles import Profiles
    from flora_desktop.services.session import Connection, EmbeddedSandbox
    from flora_desktop.services.settings import Settings
    from flora_desktop.services.store_notices import StoreNotices
    from flora_desktop.services.tasks import TaskOwner
    from flora_desktop.ui.main_window import MainWindow
    from flora_desktop.ui.pages.sign_in import SignInPanel
    from flora_desktop.ui.theme import ThemeManager

__all__ = ["Shell", "build_shell"]

log = logging.getLogger(__name__)


@dataclass
class Shell:
    """The built app: its window and what must be shut down with it, in order."""

    window: MainWindow
    tasks: TaskOwner
    sandbox: EmbeddedSandbox
    settings: Settings
    keyring_store: CredentialStore
    base_url: str
    profiles: Profiles
    history: HistoryStore
    theme: ThemeManager | None = None
    # Resolved after the window's first paint: start-up connects only once it has painted.
    first_paint: asyncio.Future[None] | None = None

    def show_profiles(self) -> None:
        """Fill the window's Profile menu from the profile list."""
        self.window.profile_menu.set_profiles(
            [(p.profile_id, p.name) for p in self.profiles.all()],
            self.profiles.active.profile_id,
        )

    async def switch_profile(self, profile_id: str) -> None:
        """Make ``profile_id`` active and connect with its base URL and saved key."""
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
        self.base_url = self.profiles.active.base_url
        self.window.sign_in.set_base_url(self.base_url)
        await self.window.close_connection()
        await self.connect({}, use_sandbox=False)

    def open_settings(self) -> None:
        """Settings… (Ctrl+,): the dialog edits settings and profiles; OK may reconnect."""
        from PySide6.QtCore import Qt

        from flora_desktop.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings,
            self.profiles,
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
        if reconnect:
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
    poll_interval: float | None = None,
    make_client: Callable[[Connection], FloraClient] | None = None,
    notices: StoreNotices | None = None,
    notice_view: bool = True,
) -> Shell:
    """Steps 6 and 7: services and the window, each part given what it needs.

    Tests and ``scripts/screenshots.py`` call this with their own stores and paths.
    Needs a QApplication; builds nothing that does I/O beyond reading settings.
    ``base_url=None`` means the active profile's. A ``keyring_store`` given here replaces
    the profiles' keyring entries (tests, screenshots). ``poll_interval`` and ``make_client``
    go to every connection (``ConnectionParts``). ``notice_view=False``: the caller shows
    the stores' notices itself (``StoreNoticeView``; app.py, once asyncio's loop runs).
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
    from flora_desktop.ui.connection import ConnectionParts, OpenConnection, default_client
    from flora_desktop.ui.main_window import MainWindow
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
    parts = ConnectionParts(
        settings,
        DraftStore(paths.drafts_dir, notices),
        history,
        paths.cache_dir,
        register_secret=register_secret,
        poll_interval=poll_interval,
        make_client=make_client or default_client,
        # The account is the profile being connected plus the server: history, watched runs
        # and noted presses of Run are kept per account.
        active_profile=lambda: profiles.active.profile_id,
    )

    async def sign_out(connection: Connection) -> None:
        await forget_key(connection, keyring, session)

    def sign_in() -> SignInPanel:
        # Made on first use (the first screen is "Connecting…"): ~6 ms off the first paint.
        from flora_desktop.ui.pages.sign_in import SignInPanel

        return SignInPanel(
            base_url=base_url,
            keyring_store=keyring,
            session_store=session,
            start_sandbox=sandbox.start,
            tasks=tasks,
        )

    window = MainWindow(
        sign_in=sign_in,
        open_connection=functools.partial(OpenConnection.open, parts=parts),
        sign_out=sign_out,
        start_sandbox=sandbox.start,
        tasks=tasks,
    )
    if notice_view:
        StoreNoticeView(notices, window)
    if settings.window_geometry:
        window.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
    shell = Shell(window, tasks, sandbox, settings, keyring, base_url, profiles, history)
    shell.show_profiles()
    window.settings_requested.connect(shell.open_settings)
    window.profile_chosen.connect(
        lambda profile_id: tasks.spawn("connect", shell.switch_profile(profile_id))
    )
    return shell
