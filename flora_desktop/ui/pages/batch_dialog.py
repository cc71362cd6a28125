"""The Batch window: rows from a spreadsheet or a list of variations, reviewed, then run.

It assembles units and holds no batch logic: rows come from ``services.batch_sources``
(read off the UI thread; a spreadsheet's columns chosen in ``widgets.batch_mapping``) and
``services.batch_combine`` (lists of files and variations, row by row or every
combination: ``widgets.batch_combine_choice``); the review's checks and fixes from
``widgets.batch_checks`` and ``widgets.batch_review``; the run from
``services.batch.BatchRunner`` over the history file (``BatchStore``), and the table from
``ui.models.batch_rows_model``. Nothing is spent before "Start N runs — $X" is clicked
(and, above ``CONFIRM_ABOVE`` rows, confirmed once more); rows with a problem or still
being checked are neither started nor counted.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSize, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.services.batch import (
    STOP_CANCELLED,
    STOP_DISK,
    BatchProgress,
    BatchRunner,
    progress_of,
    unsaved_outputs,
)
from flora_desktop.services.batch_combine import CombineProblem, clean_values, combine
from flora_desktop.services.batch_outputs import BatchOutputSaver
from flora_desktop.services.batch_sources import (
    MAX_ROWS,
    ColumnMapping,
    SourceProblem,
    SourceTable,
    files_in,
    read_table,
    rows_from_table,
    too_many_rows,
)
from flora_desktop.services.batch_store import Batch, BatchRow, BatchSource, BatchStore
from flora_desktop.services.outputs import sanitize_file_name
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.services.uploads import AssetUploader
from flora_desktop.services.watch import RunWatcher
from flora_desktop.ui.models.batch_rows_model import (
    PROBLEM_ROLE,
    STATUS_COLUMN,
    BatchRowsModel,
    BatchStatusFilter,
)
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.batch_checks import THUMB, BatchChecks
from flora_desktop.ui.widgets.batch_combine_choice import CombineChoice
from flora_desktop.ui.widgets.batch_contact_sheet import attach_contact_sheet
from flora_desktop.ui.widgets.batch_mapping import BatchMappingDialog
from flora_desktop.ui.widgets.batch_review import BatchRowFixes

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient
    from flora_desktop.api.models import Technique, Workspace
    from flora_desktop.services.settings import Settings
    from flora_desktop.services.submissions import SubmissionJournal

__all__ = ["CONFIRM_ABOVE", "BatchDialog"]

# More rows than this asks once more before starting.
CONFIRM_ABOVE = 100
MAX_PROBLEMS_SHOWN = 8
# The counts and the Start button follow the checks at most this often.
CHECKS_REPAINT_MS = 50
# The Source column's room for a name beside its thumbnail, in pixels.
SOURCE_NAME_WIDTH = 160


def _resolved_files(paths: list[Path]) -> list[str]:
    """A worker thread's job: the files in ``paths`` (one past the limit at most), resolved."""
    return [str(path.resolve()) for path in files_in(paths, MAX_ROWS)]


