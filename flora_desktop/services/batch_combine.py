"""Rows from several batched inputs: row by row (the default) or every combination.

Decisions a reader may look for:

- Each batched input holds a list (files dropped on it, or variations typed one per line).
  Inputs not batched take the form's values (``defaults``).
- Row by row pairs the first values, then the second ones…; it needs lists of one length
  (otherwise a value would be dropped without a word), and says so plainly.
- Every combination is the product of the lists, in the order the inputs were batched (the
  first list varies slowest). Its count is known before any row is built, so a choice that
  makes more than ``MAX_ROWS`` rows is refused before it costs memory.
- A row is named by its values' names joined with ", " (a file by its file name).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from typing import Any

from flora_desktop.services.batch_sources import MAX_ROWS, too_many_rows, value_name
from flora_desktop.services.batch_store import BatchSource
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase

__all__ = [
    "CombineProblem",
    "clean_values",
    "combination_count",
    "combine",
    "row_by_row_problem",
]


class CombineProblem(ValueError):
    """The lists cannot be combined that way; ``args[0]`` is a ``Phrase``."""


def combination_count(lists: Mapping[str, Sequence[str]]) -> int:
    """How many rows every combination makes (0 with no lists)."""
    return math.prod(len(values) for values in lists.values()) if lists else 0


def row_by_row_problem(
    lists: Mapping[str, Sequence[str]], names: Mapping[str, str]
) -> Phrase | None:
    """Why the lists cannot be paired row by row (lengths differ), or None."""
    lengths = {len(values) for values in lists.values()}
    if len(lengths) <= 1:
        return None
    counts = ", ".join(f"{names.get(key, key)}: {len(values)}" for key, values in lists.items())
    return QT_TRANSLATE_NOOP(
        "BatchSources",
        "Row by row needs lists of the same length ({counts}). Choose every combination, or "
        "change a list.",
    ).fill(counts=counts)


def combine(
    lists: Mapping[str, Sequence[str]],
    *,
    every: bool,
    defaults: Mapping[str, Any] | None = None,
    names: Mapping[str, str] | None = None,
) -> list[BatchSource]:
    """The rows: one per position (row by row) or one per combination. Raises
    ``CombineProblem`` for lists of unequal length row by row, or too many rows."""
    base = {k: v for k, v in (defaults or {}).items() if k not in lists}
    keys = list(lists)
    if every:
        count = combination_count(lists)
        if count > MAX_ROWS:
            raise CombineProblem(too_many_rows(count))
        tuples: Sequence[tuple[str, ...]] | itertools.product[tuple[str, ...]] = (
            itertools.product(*(lists[k] for k in keys)) if keys else ()
        )
    else:
        problem = row_by_row_problem(lists, names or {})
        if problem is not None:
            raise CombineProblem(problem)
        tuples = list(zip(*(lists[k] for k in keys), strict=True))
        if len(tuples) > MAX_ROWS:
            raise CombineProblem(too_many_rows(len(tuples)))
    # Named once per value, not per row: a name may look at the disk (is it a file?).
    named = {value: value_name(value) for key in keys for value in lists[key]}
    return [
        BatchSource(
            {**base, **dict(zip(keys, values, strict=True))},
            ", ".join(named[value] for value in values),
        )
        for values in tuples
    ]


def clean_values(lines: Sequence[str]) -> list[str]:
    """Values from lines typed one per line: trimmed, blank lines left out."""
    return [line.strip() for line in lines if line.strip()]
