"""Video and audio outputs: a QtMultimedia player, loaded only when such an output is shown.

QtMultimedia (PySide6-Addons) costs start-up time and probes the system's audio stack, so
this module imports it inside ``make_media_output`` and creates the audio output only on
the first Play: a machine without a sound server warns only when the user asks for sound.
Where QtMultimedia cannot load at all (its system libraries are missing, e.g. no
``libpulse.so.0``), ``make_media_output`` raises ``MediaUnavailable`` and the card shows a
``MediaUnavailableNote`` instead: open in the system player, save, copy the link.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLoggingCategory, Qt, QUrl
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.ui.models.runs_model import format_duration

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

__all__ = [
    "MediaOutput",
    "MediaUnavailable",
    "MediaUnavailableNote",
    "import_multimedia",
    "make_media_output",
]

log = logging.getLogger(__name__)

# Qt looks for PipeWire before falling back to other audio back-ends and warns when the
# library is absent, which is normal on many desktops; it says nothing the user can act on.
# A file FFmpeg cannot open is warned about too, and reported again through the player's
# errorOccurred, which the output player and the input poster turn into words.
_QUIET_PROBES = (
    "qt.multimedia.symbolsresolver.warning=false\n"
    "qt.multimedia.ffmpeg.mediadataholder.warning=false"
)
VIDEO_HEIGHT = 240
# The video keeps 16:9 up to this height, so its controls stay in view below it.
MAX_VIDEO_HEIGHT = 560


class MediaUnavailable(Exception):
    """QtMultimedia cannot load here; ``reason`` is one plain line for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def import_multimedia() -> Any:
    """QtMultimedia and QtMultimediaWidgets, imported on first use (ImportError if absent)."""
    QLoggingCategory.setFilterRules(_QUIET_PROBES)
    from PySide6 import QtMultimedia, QtMultimediaWidgets

    return (QtMultimedia, QtMultimediaWidgets)


def make_media_output(
    url: QUrl,
    *,
    video: bool,
    load: Callable[[], Any] = import_multimedia,
    parent: QWidget | None = None,
) -> MediaOutput:
    """A player for ``url``; raises ``MediaUnavailable`` where QtMultimedia cannot load."""
    try:
        modules = load()
    except (ImportError, OSError) as exc:
        # The message names a library file: useful in the log, not to the user.
        log.info("media playback unavailable: %s", exc)
        raise MediaUnavailable(
            QCoreApplication.translate(
                "MediaOutput",
                "This computer can't play sound or video inside the app "
                "(a system library is missing).",
            )
        ) from exc
    return MediaOutput(url, video=video, modules=modules, parent=parent)


class MediaUnavailableNote(QLabel):
    """The one-line reason shown in place of a player (``mediaUnavailable``)."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(reason, parent)
        self.setObjectName("mediaUnavailable")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)


class MediaOutput(QWidget):
    """A player for one video or audio URL: ``mediaPlay``, ``mediaPosition``, ``mediaTime``.

    The video goes into ``mediaVideo`` (a ``QVideoWidget``). ``source()`` is the URL given.
    """

    def __init__(
        self, url: QUrl, *, video: bool, modules: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaOutput")
        multimedia, widgets = modules
        self._multimedia = multimedia
        self._audio: QAudioOutput | None = None
        self._duration_ms = 0
        self._poster_player: QMediaPlayer | None = None
        self._frame = QPixmap()
        self.poster: QLabel | None = None
        self.player: QMediaPlayer = multimedia.QMediaPlayer(self)
        self.video: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if video:
            widget = widgets.QVideoWidget(self)
            widget.setObjectName("mediaVideo")
            widget.setAccessibleName(self.tr("Video"))
            widget.setMinimumHeight(VIDEO_HEIGHT)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.player.setVideoOutput(widget)
            self.video = widget
            # Until the first Play, the first frame stands in for the (black) video.
            self.poster = QLabel(self.tr("Loading the first frame…"), self)
            self.poster.setObjectName("mediaPoster")
            self.poster.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.poster.setMinimumHeight(VIDEO_HEIGHT)
            self.poster.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            widget.hide()
            layout.addWidget(self.poster)
            layout.addWidget(widget)
            self._start_poster(multimedia, url)

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
            self._audio = self._multimedia.QAudioOutput(self)
            self.player.setAudioOutput(self._audio)
        if self.poster is not None and self.video is not None:
            self._end_poster()
            self.poster.hide()
            self.video.show()
        self.player.play()

    def stop(self) -> None:
        """Stop playing (the output is hidden or replaced)."""
        self._end_poster()
        self.player.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = max(VIDEO_HEIGHT, min(MAX_VIDEO_HEIGHT, self.width() * 9 // 16))
        for part in (self.video, self.poster):
            if part is not None and part.height() != height:
                part.setFixedHeight(height)
        self._fit_poster()

    def has_poster(self) -> bool:
        """The first frame is shown in place of the video."""
        return self.poster is not None and not self._frame.isNull()

    # --- the poster: a player of its own, into a sink (no window, no sound) ------------

    def _start_poster(self, multimedia: Any, url: QUrl) -> None:
        player = multimedia.QMediaPlayer(self)
        sink = multimedia.QVideoSink(player)
        player.setVideoSink(sink)
        sink.videoFrameChanged.connect(self._on_poster_frame)
        player.mediaStatusChanged.connect(self._on_poster_status)
        player.errorOccurred.connect(self._on_poster_error)
        self._poster_player = player
        player.setSource(url)

    def _on_poster_error(self, error: object, _message: str) -> None:
        # Qt also reports "no error" when a source is set: only a real error ends it.
        player = self._poster_player
        if player is not None and error != player.Error.NoError:
            self._end_poster()

    def _on_poster_status(self, status: object) -> None:
        player = self._poster_player
        if player is not None and status == player.MediaStatus.LoadedMedia:
            player.play()

    def _on_poster_frame(self, frame: Any) -> None:
        if self._poster_player is None or self.poster is None or not frame.isValid():
            return
        image = frame.toImage()
        self._end_poster()
        if image.isNull():
            return
        self._frame = QPixmap.fromImage(image)
        self.poster.setAccessibleName(self.tr("First frame of the video"))
        self._fit_poster()

    def _fit_poster(self) -> None:
        if self.poster is None or self._frame.isNull():
            return
        self.poster.setPixmap(
            self._frame.scaled(
                self.poster.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _end_poster(self) -> None:
        player, self._poster_player = self._poster_player, None
        if player is not None:
            player.stop()
            player.deleteLater()

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
