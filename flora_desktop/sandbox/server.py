"""``SandboxServer``: the sandbox app on a loopback socket, served from a daemon thread."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import os
import socket
import threading
from types import TracebackType

from aiohttp import web

from flora_desktop.sandbox.app import build_app
from flora_desktop.sandbox.config import SandboxConfig
from flora_desktop.sandbox.context import SandboxContext

logger = logging.getLogger(__name__)

START_TIMEOUT = 10.0
# Handlers still running at stop (a slow fault, a drip) get this long before being cut off.
SHUTDOWN_TIMEOUT = 1.0


def is_loopback(host: str) -> bool:
    """Whether ``host`` only reaches this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    address = "127.0.0.1" if host == "localhost" else host
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if os.name != "nt":
            # Rebinding right after a stop; on Windows this flag would allow port stealing.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((address, port))
        sock.listen(128)
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock


class SandboxServer:
    """One sandbox on its own thread and event loop; a context manager that starts and stops.

    Refuses a non-loopback host unless ``config.allow_non_loopback`` is set.
    """

    def __init__(self, config: SandboxConfig | None = None) -> None:
        config = config or SandboxConfig()
        if not config.allow_non_loopback and not is_loopback(config.host):
            raise ValueError(
                f"refusing to serve on {config.host!r}: not a loopback address "
                "(set allow_non_loopback to do it anyway)"
            )
        self._initial_config = config
        self._context: SandboxContext | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        self._port = 0

    def __repr__(self) -> str:
        return f"SandboxServer(root_url={self.root_url!r})"

    # -- properties -------------------------------------------------------------------

    @property
    def config(self) -> SandboxConfig:
        """The current configuration (``/_sandbox/reset`` overrides included)."""
        return self._context.config if self._context is not None else self._initial_config

    @property
    def port(self) -> int:
        """The bound port (0 before ``start``)."""
        return self._port

    @property
    def root_url(self) -> str:
        """``http://HOST:PORT``; media, storage and control endpoints live under it."""
        host = self._initial_config.host
        host = "127.0.0.1" if host == "localhost" else host
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self._port}"

    @property
    def api_url(self) -> str:
        """The API base URL, ``root_url + "/api/v1"``."""
        return f"{self.root_url}/api/v1"

    @property
    def api_key(self) -> str:
        """The key clients must send."""
        return self._initial_config.api_key

    # -- lifecycle --------------------------------------------------------------------

    def start(self) -> None:
        """Bind the socket and serve from a daemon thread; returns once it is listening."""
        if self._thread is not None:
            raise RuntimeError("the sandbox server is already started")
        sock = _bind(self._initial_config.host, self._initial_config.port)
        self._port = sock.getsockname()[1]
        self._context = SandboxContext(self._initial_config, self.root_url)
        self._ready.clear()
        self._thread = threading.Thread(
            target=self._run, args=(sock,), name=f"flora-sandbox-{self._port}", daemon=True
        )
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT):
            raise RuntimeError("the sandbox server did not start in time")
        if self._start_error is not None:
            self._thread.join()
            self._thread = None
            raise RuntimeError("the sandbox server failed to start") from self._start_error
        logger.info("sandbox serving %s", self.api_url)

    def stop(self) -> None:
        """Stop serving and join the thread; safe to call more than once."""
        thread, loop, stop_event = self._thread, self._loop, self._stop_event
        if thread is None:
            return
        if loop is not None and stop_event is not None and not loop.is_closed():
            # The loop may close between the check and the call.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop_event.set)
        thread.join()
        self._thread = None
        logger.info("sandbox stopped")

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _run(self, sock: socket.socket) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve(sock))
        finally:
            loop.close()
            sock.close()

    async def _serve(self, sock: socket.socket) -> None:
        assert self._context is not None
        self._stop_event = asyncio.Event()
        runner = web.AppRunner(
            build_app(self._context), access_log=None, shutdown_timeout=SHUTDOWN_TIMEOUT
        )
        try:
            await runner.setup()
            await web.SockSite(runner, sock).start()
        except BaseException as exc:
            self._start_error = exc
            self._ready.set()
            await runner.cleanup()
            return
        self._ready.set()
        try:
            await self._stop_event.wait()
        finally:
            await runner.cleanup()
