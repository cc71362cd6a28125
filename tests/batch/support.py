"""Helpers for batch tests: a runner wired to the sandbox and a fresh history file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch import BatchRunner
from flora_desktop.services.batch_outputs import BatchOutputSaver
from flora_desktop.services.batch_store import Batch, BatchSource, BatchStore
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.services.watch import RunWatcher

# Runs end quickly and are polled often: a 200-row batch takes a few seconds.
RUN_SECONDS = 0.03
POLL = 0.02
SEND_BACKOFF = 0.01
IMAGE = "https://images.unsplash.com/photo-{}.png"


def sandbox_get(sandbox: SandboxServer, what: str) -> list[dict[str, Any]]:
    answer: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/{what}").json()[what]
    return answer


def fault(sandbox: SandboxServer, **body: Any) -> None:
    httpx.post(f"{sandbox.root_url}/_sandbox/faults", json=body).raise_for_status()


@dataclass
class Rig:
    client: FloraClient
    history: HistoryStore
    store: BatchStore
    journal: SubmissionJournal
    watcher: RunWatcher
    technique_id: str
    workspace_id: str

    async def batch(self, count: int, out_dir: Path | None = None, **kwargs: Any) -> Batch:
        sources = [
            BatchSource({"image": IMAGE.format(i)}, f"photo {i:03}.jpg") for i in range(count)
        ]
        return await self.store.create(
            technique_id=self.technique_id,
            workspace_id=self.workspace_id,
            sources=sources,
            technique_name="Background Remover",
            run_cost=0.04,
            out_dir=out_dir,
            **kwargs,
        )

    def runner(
        self,
        batch: Batch,
        *,
        concurrency: int = 3,
        out_dir: Path | None = None,
        saver: BatchOutputSaver | None = None,
        **extra: Any,
    ) -> BatchRunner:
        return BatchRunner(
            self.client,
            self.store,
            self.journal,
            batch,
            self.watcher,
            concurrency=concurrency,
            saver=saver,
            manifest_dir=out_dir,
            send_backoff=SEND_BACKOFF,
            **extra,
        )


def fast_folder(tmp_path: Path) -> Path:
    """A folder in memory when there is one: these tests count runs, not fsync latency
    (every row commits several transactions with synchronous=FULL; on a shared disk that
    alone takes seconds for 200 rows)."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        return Path(tempfile.mkdtemp(prefix="flora-batch-", dir=shm))
    return tmp_path


@asynccontextmanager
async def rig(sandbox: SandboxServer, folder: Path) -> AsyncIterator[Rig]:
    async with (
        FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0) as client,
        HistoryStore(folder / HISTORY_FILE_NAME) as history,
    ):
        workspaces = await client.workspaces.list()
        owner = next(w for w in workspaces if w.role == "owner")
        technique = await client.techniques.retrieve("background-remover")
        yield Rig(
            client=client,
            history=history,
            store=BatchStore(history, client.base_url),
            journal=SubmissionJournal(history, client.base_url),
            watcher=RunWatcher(client, interval=POLL, max_interval=0.2),
            technique_id=technique.technique_id,
            workspace_id=owner.workspace_id,
        )
