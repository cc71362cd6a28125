"""Video and audio outputs: a QtMultimedia player, loaded only when such an output is shown.

QtMultimedia (PySide6-Addons) costs start-up time and probes the system's audio stack, so
this module imports it inside ``MediaOutput`` and creates the audio output only on the
first Play: a machine without a sound server warns only when the user asks for sound.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLoggingCategory, Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from flora_desktop.ui.models.runs_model import format_duration

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

__all__ = ["MediaOutput"]

log = logging.getLogger(__name__)

# Qt looks for PipeWire before falling back to other audio back-ends and warns when the
# library is absent, which is normal on many desktops; it says nothing the user can act on.
_QUIET_PROBES = "qt.multimedia.symbolsresolver.warning=false"
VIDEO_HEIGHT = 240


def _multimedia() -> Any:
    QLoggingCategory.setFilterRules(_QUIET_PROBES)
    from PySide6 import QtMultimedia

    return QtMultimedia


class MediaOutput(QWidget):
    """A player for one video or audio URL: ``mediaPlay``, ``mediaPosition``, ``mediaTime``.

    The video goes into ``mediaVideo`` (a ``QVideoWidget``). ``source()`` is the URL given.
    """

    def __init__(self, url: QUrl, *, video: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaOutput")
        multimedia = _multimedia()
        self._audio: QAudioOutput | None = None
        self._duration_ms = 0
        self.player: QMediaPlayer = multimedia.QMediaPlayer(self)
        self.video: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if video:
            from PySide6.QtMultimediaWidgets import QVideoWidget

            widget = QVideoWidget(self)
            widget.setObjectName("mediaVideo")
            widget.setAccessibleName(self.tr("Video"))
            widget.setMinimumHeight(VIDEO_HEIGHT)
            self.player.setVideoOutput(widget)
            self.video = widget
            layout.addWidget(widget, 1)

        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setObjectName("mediaPlay")
        self.play_button.setAccessibleName(self.tr("Play"))
        self.play_button.clicked.connect(self.toggle)
        self.position = QSlider(Qt.Orientation.Horizontal, self)
        self.position.setObjectName("mediaPosition")
        self.position.setAccessibleName(self.tr("Position"))
        self.position.setRange(0, 0)
        self.position.sliderMoved.connect(self.player.setPosition)
        self.time = QLabel(format_duration(0), self)
        self.time.setObjectName("mediaTime")
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time)
        layout.addLayout(controls)

        self.player.durationChanged.connect(self._on_duration)
        self.player.positionChanged.connect(self._on_position)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.errorOccurred.connect(self._on_error)
        self.player.setSource(url)

    def source(self) -> QUrl:
        return self.player.source()

    def is_video(self) -> bool:
        return self.video is not None

    def toggle(self) -> None:
        playing = self.player.playbackState() == self.player.PlaybackState.PlayingState
        if playing:
            self.player.pause()
            return
        if self._audio is None:
            self._audio = _multimedia().QAudioOutput(self)
            self.player.setAudioOutput(self._audio)
        self.player.play()

    def stop(self) -> None:
        """Stop playing (the output is hidden or replaced)."""
        self.player.stop()

    def _on_duration(self, duration: int) -> None:
        self._duration_ms = duration
        self.position.setRange(0, duration)
        self._on_position(self.player.position())

    def _on_position(self, position: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(position)
        now = format_duration(position / 1000)
        if self._duration_ms:
            total = format_duration(self._duration_ms / 1000)
            self.time.setText(
                self.tr("{position} / {duration}").format(position=now, duration=total)
            )
        else:
            self.time.setText(now)

    def _on_state(self, state: object) -> None:
        playing = state == self.player.PlaybackState.PlayingState
        words = self.tr("Pause") if playing else self.tr("Play")
        self.play_button.setText(words)
        self.play_button.setAccessibleName(words)

    def _on_error(self, _error: object, message: str) -> None:
        log.info("media output could not play: %s", message)
        self.time.setText(
            self.tr("This file could not be played here. Save it and open it instead.")
        )
