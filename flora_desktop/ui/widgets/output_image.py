"""Image outputs: decoding off the UI thread, the thumbnail button and the full view with zoom."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.ui.translate import shown_error

__all__ = [
    "PREVIEW_SIDE",
    "THUMBNAIL_SIDE",
    "ImageDecodeError",
    "ImageViewer",
    "Thumbnail",
    "decode_image",
    "decode_image_async",
]

log = logging.getLogger(__name__)

THUMBNAIL_SIDE = 220
# Previews are decoded up to this side once and scaled to their cell as the window grows.
PREVIEW_SIDE = 1280
ZOOM_STEP = 1.25
MIN_ZOOM = 0.05
MAX_ZOOM = 16.0


class ImageDecodeError(Exception):
    """The file is not an image Qt can read; the message is plain words."""


def decode_image(path: Path, max_side: int | None = None) -> QImage:
    """Read ``path`` into a QImage, scaled while decoding to fit ``max_side`` if given.

    Thread-safe (QImageReader and QImage, never QPixmap): call it from a worker thread.
    """
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if max_side is not None:
        size = reader.size()
        if size.isValid() and (size.width() > max_side or size.height() > max_side):
            reader.setScaledSize(
                size.scaled(QSize(max_side, max_side), Qt.AspectRatioMode.KeepAspectRatio)
            )
    image = reader.read()
    if image.isNull():
        raise ImageDecodeError(
            QCoreApplication.translate(
                "ImageViewer", "The image could not be read ({problem})."
            ).format(problem=reader.errorString())
        )
    return image


async def decode_image_async(path: Path, max_side: int | None = None) -> QImage:
    """``decode_image`` in the default executor, so the UI thread keeps painting."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, decode_image, path, max_side)


class Thumbnail(QToolButton):
    """A clickable thumbnail (``outputThumbnail``): Enter or a click opens the full view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputThumbnail")
        self.setAccessibleName(self.tr("Open the image full size"))
        self.setToolTip(self.tr("Open full size"))
        self.setIconSize(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        self.setMinimumSize(QSize(THUMBNAIL_SIDE // 2, THUMBNAIL_SIDE // 3))
        # The grid sets the preview's side from the room it has; a big preview must not
        # hold the window wide when it narrows.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setText(self.tr("Loading preview…"))
        self.setEnabled(False)
        self._has_image = False
        self._pixmap = QPixmap()
        self._side = THUMBNAIL_SIDE

    @property
    def has_image(self) -> bool:
        return self._has_image

    def set_image(self, image: QImage) -> None:
        self._pixmap = QPixmap.fromImage(image)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setText("")
        self.setEnabled(True)
        self._has_image = True
        self._fit()

    def set_side(self, side: int) -> None:
        """Fit the preview into a ``side`` × ``side`` square (its grid cell)."""
        if side != self._side:
            self._side = side
            self._fit()

    def preview_size(self) -> QSize:
        return self.iconSize()

    def _fit(self) -> None:
        if self._pixmap.isNull():
            return
        size = self._pixmap.size().scaled(
            QSize(self._side, self._side), Qt.AspectRatioMode.KeepAspectRatio
        )
        # A small image grows at most twice its size, so it stays reasonably sharp.
        if size.width() > 2 * self._pixmap.width():
            size = self._pixmap.size() * 2
        # Scaled smoothly here: an icon scaled up by the style would look blocky.
        self.setIcon(
            self._pixmap.scaled(
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.setIconSize(size)

    def set_problem(self, text: str) -> None:
        self._pixmap = QPixmap()
        self.setIcon(QPixmap())
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setText(text)
        self.setEnabled(False)
        self._has_image = False


class _ZoomScroll(QScrollArea):
    """Ctrl + wheel zooms; the plain wheel scrolls."""

    def __init__(self, viewer: ImageViewer) -> None:
        super().__init__(viewer)
        self._viewer = viewer

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self._viewer.zoom_in()
            elif event.angleDelta().y() < 0:
                self._viewer.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)


class ImageViewer(QDialog):
    """The full image (``imageViewer``): fit to the window, 100 %, zoom in and out.

    ``load(path)`` decodes off the UI thread. ``zoom`` is the current scale (1.0 = 100 %).
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(900, 680)
        self._image: QImage | None = None
        self._pixmap: QPixmap | None = None
        self._zoom = 1.0
        self._fit = True

        self.canvas = QLabel(self.tr("Loading…"), self)
        self.canvas.setObjectName("imageCanvas")
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroll_area = _ZoomScroll(self)
        self.scroll_area.setObjectName("imageScroll")
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(False)

        self.fit_button = self._button(
            self.tr("Fit"), "imageFit", self.tr("Fit the image to the window"), "F"
        )
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.setShortcut(QKeySequence("F"))
        self.fit_button.clicked.connect(self.fit)
        self.actual_button = self._button("100 %", "imageActualSize", self.tr("Actual size"), "1")
        self.actual_button.setShortcut(QKeySequence("1"))
        self.actual_button.clicked.connect(lambda: self.set_zoom(1.0))
        self.zoom_out_button = self._button("−", "imageZoomOut", self.tr("Zoom out"), "Ctrl+-")
        self.zoom_out_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = self._button("+", "imageZoomIn", self.tr("Zoom in"), "Ctrl++")
        self.zoom_in_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("imageZoomLevel")
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("imageClose")
        close.clicked.connect(self.close)

        tools = QHBoxLayout()
        for widget in (self.fit_button, self.actual_button, self.zoom_out_button):
            tools.addWidget(widget)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.zoom_label)
        tools.addStretch(1)
        tools.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.scroll_area, 1)
        self._update_label()

    def _button(self, text: str, name: str, accessible: str, keys: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(self.tr("{action} ({keys})").format(action=accessible, keys=keys))
        button.setAccessibleName(accessible)
        return button

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def fitting(self) -> bool:
        return self._fit

    @property
    def image_size(self) -> QSize:
        return self._image.size() if self._image is not None else QSize()

    async def load(self, path: Path) -> None:
        """Decode the whole image off the UI thread, then show it fitted."""
        try:
            image = await decode_image_async(path)
        except ImageDecodeError as exc:
            self.canvas.setText(shown_error(exc))
            self.canvas.adjustSize()
            return
        self.set_image(image)

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._pixmap = QPixmap.fromImage(image)
        self.fit()

    def fit(self) -> None:
        """Scale the image to fit the visible area (never above 100 %)."""
        self._fit = True
        self.fit_button.setChecked(True)
        if self._image is None:
            return
        area = self.scroll_area.viewport().size()
        width, height = self._image.width(), self._image.height()
        scale = min(area.width() / max(1, width), area.height() / max(1, height), 1.0)
        self._apply(max(MIN_ZOOM, scale))

    def set_zoom(self, zoom: float) -> None:
        self._fit = False
        self.fit_button.setChecked(False)
        self._apply(min(MAX_ZOOM, max(MIN_ZOOM, zoom)))

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def _apply(self, zoom: float) -> None:
        self._zoom = zoom
        if self._pixmap is not None:
            size = self._pixmap.size() * zoom
            self.canvas.setPixmap(
                self._pixmap.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.canvas.resize(size)
        self._update_label()

    def _update_label(self) -> None:
        text = self.tr("{percent} %").format(percent=round(self._zoom * 100))
        self.zoom_label.setText(text)
        self.zoom_label.setAccessibleDescription(self.tr("Zoom {level}").format(level=text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()
