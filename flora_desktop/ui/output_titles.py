"""What each output card is called: the technique's own name for the output, not "Image 1".

A technique lists its outputs (CONTRACT §4.1: ``id``, ``name`` — its display name, the only
label the schema has). A run's ``output_id`` is not guaranteed to equal one of those ids
(§4.4), so an output is matched by id first, else by its place among the outputs of its
type. Unmatched, or named only by its raw id, it is called by its kind ("Video"). A title
carries a number only when several outputs share it ("Frame 1", "Frame 2").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from flora_desktop.api.models import RunOutput, TechniqueIO

__all__ = ["output_names", "output_titles"]


def output_names(outputs: Sequence[RunOutput], schema: Sequence[TechniqueIO]) -> list[str | None]:
    """Each output's display name from the technique's outputs, or None when it has none."""
    by_id = {io.id: io for io in schema}
    matched: list[TechniqueIO | None] = [by_id.get(o.output_id) for o in outputs]
    taken = {id(io) for io in matched if io is not None}
    free: dict[str, list[TechniqueIO]] = {}
    for io in schema:
        if id(io) not in taken:
            free.setdefault(io.type, []).append(io)
    for position, output in enumerate(outputs):
        if matched[position] is None and free.get(output.type):
            matched[position] = free[output.type].pop(0)
    names: list[str | None] = []
    for spec in matched:
        name = spec.name.strip() if spec is not None else ""
        # A name the model filled in from the id is a raw key, not words for a person.
        names.append(name if spec is not None and name and name != spec.id else None)
    return names


def output_titles(
    outputs: Sequence[RunOutput],
    schema: Sequence[TechniqueIO],
    kind_word: Callable[[str], str],
) -> list[str]:
    """Card titles: the output's name (else ``kind_word(type)``), numbered only if shared."""
    bases = [
        name if name is not None else kind_word(output.type)
        for output, name in zip(outputs, output_names(outputs, schema), strict=True)
    ]
    shared = Counter(bases)
    seen: Counter[str] = Counter()
    titles: list[str] = []
    for base in bases:
        if shared[base] == 1:
            titles.append(base)
            continue
        seen[base] += 1
        titles.append(
            QCoreApplication.translate("OutputCard", "{kind} {number}").format(
                kind=base, number=seen[base]
            )
        )
    return titles
