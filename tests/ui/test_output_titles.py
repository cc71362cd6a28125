"""Output cards are titled with the technique's names for its outputs (CONTRACT §4.1)."""

from __future__ import annotations

import pytest

from flora_desktop.api.models import RunOutput, TechniqueIO
from flora_desktop.ui.output_titles import output_titles

KIND = {"imageUrl": "Image", "videoUrl": "Video", "text": "Text", "documentUrl": "Document"}


def out(output_id: str, io_type: str) -> RunOutput:
    return RunOutput(output_id, io_type, "https://media.flora.ai/x")


def titles(outputs: list[RunOutput], schema: list[TechniqueIO]) -> list[str]:
    return output_titles(outputs, schema, lambda t: KIND[t])


HERO = TechniqueIO("hero", "Hero visual", "imageUrl")
DECK = TechniqueIO("deck", "Styled deck", "documentUrl")
CLIP = TechniqueIO("clip", "Clip", "videoUrl")


@pytest.mark.parametrize(
    ("outputs", "schema", "expected"),
    [
        # Matched by id.
        (
            [out("deck", "documentUrl"), out("hero", "imageUrl")],
            [HERO, DECK],
            ["Styled deck", "Hero visual"],
        ),
        # FLORA's ids are not the technique's (output_1…): matched by place among their type.
        (
            [out("output_1", "imageUrl"), out("output_2", "documentUrl")],
            [HERO, DECK],
            ["Hero visual", "Styled deck"],
        ),
        # One output, no schema: its kind alone, no "1".
        ([out("output_1", "videoUrl")], [], ["Video"]),
        # Several of one kind without names: numbered.
        ([out("a", "imageUrl"), out("b", "imageUrl")], [], ["Image 1", "Image 2"]),
        # Two outputs the technique names alike: numbered; a third of another kind is not.
        (
            [out("o1", "imageUrl"), out("o2", "imageUrl"), out("o3", "videoUrl")],
            [TechniqueIO("f1", "Frame", "imageUrl"), TechniqueIO("f2", "Frame", "imageUrl"), CLIP],
            ["Frame 1", "Frame 2", "Clip"],
        ),
        # More outputs than the schema lists: the extra one is called by its kind.
        ([out("output_1", "videoUrl"), out("output_2", "videoUrl")], [CLIP], ["Clip", "Video"]),
        # A name that is only the id (the schema gave none) is a raw key: the kind instead.
        (
            [out("output_1", "imageUrl")],
            [TechniqueIO("output_image", "output_image", "imageUrl")],
            ["Image"],
        ),
    ],
)
def test_titles(outputs: list[RunOutput], schema: list[TechniqueIO], expected: list[str]) -> None:
    assert titles(outputs, schema) == expected
