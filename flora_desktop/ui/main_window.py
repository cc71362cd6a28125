"""The main window: assembles the sign-in panel, the launcher and the status bar."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from flora_desktop.services.credentials import CredentialsUnavailable
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.session import Connection
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.before_paint import set_shortcut
from flora_desktop.ui.dialogs.close_while_starting import CloseWhileStarting
from flora_desktop.ui.translate import shown, shown_error
from flora_desktop.ui.widgets.profile_menu import ProfileMenu
from flora_desktop.ui.widgets.status_bar import ConnectionStatus

if TYPE_CHECKING:
    # The tabs import every page: loaded with the first connection, not before first paint.
    from flora_desktop.ui.connection import OpenConnection
    from flora_desktop.ui.pages.sign_in import SignInPanel

log = logging.getLogger(__name__)

WINDOW_TITLE = QT_TRANSLATE_NOOP("MainWindow", "FLORA Desktop")
# Fits a 1280×800 screen at 200 % scale (640×400 logical pixels) with room for the panel.
MINIMUM_SIZE = QSize(600, 380)
DEFAULT_SIZE = QSize(1100, 720)

SIGN_OUT_TIPS = {
    "sandbox": QT_TRANSLATE_NOOP(
        "MainWindow", "You are using the sandbox's demo key: there is nothing to sign out of."
    ),
    "environment": QT_TRANSLATE_NOOP(
        "MainWindow",
        "The key comes from the FLORA_API_KEY environment variable and was never saved; "
        "unset it to sign out.",
    ),
    "keyring": QT_TRANSLATE_NOOP(
        "MainWindow", "Forget the saved key for this server and return to sign-in."
    ),
    "session": QT_TRANSLATE_NOOP(
        "MainWindow", "Forget the key kept for this session and return to sign-in."
    ),
}


class OpenConnectionFn(Protocol):
    """``OpenConnection.open`` with the shell's parts (ui/connection.py)."""

    def __call__(
        self, connection: Connection, *, parent: QWidget | None = None
    ) -> Awaitable[OpenConnection]: ...


SignOut = Callable[[Connection], Awaitable[None]]
StartSandbox = Callable[[], Awaitable[Connection]]
# Builds the sign-in panel (ui/shell.py): the first screen is "Connecting…", so the panel
# is made when it is first needed, not before the first paint.
MakeSignIn = Callable[[], "SignInPanel"]


