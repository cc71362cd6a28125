"""Qt quitting on its own: a task woken on ``aboutToQuit`` still steps on a running loop."""

from __future__ import annotations

import os
import subprocess
import sys

# In a child process: the test's own QApplication must not quit. The task wakes on
# aboutToQuit, as the app's shut-down does when a session manager quits Qt (app.py).
DRIVER = """
import asyncio, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from flora_desktop.ui.app_loop import AppLoop

app = QApplication([])
loop = AppLoop(app)
asyncio.set_event_loop(loop)
closed = asyncio.Event()

async def shut_down() -> str:
    await closed.wait()
    asyncio.get_running_loop()  # raised "no running event loop" on qasync's last pass
    await asyncio.sleep(0.01)
    return "SHUT DOWN"

app.aboutToQuit.connect(closed.set)
QTimer.singleShot(50, app.quit)
with loop:
    task = loop.create_task(shut_down())
    try:
        print(loop.run_until_complete(task))
    except RuntimeError:
        if task.done():
            raise
        print(loop.run_until_complete(task))  # what app.py does after Qt quit
    print("RUNNING AFTER:", asyncio._get_running_loop() is not None)
"""


def test_a_task_woken_as_qt_quits_finishes_its_shut_down() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", DRIVER], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "SHUT DOWN" in done.stdout
    assert "RUNNING AFTER: False" in done.stdout  # no loop left marked running
