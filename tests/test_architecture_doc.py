"""docs/ARCHITECTURE.md stays true: every module, file and symbol it names exists.

The page writes code references in backticks as a dotted name (``flora_desktop.ui.shell.
build_shell``, ``flora_desktop.services.run_tracker.RunTracker.track``) or as a path
(``flora_desktop/ui/connection.py``). A rename that forgets the page fails here.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ARCHITECTURE.md"
REFERENCE = re.compile(r"`(flora_desktop[\w./]*\w)`")


def references() -> list[str]:
    return sorted(set(REFERENCE.findall(DOC.read_text(encoding="utf-8"))))


def resolves(reference: str) -> bool:
    if "/" in reference:
        return (ROOT / reference).exists()
    parts = reference.split(".")
    # The longest prefix that is a module, then attributes (classes, functions, methods).
    for cut in range(len(parts), 0, -1):
        try:
            target: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for name in parts[cut:]:
            if not hasattr(target, name):
                return False
            target = getattr(target, name)
        return True
    return False


def test_the_page_names_the_code_it_describes() -> None:
    # A page that names nothing could never fail this test.
    assert len(references()) >= 30


@pytest.mark.parametrize("reference", references())
def test_every_reference_exists(reference: str) -> None:
    assert resolves(reference), f"docs/ARCHITECTURE.md names {reference}, which does not exist"


def test_the_checker_notices_a_missing_name() -> None:
    assert resolves("flora_desktop.api.errors.FloraError")
    assert not resolves("flora_desktop.api.errors.NoSuchError")
    assert not resolves("flora_desktop/no_such_module.py")
