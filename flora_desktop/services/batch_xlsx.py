"""The first sheet of an Excel workbook (``.xlsx``) as a table of text cells, read with openpyxl.

Decisions a reader may look for:

- Read-only and values only: a formula gives the value Excel last computed (an empty cell
  when the file was never opened in Excel), never the formula text.
- The first sheet in the workbook's order, whatever sheet was open when it was saved.
- Bounded before anything is parsed: the file's size, the unpacked size of its XML parts (a
  "zip bomb" is refused), the number of columns read and the number of rows scanned.
- A password-protected workbook is not a zip at all but an encrypted OLE file (as is an old
  ``.xls``); it is recognised by its first bytes and said plainly.
- Numbers that are whole (``3.0``) read as ``3``; dates as ``2026-12-03`` (with the time when
  there is one); ``TRUE``/``FALSE`` as Excel shows them.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import stat
import zipfile
from pathlib import Path

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase

__all__ = [
    "MAX_COLUMNS",
    "MAX_SCAN_ROWS",
    "MAX_UNPACKED_BYTES",
    "MAX_XLSX_BYTES",
    "XlsxProblem",
    "cell_text",
    "read_xlsx_rows",
]

log = logging.getLogger(__name__)

# A workbook may hold pictures, so its file limit is larger than a CSV's.
MAX_XLSX_BYTES = 50 * 1024 * 1024
# The XML of every sheet and string table together, once unpacked.
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_COLUMNS = 200
# Rows looked at (empty ones included); a sheet's data past this is not read.
MAX_SCAN_ROWS = 200_000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class XlsxProblem(ValueError):
    """The workbook cannot be read; ``args[0]`` is a ``Phrase`` saying why in plain words."""


def _not_xlsx() -> Phrase:
    return QT_TRANSLATE_NOOP(
        "BatchSources",
        "This file could not be read as an Excel workbook (.xlsx); it may be damaged. "
        "Open it in Excel and save a copy.",
    )


def read_xlsx_rows(path: Path, max_rows: int) -> list[tuple[str, ...]]:
    """The non-empty rows of the first sheet (header first), at most ``max_rows + 1`` of
    them past the header so a caller can say "too many". Raises ``OSError`` or
    ``XlsxProblem``; never anything openpyxl raised."""
    data = _read_bounded(path)
    if data.startswith(_OLE_MAGIC):
        raise XlsxProblem(
            QT_TRANSLATE_NOOP(
                "BatchSources",
                "This workbook is protected by a password (or is an old .xls file). Open it "
                "in Excel and save a copy as .xlsx without a password.",
            )
        )
    _check_unpacked_size(data)
    try:
        return _rows(data, max_rows)
    except XlsxProblem:
        raise
    except Exception as exc:
        # openpyxl raises an open set of errors on a damaged file (zip, XML, KeyError,
        # AttributeError on odd sheets, …): each one is "damaged" to the user, never a crash.
        log.info("an xlsx file could not be read: %s", type(exc).__name__)
        raise XlsxProblem(_not_xlsx()) from None


def _read_bounded(path: Path) -> bytes:
    # Opened without blocking: a FIFO (or a device) named .xlsx would hang on open.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise XlsxProblem(_not_xlsx())
        data = file.read(MAX_XLSX_BYTES + 1)
    if len(data) > MAX_XLSX_BYTES:
        raise XlsxProblem(
            QT_TRANSLATE_NOOP("BatchSources", "The workbook is larger than {size} MB.").fill(
                size=MAX_XLSX_BYTES // (1024 * 1024)
            )
        )
    if not data:
        raise XlsxProblem(QT_TRANSLATE_NOOP("BatchSources", "The spreadsheet is empty."))
    return data


def _check_unpacked_size(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(
                info.file_size for info in archive.infolist() if info.filename.endswith(".xml")
            )
    except Exception:
        # zipfile too raises an open set on a damaged archive (BadZipFile, EOFError,
        # NotImplementedError for a "version" byte flipped, struct errors…).
        raise XlsxProblem(_not_xlsx()) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise XlsxProblem(
            QT_TRANSLATE_NOOP(
                "BatchSources",
                "This workbook unpacks to more than {size} MB; keep only the sheet of rows "
                "and save it again.",
            ).fill(size=MAX_UNPACKED_BYTES // (1024 * 1024))
        )


def _rows(data: bytes, max_rows: int) -> list[tuple[str, ...]]:
    # Imported here: openpyxl takes ~100 ms to import and only a spreadsheet import needs it.
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        if not workbook.worksheets:
            raise XlsxProblem(QT_TRANSLATE_NOOP("BatchSources", "The spreadsheet is empty."))
        sheet = workbook.worksheets[0]
        rows: list[tuple[str, ...]] = []
        for values in sheet.iter_rows(max_row=MAX_SCAN_ROWS, max_col=MAX_COLUMNS, values_only=True):
            cells = tuple(cell_text(value) for value in values)
            if any(cells):
                rows.append(cells)
                if len(rows) > max_rows + 1:
                    break
    finally:
        workbook.close()
    if not rows:
        raise XlsxProblem(QT_TRANSLATE_NOOP("BatchSources", "The spreadsheet is empty."))
    # Columns past the last one with a title or a value are padding, not columns.
    width = max(max((i + 1 for i, c in enumerate(row) if c), default=0) for row in rows)
    return [row[:width] + ("",) * (width - len(row[:width])) for row in rows]


def cell_text(value: object) -> str:
    """A cell's value as Excel shows it, in plain text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)
