"""What a saved output is called: the technique's name, when it was saved, and its number.

"Poster Maker 2026-12-03 21.15 - 2.png" reads in a folder the way a designer looks for it;
"Poster Maker - run_abc123 - output_1.png" did not. Decisions a reader may look for:

- The date and time are local, to the minute, written ``YYYY-MM-DD HH.MM`` (sorts by date;
  no ":" which Windows and macOS refuse). "Save all" gives every file the same time.
- The number is the output's place in the run, added only when the run has several.
- The run id stays out of the name; where the file system keeps extended attributes, it is
  written there (``user.flora.run_id``, ``user.flora.output_id``), and History keeps the run.
- Every rule ``services.outputs`` has for names still holds (no separators, control or
  format characters, Windows device names, trailing dots; at most ``MAX_NAME_BYTES``), and
  the technique's part is capped so the date and the number always fit after it. A name
  already taken gets " (2)", " (3)"… when the file is written: nothing is overwritten.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from flora_desktop.services.outputs import MAX_TECHNIQUE_BYTES, clean_name_part

if TYPE_CHECKING:
    from flora_desktop.api.models import RunOutput
    from flora_desktop.services.outputs import OutputDownloader, ProgressCallback

__all__ = ["RUN_ID_ATTRIBUTE", "readable_stem", "save_readable", "tag_with_run"]

log = logging.getLogger(__name__)

RUN_ID_ATTRIBUTE = "user.flora.run_id"
OUTPUT_ID_ATTRIBUTE = "user.flora.output_id"
_TIME_FORMAT = "%Y-%m-%d %H.%M"


def readable_stem(technique_name: str, saved_at: datetime, number: int | None = None) -> str:
    """``"<technique> <date> <time>"``, with ``" - <number>"`` when given; no extension.

    The technique's part is cleaned and capped here; the whole name is made safe again
    (and given its extension) by ``services.outputs`` when the file is written.
    """
    technique = clean_name_part(technique_name, MAX_TECHNIQUE_BYTES).strip(" .-")
    parts = [technique] if technique else []
    parts.append(saved_at.strftime(_TIME_FORMAT))
    stem = " ".join(parts)
    return f"{stem} - {number}" if number is not None else stem


def tag_with_run(path: Path, run_id: str, output_id: str) -> bool:
    """Write the run and output ids into ``path``'s extended attributes, where supported.

    Best effort: a file system without them (FAT, many network shares; macOS and Windows
    through Python) keeps the file as it is, and History still has the run. Returns whether
    the ids were written.
    """
    setxattr = getattr(os, "setxattr", None)
    if setxattr is None:
        return False
    try:
        setxattr(path, RUN_ID_ATTRIBUTE, run_id.encode("utf-8", errors="replace"))
        setxattr(path, OUTPUT_ID_ATTRIBUTE, output_id.encode("utf-8", errors="replace"))
    except OSError as exc:
        log.debug("no extended attributes on %s: %s", path.name, type(exc).__name__)
        with contextlib.suppress(OSError):
            os.removexattr(path, RUN_ID_ATTRIBUTE)
        return False
    return True


async def save_readable(
    downloader: OutputDownloader,
    output: RunOutput,
    folder: Path,
    *,
    technique_name: str,
    run_id: str,
    saved_at: datetime,
    number: int | None = None,
    on_progress: ProgressCallback | None = None,
) -> Path:
    """Save ``output`` into ``folder`` under its readable name; the ids go in its attributes.

    Raises what ``OutputDownloader.save_output`` raises; nothing is kept on an error.
    """
    path = await downloader.save_output(
        output,
        folder,
        technique_name=technique_name,
        run_id=run_id,
        on_progress=on_progress,
        file_stem=readable_stem(technique_name, saved_at, number),
    )
    await asyncio.to_thread(tag_with_run, path, run_id, output.output_id)
    return path
