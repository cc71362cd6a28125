"""The sandbox's sense of time: the real clock by default, moved by hand when tests ask.

Runs, asset readiness and idempotency keys all read ``SandboxClock.now``, so a test (or a
demo) can make a run finish at once with ``POST /_sandbox/clock {"advance": 5}`` instead of
waiting five real seconds. ``{"mode": "manual"}`` stops time where it is, so nothing moves
until the next ``advance``; ``{"mode": "real"}`` lets it run again from where it stands.
Time never goes backwards, and ``POST /_sandbox/reset`` puts the real clock back.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import Literal

from flora_desktop.sandbox.errors import FieldProblem, validation_error

__all__ = ["ClockMode", "SandboxClock", "parse_clock_change"]

ClockMode = Literal["real", "manual"]
CLOCK_MODES: tuple[ClockMode, ...] = ("real", "manual")
# A year: far past any TTL the sandbox keeps (24 h), small enough to stay a sane timestamp.
MAX_ADVANCE_SECONDS = 366 * 24 * 3600.0


class SandboxClock:
    """Epoch seconds: the real time plus what ``advance`` added, or stopped in manual mode."""

    def __init__(self, source: Callable[[], float] = time.time) -> None:
        self._source = source
        self._lock = threading.Lock()  # read by the server's loop, set by its handlers
        self._offset = 0.0
        self._stopped_at: float | None = None

    @property
    def mode(self) -> ClockMode:
        return "real" if self._stopped_at is None else "manual"

    @property
    def offset(self) -> float:
        """Seconds this clock is ahead of the real one (behind, after a manual pause)."""
        return self.now() - self._source()

    def now(self) -> float:
        """The sandbox's current time in epoch seconds."""
        with self._lock:
            if self._stopped_at is not None:
                return self._stopped_at
            return self._source() + self._offset

    def set_mode(self, mode: ClockMode) -> None:
        """Stop time where it is (``manual``) or let it run on from there (``real``)."""
        with self._lock:
            real = self._source()
            if mode == "manual" and self._stopped_at is None:
                self._stopped_at = real + self._offset
            elif mode == "real" and self._stopped_at is not None:
                self._offset = self._stopped_at - real  # on from there: no jump either way
                self._stopped_at = None

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds`` (never back)."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            if self._stopped_at is not None:
                self._stopped_at += seconds
            else:
                self._offset += seconds

    def to_json(self) -> dict[str, object]:
        """What ``/_sandbox/clock`` shows."""
        return {"mode": self.mode, "now": self.now(), "offset": self.offset}


def parse_clock_change(body: object) -> tuple[ClockMode | None, float]:
    """``(mode or None, seconds to advance)`` from the control body, or a 400 naming the fault."""
    if not isinstance(body, dict):
        raise validation_error([FieldProblem("body", "Expected a JSON object.")])
    problems: list[FieldProblem] = []
    for name in body:
        if name not in ("mode", "advance"):
            problems.append(FieldProblem(name, "Expected mode or advance."))
    mode = body.get("mode")
    if mode is not None and mode not in CLOCK_MODES:
        problems.append(FieldProblem("mode", "Expected real or manual."))
    advance = body.get("advance", 0)
    if (
        isinstance(advance, bool)
        or not isinstance(advance, int | float)
        or not math.isfinite(advance)
        or not 0 <= advance <= MAX_ADVANCE_SECONDS
    ):
        problems.append(
            FieldProblem("advance", f"Expected seconds from 0 to {MAX_ADVANCE_SECONDS:.0f}.")
        )
        advance = 0
    if problems:
        raise validation_error(problems)
    return mode, float(advance)
