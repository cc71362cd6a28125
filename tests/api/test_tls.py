"""TLS is verified against the system trust store: a certificate nobody vouches for is refused."""

from __future__ import annotations

import ssl
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from aiohttp import web

from flora_desktop.api import FloraClient
from flora_desktop.api.errors import APIConnectionError
from flora_desktop.api.tls import verified_context
from flora_desktop.services.outputs import new_download_client


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


@pytest_asyncio.fixture
async def https_url(self_signed: tuple[Path, Path]) -> AsyncIterator[str]:
    """A loopback HTTPS server answering like FLORA, with a self-signed certificate."""
    cert, key = self_signed
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    async def workspaces(_: web.Request) -> web.Response:
        return web.json_response({"workspaces": []})

    app = web.Application()
    app.router.add_get("/api/v1/workspaces", workspaces)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]  # started
    try:
        yield f"https://127.0.0.1:{port}/api/v1"
    finally:
        await runner.cleanup()


@pytest.mark.asyncio
async def test_an_unvouched_certificate_is_refused_not_ignored(https_url: str) -> None:
    async with FloraClient(api_key="sk_test_x", base_url=https_url, max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            await client.workspaces.list()


def test_the_context_verifies_certificates_and_host_names() -> None:
    context = verified_context()
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname
    assert type(context).__module__.startswith("truststore")  # the OS trust store


@pytest.mark.asyncio
async def test_the_download_client_refuses_it_too(https_url: str) -> None:
    async with new_download_client() as http:
        with pytest.raises(httpx.ConnectError, match=r"(?i)certificate"):
            await http.get(f"{https_url}/workspaces")
