"""Rows for a batch from a spreadsheet (CSV) or a list of values, checked against a technique.

Columns are matched to the technique's inputs by id or by label, ignoring case, spaces and
underscores (``Product image`` and ``product_image`` both find ``product_image``). A column
named ``source`` or ``name`` names the row's outputs; otherwise the first media value's file
name does, else ``row N``. Empty cells leave optional inputs out (FLORA refuses an empty
string) and mark rows missing a required value as a problem, shown before anything is sent.
Inputs with no column take ``defaults`` (the form's values).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from flora_desktop.api.models import Technique, TechniqueIO
from flora_desktop.services.batch_store import BatchSource
from flora_desktop.services.batch_xlsx import read_xlsx_rows
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase

__all__ = [
    "MAX_ROWS",
    "ColumnMapping",
    "SourceProblem",
    "SourceTable",
    "files_in",
    "local_file",
    "read_csv",
    "read_table",
    "rows_from_table",
    "rows_from_values",
    "too_many_rows",
    "value_name",
]

# A batch this long is surely a mistake (a wrong file); the user is told, nothing is cut.
MAX_ROWS = 10_000
MAX_CSV_BYTES = 20 * 1024 * 1024
_NAME_COLUMNS = ("source", "name", "source name", "file", "filename")
_MEDIA = frozenset({"imageUrl", "videoUrl", "audioUrl", "documentUrl"})


@dataclass(frozen=True)
class SourceProblem:
    """Why a row (``row`` from 1; 0 for the whole file) cannot be started as it is."""

    row: int
    message: Phrase


@dataclass(frozen=True)
class SourceTable:
    """A spreadsheet as read: header and rows of text cells."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class ColumnMapping:
    """Input id -> column index, and the column naming each row (``None``: derived)."""

    inputs: Mapping[str, int]
    name_column: int | None = None
    unmatched: tuple[str, ...] = field(default=())


def _norm(text: str) -> str:
    return re.sub(r"[\s_\-]+", " ", text).strip().casefold()


def read_csv(path: Path) -> SourceTable:
    """Read a CSV (UTF-8, with or without BOM; comma, semicolon or tab). Raises ``OSError``
    or ``ValueError`` with a plain message for files that are not a readable table."""
    not_csv = QT_TRANSLATE_NOOP(
        "BatchSources", "This file is not a spreadsheet saved as CSV text (File → Save As → CSV)."
    )
    # Opened without blocking: a FIFO (or a device) named .csv would hang the window on open.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise ValueError(not_csv)
        # Read at most one byte past the limit: a huge file is refused, never loaded whole.
        data = file.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        raise ValueError(QT_TRANSLATE_NOOP("BatchSources", "The spreadsheet is larger than 20 MB."))
    try:
        # Excel's "Unicode Text" (tab-separated UTF-16), often renamed .csv, has a BOM.
        utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        text = data.decode("utf-16") if utf16 else data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the local code page. cp1252 leaves five bytes
        # undefined: a file holding them (an .xlsx renamed .csv) is not text at all.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ValueError(not_csv) from None
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:8192], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    try:
        lines = [row for row in csv.reader(io.StringIO(text, newline=""), dialect) if any(row)]
    except csv.Error:
        # The csv module refuses a cell over 128 KB (an unclosed quote swallowing the rest).
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "BatchSources",
                "A cell of the spreadsheet is longer than 128 KB; is a quote mark left open?",
            )
        ) from None
    if not lines:
        raise ValueError(QT_TRANSLATE_NOOP("BatchSources", "The spreadsheet is empty."))
    header = tuple(cell.strip() for cell in lines[0])
    width = len(header)
    rows = tuple(tuple((list(r) + [""] * width)[:width]) for r in lines[1:])
    return SourceTable(header, rows)


def read_table(path: Path) -> SourceTable:
    """A CSV or the first sheet of an ``.xlsx`` workbook (by its name's ending). Raises
    ``OSError`` or ``ValueError`` (its ``args[0]`` a plain ``Phrase``)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return read_csv(path)
    lines = read_xlsx_rows(path, MAX_ROWS)
    header = tuple(cell.strip() for cell in lines[0])
    return SourceTable(header, tuple(lines[1:]))


def too_many_rows(count: int) -> Phrase:
    """Said when a list, a folder or a choice of combinations is longer than a batch may be."""
    return QT_TRANSLATE_NOOP(
        "BatchSources",
        "That makes {count} rows; a batch takes at most {limit}. Split it into smaller batches.",
    ).fill(count=count, limit=MAX_ROWS)


def match_columns(header: Sequence[str], technique: Technique) -> ColumnMapping:
    """Each input's column by id or label; columns matching nothing are reported."""
    by_key: dict[str, str] = {}
    for spec in technique.inputs:
        by_key.setdefault(_norm(spec.id), spec.id)
        by_key.setdefault(_norm(spec.name), spec.id)
    inputs: dict[str, int] = {}
    name_column: int | None = None
    unmatched: list[str] = []
    for index, title in enumerate(header):
        key = _norm(title)
        input_id = by_key.get(key)
        if input_id is not None and input_id not in inputs:
            inputs[input_id] = index
        elif key in _NAME_COLUMNS and name_column is None:
            name_column = index
        elif title:
            unmatched.append(title)
    return ColumnMapping(inputs, name_column, tuple(unmatched))


def _source_name(value: str) -> str:
    """A file name from a path or a URL's last segment."""
    if "://" in value:
        value = unquote(urlsplit(value).path.rsplit("/", 1)[-1])
    return Path(value.replace("\\", "/")).name


