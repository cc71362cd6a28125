"""The run just started, live to its end, beside the form: progress, then outputs or why not."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from flora_desktop.services.run_tracker import TrackedRun
from flora_desktop.ui.announce import Announcer
from flora_desktop.ui.models.runs_model import status_words
from flora_desktop.ui.widgets.failure_box import FailureBox
from flora_desktop.ui.widgets.output_view import OutputsView, OutputTools
from flora_desktop.ui.widgets.run_actions import RunActions
from flora_desktop.ui.widgets.run_progress import RunProgress

__all__ = ["LiveResult"]

TICK_MS = 1000


class LiveResult(QFrame):
    """One followed run (``liveResult``): ``progress``, ``failure``, ``outputs``, ``actions``.

    ``follow(run_id)`` picks the run; ``show_run(tracked)`` (every tracker change) updates
    it and ignores other runs. It says aloud when the run finishes or fails.
    Signals: ``status_changed(str)`` with FLORA's status; ``run_again_requested(object)``
    and ``open_in_editor_requested(object)`` with a ``RerunRequest``.
    """

    status_changed = Signal(str)
    run_again_requested = Signal(object)
    open_in_editor_requested = Signal(object)

    def __init__(
        self,
        tools: OutputTools,
        *,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("liveResult")
        self._clock = clock
        self._run_id: str | None = None
        self._status = ""
        self._reached = 0.0
        self._last: TrackedRun | None = None
        self.announcer = Announcer(self)

        self.progress = RunProgress(clock, self)
        self.failure = FailureBox(self)
        self.actions_row = RunActions(
            self, open_name="liveOpenInEditor", again_name="liveRunAgain", with_inputs=False
        )
        self.actions_row.open_in_editor_requested.connect(self.open_in_editor_requested)
        self.actions_row.run_again_requested.connect(self.run_again_requested)
        self.outputs = OutputsView(tools, self)
        self.outputs.setObjectName("liveOutputs")
        self.outputs.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.failure)
        # What to do next sits above the outputs, in view without scrolling.
        layout.addWidget(self.actions_row)
        layout.addWidget(self.outputs)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.hide()

    @property
    def run_id(self) -> str | None:
        return self._run_id

    @property
    def status(self) -> str:
        return self._status

    def follow(self, run_id: str) -> None:
        """Show ``run_id`` from now on (its first change arrives through ``show_run``)."""
        if run_id == self._run_id:
            return
        self._run_id = run_id
        self._status = ""
        self._reached = 0.0
        self._last = None
        self.failure.hide()
        self.outputs.clear()
        self.outputs.hide()
        self.actions_row.hide()
        self.progress.bar.setRange(0, 0)
        self.progress.text.setText(self.tr("Waiting for FLORA…"))
        self.show()

    def stop(self) -> None:
        """Follow nothing (the result was cleared); players stop."""
        self._run_id = None
        self._last = None
        self._timer.stop()
        self.outputs.clear()
        self.hide()

    def show_run(self, tracked: TrackedRun) -> None:
        if tracked.run_id != self._run_id:
            return
        self._last = tracked
        self._reached = max(self._reached, tracked.progress)
        self.progress.show_run(tracked, reached=self._reached)
        update = tracked.update
        advice = update.failure if update is not None else None
        if tracked.status == "failed" and advice is not None:
            self.failure.show_advice(advice)
        else:
            self.failure.hide()
        self.actions_row.show_for(tracked, advice)
        self.actions_row.setVisible(tracked.done)
        run = tracked.run
        if update is not None and update.run is not None and update.run.status == "completed":
            name = run.technique_name or run.technique_id
            self.outputs.set_outputs(
                run.run_id, name, update.run.outputs, technique_id=run.technique_id
            )
            self.outputs.show()
        if tracked.done:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()
        if tracked.status != self._status:
            self._status = tracked.status
            self._announce(tracked)
            self.status_changed.emit(tracked.status)

    async def aclose(self) -> None:
        self._timer.stop()
        await self.outputs.aclose()

    def _announce(self, tracked: TrackedRun) -> None:
        if tracked.status == "completed":
            outputs = tracked.update.run.outputs if tracked.update and tracked.update.run else ()
            self.announcer.say(self.tr("Run finished: {count} outputs.").format(count=len(outputs)))
        elif tracked.status == "failed":
            advice = tracked.update.failure if tracked.update is not None else None
            self.announcer.say(
                self.tr("Run failed: {why}").format(why=self.failure.title.text())
                if advice is not None
                else self.tr("Run failed."),
                urgent=True,
            )
        elif tracked.status == "running":
            self.announcer.say(status_words(tracked.status))

    def _tick(self) -> None:
        if self._last is not None and not self._last.done:
            self.progress.show_run(self._last, reached=self._reached)
