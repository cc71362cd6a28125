"""Typed request parameters callers build (the response side is in ``models``)."""

from __future__ import annotations

from typing import TypedDict

__all__ = ["RunInput"]


class RunInput(TypedDict):
    """One entry of the nested run route's ``inputs`` (CONTRACT §5.5)."""

    id: str
    type: str
    value: str
