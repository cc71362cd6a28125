"""Under a picture or video row: a thumbnail with the file's name, size and dimensions or
length, a quiet note when it cannot be shown, and the fixes offered for a wrong shape.

A leaf widget: ``row_media.RowMedia`` decides what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from flora_desktop.ui.image_probe import THUMB_HEIGHT, THUMB_WIDTH
from flora_desktop.ui.widgets.elided_label import ElidedLabel

__all__ = [
    "MAX_THUMB_WIDTH",
    "STRIP_THUMB",
    "THUMB_HEIGHT",
    "THUMB_WIDTH",
    "MediaPreview",
    "thumb_box",
]

# A list input's pictures, side by side.
STRIP_THUMB = 72
# The facts beside a thumbnail wrap to this many lines before they end in "…".
INFO_LINES = 3
# The thumbnail grows with the room it has: this share of the preview's width, 4:3, from
# THUMB_WIDTH (a laptop) to MAX_THUMB_WIDTH (a large screen), in steps so a window being
# dragged wider does not rescale it on every pixel.
THUMB_SHARE = 0.35
MAX_THUMB_WIDTH = 480
THUMB_STEP = 40
# ...and never taller than this share of the window: the next row stays in view.
THUMB_HEIGHT_SHARE = 0.2


def thumb_box(width: int, window_height: int) -> QSize:
    """The thumbnail's box, in logical pixels, for a preview ``width`` wide in a window."""
    wide = int(width * THUMB_SHARE)
    tall_limit = int(window_height * THUMB_HEIGHT_SHARE) * THUMB_WIDTH // THUMB_HEIGHT
    wide = min(wide, MAX_THUMB_WIDTH, tall_limit)
    wide = max(THUMB_WIDTH, wide // THUMB_STEP * THUMB_STEP)
    return QSize(wide, wide * THUMB_HEIGHT // THUMB_WIDTH)


class MediaPreview(QWidget):
    """Thumbnail, facts and (when the shape is wrong) "Crop to …" and "Use anyway".

    Signals: ``crop_clicked()``, ``use_anyway_clicked()``; ``focus_released()`` when the
    fix buttons went away while one had the keyboard focus (the row puts it on its value).
    """

    crop_clicked = Signal()
    use_anyway_clicked = Signal()
    focus_released = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPreview")
        self.thumb = QLabel(self)
        self.thumb.setObjectName("mediaThumb")
        self.thumb.setFixedSize(THUMB_WIDTH, THUMB_HEIGHT)
        # The picture as decoded (up to ``decode_size()``), drawn into the box as it changes.
        self._image: QImage | None = None
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setProperty("mediaThumb", True)
        # "<file name> · size · dimensions": a long file name ends in "…", whole in the tooltip.
        self.info = ElidedLabel("", self, max_lines=INFO_LINES)
        self.info.setObjectName("mediaInfo")
        self.note = QLabel(self)
        self.note.setObjectName("mediaNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setProperty("mediaQuiet", True)
        self.crop_button = QPushButton(self)
        self.crop_button.setObjectName("cropButton")
        self.crop_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.crop_button.clicked.connect(self.crop_clicked)
        self.use_anyway_button = QPushButton(self.tr("Use anyway"), self)
        self.use_anyway_button.setObjectName("useAnywayButton")
        self.use_anyway_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.use_anyway_button.clicked.connect(self.use_anyway_clicked)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.crop_button)
        buttons.addWidget(self.use_anyway_button)
        buttons.addStretch(1)
        facts = QVBoxLayout()
        facts.setContentsMargins(0, 0, 0, 0)
        facts.setSpacing(4)
        facts.addWidget(self.info)
        facts.addWidget(self.note)
        facts.addLayout(buttons)
        facts.addStretch(1)
        self.strip = QWidget(self)
        self.strip.setObjectName("mediaStrip")
        self._strip_layout = QHBoxLayout(self.strip)
        self._strip_layout.setContentsMargins(0, 0, 0, 0)
        self._strip_layout.setSpacing(6)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.strip, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(facts, 1)
        self.clear()

    def decode_size(self) -> QSize:
        """How large a picture to decode for the thumbnail: its largest box, in device pixels."""
        ratio = max(1.0, self.devicePixelRatioF())
        return QSize(MAX_THUMB_WIDTH, MAX_THUMB_WIDTH * THUMB_HEIGHT // THUMB_WIDTH) * ratio

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_thumb()

    def _fit_thumb(self) -> None:
        window = self.window()
        box = thumb_box(self.width(), window.height() if window is not self else 10_000)
        if box != self.thumb.size():
            self.thumb.setFixedSize(box)
            self._draw()

    def _draw(self) -> None:
        image = self._image
        if image is None or image.isNull():
            return
        # Drawn at the screen's pixel density: sharp on a HiDPI display, not blown up.
        ratio = max(1.0, self.thumb.devicePixelRatioF())
        pixmap = QPixmap.fromImage(
            image.scaled(
                self.thumb.size() * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        pixmap.setDevicePixelRatio(ratio)
        self.thumb.setPixmap(pixmap)

    def focus_chain(self) -> list[QWidget]:
        return [self.crop_button, self.use_anyway_button]

    def set_names(self, key: str, label: str) -> None:
        self.setObjectName(f"mediaPreview:{key}")
        self.thumb.setObjectName(f"mediaThumb:{key}")
        self.thumb.setAccessibleName(self.tr("Preview of {input}").format(input=label))
        self.info.setObjectName(f"mediaInfo:{key}")
        self.note.setObjectName(f"mediaNote:{key}")
        self.crop_button.setObjectName(f"cropButton:{key}")
        self.use_anyway_button.setObjectName(f"useAnywayButton:{key}")
        self.use_anyway_button.setAccessibleName(
            self.tr("Use the file for {input} anyway").format(input=label)
        )

    def clear(self) -> None:
        """Nothing to show: the row is empty (or holds something that is not media)."""
        self._clear_strip()
        self._image = None
        self.thumb.clear()
        self.info.clear()
        self.note.clear()
        self.offer_fix(None)
        self.hide()

    def show_loading(self, name: str) -> None:
        self._clear_strip()
        self._image = None
        self.thumb.clear()
        self.thumb.setText("…")
        self.thumb.show()
        self._say(self.info, name)
        self._say(self.note, self.tr("Loading a preview…"))
        self.show()

    def show_media(self, image: QImage | None, facts: str, glyph: str = "") -> None:
        """The thumbnail (decoded off the UI thread, about ``decode_size()``) and its facts."""
        self._clear_strip()
        self.thumb.show()
        if image is not None and not image.isNull():
            self._image = image
            self._fit_thumb()
            self._draw()
        else:
            self._image = None
            self.thumb.clear()
            self.thumb.setText(glyph)
        self._say(self.info, facts)
        self._say(self.note, "")
        self.show()

    def show_strip(self, pictures: list[tuple[QImage | None, str]], facts: str) -> None:
        """A list input's pictures side by side (each named in its tooltip)."""
        self._clear_strip()
        self.thumb.hide()
        for number, (image, name) in enumerate(pictures):
            label = QLabel(self.strip)
            label.setObjectName(f"mediaStripThumb:{number}")
            label.setProperty("mediaThumb", True)
            label.setFixedSize(STRIP_THUMB, STRIP_THUMB)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setToolTip(name)
            label.setAccessibleName(name)
            if image is not None and not image.isNull():
                label.setPixmap(
                    QPixmap.fromImage(
                        image.scaled(STRIP_THUMB, STRIP_THUMB, Qt.AspectRatioMode.KeepAspectRatio)
                    )
                )
            else:
                label.setText("?")
            self._strip_layout.addWidget(label)
        self.strip.show()
        self._say(self.info, facts)
        self._say(self.note, "")
        self.show()

    def _clear_strip(self) -> None:
        while self._strip_layout.count():
            item = self._strip_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setObjectName("")
                widget.deleteLater()
        self.strip.hide()

    def show_note(self, text: str) -> None:
        """A quiet note (no preview could be made); the row's value is still fine to send."""
        self._clear_strip()
        self._image = None
        self.thumb.clear()
        self.thumb.hide()  # no empty box beside a one-line note
        self._say(self.note, text)
        self.show()

    def offer_fix(self, ratio: str | None, *, can_crop: bool = False) -> None:
        """Offer "Crop to <ratio>" (when a picture can be cropped) and "Use anyway"."""
        had_focus = self.crop_button.hasFocus() or self.use_anyway_button.hasFocus()
        self.crop_button.setVisible(ratio is not None and can_crop)
        self.use_anyway_button.setVisible(ratio is not None)
        if ratio is not None:
            text = self.tr("Crop to {ratio}").format(ratio=ratio)
            self.crop_button.setText(text)
            self.crop_button.setAccessibleName(text)
        elif had_focus:
            self.focus_released.emit()

    def _say(self, label: QLabel, text: str) -> None:
        label.setText(text)
        # Live text: mirrored into the description so screen readers hear changes.
        label.setAccessibleDescription(text)
        label.setVisible(bool(text))
