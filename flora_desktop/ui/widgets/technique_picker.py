"""The technique chooser: a search field over a lazily paged list drawn by a delegate."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.api.models import Technique
from flora_desktop.ui.messages import format_cost
from flora_desktop.ui.models.techniques_model import TechniquesModel, cost_text
from flora_desktop.ui.translate import shown

__all__ = ["TechniqueDelegate", "TechniquePicker", "paint_io_icon"]

_Index = QModelIndex | QPersistentModelIndex


def paint_io_icon(painter: QPainter, rect: QRectF, io_type: str, color: QColor) -> None:
    """Draw a small line icon for one IO type (no image files, so it scales with the DPI)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, max(1.0, rect.width() / 12))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    r = rect.adjusted(1, 1, -1, -1)
    w, h = r.width(), r.height()
    if io_type == "imageUrl":
        painter.drawRoundedRect(r, w / 8, w / 8)
        mountain = QPainterPath(QPointF(r.left(), r.bottom() - h * 0.15))
        mountain.lineTo(r.left() + w * 0.4, r.top() + h * 0.45)
        mountain.lineTo(r.left() + w * 0.65, r.top() + h * 0.7)
        mountain.lineTo(r.left() + w * 0.8, r.top() + h * 0.55)
        mountain.lineTo(r.right(), r.bottom() - h * 0.2)
        painter.drawPath(mountain)
        painter.drawEllipse(QPointF(r.left() + w * 0.72, r.top() + h * 0.28), w / 10, w / 10)
    elif io_type == "videoUrl":
        painter.drawRoundedRect(r, w / 8, w / 8)
        play = QPainterPath(QPointF(r.left() + w * 0.38, r.top() + h * 0.28))
        play.lineTo(r.left() + w * 0.72, r.center().y())
        play.lineTo(r.left() + w * 0.38, r.bottom() - h * 0.28)
        play.closeSubpath()
        painter.setBrush(color)
        painter.drawPath(play)
    elif io_type == "audioUrl":
        mid = r.center().y()
        for i, frac in enumerate((0.3, 0.7, 1.0, 0.55, 0.25)):
            x = r.left() + w * (0.1 + i * 0.2)
            half = h * frac / 2
            painter.drawLine(QPointF(x, mid - half), QPointF(x, mid + half))
    elif io_type == "documentUrl":
        page = QPainterPath(QPointF(r.left() + w * 0.15, r.top()))
        page.lineTo(r.left() + w * 0.62, r.top())
        page.lineTo(r.right() - w * 0.1, r.top() + h * 0.3)
        page.lineTo(r.right() - w * 0.1, r.bottom())
        page.lineTo(r.left() + w * 0.15, r.bottom())
        page.closeSubpath()
        painter.drawPath(page)
        for frac in (0.5, 0.68, 0.86):
            y = r.top() + h * frac
            painter.drawLine(QPointF(r.left() + w * 0.3, y), QPointF(r.right() - w * 0.25, y))
    else:  # text, and any type this app does not know yet
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(6, round(h * 0.9)))
        painter.setFont(font)
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, "T" if io_type == "text" else "?")
    painter.restore()


# "per run" is shown only where a name this long still fits beside it.
NAME_ROOM_CHARS = 30


