"""A probe timer on the UI thread: the gaps between its ticks are how long the UI was stuck."""

from __future__ import annotations

import time
from collections import defaultdict

from PySide6.QtCore import QObject, Qt, QTimer

from benchmarks.measure import median, percentile

PROBE_INTERVAL_MS = 5


class StallProbe(QObject):
    """Ticks every ``interval_ms``; records each gap (ms) under the phase that was current.

    A gap is the whole time between two ticks, interval included, so a UI thread that is
    never busy shows gaps of about ``interval_ms``; anything longer is a stall.
    """

    def __init__(self, interval_ms: int = PROBE_INTERVAL_MS) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last: float | None = None
        self._last_cpu = 0.0
        self.phase = "idle"
        self.gaps: defaultdict[str, list[float]] = defaultdict(list)
        # The UI thread's own CPU time in each gap: what a stall costs without the time
        # the machine gave to other processes (a shared machine stretches wall gaps).
        self.cpu_gaps: defaultdict[str, list[float]] = defaultdict(list)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._last = None

    def set_phase(self, phase: str) -> None:
        """Gaps from now on count for ``phase`` (the gap in progress too)."""
        self.phase = phase

    async def next_phase(self, phase: str) -> None:
        """``set_phase`` once the current phase holds a gap (a bounded wait of ~2 s): a phase
        shorter than one probe interval (two small images decoded, ``--quick``) would
        otherwise have no figures at all."""
        import asyncio

        for _ in range(400):
            if self.gaps.get(self.phase):
                break
            await asyncio.sleep(self._timer.interval() / 1000.0)
        self.set_phase(phase)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if self._last is not None:
            self.gaps[self.phase].append((now - self._last) * 1000.0)
            self.cpu_gaps[self.phase].append((cpu - self._last_cpu) * 1000.0)
        self._last, self._last_cpu = now, cpu

    def summary(self, phases: list[str] | None = None) -> tuple[float, float, float, int]:
        """p50, p99 and max gap (ms) and the tick count over ``phases`` (default: all)."""
        chosen = phases if phases is not None else list(self.gaps)
        values = [gap for phase in chosen for gap in self.gaps.get(phase, [])]
        return median(values), percentile(values, 99), max(values, default=0.0), len(values)

    def longest_cpu(self, phases: list[str]) -> float:
        """The most UI-thread CPU time (ms) spent between two ticks in ``phases``."""
        return max((gap for phase in phases for gap in self.cpu_gaps.get(phase, [])), default=0.0)
