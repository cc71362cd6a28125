"""Tab order across a page's regions, in reading order, rebuilt from what is on screen.

Qt's focus chain follows creation order and every ``setTabOrder`` a part makes for itself;
rows rebuilt by the editor and tools added to its toolbar left a ring that never reached
the pickers. A page lists its regions in the order a user reads them; inside a region
controls go top to bottom, left to right. Only what can take focus by Tab, and is visible
and enabled, is in the order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QScrollArea, QWidget

__all__ = ["FocusOrder"]

# Controls whose tops differ by less than this sit on one line (read left to right).
_SAME_LINE_PX = 6


def _takes_tab(widget: QWidget) -> bool:
    if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
        return False
    if not widget.isVisible() or not widget.isEnabled() or widget.focusProxy() is not None:
        return False
    # A scroll area only scrolls; the controls inside it are the stops.
    if isinstance(widget, QScrollArea):
        return False
    # The parts of a compound control (a combo's or spin box's line edit) are reached
    # through their owner.
    return not isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)


class FocusOrder:
    """The Tab stops of ``regions()`` (each a widget whose focusable descendants count)."""

    def __init__(self, page: QWidget, regions: Callable[[], Sequence[QWidget]]) -> None:
        self._page = page
        self._regions = regions

    def stops(self) -> list[QWidget]:
        found: list[QWidget] = []
        for region in self._regions():
            if not region.isVisible():
                continue
            inside = [region, *region.findChildren(QWidget)]
            stops = [w for w in inside if _takes_tab(w)]
            stops.sort(key=self._reading_key)
            found += [w for w in stops if w not in found]
        return found

    def next_stop(self, current: QWidget | None, forward: bool) -> QWidget | None:
        """Where Tab (or Shift+Tab) goes from ``current``; ``None`` if not on this page."""
        stops = self.stops()
        if not stops:
            return None
        index = self._index_of(current, stops)
        if index is None:
            return None
        step = 1 if forward else -1
        return stops[(index + step) % len(stops)]

    def _index_of(self, current: QWidget | None, stops: list[QWidget]) -> int | None:
        widget = current
        while widget is not None and widget is not self._page:
            if widget in stops:
                return stops.index(widget)
            widget = widget.parentWidget()
        return None

    def _reading_key(self, widget: QWidget) -> list[tuple[int, int]]:
        """Where ``widget`` reads, outermost first: its place in each scroll area's content.

        Scrolled content moves on screen (Tab into a low field scrolls the form), so a
        field's page position is compared only through its scroll area's place; inside the
        area its unscrolled place counts. Otherwise the order changed as the form scrolled.
        """
        key: list[tuple[int, int]] = []
        inner = widget
        ancestor = widget.parentWidget()
        while ancestor is not None and ancestor is not self._page:
            content = ancestor.widget() if isinstance(ancestor, QScrollArea) else None
            if isinstance(ancestor, QScrollArea) and content is not None:
                if content is not inner and content.isAncestorOf(inner):
                    key.insert(0, _line_and_x(inner.mapTo(content, QPoint(0, 0))))
                elif content is inner:
                    key.insert(0, (0, 0))
                inner = ancestor
            ancestor = ancestor.parentWidget()
        key.insert(0, _line_and_x(inner.mapTo(self._page, QPoint(0, 0))))
        return key


def _line_and_x(point: QPoint) -> tuple[int, int]:
    return (point.y() // _SAME_LINE_PX, point.x())
