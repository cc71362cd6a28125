"""The API key never leaves: not in files, output, logs, reprs, errors, exports or crash reports.

The whole-session test runs the real app in a child process with a canary key that does
*not* look like a FLORA key (``sk_…``), so only the app's registered-secret redaction can hide
it, then searches every byte the app wrote and printed.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import ssl
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from flora_desktop.api import FloraClient
from flora_desktop.api.errors import (
    APIConnectionError,
    AuthenticationError,
    ConfigurationError,
)
from flora_desktop.sandbox.config import SandboxConfig
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.session import Connection, EmbeddedSandbox
from tests.reliability.conftest import AppProcess, Observe, add_fault, child_env, sandbox_get

CANARY_PREFIX = "CANARY"


def canary() -> str:
    return f"{CANARY_PREFIX}{secrets.token_hex(12)}"


def files_holding(root: Path, needle: bytes) -> list[str]:
    """Every file below ``root`` whose bytes contain ``needle`` (also UTF-16, for Qt)."""
    variants = (needle, needle.decode().encode("utf-16-le"))
    hits: list[str] = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(v in data for v in variants):
                hits.append(str(path.relative_to(root)))
    return hits


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Secret Service is Linux only")
def test_a_whole_session_leaves_the_key_nowhere(
    secret_service: str, tmp_path: Path, observe: Observe
) -> None:
    key = canary()
    with SandboxServer(SandboxConfig(api_key=key, run_seconds=0.3)) as server:
        env = child_env(tmp_path, FLORA_TEST_KEY=key, DBUS_SESSION_BUS_ADDRESS=secret_service)
        app = AppProcess.start(env, "session", server.api_url)
        try:
            assert app.expect("SIGNIN ") == "rejected"
            assert app.expect("SIGNIN ") == "accepted"
            assert app.expect("RUN ").startswith("run_")
            error_title = app.expect("ERROR ")
            app.expect("CRASHED")
            stdout, stderr = app.finish()
        finally:
            app.ensure_dead()
        requests = sandbox_get(server, "requests")
        runs = sandbox_get(server, "runs")
    assert app.process.returncode == 0, stderr[-3000:]
    assert len(runs) == 1
    assert any(r["auth"] == "valid" for r in requests)

    needle = key.encode()
    written = files_holding(tmp_path, needle)
    log_text = "".join(
        p.read_text(errors="replace") for p in (tmp_path / "flora" / "logs").glob("*.log*")
    )
    assert written == [], f"the key was written to {written}"
    assert key not in stdout
    assert key not in stderr
    assert key not in str(requests)
    assert key[len(CANARY_PREFIX) :] not in stderr  # not even its random part
    # The session really produced what is searched: debug logs, an error, a crash report.
    assert "unexpected error" in log_text
    assert "RuntimeError" in log_text
    assert "unexpected state while using ***" in log_text
    assert "DEBUG" in log_text
    files = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert any(f.endswith(".sqlite3") or "drafts" in f for f in files), files
    names = sorted({Path(f).name for f in files})
    observe(
        "secret",
        "A whole session with a canary key (not sk_-shaped): wrong key then the right one "
        "typed into sign-in and saved to a real Secret Service, a run, a failed start "
        "(3× HTTP 500), --debug logging, and a crash raised with the key in its message",
        f"“{error_title}”; the crash dialog and log read “unexpected state while using ***”",
        f"0 hits for the key in every file the app wrote ({', '.join(names)}), "
        "in stdout, stderr and the sandbox's request log",
    )


@pytest.mark.asyncio
async def test_key_never_in_errors_or_reprs(observe: Observe) -> None:
    key = canary()
    with SandboxServer(SandboxConfig(api_key=key)) as sandbox:
        client = FloraClient(api_key=key, base_url=sandbox.api_url, max_retries=0)
        try:
            # The server echoes the key in its error message, as a careless proxy might.
            add_fault(sandbox, path="/api/v1/workspaces", status=401, message=f"bad key {key}")
            with pytest.raises(AuthenticationError) as refused:
                await client.workspaces.list()
            # The key sneaks into a query string: the request log must not keep it.
            await client.get("/workspaces", params={"debug": key})
            requests = sandbox_get(sandbox, "requests")
        finally:
            await client.aclose()
    with pytest.raises(ConfigurationError) as spaced:
        FloraClient(api_key=f"{key} extra", base_url="https://app.flora.ai/api/v1")
    unreachable = FloraClient(api_key=key, base_url="http://127.0.0.1:9/api/v1", max_retries=0)
    try:
        with pytest.raises(APIConnectionError) as offline:
            await unreachable.workspaces.list()
    finally:
        await unreachable.aclose()
    texts = [
        repr(client),
        str(client.__dict__.get("base_url")),
        repr(Connection(sandbox.api_url, key, "keyring")),
        str(Connection(sandbox.api_url, key, "keyring")),
        str(refused.value),
        repr(refused.value),
        str(spaced.value),
        repr(spaced.value),
        str(offline.value),
        repr(offline.value),
        str(requests),
    ]
    for text in texts:
        assert key not in text, text
    observe(
        "secret",
        "The key echoed back in a 401 message, put in a query string, with a space inside, "
        "and used against a closed port",
        f"“{refused.value}”",
        "no key in str()/repr() of FloraClient, Connection or any error, nor in the "
        "sandbox's request log",
    )


def test_copy_as_curl_masks_the_key_unless_asked(observe: Observe) -> None:
    share = pytest.importorskip("flora_desktop.services.share")
    key = canary()
    request = share.ShareRequest(
        base_url="https://app.flora.ai/api/v1",
        technique_id="tech_1",
        workspace_id="ws_1",
        inputs={"prompt": "hi"},
        api_key=key,
    )
    masked = {fmt: share.render(request, fmt) for fmt in share.FORMATS}
    for text in masked.values():
        assert key not in text
    assert key not in repr(request)
    assert "$FLORA_API_KEY" in masked["curl"]
    revealed = share.render(request, "curl", reveal_key=True)
    assert key in revealed
    observe(
        "secret",
        "“Copy as” curl, CLI and Python for a request made with the key",
        "the commands read $FLORA_API_KEY; the key itself only with “include my key”",
        f"no key in any of {len(masked)} formats or the request's repr unless revealed",
    )


def test_tls_verification_is_always_on(monkeypatch: pytest.MonkeyPatch, observe: Observe) -> None:
    import inspect

    from flora_desktop.services.outputs import new_download_client

    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    client = FloraClient(api_key="k", base_url="https://app.flora.ai/api/v1")
    downloads = new_download_client()
    try:
        for http in (client._http, downloads):
            assert http.trust_env
            transport = http._transport_for_url(httpx.URL("https://app.flora.ai/"))
            pool: Any = transport._pool  # type: ignore[attr-defined]
            context: ssl.SSLContext = pool._ssl_context
            assert context.verify_mode == ssl.CERT_REQUIRED
            assert context.check_hostname
            # HTTPS_PROXY from the environment is honoured: the https route goes through it.
            assert "Proxy" in type(pool).__name__
    finally:
        import asyncio

        asyncio.run(client.aclose())
        asyncio.run(downloads.aclose())
    options = set(inspect.signature(FloraClient).parameters)
    assert not options & {"verify", "ssl", "insecure", "cert", "trust_env"}
    app_code = Path(__file__).resolve().parents[2] / "flora_desktop"
    offenders = [
        str(p.relative_to(app_code))
        for p in app_code.rglob("*.py")
        if "verify=False" in p.read_text(encoding="utf-8") and "sandbox" not in p.parts
    ]
    assert offenders == []
    observe(
        "secret",
        "TLS settings of the API client and the download client; HTTPS_PROXY set",
        "nothing to see: there is no option to turn verification off",
        "CERT_REQUIRED with host name checks on both clients; the proxy from the environment "
        "is used; no verify=False anywhere in the app",
    )


@pytest.mark.asyncio
async def test_embedded_sandbox_binds_loopback_only(observe: Observe) -> None:
    with pytest.raises(ValueError, match="loopback"):
        SandboxServer(SandboxConfig(host="0.0.0.0"))
    embedded = EmbeddedSandbox()
    connection = await embedded.start()
    try:
        port = httpx.URL(connection.base_url).port
        assert httpx.URL(connection.base_url).host == "127.0.0.1"
        listening = await asyncio.to_thread(_listening_addresses, port)
    finally:
        await embedded.stop()
    if listening:
        assert listening == {"127.0.0.1"}
    observe(
        "secret",
        "Start the embedded sandbox (“Try the sandbox”, --sandbox); ask for one on 0.0.0.0",
        "a sandbox on this computer only",
        "the listening socket is 127.0.0.1 only (read from /proc/net/tcp on Linux); "
        "0.0.0.0 is refused",
    )


def _listening_addresses(port: int | None) -> set[str]:
    found: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        with open(table, encoding="ascii") as rows:
            next(rows)
            for row in rows:
                local, state = row.split()[1], row.split()[3]
                address, port_hex = local.split(":")
                if state == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                    found.add(_ip(address))
    return found


def _ip(hex_address: str) -> str:
    if len(hex_address) == 8:
        return ".".join(str(int(hex_address[i : i + 2], 16)) for i in (6, 4, 2, 0))
    return hex_address
