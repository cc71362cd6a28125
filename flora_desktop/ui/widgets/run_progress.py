"""A run's progress: a bar with status, elapsed time and the estimate; also drawn in table cells."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProgressBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.services.run_tracker import TrackedRun
from flora_desktop.ui.models.runs_model import RunsModel, progress_line, status_words
from flora_desktop.ui.style_state import set_style_property

__all__ = ["ProgressDelegate", "RunProgress", "fitted_text"]

_Index = QModelIndex | QPersistentModelIndex


def fitted_text(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` cut to fit ``width`` px, with "…": it starts with the percentage, always."""
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, width - 8))


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a bar with the progress line on it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = round(float(index.data(RunsModel.ProgressRole) or 0.0))
        # Elided to the cell: a long offline note never runs into the next column (the
        # whole line is in the tooltip and the detail below).
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.text = fitted_text(text, option.fontMetrics, bar.rect.width())
        bar.textVisible = True
        # Qt 6 reads the orientation from this state flag only.
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        painter.save()
        painter.setClipRect(option.rect)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 220), max(hint.height(), 24))


class RunProgress(QWidget):
    """The selected run's bar (``runProgressBar``) and its line of words (``runProgressText``).

    The text label has no fixed accessible name, so a screen reader reads the words.
    """

    def __init__(
        self, clock: Callable[[], float] = time.time, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runProgress")
        self._clock = clock
        self.bar = QProgressBar(self)
        self.bar.setObjectName("runProgressBar")
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("Run progress"))
        self.text = QLabel(self)
        self.text.setObjectName("runProgressText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.text)

    def show_run(self, tracked: TrackedRun, *, reached: float | None = None) -> None:
        """Show ``tracked``; ``reached`` is how far it got (a failed run reports 0 %)."""
        status = tracked.status
        progress = max(tracked.progress, reached or 0.0)
        self.bar.setValue(round(progress))
        if status == "failed":
            # Where it stopped, not FLORA's 0 %: "Failed at 99 %".
            self.bar.setFormat(self.tr("{status} at %p%").format(status=status_words(status)))
        else:
            self.bar.setFormat(self.tr("{status} · %p%").format(status=status_words(status)))
        # An indeterminate (busy) bar until FLORA gives any progress.
        waiting = status in ("pending", "unknown") and not tracked.done
        self.bar.setRange(0, 0 if waiting else 100)
        set_style_property(self.bar, "status", status)
        line = self.tr("{status} — {progress}").format(
            status=status_words(status), progress=progress_line(tracked, self._clock())
        )
        self.text.setText(line)
        self.bar.setAccessibleDescription(line)

    def text_shown(self) -> str:
        return self.text.text()
