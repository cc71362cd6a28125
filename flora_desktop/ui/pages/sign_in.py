"""The sign-in panel: paste a key, test it against FLORA, keep it in the keyring (or not)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.api.errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    FloraError,
    PermissionDeniedError,
)
from flora_desktop.services.base_urls import normalise_base_url
from flora_desktop.services.credentials import (
    CredentialStore,
    CredentialsUnavailable,
)
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.session import (
    Connection,
    ConnectionSource,
    KeyFormatError,
    SandboxUnavailable,
    clean_key,
    verify_key,
)
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.style_state import set_style_property
from flora_desktop.ui.translate import shown, shown_error
from flora_desktop.ui.widgets.steady_scroll import steady_scroll_bars

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("SignInPanel", "Sign in to FLORA")
WHERE_TO_GET_A_KEY = QT_TRANSLATE_NOOP(
    "SignInPanel",
    "FLORA Desktop starts your techniques with a FLORA API key. "
    "In FLORA, open Settings → API keys and create a key; paste it here.",
)
KEY_REJECTED = QT_TRANSLATE_NOOP(
    "SignInPanel",
    "FLORA did not accept this key. Check that you copied all of it, or create a new key "
    "in FLORA under Settings → API keys.",
)
KEY_NOT_ACCEPTED_ANY_MORE = QT_TRANSLATE_NOOP(
    "SignInPanel",
    "Your API key was not accepted by FLORA any more (it may have been revoked). "
    "Paste a new key and press Test and save; what you typed in the launcher is kept.",
)
KEYRING_MISSING = QT_TRANSLATE_NOOP(
    "SignInPanel",
    "This computer has no system keyring where FLORA Desktop could keep your key safely, "
    "so it cannot remember it. You can still use the key until you quit.",
)
KEY_FORMAT_MESSAGES: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("SignInPanel", "Paste your API key first."),
    "multiline": QT_TRANSLATE_NOOP(
        "SignInPanel", "That looks like more than one line. Paste only the key, on one line."
    ),
    "spaces": QT_TRANSLATE_NOOP(
        "SignInPanel", "An API key has no spaces in it. Paste only the key."
    ),
    "characters": QT_TRANSLATE_NOOP(
        "SignInPanel",
        "This key has a character no API key has (perhaps a look-alike letter from another "
        "alphabet). Copy the key again from FLORA, in Settings → API keys.",
    ),
}

# Wide enough for the intro in three lines; fits 640 logical pixels (1280 px at 200 %).
CARD_MIN_WIDTH = 420
CARD_MAX_WIDTH = 600

MessageKind = Literal["error", "info"]
Verify = Callable[[str, str], Awaitable[object]]
StartSandbox = Callable[[], Awaitable[Connection]]


def _describe_verify_error(error: FloraError, host: str) -> str:
    """Plain words for a failed key check; the typed key is never part of them."""
    if isinstance(error, AuthenticationError):
        return shown(KEY_REJECTED)
    if isinstance(error, ConfigurationError):
        # Refused before any request: FLORA gave no answer, so say nothing about one.
        return QCoreApplication.translate(
            "SignInPanel",
            "FLORA Desktop cannot use this key or server address as written; nothing was "
            "sent. Check both and try again.",
        )
    if isinstance(error, PermissionDeniedError):
        return QCoreApplication.translate(
            "SignInPanel",
            "FLORA accepted the key but does not let it list workspaces. Try another key.",
        )
    if isinstance(error, APIConnectionError):
        return QCoreApplication.translate(
            "SignInPanel",
            "Could not reach FLORA at {host}. Check your internet connection (and the "
            "server address under Advanced), then try again.",
        ).format(host=host)
    if isinstance(error, APIStatusError) and error.status_code >= 500:
        return QCoreApplication.translate(
            "SignInPanel",
            "FLORA is not answering properly right now (error {status}). Try again in a minute.",
        ).format(status=error.status_code)
    if isinstance(error, APIStatusError):
        return QCoreApplication.translate(
            "SignInPanel",
            "FLORA refused the check (error {status}). Try again, or try another key.",
        ).format(status=error.status_code)
    return QCoreApplication.translate(
        "SignInPanel",
        "FLORA at {host} gave an answer FLORA Desktop does not understand. "
        "Check the server address under Advanced.",
    ).format(host=host)


class SignInPanel(QWidget):
    """Asks for an API key and signs in with it.

    Signals:
        signed_in(Connection): a key was verified and kept (keyring or this session), or
            the embedded sandbox was started.
    """

    signed_in = Signal(object)

    def __init__(
        self,
        *,
        base_url: str,
        keyring_store: CredentialStore,
        session_store: CredentialStore,
        start_sandbox: StartSandbox,
        tasks: TaskOwner,
        verify: Verify = verify_key,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInPanel")
        self.setAccessibleName(self.tr("Sign in"))
        self._keyring_store = keyring_store
        self._session_store = session_store
        self._start_sandbox = start_sandbox
        self._tasks = tasks
        self._verify = verify
        self._busy = False
        self._build(base_url)

    # -- layout ---------------------------------------------------------------------

    def _build(self, base_url: str) -> None:
        title = QLabel(shown(TITLE), self)
        title.setObjectName("signInTitle")
        intro = QLabel(shown(WHERE_TO_GET_A_KEY), self)
        intro.setObjectName("signInIntro")
        intro.setWordWrap(True)

        self.key_field = QLineEdit(self)
        self.key_field.setObjectName("apiKeyField")
        self.key_field.setAccessibleName(self.tr("API key"))
        self.key_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field.setPlaceholderText(self.tr("sk_live_…"))
        self.key_field.returnPressed.connect(self._on_test_and_save)
        self.show_key_button = QToolButton(self)
        self.show_key_button.setObjectName("showKeyButton")
        self.show_key_button.setText(self.tr("Show"))
        self.show_key_button.setAccessibleName(self.tr("Show the key"))
        self.show_key_button.setCheckable(True)
        self.show_key_button.toggled.connect(self._set_key_visible)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_field, 1)
        key_row.addWidget(self.show_key_button)
        key_label = QLabel(self.tr("&API key"), self)
        key_label.setBuddy(self.key_field)

        self.message = QLabel("", self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.server_label = QLabel(self)
        self.server_label.setObjectName("serverLabel")
        self.server_label.setWordWrap(True)
        self.advanced_button = QToolButton(self)
        self.advanced_button.setObjectName("advancedButton")
        self.advanced_button.setText(self.tr("Advanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.toggled.connect(self._set_advanced_visible)
        self.base_url_field = QLineEdit(base_url, self)
        self.base_url_field.setObjectName("baseUrlField")
        self.base_url_field.setAccessibleName(self.tr("FLORA server address"))
        self.base_url_field.textChanged.connect(self._show_server)
        self.advanced = QWidget(self)
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        advanced_form.addRow(self.tr("Server address"), self.base_url_field)
        self.advanced.hide()
        self._show_server()

        self.test_button = QPushButton(self.tr("Test and save"), self)
        self.test_button.setObjectName("testAndSaveButton")
        self.test_button.setDefault(True)
        self.test_button.clicked.connect(self._on_test_and_save)
        self.sandbox_button = QPushButton(self.tr("Try the sandbox"), self)
        self.sandbox_button.setObjectName("trySandboxButton")
        self.sandbox_button.setToolTip(
            self.tr(
                "Start a practice FLORA on this computer: nothing is charged and no key is needed."
            )
        )
        self.sandbox_button.clicked.connect(self._on_try_sandbox)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.sandbox_button)
        buttons.addStretch(1)

        self.keyring_note = QLabel(shown(KEYRING_MISSING), self)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.session_button = QPushButton(self.tr("Use for this session only"), self)
        self.session_button.setObjectName("sessionOnlyButton")
        self.session_button.clicked.connect(self._on_session_only)
        self.keyring_note.hide()
        self.session_button.hide()

        card = QWidget(self)
        card.setObjectName("signInCard")
        card.setMinimumWidth(CARD_MIN_WIDTH)
        card.setMaximumWidth(CARD_MAX_WIDTH)
        column = QVBoxLayout(card)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(6)
        column.addWidget(key_label)
        column.addLayout(key_row)
        column.addWidget(self.message)
        column.addLayout(buttons)
        column.addWidget(self.keyring_note)
        column.addWidget(self.session_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(6)
        column.addWidget(self.server_label)
        column.addWidget(self.advanced_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.advanced)

        # Centred, as wide as allowed; scrolls rather than clips on small or scaled screens.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        content = QWidget(self)
        content.setObjectName("signInContent")
        centred = QVBoxLayout(content)
        centred.addStretch(1)
        centred.addLayout(row)
        centred.addStretch(2)
        scroll = QScrollArea(self)
        steady_scroll_bars(scroll)
        scroll.setObjectName("signInScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setTabOrder(self.key_field, self.show_key_button)
        self.setTabOrder(self.show_key_button, self.test_button)
        self.setTabOrder(self.test_button, self.sandbox_button)

    # -- state ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def base_url(self) -> str:
        return self.base_url_field.text().strip()

    def set_base_url(self, base_url: str) -> None:
        self.base_url_field.setText(base_url)

    def show_message(self, text: str, kind: MessageKind = "error") -> None:
        self.message.setText(text)
        set_style_property(self.message, "kind", kind)
        self.message.show()

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def show_rejected(self) -> None:
        """The launcher's key got a 401: say so; the field is left as it is."""
        self.show_message(shown(KEY_NOT_ACCEPTED_ANY_MORE))

    def show_keyring_missing(self) -> None:
        self.keyring_note.show()
        self.session_button.show()

    async def check_keyring(self) -> None:
        """Probe the keyring so the panel can offer "this session only" up front."""
        try:
            await self._keyring_store.check()
        except CredentialsUnavailable:
            self.show_keyring_missing()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.test_button, self.sandbox_button, self.session_button):
            button.setEnabled(not busy)
        self.key_field.setReadOnly(busy)
        self.setProperty("busy", busy)
        set_style_property(self.test_button, "busy", busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _set_key_visible(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.key_field.setEchoMode(mode)
        self.show_key_button.setText(self.tr("Hide") if visible else self.tr("Show"))
        self.show_key_button.setAccessibleName(
            self.tr("Hide the key") if visible else self.tr("Show the key")
        )

    def _set_advanced_visible(self, visible: bool) -> None:
        self.advanced.setVisible(visible)
        arrow = Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow
        self.advanced_button.setArrowType(arrow)

    def _show_server(self) -> None:
        self.server_label.setText(
            self.tr("Server: {address}").format(address=self.base_url() or self.tr("(not set)"))
        )

    # -- actions (thin slots; the coroutines below do the work) ---------------------
    # Busy is claimed synchronously in the slot, before the task exists, so a second
    # press in the same event-loop turn finds the panel busy and does nothing.

    def _claim(self) -> bool:
        if self._busy:
            return False
        self._set_busy(True)
        return True

    async def _release_after(self, work: Coroutine[Any, Any, None]) -> None:
        try:
            await work
        finally:
            self._set_busy(False)

    def _start(self, work: Callable[[], Coroutine[Any, Any, None]]) -> None:
        if self._claim():
            self._tasks.spawn("sign-in", self._release_after(work()))

    def _on_test_and_save(self) -> None:
        self._start(lambda: self._sign_in_with_key("keyring"))

    def _on_session_only(self) -> None:
        self._start(lambda: self._sign_in_with_key("session"))

    def _on_try_sandbox(self) -> None:
        self.request_sandbox()

    def request_sandbox(self) -> None:
        """Start connecting to the sandbox unless the panel is busy (menu and button)."""
        self._start(self._connect_sandbox)

    async def test_and_save(self) -> None:
        """Check the typed key with ``GET /workspaces``, then keep it in the keyring."""
        if self._claim():
            await self._release_after(self._sign_in_with_key("keyring"))

    async def use_for_session(self) -> None:
        """Check the typed key, then keep it in memory until the app quits."""
        if self._claim():
            await self._release_after(self._sign_in_with_key("session"))

    async def try_sandbox(self) -> None:
        """Start the embedded sandbox and sign in with its demo key (no keyring)."""
        if self._claim():
            await self._release_after(self._connect_sandbox())

    async def _connect_sandbox(self) -> None:
        self.show_message(self.tr("Starting the sandbox…"), "info")
        try:
            connection = await self._start_sandbox()
        except (OSError, SandboxUnavailable) as exc:
            log.warning("could not start the embedded sandbox: %s", type(exc).__name__)
            self.show_message(shown_error(SandboxUnavailable()))
            return
        self.clear_message()
        self.signed_in.emit(connection)

    async def _sign_in_with_key(self, source: ConnectionSource) -> None:
        """Runs while the panel is busy; every failure leaves the typed key in place."""
        base_url = self._checked_base_url()
        if base_url is None:
            return
        try:
            key = clean_key(self.key_field.text())
        except KeyFormatError as exc:
            self.show_message(shown(KEY_FORMAT_MESSAGES[exc.reason]))
            self.key_field.setFocus()
            return
        store = self._keyring_store if source == "keyring" else self._session_store
        connection = Connection(base_url, key, source)
        self.show_message(self.tr("Checking your key with FLORA…"), "info")
        try:
            await self._verify(base_url, key)
        except FloraError as exc:
            log.info("key check failed: %s", type(exc).__name__)
            self.show_message(_describe_verify_error(exc, connection.host))
            self.key_field.setFocus()
            return
        try:
            await store.set(base_url, key)
        except CredentialsUnavailable as exc:
            self.show_message(shown_error(exc))
            self.show_keyring_missing()
            return
        self.clear_message()
        self.key_field.clear()  # the panel keeps no key once signed in
        self.signed_in.emit(connection)

    def _checked_base_url(self) -> str | None:
        text = self.base_url()
        try:
            if not text.lower().startswith(("https://", "http://")):
                raise ValueError(text)
            return normalise_base_url(text)
        except ValueError:
            self.advanced_button.setChecked(True)
            self.show_message(
                self.tr(
                    "The server address must be a web address starting with https://, "
                    "such as https://app.flora.ai/api/v1."
                )
            )
            return None
