"""One open connection to FLORA: its HTTP clients and the Launch | Runs | History tabs.

Names, so there is one of each: a ``Connection`` (services/session.py) says where FLORA is
and with which key; an ``OpenConnection`` is that connection in use, from ``open()`` to
``aclose()``; ``ConnectedTabs`` (ui/pages/connected.py) is its widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # asyncio itself is imported where it is used: this module is on the first paint's path.
    import asyncio

    from PySide6.QtWidgets import QWidget

    from flora_desktop.api import FloraClient
    from flora_desktop.services.drafts import DraftStore
    from flora_desktop.services.history import HistoryStore
    from flora_desktop.services.outputs import OutputDownloader
    from flora_desktop.services.session import Connection
    from flora_desktop.services.settings import Settings
    from flora_desktop.ui.pages.connected import ConnectedTabs
    from flora_desktop.ui.pages.launcher import LauncherPage

__all__ = ["ConnectionParts", "OpenConnection", "default_client"]

log = logging.getLogger(__name__)


def default_client(connection: Connection) -> FloraClient:
    from flora_desktop.api import FloraClient

    return FloraClient(api_key=connection.api_key, base_url=connection.base_url)


def _default_profile() -> str:
    from flora_desktop.services.settings import DEFAULT_PROFILE_ID

    return DEFAULT_PROFILE_ID


@dataclass(frozen=True)
class ConnectionParts:
    """What every connection is built from; the shell makes one at start-up.

    ``active_profile`` names the account (with the server) that history, watched runs and
    noted presses belong to. ``poll_interval`` overrides the settings' pause between polls
    (tests use the sandbox's fast runs); ``make_client`` is the seam for a test's client.
    """

    settings: Settings
    drafts: DraftStore
    history: HistoryStore
    cache_dir: Path
    register_secret: Callable[[str], None] = lambda _key: None
    poll_interval: float | None = None
    make_client: Callable[[Connection], FloraClient] = default_client
    active_profile: Callable[[], str] = _default_profile


class OpenConnection:
    """A ``Connection`` in use: one ``FloraClient``, one downloader and the tabs using them.

    ``await OpenConnection.open(connection, parts)`` builds the HTTP clients off the UI
    thread (importing httpx and loading CA certificates is slow), then the launcher page
    (in two halves) and the tabs around it, each in its own UI-thread turn so no single
    turn holds the window for the whole launcher (benchmarks/responsiveness.py,
    "connect"). The tabs are made inside ``parent``, where the caller shows ``widget``
    (moving the built tabs to another parent would restyle every widget in them, ~10 ms),
    then awaits ``tabs.start()``. ``aclose()`` stops the tabs (watches, downloads), then
    the launcher's tasks, then closes the downloader and the client, once.
    """

    def __init__(
        self,
        connection: Connection,
        client: FloraClient,
        downloader: OutputDownloader,
        tabs: ConnectedTabs,
    ) -> None:
        self.connection = connection
        self.client = client
        self.downloader = downloader
        self.tabs = tabs
        self._closed = False

    @property
    def widget(self) -> ConnectedTabs:
        return self.tabs

    @property
    def page(self) -> LauncherPage:
        return self.tabs.launcher

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def starting_run(self) -> bool:
        """A press of Run is waiting for FLORA's answer (the window asks before closing)."""
        return self.page.starting_run

    @classmethod
    async def open(
        cls, connection: Connection, parts: ConnectionParts, *, parent: QWidget | None = None
    ) -> OpenConnection:
        import asyncio

        parts.register_secret(connection.api_key)
        loop = asyncio.get_running_loop()
        built = loop.run_in_executor(None, _clients, connection, parts)
        try:
            client, downloader = await asyncio.shield(built)
        except asyncio.CancelledError:
            # Closed, signed out or switched while the executor builds them: they are
            # closed once built, never left open (a pool holding the key).
            built.add_done_callback(_close_when_built)
            raise
        tabs: ConnectedTabs | None = None
        page: LauncherPage | None = None
        try:
            profile_id = parts.active_profile()
            _build_qt_types()
            await asyncio.sleep(0)
            page = _page(connection, client, parts, profile_id)
            await asyncio.sleep(0)
            page.finish()  # the page's second half: its form and wiring
            await asyncio.sleep(0)
            tabs = _tabs(page, client, downloader, parts, profile_id, parent)
            await asyncio.sleep(0)
            # Styled in a turn of its own, not in the one that shows it (~8 ms).
            tabs.ensurePolished()
            await asyncio.sleep(0)
        except BaseException:
            if tabs is not None:
                tabs.deleteLater()  # made inside ``parent``: not left there hidden
            elif page is not None:
                page.deleteLater()  # parentless until the tabs take it: not left unowned
            await downloader.aclose()
            await client.aclose()
            raise
        return cls(connection, client, downloader, tabs)

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            await self.tabs.aclose()
            await self.page.aclose()
        finally:
            await self.downloader.aclose()
            await self.client.aclose()


# Clients built after their ``open()`` was cancelled, being closed (a task needs a holder).
_closing: set[asyncio.Task[None]] = set()


def _close_when_built(built: asyncio.Future[tuple[FloraClient, OutputDownloader]]) -> None:
    if built.cancelled() or built.exception() is not None:
        return
    client, downloader = built.result()
    try:
        task = built.get_loop().create_task(_close_clients(client, downloader))
    except RuntimeError:  # the loop is closing: nothing is sent on them any more
        return
    _closing.add(task)
    task.add_done_callback(_closing.discard)


async def _close_clients(client: FloraClient, downloader: OutputDownloader) -> None:
    try:
        await downloader.aclose()
    finally:
        await client.aclose()


def _clients(
    connection: Connection, parts: ConnectionParts
) -> tuple[FloraClient, OutputDownloader]:
    # Runs in the executor: imports are thread-safe, and these build no QObject. The page
    # modules are imported here too, so the UI thread finds them already loaded.
    from flora_desktop.services import output_cache, run_tracker, submissions  # noqa: F401
    from flora_desktop.services.outputs import OutputDownloader
    from flora_desktop.ui.pages import connected, launcher  # noqa: F401
    from flora_desktop.ui.widgets import output_view  # noqa: F401

    _import_http_backend()
    return parts.make_client(connection), OutputDownloader()


def _import_http_backend() -> None:
    """Import what httpx's first request would import on the UI thread (~20 ms).

    httpcore's connection pool makes an anyio ``Event`` on the first request, which loads
    anyio's synchronisation module and its asyncio backend (benchmarks/responsiveness.py,
    "connect": the longest turn of a first connection).
    """
    import importlib

    for name in ("anyio._core._synchronization", "anyio._backends._asyncio"):
        try:
            importlib.import_module(name)
        except ImportError:  # another anyio layout: the first request imports what it needs
            log.debug("no %s to import ahead", name)


def _build_qt_types() -> None:
    """Build the Python types PySide makes on first use that the launcher needs, in a turn of
    their own.

    A process's first ``QAbstractScrollArea.viewport()`` makes the Python enums of every
    scroll-area class (~40 of them, 10-13 ms CPU) and the first ``QTextDocument`` its
    own (~2 ms); the launcher's first calls (the inputs editor's row pages, its JSON view)
    made them inside the page's turn, 26 ms in all (benchmarks/responsiveness.py, "connect").
    """
    from PySide6.QtWidgets import QPlainTextEdit, QScrollArea

    QScrollArea().viewport()  # parentless: deleted with its wrapper at once
    QPlainTextEdit().document()


def _page(
    connection: Connection, client: FloraClient, parts: ConnectionParts, profile_id: str
) -> LauncherPage:
    from flora_desktop.services.submissions import SubmissionJournal
    from flora_desktop.ui.pages.launcher import LauncherPage

    # Each press of Run is noted here before it is sent (one press, one run).
    journal = SubmissionJournal(parts.history, connection.base_url, profile_id=profile_id)
    return LauncherPage(
        client, parts.settings, parts.drafts, connection, journal=journal, finish=False
    )


def _tabs(
    page: LauncherPage,
    client: FloraClient,
    downloader: OutputDownloader,
    parts: ConnectionParts,
    profile_id: str,
    parent: QWidget | None,
) -> ConnectedTabs:
    from flora_desktop.services.output_cache import OutputCache, account_folder
    from flora_desktop.services.run_tracker import RunTracker
    from flora_desktop.ui.pages.connected import ConnectedTabs
    from flora_desktop.ui.widgets.output_view import OutputTools

    settings = parts.settings
    interval = parts.poll_interval if parts.poll_interval is not None else settings.poll_interval
    tracker = RunTracker(client, parts.history, interval=interval, profile_id=profile_id)
    cache = OutputCache(
        parts.cache_dir / "outputs",
        downloader,
        limit=lambda: settings.cache_limit_mb * 1024**2,
        account=account_folder(profile_id, client.base_url),
    )
    tools = OutputTools(
        downloader=downloader, cache=cache, settings=settings, schema_of=page.technique_of
    )
    return ConnectedTabs(
        page, tracker, tools, notifications=lambda: settings.notifications, parent=parent
    )
