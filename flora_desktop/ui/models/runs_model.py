"""The Runs panel's table: technique, workspace, status, progress and start time of each run."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.run_tracker import TrackedRun
from flora_desktop.ui.models.rows_table import RowsTableModel
from flora_desktop.ui.translate import shown

__all__ = [
    "RunsModel",
    "format_clock",
    "format_duration",
    "progress_line",
    "started_text",
    "status_words",
]

_Index = QModelIndex | QPersistentModelIndex

_STATUS_WORDS = {
    "pending": QT_TRANSLATE_NOOP("RunsModel", "Waiting to start"),
    "running": QT_TRANSLATE_NOOP("RunsModel", "Running"),
    "completed": QT_TRANSLATE_NOOP("RunsModel", "Completed"),
    "failed": QT_TRANSLATE_NOOP("RunsModel", "Failed"),
    "unknown": QT_TRANSLATE_NOOP("RunsModel", "Checking…"),
}


def status_words(status: str) -> str:
    """FLORA's status in plain words; an unknown new status is shown as FLORA says it."""
    words = _STATUS_WORDS.get(status)
    if words is None:
        return status.replace("_", " ").capitalize()
    return shown(words)


def format_duration(seconds: float) -> str:
    """``7`` -> ``"7 s"``, ``150`` -> ``"2 min 30 s"``."""
    whole = max(0, round(seconds))
    if whole < 60:
        return QCoreApplication.translate("RunsModel", "{seconds} s").format(seconds=whole)
    minutes, rest = divmod(whole, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return QCoreApplication.translate("RunsModel", "{hours} h {minutes} min").format(
            hours=hours, minutes=minutes
        )
    if rest:
        return QCoreApplication.translate("RunsModel", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=rest
        )
    return QCoreApplication.translate("RunsModel", "{minutes} min").format(minutes=minutes)


def format_clock(epoch: float, now: float | None = None) -> str:
    """A start time: ``"14:05"`` today, ``"3 Mar 14:05"`` otherwise (local time)."""
    moment = datetime.fromtimestamp(epoch)
    today = datetime.fromtimestamp(now if now is not None else time.time()).date()
    if moment.date() == today:
        return moment.strftime("%H:%M:%S")
    # The pattern is translated (word order differs) and QLocale names the month.
    pattern = QCoreApplication.translate("RunsModel", "d MMM yyyy HH:mm")
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(epoch)), pattern)


def started_text(tracked: TrackedRun, now: float) -> str:
    return format_clock(tracked.run.started_at, now)


def progress_line(tracked: TrackedRun, now: float) -> str:
    """``"45% · 12 s so far, about 28 s left"``; done runs say how long they took."""
    update = tracked.update
    elapsed = tracked.elapsed(now)
    if tracked.done:
        if update is not None and update.stopped:
            return (
                shown(update.error)
                if update.error
                else QCoreApplication.translate("RunsModel", "Stopped checking this run.")
            )
        return QCoreApplication.translate("RunsModel", "took {duration}").format(
            duration=format_duration(elapsed)
        )
    so_far = format_duration(elapsed)
    remaining = tracked.remaining(now)
    estimate = tracked.run.estimated_seconds
    if remaining is not None:
        timing = QCoreApplication.translate(
            "RunsModel", "{elapsed} so far, about {remaining} left"
        ).format(elapsed=so_far, remaining=format_duration(remaining))
    elif estimate is not None:
        timing = QCoreApplication.translate(
            "RunsModel", "{elapsed} so far, longer than the usual {estimate}"
        ).format(elapsed=so_far, estimate=format_duration(estimate))
    else:
        timing = QCoreApplication.translate("RunsModel", "{elapsed} so far").format(elapsed=so_far)
    line = f"{round(tracked.progress)}% · {timing}"
    if update is not None and update.error:
        line += f" — {shown(update.error)}"
    return line


class RunsModel(RowsTableModel[TrackedRun]):
    """Rows of ``TrackedRun``, newest first; ``upsert`` adds or refreshes one run.

    ``ProgressRole`` gives the percentage (0–100) for the bar; ``RunIdRole`` the run id.
    ``tick()`` refreshes the live times of runs still going.
    """

    TECHNIQUE, WORKSPACE, STATUS, PROGRESS, STARTED = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("RunsModel", "Technique"),
        QT_TRANSLATE_NOOP("RunsModel", "Workspace"),
        QT_TRANSLATE_NOOP("RunsModel", "Status"),
        QT_TRANSLATE_NOOP("RunsModel", "Progress"),
        QT_TRANSLATE_NOOP("RunsModel", "Started"),
    )
    RunIdRole = Qt.ItemDataRole.UserRole + 1
    ProgressRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, clock: Callable[[], float] = time.time, parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        # The furthest each run got: FLORA reports a failed run at 0 %, even from 99 %.
        self._reached: dict[str, float] = {}

    def reached(self, run_id: str) -> float:
        """How far the run got before it ended (or got so far), 0–100."""
        return self._reached.get(run_id, 0.0)

    # --- feeding ---------------------------------------------------------------------

    def set_rows(self, rows: Iterable[TrackedRun]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda t: t.run.started_at, reverse=True)
        for tracked in self._rows:
            self._reached[tracked.run_id] = max(self.reached(tracked.run_id), tracked.progress)
        self.endResetModel()

    def upsert(self, tracked: TrackedRun) -> int:
        """Add a new run at the top or refresh a known one; returns its row."""
        self._reached[tracked.run_id] = max(self.reached(tracked.run_id), tracked.progress)
        row = self.row_of(tracked.run_id)
        if row is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, tracked)
            self.endInsertRows()
            return 0
        self._rows[row] = tracked
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        return row

    def tick(self) -> None:
        """Live elapsed times: repaint the progress cells of runs still going."""
        for row, tracked in enumerate(self._rows):
            if not tracked.done:
                index = self.index(row, self.PROGRESS)
                self.dataChanged.emit(index, index)

    # --- reading ---------------------------------------------------------------------

    def row_of(self, run_id: str) -> int | None:
        for row, tracked in enumerate(self._rows):
            if tracked.run_id == run_id:
                return row
        return None

    def tracked_at(self, row: int) -> TrackedRun | None:
        return self._row_at(row)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        tracked = self.tracked_at(index.row()) if index.isValid() else None
        if tracked is None:
            return None
        column = index.column()
        if role == self.RunIdRole:
            return tracked.run_id
        if role == self.ProgressRole:
            return self.reached(tracked.run_id) if tracked.status == "failed" else tracked.progress
        if role == self.StatusRole:
            return tracked.status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(tracked, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PROGRESS:
                return progress_line(tracked, self._clock())
            if column == self.STATUS and tracked.update is not None and tracked.update.error:
                return shown(tracked.update.error)
            return self.tr("Run {run_id}").format(run_id=tracked.run_id)
        return None

    def _text(self, tracked: TrackedRun, column: int) -> str:
        run = tracked.run
        if column == self.TECHNIQUE:
            return run.technique_name or run.technique_id or self.tr("Technique")
        if column == self.WORKSPACE:
            return run.workspace_name or run.workspace_id
        if column == self.STATUS:
            return status_words(tracked.status)
        if column == self.PROGRESS:
            return progress_line(tracked, self._clock())
        if column == self.STARTED:
            return started_text(tracked, self._clock())
        return ""
