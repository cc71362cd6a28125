"""``/runs``: start a technique run (the seed endpoint, §5.4) and poll any run (§5.8)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flora_desktop.api._parse import expect_object
from flora_desktop.api._paths import path_segment
from flora_desktop.api._resource import APIResource
from flora_desktop.api.idempotency import new_idempotency_key
from flora_desktop.api.models import RunStart, RunStatus

__all__ = ["Runs"]


class Runs(APIResource):
    """``client.runs``."""

    async def start_technique(
        self,
        *,
        technique_id: str,
        workspace_id: str,
        inputs: Mapping[str, Any],
        idempotency_key: str | None = None,
    ) -> RunStart:
        """``POST /runs/technique``; ``inputs`` maps the technique's input ids to values.

        Always sends an ``Idempotency-Key`` (a fresh one unless given), the same on every
        retry, so a retried request cannot start a second run: a retry that reaches a run
        the first attempt already started raises ``IdempotencyDuplicateError``.
        """
        body = {"technique_id": technique_id, "workspace_id": workspace_id, "inputs": inputs}
        payload = await self._client.post(
            "/runs/technique",
            json_body=body,
            idempotency_key=idempotency_key or new_idempotency_key(),
        )
        return RunStart.from_dict(expect_object(payload, "POST /runs/technique"))

    async def retrieve(self, run_id: str) -> RunStatus:
        """Poll any run through ``GET /runs/{run_id}``."""
        payload = await self._client.get(f"/runs/{path_segment(run_id)}")
        return RunStatus.from_dict(expect_object(payload, "GET /runs/{runId}"))

    async def retrieve_url(self, poll_url: str) -> RunStatus:
        """Poll a run by following its ``poll_url``.

        The API key is sent only when ``poll_url`` is on the configured API's origin
        (scheme, host and port); any other origin gets the request without it.
        """
        payload = await self._client.get(poll_url)
        return RunStatus.from_dict(expect_object(payload, "GET poll_url"))
