"""The layers import one way: api, sandbox and services never pull in Qt; sandbox never api."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import importlib, json, sys
importlib.import_module({module!r})
print(json.dumps(sorted(sys.modules)))
"""


def _modules_loaded_by(module: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return set(json.loads(result.stdout))


@pytest.mark.parametrize(
    "module",
    [
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
    ],
)
def test_module_imports_without_qt(module: str) -> None:
    loaded = _modules_loaded_by(module)
    assert not {m for m in loaded if m.split(".")[0] in {"PySide6", "shiboken6", "qasync"}}


@pytest.mark.parametrize("module", ["flora_desktop.sandbox", "flora_desktop.sandbox.server"])
def test_sandbox_does_not_import_the_client(module: str) -> None:
    loaded = _modules_loaded_by(module)
    assert not {m for m in loaded if m.startswith("flora_desktop.api")}


def test_client_does_not_import_keyring_or_the_sandbox() -> None:
    loaded = _modules_loaded_by("flora_desktop.api")
    assert "keyring" not in loaded
    assert not {m for m in loaded if m.startswith("flora_desktop.sandbox")}
