"""Which inputs are batched, and how their lists combine: row by row, or every combination.

A leaf widget shown once two or more inputs hold lists. Both choices show their count
before either is chosen ("Every combination: 6 × 4 = 24 runs"); a choice over the batch's
row limit is disabled and says why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton, QWidget

from flora_desktop.services.batch_combine import combination_count
from flora_desktop.services.batch_sources import MAX_ROWS

__all__ = ["CombineChoice"]


class CombineChoice(QWidget):
    """The batched lists and the way they combine.

    Signals: ``changed(bool every)`` when the choice changes; ``clear_clicked()``.
    """

    changed = Signal(bool)
    clear_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchCombine")
        self.lists_label = QLabel(self)
        self.lists_label.setObjectName("batchLists")
        self.lists_label.setWordWrap(True)
        self.row_by_row = QRadioButton(self)
        self.row_by_row.setObjectName("batchRowByRow")
        self.every = QRadioButton(self)
        self.every.setObjectName("batchEveryCombination")
        self.group = QButtonGroup(self)
        self.group.addButton(self.row_by_row)
        self.group.addButton(self.every)
        self.row_by_row.setChecked(True)
        self.clear_button = QPushButton(self.tr("C&lear lists"), self)
        self.clear_button.setObjectName("batchClearLists")
        self.clear_button.setToolTip(self.tr("Forget the files and variations added so far"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lists_label, 1)
        layout.addWidget(self.row_by_row)
        layout.addWidget(self.every)
        layout.addWidget(self.clear_button)
        self.every.toggled.connect(self.changed)
        self.clear_button.clicked.connect(self.clear_clicked)
        self.hide()

    def is_every(self) -> bool:
        return self.every.isChecked()

    def show_lists(self, lists: Mapping[str, Sequence[str]], names: Mapping[str, str]) -> None:
        """The lists now batched; the choices' words and counts follow them."""
        self.lists_label.setText(
            self.tr("Batched: {lists}").format(
                lists=" · ".join(
                    self.tr("{input} ({count})").format(
                        input=names.get(key, key), count=len(values)
                    )
                    for key, values in lists.items()
                )
            )
        )
        self.lists_label.setAccessibleDescription(self.lists_label.text())
        lengths = [len(values) for values in lists.values()]
        same = len(set(lengths)) <= 1
        self.row_by_row.setText(
            self.tr("&Row by row ({count} runs)").format(count=lengths[0] if lengths else 0)
            if same
            else self.tr("&Row by row (needs lists of one length)")
        )
        count = combination_count(lists)
        product = " × ".join(str(n) for n in lengths)
        if count > MAX_ROWS:
            text = self.tr(
                "&Every combination: {product} = {count} runs, more than {limit}"
            ).format(product=product, count=count, limit=MAX_ROWS)
            if self.every.isChecked():
                self.row_by_row.setChecked(True)
        else:
            text = self.tr("&Every combination: {product} = {count} runs").format(
                product=product, count=count
            )
        self.every.setText(text)
        self.every.setEnabled(count <= MAX_ROWS)
        self.setVisible(len(lists) >= 2)
        # A single list is neither: it keeps row by row, so a later second list starts there.
        if len(lists) < 2 and self.every.isChecked():
            self.row_by_row.setChecked(True)
