"""One FLORA Desktop per user and data folder: a second launch hands its arguments to the first.

Two launches would otherwise write one settings file and one history from two processes.
The first instance holds a ``QLockFile`` in the config folder and listens on a
``QLocalServer`` (user-only access); a later launch finds the lock held, connects, sends one
line (its arguments as a JSON list, file paths made absolute), waits for ``ok`` and exits.

Known ``QLocalServer`` pitfalls, handled here:

- After a crash the socket file stays behind and ``listen()`` fails with
  ``AddressInUseError``. ``removeServer()`` fixes that, but called blindly it deletes a
  *running* instance's socket (owncloud/client#2666). So it is called only while holding the
  lock file, which proves no other instance runs; ``QLockFile`` itself treats the lock of a
  dead process as stale (it checks the PID) and takes it over.
- A second launch that starts while the first holds the lock but does not listen yet (it is
  still starting) retries connecting for a few seconds instead of giving up.
- The socket name must fit ``sun_path`` (108 bytes): it is a short hash of the config folder,
  so separate data folders (tests, ``FLORA_DESKTOP_HOME``) are separate instances. It lives
  in ``$XDG_RUNTIME_DIR`` (this user's alone) where there is one: in the shared temp folder
  another local user can create that name first, so that this user's app cannot listen and
  its later launches hand their file paths to that user's socket.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QSysInfo

if TYPE_CHECKING:
    from flora_desktop.ui.instance_server import InstanceServer

__all__ = ["AnotherInstanceIsNotAnswering", "SingleInstance"]

LOCK_FILE_NAME = "instance.lock"
# How long a second launch waits for the first to listen and answer.
CONNECT_TIMEOUT_S = 5.0


class AnotherInstanceIsNotAnswering(RuntimeError):
    """The lock is held by a live instance that does not take messages."""


# sun_path is 108 bytes; a longer runtime folder falls back to the temp folder.
_MAX_SOCKET_PATH = 100


def server_name(config_dir: Path, environ: Mapping[str, str] | None = None) -> str:
    """The local socket's name (in the temp folder) or path (in ``$XDG_RUNTIME_DIR``)."""
    digest = hashlib.sha256(str(config_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    name = f"flora-desktop-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"
    runtime = (os.environ if environ is None else environ).get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute() and Path(runtime).is_dir():
        path = str(Path(runtime) / name)
        if len(path.encode("utf-8")) < _MAX_SOCKET_PATH:
            return path
    return name


def absolute_arguments(arguments: Sequence[str], cwd: Path) -> list[str]:
    """Arguments as the first instance must read them: paths relative to this launch's cwd.

    A path that does not exist here is made absolute too: left relative, the first
    instance would read it from its own folder (another file of that name, if any).
    """
    result = []
    for argument in arguments:
        if argument and not argument.startswith("-"):
            argument = str((cwd / argument).resolve())
        result.append(argument)
    return result


class SingleInstance:
    """The lock and what a launch does with it: be the first, or hand over and leave."""

    def __init__(self, config_dir: Path) -> None:
        self.name = server_name(config_dir)
        self._lock = QLockFile(str(config_dir / LOCK_FILE_NAME))
        # A lock older than this whose process still runs is never stale: only a dead
        # process's lock is taken over (QLockFile checks the PID and host name).
        self._lock.setStaleLockTime(0)
        self.server: InstanceServer | None = None

    def acquire(self) -> bool:
        """True when this is the first instance (it then holds the lock until ``release``)."""
        # tryLock takes over a dead process's lock itself; still locked means one runs.
        if self._lock.tryLock(0):
            return True
        # Only LockFailedError means another instance holds it. A folder this user cannot
        # write (read-only, someone else's) gives no lock at all: run alone rather than
        # refuse to start (the stores then keep settings for this session only).
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def holder_host(self) -> str | None:
        """The other computer that holds the lock, or None when it is this one (or unknown).

        A home folder shared over the network (or a renamed computer) can hold a lock from
        another host. Qt cannot see whether that process still runs, so it never takes the
        lock over: the launch must say so instead of asking to end a process not here.
        """
        info = self._lock.getLockInfo()
        host = info[1] if isinstance(info, tuple) and len(info) == 3 else ""
        if isinstance(host, str) and host and host != QSysInfo.machineHostName():
            return host
        return None

    @property
    def lock_path(self) -> Path:
        return Path(self._lock.fileName())

    def serve(self, parent: QObject | None = None) -> InstanceServer:
        """Start taking later launches' arguments (call after ``acquire`` returned True).

        QtNetwork is loaded here, not at start-up: the app serves after its first paint.
        """
        from flora_desktop.ui.instance_server import InstanceServer

        self.server = InstanceServer(self.name, parent)
        self.server.listen()
        return self.server

    def forward(self, arguments: Sequence[str], timeout_s: float = CONNECT_TIMEOUT_S) -> None:
        """Send ``arguments`` to the running instance; raises when it does not answer."""
        from PySide6.QtNetwork import QLocalSocket

        from flora_desktop.ui.instance_server import ANSWER

        message = json.dumps(list(arguments), ensure_ascii=True).encode("ascii") + b"\n"
        deadline = time.monotonic() + timeout_s
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(message)
                socket.flush()
                answer = bytearray()
                while len(answer) < len(ANSWER) and socket.waitForReadyRead(
                    max(1, int((deadline - time.monotonic()) * 1000))
                ):
                    answer += bytes(socket.readAll().data())
                socket.abort()
                if bytes(answer).startswith(ANSWER):
                    return
                raise AnotherInstanceIsNotAnswering(self.name)
            if time.monotonic() >= deadline:
                raise AnotherInstanceIsNotAnswering(self.name)
            # The first instance holds the lock but is still starting: try again shortly.
            time.sleep(0.1)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self._lock.unlock()
