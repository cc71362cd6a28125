"""The technique catalog: seeded techniques padded with generated ones, searchable by text."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from flora_desktop.sandbox.seeds import hand_written_techniques
from flora_desktop.sandbox.techniques import (
    Technique,
    TechniqueIO,
    Workspace,
    io_input,
    io_output,
    slugify,
    stable_hex,
)

_ADJECTIVES = (
    "Velvet",
    "Neon",
    "Analog",
    "Golden Hour",
    "Brutalist",
    "Pastel",
    "Cinematic",
    "Retro",
    "Minimal",
    "Moody",
    "Electric",
    "Paper",
    "Chrome",
    "Botanical",
    "Noir",
    "Sunlit",
)
_SUBJECTS = (
    "Poster",
    "Portrait",
    "Product",
    "Storyboard",
    "Logo",
    "Lookbook",
    "Podcast",
    "Album Cover",
    "Billboard",
    "Packshot",
    "Fashion",
    "Interior",
    "Food",
    "Travel",
    "Typography",
    "Sticker",
)
_VERBS = (
    "Remix",
    "Studio",
    "Generator",
    "Enhancer",
    "Animator",
    "Composer",
    "Mockup",
    "Grade",
    "Cutdown",
    "Explorer",
    "Variations",
    "Restyler",
)
# (inputs, outputs) shapes the generated techniques are drawn from.
_SHAPES: tuple[tuple[tuple[TechniqueIO, ...], tuple[TechniqueIO, ...]], ...] = (
    (
        (io_input("image", "Image", "imageUrl", element=True),),
        (io_output("image", "Image", "imageUrl"),),
    ),
    (
        (io_input("prompt", "Prompt", "text"),),
        (io_output("image", "Image", "imageUrl", aspect="1:1"),),
    ),
    (
        (io_input("image", "Image", "imageUrl"), io_input("notes", "Notes", "text", optional=True)),
        (io_output("video", "Video", "videoUrl", duration=5),),
    ),
    ((io_input("script", "Script", "text"),), (io_output("audio", "Audio", "audioUrl"),)),
    (
        (io_input("document", "Document", "documentUrl"),),
        (io_output("summary", "Summary", "text"),),
    ),
    ((io_input("clip", "Clip", "videoUrl"),), (io_output("clip", "Clip", "videoUrl"),)),
    (
        (io_input("images", "Images", "imageUrl", multiple=True),),
        (io_output("sheet", "Contact sheet", "documentUrl"),),
    ),
)


def _generated(count: int, seed: int, start: int) -> list[Technique]:
    rng = random.Random(seed)
    techniques = []
    for n in range(start, start + count):
        name = f"{rng.choice(_ADJECTIVES)} {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {n:05d}"
        slug = slugify(name)
        inputs, outputs = _SHAPES[rng.randrange(len(_SHAPES))]
        techniques.append(
            Technique(
                technique_id=f"tech_{stable_hex(f'{seed}:{n}', 12)}",
                slug=slug,
                name=name,
                description=f"A generated technique for catalog testing ({name.lower()}).",
                run_cost=round(rng.uniform(0.02, 1.5), 2),
                inputs=inputs,
                outputs=outputs,
            )
        )
    return techniques


class Catalog:
    """An immutable set of techniques, addressable by id or slug, searchable by text."""

    def __init__(self, techniques: Iterable[Technique]) -> None:
        self.techniques: tuple[Technique, ...] = tuple(techniques)
        self._by_key: dict[str, Technique] = {}
        for technique in self.techniques:
            self._by_key[technique.technique_id] = technique
            self._by_key[technique.slug] = technique
        self._haystacks = tuple(t.haystack for t in self.techniques)

    def find(self, id_or_slug: str) -> Technique | None:
        """The technique with that id or slug."""
        return self._by_key.get(id_or_slug)

    def search(self, query: str | None, workspace_id: str | None) -> list[Technique]:
        """Techniques matching every word of ``query`` and available in ``workspace_id``."""
        terms = query.lower().split() if query else []
        found = []
        for technique, haystack in zip(self.techniques, self._haystacks, strict=True):
            if workspace_id is not None and not technique.in_workspace(workspace_id):
                continue
            if all(term in haystack for term in terms):
                found.append(technique)
        return found


def build_catalog(workspaces: Sequence[Workspace], size: int, seed: int) -> Catalog:
    """The hand-written techniques, padded with generated ones up to ``size`` in total."""
    techniques = hand_written_techniques(workspaces)
    if size > len(techniques):
        techniques += _generated(size - len(techniques), seed, len(techniques))
    return Catalog(techniques)
