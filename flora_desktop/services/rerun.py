"""What "Open in editor" and "Run again" need from a past run, and how the button says it costs."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from flora_desktop.services.inputs import InputsJsonError, draft_from_rows, rows_from_json
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from flora_desktop.api.models import Technique

__all__ = [
    "NO_INPUTS_NOTE",
    "RerunRequest",
    "draft_for",
    "run_again_label",
    "run_again_tooltip",
]

# Runs seen only in FLORA's list were started elsewhere: the API does not give their inputs.
NO_INPUTS_NOTE = QT_TRANSLATE_NOOP(
    "Rerun",
    "This run was started outside this app, so FLORA did not give back its inputs. "
    "Open the technique and fill them in yourself.",
)


@dataclass(frozen=True)
class RerunRequest:
    """A technique and the inputs to put back into the editor (never the API key).

    ``run_cost`` is what one run of the technique costs, when known, for the button's text;
    ``workspace_id`` is where the earlier run ran (chosen again when the key can run there).
    """

    technique_id: str
    inputs: Mapping[str, Any]
    technique_name: str = ""
    run_cost: float | None = None
    workspace_id: str | None = None

    def __post_init__(self) -> None:
        # A frozen copy: the editor must not change the run the history remembers.
        object.__setattr__(self, "inputs", MappingProxyType(dict(self.inputs)))

    def __repr__(self) -> str:
        # Inputs can be long and personal; the id is enough for logs.
        return f"RerunRequest(technique_id={self.technique_id!r})"


def _cost(usd: float) -> str:
    if 0 < usd < 0.01:
        return f"${usd:.4f}".rstrip("0")
    return f"${usd:,.2f}"


def run_again_label(run_cost: float | None, *, with_inputs: bool = False) -> str:
    """``"Run again — new run, costs $0.12"``: every "run again" is a new, billed run."""
    what = (
        QT_TRANSLATE_NOOP("Rerun", "Run again with these inputs")
        if with_inputs
        else QT_TRANSLATE_NOOP("Rerun", "Run again")
    )
    if run_cost is None:
        return QT_TRANSLATE_NOOP("Rerun", "{what} — new run, billed again").fill(what=what)
    return QT_TRANSLATE_NOOP("Rerun", "{what} — new run, costs {cost}").fill(
        what=what, cost=_cost(run_cost)
    )


def run_again_tooltip(run_cost: float | None) -> str:
    """The longer explanation beside the button."""
    if run_cost is None:
        return QT_TRANSLATE_NOOP(
            "Rerun",
            "Starts a new run with the same technique and inputs. It is a separate run"
            " and is billed again; the earlier run is kept as it is.",
        )
    return QT_TRANSLATE_NOOP(
        "Rerun",
        "Starts a new run with the same technique and inputs. It is a separate run"
        " and costs {cost}; the earlier run is kept as it is.",
    ).fill(cost=_cost(run_cost))


def draft_for(technique: Technique, inputs: Mapping[str, Any]) -> dict[str, Any]:
    """An editor draft holding ``inputs``: schema rows in order, other keys as custom rows."""
    try:
        rows = rows_from_json(json.dumps(dict(inputs), ensure_ascii=False), technique)
    except (InputsJsonError, TypeError, ValueError):
        # Values JSON cannot carry: start from the technique's empty rows.
        rows = rows_from_json("", technique)
    return draft_from_rows(rows, technique.technique_id)
