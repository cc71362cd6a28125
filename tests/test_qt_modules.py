"""Every Qt module the app uses imports on this machine, each in its own interpreter.

A missing system library (``libpulse.so.0`` for QtMultimedia, ``libEGL.so.1`` for QtGui…)
makes the import raise ``ImportError: <library>: cannot open shared object file``; the
failure message names it, so ``scripts/test`` can be fixed by reading the output.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# QtNetwork: the single-instance QLocalServer (ui/single_instance.py). QtDBus is loaded by
# Qt's own platform code (accessibility, input methods, portals).
USED_QT_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtNetwork",
    "QtDBus",
    "QtSvg",
    "QtMultimedia",
    "QtMultimediaWidgets",
)


def test_the_list_holds_every_qt_module_the_app_imports() -> None:
    imported: set[str] = set()
    for path in (ROOT / "flora_desktop").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported, "no PySide6 import found: the scan is broken"
    assert imported <= set(USED_QT_MODULES), sorted(imported - set(USED_QT_MODULES))


@pytest.mark.parametrize("module", USED_QT_MODULES)
def test_qt_module_imports_in_a_fresh_interpreter(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import PySide6.{module}"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    missing = re.findall(r"(lib[\w.+-]+\.so[\w.]*)", done.stderr)
    assert done.returncode == 0, (
        f"PySide6.{module} does not import: missing system library {missing or '?'} "
        f"(add its Debian package to scripts/lib/system_packages.sh)\n{done.stderr[-1500:]}"
    )
