"""Where the launcher's parts sit: pickers | form | the run just started, at any window size.

From ``WIDE_LAYOUT_MIN_WIDTH`` the result sits beside the form; below it, under the form
with the larger share of the height once a run starts. The technique list takes a fifth of
the width within limits, the editor may shrink (its rows scroll), and the result never
scrolls sideways. In the sandbox a strip says nothing is charged.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.ui.widgets.accessible_parts import name_splitter_handles
from flora_desktop.ui.widgets.result_panel import ResultPanel
from flora_desktop.ui.widgets.steady_scroll import steady_scroll_bars
from flora_desktop.ui.widgets.technique_picker import TechniquePicker
from flora_desktop.ui.widgets.workspace_picker import WorkspacePicker

# Qt's QWIDGETSIZE_MAX, which PySide6 does not export.
_UNLIMITED = (1 << 24) - 1

__all__ = ["LaunchLayout"]

# From this page width the result sits beside the form; below it, under the form.
WIDE_LAYOUT_MIN_WIDTH = 1200
# The technique list: a fifth of the page, between these widths.
PICKERS_WIDTH = 360
PICKERS_MIN_WIDTH = 200
# The inputs editor can shrink to this height (its rows scroll).
EDITOR_MIN_HEIGHT = 150
# The result beside or below the form keeps room for a card's buttons.
RESULT_MIN_WIDTH = 420
# The form keeps room for a label column and a value field of readable width.
FORM_MIN_WIDTH = 540


class LaunchLayout(QObject):
    """Builds ``page``'s layout and keeps it fitted as the page resizes.

    The containers come first, so the page makes each part inside the one it shows in
    (``pickers_box``, ``form_box``, ``result_scroll``): moving a built widget to another
    parent restyles its whole subtree against the app's style sheet, once per move (most
    of the launcher's build time; benchmarks/responsiveness.py, "connect"). ``place()``
    then lays the parts out: ``pickers`` is (workspace picker, technique picker); ``form``
    the parts that share the form's height (the last one stretches: the editor);
    ``form_foot`` what sits under it (banner, Run bar); ``result`` the result panel, shown
    in ``result_scroll`` while it is visible itself.
    """

    def __init__(self, page: QWidget, *, practice: bool) -> None:
        super().__init__(page)
        self._page = page
        self._wide: bool | None = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setObjectName("launcherSplit")
        self.pickers_box = QWidget(self.splitter)
        self.pickers_box.setObjectName("launcherPickers")
        self.pickers_box.setMinimumWidth(PICKERS_MIN_WIDTH)
        self._pickers_layout = QVBoxLayout(self.pickers_box)
        self._workspace_label = QLabel(self.tr("&Workspace"), self.pickers_box)
        self._pickers_layout.addWidget(self._workspace_label)

        self.work_split = QSplitter(Qt.Orientation.Horizontal, self.splitter)
        self.work_split.setObjectName("launcherWorkSplit")
        self.form_box = QWidget(self.work_split)
        self.form_box.setObjectName("launcherWork")
        self.form_box.setMinimumWidth(FORM_MIN_WIDTH)
        self._form_layout = QVBoxLayout(self.form_box)
        self._form = self.form_box
        self.form_box.installEventFilter(self)

        # The run just started: beside the form on a wide window, below it on a narrow one.
        self.result_scroll = QScrollArea(self.work_split)
        self.result_scroll.setObjectName("resultScroll")
        self.result_scroll.setAccessibleName(self.tr("Run result"))
        self.result_scroll.setWidgetResizable(True)
        self.result_scroll.setFrameShape(QFrame.Shape.NoFrame)
        steady_scroll_bars(self.result_scroll)
        self.result_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.work_split.addWidget(self.form_box)
        self.work_split.addWidget(self.result_scroll)
        self.work_split.setChildrenCollapsible(False)
        self.work_split.setStretchFactor(0, 1)
        self.work_split.setStretchFactor(1, 1)

        self.splitter.addWidget(self.pickers_box)
        self.splitter.addWidget(self.work_split)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([PICKERS_WIDTH, 900])
        self.splitter.setChildrenCollapsible(False)
        for split in (self.splitter, self.work_split):
            name_splitter_handles(split, self.tr("Drag to resize the panes"))

        self.practice_strip = QLabel(
            self.tr(
                "Practice mode — nothing is charged. Runs happen in a local sandbox with "
                "sample results."
            ),
            page,
        )
        self.practice_strip.setObjectName("practiceStrip")
        self.practice_strip.setWordWrap(True)
        self.practice_strip.setVisible(practice)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.practice_strip)
        layout.addWidget(self.splitter, 1)
        page.installEventFilter(self)

    def place(
        self,
        *,
        pickers: tuple[WorkspacePicker, TechniquePicker],
        form: Sequence[QWidget],
        form_foot: Sequence[QWidget],
        result: ResultPanel,
    ) -> None:
        """Lay the page's parts out in the containers (best made inside them)."""
        workspace_picker, technique_picker = pickers
        self._workspace_label.setBuddy(workspace_picker)
        self._pickers_layout.addWidget(workspace_picker)
        self._pickers_layout.addSpacing(8)
        self._pickers_layout.addWidget(technique_picker, 1)
        # A narrowed list elides its rows; it never scrolls sideways.
        technique_picker.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        for part in form[:-1]:
            self._form_layout.addWidget(part)
        editor = form[-1]
        self._form_layout.addWidget(editor, 1)
        # On a short window the rows scroll inside the editor, so the run below keeps room.
        editor.setMinimumHeight(EDITOR_MIN_HEIGHT)
        for part in form_foot:
            self._form_layout.addWidget(part)

        self.result_scroll.setWidget(result)
        # Its buttons never clip: the result keeps this width (it never scrolls sideways).
        result.shown_changed.connect(self._on_result_shown)
        # Nothing started yet: the form has the room.
        self._on_result_shown(False)

    @property
    def side_by_side(self) -> bool:
        """The result sits beside the form (a wide window), not below it."""
        return self.work_split.orientation() == Qt.Orientation.Horizontal

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Resize:
            self._fit_to_width(self._page.width())
        elif watched is self._form and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
        ):
            self._fit_form_height()
        return super().eventFilter(watched, event)

    def _fit_form_height(self) -> None:
        """Keep the form tall enough for its parts at its width, wrapped lines included.

        Qt's box layout sums its parts' one-line minimums: given only that (a run below the
        form on a short window), a title that wraps to two lines and the Run bar's wrapped
        cost line overprint the rows. Each part here counts its height for the width.
        """
        form = self._form
        layout = form.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        width = max(1, form.width() - margins.left() - margins.right())
        parts: list[QWidget] = []
        for index in range(layout.count()):
            item = layout.itemAt(index)
            part = item.widget() if item is not None else None
            if part is not None and not part.isHidden():
                parts.append(part)
        needed = margins.top() + margins.bottom() + layout.spacing() * max(0, len(parts) - 1)
        for part in parts:
            height = part.minimumHeight() or part.minimumSizeHint().height()
            if part.hasHeightForWidth():
                height = max(height, part.heightForWidth(width))
            needed += height
        # Never more than a share of the page (the rest is the run below, or the margins):
        # a banner of many refused fields must not make the window taller than the screen.
        share = 3 / 5 if not self.side_by_side else 4 / 5
        needed = min(needed, int(self._page.height() * share))
        needed = max(needed, layout.minimumSize().height())
        if form.minimumHeight() != needed:
            form.setMinimumHeight(needed)

    def _fit_to_width(self, width: int) -> None:
        wide = width >= WIDE_LAYOUT_MIN_WIDTH
        if wide == self._wide:
            return
        self._wide = wide
        # The technique list takes a fifth of the window, within limits.
        pickers = max(PICKERS_MIN_WIDTH, min(PICKERS_WIDTH, width // 5))
        self.splitter.setSizes([pickers, max(1, width - pickers)])
        self.work_split.setOrientation(
            Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        )
        self._share_work()

    def _share_work(self) -> None:
        """Split the room between the form and the result (shown or not)."""
        if self.side_by_side:
            work = max(1, self._page.width() - self.splitter.sizes()[0])
            form = max(FORM_MIN_WIDTH, work // 2)
            self.work_split.setSizes([form, max(1, work - form)])
        else:
            # Below the form, the run just started gets the larger share of the height.
            height = max(1, self.work_split.height())
            self.work_split.setSizes([height * 2 // 5, height * 3 // 5])

    @property
    def result_shown(self) -> bool:
        """The run just started has room beside (or below) the form."""
        return self.result_scroll.maximumWidth() > 0

    def _on_result_shown(self, shown_now: bool) -> None:
        # Folded to nothing rather than hidden: a scroll area that is hidden and shown again
        # changes its accessible children, and an assistive client asking for a child index
        # it remembered crashed Qt (PLATFORM.md; tests/reliability/test_assistive.py).
        area = self.result_scroll
        if shown_now:
            area.setMinimumWidth(RESULT_MIN_WIDTH)
            area.setMaximumSize(_UNLIMITED, _UNLIMITED)
            self._share_work()
        else:
            area.setMinimumWidth(0)
            area.setMaximumSize(0, 0)
