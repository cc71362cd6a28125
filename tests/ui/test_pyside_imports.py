"""Imports after Qt is loaded no longer re-read their source for PySide6's __feature__."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
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


# shiboken's own answer and this module's for every module of the app, in a fresh process
# (one where nothing replaced shiboken's function yet).
_COMPARE = """
import importlib, json, pkgutil, sys
import PySide6.QtCore
import flora_desktop
from flora_desktop.ui.pyside_imports import uses_pyside
shibokens = sys.modules["shibokensupport.feature"]._mod_uses_pyside
names = ["flora_desktop"] + [
    m.name for m in pkgutil.walk_packages(flora_desktop.__path__, "flora_desktop.")
    if not m.name.endswith("__main__")
]
modules = [importlib.import_module(name) for name in names]
print(json.dumps({m.__name__: [shibokens(m), uses_pyside(m), m.__file__] for m in modules}))
"""


def _imports_pyside_at_top(source: str) -> bool:
    """Whether the module's own body (not a function, not ``if TYPE_CHECKING``) imports it."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Import) and any(
            a.name.split(".")[0] == "PySide6" for a in node.names
        ):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "PySide6":
            return True
    return False


def test_answers_equal_shibokens_for_every_module_that_imports_pyside6_or_never_names_it() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _COMPARE], capture_output=True, text=True, check=True
    )
    answers: dict[str, list[Any]] = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(answers) > 150  # the whole app, not a sample
    named_only: list[str] = []
    for name, (shibokens, ours, file) in answers.items():
        source = Path(file).read_text(encoding="utf-8")
        if _imports_pyside_at_top(source):
            assert shibokens is ours is True, name
        elif "PySide6" not in source:
            assert shibokens == ours, name
        else:
            named_only.append(name)
            # Named only in words or in a deferred import: shiboken's text search counts it
            # in, the namespace leaves it out. Harmless: no module selects a __feature__.
            assert (shibokens, ours) == (True, False), name
    assert len(named_only) < len(answers) // 10


@pytest.mark.parametrize(
    "present",
    [{}, {"_mod_uses_pyside": None}, {"_mod_uses_pyside": "not a function"}],
    ids=["function-absent", "none", "not-callable"],
)
def test_the_guard_changes_nothing_when_the_function_is_not_there(
    monkeypatch: pytest.MonkeyPatch, present: dict[str, object]
) -> None:
    # A stand-in for shiboken's private module: the real one is never patched in-process.
    stand_in = ModuleType("shibokensupport.feature")
    vars(stand_in).update(present)
    before = dict(vars(stand_in))
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", stand_in)

    assert pyside_imports.skip_feature_source_scan() is False
    assert vars(stand_in) == before  # nothing added, nothing replaced


def test_the_guard_is_what_stops_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # The other side of the guard, so the test above can fail: with the function, it is swapped.
    stand_in = ModuleType("shibokensupport.feature")
    vars(stand_in)["_mod_uses_pyside"] = lambda _module: True
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", stand_in)

    assert pyside_imports.skip_feature_source_scan() is True
    assert vars(stand_in)["_mod_uses_pyside"] is uses_pyside


def test_no_shiboken_feature_module_at_all_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import PySide6.QtCore  # noqa: F401  (as skip_feature_source_scan does, before the check)

    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert pyside_imports.skip_feature_source_scan() is False
    assert "shibokensupport.feature" not in sys.modules
