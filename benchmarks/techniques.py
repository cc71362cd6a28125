"""Techniques built locally for the scale benchmarks, shaped like the sandbox's generated ones."""

from __future__ import annotations

import random

from flora_desktop.api.models import Technique, TechniqueIO

_ADJECTIVES = ("Bright", "Soft", "Vivid", "Quiet", "Bold", "Muted", "Golden", "Noir", "Pastel")
_SUBJECTS = ("Portrait", "Product", "Landscape", "Poster", "Logo", "Packshot", "Storyboard")
_VERBS = ("Upscaler", "Relighter", "Animator", "Composer", "Mockup", "Grade", "Variations")
_SHAPES = (
    ((TechniqueIO("image", "Image", "imageUrl"),), (TechniqueIO("image", "Image", "imageUrl"),)),
    ((TechniqueIO("prompt", "Prompt", "text"),), (TechniqueIO("image", "Image", "imageUrl"),)),
    ((TechniqueIO("image", "Image", "imageUrl"),), (TechniqueIO("video", "Video", "videoUrl"),)),
    ((TechniqueIO("script", "Script", "text"),), (TechniqueIO("audio", "Audio", "audioUrl"),)),
)


def make_techniques(count: int, seed: int = 1) -> list[Technique]:
    rng = random.Random(seed)
    techniques = []
    for n in range(count):
        name = f"{rng.choice(_ADJECTIVES)} {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {n:05d}"
        inputs, outputs = _SHAPES[rng.randrange(len(_SHAPES))]
        techniques.append(
            Technique(
                technique_id=f"tech_{n:012x}",
                name=name,
                run_cost=round(rng.uniform(0.02, 1.5), 2),
                inputs=inputs,
                outputs=outputs,
                description=f"A generated technique for benchmarks ({name.lower()}).",
                slug=name.lower().replace(" ", "-"),
            )
        )
    return techniques
