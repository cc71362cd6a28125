"""Spoken announcements for screen readers (Qt 6.8+ ``QAccessibleAnnouncementEvent``).

A run starting, started, finished or failed changes what the user is waiting for, but no
focus moves: without an announcement a screen-reader user hears nothing. ``Announcer``
sends the event and remembers what it said, so tests (and the F1 sheet) can read it back.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

__all__ = ["Announcer"]

log = logging.getLogger(__name__)

_KEEP = 20  # announcements remembered for reading back


class Announcer:
    """Announces on behalf of one widget; ``said`` lists the latest announcements."""

    def __init__(self, source: QObject) -> None:
        self._source = source
        self.said: list[str] = []

    def say(self, message: str, *, urgent: bool = False) -> None:
        """Announce ``message`` (interrupting what is being read only when ``urgent``)."""
        if not message:
            return
        self.said = [*self.said[-(_KEEP - 1) :], message]
        event = QAccessibleAnnouncementEvent(self._source, message)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if urgent
            else QAccessible.AnnouncementPoliteness.Polite
        )
        # Without an active assistive technology Qt drops the event cheaply.
        QAccessible.updateAccessibility(event)
