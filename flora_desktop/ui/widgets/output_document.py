"""Document outputs: a picture of the first page (PDF), rendered off the UI thread."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["DocumentPreview", "PreviewUnavailable", "render_first_page", "render_first_page_async"]

# The first page is rendered this wide; the label scales it down to its cell.
PAGE_WIDTH = 900
PREVIEW_WIDTH = 320
MIN_WIDTH = 120


class PreviewUnavailable(Exception):
    """No picture of the first page can be made; the message is plain words."""


def render_first_page(path: Path, width: int = PAGE_WIDTH) -> QImage:
    """The first page of the PDF at ``path`` as an image ``width`` pixels wide.

    Thread-safe: a document of its own, no parent, no signals; call it from a worker.
    """
    from PySide6.QtPdf import QPdfDocument  # only when a document is shown

    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise PreviewUnavailable(
                QCoreApplication.translate("OutputsView", "No preview for this document.")
            )
        points = document.pagePointSize(0)
        if points.width() <= 0 or points.height() <= 0:
            raise PreviewUnavailable(
                QCoreApplication.translate("OutputsView", "No preview for this document.")
            )
        height = round(width * points.height() / points.width())
        image = document.render(0, QSize(width, height))
    finally:
        document.close()
    if image.isNull():
        raise PreviewUnavailable(
            QCoreApplication.translate("OutputsView", "No preview for this document.")
        )
    # Transparent PDF pages read as black on a dark theme: put them on paper.
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


async def render_first_page_async(path: Path) -> QImage:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, render_first_page, path, PAGE_WIDTH)


class DocumentPreview(QLabel):
    """The first page as a picture (``documentPreview``), or a line saying why not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setText(self.tr("Loading preview…"))
        # The grid sets the page's width from the room it has; the picture must not hold
        # the result wide when the window narrows.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(MIN_WIDTH)
        self._pixmap = QPixmap()
        self._width = PREVIEW_WIDTH

    @property
    def has_page(self) -> bool:
        return not self._pixmap.isNull()

    def set_page(self, image: QImage) -> None:
        self._pixmap = QPixmap.fromImage(image)
        self.setAccessibleName(self.tr("First page of the document"))
        self._fit()

    def set_problem(self, text: str) -> None:
        self._pixmap = QPixmap()
        self.setPixmap(QPixmap())
        self.setText(text)

    def set_width(self, width: int) -> None:
        if width != self._width:
            self._width = width
            self._fit()

    def _fit(self) -> None:
        if self._pixmap.isNull():
            return
        width = min(self._width, self._pixmap.width())
        self.setPixmap(
            self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )
