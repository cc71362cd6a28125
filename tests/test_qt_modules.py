"""Every Qt module the app uses imports on this machine, each in its own interpreter.

A missing system library (``libpulse.so.0`` for QtMultimedia, ``libEGL.so.1`` for QtGui…)
makes the import raise ``ImportError: <library>: cannot open shared object file``; the
failure message names it, so ``scripts/test`` can be fixed by reading the output.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

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
    "QtPdf",  # a document output's first-page preview (ui/widgets/output_document.py)
)


def test_the_list_holds_every_qt_module_the_app_imports() -> None:
    imported: set[str] = set()
    for path in (ROOT / "flora_desktop").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported, "no PySide6 import found: the scan is broken"
    assert imported <= set(USED_QT_MODULES), sorted(imported - set(USED_QT_MODULES))


PROBE = """
import importlib, json, sys
failed = {}
for module in sys.argv[1:]:
    try:
        importlib.import_module("PySide6." + module)
    except ImportError as exc:
        failed[module] = str(exc)
print(json.dumps(failed))
"""


def test_every_qt_module_imports_in_a_fresh_interpreter() -> None:
    # One interpreter that has imported nothing else: a system library that only a test
    # dependency happened to load first cannot hide here.
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *USED_QT_MODULES],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-1500:]
    failed: dict[str, str] = json.loads(done.stdout)
    missing = {m: re.findall(r"(lib[\w.+-]+\.so[\w.]*)", e) or e for m, e in failed.items()}
    assert not failed, (
        f"Qt modules that do not import, with the missing system library: {missing} "
        "(add its Debian package to scripts/lib/system_packages.sh)"
    )
