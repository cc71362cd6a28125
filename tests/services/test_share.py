""" "Copy as": the curl command and Python snippet run against the sandbox; the key stays out."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.share import (
    FORMATS,
    ShareRequest,
    as_cli,
    as_curl,
    as_python,
    mask_key,
    render,
)
from tests.api.helpers import inputs_for, technique_with_text_input

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# Everything a shell could trip over: quotes, $, backticks, backslashes, newlines, emoji.
TRICKY = 'It\'s a "test" — $HOME `whoami` \\n back\\slash\nsecond line 🦊✨ ; rm -rf /'
SUBPROCESS_TIMEOUT_S = 30


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0) as c:
        yield c


async def real_request(sandbox: SandboxServer, client: FloraClient) -> ShareRequest:
    technique = await technique_with_text_input(client)
    workspaces = await client.workspaces.list()
    owner = next(w for w in workspaces if w.role == "owner")
    return ShareRequest(
        base_url=sandbox.api_url,
        technique_id=technique.technique_id,
        workspace_id=owner.workspace_id,
        inputs=inputs_for(technique, TRICKY),
        api_key=sandbox.api_key,
    )


def sandbox_runs(sandbox: SandboxServer) -> list[dict[str, Any]]:
    runs: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/runs").json()["runs"]
    return runs


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FLORA_API_KEY", "FLORA_BASE_URL")}
    env.update(extra)
    return env


def run_shell(command: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command],
        capture_output=True,
        text=True,
        env=env,
        timeout=SUBPROCESS_TIMEOUT_S,
        check=False,
    )


def run_python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env={**env, "PYTHONPATH": str(PROJECT_ROOT)},
        timeout=SUBPROCESS_TIMEOUT_S,
        check=False,
    )


def shell_words(command: str) -> list[str]:
    """The words a POSIX shell sees (shlex does not know backslash-newline continuations)."""
    return shlex.split(command.replace("\\\n", ""))


needs_curl = pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")


@needs_curl
@pytest.mark.asyncio
async def test_curl_with_the_key_starts_the_run_with_the_exact_inputs(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    request = await real_request(sandbox, client)
    command = as_curl(request, reveal_key=True)
    assert sandbox.api_key in command

    done = run_shell(command, clean_env())

    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    (run,) = sandbox_runs(sandbox)
    assert run["run_id"] == answer["run_id"]
    assert run["technique_id"] == request.technique_id
    assert run["workspace_id"] == request.workspace_id
    assert run["inputs"] == dict(request.inputs)


@needs_curl
@pytest.mark.asyncio
async def test_masked_curl_holds_no_key_and_works_with_the_variable(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    request = await real_request(sandbox, client)
    command = as_curl(request)
    assert sandbox.api_key not in command
    assert '"Authorization: Bearer $FLORA_API_KEY"' in command

    without = run_shell(command, clean_env())
    assert without.returncode != 0
    assert sandbox_runs(sandbox) == []

    done = run_shell(command, clean_env(FLORA_API_KEY=sandbox.api_key))
    assert done.returncode == 0, done.stderr
    (run,) = sandbox_runs(sandbox)
    assert run["inputs"] == dict(request.inputs)


@pytest.mark.asyncio
async def test_python_snippet_runs_with_our_client(
    sandbox: SandboxServer, client: FloraClient
) -> None:
    request = await real_request(sandbox, client)
    snippet = as_python(request)
    assert sandbox.api_key not in snippet
    compile(snippet, "snippet.py", "exec")

    done = run_python(snippet, clean_env(FLORA_API_KEY=sandbox.api_key))

    assert done.returncode == 0, done.stderr
    (run,) = sandbox_runs(sandbox)
    assert done.stdout.strip() == run["run_id"]
    assert run["inputs"] == dict(request.inputs)


def test_python_snippet_with_the_key_holds_it_as_a_literal() -> None:
    request = ShareRequest("http://127.0.0.1:9/api/v1", "tech_1", "ws_1", {"p": "x"}, "sk_abc12345")
    snippet = as_python(request, reveal_key=True)
    assert "api_key='sk_abc12345'" in snippet
    assert "os.environ" not in snippet
    compile(snippet, "snippet.py", "exec")


def test_cli_command_quotes_every_word() -> None:
    request = ShareRequest(
        "http://127.0.0.1:9/api/v1", "tech_1", "ws_1", {"prompt": TRICKY}, "sk_secret_value"
    )
    masked = as_cli(request)
    assert "sk_secret_value" not in masked
    words = shell_words(masked)
    assert words[:3] == ["flora", "runs", "start-technique"]
    options = dict(zip(words[3::2], words[4::2], strict=True))
    assert options["--api-key"] == "$FLORA_API_KEY"  # shlex does not expand; a shell would
    assert options["--technique-id"] == "tech_1"
    assert options["--workspace-id"] == "ws_1"
    assert options["--base-url"] == "http://127.0.0.1:9/api/v1"
    assert json.loads(options["--inputs"]) == {"prompt": TRICKY}

    revealed = shell_words(as_cli(request, reveal_key=True))
    assert revealed[revealed.index("--api-key") + 1] == "sk_secret_value"


def test_cli_leaves_out_the_default_base_url() -> None:
    request = ShareRequest("https://app.flora.ai/api/v1", "tech_1", "ws_1", {}, "sk_x")
    assert "--base-url" not in as_cli(request)


def test_repr_and_masking_never_show_the_key() -> None:
    request = ShareRequest("http://h/api/v1", "tech_1", "ws_1", {}, "sk_live_abcdef123456")
    assert "sk_live_abcdef123456" not in repr(request)
    assert mask_key("sk_live_abcdef123456") == "sk_…****"
    assert mask_key("0123456789abcdef") == "…****"
    for fmt in FORMATS:
        assert "sk_live_abcdef123456" not in render(request, fmt)
        assert "sk_live_abcdef123456" in render(request, fmt, reveal_key=True)
