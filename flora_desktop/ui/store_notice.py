"""Shows the stores' notices ("kept your damaged presets as …") once, in one small window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from flora_desktop.services.phrases import Phrase
from flora_desktop.services.store_notices import StoreNotices
from flora_desktop.ui.translate import shown

__all__ = ["StoreNoticeView"]


class StoreNoticeView(QObject):
    """Listens to ``StoreNotices`` and shows each notice in a non-modal box (``storeNotice``).

    Stores tell from worker threads; the ``arrived`` signal brings each notice to the UI
    thread (a queued connection). Notices arriving while the box is open join its text.
    """

    arrived = Signal(object)

    def __init__(self, notices: StoreNotices, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("storeNoticeView")
        self._window = window
        self._box: QMessageBox | None = None
        self._texts: list[str] = []
        self.arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)
        notices.listen(self.arrived.emit)

    def texts(self) -> list[str]:
        """Everything shown so far, translated (what the user read)."""
        return list(self._texts)

    def box(self) -> QMessageBox | None:
        return self._box

    def _show(self, notice: Phrase) -> None:
        text = shown(notice)
        self._texts.append(text)
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
            box.setWindowModality(Qt.WindowModality.NonModal)
            self._box = box
            box.open()
            return
        box.setText(box.text() + "\n\n" + text)
