"""Everything one sandbox remembers between requests; replaced whole on reset."""

from __future__ import annotations

import hashlib
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from flora_desktop.sandbox.assets import Asset
from flora_desktop.sandbox.catalog import Catalog
from flora_desktop.sandbox.config import SandboxConfig
from flora_desktop.sandbox.media import MediaCache
from flora_desktop.sandbox.runs import Run
from flora_desktop.sandbox.techniques import Workspace

HEADER_KEY_TTL = 2 * 3600.0  # CONTRACT §9.7: header keys are remembered for 2 h
BODY_KEY_TTL = 24 * 3600.0  # and body keys on the nested route for 24 h
REQUEST_LOG_SIZE = 10_000


def new_id(prefix: str) -> str:
    """A fresh public id such as ``run_…`` or ``req_…``."""
    return f"{prefix}_{uuid.uuid4().hex[:20]}"


def key_fingerprint(api_key: str) -> str:
    """What the idempotency stores key on instead of the API key itself."""
    return hashlib.sha256(api_key.encode()).hexdigest()


@dataclass(frozen=True)
class StoredKey:
    """What an idempotency key was used for, and until when it counts."""

    target_id: str
    expires: float
    body_fingerprint: str = ""


@dataclass
class SandboxState:
    """Workspaces, balances, runs, assets, idempotency keys and the request log."""

    config: SandboxConfig
    workspaces: tuple[Workspace, ...]
    catalog: Catalog
    clock: Callable[[], float] = time.time
    balances: dict[str, float] = field(default_factory=dict)
    runs: dict[str, Run] = field(default_factory=dict)
    # Runs not yet charged; kept apart so polling stays cheap with a long history.
    unsettled: dict[str, Run] = field(default_factory=dict)
    assets: dict[str, Asset] = field(default_factory=dict)
    header_keys: dict[tuple[str, str], StoredKey] = field(default_factory=dict)
    body_keys: dict[tuple[str, str], StoredKey] = field(default_factory=dict)
    requests: deque[dict[str, object]] = field(
        default_factory=lambda: deque(maxlen=REQUEST_LOG_SIZE)
    )
    media: MediaCache = field(default_factory=MediaCache)

    def __post_init__(self) -> None:
        if not self.balances:
            self.balances = {ws.workspace_id: self.config.credits for ws in self.workspaces}

    def workspace(self, workspace_id: str) -> Workspace | None:
        """The workspace with that id, if the key can see it."""
        for ws in self.workspaces:
            if ws.workspace_id == workspace_id:
                return ws
        return None

    # -- credits ------------------------------------------------------------------------

    def settle(self) -> None:
        """Charge every run that has completed since the last call."""
        now = self.clock()
        for run in list(self.unsettled.values()):
            if run.phase(now).terminal:
                run.settled = True
                del self.unsettled[run.run_id]
                charged = run.charged_cost(now)
                self.balances[run.workspace_id] = round(
                    self.balances[run.workspace_id] - charged, 6
                )

    def available(self, workspace_id: str) -> float:
        """Balance minus what runs still in flight will charge."""
        self.settle()
        reserved = sum(
            r.technique.run_cost for r in self.unsettled.values() if r.workspace_id == workspace_id
        )
        return round(self.balances[workspace_id] - reserved, 6)

    # -- idempotency --------------------------------------------------------------------

    def header_key_used(self, api_key: str, key: str) -> StoredKey | None:
        """The live record of an ``Idempotency-Key`` header, if it was used."""
        stored = self.header_keys.get((key_fingerprint(api_key), key))
        if stored is None or stored.expires <= self.clock():
            return None
        return stored

    def remember_header_key(self, api_key: str, key: str, target_id: str) -> None:
        """Record an ``Idempotency-Key`` header after a successful create."""
        self.header_keys[(key_fingerprint(api_key), key)] = StoredKey(
            target_id, self.clock() + HEADER_KEY_TTL
        )

    def body_key_used(self, api_key: str, key: str) -> StoredKey | None:
        """The live record of a nested-route body ``idempotency_key``."""
        stored = self.body_keys.get((key_fingerprint(api_key), key))
        if stored is None or stored.expires <= self.clock():
            return None
        return stored

    def remember_body_key(self, api_key: str, key: str, target_id: str, body: str) -> None:
        """Record a body ``idempotency_key`` with the fingerprint of its request."""
        self.body_keys[(key_fingerprint(api_key), key)] = StoredKey(
            target_id, self.clock() + BODY_KEY_TTL, body
        )

    # -- runs ---------------------------------------------------------------------------

    def add_run(self, run: Run) -> None:
        """Record a new run; it is charged when it completes."""
        self.runs[run.run_id] = run
        self.unsettled[run.run_id] = run

    def runs_newest_first(self) -> list[Run]:
        """Every run, newest first (dicts keep insertion order)."""
        return list(reversed(self.runs.values()))
