"""Under a media row's value: "Choose file…", or an upload's progress and Cancel, then what
happened, in plain words. A leaf widget: it knows nothing of rows, editors or uploads."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.uploads import UploadProgress
from flora_desktop.ui.style_state import set_style_property
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.elided_label import ElidedLabel

__all__ = ["PROGRESS_STEPS", "FileInputBar"]

# Steps of the progress bar (per mille, so a 5 GB file still moves it).
PROGRESS_STEPS = 1000
# What happened wraps to this many lines before it ends in "…" (a long file name).
STATUS_LINES = 4


class FileInputBar(QWidget):
    """Under a media row's value: "Choose file…", or a progress bar and Cancel while uploading.

    Signals: ``choose_clicked()``, ``cancel_clicked()``.
    """

    choose_clicked = Signal()
    cancel_clicked = Signal()

    IDLE_HINT = QT_TRANSLATE_NOOP("FileInputBar", "or drop a file on this row")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileInput")
        self.setProperty("busy", False)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.choose_button.clicked.connect(self.choose_clicked)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("uploadProgress")
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelUploadButton")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self.cancel_button.hide()
        # "Uploading “<a long file name>”…": wrapped, then "…", never wider than the row.
        self.status = ElidedLabel(shown(self.IDLE_HINT), self, max_lines=STATUS_LINES)
        self.status.setObjectName("uploadStatus")
        self.status.setProperty("problem", False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.status, 1)
        self._file_name = ""

    @property
    def busy(self) -> bool:
        return bool(self.property("busy"))

    def status_text(self) -> str:
        return self.status.text()

    def focus_chain(self) -> list[QWidget]:
        return [self.choose_button, self.cancel_button]

    def set_names(self, key: str, label: str) -> None:
        """``fileInput:<key>`` and its parts, with names for screen readers."""
        self.setObjectName(f"fileInput:{key}")
        self.choose_button.setObjectName(f"chooseFileButton:{key}")
        self.choose_button.setAccessibleName(
            self.tr("Choose a file for {input}").format(input=label)
        )
        self.choose_button.setToolTip(
            self.tr("Upload a file from this computer for {input}").format(input=label)
        )
        self.progress.setObjectName(f"uploadProgress:{key}")
        self.progress.setAccessibleName(self.tr("Upload progress for {input}").format(input=label))
        self.cancel_button.setObjectName(f"cancelUploadButton:{key}")
        self.cancel_button.setAccessibleName(
            self.tr("Cancel the upload for {input}").format(input=label)
        )
        self.status.setObjectName(f"uploadStatus:{key}")

    def start(self, file_name: str) -> None:
        """Uploading ``file_name``: progress and Cancel replace the button."""
        self._file_name = file_name
        self._set_busy(True)
        self.progress.setRange(0, 0)  # busy until the first bytes are counted
        self.progress.setFormat("")
        self._say(self.tr("Uploading “{name}”…").format(name=file_name))

    def set_progress(self, progress: UploadProgress) -> None:
        fraction = progress.fraction
        if fraction is not None:
            self.progress.setRange(0, PROGRESS_STEPS)
            self.progress.setValue(round(fraction * PROGRESS_STEPS))
            self.progress.setFormat(f"{fraction:.0%}")
            self._say(self.tr("Uploading “{name}”…").format(name=self._file_name))
        elif progress.stage == "processing":
            self.progress.setRange(0, 0)
            self._say(self.tr("FLORA is processing “{name}”…").format(name=self._file_name))
        elif progress.stage == "retrying":
            self.progress.setRange(0, 0)
            self._say(self.tr("Trying “{name}” again…").format(name=self._file_name))

    def finish(self, text: str, *, problem: bool = False) -> None:
        """Back to "Choose file…" with ``text`` beside it."""
        self._set_busy(False)
        self._say(text, problem=problem)

    def reset(self) -> None:
        self.finish(shown(self.IDLE_HINT))

    def forget_problem(self) -> None:
        """Back to the hint if the bar says what went wrong (the row holds something new)."""
        if not self.busy and self.status.property("problem"):
            self.reset()

    def _set_busy(self, busy: bool) -> None:
        set_style_property(self, "busy", busy)
        self.choose_button.setVisible(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy and self.choose_button.hasFocus():
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not busy and self.cancel_button.hasFocus():
            self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        # Live text: mirrored into the description so screen readers hear changes.
        self.status.setAccessibleDescription(text)
        set_style_property(self.status, "problem", problem)
