"""The Runs panel's table: technique, workspace, status, progress and start time of each run."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from flora_desktop.services.run_tracker import TrackedRun

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
    "pending": "Waiting to start",
    "running": "Running",
    "completed": "Completed",
    "failed": "Failed",
    "unknown": "Checking…",
}


def status_words(status: str) -> str:
    """FLORA's status in plain words; an unknown new status is shown as FLORA says it."""
    return _STATUS_WORDS.get(status, status.replace("_", " ").capitalize())


def format_duration(seconds: float) -> str:
    """``7`` -> ``"7 s"``, ``150`` -> ``"2 min 30 s"``."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours} h {minutes} min"
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def format_clock(epoch: float, now: float | None = None) -> str:
    """A start time: ``"14:05"`` today, ``"3 Mar 14:05"`` otherwise (local time)."""
    moment = datetime.fromtimestamp(epoch)
    today = datetime.fromtimestamp(now if now is not None else time.time()).date()
    if moment.date() == today:
        return moment.strftime("%H:%M:%S")
    return f"{moment.day} {moment.strftime('%b %Y %H:%M')}"


def started_text(tracked: TrackedRun, now: float) -> str:
    return format_clock(tracked.run.started_at, now)


def progress_line(tracked: TrackedRun, now: float) -> str:
    """``"45% · 12 s so far, about 28 s left"``; done runs say how long they took."""
    update = tracked.update
    elapsed = tracked.elapsed(now)
    if tracked.done:
        if update is not None and update.stopped:
            return update.error or "Stopped checking this run."
        return f"took {format_duration(elapsed)}"
    parts = [f"{round(tracked.progress)}%", f"{format_duration(elapsed)} so far"]
    remaining = tracked.remaining(now)
    estimate = tracked.run.estimated_seconds
    if remaining is not None:
        parts[-1] += f", about {format_duration(remaining)} left"
    elif estimate is not None:
        parts[-1] += f", longer than the usual {format_duration(estimate)}"
    line = " · ".join(parts)
    if update is not None and update.error:
        line += f" — {update.error}"
    return line


class RunsModel(QAbstractTableModel):
    """Rows of ``TrackedRun``, newest first; ``upsert`` adds or refreshes one run.

    ``ProgressRole`` gives the percentage (0–100) for the bar; ``RunIdRole`` the run id.
    ``tick()`` refreshes the live times of runs still going.
    """

    TECHNIQUE, WORKSPACE, STATUS, PROGRESS, STARTED = range(5)
    HEADERS = ("Technique", "Workspace", "Status", "Progress", "Started")
    RunIdRole = Qt.ItemDataRole.UserRole + 1
    ProgressRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, clock: Callable[[], float] = time.time, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TrackedRun] = []
        self._clock = clock

    # --- feeding ---------------------------------------------------------------------

    def set_rows(self, rows: Iterable[TrackedRun]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda t: t.run.started_at, reverse=True)
        self.endResetModel()

    def upsert(self, tracked: TrackedRun) -> int:
        """Add a new run at the top or refresh a known one; returns its row."""
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
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        tracked = self.tracked_at(index.row()) if index.isValid() else None
        if tracked is None:
            return None
        column = index.column()
        if role == self.RunIdRole:
            return tracked.run_id
        if role == self.ProgressRole:
            return tracked.progress
        if role == self.StatusRole:
            return tracked.status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(tracked, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PROGRESS:
                return progress_line(tracked, self._clock())
            if column == self.STATUS and tracked.update is not None and tracked.update.error:
                return tracked.update.error
            return f"Run {tracked.run_id}"
        return None

    def _text(self, tracked: TrackedRun, column: int) -> str:
        run = tracked.run
        if column == self.TECHNIQUE:
            return run.technique_name or run.technique_id or "Technique"
        if column == self.WORKSPACE:
            return run.workspace_name or run.workspace_id
        if column == self.STATUS:
            return status_words(tracked.status)
        if column == self.PROGRESS:
            return progress_line(tracked, self._clock())
        if column == self.STARTED:
            return started_text(tracked, self._clock())
        return ""
