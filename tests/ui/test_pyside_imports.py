"""Imports after Qt is loaded no longer re-read their source for PySide6's __feature__."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from flora_desktop.ui import pyside_imports
from flora_desktop.ui.pyside_imports import uses_pyside

PACKAGE = Path(pyside_imports.__file__).resolve().parent.parent

# Counts inspect.getsource calls while importing modules nobody imported yet.
_PROBE = """
import inspect, json, sys
import PySide6.QtCore
if sys.argv[1] == "skip":
    from flora_desktop.ui.pyside_imports import skip_feature_source_scan
    assert skip_feature_source_scan()
calls = []
original = inspect.getsource
inspect.getsource = lambda *a, **k: calls.append(1) or original(*a, **k)
import flora_desktop.services.catalog, flora_desktop.ui.models.techniques_model
feature = sys.modules["shibokensupport.feature"].pyside_feature_dict
decided = {name: value for name, value in feature.items() if name.startswith("flora_desktop")}
print(json.dumps({"reads": len(calls), "decided": decided}))
"""


def _probe(mode: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_without_the_change_every_import_reads_its_source() -> None:
    # The cost this module removes is real in the pinned PySide6 (so the next test can fail).
    assert _probe("plain")["reads"] > 0


def test_with_it_no_import_reads_source_and_the_answers_are_the_same() -> None:
    plain, skipped = _probe("plain"), _probe("skip")
    assert skipped["reads"] == 0
    # Each module shiboken decided about: 0 (uses PySide6) or -1 (ignored), as by source.
    skipped["decided"].pop("flora_desktop.ui.pyside_imports")  # imported by this run only
    assert skipped["decided"] == plain["decided"]
    assert set(plain["decided"].values()) == {0, -1}


def test_uses_pyside_looks_at_what_a_module_holds() -> None:
    from flora_desktop.ui.models import techniques_model

    assert uses_pyside(techniques_model)
    assert not uses_pyside(json)


def test_the_app_never_selects_a_pyside_feature() -> None:
    # The scan only matters to "from __feature__ import ..."; the app must not use it.
    users = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "__feature__" in path.read_text(encoding="utf-8") and path.name != "pyside_imports.py"
    ]
    assert users == []


def test_a_pyside_without_the_private_function_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", object())
    assert pyside_imports.skip_feature_source_scan() is False
