"""The widgets a row's value is typed into: text, web address, list, JSON, and a large value.

Each editor emits ``edited(value, merge_tag)`` with the whole new value (a ``str``, or a
``list[str]`` for the list editor) and takes values back through ``set_value`` without
emitting. Undo belongs to the editor's QUndoStack, not to each text widget: the widgets'
own undo is off and ``UndoKeyFilter`` sends Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y to the stack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.services.inputs import LARGE_VALUE_CHARS, complete_url
from flora_desktop.ui.style_state import set_style_property
from flora_desktop.ui.translate import localized

log = logging.getLogger(__name__)

TEXT_LINES = 3
JSON_LINES = 4


def is_undo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo)


def is_redo(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Redo):
        return True
    ctrl = Qt.KeyboardModifier.ControlModifier
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_Y and mods == ctrl:
        return True
    shift_z = ctrl | Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_Z and mods == shift_z


class UndoKeyFilter(QObject):
    """Sends undo/redo keys typed in a text widget to the editor's stack.

    Text widgets claim Ctrl+Z for their own history (via ShortcutOverride). The filter
    claims the override too, so no window shortcut steals the key, then handles the key
    press itself, so the widget never runs its own undo.
    """

    def __init__(self, undo: Callable[[], None], redo: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._undo = undo
        self._redo = redo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: ARG002 - Qt API
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        action = self._undo if is_undo(event) else self._redo if is_redo(event) else None
        if action is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            action()
        return True


def _lines_height(widget: QPlainTextEdit, lines: int) -> int:
    metrics = widget.fontMetrics()
    margins = widget.contentsMargins()
    document_margin = int(widget.document().documentMargin())
    return (
        metrics.lineSpacing() * lines
        + 2 * document_margin
        + margins.top()
        + margins.bottom()
        + 2 * widget.frameWidth()
    )


class PlainTextValue(QPlainTextEdit):
    """A multi-line text field whose Tab moves focus and whose undo is the editor's.

    Signals: ``large_paste(str)`` with the whole new value when a paste would make it longer
    than ``LARGE_VALUE_CHARS``; the text is then not put in the field at all.
    """

    large_paste = Signal(str)

    def __init__(self, lines: int, monospace: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        if monospace:
            self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setFixedHeight(_lines_height(self, lines))

    def insertFromMimeData(self, source: QMimeData) -> None:
        pasted = source.text() if source.hasText() else ""
        current = self.toPlainText()
        if len(pasted) + len(current) <= LARGE_VALUE_CHARS:
            super().insertFromMimeData(source)
            return
        # Laying out megabytes of text blocks the window for seconds: hand the value to
        # the row instead, which shows a large value as a summary.
        cursor = self.textCursor()
        units = current.encode("utf-16-le")  # cursor positions count UTF-16 code units
        before = units[: 2 * cursor.selectionStart()].decode("utf-16-le")
        after = units[2 * cursor.selectionEnd() :].decode("utf-16-le")
        self.large_paste.emit(before + pasted + after)


class ValueEditor(QWidget):
    """Base of the value editors. Signals: ``edited(object value, object merge_tag)``."""

    edited = Signal(object, object)

    def set_value(self, value: str | list[str]) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        """The widget that takes focus when the row is focused."""
        return self

    def focus_chain(self) -> list[QWidget]:
        """The editor's focusable widgets, in tab order."""
        return [self.focus_widget()]

    def set_advanced(self, on: bool) -> None:
        """Advanced on: placeholders may speak of FLORA's element ids. Most editors have none."""
        del on

    def set_invalid(self, invalid: bool) -> None:
        """Mark the field(s) for the ``invalid`` style."""
        for widget in self.focus_chain():
            set_style_property(widget, "invalid", invalid)

    def set_names(self, key: str, label: str, description: str) -> None:
        """Name the editor for tests and assistive tools: ``inputValue:<key>``."""
        self.setObjectName(f"inputValue:{key}")
        widget = self.focus_widget()
        if widget is not self:
            widget.setObjectName(f"inputValueField:{key}")
        widget.setAccessibleName(label)
        widget.setAccessibleDescription(description)


