"""What a technique and a workspace are (CONTRACT §4.1, §4.2, §5.1), as immutable records."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

IO_TYPES = ("imageUrl", "videoUrl", "audioUrl", "text", "documentUrl")


@dataclass(frozen=True)
class TechniqueIO:
    """One input or output of a technique (CONTRACT §4.1)."""

    id: str
    name: str
    type: str
    optional: bool = False
    description: str = ""
    accepts_element: bool = False
    allow_multiple: bool = False
    specified_aspect_ratio: str | None = None
    specified_duration: float | None = None

    def to_json(self, *, is_input: bool) -> dict[str, object]:
        """The wire form; unset optional keys are left out as the contract advises."""
        data: dict[str, object] = {"id": self.id, "name": self.name, "type": self.type}
        if is_input:
            data["optional"] = self.optional
        if self.description:
            data["description"] = self.description
        if self.accepts_element:
            data["accepts_element"] = True
        if self.allow_multiple:
            data["allow_multiple"] = True
        if self.specified_aspect_ratio is not None:
            data["specified_aspect_ratio"] = self.specified_aspect_ratio
        if self.specified_duration is not None:
            data["specified_duration"] = self.specified_duration
        return data


@dataclass(frozen=True)
class Technique:
    """A technique (CONTRACT §4.2); ``workspace_ids`` None means every workspace has it."""

    technique_id: str
    slug: str
    name: str
    description: str
    run_cost: float
    inputs: tuple[TechniqueIO, ...]
    outputs: tuple[TechniqueIO, ...]
    workspace_ids: frozenset[str] | None = None

    @property
    def haystack(self) -> str:
        """Lower-case text a ``query`` is matched against."""
        return f"{self.name} {self.slug} {self.description}".lower()

    def input_by_id(self, input_id: str) -> TechniqueIO | None:
        """The input named ``input_id``, if the technique has one."""
        for spec in self.inputs:
            if spec.id == input_id:
                return spec
        return None

    def in_workspace(self, workspace_id: str) -> bool:
        """Whether the technique is available in ``workspace_id``."""
        return self.workspace_ids is None or workspace_id in self.workspace_ids

    def to_json(self) -> dict[str, object]:
        """The wire form; ``slug`` is the documented extra field."""
        return {
            "technique_id": self.technique_id,
            "slug": self.slug,
            "name": self.name,
            "description": self.description,
            "run_cost": self.run_cost,
            "inputs": [i.to_json(is_input=True) for i in self.inputs],
            "outputs": [o.to_json(is_input=False) for o in self.outputs],
        }


@dataclass(frozen=True)
class Workspace:
    """A workspace the demo key can see, with the caller's role in it."""

    workspace_id: str
    name: str
    role: str
    created_at: int
    project_id: str

    @property
    def can_run(self) -> bool:
        """Viewers may look but not start runs or upload."""
        return self.role != "viewer"

    def to_json(self) -> dict[str, object]:
        """The wire form (CONTRACT §5.1)."""
        return {
            "workspace_id": self.workspace_id,
            "name": self.name,
            "role": self.role,
            "created_at": self.created_at,
        }


def stable_hex(text: str, length: int = 10) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:length]


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("'", "")).strip("-")


def io_input(
    id_: str,
    name: str,
    type_: str,
    description: str = "",
    *,
    optional: bool = False,
    element: bool = False,
    multiple: bool = False,
    aspect: str | None = None,
    duration: float | None = None,
) -> TechniqueIO:
    """Shorthand for an input in the catalog tables."""
    return TechniqueIO(
        id=id_,
        name=name,
        type=type_,
        optional=optional,
        description=description,
        accepts_element=element,
        allow_multiple=multiple,
        specified_aspect_ratio=aspect,
        specified_duration=duration,
    )


def io_output(
    id_: str, name: str, type_: str, *, aspect: str | None = None, duration: float | None = None
) -> TechniqueIO:
    """Shorthand for an output in the catalog tables."""
    return TechniqueIO(
        id=id_, name=name, type=type_, specified_aspect_ratio=aspect, specified_duration=duration
    )
