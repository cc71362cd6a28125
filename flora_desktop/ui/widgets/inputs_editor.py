"""The inputs editor: a key/value table in which a creative fills a technique's inputs.

Why a widget per row (in a scroll area) over a QTableView with delegates: every row needs a
multi-line text field, a list with add/remove, help text and a message under the value,
all editable in place, reachable with Tab and named for screen readers. Delegates only
create an editor for the one cell being edited and paint the rest, so messages, lists and
accessible names would be drawn rather than real widgets. The rows' state still lives in a
thin ``InputsModel`` (QAbstractTableModel): undo commands change the model, and row widgets
follow its signals. Per keystroke, only the edited row is checked and redrawn (a key edit
also redraws the rows that share the old or new key), so 1,000 rows stay responsive; a
value too long for a text field is summarised instead of shown (``LargeValueView``).

Undo covers value, key and mode edits (typing merges into one step until focus moves),
adding, removing and moving rows, and applying the JSON view.

By default the editor speaks a creative's words: each input's name and help from the
schema, no raw keys and no JSON. The "Advanced" switch (the host remembers it) shows the
raw keys, each row's JSON switch, "Add input" (custom rows), "Edit as JSON" and the tools
a host adds with ``add_advanced_tool`` ("Copy as…"). Custom rows and JSON values already
in a draft stay visible and editable either way: nothing typed is hidden.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.api.errors import FieldError
from flora_desktop.api.models import Technique
from flora_desktop.api.sanitise import clean_line
from flora_desktop.services import inputs as svc
from flora_desktop.services.inputs import BuildResult, InputRow, InputsJsonError, RowProblem
from flora_desktop.ui.commands.inputs_commands import (
    EditRowCommand,
    InsertRowCommand,
    MoveRowCommand,
    RemoveRowCommand,
    ReplaceRowsCommand,
)
from flora_desktop.ui.models.inputs_model import InputsModel
from flora_desktop.ui.widgets.file_drop_filter import FileDropFilter
from flora_desktop.ui.widgets.input_row import (
    LABEL_COLUMN_CHARS,
    InputRowWidget,
    retire,
    row_label,
    side_by_side_width,
)
from flora_desktop.ui.widgets.json_view import InputsJsonView
from flora_desktop.ui.widgets.media_preview import MediaPreview
from flora_desktop.ui.widgets.row_media import CropFolder, RowMedia
from flora_desktop.ui.widgets.row_pages import RowPages
from flora_desktop.ui.widgets.steady_scroll import steady_scroll_bars
from flora_desktop.ui.widgets.value_editors import UndoKeyFilter

log = logging.getLogger(__name__)

TABLE_PAGE = 0
JSON_PAGE = 1
# Key in a draft holding the JSON view's text while it is open, so a crash loses none of it.
DRAFT_JSON_TEXT = "json_text"
# A shown editor builds this many rows (about a screenful) at once, then the rest in turns
# of the event loop of about BUILD_TURN_S each, so 1,000 rows never freeze the window.
FIRST_ROWS = 6
BUILD_TURN_S = 0.012
# How long a press of Run waits for picture/video checks still loading (a slow link).
MEDIA_CHECK_WAIT_S = 3.0

Index = QModelIndex | QPersistentModelIndex


class InputsEditor(QWidget):
    """The technique's inputs as editable rows, with undo and an "Edit as JSON" view.

    Signals: ``changed`` after every edit (the host saves the draft on it, debounced);
    for media rows ``file_requested(uid)`` ("Choose file…"), ``files_dropped(uid, paths)``
    and ``upload_cancel_requested(uid)`` (``row_uploads.RowUploads`` handles them);
    ``problems_changed(int)``: how many rows show a problem (0: the page's "Some inputs
    need a fix" banner can go); ``advanced_changed(bool)`` when the person flips
    "Advanced" (the host saves it in the settings).
    """

    changed = Signal()
    file_requested = Signal(int)
    files_dropped = Signal(int, list)
    upload_cancel_requested = Signal(int)
    problems_changed = Signal(int)
    advanced_changed = Signal(bool)

    def __init__(
        self, parent: QWidget | None = None, crop_folder: CropFolder | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inputsEditor")
        self.setAccessibleName(self.tr("Technique inputs"))
        self._technique: Technique | None = None
        self._model = InputsModel(self)
        self._undo_stack = QUndoStack(self)
        self._filter = UndoKeyFilter(self.undo, self.redo, self)
        self._rows: list[InputRowWidget] = []
        self._typing_session = 0
        self._json_opened_with = ""
        self._read_only = False
        self._advanced = False
        self._stacked = False
        self._advanced_tools: list[QWidget] = []
        self._drop_filter = FileDropFilter(self._on_files_dropped, self)

        self._build_toolbar()
        self._build_table()
        self._pages = RowPages(self._rows_box, self._rows_layout, scroll=self._scroll)
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_more)
        self.json_view = InputsJsonView(self)
        self._stack = QStackedWidget(self)
        self._stack.setObjectName("inputsPages")
        self._stack.addWidget(self._scroll)
        self._stack.addWidget(self.json_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._toolbar)
        layout.addWidget(self._stack, 1)
        self._build_shortcuts()

        self._model.modelReset.connect(self._on_model_reset)
        self._model.rowsInserted.connect(self._on_rows_inserted)
        self._model.rowsRemoved.connect(self._on_rows_removed)
        self._model.rowsMoved.connect(self._on_rows_moved)
        self._model.dataChanged.connect(self._on_data_changed)
        self._model.problems_changed.connect(self.problems_changed)
        # After the editor's own model slots, so row widgets exist when it looks at them.
        self.media = RowMedia(self._model, self._preview_for, crop_folder or _pictures, self)
        self.media.upload_requested.connect(lambda uid, path: self.files_dropped.emit(uid, [path]))
        self._undo_stack.indexChanged.connect(self._on_stack_changed)
        self._undo_stack.canUndoChanged.connect(self._update_undo_buttons)
        self._undo_stack.canRedoChanged.connect(self._update_undo_buttons)
        self.json_view.apply_requested.connect(self.apply_json)
        self.json_view.cancel_requested.connect(self.discard_json)
        self.json_view.text_changed.connect(self.changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._update_undo_buttons()
        self._update_empty_state()
        self._apply_advanced()

    # --- construction ------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        self.title_label = QLabel(self.tr("Inputs"), self)
        self.title_label.setObjectName("inputsTitle")
        self.undo_button = self._toolbar_button(
            self.tr("Undo"), "undoButton", self.tr("Undo (Ctrl+Z)")
        )
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = self._toolbar_button(
            self.tr("Redo"), "redoButton", self.tr("Redo (Ctrl+Shift+Z)")
        )
        self.redo_button.clicked.connect(self.redo)
        self.json_button = self._toolbar_button(
            self.tr("Edit as JSON"),
            "editAsJsonButton",
            self.tr("Show all inputs as one JSON object"),
        )
        self.json_button.setCheckable(True)
        self.json_button.toggled.connect(self._on_json_button_toggled)
        self.advanced_switch = self._toolbar_button(
            self.tr("Advanced"),
            "advancedSwitch",
            self.tr("Show the technical details: input ids, raw values, custom inputs, Copy as…"),
        )
        self.advanced_switch.setCheckable(True)
        self.advanced_switch.toggled.connect(self._on_advanced_toggled)
        self._toolbar = QHBoxLayout()
        self._toolbar.setContentsMargins(0, 0, 0, 0)
        self._toolbar.setSpacing(6)
        self._toolbar.addWidget(self.title_label)
        self._toolbar.addStretch(1)
        for button in (self.undo_button, self.redo_button, self.json_button):
            self._toolbar.addWidget(button)
        self._toolbar.addWidget(self.advanced_switch)
        QWidget.setTabOrder(self.json_button, self.advanced_switch)

    def _toolbar_button(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _build_table(self) -> None:
        self._container = QWidget()
        self._container.setObjectName("inputsTable")
        header = QWidget(self._container)
        header.setObjectName("inputsHeader")
        self._header = header
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(12, 4, 12, 4)
        header_layout.setSpacing(16)
        name_header = QLabel(self.tr("Input"), header)
        name_header.setFixedWidth(self.fontMetrics().averageCharWidth() * LABEL_COLUMN_CHARS)
        header_layout.addWidget(name_header)
        header_layout.addWidget(QLabel(self.tr("Value"), header), 1)
        self._rows_box = QWidget(self._container)
        self._rows_box.setObjectName("inputsRows")
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(0)
        self.empty_label = QLabel(self.tr("This technique takes no inputs."), self._container)
        self.empty_label.setObjectName("inputsEmpty")
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add input"), self._container)
        self.add_button.setObjectName("addInputButton")
        self.add_button.setAccessibleName(self.tr("Add input"))
        self.add_button.setToolTip(
            self.tr("Add an input the technique does not list (a custom input)")
        )
        self.add_button.clicked.connect(self.add_custom_row)
        add_row = QHBoxLayout()
        add_row.setContentsMargins(12, 8, 12, 8)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self._container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self._rows_box)
        layout.addWidget(self.empty_label)
        layout.addLayout(add_row)
        layout.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("inputsScroll")
        self._scroll.setAccessibleName(self.tr("Inputs"))
        # The fields inside take the focus; the frame around them is no stop for Tab.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidgetResizable(True)
        steady_scroll_bars(self._scroll)
        self._scroll.setWidget(self._container)

    def _build_shortcuts(self) -> None:
        self._shortcuts: list[QShortcut] = []
        # The third item says what the keys do: the shortcuts sheet (F1) lists it.
        undo, redo = self.tr("Undo an edit of the inputs"), self.tr("Redo an edit of the inputs")
        bindings: list[tuple[QKeySequence, Callable[[], None], str]] = [
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo, undo),
            (QKeySequence(QKeySequence.StandardKey.Redo), self.redo, redo),
            (QKeySequence("Ctrl+Shift+Z"), self.redo, redo),
            (QKeySequence("Ctrl+Y"), self.redo, redo),
            (QKeySequence("Alt+Up"), lambda: self._move_focused_row(-1), self.tr("Move a row up")),
            (
                QKeySequence("Alt+Down"),
                lambda: self._move_focused_row(1),
                self.tr("Move a row down"),
            ),
        ]
        seen: set[str] = set()
        for keys, slot, what in bindings:
            text = keys.toString()
            if not text or text in seen:
                continue  # StandardKey.Redo is Ctrl+Shift+Z on most desktops
            seen.add(text)
            shortcut = QShortcut(keys, self)
            shortcut.setWhatsThis(what)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    # --- public interface --------------------------------------------------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    @property
    def model(self) -> InputsModel:
        return self._model

    @property
    def technique(self) -> Technique | None:
        return self._technique

    def row_widgets(self) -> list[InputRowWidget]:
        """The row widgets in table order (for tests and the host's screenshots)."""
        self.finish_building()
        return list(self._rows)

    def rows_pending(self) -> int:
        """How many rows have no widget yet (a long table is built over a few moments)."""
        return self._model.rowCount() - len(self._rows)

    def finish_building(self) -> None:
        """Build every row widget still pending, now."""
        if self.rows_pending() > 0:
            self._build_timer.stop()
            self._build_rows(None)
        elif self._pages.has_staged():
            self._build_timer.stop()
            self._pages.show_staged()

    def row_widget_by_uid(self, uid: int) -> InputRowWidget | None:
        """The row widget showing the model row ``uid`` (None once the row is gone)."""
        if not self._model.has_uid(uid):
            return None
        self.finish_building()
        position = self._model.position(uid)
        return self._rows[position] if position < len(self._rows) else None

    def edit_row(self, uid: int, row: InputRow, text: str) -> bool:
        """Replace the row's content as one undo step named ``text`` (e.g. an upload)."""
        if not self._model.has_uid(uid):
            return False
        before = self._model.row_by_uid(uid)
        if before == row:
            return False
        self._undo_stack.push(EditRowCommand(self._model, uid, before, row, text))
        return True

    def replace_rows(self, rows: Sequence[InputRow], text: str) -> None:
        """Replace every row as one undo step named ``text`` (a preset, pasted inputs)."""
        if self.is_json_view_open():
            self._show_table()
        self._undo_stack.push(ReplaceRowsCommand(self._model, list(rows), text))
        # Not typing: no pause to wait for, so pasted JSON values are checked at once.
        self._model.flush_checks()

    def reveal_row(self, uid: int) -> None:
        """Scroll to the row ``uid`` and put the focus on its value."""
        if self._model.has_uid(uid):
            self._reveal(self._model.position(uid))

    def add_toolbar_widget(self, widget: QWidget, stretch: int = 0) -> None:
        """Put a host's tool (presets, a notice) in the toolbar, before Undo."""
        self._toolbar.insertWidget(self._toolbar.indexOf(self.undo_button), widget, stretch)

    def add_advanced_tool(self, widget: QWidget) -> None:
        """Put a host's tool for the technically minded ("Copy as…") in the toolbar, shown
        only while "Advanced" is on."""
        self._toolbar.insertWidget(self._toolbar.indexOf(self.undo_button), widget)
        self._advanced_tools.append(widget)
        widget.setVisible(self._advanced)

    def is_advanced(self) -> bool:
        return self._advanced

    def set_advanced(self, on: bool) -> None:
        """Show or hide the advanced tools (the host restores the remembered choice)."""
        if self.advanced_switch.isChecked() != on:
            self.advanced_switch.setChecked(on)  # emits advanced_changed via the toggle
        else:
            self._apply_advanced()

    def problem_count(self) -> int:
        """How many rows show a problem now."""
        return self._model.problem_count()

    def checks_running(self) -> bool:
        """Whether a picture or video is still being looked at (a link loading)."""
        return self.media.busy()

    async def settle_checks(self, within: float = MEDIA_CHECK_WAIT_S) -> None:
        """Give picture and video checks still running up to ``within`` seconds, so a press
        of Run decides on them (a wrong shape must not slip through while a link loads)."""
        if not self.media.busy():
            return  # nothing to wait for: no turn of the loop between Run and "Starting…"
        try:
            await asyncio.wait_for(self.media.wait(), within)
        except TimeoutError:
            log.info("a media check is still running; Run goes on without it")

    async def aclose(self) -> None:
        """Stop every preview being made."""
        await self.media.aclose()

    def row_widget(self, key: str) -> InputRowWidget | None:
        """The first row whose key is ``key``."""
        self.finish_building()
        for widget in self._rows:
            if widget.row.key == key:
                return widget
        return None

    def set_technique(self, technique: Technique, draft: dict[str, Any] | None = None) -> None:
        """Show ``technique``'s inputs, filled from ``draft`` when it matches. Clears undo."""
        self._technique = technique
        self._show_table()
        self._undo_stack.clear()
        self._model.set_rows(svc.rows_for_technique(technique, draft))
        self._update_empty_state()
        json_text = draft.get(DRAFT_JSON_TEXT) if isinstance(draft, dict) else None
        if isinstance(json_text, str):
            self._open_json_view(json_text)

    def rows(self) -> list[InputRow]:
        return self._model.rows()

    def draft(self) -> dict[str, Any]:
        """Everything typed, JSON-serialisable, for ``set_technique(technique, draft)``."""
        technique_id = self._technique.technique_id if self._technique is not None else None
        draft = svc.draft_from_rows(self._model.rows(), technique_id)
        if self.is_json_view_open():
            draft[DRAFT_JSON_TEXT] = self.json_view.text()
        return draft

    def validate(self, *, reveal: bool = True) -> BuildResult:
        """Check every row, show the problems on their rows, and return the inputs map.

        With the JSON view open, its text is applied first; text that cannot be applied is
        one problem (row_index -1), shown in the view. ``reveal`` scrolls to the first row
        with a problem and puts the focus there.
        """
        if self.is_json_view_open() and not self.apply_json():
            message = self.tr("The JSON cannot be applied: {problem}").format(
                problem=self.json_view.message_label.text()
            )
            return BuildResult(inputs={}, problems=(RowProblem(-1, "", message),))
        self._model.flush_checks()
        result = svc.build_inputs(self._model.rows())
        # A picture of the wrong shape blocks Run too, until cropped or "Use anyway".
        media = [
            RowProblem(self._model.position(uid), self._model.row_by_uid(uid).key, message)
            for uid, message in self._model.media_problems().items()
        ]
        if media:
            problems = sorted([*result.problems, *media], key=lambda p: p.row_index)
            result = BuildResult(inputs={}, problems=tuple(problems))
        by_uid: dict[int, list[str]] = {}
        for problem in result.problems:
            if problem in media:
                continue  # shown already, as the row's media problem
            by_uid.setdefault(self._model.uid(problem.row_index), []).append(problem.message)
        self._model.set_submit_problems(by_uid)
        if reveal and result.problems:
            self._reveal(result.problems[0].row_index)
        return result

    def show_field_errors(self, errors: Sequence[FieldError]) -> list[FieldError]:
        """Put each server field error on its row; return the ones that match no row.

        ``field`` may be the key, ``inputs.<key>`` or ``inputs[<key>]`` (or a path inside
        it). The focus goes to the topmost row with an error.
        """
        if self.is_json_view_open():
            self._show_table()
        rows = [(self._model.row(p).key, self._model.uid(p)) for p in range(self._model.rowCount())]
        first_uid: dict[str, int] = {}
        for row_key, uid in rows:
            first_uid.setdefault(row_key, uid)
        for row_key, uid in rows:
            # The client cleans what FLORA sends (no control characters or lone surrogates):
            # an error about a key holding them names the key as cleaned.
            first_uid.setdefault(clean_line(row_key), uid)
        matched: dict[int, list[str]] = {}
        unmatched: list[FieldError] = []
        for error in errors:
            key = svc.field_key(error.field, first_uid)
            if key is None:
                unmatched.append(error)
            else:
                matched.setdefault(first_uid[key], []).append(
                    error.message or self.tr("Not accepted")
                )
        self._model.set_field_errors(matched)
        if matched:
            self._reveal(min(self._model.position(uid) for uid in matched), fault=True)
        return unmatched

    def clear_field_errors(self) -> None:
        self._model.set_field_errors({})

    def set_read_only(self, read_only: bool) -> None:
        """Block every edit (while a run is being started); nothing typed changes."""
        self._read_only = read_only
        self._stack.setEnabled(not read_only)
        self.json_button.setEnabled(not read_only)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(not read_only)
        self._update_undo_buttons()

    def is_read_only(self) -> bool:
        return self._read_only

    def undo(self) -> None:
        if not self._read_only and not self.is_json_view_open():
            self._undo_stack.undo()

    def redo(self) -> None:
        if not self._read_only and not self.is_json_view_open():
            self._undo_stack.redo()

    def add_custom_row(self) -> None:
        """Add an empty custom row at the end and put the focus on its name."""
        if self._read_only:
            return
        self.finish_building()
        position = self._model.rowCount()
        self._undo_stack.push(
            InsertRowCommand(self._model, position, svc.custom_row(), self.tr("Add input"))
        )
        widget = self._rows[position]
        self._scroll_to(widget)
        if widget.key_field is not None:
            widget.key_field.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the JSON view -----------------------------------------------------------------------

    def is_json_view_open(self) -> bool:
        return self._stack.currentIndex() == JSON_PAGE

    def open_json_view(self) -> bool:
        """Show the inputs as JSON; refused (problems shown on their rows) when a row's key
        or JSON would not survive the trip."""
        self._model.flush_checks()
        rows = self._model.rows()
        problems = svc.json_view_problems(rows)
        if problems:
            self._model.set_submit_problems(
                {self._model.uid(p.row_index): [p.message] for p in problems}
            )
            self._reveal(problems[0].row_index)
            self._set_json_button(False)
            return False
        self._open_json_view(svc.inputs_to_json(rows))
        return True

    def apply_json(self) -> bool:
        """Apply the JSON text to the table (one undo step) and go back to it.

        Text that is not a JSON object stays in the view with the problem under it.
        """
        if self._technique is None:
            self._show_table()
            return True
        text = self.json_view.text()
        try:
            rows = svc.rows_from_json(text, self._technique)
        except InputsJsonError as error:
            self.json_view.show_problem(error.message)
            self._set_json_button(True)
            self.json_view.text_edit.setFocus()
            return False
        unchanged = text == self._json_opened_with or rows == self._model.rows()
        self._show_table()
        if not unchanged:
            self._undo_stack.push(ReplaceRowsCommand(self._model, rows, self.tr("Edit as JSON")))
        return True

    def discard_json(self) -> None:
        """Back to the table without applying the JSON text."""
        self._show_table()

    def _open_json_view(self, text: str) -> None:
        self._json_opened_with = text
        self.json_view.set_text(text)
        self._stack.setCurrentIndex(JSON_PAGE)
        self._set_json_button(True)
        self.add_button.setEnabled(False)
        self._update_undo_buttons()
        self.json_view.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_table(self) -> None:
        was_open = self.is_json_view_open()
        self._stack.setCurrentIndex(TABLE_PAGE)
        self._set_json_button(False)
        self.add_button.setEnabled(True)
        self._update_undo_buttons()
        if was_open:
            self.changed.emit()  # the draft no longer carries the JSON text

    def _set_json_button(self, checked: bool) -> None:
        self.json_button.blockSignals(True)
        self.json_button.setChecked(checked)
        self.json_button.blockSignals(False)

    def _on_json_button_toggled(self, checked: bool) -> None:
        if checked:
            self.open_json_view()
        else:
            self.apply_json()

    # --- edits from the rows -----------------------------------------------------------------

    def _merge(self, tag: Hashable | None) -> Hashable | None:
        return None if tag is None else (tag, self._typing_session)

    def _on_value_edited(self, uid: int, value: object, tag: Hashable | None) -> None:
        row = self._model.row_by_uid(uid)
        if not isinstance(value, str | list):
            return
        new = InputRow(row.key, value, row.mode, row.schema)
        if new == row:
            return
        text = self.tr("Edit {input}").format(input=row_label(row))
        self._undo_stack.push(
            EditRowCommand(self._model, uid, row, new, text, self._merge(("value", tag)))
        )

    def _on_key_edited(self, uid: int, key: str) -> None:
        row = self._model.row_by_uid(uid)
        if key == row.key:
            return
        new = InputRow(key, row.value, row.mode, row.schema)
        self._undo_stack.push(
            EditRowCommand(self._model, uid, row, new, self.tr("Rename input"), self._merge("key"))
        )

    def _on_json_toggled(self, uid: int, on: bool) -> None:
        row = self._model.row_by_uid(uid)
        new = svc.switch_mode(row, "json" if on else svc.natural_mode(row.schema))
        if new == row:
            return
        text = (self.tr("JSON for {input}") if on else self.tr("Plain value for {input}")).format(
            input=row_label(row)
        )
        self._undo_stack.push(EditRowCommand(self._model, uid, row, new, text))

    def _on_remove_requested(self, uid: int) -> None:
        self.finish_building()
        position = self._model.position(uid)
        label = row_label(self._model.row(position))
        self._undo_stack.push(
            RemoveRowCommand(self._model, uid, self.tr("Remove {input}").format(input=label))
        )
        self._focus_after_removal(position)

    def _focus_after_removal(self, position: int) -> None:
        for candidate in (position, position - 1):
            if 0 <= candidate < len(self._rows):
                widget = self._rows[candidate]
                if widget.row.is_custom:
                    self._pages.reveal(widget)
                    widget.remove_button.setFocus(Qt.FocusReason.OtherFocusReason)
                    return
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_move_requested(self, uid: int, delta: int) -> None:
        self.finish_building()
        position = self._model.position(uid)
        target = position + delta
        # Custom rows move among themselves; schema rows stay in the technique's order.
        first_custom = sum(1 for row in self._model.rows() if not row.is_custom)
        if not self._model.row(position).is_custom:
            return
        if not first_custom <= target < self._model.rowCount():
            return
        label = row_label(self._model.row(position))
        self._undo_stack.push(
            MoveRowCommand(self._model, uid, target, self.tr("Move {input}").format(input=label))
        )
        self._scroll_to(self._rows[target])

    def _move_focused_row(self, delta: int) -> None:
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, InputRowWidget):
            widget = widget.parentWidget()
        if isinstance(widget, InputRowWidget) and widget.row.is_custom:
            self._on_move_requested(widget.uid, delta)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        del old, new
        # Typing in a new place starts a new undo step.
        self._typing_session += 1

    def _on_stack_changed(self) -> None:
        self.changed.emit()

    def _update_undo_buttons(self) -> None:
        enabled = not self._read_only and not self.is_json_view_open()
        self.undo_button.setEnabled(enabled and self._undo_stack.canUndo())
        self.redo_button.setEnabled(enabled and self._undo_stack.canRedo())

    # --- following the model -----------------------------------------------------------------

    def _new_row_widget(self, position: int, parent: QWidget) -> InputRowWidget:
        uid = self._model.uid(position)
        widget = InputRowWidget(uid, self._model.row(position), self._filter, parent)
        widget.sync(widget.row, self._model.messages(uid), self._model.field_errors(uid))
        widget.value_edited.connect(self._on_value_edited)
        widget.key_edited.connect(self._on_key_edited)
        widget.json_toggled.connect(self._on_json_toggled)
        widget.remove_requested.connect(self._on_remove_requested)
        widget.move_requested.connect(self._on_move_requested)
        if widget.file_bar is not None:
            widget.file_requested.connect(self.file_requested)
            widget.upload_cancel_requested.connect(self.upload_cancel_requested)
            self._drop_filter.watch(widget)
        if widget.preview is not None:
            widget.preview.crop_clicked.connect(lambda: self.media.crop(uid))
            widget.preview.use_anyway_clicked.connect(lambda: self.media.use_anyway(uid))
        widget.set_advanced(self._advanced)
        widget.set_stacked(self._stacked)
        return widget

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Narrow (900 px windows): names go above values, which keep at least 320 px.
        # The editor's own width (the scroll area's is not laid out yet), less a scroll bar.
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        stacked = event.size().width() - scroll_bar - 4 < side_by_side_width(self)
        if stacked != self._stacked:
            self._stacked = stacked
            self._header.setVisible(not stacked)
            for widget in self._rows:
                widget.set_stacked(stacked)
            self._pages.remeasure()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab from anything inside bubble up to here: a field in a parked
        # page (far from the screen: hidden) would be skipped, so its page is shown first.
        focus = QApplication.focusWidget()
        last = self._rows[-1] if self._rows else None
        if next and focus is not None and last is not None and last.isAncestorOf(focus):
            self._build_now(len(self._rows))  # the next row, if not built yet
        target = self._pages.next_parked(focus, next) if focus is not None else None
        if target is not None:
            self._pages.reveal(target)
        moved = super().focusNextPrevChild(next)
        landed = QApplication.focusWidget()
        if target is not None and landed is not None:
            # The page is laid out on the next turn: scroll to the field once it is.
            QTimer.singleShot(0, self, lambda: self._scroll.ensureWidgetVisible(landed, 0, 24))
        return moved

    def _preview_for(self, uid: int) -> MediaPreview | None:
        # Never builds pending rows: a row built later is looked at when it is built.
        if not self._model.has_uid(uid):
            return None
        position = self._model.position(uid)
        return self._rows[position].preview if position < len(self._rows) else None

    def _on_advanced_toggled(self, on: bool) -> None:
        self._apply_advanced()
        self.advanced_changed.emit(on)

    def _apply_advanced(self) -> None:
        on = self.advanced_switch.isChecked()
        self._advanced = on
        self.json_button.setVisible(on or self.is_json_view_open())
        for tool in self._advanced_tools:
            tool.setVisible(on)
        for widget in self._rows:
            widget.set_advanced(on)
        self._pages.remeasure()
        self._update_empty_state()

    def _on_files_dropped(self, paths: list[Path], target: QWidget) -> None:
        widget: QWidget | None = target
        while widget is not None and not isinstance(widget, InputRowWidget):
            widget = widget.parentWidget()
        if isinstance(widget, InputRowWidget) and not self._read_only:
            self.files_dropped.emit(widget.uid, paths)

    def _on_model_reset(self) -> None:
        self._build_timer.stop()
        for widget in self._rows:
            retire(widget)
        self._rows = []
        self._pages.clear()  # drops the pages with the rows in them
        # A hidden editor (tests, a page not shown yet) builds every row now; a shown one
        # builds a screenful now and the rest in later turns of the event loop.
        self._build_rows(FIRST_ROWS if self.isVisible() else None)
        self._update_empty_state()

    def _build_more(self) -> None:
        self._build_rows(1)
        # The rows live as long as the table: the cycle collector (on a timer, every second)
        # need not scan the tens of thousands of objects a long table is made of again and
        # again (a 40-65 ms pass at 1,000 rows). Frozen objects are still freed by their
        # reference counts; only cycles made in these turns wait for a full collection.
        gc.freeze()

    def _build_rows(self, at_least: int | None) -> None:
        """Build pending rows in order: all of them (``at_least`` None), or at least
        ``at_least`` and more while the turn's time lasts; schedule the rest."""
        first = len(self._rows)
        if at_least is not None and first > 0:
            # Showing a page lays out its rows: that is a turn's work of its own.
            if self._pages.show_full():
                self._build_timer.start()
                return
            if self.rows_pending() == 0:
                self._pages.show_staged()  # the last rows, a turn after they were built
                return
        deadline = time.perf_counter() + BUILD_TURN_S
        while len(self._rows) < self._model.rowCount():
            built = len(self._rows) - first
            if at_least is not None and built >= at_least and time.perf_counter() > deadline:
                break
            position = len(self._rows)
            widget = self._new_row_widget(position, self._pages.parent_for(None, staged=True))
            self._pages.insert(widget, None)
            self._rows.append(widget)
        if first == 0 or at_least is None:
            self._pages.show_staged()  # the first screenful, or everything at once
        if len(self._rows) > first:
            self._fix_tab_order(first, len(self._rows) - 1)
            self._update_move_buttons(first - 1, len(self._rows) - 1)
        self._pages.set_pending(self.rows_pending())
        if self.rows_pending() > 0 or self._pages.has_staged():
            self._build_timer.start()

    def _build_now(self, position: int) -> None:
        """Build the pending rows up to ``position`` now (Tab walks into them)."""
        first = len(self._rows)
        while len(self._rows) <= min(position, self._model.rowCount() - 1):
            widget = self._new_row_widget(
                len(self._rows), self._pages.parent_for(None, staged=True)
            )
            self._pages.insert(widget, None)
            self._rows.append(widget)
        if len(self._rows) > first:
            self._fix_tab_order(first, len(self._rows) - 1)
            self._update_move_buttons(first - 1, len(self._rows) - 1)
        self._pages.set_pending(self.rows_pending())

    def _on_rows_inserted(self, parent: Index, first: int, last: int) -> None:
        del parent
        if first > len(self._rows):
            self._update_empty_state()  # among rows still to be built: built in turn
            return
        for position in range(first, last + 1):
            before = self._rows[position] if position < len(self._rows) else None
            widget = self._new_row_widget(position, self._pages.parent_for(before))
            self._pages.insert(widget, before)
            self._rows.insert(position, widget)
        self._fix_tab_order(first, last)
        self._update_move_buttons(first - 1, last + 1)
        self._update_empty_state()

    def _on_rows_removed(self, parent: Index, first: int, last: int) -> None:
        del parent
        for widget in self._rows[first : last + 1]:
            self._pages.remove(widget)
            retire(widget)
        del self._rows[first : last + 1]
        self._update_move_buttons(first - 1, first)
        self._update_empty_state()

    def _on_rows_moved(
        self, parent: Index, start: int, end: int, destination: Index, row: int
    ) -> None:
        del parent, destination
        target = row - (end - start + 1) if row > start else row
        if max(end, target + end - start) >= len(self._rows):
            # A move into rows still to be built: rebuild from the first row it touches.
            low = min(start, target)
            for widget in self._rows[low:]:
                self._pages.remove(widget)
                retire(widget)
            del self._rows[low:]
            self._build_rows(1)
            return
        moved = self._rows[start : end + 1]
        del self._rows[start : end + 1]
        for offset, widget in enumerate(moved):
            self._rows.insert(target + offset, widget)
        for offset, widget in enumerate(moved):
            position = target + offset
            previous = self._rows[position - 1] if position > 0 else None
            following = self._rows[position + 1] if position + 1 < len(self._rows) else None
            self._pages.place(widget, previous, following)
        low, high = min(start, target), max(end, target + len(moved) - 1)
        self._fix_tab_order(low, high)
        self._update_move_buttons(low - 1, high + 1)

    def _on_data_changed(self, top_left: Index, bottom_right: Index, roles: object) -> None:
        del roles
        for position in range(top_left.row(), bottom_right.row() + 1):
            if not 0 <= position < len(self._rows):
                continue
            widget = self._rows[position]
            uid = self._model.uid(position)
            row, messages = self._model.row(position), self._model.messages(uid)
            if widget.sync(row, messages, self._model.field_errors(uid)):
                self._fix_tab_order(position, position)
            if widget.file_bar is not None:
                # A rebuilt value editor or a new list item must not take file drops as text.
                self._drop_filter.watch(widget)

    def _fix_tab_order(self, first: int, last: int) -> None:
        """Make Tab follow the table order from row ``first`` to row ``last``."""
        if first > last or not self._rows:
            return
        first, last = max(first, 0), min(last, len(self._rows) - 1)
        previous: QWidget = (
            self._rows[first - 1].focus_chain()[-1] if first > 0 else self.advanced_switch
        )
        for widget in self._rows[first : last + 1]:
            for item in widget.focus_chain():
                QWidget.setTabOrder(previous, item)
                previous = item
        following: QWidget = (
            self._rows[last + 1].focus_chain()[0] if last + 1 < len(self._rows) else self.add_button
        )
        QWidget.setTabOrder(previous, following)

    def _update_move_buttons(self, first: int, last: int) -> None:
        # Counted on the model: some rows may not have a widget yet.
        first_custom = sum(1 for row in self._model.rows() if not row.is_custom)
        count = self._model.rowCount()
        for position in range(max(first, 0), min(last, len(self._rows) - 1) + 1):
            self._rows[position].set_move_enabled(position > first_custom, position < count - 1)

    def _update_empty_state(self) -> None:
        empty = self._model.rowCount() == 0
        self.empty_label.setVisible(empty and self._technique is not None)
        # Custom inputs are for the technically minded, and only once a technique is chosen.
        self.add_button.setVisible(self._advanced and self._technique is not None)

    def _reveal(self, position: int, *, fault: bool = False) -> None:
        """Scroll to the row and put the focus on its value (``fault``: on what FLORA
        refused, a custom row's name)."""
        self.finish_building()
        if not 0 <= position < len(self._rows):
            return
        widget = self._rows[position]
        self._pages.reveal(widget)  # a parked page's fields take no focus
        if fault:
            widget.focus_fault()
        else:
            widget.focus_value()
        self._scroll_to(widget)

    def _scroll_to(self, widget: InputRowWidget) -> None:
        # A row just added has no geometry until the layout runs: scroll on the next turn,
        # if the row is still there then.
        self._pages.reveal(widget)
        QTimer.singleShot(0, self, lambda: self._scroll_now(widget))

    def _scroll_now(self, widget: InputRowWidget) -> None:
        if widget in self._rows:
            self._scroll.ensureWidgetVisible(widget, 0, 24)


def _pictures() -> Path:
    """Where crops of linked pictures go: the Pictures folder's "FLORA" folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return Path(folder or Path.home()) / "FLORA"
