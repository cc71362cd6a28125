"""A loopback HTTP server serving bytes of a chosen size, to test download limits for real.

``/bytes/<n>.png`` answers ``n`` bytes with a Content-Length; ``/stream/<n>.png`` sends them
with none (the body ends when the connection closes); ``/claims/<n>.png`` announces ``n``
bytes in its Content-Length and sends none (a "2 GB image" costs nothing to serve).
``served`` counts the body bytes actually written, so a test can see what was fetched.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_CHUNK = 16 * 1024


class ByteServer:
    """``url(kind, size)`` for a running server on 127.0.0.1; ``served`` bytes so far."""

    def __init__(self) -> None:
        self.served = 0
        self.requests: list[str] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:
                owner.requests.append(self.path)
                kind, _, rest = self.path.strip("/").partition("/")
                size = int(rest.split(".", 1)[0])
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                if kind in ("bytes", "claims"):
                    self.send_header("Content-Length", str(size))
                self.end_headers()
                if kind == "claims":
                    return
                sent = 0
                with contextlib.suppress(ConnectionError):
                    while sent < size:
                        block = b"\x89" * min(_CHUNK, size - sent)
                        self.wfile.write(block)
                        sent += len(block)
                        with owner._lock:
                            owner.served += len(block)

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet: the test reads ``requests`` instead

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        # A short poll: shutdown() waits for it, and a test waits for shutdown().
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, kind: str, size: int, name: str = "out") -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/{kind}/{size}.png?{name}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextlib.contextmanager
def byte_server() -> Iterator[ByteServer]:
    server = ByteServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
