"""The status bar's connection widget: where the app is connected, and which workspace."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.session import Connection
from flora_desktop.ui.before_paint import set_plain_text
from flora_desktop.ui.translate import shown

CONNECTING_TEXT = QT_TRANSLATE_NOOP("ConnectionStatus", "Connecting…")
SIGNED_OUT_TEXT = QT_TRANSLATE_NOOP("ConnectionStatus", "Not signed in")


def connection_text(connection: Connection | None) -> str:
    """Plain words for where the app is connected and where its key came from."""
    if connection is None:
        return shown(SIGNED_OUT_TEXT)
    if connection.is_sandbox:
        return QCoreApplication.translate(
            "ConnectionStatus", "Connected to the sandbox ({host})"
        ).format(host=connection.host)
    text = QCoreApplication.translate("ConnectionStatus", "Connected to {host}").format(
        host=connection.host
    )
    if connection.source == "environment":
        text += " · " + QCoreApplication.translate(
            "ConnectionStatus", "Key from FLORA_API_KEY (this session only)"
        )
    elif connection.source == "session":
        text += " · " + QCoreApplication.translate(
            "ConnectionStatus", "Key kept for this session only"
        )
    return text


class ConnectionStatus(QWidget):
    """Two labels in the status bar: the connection and the current workspace.

    The labels carry no accessibleName so a screen reader reads their live text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionStatus")
        self._connection = QLabel(shown(CONNECTING_TEXT), self)
        self._connection.setObjectName("connectionLabel")
        self._workspace = QLabel("", self)
        self._workspace.setObjectName("workspaceLabel")
        self._workspace.hide()
        # Names from FLORA (a workspace) and addresses are words, never markup to render.
        # Built before the first paint: plain text without reading ``Qt.*`` (before_paint.py).
        set_plain_text(self._connection)
        set_plain_text(self._workspace)
        # A workspace name may be 300 characters: it is cut at the window's edge rather than
        # widening the window past the screen (its whole text is in the tooltip).
        self._workspace.setMinimumWidth(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._connection)
        layout.addWidget(self._workspace)
        layout.addStretch(1)

    def set_connecting(self) -> None:
        self._connection.setText(shown(CONNECTING_TEXT))
        self.set_workspace(None)

    def set_connection(self, connection: Connection | None) -> None:
        self._connection.setText(connection_text(connection))
        self.set_workspace(None)

    def set_workspace(self, text: str | None) -> None:
        """``text`` is the launcher's display text, e.g. "Studio North (owner)"."""
        if text:
            self._workspace.setText(self.tr("Workspace: {name}").format(name=text))
            # Escaped in a paragraph: a name that looks like markup shows as typed.
            whole = f"<p>{html.escape(self._workspace.text())}</p>"
            self._workspace.setToolTip(whole if len(text) > 40 else "")
            self._workspace.show()
        else:
            self._workspace.clear()
            self._workspace.hide()

    def text(self) -> str:
        """Everything the status shows, as one line (what a user reads)."""
        parts = [self._connection.text()]
        if self._workspace.text():
            parts.append(self._workspace.text())
        return " · ".join(parts)
