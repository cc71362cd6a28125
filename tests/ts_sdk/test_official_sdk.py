"""The sandbox checked by a client that is not ours: FLORA's official TypeScript SDK."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from flora_desktop.sandbox.server import SandboxServer

logger = logging.getLogger(__name__)

SDK_DIR = Path(__file__).parent
SCRIPT = SDK_DIR / "check_sandbox.mjs"
INSTALLED_MARKER = SDK_DIR / "node_modules" / "@flora-ai" / "flora" / "package.json"
NPM_TIMEOUT_S = 300
CHECK_TIMEOUT_S = 120


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js not found: install nodejs to run the official-SDK check")
    return node


def _install_sdk() -> None:
    """Install the pinned SDK from the lock file, once; a failed install fails the test."""
    if INSTALLED_MARKER.is_file():
        return
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("Node.js is installed but npm is not: install npm to fetch the FLORA SDK")
    command = [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"]
    try:
        result = subprocess.run(
            command,
            cwd=SDK_DIR,
            capture_output=True,
            text=True,
            timeout=NPM_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"npm ci did not finish within {NPM_TIMEOUT_S} s:\n{_text(exc.stdout)}")
    if result.returncode != 0 or not INSTALLED_MARKER.is_file():
        pytest.fail(f"npm ci failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")


def _text(output: str | bytes | None) -> str:
    if isinstance(output, bytes):
        return output.decode(errors="replace")
    return output or ""


def _sdk_env(sandbox: SandboxServer) -> dict[str, str]:
    # The developer's own FLORA settings must not leak into the check.
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLORA_")}
    env["FLORA_BASE_URL"] = sandbox.api_url
    env["FLORA_API_KEY"] = sandbox.api_key
    env["SANDBOX_ROOT"] = sandbox.root_url
    return env


@pytest.mark.node
def test_official_typescript_sdk_against_sandbox(sandbox: SandboxServer) -> None:
    """Workspaces, paging, retrieve, two run routes to completion and six typed errors."""
    node = _node()
    _install_sdk()
    try:
        result = subprocess.run(
            [node, SCRIPT.name],
            cwd=SDK_DIR,
            env=_sdk_env(sandbox),
            capture_output=True,
            text=True,
            timeout=CHECK_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(
            f"the SDK check did not finish within {CHECK_TIMEOUT_S} s:\n"
            f"{_text(exc.stdout)}\n{_text(exc.stderr)}"
        )
    for line in result.stdout.splitlines():
        logger.info("%s", line)
    assert result.returncode == 0, (
        f"official SDK check failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}"
    )
    assert "FAIL" not in result.stdout