def local_file(value: object) -> Path | None:
    """``value`` as a file on this computer (uploaded before its row starts), else None."""
    if not isinstance(value, str) or "://" in value or not value.strip():
        return None
    path = Path(value).expanduser()
    return path if path.is_absolute() and _is_file(path) else None


def _is_file(path: Path) -> bool:
    """``path.is_file()`` that answers False where the disk cannot say (a name over 255
    bytes, a folder it may not enter): a typed line is text, not a crash."""
    try:
        return path.is_file()
    except OSError:
        return False


def _check(spec: TechniqueIO, value: str, row: int) -> SourceProblem | None:
    if spec.type not in _MEDIA:
        return None
    if value.startswith(("https://", "http://")) or local_file(value) is not None:
        return None
    if spec.accepts_element and re.fullmatch(r"[A-Za-z]+_[A-Za-z0-9_-]+", value):
        return None
    return SourceProblem(
        row,
        QT_TRANSLATE_NOOP(
            "BatchSources",
            "“{name}” needs a web link (https://…) or a file that exists, not “{value}”.",
        ).fill(name=spec.name, value=value[:80]),
    )


def rows_from_table(
    table: SourceTable,
    technique: Technique,
    mapping: ColumnMapping | None = None,
    defaults: Mapping[str, Any] | None = None,
    base_dir: Path | None = None,
) -> tuple[list[BatchSource], list[SourceProblem]]:
    """One ``BatchSource`` per table row, and every problem found (rows with problems are
    left out)."""
    mapping = mapping or match_columns(table.header, technique)
    defaults = dict(defaults or {})
    problems: list[SourceProblem] = []
    for spec in technique.inputs:
        if not spec.optional and spec.id not in mapping.inputs and spec.id not in defaults:
            problems.append(
                SourceProblem(
                    0,
                    QT_TRANSLATE_NOOP(
                        "BatchSources", "No column for “{name}” (name a column “{id}” or “{name}”)."
                    ).fill(name=spec.name, id=spec.id),
                )
            )
    if problems:
        return [], problems
    if len(table.rows) > MAX_ROWS:
        message = QT_TRANSLATE_NOOP(
            "BatchSources", "More than {limit} rows; split the spreadsheet."
        )
        return [], [SourceProblem(0, message.fill(limit=MAX_ROWS))]
    sources: list[BatchSource] = []
    for number, cells in enumerate(table.rows, start=1):
        inputs: dict[str, Any] = {k: v for k, v in defaults.items() if k not in mapping.inputs}
        row_problems: list[SourceProblem] = []
        for spec in technique.inputs:
            column = mapping.inputs.get(spec.id)
            if column is None:
                continue
            value = cells[column].strip()
            if not value:
                if not spec.optional:
                    row_problems.append(
                        SourceProblem(
                            number,
                            QT_TRANSLATE_NOOP("BatchSources", "“{name}” is empty.").fill(
                                name=spec.name
                            ),
                        )
                    )
                continue
            if spec.type in _MEDIA and base_dir is not None and "://" not in value:
                # File names in a spreadsheet are relative to the spreadsheet's folder.
                candidate = (base_dir / value).expanduser()
                if _is_file(candidate):
                    value = str(candidate.resolve())
            problem = _check(spec, value, number)
            if problem is not None:
                row_problems.append(problem)
            inputs[spec.id] = value
        if row_problems:
            problems.extend(row_problems)
            continue
        sources.append(BatchSource(inputs, _row_name(cells, mapping, technique, inputs, number)))
    return sources, problems


def _row_name(
    cells: Sequence[str],
    mapping: ColumnMapping,
    technique: Technique,
    inputs: Mapping[str, Any],
    number: int,
) -> str:
    if mapping.name_column is not None and cells[mapping.name_column].strip():
        return cells[mapping.name_column].strip()
    for spec in technique.inputs:
        value = inputs.get(spec.id)
        if spec.type in _MEDIA and isinstance(value, str):
            name = _source_name(value)
            if name:
                return name
    return f"row {number}"


def files_in(paths: Sequence[Path], limit: int = MAX_ROWS) -> list[Path]:
    """Dropped files and folders as a sorted list of files (hidden ones skipped).

    At most ``limit + 1`` files: a folder dropped by mistake (a whole disk) is not walked
    to its end only to be refused; the caller says "too many" past ``limit``.
    """
    found: list[Path] = []
    for path in paths:
        if len(found) > limit:
            break
        if _is_dir(path):
            inside: list[Path] = []
            for root, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                inside.extend(
                    Path(root) / n
                    for n in names
                    if not n.startswith(".") and _is_file(Path(root) / n)
                )
                if len(found) + len(inside) > limit:
                    break
            found.extend(sorted(inside))
        elif _is_file(path):
            found.append(path)
    return found[: limit + 1]


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def value_name(text: str) -> str:
    """How one value names its row: a file or link by its file name, text by its start."""
    if "://" in text or local_file(text) is not None:
        return _source_name(text)
    return text[:60]


def rows_from_values(
    input_id: str, values: Sequence[str], defaults: Mapping[str, Any] | None = None
) -> list[BatchSource]:
    """ "Variations": one row per non-blank value of one input (a list, one per line)."""
    base = dict(defaults or {})
    sources: list[BatchSource] = []
    for value in values:
        text = value.strip()
        if text:
            sources.append(BatchSource({**base, input_id: text}, value_name(text)))
    return sources
