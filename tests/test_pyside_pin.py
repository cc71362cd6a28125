"""Regression test for the PySide6 pin (../shared/PLATFORM.md): connect/disconnect must not crash.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``True`` on every
``SignalInstance.disconnect()``; qasync disconnects on every socket event, so the app aborts
with ``bool_dealloc``. This runs the reproducer in a subprocess: it fails the day someone
lifts the pin to a release that still has the bug. The pin holds only for Python < 3.12,
where the crash is; the table below checks what pip may install on each Python.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent

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


def _pyside_requirements() -> list[Requirement]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        dependencies = tomllib.load(file)["project"]["dependencies"]
    found = [Requirement(d) for d in dependencies if Requirement(d).name.lower() == "pyside6"]
    assert found, "PySide6 is not a dependency"
    return found


def _allowed(python: str, pyside: str) -> bool:
    """Would pip install ``pyside`` for this project on ``python``?"""
    environment = {"python_version": python, "python_full_version": f"{python}.0"}
    wanted = [
        r for r in _pyside_requirements() if r.marker is None or r.marker.evaluate(environment)
    ]
    assert len(wanted) == 1, f"one PySide6 requirement per Python, got {wanted}"
    return wanted[0].specifier.contains(pyside, prereleases=True)


@pytest.mark.parametrize(
    ("python", "pyside", "allowed"),
    [
        ("3.11", "6.11.3", True),
        ("3.11", "6.10.3", True),
        ("3.11", "6.12.0", False),  # the bool_dealloc crash
        ("3.11", "6.13.0", False),  # not lifted until the test above passes on it
        ("3.12", "6.12.0", True),  # the crash is not seen on 3.12+
        ("3.13", "6.12.0", True),
        ("3.12", "6.9.0", False),
    ],
)
def test_the_pin_holds_only_where_the_crash_is(python: str, pyside: str, allowed: bool) -> None:
    assert _allowed(python, pyside) is allowed
