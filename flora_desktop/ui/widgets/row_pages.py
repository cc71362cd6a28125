"""Row widgets kept in pages of a few dozen inside one box, so a change lays out one page.

Showing or adding a widget inside a visible layout lays out every ancestor layout at once.
With 1,000 rows in one layout that is a pass over all rows per added row; in pages of
``PAGE_ROWS`` it is a pass over one page and over the pages. Pages are plain, unstyled
widgets: the rows look and behave exactly as they would in one column.

A long table is built into "staged" pages: hidden while they fill (each row styled as it
is added), shown once full (at the start of the next turn: ``show_full``), so the window
lays out and paints once per page, not per row.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

PAGE_ROWS = 25


class RowPages:
    """Places row widgets, in order, in pages inside ``layout`` (the rows box's layout).

    The caller keeps the order of its rows; it says where a row goes by naming the rows
    before and after it.
    """

    def __init__(self, box: QWidget, layout: QVBoxLayout, page_rows: int = PAGE_ROWS) -> None:
        self._box = box
        self._layout = layout
        self._page_rows = page_rows
        self._pages: list[QWidget] = []

    def parent_for(self, before: QWidget | None, *, staged: bool = False) -> QWidget:
        """The page a new row placed just before ``before`` (None: at the end) belongs in;
        ``staged``: at the end, in a hidden page shown once full (or by ``show_staged``)."""
        if before is not None:
            page = before.parentWidget()
            if page is not None:
                return page
        last = self._pages[-1] if self._pages else None
        room = last is not None and _layout_of(last).count() < self._page_rows
        if last is not None and room and (last.isHidden() or not staged):
            return last
        return self._new_page(hidden=staged)

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

    def show_full(self) -> bool:
        """Show the staged pages that are full; whether there were any.

        Showing a page lays out and paints its rows (~20 ms for 25): the builder does it
        at the start of a turn of its own, not on top of a turn's worth of new rows.
        """
        shown = False
        for page in self._pages:
            if page.isHidden() and _layout_of(page).count() >= self._page_rows:
                page.show()
                shown = True
        return shown

    def has_staged(self) -> bool:
        """Whether a staged page is still hidden."""
        return any(page.isHidden() for page in self._pages)

    def show_staged(self) -> None:
        """Show the staged page still filling, if any."""
        for page in self._pages:
            if page.isHidden():
                page.show()

    def remove(self, widget: QWidget) -> None:
        """Take ``widget`` out of its page (the caller deletes it); drop an emptied page."""
        page = widget.parentWidget()
        if page is None or page not in self._pages:
            return
        layout = _layout_of(page)
        layout.removeWidget(widget)
        if layout.count() == 0:
            self._drop_page(page)

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
            if had_focus and focus is not None:
                focus.setFocus()
            if _layout_of(own).count() == 0:
                self._drop_page(own)

    def clear(self) -> None:
        """Drop every page (the caller has retired the rows)."""
        for page in self._pages:
            self._layout.removeWidget(page)
            page.hide()
            page.deleteLater()
        self._pages = []

    def _put(self, page: QWidget, widget: QWidget, anchor: QWidget | None, *, after: bool) -> None:
        layout = _layout_of(page)
        layout.removeWidget(widget)
        if anchor is None:
            layout.addWidget(widget)
            return
        index = layout.indexOf(anchor)
        layout.insertWidget(index + 1 if after else index, widget)

    def _new_page(self, *, hidden: bool = False) -> QWidget:
        page = QWidget(self._box)
        page.setObjectName("inputsRowsPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._layout.addWidget(page)
        self._pages.append(page)
        page.setVisible(not hidden)
        return page

    def _drop_page(self, page: QWidget) -> None:
        self._layout.removeWidget(page)
        self._pages.remove(page)
        page.hide()
        page.deleteLater()


def _layout_of(page: QWidget) -> QVBoxLayout:
    layout = page.layout()
    assert isinstance(layout, QVBoxLayout)
    return layout
