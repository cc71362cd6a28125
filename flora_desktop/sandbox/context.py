"""The one object a running sandbox app holds: config, state, faults, clock and the catalogs."""

from __future__ import annotations

import dataclasses
from typing import Any

from aiohttp import web

from flora_desktop.sandbox.catalog import Catalog, build_catalog
from flora_desktop.sandbox.clock import SandboxClock
from flora_desktop.sandbox.config import SandboxConfig
from flora_desktop.sandbox.errors import FieldProblem, validation_error
from flora_desktop.sandbox.faults import FaultBook
from flora_desktop.sandbox.seeds import seeded_workspaces
from flora_desktop.sandbox.state import SandboxState

# Fields ``POST /_sandbox/reset`` may override, with the JSON types each accepts.
RESET_FIELDS: dict[str, tuple[type, ...]] = {
    "run_seconds": (int, float),
    "credits": (int, float),
    "casing": (str,),
    "catalog_size": (int,),
    "seed": (int,),
    "asset_ready_seconds": (int, float),
    "bad_key_code": (str,),
}
ALLOWED_VALUES: dict[str, tuple[str, ...]] = {
    "casing": ("snake", "camel_nested"),
    "bad_key_code": ("invalid_api_key", "unauthorized"),
}
MAX_CATALOG = 200_000


def check_overrides(overrides: dict[str, Any]) -> None:
    """Raise a 400 listing every override that is unknown or of the wrong type."""
    problems = []
    for name, value in overrides.items():
        kinds = RESET_FIELDS.get(name)
        if kinds is None:
            problems.append(FieldProblem(name, "Not a setting reset can change."))
        elif isinstance(value, bool) or not isinstance(value, kinds):
            problems.append(FieldProblem(name, "Wrong type."))
        elif name in ALLOWED_VALUES and value not in ALLOWED_VALUES[name]:
            problems.append(FieldProblem(name, f"Expected one of {ALLOWED_VALUES[name]}."))
        elif isinstance(value, int | float) and value < 0:
            problems.append(FieldProblem(name, "Must not be negative."))
        elif name == "catalog_size" and isinstance(value, int) and value > MAX_CATALOG:
            problems.append(FieldProblem(name, f"At most {MAX_CATALOG}."))
    if problems:
        raise validation_error(problems)


class SandboxContext:
    """What handlers reach through ``request.app[CONTEXT]``; ``reset`` swaps the state.

    ``clock`` is what the state reads the time from; reset gives a fresh, real one.
    """

    def __init__(self, config: SandboxConfig, root_url: str) -> None:
        self.initial_config = config
        self.config = config
        self.root_url = root_url
        self.faults = FaultBook()
        self.clock = SandboxClock()
        self._catalogs: dict[tuple[int, int], Catalog] = {}
        self.state = self._fresh_state()

    @property
    def api_url(self) -> str:
        """The API base URL."""
        return f"{self.root_url}/api/v1"

    def _catalog(self, size: int, seed: int) -> Catalog:
        # Catalogs are immutable, so a reset with the same size and seed reuses one.
        key = (size, seed)
        if key not in self._catalogs:
            if len(self._catalogs) >= 4:
                self._catalogs.clear()
            self._catalogs[key] = build_catalog(seeded_workspaces(), size, seed)
        return self._catalogs[key]

    def _fresh_state(self) -> SandboxState:
        workspaces = seeded_workspaces()
        catalog = self._catalog(self.config.catalog_size, self.config.seed)
        return SandboxState(
            config=self.config, workspaces=workspaces, catalog=catalog, clock=self.clock.now
        )

    def reset(self, overrides: dict[str, Any]) -> None:
        """Back to the seeded state with no faults: the start-up config plus ``overrides``."""
        check_overrides(overrides)
        self.config = dataclasses.replace(self.initial_config, **overrides)
        self.faults.clear()
        self.clock = SandboxClock()
        self.state = self._fresh_state()


CONTEXT = web.AppKey("flora_sandbox_context", SandboxContext)
