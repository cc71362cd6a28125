"""Drags of local files onto widgets: an event filter that takes them and hands the paths on.

Generic: it knows nothing of rows or uploads. A watched widget's ancestor with the
``acceptsFiles`` property shows ``dropTarget`` while a file is over it (style.qss).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from flora_desktop.ui.style_state import set_style_property

__all__ = ["FileDropFilter", "local_files"]


def local_files(mime: QMimeData | None) -> list[Path]:
    """The local files a drag carries (web links and other data are not files)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropFilter(QObject):
    """Accepts drags of local files on watched widgets and calls ``on_drop(paths, widget)``.

    ``watch(widget)`` covers the widget and (by default) its children: a text field would
    otherwise take the drop and paste the file's path as text.
    """

    def __init__(
        self, on_drop: Callable[[list[Path], QWidget], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._on_drop = on_drop

    def watch(self, widget: QWidget, *, children: bool = True) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        if children:
            for child in widget.findChildren(QWidget):
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if not local_files(event.mimeData()):
                return False
            event.acceptProposedAction()
            _highlight(watched, True)
            return True
        if kind == QEvent.Type.DragLeave:
            _highlight(watched, False)
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = local_files(event.mimeData())
            _highlight(watched, False)
            if not paths or not isinstance(watched, QWidget):
                return False
            event.acceptProposedAction()
            self._on_drop(paths, watched)
            return True
        return False


def _highlight(watched: QObject, on: bool) -> None:
    # The row under the pointer shows it will take the file (style: [dropTarget="true"]).
    widget = watched if isinstance(watched, QWidget) else None
    while widget is not None and not widget.property("acceptsFiles"):
        widget = widget.parentWidget()
    if widget is not None:
        set_style_property(widget, "dropTarget", on)
