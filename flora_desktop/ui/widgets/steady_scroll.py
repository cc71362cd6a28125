"""Scroll areas whose scroll bars never come and go (assistive clients rely on it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

__all__ = ["steady_scroll_bars"]


def steady_scroll_bars(area: QScrollArea) -> None:
    """Vertical bar always on, horizontal always off.

    A bar that appears and disappears as the content's height changes changes the area's
    accessible children; an assistive client asking for a child index it remembered then
    crashed Qt (QAccessibleCache::idForObject, PLATFORM.md; tests/reliability/
    test_assistive.py walks every scroll area while the launcher changes).
    """
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
