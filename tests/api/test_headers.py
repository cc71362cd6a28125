"""The exact headers each attempt carries, seen by a small recording server on loopback.

The sandbox logs only some headers; this server keeps them all, so the retry counter, the
idempotency key and the absence of the key on other requests can be read directly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from aiohttp import web

from flora_desktop import __version__
from flora_desktop.api import FloraClient
from tests.api.helpers import RecordingPolicy

pytestmark = pytest.mark.asyncio

KEY = "sk_test_header_check"
FAILURES_BEFORE_SUCCESS = 2


class Recorder:
    """Answers 503 a set number of times, then 200, remembering each request's headers."""

    def __init__(self) -> None:
        self.headers: list[dict[str, str]] = []
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        self.headers.append(dict(request.headers))
        if len(self.headers) <= FAILURES_BEFORE_SUCCESS:
            return web.json_response({"error": {"code": "busy", "message": "Busy."}}, status=503)
        if request.method == "POST":
            return web.json_response({"run_id": "run_1", "type": "technique", "charged_cost": 0})
        if "/runs/" in request.path:
            return web.json_response({"run_id": "run_1", "status": "running", "progress": 5})
        return web.json_response({"workspaces": []})


@pytest_asyncio.fixture
async def recorder() -> AsyncIterator[Recorder]:
    recorder = Recorder()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", recorder.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    recorder.url = f"http://127.0.0.1:{port}"
    try:
        yield recorder
    finally:
        await runner.cleanup()


async def test_every_attempt_carries_the_api_headers(recorder: Recorder) -> None:
    async with FloraClient(
        api_key=KEY, base_url=f"{recorder.url}/api/v1", retry_policy=RecordingPolicy()
    ) as client:
        assert await client.workspaces.list() == []
    assert [h["X-Stainless-Retry-Count"] for h in recorder.headers] == ["0", "1", "2"]
    for headers in recorder.headers:
        assert headers["Authorization"] == f"Bearer {KEY}"
        assert headers["Accept"] == "application/json"
        assert headers["User-Agent"].startswith(f"FloraDesktop/{__version__} python-httpx/")
        assert "Idempotency-Key" not in headers  # a GET spends nothing


async def test_run_start_resends_one_key(recorder: Recorder) -> None:
    async with FloraClient(
        api_key=KEY, base_url=f"{recorder.url}/api/v1", retry_policy=RecordingPolicy()
    ) as client:
        await client.runs.start_technique(
            technique_id="tech_1", workspace_id="ws_1", inputs={"prompt": "x"}
        )
    keys = [h["Idempotency-Key"] for h in recorder.headers]
    assert len(keys) == FAILURES_BEFORE_SUCCESS + 1
    assert len(set(keys)) == 1
    assert keys[0].startswith("flora-desktop-")
    assert all(h["Content-Type"] == "application/json" for h in recorder.headers)


async def test_other_origin_gets_no_authorization(recorder: Recorder) -> None:
    async with FloraClient(
        api_key=KEY, base_url="https://app.flora.ai/api/v1", retry_policy=RecordingPolicy()
    ) as client:
        run = await client.runs.retrieve_url(f"{recorder.url}/api/v1/runs/run_1")
    assert run.run_id == "run_1"
    assert all("Authorization" not in h for h in recorder.headers)
    assert all(KEY not in str(h) for h in recorder.headers)
