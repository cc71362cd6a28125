"""Row widgets kept in pages of a few dozen; pages far from the screen are not laid out.

Showing or adding a widget inside a visible layout lays out every ancestor layout at once.
With 1,000 rows in one layout that is a pass over all rows per added row; in pages of
``PAGE_ROWS`` it is a pass over one page and over the pages. Pages are plain, unstyled
widgets: the rows look and behave exactly as they would in one column.

A page lives in a slot. A page far from the screen is "parked": hidden, its slot a
fixed-height placeholder of the page's measured height, so the window lays out a handful of
pages whatever the table's length (the layout after each page shown used to grow with the
number of pages shown: 4 ms at 1 page, 22 ms at 40). Parked pages come back when scrolled
near, when Tab walks into them and when a row in them is revealed (``reveal``). Rows not
built yet have a placeholder too (``set_pending``), at the height the last page measured,
so the scroll bar's range stays steady while a long table builds.

A long table is built into "staged" pages: hidden while they fill (each row styled as it
is added), measured once full (at the start of the next turn: ``show_full``) and shown
only if near the screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

PAGE_ROWS = 25
# Pages within this many viewport heights of the screen are shown; pages beyond PARK_AT
# viewports are parked again (the gap between the two keeps a page from flickering).
SHOW_WITHIN = 1.0
PARK_AT = 3.0
_UNBOUNDED = 16_777_215  # QWIDGETSIZE_MAX


class RowPages(QObject):
    """Places row widgets, in order, in pages inside ``layout`` (the rows box's layout).

    The caller keeps the order of its rows; it says where a row goes by naming the rows
    before and after it. With ``scroll`` (the area showing the rows box), pages far from
    its viewport are parked.
    """

    def __init__(
        self,
        box: QWidget,
        layout: QVBoxLayout,
        page_rows: int = PAGE_ROWS,
        scroll: QScrollArea | None = None,
    ) -> None:
        super().__init__(box)
        self._box = box
        self._layout = layout
        self._page_rows = page_rows
        self._pages: list[QWidget] = []
        self._staged: set[QWidget] = set()
        self._parked: dict[QWidget, int] = {}  # page -> its measured height
        self._row_height = 0  # rows not built yet are estimated at this height each
        self._pending = 0
        self._tail = QWidget(box)
        self._tail.setObjectName("inputsRowsPending")
        self._tail.setFixedHeight(0)
        self._layout.addWidget(self._tail)
        self._scroll = scroll
        self._width = 0  # the rows box's width the parked pages were measured at
        # Scrolling asks for a look on the next turn: one look per turn, however many
        # steps the scroll bar took in it, and the scroll itself returns at once.
        self._look = QTimer(self)
        self._look.setSingleShot(True)
        self._look.setInterval(0)
        self._look.timeout.connect(self.update_visible)
        if scroll is not None:
            scroll.verticalScrollBar().valueChanged.connect(self._look_soon)
            scroll.viewport().installEventFilter(self)
            box.installEventFilter(self)

    def _look_soon(self) -> None:
        self._look.start()  # not start(value): the value would be the delay

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.Resize, QEvent.Type.Show):
            return False
        if watched is self._box:
            width = self._box.width()
            if width != self._width and self._parked:
                self.remeasure()  # wrapped text: a parked page's height follows the width
            self._width = width
        self._look.start()
        return False

    def parent_for(self, before: QWidget | None, *, staged: bool = False) -> QWidget:
        """The page a new row placed just before ``before`` (None: at the end) belongs in;
        ``staged``: at the end, in a hidden page shown once full (or by ``show_staged``)."""
        if before is not None:
            page = before.parentWidget()
            if page is not None:
                return page
        last = self._pages[-1] if self._pages else None
        room = last is not None and _layout_of(last).count() < self._page_rows
        if last is not None and room and (last in self._staged or not staged):
            return last
        return self._new_page(staged=staged)

    def insert(self, widget: QWidget, before: QWidget | None) -> None:
        """Show ``widget`` (made with ``parent_for(before)`` as parent) before ``before``."""
        page = widget.parentWidget()
        assert page is not None
        layout = _layout_of(page)
        index = layout.indexOf(before) if before is not None else -1
        layout.insertWidget(index, widget)
        widget.show()
        if page.isHidden():
            # Style it now, a row at a time, rather than all at once when the page shows.
            widget.ensurePolished()
        if page in self._parked:
            self._park(page)  # measured again, with the new row
        elif page in self._staged:
            # Room for its rows, as for the rows not built yet: the range stays steady.
            slot = page.parentWidget()
            assert slot is not None
            slot.setFixedHeight(self._count(page) * self._row_height)

    def show_full(self) -> bool:
        """Measure the staged pages that are full (showing those near the screen); whether
        there were any.

        Measuring a page asks each of its rows its size (and showing it lays out and paints
        them): the builder does it at the start of a turn of its own, not on top of a
        turn's worth of new rows.
        """
        full = [p for p in self._pages if p in self._staged and self._count(p) >= self._page_rows]
        for page in full:
            self._settle(page)
        if full:
            self.update_visible()
        return bool(full)

    def has_staged(self) -> bool:
        """Whether a staged page is still hidden."""
        return bool(self._staged)

    def show_staged(self) -> None:
        """Settle the staged page still filling, if any."""
        for page in [p for p in self._pages if p in self._staged]:
            self._settle(page)
        self.update_visible()

    def set_pending(self, rows: int) -> None:
        """How many rows are still to be built: room is kept for them below the pages."""
        self._pending = max(rows, 0)
        self._tail.setFixedHeight(self._pending * self._row_height)

    def reveal(self, widget: QWidget) -> None:
        """Show the page holding ``widget`` (a row, or anything in a row), now."""
        for page in self._pages:
            if page is widget or page.isAncestorOf(widget):
                if page in self._staged:
                    self._settle(page)
                self._unpark(page)
                return

    def next_parked(self, widget: QWidget, forward: bool) -> QWidget | None:
        """Of the widgets Tab (``forward``) or Shift+Tab would reach from ``widget`` in the
        focus chain, the first that sits in a parked (or staged) page, if it comes before
        any widget that could take the focus now."""
        step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
        current = step(widget)
        for _ in range(10_000):
            if current is None or current is widget:
                return None
            wants_tab = bool(current.focusPolicy().value & 0x1) and current.isEnabled()
            if wants_tab and current.isVisible():
                return None
            if wants_tab and self._box.isAncestorOf(current):
                page = self._page_of(current)
                if page is not None and (page in self._parked or page in self._staged):
                    return current
            current = step(current)
        return None

    def update_visible(self) -> None:
        """Show a page near the viewport (the nearest first: one a turn, each is a layout
        and a paint of its own); park the ones far from it."""
        scroll = self._scroll
        if scroll is None or not scroll.viewport().isVisible() or not self._pages:
            return
        viewport = scroll.viewport()
        top = -self._box.mapTo(viewport, QPoint(0, 0)).y()
        height = max(viewport.height(), 1)
        near = (top - SHOW_WITHIN * height, top + height * (1 + SHOW_WITHIN))
        far = (top - PARK_AT * height, top + height * (1 + PARK_AT))
        middle = top + height / 2
        focus = QApplication.focusWidget()
        wanted: list[tuple[float, QWidget]] = []
        y = 0
        for page in self._pages:
            slot = page.parentWidget()
            assert slot is not None
            page_height = self._parked.get(page, slot.height())
            start, end = y, y + page_height
            y = end
            if page in self._staged:
                continue
            if page in self._parked:
                if end >= near[0] and start <= near[1]:
                    distance = (
                        0.0
                        if start <= middle <= end
                        else min(abs(start - middle), abs(end - middle))
                    )
                    wanted.append((distance, page))
            elif (end < far[0] or start > far[1]) and (
                focus is None or not page.isAncestorOf(focus)
            ):
                self._park(page, measure=False)
        if wanted:
            self._unpark(min(wanted, key=lambda item: item[0])[1])
            if len(wanted) > 1:
                self._look.start()

    def remove(self, widget: QWidget) -> None:
        """Take ``widget`` out of its page (the caller deletes it); drop an emptied page."""
        page = widget.parentWidget()
        if page is None or page not in self._pages:
            return
        layout = _layout_of(page)
        layout.removeWidget(widget)
        if layout.count() == 0:
            self._drop_page(page)
        elif page in self._parked:
            self._park(page)

    def place(self, widget: QWidget, previous: QWidget | None, following: QWidget | None) -> None:
        """Move a shown row between ``previous`` and ``following`` (its new neighbours).

        It stays in its own page when a neighbour is there; otherwise it moves to the
        neighbour's page, keeping the focus if it had it.
        """
        own = widget.parentWidget()
        assert own is not None
        if previous is not None and previous.parentWidget() is own:
            self._put(own, widget, previous, after=True)
        elif following is not None and following.parentWidget() is own:
            self._put(own, widget, following, after=False)
        else:
            anchor, after = (previous, True) if previous is not None else (following, False)
            target = anchor.parentWidget() if anchor is not None else None
            if target is None:
                target = self.parent_for(None)
            focus = QApplication.focusWidget()
            had_focus = focus is not None and (focus is widget or widget.isAncestorOf(focus))
            _layout_of(own).removeWidget(widget)
            widget.setParent(target)
            self._put(target, widget, anchor, after=after)
            widget.show()
            if target in self._parked:
                self._park(target)
            if had_focus and focus is not None:
                self._unpark(target)
                focus.setFocus()
            if _layout_of(own).count() == 0:
                self._drop_page(own)
            elif own in self._parked:
                self._park(own)

    def clear(self) -> None:
        """Drop every page (the caller has retired the rows)."""
        for page in list(self._pages):
            self._drop_page(page)
        self._pages = []
        self.set_pending(0)

    def _put(self, page: QWidget, widget: QWidget, anchor: QWidget | None, *, after: bool) -> None:
        layout = _layout_of(page)
        layout.removeWidget(widget)
        if anchor is None:
            layout.addWidget(widget)
            return
        index = layout.indexOf(anchor)
        layout.insertWidget(index + 1 if after else index, widget)

    def _count(self, page: QWidget) -> int:
        return _layout_of(page).count()

    def _page_of(self, widget: QWidget) -> QWidget | None:
        current: QWidget | None = widget
        while current is not None:
            parent = current.parentWidget()
            if parent is not None and parent.parentWidget() is self._box:
                return current if current in self._pages else None
            current = parent
        return None

    def remeasure(self) -> None:
        """Measure the parked pages again (their rows changed size: a new width, a switch)."""
        for page in list(self._parked):
            self._park(page)

    def _new_page(self, *, staged: bool = False) -> QWidget:
        slot = QWidget(self._box)
        slot.setObjectName("inputsRowsSlot")
        slot_layout = QVBoxLayout(slot)
        slot_layout.setContentsMargins(0, 0, 0, 0)
        slot_layout.setSpacing(0)
        page = QWidget(slot)
        page.setObjectName("inputsRowsPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        slot_layout.addWidget(page)
        self._layout.insertWidget(self._layout.indexOf(self._tail), slot)
        self._pages.append(page)
        if staged:
            page.hide()
            self._staged.add(page)
            slot.setFixedHeight(0)
        slot.show()  # a child made after its parent was shown stays hidden until asked
        return page

    def _settle(self, page: QWidget) -> None:
        """A staged page is full (or the last): measure it and park it (shown if near)."""
        self._staged.discard(page)
        self._park(page)
        height = self._parked[page]
        if self._scroll is None or not self._scroll.viewport().isVisible():
            self._unpark(page)  # nothing to measure against: shown, as in one column
        rows = self._count(page)
        if rows and height:
            self._row_height = max(height // rows, 1)
            self.set_pending(self._pending)

    def _park(self, page: QWidget, *, measure: bool = True) -> None:
        """Hide ``page``; its slot keeps the page's height (measured now, or as laid out:
        not ``measure``, for a shown page)."""
        slot = page.parentWidget()
        assert slot is not None
        layout = _layout_of(page)
        width = max(self._box.width(), slot.width(), 1)
        if not measure and page.isVisible() and slot.height() > 0:
            height = slot.height()
        elif layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = layout.totalSizeHint().height()
        self._parked[page] = height
        page.hide()
        slot.setFixedHeight(height)

    def _unpark(self, page: QWidget) -> None:
        if page not in self._parked:
            if page.isHidden() and page not in self._staged:
                page.show()
            return
        del self._parked[page]
        slot = page.parentWidget()
        assert slot is not None
        slot.setMinimumHeight(0)
        slot.setMaximumHeight(_UNBOUNDED)
        page.show()

    def _drop_page(self, page: QWidget) -> None:
        slot = page.parentWidget()
        if page in self._pages:
            self._pages.remove(page)
        self._staged.discard(page)
        self._parked.pop(page, None)
        if slot is not None:
            self._layout.removeWidget(slot)
            slot.hide()
            slot.deleteLater()


def _layout_of(page: QWidget) -> QVBoxLayout:
    layout = page.layout()
    assert isinstance(layout, QVBoxLayout)
    return layout
