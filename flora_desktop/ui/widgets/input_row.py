"""One row of the inputs editor: what the input is (left) and its value and messages (right).

The row shows an ``InputRow`` from the model and reports the person's edits as signals; it
never changes the model itself (the editor turns signals into undo commands).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.services import inputs as svc
from flora_desktop.services import media_checks
from flora_desktop.services.inputs import InputRow
from flora_desktop.ui.style_state import set_style_property
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.file_input_bar import FileInputBar
from flora_desktop.ui.widgets.media_preview import MediaPreview
from flora_desktop.ui.widgets.value_editors import (
    LargeValueView,
    ListValueEditor,
    TextValueEditor,
    UndoKeyFilter,
    UrlValueEditor,
    ValueEditor,
)

log = logging.getLogger(__name__)

# Width of the left column, in average characters, so it scales with the font.
LABEL_COLUMN_CHARS = 30
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size
# Value fields never narrower than this (900 px windows) nor wider than a line one can read
# (a link field 2,000 px wide at 2560 px helps nobody), in average characters.
VALUE_MIN_PX = 320
# Help from the schema shown above the field: a paragraph, not a wall that pushes the field
# out of view (the whole text stays in the tooltip).
HELP_MAX_CHARS = 400


def _paragraph(text: str) -> str:
    """``text`` cut to ``HELP_MAX_CHARS`` at a word, with an ellipsis where it was cut."""
    if len(text) <= HELP_MAX_CHARS:
        return text
    cut = text[:HELP_MAX_CHARS].rsplit(None, 1)[0] if " " in text[:HELP_MAX_CHARS] else ""
    return (cut or text[:HELP_MAX_CHARS]).rstrip() + "…"


def _tooltip(text: str) -> str:
    """``text`` for a tooltip, shown as typed: Qt renders one that looks like markup, and a
    long plain one is a single line across the screen, so those go escaped in a paragraph."""
    if len(text) <= HELP_MAX_CHARS and not QtGui.Qt.mightBeRichText(text):
        return text
    return f"<p>{html.escape(text)}</p>"


def side_by_side_width(widget: QWidget) -> int:
    """The narrowest row that still fits name column, value and its buttons side by side."""
    chars = widget.fontMetrics().averageCharWidth()
    # margins 2×12, spacing 16, the row's buttons (~4 tool buttons), a little slack
    return chars * LABEL_COLUMN_CHARS + VALUE_MIN_PX + 24 + 16 + 4 * 28 + 16


VALUE_MAX_CHARS = 110
PREVIEW_TYPES = frozenset({"imageUrl", "videoUrl"})


def constraint_text(row: InputRow) -> str:
    """ "Must be 16:9 · Must be 5 s long", or "" when the input has no constraint."""
    if row.schema is None:
        return ""
    parts = []
    if row.schema.specified_aspect_ratio:
        parts.append(shape_words(row.schema.specified_aspect_ratio))
    seconds = media_checks.wanted_duration(row.schema.specified_duration)
    if seconds is not None:
        parts.append(
            QCoreApplication.translate("InputRowWidget", "Must be {seconds:g} s long").format(
                seconds=seconds
            )
        )
    return " · ".join(parts)


def shape_words(spec: str) -> str:
    """ "Square (1:1)", "Landscape (16:9)", "Portrait (9:16)": a shape as people say it."""
    ratio = media_checks.parse_ratio(spec)
    if ratio is None:
        template = QCoreApplication.translate("InputRowWidget", "Shape {ratio}")
    elif abs(ratio - 1) < media_checks.RATIO_TOLERANCE:
        template = QCoreApplication.translate("InputRowWidget", "Square ({ratio})")
    elif ratio > 1:
        template = QCoreApplication.translate("InputRowWidget", "Landscape ({ratio})")
    else:
        template = QCoreApplication.translate("InputRowWidget", "Portrait ({ratio})")
    return template.format(ratio=spec)


def requirement_label(row: InputRow) -> str:
    """ "Required", "Optional" or "Custom"."""
    if row.schema is None:
        return QCoreApplication.translate("InputRowWidget", "Custom")
    if row.schema.optional:
        return QCoreApplication.translate("InputRowWidget", "Optional")
    return QCoreApplication.translate("InputRowWidget", "Required")


def row_label(row: InputRow) -> str:
    """What a person calls the row: its display name, or the custom key."""
    if row.schema is not None:
        return row.schema.name or row.key
    return row.key or QCoreApplication.translate("InputRowWidget", "New input")


def retire(widget: QWidget) -> None:
    """Hide a widget and delete it soon, taking its names so findChild() skips it now.

    Deleting later, not at once, because the widget may be inside the signal that caused
    this (a row's own remove button, a key press in its field).
    """
    widget.hide()
    widget.setObjectName("")
    for child in widget.findChildren(QWidget):
        child.setObjectName("")
    widget.deleteLater()


def _editor_kind(row: InputRow) -> str:
    size = len(row.value) if isinstance(row.value, str) else sum(len(i) for i in row.value)
    return "large" if size > svc.LARGE_VALUE_CHARS else row.mode


class InputRowWidget(QFrame):
    """One input row.

    Signals: ``value_edited(uid, value, merge_tag)``, ``key_edited(uid, key)``,
    ``json_toggled(uid, on)``, ``remove_requested(uid)``, ``move_requested(uid, delta)``;
    media rows also ``file_requested(uid)`` and ``upload_cancel_requested(uid)``.
    """

    value_edited = Signal(int, object, object)
    key_edited = Signal(int, str)
    json_toggled = Signal(int, bool)
    remove_requested = Signal(int)
    move_requested = Signal(int, int)
    file_requested = Signal(int)
    upload_cancel_requested = Signal(int)

    def __init__(
        self, uid: int, row: InputRow, filter_: UndoKeyFilter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.uid = uid
        self._filter = filter_
        self._row = row
        self._named = False
        self._advanced = False
        self._messages: list[str] = []
        self._refused: list[str] = []
        self.setProperty("custom", row.is_custom)
        self.setProperty("required", row.is_required)
        self.setProperty("invalid", False)
        self.setFrameShape(QFrame.Shape.NoFrame)

        self.key_field: QLineEdit | None = None
        self.name_label = QLabel(self)
        self.name_label.setObjectName("inputName")
        self.name_label.setWordWrap(True)
        self.key_label = QLabel(self)
        self.key_label.setObjectName("inputKeyLabel")
        self.key_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.type_label = QLabel(shown(svc.type_label(row.schema)), self)
        self.type_label.setObjectName("inputType")
        self.type_label.setProperty("ioType", row.schema.type if row.schema else "custom")
        self.requirement = QLabel(requirement_label(row), self)
        self.requirement.setObjectName("inputRequirement")
        self.requirement.setProperty("required", row.is_required)
        for badge in (self.type_label, self.requirement):
            badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # A custom row's type badge already says "Custom".
        self.requirement.setVisible(not row.is_custom)
        self.constraints = QLabel(constraint_text(row), self)
        self.constraints.setObjectName("inputConstraints")
        self.constraints.setWordWrap(True)
        self.constraints.setVisible(bool(self.constraints.text()))

        left = QWidget(self)
        left.setObjectName("inputLabels")
        left.setFixedWidth(self.fontMetrics().averageCharWidth() * LABEL_COLUMN_CHARS)
        left.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(3)
        if row.is_custom:
            self.key_field = QLineEdit(row.key, self)
            self.key_field.setPlaceholderText(self.tr("Name of the input"))
            self.key_field.installEventFilter(filter_)
            # textChanged, not textEdited: text set by assistive tools must count as typed
            # (PLATFORM.md). sync() sets the same text back, which the editor ignores.
            self.key_field.textChanged.connect(lambda text: self.key_edited.emit(self.uid, text))
            left_layout.addWidget(self.key_field)
            self.name_label.hide()
            self.key_label.hide()
        else:
            left_layout.addWidget(self.name_label)
            left_layout.addWidget(self.key_label)
            self.key_label.hide()  # the raw key is for the Advanced view only
        badges = QHBoxLayout()
        badges.setContentsMargins(0, 0, 0, 0)
        badges.setSpacing(6)
        badges.addWidget(self.type_label)
        badges.addWidget(self.requirement)
        badges.addStretch(1)
        left_layout.addLayout(badges)
        left_layout.addWidget(self.constraints)
        left_layout.addStretch(1)

        self.help_label = QLabel(self)
        self.help_label.setObjectName("inputHelp")
        self.help_label.setWordWrap(True)
        # Names and help come from the technique's schema: words, never markup to render.
        for label in (self.name_label, self.key_label, self.constraints, self.help_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        description = row.schema.description if row.schema is not None else None
        self.help_label.setText(_paragraph(description or ""))
        self.help_label.setVisible(bool(description))
        if description:
            self.name_label.setToolTip(_tooltip(description))
            self.help_label.setToolTip(_tooltip(description))

        self.json_toggle = QToolButton(self)
        self.json_toggle.setText(self.tr("{ }"))
        self.json_toggle.setCheckable(True)
        self.json_toggle.setChecked(row.mode == "json")
        self.json_toggle.setToolTip(self.tr("Type this value as JSON (any JSON value)"))
        self.json_toggle.setVisible(row.mode == "json")  # Advanced, or a JSON value to undo
        self.json_toggle.toggled.connect(lambda on: self.json_toggled.emit(self.uid, on))
        self.buttons: list[QToolButton] = []
        # Every row has the move/remove buttons so values line up; schema rows hide them but
        # keep their space.
        self.up_button = self._tool_button("↑", self.tr("Move up (Alt+Up)"), -1)
        self.down_button = self._tool_button("↓", self.tr("Move down (Alt+Down)"), 1)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this input"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.uid))
        row_buttons = [self.up_button, self.down_button, self.remove_button]
        button_row = QHBoxLayout()
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.setSpacing(2)
        for button in [self.json_toggle, *row_buttons]:
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button_row.addWidget(button)
        if row.is_custom:
            self.buttons += row_buttons
        else:
            for button in row_buttons:
                policy = button.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                button.setSizePolicy(policy)
                button.hide()
        button_row.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("inputMessage")
        # The objectName gets the key (inputMessage:<key>); the style sheet matches this.
        self.message_label.setProperty("rowMessage", True)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()

        self._value_row = QHBoxLayout()
        self._value_row.setContentsMargins(0, 0, 0, 0)
        self._value_row.setSpacing(6)
        self._kind = _editor_kind(row)
        self.value_editor: ValueEditor = self._make_editor(self._kind)
        self._value_row.addWidget(self.value_editor, 1)
        self._value_row.addLayout(button_row)
        self._value_row.addStretch(0)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(4)
        right.addWidget(self.help_label)
        right.addLayout(self._value_row)
        # Media rows take a local file too (uploaded as an asset; see row_uploads.py).
        self.file_bar: FileInputBar | None = None
        if row.schema is not None and row.schema.type in svc.MEDIA_TYPES:
            self.file_bar = FileInputBar(self)
            self.file_bar.choose_clicked.connect(lambda: self.file_requested.emit(self.uid))
            self.file_bar.cancel_clicked.connect(
                lambda: self.upload_cancel_requested.emit(self.uid)
            )
            self.setProperty("acceptsFiles", True)
            right.addWidget(self.file_bar)
        # Pictures and videos show what they are before any credit is spent (row_media.py).
        self.preview: MediaPreview | None = None
        if row.schema is not None and row.schema.type in PREVIEW_TYPES:
            self.preview = MediaPreview(self)
            self.preview.focus_released.connect(self.focus_value)
            right.addWidget(self.preview)
        right.addWidget(self.message_label)
        right.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(16)
        layout.addWidget(left, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(right, 1)
        layout.addStretch(0)
        self._layout = layout
        self._left = left
        self._stacked = False
        self._fit_value_width()
        self.sync(row, [])

    def _tool_button(self, text: str, tip: str, delta: int) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda: self.move_requested.emit(self.uid, delta))
        return button

    @property
    def row(self) -> InputRow:
        return self._row

    @property
    def messages(self) -> list[str]:
        return list(self._messages)

    def focus_chain(self) -> list[QWidget]:
        """The row's focusable widgets in reading order."""
        head: list[QWidget] = [self.key_field] if self.key_field is not None else []
        files = self.file_bar.focus_chain() if self.file_bar is not None else []
        preview = self.preview.focus_chain() if self.preview is not None else []
        return [
            *head,
            *self.value_editor.focus_chain(),
            self.json_toggle,
            *self.buttons,
            *files,
            *preview,
        ]

    def set_advanced(self, on: bool) -> None:
        """Advanced: the raw key and the per-row JSON switch show; a JSON value always
        keeps its switch, so it can be turned back into a plain value."""
        self._advanced = on
        self.value_editor.set_advanced(on)
        self.key_label.setVisible(on and not self._row.is_custom)
        self.json_toggle.setVisible(on or self._row.mode == "json")

    def set_stacked(self, stacked: bool) -> None:
        """Name above value (narrow windows) or beside it, so the value keeps its width."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        label_width = self.fontMetrics().averageCharWidth() * LABEL_COLUMN_CHARS
        if stacked:
            self._layout.setDirection(QBoxLayout.Direction.TopToBottom)
            self._left.setMinimumWidth(0)
            self._left.setMaximumWidth(QWIDGETSIZE_MAX)
            self._left.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            self._layout.setSpacing(6)
        else:
            self._layout.setDirection(QBoxLayout.Direction.LeftToRight)
            self._left.setFixedWidth(label_width)
            self._left.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            self._layout.setSpacing(16)

    def _fit_value_width(self) -> None:
        chars = self.fontMetrics().averageCharWidth()
        self.value_editor.setMinimumWidth(VALUE_MIN_PX)
        self.value_editor.setMaximumWidth(chars * VALUE_MAX_CHARS)
        self.help_label.setMaximumWidth(chars * VALUE_MAX_CHARS)

    def focus_value(self) -> None:
        self.value_editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_fault(self) -> None:
        """Focus what FLORA refused: a custom row's name (the technique has no input of
        that name, so the name is at fault), else the value."""
        if self.key_field is not None and self.name_refused():
            self.key_field.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_value()

    def set_move_enabled(self, up: bool, down: bool) -> None:
        self.up_button.setEnabled(up)
        self.down_button.setEnabled(down)

    def sync(self, row: InputRow, messages: list[str], refused: Sequence[str] = ()) -> bool:
        """Show ``row`` and ``messages`` (``refused``: those FLORA sent); returns True when
        the value editor was rebuilt."""
        refused_changed = list(refused) != self._refused
        self._refused = list(refused)
        key_changed = row.key != self._row.key or not self._named
        value_changed = row.value != self._row.value
        self._named = True
        self._row = row
        if value_changed and self.file_bar is not None:
            # A refused file's words go once the row holds something else (a valid link).
            self.file_bar.forget_problem()
        kind = _editor_kind(row)
        rebuilt = kind != self._kind
        if rebuilt:
            self._replace_editor(kind)
        self.value_editor.set_value(row.value)
        if self.key_field is not None and self.key_field.text() != row.key:
            self.key_field.setText(row.key)
        if self.json_toggle.isChecked() != (row.mode == "json"):
            self.json_toggle.blockSignals(True)
            self.json_toggle.setChecked(row.mode == "json")
            self.json_toggle.blockSignals(False)
            self.json_toggle.setVisible(self._advanced or row.mode == "json")
        if key_changed or rebuilt:
            self._name(row)
        if messages != self._messages or rebuilt or key_changed or refused_changed:
            self._show_messages(messages)
        return rebuilt

    def name_refused(self) -> bool:
        """FLORA refused a custom row: the technique has no input of that name."""
        return self.key_field is not None and self._row.schema is None and bool(self._refused)

    def _make_editor(self, kind: str) -> ValueEditor:
        schema = self._row.schema
        media = schema is not None and schema.type in svc.MEDIA_TYPES
        accepts_element = schema is not None and schema.accepts_element
        editor: ValueEditor
        if kind == "large":
            editor = LargeValueView(self)
        elif kind == "url":
            editor = UrlValueEditor(self._filter, accepts_element, self)
        elif kind == "list":
            editor = ListValueEditor(self._filter, media, accepts_element, self)
        else:
            editor = TextValueEditor(self._filter, json=kind == "json", parent=self)
        editor.edited.connect(lambda value, tag: self.value_edited.emit(self.uid, value, tag))
        self.json_toggle.setEnabled(kind != "large")
        return editor

    def _replace_editor(self, kind: str) -> None:
        editor = self._make_editor(kind)
        had_focus = self.value_editor.isAncestorOf(self.focusWidget() or self)
        old = self.value_editor
        self._value_row.replaceWidget(old, editor)
        retire(old)
        self.value_editor = editor
        self._kind = kind
        editor.set_advanced(self._advanced)
        self._fit_value_width()
        if had_focus:
            editor.focus_widget().setFocus()

    def _name(self, row: InputRow) -> None:
        key, label = row.key, row_label(row)
        self.setObjectName(f"inputRow:{key}")
        self.name_label.setText(label)
        self.key_label.setText(key)
        self.key_label.setAccessibleName(self.tr("Key {key}").format(key=key))
        if self.key_field is not None:
            self.key_field.setObjectName(f"inputKey:{key}")
            self.key_field.setAccessibleName(self.tr("Name of the custom input"))
        details = [shown(svc.type_label(row.schema)), requirement_label(row), constraint_text(row)]
        if row.schema is not None and row.schema.description:
            details.append(row.schema.description)
        self.value_editor.set_names(key, label, ". ".join(d for d in details if d))
        self.json_toggle.setObjectName(f"jsonToggle:{key}")
        if self.preview is not None:
            self.preview.set_names(key, label)
        self.json_toggle.setAccessibleName(self.tr("Type {input} as JSON").format(input=label))
        if self._row.is_custom:
            self.up_button.setObjectName(f"moveInputUpButton:{key}")
            self.up_button.setAccessibleName(self.tr("Move {input} up").format(input=label))
            self.down_button.setObjectName(f"moveInputDownButton:{key}")
            self.down_button.setAccessibleName(self.tr("Move {input} down").format(input=label))
            self.remove_button.setObjectName(f"removeInputButton:{key}")
            self.remove_button.setAccessibleName(self.tr("Remove {input}").format(input=label))
        self.message_label.setObjectName(f"inputMessage:{key}")
        if self.file_bar is not None:
            self.file_bar.set_names(key, label)

    def _show_messages(self, messages: list[str]) -> None:
        self._messages = list(messages)
        # Translated here, not in the model: the key checks below compare the English texts.
        text = "\n".join(shown(message) for message in messages)
        self.message_label.setText(text)
        # Live text: no fixed accessible name (it would hide the text); mirror it instead.
        self.message_label.setAccessibleDescription(text)
        self.message_label.setVisible(bool(text))
        invalid = bool(messages)
        set_style_property(self, "invalid", invalid)
        name_refused = self.name_refused()
        # The field at fault is marked: the name when FLORA does not know it, not the value.
        value_bad = any(m not in self._refused for m in messages) if name_refused else invalid
        self.value_editor.set_invalid(value_bad)
        if self.key_field is not None:
            key_bad = svc.MSG_KEY_EMPTY in messages or svc.MSG_KEY_SPACES in messages
            set_style_property(
                self.key_field,
                "invalid",
                key_bad or svc.MSG_KEY_DUPLICATE in messages or name_refused,
            )
        widget = self.value_editor.focus_widget()
        marker = "\n" + self.tr("Problem:") + " "
        base = widget.accessibleDescription().split(marker)[0]
        widget.setAccessibleDescription(f"{base}{marker}{text}" if text else base)
