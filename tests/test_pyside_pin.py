"""Regression test for the PySide6 pin (../shared/PLATFORM.md): connect/disconnect must not crash.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``True`` on every
``SignalInstance.disconnect()``; qasync disconnects on every socket event, so the app aborts
with ``bool_dealloc``. This runs the reproducer in a subprocess: it fails the day someone
lifts the pin to a release that still has the bug.
"""

from __future__ import annotations

import os
import subprocess
import sys

REPRODUCER = """
from PySide6.QtCore import QCoreApplication, QTimer
app = QCoreApplication([])
timer = QTimer()
def slot() -> None:
    pass
for _ in range(100_000):
    timer.timeout.connect(slot)
    timer.timeout.disconnect(slot)
"""


def test_many_signal_disconnects_do_not_abort_the_interpreter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", REPRODUCER],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "bool_dealloc" not in result.stderr
