"""``allow_multiple``: several values for one input, each producing one run (CONTRACT §4.1).

The wire shape is undocumented (§12 Q7); the sandbox's choice [INF]: a list value on an
``allow_multiple`` input (top-level map, or the same id repeated on the nested route). A list
of one value is one run with that list, as before. Lists of two or more fan out: run ``i``
takes item ``i`` of every such list (equal lengths, else 400), so two batched inputs combine
row by row. The answer is the first run's usual body plus ``runs``: every run's body, in
order. The start is all or nothing: the available balance must cover every run (else 402).
"""

from __future__ import annotations

from flora_desktop.sandbox.errors import FieldProblem, validation_error
from flora_desktop.sandbox.techniques import Technique

__all__ = ["fan_out"]


def fan_out(technique: Technique, inputs: dict[str, object]) -> list[dict[str, object]]:
    """One input map per run ``inputs`` asks for; raises a 400 when list lengths differ."""
    lists = {
        key: value
        for key, value in inputs.items()
        if isinstance(value, list)
        and len(value) > 1
        and (spec := technique.input_by_id(key)) is not None
        and spec.allow_multiple
    }
    if not lists:
        return [inputs]
    lengths = {len(value) for value in lists.values()}
    if len(lengths) > 1:
        raise validation_error(
            [
                FieldProblem(f"inputs.{key}", "Inputs with several values need the same count.")
                for key in sorted(lists)
            ]
        )
    count = lengths.pop()
    return [
        {key: (lists[key][index] if key in lists else value) for key, value in inputs.items()}
        for index in range(count)
    ]
