"""Shows the stores' notices ("kept your damaged presets as …") once, in one small window."""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from flora_desktop.services.phrases import Phrase
from flora_desktop.services.store_notices import StoreNotices
from flora_desktop.ui.translate import shown

if TYPE_CHECKING:
    # asyncio (~25 ms to import) is imported where used: the window paints before it loads.
    import asyncio

__all__ = ["StoreNoticeView"]


class StoreNoticeView(QObject):
    """Listens to ``StoreNotices`` and shows each notice in a non-modal box (``storeNotice``).

    Stores tell from worker threads; each notice is brought to the UI thread by the running
    asyncio loop (``call_soon_threadsafe``), or by the queued ``arrived`` signal when none runs
    yet. Notices arriving while the box is open join its text.
    """

    arrived = Signal(object)

    def __init__(self, notices: StoreNotices, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("storeNoticeView")
        self._window = window
        self._box: QMessageBox | None = None
        self._texts: list[str] = []
        self._bridge_lock = threading.Lock()
        self._bridged = False
        import asyncio

        try:
            self._loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            self._loop = None
            self._bridge()
        notices.listen(self._receive)

    def _bridge(self) -> None:
        # The queued signal is connected only when needed: naming Qt.ConnectionType builds
        # Qt's whole namespace of enums (~15 ms), and the app builds this before its first
        # paint with the loop already running.
        with self._bridge_lock:
            if not self._bridged:
                from PySide6.QtCore import Qt

                self.arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)
                self._bridged = True

    def _receive(self, notice: Phrase) -> None:
        # Any thread. Never shown inside the store's call: the next loop turn shows it.
        if self._loop is None or self._loop.is_closed():
            self._bridge()
            self.arrived.emit(notice)
            return
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: app is quitting
            self._loop.call_soon_threadsafe(self._show, notice)

    def texts(self) -> list[str]:
        """Everything shown so far, translated (what the user read)."""
        return list(self._texts)

    def box(self) -> QMessageBox | None:
        return self._box

    def _show(self, notice: Phrase) -> None:
        text = shown(notice)
        self._texts.append(text)
        try:
            self._present(text)
        except RuntimeError:  # the window was deleted meanwhile (closing): nothing to show on
            return

    def _present(self, text: str) -> None:
        from PySide6.QtCore import Qt

        box = self._box
        if box is None or not box.isVisible():
            box = QMessageBox(self._window)
            box.setObjectName("storeNotice")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Some of your files could not be used"))
            box.setAccessibleName(self.tr("Some of your files could not be used"))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(text)
            # show(), not open(): open() makes it window-modal, and the window must stay usable.
            box.setWindowModality(Qt.WindowModality.NonModal)
            self._box = box
            box.show()
            return
        box.setText(box.text() + "\n\n" + text)