class BatchDialog(QDialog):
    """One batch of ``technique`` in ``workspace``; ``finished_batch(str)`` gives its id."""

    finished_batch = Signal(str)
    # A contact-sheet cell was clicked: show that run (History, through the batch entry).
    open_run_requested = Signal(str)

    def __init__(
        self,
        client: FloraClient,
        journal: SubmissionJournal,
        store: BatchStore,
        settings: Settings,
        technique: Technique,
        workspace: Workspace,
        defaults: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("Batch — {name}").format(name=technique.name))
        self._client = client
        self._journal = journal
        self._store = store
        self._settings = settings
        self._technique = technique
        self._workspace = workspace
        self._defaults = dict(defaults or {})
        self._tasks = TaskOwner()
        self._sources: list[BatchSource] = []
        # Batched inputs' lists (files, variations), combined into rows by ``self.combine``.
        self._lists: dict[str, list[str]] = {}
        self._names = {spec.id: spec.name for spec in technique.inputs}
        self.mapping: BatchMappingDialog | None = None
        self._batch: Batch | None = None
        self._runner: BatchRunner | None = None
        self._asked_twice = False
        # The last run could not write every output or the manifest: Resume writes them.
        self._write_failed = False
        # Closed between a press that spends (Start, Resume, Retry) and its runner: the
        # press is cancelled as closing a running batch cancels it.
        self._closed_while_starting = False
        # Between the press of Start and the batch being recorded: no refresh may give the
        # button back, and no new rows are taken (one press, one batch).
        self._starting = False
        stamp = time.strftime("%Y-%m-%d %H.%M")
        self.out_dir = settings.output_folder_or_default() / sanitize_file_name(
            f"{technique.name} batch {stamp}"
        )

        self.import_button = QPushButton(self.tr("&Import spreadsheet (CSV, Excel)…"), self)
        self.import_button.setObjectName("batchImport")
        self.files_button = QPushButton(self.tr("Add &files or a folder…"), self)
        self.files_button.setToolTip(
            self.tr("Each file becomes one row (you can also drop them here)")
        )
        self.setAcceptDrops(True)
        self.vary_label = QLabel(self.tr("&Vary:"), self)
        self.variation_input = QComboBox(self)
        self.vary_label.setBuddy(self.variation_input)
        self.variation_input.setAccessibleName(self.tr("Input to vary"))
        for spec in technique.inputs:
            self.variation_input.addItem(spec.name, spec.id)
        self.variations = QPlainTextEdit(self)
        self.variations.setObjectName("batchVariations")
        self.variations.setPlaceholderText(self.tr("Variations: one value per line"))
        self.variations.setAccessibleName(self.tr("Variations, one per line"))
        self.variations.setMaximumHeight(90)
        self.use_variations = QPushButton(self.tr("&Make rows from these lines"), self)
        self.problems = QLabel(self)
        self.problems.setObjectName("batchProblems")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.combine_choice = CombineChoice(self)

        self.model = BatchRowsModel(
            technique.run_cost, {spec.id: spec.name for spec in technique.inputs}, self
        )
        self.filter = BatchStatusFilter(self)
        self.filter.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("batchTable")
        self.table.setModel(self.filter)
        self.table.setAccessibleName(self.tr("Batch rows"))
        self.table.verticalHeader().hide()
        # Room for the review's thumbnails (made at this size, off the UI thread).
        self.table.setIconSize(QSize(THUMB, THUMB))
        self._row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.fixes = BatchRowFixes(self)
        self.checks = BatchChecks(self.model, technique, self._crop_folder, self._tasks, self)
        header = self.table.horizontalHeader()
        # Sized when rows arrive, not on every change: ResizeToContents measures every row
        # each time one changes, which stalls the window during a long batch.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Fit columns to the rows on screen, not all 500 (a stall of ~100 ms per reset).
        header.setResizeContentsPrecision(0)
        self.model.modelReset.connect(self._fit_columns)
        self.table.doubleClicked.connect(self._open_output)

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show rows"))
        for key, label in (
            ("all", self.tr("All rows")),
            ("completed", self.tr("Completed")),
            ("failed", self.tr("Failed")),
            ("in_progress", self.tr("In progress")),
            ("not_started", self.tr("Not started")),
            ("problem", self.tr("Needs fixing")),
        ):
            self.status_filter.addItem(label, key)
        self.summary = QLabel(self)
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Output &folder…"), self)
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel batch"), self)
        self.retry_button = QPushButton(self.tr("&Retry failed rows"), self)
        # Rows in doubt (their run may exist): only on the user's word, with their own keys.
        self.again_button = QPushButton(self)
        self.again_button.setObjectName("batchRunAgainInDoubt")
        self.again_button.setToolTip(
            self.tr("Look in History first: FLORA may already have made these rows")
        )
        self.resume_button = QPushButton(self.tr("Res&ume batch"), self)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("batchStart")
        self.start_button.setDefault(True)
        self._build_layout()
        self.contact_sheet = attach_contact_sheet(
            self, self.table, self.model, self.filter, self._size_columns
        )
        self.contact_sheet.run_requested.connect(self.open_run_requested)
        # Tab meets the footer's buttons in the order they are drawn.
        footer = (
            self.folder_button,
            self.status_filter,
            self.retry_button,
            self.again_button,
            self.resume_button,
            self.pause_button,
            self.cancel_button,
        )
        for first, second in zip(footer, (*footer[1:], self.start_button), strict=True):
            QWidget.setTabOrder(first, second)

        self.import_button.clicked.connect(self._choose_csv)
        self.files_button.clicked.connect(self._choose_files)
        self.use_variations.clicked.connect(self._make_variations)
        self.combine_choice.changed.connect(lambda _every: self.combine())
        self.combine_choice.clear_clicked.connect(self.clear_lists)
        self._checked_soon: asyncio.TimerHandle | None = None
        self._counts_text = ""
        self.checks.progress.connect(self._on_checked)
        self.checks.note.connect(self.fixes.set_note)
        self.fixes.crop_clicked.connect(lambda: self._fix(self.checks.crop))
        self.fixes.use_anyway_clicked.connect(lambda: self._fix(self.checks.use_anyway))
        self.fixes.crop_all_clicked.connect(self.checks.crop_all)
        self.fixes.next_clicked.connect(self.select_next_problem)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_fixes())
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.filter.set_group(str(self.status_filter.currentData()))
        )
        self.folder_button.clicked.connect(self._choose_folder)
        self.start_button.clicked.connect(self._on_start)
        self.pause_button.clicked.connect(self._on_pause)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.retry_button.clicked.connect(self._on_retry)
        self.again_button.clicked.connect(self._on_run_again_in_doubt)
        self.resume_button.clicked.connect(self._on_resume)
        self._refresh()
        self._batch_form_lists()

    def _batch_form_lists(self) -> None:
        """Several values typed in the form for an input that takes many: FLORA starts one
        run per value (CONTRACT §4.1), so each value is a row here, as files dropped are."""
        for spec in self._technique.inputs:
            value = self._defaults.get(spec.id)
            if spec.allow_multiple and isinstance(value, list) and len(value) > 1:
                self._lists[spec.id] = [str(item) for item in value]
        if self._lists:
            self.combine_choice.show_lists(self._lists, self._names)
            self.combine()

    def _fit_columns(self) -> None:
        # Hidden (the contact sheet in front), Qt would measure every row: ~90 ms for 500.
        # The sheet's tabs fit the columns when the table comes forward.
        if self.table.isVisible():
            self._size_columns()

    @property
    def batch_id(self) -> str | None:
        """The stored batch shown (None before the start)."""
        return self._batch.batch_id if self._batch is not None else None

    @property
    def running(self) -> bool:
        """Its batch is being worked through (or a cancel is settling rows in flight)."""
        return self._runner is not None

    def _build_layout(self) -> None:
        sources = QHBoxLayout()
        sources.addWidget(self.import_button)
        sources.addWidget(self.files_button)
        sources.addStretch(1)
        sources.addWidget(self.vary_label)
        sources.addWidget(self.variation_input)
        variations = QHBoxLayout()
        variations.addWidget(self.variations, 1)
        variations.addWidget(self.use_variations)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_label, 1)
        folder.addWidget(self.folder_button)
        footer = QHBoxLayout()
        footer.addWidget(self.status_filter)
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.retry_button)
        footer.addWidget(self.again_button)
        footer.addWidget(self.resume_button)
        footer.addWidget(self.pause_button)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(sources)
        layout.addLayout(variations)
        layout.addWidget(self.combine_choice)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.fixes)
        layout.addLayout(folder)
        layout.addLayout(footer)
        self.resize(880, 560)

    # --- sources ---------------------------------------------------------------------------

    def _choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a spreadsheet"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        """Read ``path`` (CSV or .xlsx) off the UI thread, then ask for its columns."""
        self._tasks.spawn("import", self.import_table(path))

    async def import_table(self, path: Path) -> BatchMappingDialog | None:
        """Read ``path`` off the UI thread and open the column step (returned, open); its
        "Use these columns" makes the rows. None when the file could not be read."""
        self.summary.setText(self.tr("Reading {file}…").format(file=path.name))
        try:
            table = await asyncio.to_thread(read_table, path)
        except (OSError, ValueError) as exc:
            reason = shown(exc.args[0]) if exc.args and isinstance(exc.args[0], str) else ""
            self._show_problems(
                [],
                self.tr("The spreadsheet could not be read. {reason}").format(
                    reason=reason or self.tr("Is it a CSV or Excel file?")
                ),
            )
            self._refresh()
            return None
        self._refresh()
        if self._batch is not None:
            return None
        if self.mapping is not None:
            self.mapping.close()
        mapping = BatchMappingDialog(table, self._technique, self._defaults, path.name, self)
        mapping.accepted.connect(lambda: self._use_table(table, mapping, path.parent))
        self.mapping = mapping
        mapping.open()
        return mapping

    def _use_table(self, table: SourceTable, mapping: BatchMappingDialog, folder: Path) -> None:
        self._tasks.spawn("rows", self._rows_from_table(table, mapping.mapping(), folder))

    async def _rows_from_table(
        self, table: SourceTable, mapping: ColumnMapping, folder: Path
    ) -> None:
        # A worker thread's job: each row's file names are looked up on the disk.
        sources, problems = await asyncio.to_thread(
            rows_from_table,
            table,
            self._technique,
            mapping,
            defaults=self._defaults,
            base_dir=folder,
        )
        self._lists.clear()  # a spreadsheet's rows replace the lists
        self.combine_choice.show_lists({}, self._names)
        self._set_sources(sources, problems)

    async def settle(self) -> None:
        """Let the reading of a source under way finish (tests; the window never waits)."""
        await self._tasks.wait("rows")
        await self._tasks.wait("files")
        await self._tasks.wait("import")

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose files, one row each"))
        if names:
            self._tasks.spawn("files", self.add_files([Path(n) for n in names]))

    async def add_files(self, paths: list[Path]) -> None:
        """Each file (folders: every file inside, sorted) becomes a value of the chosen
        media input (the "Vary" one, else the first). A ``.csv``/``.xlsx`` alone is imported.
        Folders are walked off the UI thread, and only up to the row limit."""
        if len(paths) == 1 and paths[0].suffix.lower() in (".csv", ".xlsx"):
            await self.import_table(paths[0])
            return
        media = [s.id for s in self._technique.inputs if s.type != "text"]
        input_id = str(self.variation_input.currentData())
        if input_id not in media and media:
            input_id = media[0]
        self.summary.setText(self.tr("Looking at the files…"))
        found = await asyncio.to_thread(_resolved_files, paths)
        if len(found) > MAX_ROWS:
            self._refresh()
            self._show_problems(
                [],
                self.tr(
                    "More than {limit} files; a batch takes at most {limit}. Choose a "
                    "smaller folder."
                ).format(limit=MAX_ROWS),
            )
            return
        self.set_list(input_id, found)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._batch is None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self._batch is None:
            self._tasks.spawn("files", self.add_files(paths))
            event.acceptProposedAction()

    def _make_variations(self) -> None:
        input_id = str(self.variation_input.currentData())
        values = clean_values(self.variations.toPlainText().splitlines())
        if len(values) > MAX_ROWS:
            self._show_problems([], shown(too_many_rows(len(values))))
            return
        self.set_list(input_id, values)

    def set_list(self, input_id: str, values: list[str]) -> None:
        """``input_id`` is batched over ``values`` (replacing its earlier list); rows follow."""
        if self._batch is not None:
            return
        if values:
            self._lists[input_id] = values
        else:
            self._lists.pop(input_id, None)
        self.combine_choice.show_lists(self._lists, self._names)
        self.combine()

    def clear_lists(self) -> None:
        self._lists.clear()
        self.combine_choice.show_lists({}, self._names)
        self._set_sources([], [])

    def combine(self) -> None:
        """Rows from the lists: row by row, or every combination (the choice shown)."""
        try:
            sources = combine(
                self._lists,
                every=self.combine_choice.is_every(),
                defaults=self._defaults,
                names=self._names,
            )
        except CombineProblem as problem:
            self._set_sources([], [])
            self._show_problems([], shown(problem.args[0]))
            return
        self._set_sources(sources, [])

    def _set_sources(self, sources: list[BatchSource], problems: list[SourceProblem]) -> None:
        if self._batch is not None or self._starting:
            return  # a started batch keeps its rows
        self._sources = sources
        self.model.set_sources(sources)
        self._show_problems(problems)
        self.checks.start()
        self._refresh()

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        # Thumbnails arrive after the reset: room for one beside a name from the start.
        source = self.table.horizontalHeader()
        source.resizeSection(1, max(source.sectionSize(1), THUMB + SOURCE_NAME_WIDTH))

    # --- review --------------------------------------------------------------------------

    def _crop_folder(self) -> Path:
        """Where crops of linked pictures (or of files in a folder we may not write) go."""
        return self.out_dir / "cropped"

    def _on_checked(self) -> None:
        # Coalesced: thousands of rows checked in a second repaint the counts a few times.
        # On the asyncio loop the checks run on (not a QTimer), so it follows them anywhere.
        if self._checked_soon is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._after_checks()
            return
        self._checked_soon = loop.call_later(CHECKS_REPAINT_MS / 1000, self._after_checks)

    def _after_checks(self) -> None:
        self._checked_soon = None
        if self._batch is not None or self._starting:
            # Started: the start's own steps say where it is. A refresh here, between the
            # batch being recorded and its runner made, showed "Resume" too early.
            return
        self._sources = self.model.sources  # a crop puts a new file into its row
        self._refresh(keep_message=True)
        if not self.model.pending_count() and self._batch is None:
            self.table.resizeColumnToContents(STATUS_COLUMN)  # "⚠ Needs fixing" fits
        self._show_fixes()

    def _current_position(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or self._batch is not None:
            return None
        return self.filter.mapToSource(index).row()

    def _fix(self, action: Callable[[int], None]) -> None:
        position = self._current_position()
        if position is not None:
            action(position)
            self.table.setFocus()

    def select_next_problem(self) -> None:
        """Select the next row that needs fixing (after the current one, wrapping)."""
        rows = self.model.problem_rows()
        if not rows:
            return
        current = self._current_position()
        after = [r for r in rows if current is None or r > current]
        position = (after or rows)[0]
        index = self.filter.mapFromSource(self.model.index(position, 0))
        if not index.isValid():  # hidden by the status filter: show every row
            self.status_filter.setCurrentIndex(0)
            index = self.filter.mapFromSource(self.model.index(position, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _show_fixes(self) -> None:
        if self._batch is not None:
            self.fixes.hide()
            return
        problems = self.model.problem_count()
        croppable = self.checks.croppable_count()
        shape = self.checks.crop_shape()
        position = self._current_position()
        index = self.model.index(position, 0) if position is not None else QModelIndex()
        if position is not None and self.model.data(index, PROBLEM_ROLE):
            check = self.model.check(position)
            self.fixes.show_row(
                position + 1,
                check.problem or "",
                check.fix_ratio if self.checks.can_crop(position) else None,
                problems,
                croppable,
            )
        else:
            self.fixes.show_summary(problems, croppable, shape)

    def _show_problems(self, problems: list[SourceProblem], extra: str = "") -> None:
        lines = [extra] if extra else []
        for problem in problems[:MAX_PROBLEMS_SHOWN]:
            text = shown(problem.message)
            lines.append(
                self.tr("Row {row}: {text}").format(row=problem.row, text=text)
                if problem.row
                else text
            )
        if len(problems) > MAX_PROBLEMS_SHOWN:
            lines.append(
                self.tr("… and {count} more, left out until fixed.").format(
                    count=len(problems) - MAX_PROBLEMS_SHOWN
                )
            )
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _choose_folder(self) -> None:
        if self._batch is not None:
            self._open_output()
            return
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Save the batch's outputs in"), str(self.out_dir.parent)
        )
        if chosen:
            self.out_dir = Path(chosen)
            self._refresh()

    # --- spending --------------------------------------------------------------------------

    def start_label(self) -> str:
        checking = self.model.pending_count()
        if checking and self._batch is None:
            # Not a count of runs yet: the rows still being checked may be left out.
            return (
                self.tr("Checking 1 row…")
                if checking == 1
                else self.tr("Checking {count} rows…").format(count=checking)
            )
        count = self.model.ready_count()
        total = count * self._technique.run_cost
        text = (
            self.tr("Start 1 run — ${total}")
            if count == 1
            else self.tr("Start {count} runs — ${total}")
        )
        return text.format(count=count, total=f"{total:.2f}")

    def _on_start(self) -> None:
        ready = self.model.ready_sources()
        if self._batch is not None or self._starting or not ready or self.model.pending_count():
            return
        if len(ready) > CONFIRM_ABOVE and not self._asked_twice:
            answer = QMessageBox.question(
                self,
                self.tr("Start a large batch?"),
                self.tr("This starts {count} runs and may cost up to ${total}. Start them?").format(
                    count=len(ready),
                    total=f"{len(ready) * self._technique.run_cost:.2f}",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._asked_twice = True
        self.start_button.setEnabled(False)  # one click, one batch
        self._starting = True
        self.checks.stop()  # the rows are what was reviewed
        self._tasks.spawn("start", self._start(ready))

    async def open_batch(self, batch: Batch, *, resume: bool = False) -> None:
        """Show a stored batch (from History or after a restart); ``resume`` runs what is
        left: rows that may have been sent are looked up or resent with their own key."""
        self._batch = batch
        if batch.out_dir:
            self.out_dir = Path(batch.out_dir)
        try:
            rows = await self._store.rows(batch.batch_id)
        except (sqlite3.Error, OSError, RuntimeError):
            # A damaged or unreadable history: said here, never the crash dialog.
            self.summary.setText(
                self.tr(
                    "This batch's rows could not be read from the history file on this "
                    "computer. Nothing was sent; close this window and try again."
                )
            )
            return
        self.model.set_rows(rows)
        self._refresh()
        self._show_progress(progress_of(rows))  # the rows' counts, not the review's
        if batch.stop_reason:
            self.summary.setText(shown(batch.stop_reason))
        if resume and any(not row.ended for row in rows):
            await self._run()

    async def _start(self, sources: list[BatchSource]) -> None:
        try:
            batch = await self._store.create(
                technique_id=self._technique.technique_id,
                workspace_id=self._workspace.workspace_id,
                sources=sources,
                technique_name=self._technique.name,
                workspace_name=self._workspace.name,
                run_cost=self._technique.run_cost,
                out_dir=self.out_dir,
            )
        except (sqlite3.Error, OSError, RuntimeError):
            # Nothing was sent: the rows stay, Start comes back, the user is told why.
            self._starting = False
            self._refresh()
            self.summary.setText(
                self.tr(
                    "The batch could not be recorded in the history file (is the disk full?). "
                    "Nothing was started."
                )
            )
            return
        except BaseException:
            self._starting = False  # cancelled (the window closed): nothing was recorded
            raise
        self._batch, self._starting = batch, False
        self.model.set_rows(await self._store.rows(batch.batch_id))
        await self._run()

    async def _run(self) -> None:
        assert self._batch is not None
        import asyncio

        try:
            await asyncio.to_thread(self.out_dir.mkdir, parents=True, exist_ok=True)
        except OSError as exc:
            # A read-only place, a full disk, a drive unplugged since: no row is sent, and
            # Resume starts them once the folder can be written.
            self._refresh()
            self.summary.setText(
                self.tr(
                    "The folder {folder} could not be created ({why}). Nothing was started."
                ).format(folder=str(self.out_dir), why=exc.strerror or type(exc).__name__)
            )
            return
        if self._closed_while_starting:
            self._closed_while_starting = False
            self._refresh()
            self.summary.setText(shown(STOP_CANCELLED))
            return
        saver = BatchOutputSaver(self.out_dir, self._technique.name)
        self._runner = BatchRunner(
            self._client,
            self._store,
            self._journal,
            self._batch,
            RunWatcher(self._client, interval=self._settings.poll_interval),
            concurrency=self._settings.batch_concurrency,
            saver=saver,
            manifest_dir=self.out_dir,
            on_change=self._on_row,
            uploader=AssetUploader(self._client),
            input_types={spec.id: spec.type for spec in self._technique.inputs},
        )
        self._refresh()
        try:
            progress = await self._runner.run()
        except (sqlite3.Error, OSError, RuntimeError):
            # The history file refused the batch's start (disk full): nothing more is sent;
            # Resume comes back for when there is space.
            self._runner = None
            self._refresh()
            self.summary.setText(shown(STOP_DISK))
            return
        finally:
            await saver.aclose()
        self.model.set_rows(self._runner.rows)
        self._runner = None
        self._show_end(progress)
        self.finished_batch.emit(self._batch.batch_id)

    def _on_row(self, row: BatchRow, progress: BatchProgress) -> None:
        self.model.update_row(row)
        self._show_progress(progress)

    def _show_progress(self, progress: BatchProgress) -> None:
        text = self.tr("{done} of {total} ended · {running} in progress · {failed} failed").format(
            done=progress.ended,
            total=progress.total,
            running=progress.in_progress,
            failed=progress.failed,
        )
        if progress.not_known:
            text += " · " + self.tr("{count} not known").format(count=progress.not_known)
        if progress.paused:
            text += " · " + self.tr("paused")
        elif progress.rate_limited_for > 0.5:
            text += " · " + self.tr("FLORA asked to wait {seconds:.0f} s").format(
                seconds=progress.rate_limited_for
            )
        self.summary.setText(text)

    def _show_end(self, progress: BatchProgress) -> None:
        self._show_progress(progress)
        if progress.stop_reason is not None:
            self.summary.setText(shown(progress.stop_reason))
        self._write_failed = bool(progress.unsaved or progress.manifest_error is not None)
        self._refresh()
        if self._write_failed:
            # Paid-for runs whose files are not in the folder: said, and Resume saves them.
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr(
                    "Some outputs or manifest.csv could not be written in {folder}. Free "
                    "some space (or fix the folder), then press Resume: no run starts again."
                ).format(folder=str(self.out_dir))
            )

    def _on_pause(self) -> None:
        runner = self._runner
        if runner is None:
            return
        if runner.progress().paused:
            runner.resume()
            self.pause_button.setText(self.tr("&Pause"))
        else:
            runner.pause()
            self.pause_button.setText(self.tr("&Resume"))

    def _on_cancel(self) -> None:
        if self._runner is not None:
            self._runner.cancel()
        else:
            self.reject()

    def _on_retry(self) -> None:
        if self._batch is None or self._runner is not None:
            return
        # Never a row whose first run may exist (in doubt): a new key could bill it twice.
        failed = [row for row in self.model.rows if row.retryable]
        if not failed:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Retry failed rows?"),
            self.tr(
                "This starts %n new runs for the failed rows, each billed: about ${total}.",
                "",
                len(failed),
            ).format(total=f"{len(failed) * self._technique.run_cost:.2f}"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._tasks.spawn("retry", self._retry())

    def _on_run_again_in_doubt(self) -> None:
        if self._batch is None or self._runner is not None:
            return
        doubtful = [row for row in self.model.rows if row.in_doubt]
        if not doubtful:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Run rows not known again?"),
            self.tr(
                "These rows' answers were lost, so FLORA may already have made them. Look "
                "in History first. If FLORA still remembers a row, nothing new starts for "
                "it; otherwise it is a new run, billed. Rows: {count}, up to ${total}."
            ).format(count=len(doubtful), total=f"{len(doubtful) * self._technique.run_cost:.2f}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._tasks.spawn("retry", self._run_again_in_doubt())

    async def _run_again_in_doubt(self) -> None:
        assert self._batch is not None
        await self._rows_then_run(self._store.run_again_in_doubt(self._batch.batch_id))

    def _on_resume(self) -> None:
        """Start the rows a stop or a cancel left (none of them is started twice)."""
        if self._batch is not None and self._runner is None:
            self._tasks.spawn("resume", self._run())

    async def _retry(self) -> None:
        assert self._batch is not None
        await self._rows_then_run(self._store.retry_failed(self._batch.batch_id))

    async def _rows_then_run(self, change: Awaitable[int]) -> None:
        """Apply ``change`` to the stored rows, then run the batch; a history file that
        refuses it (disk full, read-only) is said plainly, nothing sent, never a crash."""
        assert self._batch is not None
        try:
            await change
            rows = await self._store.rows(self._batch.batch_id)
        except (sqlite3.Error, OSError, RuntimeError):
            self._refresh()
            self.summary.setText(shown(STOP_DISK))
            return
        self.model.set_rows(rows)
        await self._run()

    def _open_output(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_dir)))

    def _refresh(self, *, keep_message: bool = False) -> None:
        """Buttons and counts follow the state; ``keep_message`` leaves a message that
        replaced the counts (a start that failed) in place."""
        running = self._runner is not None
        started = self._batch is not None
        self.start_button.setText(self.start_label())
        checking = self.model.pending_count()
        self.start_button.setEnabled(
            self.model.ready_count() > 0 and not checking and not started and not self._starting
        )
        self.start_button.setVisible(not started)
        self.import_button.setEnabled(not started)
        self.use_variations.setEnabled(not started)
        self.pause_button.setVisible(running)
        self.cancel_button.setText(self.tr("&Cancel batch") if running else self.tr("&Close"))
        has_failed = any(row.retryable for row in self.model.rows)
        # Completed rows whose outputs the folder refused are left too: Resume saves them.
        # A row FLORA says nothing about may never end: Resume checks on it, and it does
        # not hold back Retry or Run again for the other rows.
        unclear = any(row.unclear for row in self.model.rows)
        left = self._write_failed or any(
            (not row.ended and not row.unclear) or unsaved_outputs(row) for row in self.model.rows
        )
        self.retry_button.setVisible(started and not running and has_failed and not left)
        if has_failed:
            failed = sum(row.retryable for row in self.model.rows)
            self.retry_button.setText(
                self.tr("&Retry %n failed rows — ${total}", "", failed).format(
                    total=f"{failed * self._technique.run_cost:.2f}"
                )
            )
        self.resume_button.setVisible(started and not running and (left or unclear))
        doubtful = sum(row.in_doubt for row in self.model.rows)
        self.again_button.setVisible(started and not running and doubtful > 0 and not left)
        if doubtful:
            self.again_button.setText(
                self.tr("Run &again rows not known: {count} — up to ${total}").format(
                    count=doubtful, total=f"{doubtful * self._technique.run_cost:.2f}"
                )
            )
        for widget in (self.import_button, self.files_button, self.variations, self.use_variations):
            widget.setVisible(not started)
        if started:
            self.combine_choice.hide()
            self.fixes.hide()
        # Thumbnails in the review; a started batch's rows are lines of text again.
        self.table.verticalHeader().setDefaultSectionSize(
            self._row_height if started else THUMB + 6
        )
        self.variation_input.setVisible(not started)
        self.vary_label.setVisible(not started)
        # Started, the folder is fixed: the button opens it (outputs and manifest.csv).
        self.folder_button.setText(
            self.tr("Open &folder") if started else self.tr("Output &folder…")
        )
        self.folder_button.setToolTip(
            self.tr("Show the outputs and manifest.csv in the file manager") if started else ""
        )
        self.folder_label.setText(
            self.tr("Outputs and manifest.csv go to {folder}").format(folder=str(self.out_dir))
        )
        if not started:
            ready = self.model.ready_count()
            parts = [
                self.tr("Rows: {count} · total ${total}").format(
                    count=ready, total=f"{ready * self._technique.run_cost:.2f}"
                )
            ]
            if checking:
                parts.append(self.tr("checking {count}…").format(count=checking))
            left_out = self.model.problem_count()
            if left_out:
                parts.append(self.tr("{count} left out until fixed").format(count=left_out))
            if not keep_message or self.summary.text() == self._counts_text:
                self._counts_text = " · ".join(parts)
                self.summary.setText(self._counts_text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._checked_soon is not None:
            self._checked_soon.cancel()
            self._checked_soon = None
        self._stop_spending()
        super().closeEvent(event)

    def reject(self) -> None:
        # Escape and the footer's Close hide the window without a close event.
        self._stop_spending()
        super().reject()

    def _stop_spending(self) -> None:
        if self._runner is not None:
            # Closing stops new starts; rows already sent are answered or looked up.
            self._runner.cancel()
        elif any(self._tasks.running(key) for key in ("start", "resume", "retry")):
            self._closed_while_starting = True
