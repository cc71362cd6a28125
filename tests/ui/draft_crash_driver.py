"""Drives the real app (``flora-desktop --sandbox``) in a child process for test_draft_crash.

``python -m tests.ui.draft_crash_driver type TEXT`` starts the app, picks a technique the way
a click does, types TEXT into its ``script`` input with real key events and then waits to be
killed. ``... read`` starts the app again, picks the same technique and prints what the
editor shows (``READ {json}``), then closes the window so the app shuts down normally.
Progress goes to stdout, one line per step, for the parent test to follow.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from flora_desktop import app as flora_app

TECHNIQUE_NAME = "Voiceover Studio"
INPUT_KEY = "script"
TICK_MS = 50
GIVE_UP_TICKS = 1200  # 60 s on a loaded machine; the parent has its own, longer deadline


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Driver:
    """A small state machine run by a timer on the app's own (qasync) event loop."""

    def __init__(self, phase: str, text: str) -> None:
        self.phase = phase
        self.text = text
        self.state = "wait-launcher"
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def _page(self) -> Any:
        for widget in QApplication.topLevelWidgets():
            page = widget.findChild(QWidget, "launcherPage")
            if page is not None:
                return page
        return None

    def tick(self) -> None:
        self.ticks += 1
        if self.ticks > GIVE_UP_TICKS:
            say(f"TIMEOUT in state {self.state}")
            os._exit(3)
        page = self._page()
        if page is None:
            return
        if self.state == "wait-launcher":
            model = page.technique_picker.model
            rows = [model.technique_at(row) for row in range(model.rowCount())]
            chosen = next((t for t in rows if t is not None and t.name == TECHNIQUE_NAME), None)
            if chosen is None or page.workspace is None:
                return
            say(f"LAUNCHER technique={page.technique.technique_id if page.technique else None}")
            # What a click on the list does.
            page.technique_picker.technique_chosen.emit(chosen)
            self.state = "wait-technique"
            return
        field = page.findChild(QWidget, f"inputValueField:{INPUT_KEY}")
        technique = page.technique
        if technique is None or technique.name != TECHNIQUE_NAME or field is None:
            return
        if self.state == "wait-technique" and self.phase == "type":
            field.setFocus()
            QTest.keyClicks(field, self.text)
            say(f"TYPED {technique.technique_id}")
            self.state = "typed"  # now wait for the parent's SIGKILL
        elif self.state == "wait-technique" and self.phase == "read":
            shown = {"value": field.toPlainText(), "draft": page.editor.draft()}
            say("READ " + json.dumps(shown))
            self.state = "done"
            self.timer.stop()
            page.window().close()


def main(argv: list[str]) -> int:
    phase = argv[0]
    text = argv[1] if len(argv) > 1 else ""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    driver = Driver(phase, text)
    driver.timer.start()
    try:
        return flora_app.main(["--sandbox"])
    finally:
        driver.timer.stop()
        del app


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
