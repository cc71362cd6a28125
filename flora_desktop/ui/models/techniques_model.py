"""The technique picker's list model: named roles, and lazy paging through fetchMore."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)

from flora_desktop.api.models import Technique
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.ui.messages import format_cost
from flora_desktop.ui.translate import shown

__all__ = ["TechniquesModel", "cost_text", "io_type_words"]

_Index = QModelIndex | QPersistentModelIndex

_IO_WORDS = {
    "imageUrl": QT_TRANSLATE_NOOP("TechniquesModel", "image"),
    "videoUrl": QT_TRANSLATE_NOOP("TechniquesModel", "video"),
    "audioUrl": QT_TRANSLATE_NOOP("TechniquesModel", "audio"),
    "text": QT_TRANSLATE_NOOP("TechniquesModel", "text"),
    "documentUrl": QT_TRANSLATE_NOOP("TechniquesModel", "document"),
}


def cost_text(technique: Technique) -> str:
    return QCoreApplication.translate("TechniquesModel", "{cost} per run").format(
        cost=shown(format_cost(technique.run_cost))
    )


def io_type_words(types: Sequence[str]) -> str:
    """``["imageUrl", "text"]`` -> ``"image, text"`` (for screen readers and tooltips)."""
    words = list(dict.fromkeys(shown(_IO_WORDS.get(t, t)) for t in types))
    return ", ".join(words) if words else QCoreApplication.translate("TechniquesModel", "none")


class TechniquesModel(QStringListModel):
    """One row per technique; fed by ``set_rows``/``append_rows``.

    Signals: ``fetch_more_requested()`` when the view scrolls to the end and more can be
    loaded (the page loads the next page and calls ``append_rows``).

    Built on ``QStringListModel`` (its strings are empty placeholders) so that ``rowCount``
    and ``index`` stay in C++: after each search the list view lays out every row and asks
    ``index(row)`` -> ``rowCount()`` per row, which with a Python ``rowCount`` was ~5k
    Python calls a keystroke at 10k techniques (12 ms p50 at 50k; now ~2 ms). Only
    ``data`` for the rows on screen runs Python.
    """

    fetch_more_requested = Signal()

    TechniqueIdRole = Qt.ItemDataRole.UserRole + 1
    NameRole = Qt.ItemDataRole.UserRole + 2
    DescriptionRole = Qt.ItemDataRole.UserRole + 3
    CostRole = Qt.ItemDataRole.UserRole + 4
    CostTextRole = Qt.ItemDataRole.UserRole + 5
    InputTypesRole = Qt.ItemDataRole.UserRole + 6
    OutputTypesRole = Qt.ItemDataRole.UserRole + 7
    TechniqueRole = Qt.ItemDataRole.UserRole + 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Technique] = []
        self._more = False
        self._loading = False

    def set_rows(self, techniques: Sequence[Technique], *, more: bool = False) -> None:
        self._rows = list(techniques)
        self._more = more
        self._loading = False
        # A model reset with one placeholder string per row (data() answers from _rows).
        self.setStringList([""] * len(self._rows))

    def append_rows(self, techniques: Sequence[Technique], *, more: bool) -> None:
        self._loading = False
        self._more = more
        known = {t.technique_id for t in self._rows}
        new = [t for t in techniques if t.technique_id not in known]
        if new:
            first = len(self._rows)
            self._rows.extend(new)
            self.insertRows(first, len(new))  # placeholders; emits rowsInserted

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # QStringListModel's rows are editable and droppable; a technique is neither.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def set_more(self, more: bool) -> None:
        self._more = more
        self._loading = False

    def technique_at(self, row: int) -> Technique | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, technique_id: str) -> int:
        for row, technique in enumerate(self._rows):
            if technique.technique_id == technique_id:
                return row
        return -1

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: _Index) -> None:
        if self.canFetchMore(parent):
            # One request at a time: the view asks again on every scroll event.
            self._loading = True
            self.fetch_more_requested.emit()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        technique = self.technique_at(index.row()) if index.isValid() else None
        if technique is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole or role == self.NameRole:
            return technique.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{name}. {description} {cost}. Takes {inputs}; makes {outputs}.").format(
                name=technique.name,
                description=technique.description or "",
                cost=cost_text(technique),
                inputs=io_type_words([i.type for i in technique.inputs]),
                outputs=io_type_words([o.type for o in technique.outputs]),
            )
        if role == Qt.ItemDataRole.ToolTipRole or role == self.DescriptionRole:
            return technique.description or ""
        if role == self.TechniqueIdRole:
            return technique.technique_id
        if role == self.CostRole:
            return technique.run_cost
        if role == self.CostTextRole:
            return cost_text(technique)
        if role == self.InputTypesRole:
            return list(dict.fromkeys(i.type for i in technique.inputs))
        if role == self.OutputTypesRole:
            return list(dict.fromkeys(o.type for o in technique.outputs))
        if role == self.TechniqueRole:
            return technique
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update(
            {
                self.TechniqueIdRole: QByteArray(b"techniqueId"),
                self.NameRole: QByteArray(b"name"),
                self.DescriptionRole: QByteArray(b"description"),
                self.CostRole: QByteArray(b"cost"),
                self.CostTextRole: QByteArray(b"costText"),
                self.InputTypesRole: QByteArray(b"inputTypes"),
                self.OutputTypesRole: QByteArray(b"outputTypes"),
            }
        )
        return names
