"""Helpers for client tests: the sandbox's control endpoints, a recording retry policy, inputs."""

from __future__ import annotations

import json
from typing import Any

import httpx

from flora_desktop.api import FloraClient, Technique
from flora_desktop.api.retry import RetryDecision, RetryPolicy
from flora_desktop.sandbox.server import SandboxServer

# Test timeouts: long enough for a loaded 2-core machine, short enough to fail fast.
CLIENT_TIMEOUT = 5.0
IMAGE_URL = "https://images.unsplash.com/photo-1.png"
MEDIA_URLS = {
    "imageUrl": IMAGE_URL,
    "videoUrl": "https://media.flora.ai/clip.mp4",
    "audioUrl": "https://media.flora.ai/take.wav",
    "documentUrl": "https://media.flora.ai/brief.pdf",
}


def inputs_for(technique: Technique, text: str = "soft morning light") -> dict[str, str]:
    """Values for every required input, and for every text input (to carry triggers)."""
    return {
        io.id: text if io.type == "text" else MEDIA_URLS[io.type]
        for io in technique.inputs
        if not io.optional or io.type == "text"
    }


async def technique_with_text_input(client: FloraClient) -> Technique:
    """The first technique taking a text input and no list-valued inputs."""
    async for technique in client.techniques.list(limit=100):
        if any(io.type == "text" for io in technique.inputs) and not any(
            io.allow_multiple for io in technique.inputs
        ):
            return technique
    raise AssertionError("the sandbox catalog has no technique with a text input")


class RecordingPolicy(RetryPolicy):
    """The real policy with short backoff, remembering every decision it made."""

    decisions: list[RetryDecision]

    def __init__(self, max_retries: int = 2) -> None:
        super().__init__(max_retries=max_retries, initial_delay=0.01, max_delay=0.05)
        object.__setattr__(self, "decisions", [])

    def after_response(self, *args: Any, **kwargs: Any) -> RetryDecision:
        decision = super().after_response(*args, **kwargs)
        self.decisions.append(decision)
        return decision

    def after_connection_error(self, attempt: int) -> RetryDecision:
        decision = super().after_connection_error(attempt)
        self.decisions.append(decision)
        return decision


class Control:
    """The sandbox's ``/_sandbox`` endpoints."""

    def __init__(self, server: SandboxServer, http: httpx.AsyncClient) -> None:
        self.server = server
        self._http = http
        self.overridden: set[str] = set()

    async def fault(self, path: str, **fields: Any) -> None:
        body = {"path": f"/api/v1{path}", **fields}
        # json.dumps escapes lone surrogates (a ``body`` fault may carry them); httpx's would not.
        response = await self._http.post(
            f"{self.server.root_url}/_sandbox/faults",
            content=json.dumps(body),
            headers={"Content-Type": "application/json"},
        )
        response.raise_for_status()

    async def requests(self, path: str | None = None) -> list[dict[str, Any]]:
        response = await self._http.get(f"{self.server.root_url}/_sandbox/requests")
        response.raise_for_status()
        entries: list[dict[str, Any]] = response.json()["requests"]
        return [e for e in entries if path is None or e["path"] == f"/api/v1{path}"]

    async def runs(self) -> list[dict[str, Any]]:
        response = await self._http.get(f"{self.server.root_url}/_sandbox/runs")
        response.raise_for_status()
        runs: list[dict[str, Any]] = response.json()["runs"]
        return runs

    async def reset(self, **overrides: Any) -> None:
        self.overridden.update(overrides)
        await self._reset({"run_seconds": 0.3, **overrides})

    async def config(self) -> dict[str, Any]:
        response = await self._http.get(f"{self.server.root_url}/_sandbox/config")
        response.raise_for_status()
        config: dict[str, Any] = response.json()["config"]
        return config

    async def _reset(self, body: dict[str, Any]) -> None:
        response = await self._http.post(f"{self.server.root_url}/_sandbox/reset", json=body)
        response.raise_for_status()
