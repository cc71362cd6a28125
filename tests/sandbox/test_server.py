"""The server object, the CLI in a subprocess, loopback refusal and import layering."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from flora_desktop.sandbox.config import DEMO_API_KEY, SandboxConfig
from flora_desktop.sandbox.server import SandboxServer

ROOT = Path(__file__).resolve().parents[2]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def test_context_manager_serves_and_stops() -> None:
    config = SandboxConfig(api_key="sk_test_other", run_seconds=0.1)
    with SandboxServer(config) as server:
        assert server.port > 0
        assert server.root_url == f"http://127.0.0.1:{server.port}"
        assert server.api_url == server.root_url + "/api/v1"
        assert server.api_key == "sk_test_other"
        assert server.config.run_seconds == 0.1
        headers = {"Authorization": "Bearer sk_test_other"}
        response = httpx.get(server.api_url + "/workspaces", headers=headers)
        assert response.status_code == 200
        url = server.api_url
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/workspaces", timeout=2)
    server.stop()  # idempotent


def test_two_servers_side_by_side() -> None:
    with SandboxServer() as one, SandboxServer() as two:
        assert one.port != two.port
        for server in (one, two):
            headers = {"Authorization": f"Bearer {DEMO_API_KEY}"}
            assert httpx.get(server.api_url + "/workspaces", headers=headers).status_code == 200


def test_fixed_port_in_use_fails_to_start(sandbox: SandboxServer) -> None:
    with pytest.raises(OSError, match=r"(?i)address|in use|usage"):
        SandboxServer(SandboxConfig(port=sandbox.port)).start()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com", "::"])
def test_non_loopback_host_is_refused(host: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        SandboxServer(SandboxConfig(host=host))


def test_non_loopback_allowed_when_asked() -> None:
    server = SandboxServer(SandboxConfig(host="0.0.0.0", allow_non_loopback=True))
    assert server.port == 0  # constructed, never started: nothing listens on the network


def test_localhost_and_ipv4_loopback_are_accepted() -> None:
    with SandboxServer(SandboxConfig(host="localhost")) as server:
        assert server.root_url.startswith("http://127.0.0.1:")


def test_cli_serves_until_terminated() -> None:
    command = [
        sys.executable,
        "-m",
        "flora_desktop.sandbox",
        "--port",
        "0",
        "--run-seconds",
        "0.2",
        "--catalog-size",
        "40",
        "--credits",
        "7",
        "--casing",
        "camel_nested",
    ]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=child_env()
    ) as process:
        try:
            assert process.stdout is not None
            lines = [process.stdout.readline() for _ in range(3)]
            api_url = lines[0].split()[-1]
            assert api_url.startswith("http://127.0.0.1:")
            assert api_url.endswith("/api/v1")
            assert DEMO_API_KEY in lines[2]
            headers = {"Authorization": f"Bearer {DEMO_API_KEY}"}
            response = httpx.get(api_url + "/techniques", params={"limit": 100}, headers=headers)
            assert response.status_code == 200
            assert response.json()["meta"]["total_estimate"] == 40
            root = api_url.removesuffix("/api/v1")
            config = httpx.get(root + "/_sandbox/config").json()["config"]
            assert (config["credits"], config["casing"]) == (7, "camel_nested")
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_cli_refuses_a_public_host() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "flora_desktop.sandbox", "--host", "0.0.0.0", "--port", "0"],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=30,
    )
    assert result.returncode == 2
    assert "loopback" in result.stderr
    assert result.stdout == ""


def test_cli_main_help_exits_cleanly() -> None:
    from flora_desktop.sandbox.__main__ import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0


def test_sandbox_imports_neither_qt_nor_the_client() -> None:
    code = (
        "import sys, pkgutil, importlib, flora_desktop.sandbox as s\n"
        "for m in pkgutil.iter_modules(s.__path__):\n"
        "    importlib.import_module('flora_desktop.sandbox.' + m.name)\n"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'flora_desktop.api', "
        "'qasync', 'httpx'))]\n"
        "print(bad)\n"
    )
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=child_env(), timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert time.monotonic() - started < 60
