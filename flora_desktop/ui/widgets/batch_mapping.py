"""The spreadsheet's columns matched to the technique's inputs, with a preview, before rows exist.

Each input has a choice: one of the sheet's columns, or the form's value (what the user
typed in the launcher), or nothing for an optional input. Columns start matched by id or
label (``batch_sources.match_columns``); the preview shows the first rows as each input
will receive them. Confirming gives a ``ColumnMapping``; nothing else happens here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.api.models import Technique
from flora_desktop.services.batch_sources import ColumnMapping, SourceTable, match_columns

__all__ = ["FORM_VALUE", "NO_COLUMN", "PREVIEW_ROWS", "BatchMappingDialog"]

PREVIEW_ROWS = 5
# Combo data besides a column index.
FORM_VALUE = -1
NO_COLUMN = -2
MAX_CELL_TEXT = 80


def _column_letter(index: int) -> str:
    """Spreadsheet column names: A, B, …, Z, AA, AB…"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL_TEXT else text[: MAX_CELL_TEXT - 1] + "…"


class BatchMappingDialog(QDialog):
    """Choose each input's column; ``accepted`` means ``mapping()`` is the user's choice."""

    def __init__(
        self,
        table: SourceTable,
        technique: Technique,
        defaults: Mapping[str, Any],
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchMapping")
        self.setWindowTitle(self.tr("Match the columns — {file}").format(file=file_name))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._table = table
        self._technique = technique
        self._defaults = dict(defaults)
        start = match_columns(table.header, technique)

        intro = QLabel(
            self.tr(
                "{rows} rows in “{file}”. Choose the column each input takes its values from; "
                "inputs without a column take the form's value."
            ).format(rows=len(table.rows), file=file_name),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for spec in technique.inputs:
            combo = QComboBox(self)
            combo.setObjectName(f"batchColumn:{spec.id}")
            combo.setAccessibleName(self.tr("Column for {input}").format(input=spec.name))
            if spec.id in self._defaults:
                combo.addItem(self.tr("Use the form's value"), FORM_VALUE)
            else:
                combo.addItem(
                    self.tr("Leave empty") if spec.optional else self.tr("Choose a column"),
                    NO_COLUMN,
                )
            for index, title in enumerate(table.header):
                combo.addItem(self._column_title(index, title), index)
            chosen = start.inputs.get(spec.id)
            if chosen is not None:
                combo.setCurrentIndex(combo.findData(chosen))
            combo.currentIndexChanged.connect(self._update)
            label = QLabel(spec.name + ("" if spec.optional else " *"), self)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos[spec.id] = combo
        self.name_combo = QComboBox(self)
        self.name_combo.setObjectName("batchNameColumn")
        self.name_combo.setAccessibleName(self.tr("Column naming the outputs"))
        self.name_combo.addItem(self.tr("From each row's file name"), NO_COLUMN)
        for index, title in enumerate(table.header):
            self.name_combo.addItem(self._column_title(index, title), index)
        if start.name_column is not None:
            self.name_combo.setCurrentIndex(self.name_combo.findData(start.name_column))
        self.name_combo.currentIndexChanged.connect(self._update)
        name_label = QLabel(self.tr("Outputs &named by"), self)
        name_label.setBuddy(self.name_combo)
        form.addRow(name_label, self.name_combo)

        preview_label = QLabel(self.tr("&Preview of the first rows, as each input gets them"), self)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("batchMappingPreview")
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().hide()
        preview_label.setBuddy(self.preview)
        self.note = QLabel(self)
        self.note.setObjectName("batchMappingNote")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.use_button = QPushButton(self.tr("&Use these columns"), self)
        self.use_button.setObjectName("batchMappingUse")
        self.use_button.setDefault(True)
        self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self._update()

    def _column_title(self, index: int, title: str) -> str:
        return self.tr("Column {letter}: {title}").format(
            letter=_column_letter(index), title=_short(title) or self.tr("(no title)")
        )

    def _cell(self, cells: tuple[str, ...], index: int | None) -> QTableWidgetItem:
        text = cells[index] if index is not None and index < len(cells) else ""
        return QTableWidgetItem(_short(text))

    def _input_cell(
        self, cells: tuple[str, ...], mapping: ColumnMapping, input_id: str
    ) -> QTableWidgetItem:
        index = mapping.inputs.get(input_id)
        if index is not None or input_id not in self._defaults:
            return self._cell(cells, index)
        value = self._defaults[input_id]
        text = value if isinstance(value, str) else ", ".join(map(str, value))
        item = QTableWidgetItem(self.tr("(form) {value}").format(value=_short(text)))
        item.setToolTip(self.tr("The form's value, the same on every row"))
        return item

    def mapping(self) -> ColumnMapping:
        """The columns chosen: inputs with a column, and the one naming each row."""
        inputs = {
            input_id: int(combo.currentData())
            for input_id, combo in self.combos.items()
            if int(combo.currentData()) >= 0
        }
        name = int(self.name_combo.currentData())
        used = set(inputs.values()) | ({name} if name >= 0 else set())
        unmatched = tuple(t for i, t in enumerate(self._table.header) if t and i not in used)
        return ColumnMapping(inputs, name if name >= 0 else None, unmatched)

    def missing(self) -> list[str]:
        """Required inputs with neither a column nor a form value."""
        return [
            spec.name
            for spec in self._technique.inputs
            if not spec.optional and int(self.combos[spec.id].currentData()) == NO_COLUMN
        ]

    def _update(self) -> None:
        mapping = self.mapping()
        specs = list(self._technique.inputs)
        named = mapping.name_column is not None
        titles = ([self.tr("Output name")] if named else []) + [spec.name for spec in specs]
        self.preview.clear()
        self.preview.setColumnCount(len(titles))
        self.preview.setHorizontalHeaderLabels(titles)
        rows = self._table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for row_number, cells in enumerate(rows):
            items = [self._cell(cells, mapping.name_column)] if named else []
            items += [self._input_cell(cells, mapping, spec.id) for spec in specs]
            for column, item in enumerate(items):
                self.preview.setItem(row_number, column, item)
        missing = self.missing()
        notes = []
        if missing:
            notes.append(
                self.tr("Choose a column for: {inputs}.").format(inputs=", ".join(missing))
            )
        if mapping.unmatched:
            notes.append(
                self.tr("Columns not used: {columns}.").format(
                    columns=", ".join(_short(c) for c in mapping.unmatched[:8])
                    + (" …" if len(mapping.unmatched) > 8 else "")
                )
            )
        self.note.setText(" ".join(notes))
        self.note.setAccessibleDescription(self.note.text())
        self.note.setProperty("problem", bool(missing))
        self.note.setVisible(bool(notes))
        self.use_button.setEnabled(not missing)