class MainWindow(QMainWindow):
    """The one window. It wires parts together and holds no HTTP, keyring or parsing.

    Signals:
        closing(): the window was closed; the app then awaits ``aclose()``.
        settings_requested(): Settings… was chosen; the app opens the dialog.
        profile_chosen(str): another API profile was picked in the Profile menu.
    """

    closing = Signal()
    settings_requested = Signal()
    profile_chosen = Signal(str)

    def __init__(
        self,
        *,
        sign_in: MakeSignIn,
        open_connection: OpenConnectionFn,
        sign_out: SignOut,
        start_sandbox: StartSandbox,
        tasks: TaskOwner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(shown(WINDOW_TITLE))
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)
        self._open_connection = open_connection
        self._sign_out = sign_out
        self._start_sandbox = start_sandbox
        self._tasks = tasks
        self._connection: Connection | None = None
        self._launcher: OpenConnection | None = None
        self._closed = False
        # Closing while a run is starting asks first (its answer may be on the way).
        self.close_guard = CloseWhileStarting(
            self, lambda: self._launcher is not None and self._launcher.starting_run
        )

        self._make_sign_in = sign_in
        self._sign_in: SignInPanel | None = None
        self._connecting = QLabel(self.tr("Connecting to FLORA…"), self)
        self._connecting.setObjectName("connectingPage")
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.pages.addWidget(self._connecting)
        self.setCentralWidget(self.pages)

        self.status = ConnectionStatus(self)
        self.statusBar().addWidget(self.status, 1)
        # The window frame resizes the window; the grip is an unnamed "unknown" to AT-SPI.
        self.statusBar().setSizeGripEnabled(False)
        self._build_actions()
        self._update_actions()

    @property
    def sign_in(self) -> SignInPanel:
        """The sign-in panel, built (and added to the pages) on first use."""
        if self._sign_in is None:
            panel = self._make_sign_in()
            panel.signed_in.connect(self._on_signed_in)
            self.pages.addWidget(panel)
            self._sign_in = panel
        return self._sign_in

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&FLORA"))
        self.sandbox_action = QAction(self.tr("Connect to the &sandbox"), self)
        self.sandbox_action.setObjectName("connectSandboxAction")
        self.sandbox_action.setToolTip(
            self.tr("Use a practice FLORA on this computer; nothing is charged.")
        )
        self.sandbox_action.triggered.connect(self._on_connect_sandbox)
        self.sign_in_action = QAction(self.tr("Sign &in with an API key…"), self)
        self.sign_in_action.setObjectName("signInAction")
        self.sign_in_action.setToolTip(self.tr("Leave the sandbox and use your own FLORA API key."))
        self.sign_in_action.triggered.connect(lambda: self.show_sign_in())
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.triggered.connect(self._on_sign_out)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        set_shortcut(self.quit_action, "Ctrl+Q")
        self.quit_action.triggered.connect(self.close)
        menu.setToolTipsVisible(True)
        for action in (self.sandbox_action, self.sign_in_action, self.sign_out_action):
            menu.addAction(action)
        # Settings, profiles and help (issue 7): their logic lives in ui/dialogs and widgets.
        self.profile_menu = ProfileMenu(self)
        self.profile_menu.profile_chosen.connect(self.profile_chosen)
        menu.addMenu(self.profile_menu)
        self.settings_action = QAction(self.tr("S&ettings…"), self)
        self.settings_action.setObjectName("settingsAction")
        set_shortcut(self.settings_action, "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settings_requested)
        menu.addSeparator()
        menu.addAction(self.settings_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        set_shortcut(self.shortcuts_action, "F1")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)

    def show_shortcuts(self) -> None:
        """F1: the sheet listing every action and its keys."""
        from PySide6.QtCore import Qt

        from flora_desktop.ui.dialogs.shortcuts_sheet import ShortcutsSheet

        sheet = ShortcutsSheet(self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        self.shortcuts_sheet = sheet

    # -- state ----------------------------------------------------------------------

    @property
    def connection(self) -> Connection | None:
        return self._connection

    @property
    def launcher(self) -> OpenConnection | None:
        """The open connection (its tabs hold the launcher page), if any."""
        return self._launcher

    def _update_actions(self) -> None:
        source = self._connection.source if self._connection is not None else None
        can_sign_out = source in ("keyring", "session")
        self.sign_out_action.setEnabled(can_sign_out)
        self.sign_out_action.setToolTip(
            shown(SIGN_OUT_TIPS[source])
            if source is not None
            else self.tr("You are not signed in.")
        )
        self.sandbox_action.setEnabled(source != "sandbox")
        # The sandbox has nothing to sign out of, but the user may want a real key now.
        self.sign_in_action.setVisible(source == "sandbox")

    def show_connecting(self) -> None:
        self.pages.setCurrentWidget(self._connecting)
        self.status.set_connecting()

    def show_sign_in(self, message: str | None = None) -> None:
        """Bring the sign-in panel forward; any launcher stays as it is behind it."""
        if message:
            self.sign_in.show_message(message)
        self.pages.setCurrentWidget(self.sign_in)
        if self._launcher is None:
            self.status.set_connection(None)
        self.sign_in.key_field.setFocus()
        self._tasks.spawn("keyring-check", self.sign_in.check_keyring())

    async def show_connection(self, connection: Connection) -> None:
        """Replace any launcher with a new one for ``connection`` and start it."""
        await self._close_launcher()
        # Made inside the pages it shows in: no second restyle of the launcher.
        launcher = await self._open_connection(connection, parent=self.pages)
        self._launcher = launcher
        self._connection = connection
        launcher.page.workspace_changed.connect(self.status.set_workspace)
        launcher.page.authentication_failed.connect(self._on_authentication_failed)
        self.pages.addWidget(launcher.widget)
        self.pages.setCurrentWidget(launcher.widget)
        self.status.set_connection(connection)
        self._update_actions()
        log.info("connected: %r", connection)
        await launcher.tabs.start()

    async def sign_out(self) -> None:
        """Delete the stored key for this server and return to sign-in."""
        connection = self._connection
        if connection is None or connection.source not in ("keyring", "session"):
            return
        try:
            await self._sign_out(connection)
        except CredentialsUnavailable as exc:
            self.sign_in.show_message(shown_error(exc))
        await self._close_launcher()
        self.sign_in.set_base_url(connection.base_url)
        self.show_sign_in()

    async def close_connection(self) -> None:
        """Close the launcher and its client (switching profiles); the page stays as it is."""
        await self._close_launcher()
        self.status.set_connection(None)

    async def _close_launcher(self) -> None:
        launcher, self._launcher = self._launcher, None
        self._connection = None
        self._update_actions()
        if launcher is None:
            return
        self.pages.removeWidget(launcher.widget)
        try:
            await launcher.aclose()
        finally:
            launcher.widget.deleteLater()

    async def aclose(self) -> None:
        """Cancel and await every owned task, then close the launcher and its client once."""
        if self._closed:
            return
        self._closed = True
        await self._tasks.aclose()
        await self._close_launcher()

    # -- slots ----------------------------------------------------------------------

    def _on_signed_in(self, connection: Connection) -> None:
        self._tasks.spawn("connect", self.show_connection(connection))

    def _on_authentication_failed(self) -> None:
        self.show_sign_in()
        self.sign_in.show_rejected()

    def _on_sign_out(self) -> None:
        self._tasks.spawn("sign-out", self.sign_out())

    def _on_connect_sandbox(self) -> None:
        self.sign_in.request_sandbox()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed and not self.close_guard.allow(event):
            return  # asked whether to wait for the run that is starting
        # The window just hides; the app awaits aclose() before the loop stops.
        if not self._closed:
            self.closing.emit()
        super().closeEvent(event)
