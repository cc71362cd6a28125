"""A sandbox server in its own process, so serving requests never competes for our GIL."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from benchmarks.measure import PYTHON, REPO_ROOT, repo_env

_START_TIMEOUT_LINES = 50
_STOP_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class SandboxProcess:
    api_url: str
    api_key: str

    @property
    def root_url(self) -> str:
        return self.api_url.removesuffix("/api/v1")


@contextmanager
def sandbox_process(*extra_args: str) -> Iterator[SandboxProcess]:
    """``python -m flora_desktop.sandbox --port 0`` until the block ends (demo key)."""
    from flora_desktop.sandbox.config import DEMO_API_KEY

    proc = subprocess.Popen(
        [PYTHON, "-m", "flora_desktop.sandbox", "--port", "0", *extra_args],
        cwd=REPO_ROOT,
        env=repo_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        api_url = None
        assert proc.stdout is not None
        for _ in range(_START_TIMEOUT_LINES):
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("FLORA_BASE_URL="):
                api_url = line.split("=", 1)[1].strip()
                break
        if api_url is None:
            raise RuntimeError("the sandbox process did not start")
        yield SandboxProcess(api_url, DEMO_API_KEY)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def runnable_request(api_url: str, api_key: str) -> dict[str, object]:
    """A ``POST /runs/technique`` body the sandbox accepts: a text-only technique, owner ws."""
    import httpx

    headers = {"Authorization": f"Bearer {api_key}"}
    with httpx.Client(base_url=api_url, headers=headers, verify=False, timeout=10) as http:
        workspaces = http.get("/workspaces").raise_for_status().json()["workspaces"]
        owner = next(w for w in workspaces if w.get("role") == "owner")
        techniques = http.get("/techniques", params={"limit": 100}).raise_for_status().json()
    for technique in techniques["techniques"]:
        inputs = technique.get("inputs", [])
        if inputs and all(i["type"] == "text" for i in inputs):
            values = {i["id"]: "a red fox in the snow" for i in inputs if not i.get("optional")}
            return {
                "technique_id": technique["technique_id"],
                "workspace_id": owner["workspace_id"],
                "inputs": values,
            }
    raise RuntimeError("the sandbox has no text-only technique")


def reset(root_url: str, **overrides: object) -> None:
    """``POST /_sandbox/reset`` with config overrides (e.g. ``credits``, ``catalog_size``)."""
    import httpx

    with httpx.Client(verify=False, timeout=30) as control:
        control.post(f"{root_url}/_sandbox/reset", json=overrides).raise_for_status()
