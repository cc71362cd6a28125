"""Plain-words notices from the local stores ("kept your old presets as …"), each said once.

Stores call ``tell()`` from any thread (the history and presets read on worker threads);
the window ``listen()``s once it can show them. Notices told before that wait in order.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase

__all__ = ["StoreNotices", "kept_notice", "unreadable_notice"]

Listener = Callable[[Phrase], None]


class StoreNotices:
    """A queue of notices for the user; the same sentence is said once per session."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._said: set[str] = set()
        self._waiting: list[Phrase] = []
        self._listener: Listener | None = None

    def tell(self, notice: Phrase) -> None:
        """Say ``notice`` (now, or when someone listens); a repeat is dropped."""
        with self._lock:
            if str(notice) in self._said:
                return
            self._said.add(str(notice))
            listener = self._listener
            if listener is None:
                self._waiting.append(notice)
                return
        listener(notice)

    def listen(self, listener: Listener | None) -> None:
        """Send every notice to ``listener`` from now on, starting with those waiting.

        ``listener`` may be called on any thread (the UI bridges with a queued signal).
        """
        with self._lock:
            self._listener = listener
            waiting, self._waiting = self._waiting, []
        if listener is not None:
            for notice in waiting:
                listener(notice)

    def said(self) -> list[str]:
        """Everything told so far (for tests and the log)."""
        with self._lock:
            return sorted(self._said)


def kept_notice(what: Phrase, kept: Path) -> Phrase:
    """ "<what> could not be read; it was kept as <file> and <what> starts empty."""
    return QT_TRANSLATE_NOOP(
        "Storage",
        "{what} could not be read (the file is damaged or from another version). It was kept "
        "as “{file}” in {folder}; FLORA Desktop goes on without it.",
    ).fill(what=what, file=kept.name, folder=str(kept.parent))


def unreadable_notice(what: Phrase, path: Path) -> Phrase:
    """When the damaged file could not even be moved: it is left alone, and not written over."""
    return QT_TRANSLATE_NOOP(
        "Storage",
        "{what} could not be read, and the file “{file}” could not be moved aside. It is left "
        "as it is and will not be written over; changes last until you quit.",
    ).fill(what=what, file=path.name)
