"""The layers import one way: api, sandbox and services never pull in Qt; sandbox never api.

One child interpreter checks every module (it used to start one per module): before each
import it forgets every module outside the standard library, so each module's imports are
seen in full, as if it were the first thing a program imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache

import pytest

# Runs in the child: for each module, what importing it alone loads.
# The standard library stays loaded between modules (it imports none of ours, Qt or keyring,
# and reloading it would cost most of the time); everything else is forgotten.
PROBE = """
import importlib, json, sys
loaded = {}
for name in json.loads(sys.argv[1]):
    for module in list(sys.modules):
        if module.partition(".")[0] not in sys.stdlib_module_names:
            del sys.modules[module]
    importlib.import_module(name)
    loaded[name] = sorted(sys.modules)
print(json.dumps(loaded))
"""

QT_FREE = [
    "flora_desktop.api",
    "flora_desktop.sandbox",
    "flora_desktop.sandbox.server",
    "flora_desktop.services.credentials",
    "flora_desktop.services.drafts",
    "flora_desktop.services.settings",
    "flora_desktop.services.inputs",
    "flora_desktop.services.submit",
    "flora_desktop.services.session",
    "flora_desktop.services.watch",
    "flora_desktop.services.history",
    "flora_desktop.services.outputs",
    "flora_desktop.services.failures",
    "flora_desktop.services.run_tracker",
    "flora_desktop.services.rerun",
    "flora_desktop.services.output_cache",
    "flora_desktop.services.profiles",
    "flora_desktop.services.uploads",
    "flora_desktop.services.share",
    "flora_desktop.services.presets",
]
QT_PACKAGES = {"PySide6", "shiboken6", "qasync"}


def loaded_by(modules: tuple[str, ...]) -> dict[str, set[str]]:
    """For each module, every module importing it alone loads (one child interpreter)."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(modules)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return {name: set(found) for name, found in json.loads(result.stdout).items()}


@cache
def _all_loaded() -> dict[str, set[str]]:
    return loaded_by(tuple(QT_FREE))


def _modules_loaded_by(module: str) -> set[str]:
    return _all_loaded()[module]


@pytest.mark.parametrize("module", QT_FREE)
def test_module_imports_without_qt(module: str) -> None:
    loaded = _modules_loaded_by(module)
    assert not {m for m in loaded if m.split(".")[0] in QT_PACKAGES}


@pytest.mark.parametrize("module", ["flora_desktop.sandbox", "flora_desktop.sandbox.server"])
def test_sandbox_does_not_import_the_client(module: str) -> None:
    loaded = _modules_loaded_by(module)
    assert not {m for m in loaded if m.startswith("flora_desktop.api")}


def test_client_does_not_import_keyring_or_the_sandbox() -> None:
    loaded = _modules_loaded_by("flora_desktop.api")
    assert "keyring" not in loaded
    assert not {m for m in loaded if m.startswith("flora_desktop.sandbox")}


def test_the_probe_sees_each_import_in_full_whatever_came_before() -> None:
    # Qt first, then a Qt-free module: the reset must not let Qt count for the second,
    # and a module importing Qt must be caught even after others were probed.
    loaded = loaded_by(("flora_desktop.ui.gc_guard", "flora_desktop.services.inputs"))
    assert "PySide6.QtCore" in loaded["flora_desktop.ui.gc_guard"]
    assert not {m for m in loaded["flora_desktop.services.inputs"] if m.startswith("PySide6")}
    again = loaded_by(("flora_desktop.services.inputs", "flora_desktop.ui.gc_guard"))
    assert "PySide6.QtCore" in again["flora_desktop.ui.gc_guard"]
