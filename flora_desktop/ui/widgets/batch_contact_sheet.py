"""The batch contact sheet: a cell per row, its output large enough to judge; a click opens its run.

A ``QListView`` in icon mode over the Batch window's own status filter, so the "Show rows"
choice filters the sheet too and only cells on screen are laid out and painted (500 rows
stay smooth). Pictures come from the files the batch saved, decoded off the UI thread
(``batch_contact_sheet_thumbs``); other outputs (video, audio, text, documents) and rows
without outputs get a card with an icon and a word. ``attach_contact_sheet`` puts the sheet
beside the rows table in the Batch window, as a second tab.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QWidget,
)

from flora_desktop.services.batch_store import BatchRow
from flora_desktop.ui.models.batch_rows_model import BatchRowsModel
from flora_desktop.ui.widgets.batch_contact_sheet_thumbs import ThumbnailCache

__all__ = ["BatchContactSheet", "attach_contact_sheet", "first_picture"]

ModelIndex = QModelIndex | QPersistentModelIndex
THUMB_SIDE = 176
PADDING = 6
TEXT_LINES = 2
STATUS_COLUMN = 4
ROW_ROLE = Qt.ItemDataRole.UserRole + 40
PICTURE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff"})


def first_picture(row: BatchRow) -> str | None:
    """The first saved file of the row that is a picture (the cell's thumbnail)."""
    for position, saved in enumerate(row.saved):
        kind = row.outputs[position].type if position < len(row.outputs) else ""
        if kind == "image" or Path(saved).suffix.lower() in PICTURE_SUFFIXES:
            return saved
    return None


class _SheetModel(QIdentityProxyModel):
    """One item per row: the stored row, and words for the cell, its tooltip and screen readers."""

    def __init__(self, rows: BatchRowsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = rows

    def row_of(self, index: ModelIndex) -> BatchRow | None:
        source = self.mapToSource(index)
        model = self.sourceModel()
        while isinstance(model, QSortFilterProxyModel) and source.isValid():
            source = model.mapToSource(source)
            model = model.sourceModel()
        return self._rows.row_at(source.row()) if source.isValid() else None

    def parts(self, index: ModelIndex) -> tuple[str, str, str]:
        """The row's number, source name and status words, as the rows table shows them."""
        shown = Qt.ItemDataRole.DisplayRole
        number, source, status = (
            super(_SheetModel, self).data(index.sibling(index.row(), column), shown)
            for column in (0, 1, STATUS_COLUMN)
        )
        return str(number or ""), str(source or ""), str(status or "")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == ROW_ROLE:
            return self.row_of(index)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            number, source, status = self.parts(index)
            text = self.tr("#{number} {source} — {status}").format(
                number=number, source=source, status=status
            )
            if role == Qt.ItemDataRole.ToolTipRole:
                detail = super().data(index.sibling(index.row(), 0), Qt.ItemDataRole.ToolTipRole)
                return f"{text}\n{detail}" if detail else text
            return text
        return super().data(index, role)


class _CellDelegate(QStyledItemDelegate):
    """Paints one cell: the picture or a card, then the row's name and its status."""

    def __init__(self, thumbs: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbs = thumbs

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: ARG002
        lines = option.fontMetrics.lineSpacing() * TEXT_LINES
        return QSize(THUMB_SIDE + 2 * PADDING, THUMB_SIDE + lines + 3 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        rect: QRect = opt.rect
        painter.save()
        try:
            # Background, selection and hover as the style draws them; no text or icon.
            opt.text = ""
            if style is not None:
                style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
            row = index.data(ROW_ROLE)
            box = QRect(rect.x() + PADDING, rect.y() + PADDING, THUMB_SIDE, THUMB_SIDE)
            self._paint_picture(painter, box, row if isinstance(row, BatchRow) else None, opt)
            self._paint_words(painter, rect, box, index, opt)
        finally:
            painter.restore()

    def _paint_picture(
        self, painter: QPainter, box: QRect, row: BatchRow | None, opt: QStyleOptionViewItem
    ) -> None:
        palette: QPalette = opt.palette
        path = first_picture(row) if row is not None else None
        pixmap = self._thumbs.pixmap(path) if path else None
        if pixmap is not None:
            scale = pixmap.devicePixelRatio() or 1.0
            width, height = int(pixmap.width() / scale), int(pixmap.height() / scale)
            target = QRect(
                box.x() + (box.width() - width) // 2,
                box.y() + (box.height() - height) // 2,
                width,
                height,
            )
            painter.drawPixmap(target, pixmap)
            return
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 6, 6)
        word, icon = self._card(row, path)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            side = THUMB_SIDE // 4
            icon_rect = QRect(box.center().x() - side // 2, box.center().y() - side, side, side)
            style.standardIcon(icon, None, widget).paint(painter, icon_rect)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        words = box.adjusted(PADDING, box.height() // 2 + PADDING, -PADDING, -PADDING)
        painter.drawText(words, int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), word)

    def _card(self, row: BatchRow | None, path: str | None) -> tuple[str, QStyle.StandardPixmap]:
        """What the card says when there is no picture to show."""
        pixmaps = QStyle.StandardPixmap
        if path is not None and not self._thumbs.failed(path):
            return self.tr("Loading…"), pixmaps.SP_FileIcon
        if row is None or row.state in ("waiting",):
            return self.tr("Not started"), pixmaps.SP_MediaPause
        if row.unclear or row.in_doubt:
            return self.tr("Not known"), pixmaps.SP_MessageBoxQuestion
        if row.state == "failed":
            return self.tr("Failed — no output"), pixmaps.SP_MessageBoxWarning
        if not row.ended:
            return self.tr("Running…"), pixmaps.SP_BrowserReload
        kind = row.outputs[0].type if row.outputs else ""
        cards = {
            "image": (self.tr("Picture (not saved)"), pixmaps.SP_FileIcon),
            "video": (self.tr("Video"), pixmaps.SP_MediaPlay),
            "audio": (self.tr("Audio"), pixmaps.SP_MediaVolume),
            "text": (self.tr("Text"), pixmaps.SP_FileDialogDetailedView),
        }
        if not row.outputs:
            return self.tr("No outputs"), pixmaps.SP_FileIcon
        return cards.get(kind, (self.tr("Document"), pixmaps.SP_FileIcon))

    def _paint_words(
        self,
        painter: QPainter,
        rect: QRect,
        box: QRect,
        index: ModelIndex,
        opt: QStyleOptionViewItem,
    ) -> None:
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        metrics = opt.fontMetrics
        top = box.bottom() + PADDING
        width = rect.width() - 2 * PADDING
        model = index.model()
        if not isinstance(model, _SheetModel):
            return
        number, source, status = model.parts(index)
        row = index.data(ROW_ROLE)
        extra = len(row.outputs) - 1 if isinstance(row, BatchRow) else 0
        if extra > 0:
            status = self.tr("{status} · +{count} more").format(status=status, count=extra)
        name = metrics.elidedText(f"#{number}  {source}", Qt.TextElideMode.ElideMiddle, width)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        line = metrics.lineSpacing()
        painter.drawText(QRect(rect.x() + PADDING, top, width, line), 0, name)
        painter.setFont(opt.font)
        status_text = metrics.elidedText(str(status), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(rect.x() + PADDING, top + line, width, line), 0, status_text)


class BatchContactSheet(QListView):
    """``batchContactSheet``: a grid of the batch's rows. Signal: ``run_requested(str)``.

    A click, Enter or Space on a row that has a run asks for that run to be shown.
    """

    run_requested = Signal(str)

    def __init__(
        self, rows: BatchRowsModel, filtered: QAbstractItemModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchContactSheet")
        self.setAccessibleName(self.tr("Contact sheet"))
        self.setAccessibleDescription(
            self.tr("Each row's output; press Enter on one to open its run")
        )
        self.thumbnails = ThumbnailCache(THUMB_SIDE, self)
        self.sheet_model = _SheetModel(rows, self)
        self.sheet_model.setSourceModel(filtered)
        self.setModel(self.sheet_model)
        self.setItemDelegate(_CellDelegate(self.thumbnails, self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(True)
        self.setUniformItemSizes(True)  # one size for all: no row is measured to lay out
        self.setSpacing(PADDING)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Stable bar (PLATFORM.md: a bar coming and going while rebuilt upsets AT-SPI).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.clicked.connect(self._open)
        self.thumbnails.ready.connect(lambda _path: self.viewport().update())

    def run_id_at(self, index: ModelIndex) -> str | None:
        row = self.sheet_model.row_of(index)
        return row.run_id if row is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self.currentIndex().isValid():
            self._open(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        run_id = self.run_id_at(index)
        if run_id:
            self.run_requested.emit(run_id)


def attach_contact_sheet(
    dialog: QDialog,
    table: QTableView,
    rows: BatchRowsModel,
    filtered: QAbstractItemModel,
    fit_columns: Callable[[], None],
) -> BatchContactSheet:
    """Put a contact sheet beside ``dialog``'s rows ``table`` (tabs "Rows" / "Contact sheet").

    The sheet comes forward once the batch has stored rows (started or reopened).
    """
    # What Tab reached just before the table: the tabs go there, in the order drawn.
    before = table.previousInFocusChain()
    tabs = QTabWidget(dialog)
    tabs.setObjectName("batchResultsTabs")
    tabs.setDocumentMode(True)
    layout = dialog.layout()
    if layout is not None:
        layout.replaceWidget(table, tabs)
    sheet = BatchContactSheet(rows, filtered, tabs)
    tabs.addTab(table, QCoreApplication.translate("BatchContactSheet", "R&ows"))
    tabs.addTab(sheet, QCoreApplication.translate("BatchContactSheet", "Contact s&heet"))
    if before is not None:
        QWidget.setTabOrder(before, tabs.tabBar())
    QWidget.setTabOrder(tabs.tabBar(), table)
    QWidget.setTabOrder(table, sheet)  # one of the two is shown at a time
    # Before the start there is nothing to show: the tab waits (Tab and clicks pass it).
    position = tabs.indexOf(sheet)
    tabs.setTabEnabled(position, False)
    tabs.setTabToolTip(
        position,
        QCoreApplication.translate(
            "BatchContactSheet", "Each row's output appears here once the batch starts"
        ),
    )
    shown_once: list[bool] = []

    def on_reset() -> None:
        if not shown_once and rows.row_at(0) is not None:
            shown_once.append(True)
            tabs.setTabEnabled(position, True)
            tabs.setTabToolTip(position, "")
            tabs.setCurrentWidget(sheet)

    rows.modelReset.connect(on_reset)
    # Columns are fitted to the rows on screen, so only while the table is in front.
    tabs.currentChanged.connect(
        lambda position: fit_columns() if tabs.widget(position) is table else None
    )
    dialog.finished.connect(lambda _code: sheet.thumbnails.shutdown())
    return sheet
