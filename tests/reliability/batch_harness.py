"""Drives a batch in the real app (``flora_desktop.app.main``) in a child process, like ``harness``.

``python -m tests.reliability.batch_harness SCENARIO BASE_URL [CSV]``:

- ``batch``: choose the technique, open the Batch window ("Run as a batch…"), import CSV,
  click "Start N runs", print ``STARTED N`` and keep running until the parent's SIGKILL.
- ``resume``: start again; the launcher reopens and resumes the batch left running. Prints
  ``RESUMED batch_id`` when its window is back, ``DONE completed failed`` once every row
  ended, then quits.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from flora_desktop import app as flora_app
from tests.reliability.harness import (
    choose_technique,
    launcher_page,
    say,
    until,
    when_loop_runs,
    window,
)


async def batch(csv_path: str) -> None:
    page = await until(launcher_page, "the launcher")
    await until(lambda: page.workspace_picker.count() > 0, "the workspaces")
    await choose_technique(page)
    QTest.mouseClick(page.batch_entry.button, Qt.MouseButton.LeftButton)
    dialog = await until(lambda: page.batch_entry.dialogs and page.batch_entry.dialogs[-1], "it")
    mapping = await dialog.import_table(Path(csv_path))  # read off the UI thread
    assert mapping is not None
    QTest.mouseClick(mapping.use_button, Qt.MouseButton.LeftButton)  # the column step
    await dialog.settle()
    rows = dialog.model.rowCount()
    await until(dialog.start_button.isEnabled, "the Start button")
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await until(lambda: dialog.batch_id is not None, "the batch recorded")
    say(f"STARTED {rows}")
    await asyncio.Event().wait()  # until the parent's SIGKILL


async def resume() -> None:
    page = await until(launcher_page, "the launcher")
    dialog = await until(lambda: page.batch_entry.dialogs and page.batch_entry.dialogs[0], "it")
    await until(lambda: dialog.batch_id is not None and dialog.model.rows, "its rows")
    say(f"RESUMED {dialog.batch_id}")
    await until(
        lambda: dialog._runner is None and all(row.ended for row in dialog.model.rows),
        "every row ended",
    )
    states = [row.state for row in dialog.model.rows]
    say(f"DONE {states.count('completed')} {states.count('failed')}")
    dialog.close()
    window().close()


def main(argv: list[str]) -> int:
    scenario, base_url = argv[0], argv[1]
    text = argv[2] if len(argv) > 2 else ""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    scripts: dict[str, Callable[[], Coroutine[Any, Any, None]]] = {
        "batch": lambda: batch(text),
        "resume": resume,
    }
    holder: list[asyncio.Task[None]] = []
    # Started from the app's own loop once it runs; kept referenced until the app ends.
    when_loop_runs(lambda: holder.append(asyncio.ensure_future(scripts[scenario]())))
    try:
        return flora_app.main(["--base-url", base_url, "--debug"])
    finally:
        del app


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