class TextValueEditor(ValueEditor):
    """Multi-line text (also used for JSON, in a fixed-width font)."""

    def __init__(
        self,
        filter_: UndoKeyFilter,
        *,
        json: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._json = json
        self._shown = ""
        self.field = PlainTextValue(JSON_LINES if json else TEXT_LINES, json, self)
        self.field.installEventFilter(filter_)
        if json:
            self.field.setPlaceholderText(
                self.tr('JSON, e.g. "text", 42, ["a", "b"] or {"key": "value"}')
            )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        self.setFocusProxy(self.field)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.large_paste.connect(self._on_large_paste)

    def focus_widget(self) -> QWidget:
        return self.field

    def set_value(self, value: str | list[str]) -> None:
        text = value if isinstance(value, str) else "\n".join(value)
        if text is self._shown or text == self._shown:
            return
        self._shown = text
        self.field.blockSignals(True)
        try:
            self.field.setPlainText(text)
        finally:
            self.field.blockSignals(False)

    def _on_text_changed(self) -> None:
        self._shown = self.field.toPlainText()
        self.edited.emit(self._shown, "json" if self._json else "text")

    def _on_large_paste(self, value: str) -> None:
        self.edited.emit(value, "json" if self._json else "text")


class UrlValueEditor(ValueEditor):
    """A one-line web address field (media inputs)."""

    def __init__(
        self, filter_: UndoKeyFilter, accepts_element: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.installEventFilter(filter_)
        # Element ids work either way; only the Advanced view speaks of them.
        self._accepts_element = accepts_element
        self.field.setPlaceholderText(media_placeholder())
        self.field.setClearButtonEnabled(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        self.setFocusProxy(self.field)
        # textChanged, not only textEdited: text set by assistive tools counts as typed
        # (PLATFORM.md). set_value blocks signals, so only the person's edits arrive.
        self.field.textChanged.connect(self._on_edited)
        self.field.editingFinished.connect(self._complete)

    def focus_widget(self) -> QWidget:
        return self.field

    def set_value(self, value: str | list[str]) -> None:
        text = value if isinstance(value, str) else " ".join(value)
        if self.field.text() != text:
            self.field.blockSignals(True)
            try:
                self.field.setText(text)
            finally:
                self.field.blockSignals(False)

    def _on_edited(self, text: str) -> None:
        self.edited.emit(text, "url")

    def set_advanced(self, on: bool) -> None:
        self.field.setPlaceholderText(media_placeholder(on and self._accepts_element))

    def _complete(self) -> None:
        # "www.example.com/my photo.png" becomes the address it stands for, visibly:
        # "https://www.example.com/my%20photo.png" is what is sent (services/inputs.py).
        text = self.field.text()
        completed = complete_url(text)
        if completed != text:
            self.set_value(completed)
            self.edited.emit(completed, None)  # its own undo step, apart from the typing


def media_placeholder(element_ids: bool = False) -> str:
    """What an empty picture/video/sound/document field says (``element_ids``: Advanced)."""
    if element_ids:
        return QCoreApplication.translate(
            "UrlValueEditor", "Paste a link (https://…), a FLORA element id, or choose a file"
        )
    return QCoreApplication.translate("UrlValueEditor", "Paste a link (https://…) or choose a file")


class ListValueEditor(ValueEditor):
    """Several one-line values, each with a remove button, and "Add item"."""

    def __init__(
        self,
        filter_: UndoKeyFilter,
        media: bool,
        accepts_element: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._filter = filter_
        self._media = media
        self._accepts_element = accepts_element
        self._advanced = False
        self._items: list[str] = []
        self._fields: list[QLineEdit] = []
        self._removers: list[QToolButton] = []
        self._key = ""
        self._label = ""
        self._items_layout = QVBoxLayout()
        self._items_layout.setContentsMargins(0, 0, 0, 0)
        self._items_layout.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add item"), self)
        self.add_button.setObjectName("addItemButton")
        self.add_button.setAccessibleName(self.tr("Add item"))
        self.add_button.clicked.connect(self._on_add)
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._items_layout)
        layout.addLayout(add_row)
        self.setFocusProxy(self.add_button)

    @property
    def fields(self) -> list[QLineEdit]:
        return list(self._fields)

    def focus_widget(self) -> QWidget:
        return self._fields[0] if self._fields else self.add_button

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for field, remover in zip(self._fields, self._removers, strict=True):
            chain += [field, remover]
        return [*chain, self.add_button]

    def set_advanced(self, on: bool) -> None:
        self._advanced = on
        if self._media:
            for field in self._fields:
                field.setPlaceholderText(media_placeholder(on and self._accepts_element))

    def set_invalid(self, invalid: bool) -> None:
        for field in self._fields:
            set_style_property(field, "invalid", invalid)

    def set_names(self, key: str, label: str, description: str) -> None:
        self._key, self._label = key, label
        self.setObjectName(f"inputValue:{key}")
        self.setAccessibleName(label)
        self.setAccessibleDescription(description)
        self.add_button.setObjectName(f"addItemButton:{key}")
        self.add_button.setAccessibleName(self.tr("Add an item to {input}").format(input=label))
        for number in range(len(self._fields)):
            self._name_item(number)

    def set_value(self, value: str | list[str]) -> None:
        items = list(value) if isinstance(value, list) else [value]
        while len(self._fields) < len(items):
            self._add_field()
        while len(self._fields) > len(items):
            self._drop_field()
        for field, text in zip(self._fields, items, strict=True):
            if field.text() != text:
                field.blockSignals(True)
                try:
                    field.setText(text)
                finally:
                    field.blockSignals(False)
        self._items = items
        self.setFocusProxy(self.focus_widget())

    def _add_field(self) -> None:
        number = len(self._fields)
        field = QLineEdit(self)
        field.installEventFilter(self._filter)
        if self._media:
            field.setPlaceholderText(media_placeholder(self._advanced and self._accepts_element))
        remover = QToolButton(self)
        remover.setText("✕")
        remover.setToolTip(self.tr("Remove this item"))
        remover.setAutoRaise(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(field, 1)
        row.addWidget(remover)
        self._items_layout.addLayout(row)
        self._fields.append(field)
        self._removers.append(remover)
        # textChanged: assistive tools' text counts as typed; set_value blocks signals.
        field.textChanged.connect(lambda text, f=field: self._on_item_edited(f, text))
        remover.clicked.connect(lambda _=False, r=remover: self._on_remove(r))
        self._name_item(number)

    def _drop_field(self) -> None:
        field = self._fields.pop()
        remover = self._removers.pop()
        item = self._items_layout.takeAt(self._items_layout.count() - 1)
        for widget in (field, remover):
            # Hidden and nameless at once so findChild() skips it; deleted once its signal
            # (the remove button's click) has returned.
            widget.hide()
            widget.setObjectName("")
            widget.deleteLater()
        layout = item.layout() if item is not None else None
        if layout is not None:
            layout.deleteLater()

    def _name_item(self, number: int) -> None:
        label = self._label or self.tr("Item")
        self._fields[number].setObjectName(f"inputValue:{self._key}:{number}")
        self._fields[number].setAccessibleName(
            self.tr("{input}, item {number}").format(input=label, number=number + 1)
        )
        self._removers[number].setObjectName(f"removeItemButton:{self._key}:{number}")
        self._removers[number].setAccessibleName(
            self.tr("Remove item {number} of {input}").format(number=number + 1, input=label)
        )

    def _on_item_edited(self, field: QLineEdit, text: str) -> None:
        number = self._fields.index(field)
        items = list(self._items)
        items[number] = text
        self._items = items
        tag: Hashable = ("item", number)
        self.edited.emit(items, tag)

    def _on_add(self) -> None:
        self.set_value([*self._items, ""])
        self._fields[-1].setFocus()
        self.edited.emit(list(self._items), None)

    def _on_remove(self, remover: QToolButton) -> None:
        number = self._removers.index(remover)
        items = self._items[:number] + self._items[number + 1 :]
        self.set_value(items)
        # Focus stays in the list: the next item, or "Add item" after the last.
        target = self._fields[number] if number < len(self._fields) else self.add_button
        target.setFocus()
        self.edited.emit(list(items), None)


class LargeValueView(ValueEditor):
    """A value too large for a text field: its size, kept as it is, with a way to clear it.

    A very long line in a Qt text field freezes the window while it is laid out, so the
    value is summarised instead of shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("largeValueSummary")
        self.summary.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear value"), self)
        self.clear_button.setObjectName("clearLargeValueButton")
        self.clear_button.clicked.connect(lambda: self.edited.emit("", None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.clear_button)

    def focus_widget(self) -> QWidget:
        return self.clear_button

    def set_names(self, key: str, label: str, description: str) -> None:
        super().set_names(key, label, description)
        self.clear_button.setAccessibleName(
            self.tr("Clear the value of {input}").format(input=label)
        )

    def set_value(self, value: str | list[str]) -> None:
        size = len(value) if isinstance(value, str) else sum(len(i) for i in value)
        self.summary.setText(
            self.tr("A large value ({size}) is kept as it is. It is too long to show here.").format(
                size=describe_size(size)
            )
        )
        self.summary.setAccessibleDescription(self.summary.text())


def describe_size(chars: int) -> str:
    """ "12,345 characters" or "10.0 million characters"."""
    if chars >= 1_000_000:
        return localized(
            QCoreApplication.translate("LargeValueView", "{millions:.1f} million characters"),
            millions=chars / 1_000_000,
        )
    return localized(
        QCoreApplication.translate("LargeValueView", "{chars:,} characters"), chars=chars
    )
