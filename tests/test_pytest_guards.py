"""The suite's tripwires really trip: warnings and ERROR logs fail a test; .ci/run fails on 5."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# Found, not counted: this file may move within tests/ without the test breaking.
ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").exists())
PROBE = Path(__file__).with_name("probe_guards.py")
PROBE_ID = PROBE.relative_to(ROOT).as_posix()


def test_warnings_and_error_logs_fail_tests() -> None:
    result = subprocess.run(
        # "-n 0": one process is enough for four tests (workers would only add start-up).
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-n",
            "0",
            "-p",
            "no:cacheprovider",
            "-rfE",
            str(PROBE),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 1, out
    # The error-log check runs at teardown, so that test reports as an error, not a failure.
    assert "1 failed, 3 passed, 1 error" in out, out
    assert f"ERROR {PROBE_ID}::test_an_error_log_fails" in out
    assert f"FAILED {PROBE_ID}::test_a_warning_fails" in out


def _ci_run_with_pytest_exiting(tmp_path: Path, status: int) -> int:
    """``.ci/run`` as committed, in a copy whose ``scripts/test`` just exits ``status``."""
    (tmp_path / ".ci").mkdir(parents=True)
    (tmp_path / "scripts").mkdir()
    shutil.copy2(ROOT / ".ci" / "run", tmp_path / ".ci" / "run")
    fake = tmp_path / "scripts" / "test"
    fake.write_text(f"#!/usr/bin/env bash\nexit {status}\n")
    fake.chmod(0o755)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run(
        [str(tmp_path / ".ci" / "run")], env=env, capture_output=True, timeout=30, check=False
    ).returncode


def test_ci_run_treats_no_tests_collected_as_failure(tmp_path: Path) -> None:
    assert _ci_run_with_pytest_exiting(tmp_path / "five", 5) != 0
    assert _ci_run_with_pytest_exiting(tmp_path / "zero", 0) == 0
    assert _ci_run_with_pytest_exiting(tmp_path / "one", 1) == 1
