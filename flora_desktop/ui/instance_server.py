"""The first instance's listening end (``single_instance.py`` explains the protocol)."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

__all__ = ["InstanceServer"]

log = logging.getLogger(__name__)

# One line of arguments; anything longer is not a launch of this app.
_MAX_MESSAGE_BYTES = 64 * 1024


# What the first instance says back once it has taken a later launch's arguments.
ANSWER = b"ok\n"


class InstanceServer(QObject):
    """The first instance's end: emits ``arguments_received(list[str])`` per later launch."""

    arguments_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        # Only this user may connect: arguments open files and raise the window.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        """Listen; the caller holds the lock, so a socket file left behind is stale."""
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            log.info("removing a stale instance socket (the last run did not close it)")
            QLocalServer.removeServer(self.name)
            if self._server.listen(self.name):
                return True
        log.warning("single instance: cannot listen: %s", self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer += bytes(socket.readAll().data())
                if len(buffer) > _MAX_MESSAGE_BYTES:
                    socket.abort()
                    return
                if b"\n" not in buffer:
                    return
                line = bytes(buffer).split(b"\n", 1)[0]
                socket.write(ANSWER)
                socket.flush()
                socket.disconnectFromServer()
                try:
                    arguments = json.loads(line.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    log.warning("single instance: ignored a message that is not JSON")
                    return
                if isinstance(arguments, list) and all(isinstance(a, str) for a in arguments):
                    self.arguments_received.emit(arguments)

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()
