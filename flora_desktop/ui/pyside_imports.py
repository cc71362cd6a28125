"""Spare every import PySide6's ``__feature__`` source scan (start-up time and memory).

Once ``PySide6.QtCore`` is loaded, shiboken replaces ``__import__`` and, after each module
is imported, decides whether that module "uses PySide" (for ``from __feature__ import
snake_case, true_property``) by reading the module's whole source with
``inspect.getsource`` and searching it for the text "PySide6". Every module the app imports
after Qt is read again from disk and kept in ``linecache``: ~14 ms and ~6 MB of peak RSS of
start-up (benchmarks/startup.py; napari/napari#8584 describes the same tax).

The app never uses ``__feature__`` (tests/ui/test_pyside_imports.py checks), so the answer
only has to be sensible, not read from source: a module uses PySide when its namespace
holds something that comes from PySide6. Only PySide6's private ``shibokensupport.feature``
is touched, and only if it has the function this replaces; otherwise nothing changes.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)

__all__ = ["skip_feature_source_scan", "uses_pyside"]

_FEATURE_MODULE = "shibokensupport.feature"
_SCAN = "_mod_uses_pyside"


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module`` holds a PySide6 module, class or function (its namespace only)."""
    try:
        values = list(vars(module).values())
    except TypeError:
        return False
    for value in values:
        origin = (
            value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        )
        if isinstance(origin, str) and origin.startswith(("PySide6", "shiboken6")):
            return True
    return False


def skip_feature_source_scan() -> bool:
    """Answer shiboken's per-import question without reading source; True if replaced."""
    import PySide6.QtCore  # noqa: F401  (shiboken installs its import hook with QtCore)

    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _SCAN, None)):
        log.debug("PySide6 has no %s.%s here: imports stay as they are", _FEATURE_MODULE, _SCAN)
        return False
    setattr(feature, _SCAN, uses_pyside)
    return True
