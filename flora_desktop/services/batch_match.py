"""Which run FLORA made for a batch row whose answer was lost: one, or none when unsure.

FLORA's run list shows neither a run's idempotency key nor its inputs (CONTRACT §5.7), so
a run is the row's only when it is the *one* run of the technique in the workspace that:

- was created while one of the row's requests was on its way (``MatchWindow``: from its
  first send, less the clock skew, to its last send plus the time an answer can take);
- nothing on this computer owns (another row, another batch, a press of the main window);
- and no other press still waiting for its answer (another window, the headless command)
  sent at that moment: that press could own it.

Anything else (two such runs, a rival press) is not guessed: ``None``, and the row stays
unsure until a later look-up can tell, or its key's lifetime ends (``services.batch``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flora_desktop.api.models import TechniqueRun

__all__ = [
    "ANSWER_ALLOWANCE_SECONDS",
    "CLOCK_SKEW_SECONDS",
    "MatchWindow",
    "as_seconds",
    "the_rows_run",
]

# How far FLORA's clock and ours may disagree.
CLOCK_SKEW_SECONDS = 120.0
# A row's run is created while one of its requests is on its way: at most this long after
# the request was written down (the client's own timeouts and retries).
ANSWER_ALLOWANCE_SECONDS = 180.0


@dataclass(frozen=True)
class MatchWindow:
    """When the row's run can have been created, in epoch seconds by our clock."""

    earliest: float
    latest: float

    @classmethod
    def around(cls, first_sent: float, last_sent: float) -> MatchWindow:
        return cls(
            first_sent - CLOCK_SKEW_SECONDS,
            max(first_sent, last_sent) + CLOCK_SKEW_SECONDS + ANSWER_ALLOWANCE_SECONDS,
        )

    def holds(self, created_at: float | None) -> bool:
        """Whether a run created at ``created_at`` (FLORA's stamp) may be the row's; a run
        without a stamp may be."""
        if created_at is None:
            return True
        return self.earliest <= as_seconds(created_at) <= self.latest


def the_rows_run(
    runs: Iterable[TechniqueRun], window: MatchWindow, owned: Collection[str], rivals: int
) -> TechniqueRun | None:
    """The one run that can be the row's, or ``None`` when none or more than one can.

    ``owned``: run ids something on this computer holds; ``rivals``: other presses still
    waiting for their answer that were sent within ``window``.
    """
    if rivals:
        return None
    found = [run for run in runs if run.run_id not in owned and window.holds(run.created_at)]
    return found[0] if len({run.run_id for run in found}) == 1 else None


def as_seconds(timestamp: float) -> float:
    """Run timestamps are probably epoch ms; small values are seconds (CONTRACT §12 Q3)."""
    return timestamp / 1000.0 if timestamp >= 1e11 else timestamp
