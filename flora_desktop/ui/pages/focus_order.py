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
            keyed = sorted(((self._reading_key(w), w) for w in stops), key=lambda kw: kw[0])
            found += [w for w in _lines_left_to_right(keyed) if w not in found]
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
        if inner is widget:
            # Outside any scroll area a control reads by its middle, unrounded; controls
            # whose middles are close are one line (``_lines_left_to_right``). Buttons of one
            # bar share a middle whatever their heights: by top, "Run as a batch…" (shorter
            # than Run) fell on the next line and Tab went to Run first, though it is right.
            middle = inner.mapTo(self._page, QPoint(0, inner.height() // 2))
            return [(middle.y(), middle.x())]
        # The scroll area's own place, unrounded like the controls beside it.
        top = inner.mapTo(self._page, QPoint(0, 0))
        key.insert(0, (top.y(), top.x()))
        return key


def _line_and_x(point: QPoint) -> tuple[int, int]:
    return (point.y() // _SAME_LINE_PX, point.x())


def _lines_left_to_right(keyed: list[tuple[list[tuple[int, int]], QWidget]]) -> list[QWidget]:
    """Sorted stops, with controls outside scroll areas whose middles lie within
    ``_SAME_LINE_PX`` of a line's first one read left to right as one line."""
    ordered: list[QWidget] = []
    line: list[tuple[int, QWidget]] = []
    line_y: int | None = None

    def close_line() -> None:
        ordered.extend(w for _x, w in sorted(line, key=lambda xw: xw[0]))
        line.clear()

    for key, widget in keyed:
        if len(key) == 1:  # outside any scroll area: (middle y, x)
            y, x = key[0]
            if line_y is None or y - line_y >= _SAME_LINE_PX:
                close_line()
                line_y = y
            line.append((x, widget))
            continue
        close_line()
        line_y = None
        ordered.append(widget)
    close_line()
    return ordered
