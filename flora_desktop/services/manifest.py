"""``manifest.csv``: one line per batch row, rewritten atomically as rows end.

Columns: row, source, inputs (JSON), run id, status, cost, output files, error. The file is
replaced whole through ``write_atomically`` (temp file, fsync, rename), so a reader or a
crash never sees half of it. Cells that a spreadsheet would run as a formula are quoted
with a leading apostrophe; control characters and lone surrogates from the network are
replaced, so the file is always valid UTF-8.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path

from flora_desktop.services.batch_store import BatchRow
from flora_desktop.services.paths import write_atomically

__all__ = ["MANIFEST_COLUMNS", "MANIFEST_NAME", "manifest_text", "row_status", "write_manifest"]

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("row", "source", "inputs", "run_id", "status", "cost", "output_files", "error")
# Longest cell written; a huge error message from the network is cut, not copied whole.
MAX_CELL = 2000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\n")


def row_status(row: BatchRow) -> str:
    """The row's status in plain words (the manifest is read by people, not only scripts)."""
    if row.state == "waiting":
        return "not started — nothing charged"
    if row.state in ("sending", "accepted"):
        return "starting"
    if row.unclear or row.in_doubt:
        # Its run may exist and be charged: see the error column, never run it again blind.
        return "not known — see error"
    return row.state


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = _CONTROL.sub(" ", text)
    # A bare CR would end the line for some readers; newlines are quoted by the writer.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_CELL:
        text = text[: MAX_CELL - 1] + "…"
    if text.startswith(_FORMULA_START):
        text = "'" + text
    return text


def manifest_text(rows: Sequence[BatchRow]) -> str:
    """The whole manifest as CSV text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(MANIFEST_COLUMNS)
    for row in rows:
        cost = "" if row.cost is None else f"{row.cost:.2f}"
        writer.writerow(
            [
                _cell(row.index),
                _cell(row.source_name),
                _cell(json.dumps(dict(row.inputs), ensure_ascii=False, default=str)),
                _cell(row.run_id),
                _cell(row_status(row)),
                _cell(cost),
                _cell("; ".join(Path(p).name for p in row.saved)),
                _cell(row.error),
            ]
        )
    return buffer.getvalue()


async def write_manifest(folder: Path, rows: Sequence[BatchRow]) -> Path:
    """Replace ``folder/manifest.csv`` atomically; raises ``OSError`` when the disk refuses."""
    path = Path(folder) / MANIFEST_NAME
    snapshot = list(rows)

    def write() -> None:
        # Built off the event loop too: a 500-row manifest is a few ms of CSV quoting.
        write_atomically(path, manifest_text(snapshot).encode("utf-8"))

    await asyncio.to_thread(write)
    return path