class TechniqueDelegate(QStyledItemDelegate):
    """Two lines per technique: name and cost; then a one-line description and IO icons."""

    PADDING = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Fonts and metrics are built once per font, not per row painted; elided texts once
        # per technique and width (a keystroke repaints every visible row).
        self._font_key = ""
        self._fonts: tuple[QFont, QFont, QFontMetrics, QFontMetrics] | None = None
        self._elided: dict[tuple[str, int, int], str] = {}
        # Per list width, whether "per run" fits; each IO icon drawn once per size and
        # colour (a row painted ~0.3 ms → a few drawPixmap calls; the list's first paint
        # comes in connect's busiest turns, benchmarks/responsiveness.py).
        self._per_run: dict[tuple[int, str], bool] = {}
        self._icons: dict[tuple[str, int, int, float], QPixmap] = {}

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        key = font.key()
        if self._fonts is None or key != self._font_key:
            plain = QFont(font)
            bold = QFont(font)
            bold.setBold(True)
            self._fonts = (plain, bold, QFontMetrics(plain), QFontMetrics(bold))
            self._font_key = key
            self._elided.clear()
            self._per_run.clear()
        return self._fonts

    def _elide(self, metrics: QFontMetrics, text: str, width: int, which: int) -> str:
        key = (text, width, which)
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) > 4096:
                self._elided.clear()  # bounded: a long session sees many widths and names
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided[key] = elided
        return elided

    def first_line(self, technique: Technique, font: QFont, width: int) -> tuple[str, str]:
        """The (name, cost) the first line shows in ``width`` px: the name comes first.

        Every row of one list shows its price one way: "$0.80 per run" where the list has
        room for it beside a long name, else "$0.80" on every row (a narrow window), never
        a mix. The list's tooltip and screen-reader text always say "per run".
        """
        _, _, metrics, bold_metrics = self._fonts_for(font)
        if self._per_run_fits(font, width):
            cost = cost_text(technique)
        else:
            cost = shown(format_cost(technique.run_cost))
        room = width - metrics.horizontalAdvance(cost) - self.PADDING
        name = self._elide(bold_metrics, technique.name, room, 1)
        return name, cost

    def _per_run_fits(self, font: QFont, width: int) -> bool:
        """Whether this width leaves room for a long name beside "$00.00 per run"."""
        _, _, metrics, bold_metrics = self._fonts_for(font)
        template = QCoreApplication.translate("TechniquesModel", "{cost} per run")
        fits = self._per_run.get((width, template))
        if fits is None:
            widest = template.format(cost=shown(format_cost(88.88)))
            room = width - metrics.horizontalAdvance(widest) - self.PADDING
            fits = room >= bold_metrics.averageCharWidth() * NAME_ROOM_CHARS
            self._per_run[(width, template)] = fits
        return fits

    def _paint_icon(
        self, painter: QPainter, x: float, y: float, side: int, io_type: str, color: QColor
    ) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        key = (io_type, side, color.rgba(), ratio)
        pixmap = self._icons.get(key)
        if pixmap is None:
            if len(self._icons) > 256:
                self._icons.clear()  # bounded: sizes and colours change with fonts and themes
            pixmap = QPixmap(round(side * ratio), round(side * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            icon_painter = QPainter(pixmap)
            paint_io_icon(icon_painter, QRectF(0, 0, side, side), io_type, color)
            icon_painter.end()
            self._icons[key] = pixmap
        painter.drawPixmap(QPointF(x, y), pixmap)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: ARG002  (Qt's signature; every row has the same height)
        metrics = QFontMetrics(option.font)
        height = metrics.height() * 2 + metrics.leading() + self.PADDING * 3
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        muted = QColor(text_color)
        if not selected:
            muted = palette.placeholderText().color()

        rect: QRect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        font, bold, metrics, _ = self._fonts_for(opt.font)
        line_h = metrics.height()

        # One call into the model for everything the row shows.
        technique = index.data(TechniquesModel.TechniqueRole)
        if not isinstance(technique, Technique):
            painter.restore()
            return
        elided, cost = self.first_line(technique, opt.font, rect.width())
        description = technique.description or ""
        inputs = list(dict.fromkeys(i.type for i in technique.inputs))
        outputs = list(dict.fromkeys(o.type for o in technique.outputs))

        cost_w = metrics.horizontalAdvance(cost) + self.PADDING
        painter.setPen(muted)
        painter.setFont(font)
        top = QRect(rect.left(), rect.top(), rect.width(), line_h)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, cost)
        painter.setPen(text_color)
        painter.setFont(bold)
        # visualRect mirrors each part for right-to-left languages (the cost goes left).
        name_rect = QStyle.visualRect(
            opt.direction, rect, QRect(rect.left(), rect.top(), rect.width() - cost_w, line_h)
        )
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )

        # Second line: IO icons on the right ("in → out"), description elided before them.
        icon = max(10, line_h - 2)
        gap = max(2, icon // 4)
        arrow_w = metrics.horizontalAdvance("→") + 2 * gap
        icons_w = (len(inputs) + len(outputs)) * (icon + gap) + arrow_w
        second_top = rect.top() + line_h + self.PADDING
        x = QStyle.visualRect(
            opt.direction, rect, QRect(rect.right() - icons_w, second_top, icons_w, line_h)
        ).left()
        y = second_top + (line_h - icon) / 2
        for io_type in inputs:
            self._paint_icon(painter, x, y, icon, io_type, muted)
            x += icon + gap
        painter.setPen(muted)
        painter.setFont(font)
        painter.drawText(
            QRect(int(x), second_top, arrow_w, line_h), Qt.AlignmentFlag.AlignCenter, "→"
        )
        x += arrow_w
        for io_type in outputs:
            self._paint_icon(painter, x, y, icon, io_type, muted)
            x += icon + gap
        desc_rect = QStyle.visualRect(
            opt.direction,
            rect,
            QRect(rect.left(), second_top, rect.width() - icons_w - gap * 2, line_h),
        )
        painter.setPen(muted)
        painter.drawText(
            desc_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._elide(metrics, description, desc_rect.width(), 0),
        )
        painter.restore()


class TechniquePicker(QWidget):
    """Search field ``techniqueSearch`` over the list ``techniquePicker``.

    Keyboard: typing filters; Down moves into the list; Enter chooses (the highlighted row,
    or the first); Escape clears the search. Signals: ``technique_chosen(object)`` with the
    ``Technique``, ``search_changed(str)`` on every edit.
    """

    technique_chosen = Signal(object)
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("techniquePickerPane")
        self._model = TechniquesModel(self)

        label = QLabel(self.tr("&Technique"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("techniqueSearch")
        self.search.setAccessibleName(self.tr("Search techniques"))
        self.search.setPlaceholderText(self.tr("Search techniques"))
        self.search.setClearButtonEnabled(True)
        self._name_clear_button()
        label.setBuddy(self.search)
        self.list = QListView(self)
        self.list.setObjectName("techniquePicker")
        self.list.setAccessibleName(self.tr("Techniques"))
        self.list.setModel(self._model)
        self.list.setItemDelegate(TechniqueDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._empty = QLabel(self)
        self._empty.setObjectName("techniqueEmpty")
        self._empty.setWordWrap(True)
        self._empty.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self._empty)

        # textChanged, not textEdited: text set through the accessibility interface must
        # filter as typed text does (PLATFORM.md); clear() and the clear button emit it too.
        self.search.textChanged.connect(self.search_changed)
        self.search.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.clicked.connect(self._choose_index)
        self.list.activated.connect(self._choose_index)

    @property
    def model(self) -> TechniquesModel:
        return self._model

    def set_techniques(
        self, techniques: list[Technique], *, more: bool, selected: str | None
    ) -> None:
        self._model.set_rows(techniques, more=more)
        self.highlight(selected)
        self._update_empty()

    def append_techniques(self, techniques: list[Technique], *, more: bool) -> None:
        self._model.append_rows(techniques, more=more)
        self._update_empty()

    def highlight(self, technique_id: str | None) -> None:
        """Mark ``technique_id``'s row as current without choosing it again."""
        row = self._model.row_of(technique_id) if technique_id else -1
        if row >= 0:
            index = self._model.index(row)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    def set_empty_text(self, text: str) -> None:
        self._empty.setText(text)
        self._update_empty()

    def _name_clear_button(self) -> None:
        """Qt's clear button (an action and its icon button) has no name of its own."""
        name = self.tr("Clear the search")
        action = self.search.findChild(QAction, "_q_qlineeditclearaction")
        if action is not None:
            # Not setText: the icon-only button would then ask for the width of the words.
            action.setToolTip(name)
        for button in self.search.findChildren(QToolButton):
            button.setObjectName("techniqueSearchClear")
            button.setAccessibleName(name)
            button.setToolTip(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search:
                if key == Qt.Key.Key_Down and self._model.rowCount() > 0:
                    if not self.list.currentIndex().isValid():
                        self.list.setCurrentIndex(self._model.index(0))
                    self.list.setFocus(Qt.FocusReason.TabFocusReason)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                    index = self.list.currentIndex()
                    if not index.isValid() and self._model.rowCount() > 0:
                        index = self._model.index(0)
                    if index.isValid():
                        self._choose_index(index)
                    return True
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
            elif watched is self.list:
                if key == Qt.Key.Key_Escape:
                    self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
                    if self.search.text():
                        self.search.clear()
                    return True
                if key == Qt.Key.Key_Up and self.list.currentIndex().row() == 0:
                    self.search.setFocus(Qt.FocusReason.BacktabFocusReason)
                    return True
        return super().eventFilter(watched, event)

    def _choose_index(self, index: QModelIndex) -> None:
        technique = self._model.technique_at(index.row())
        if technique is not None:
            self.technique_chosen.emit(technique)

    def _update_empty(self) -> None:
        empty = self._model.rowCount() == 0
        self._empty.setVisible(empty and bool(self._empty.text()))
