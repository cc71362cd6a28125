"""``flora-desktop batch``: the headless command, killed mid-batch and run again."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flora_desktop.sandbox.server import SandboxServer
from tests.batch.support import IMAGE, sandbox_get
from tests.conftest import reset_sandbox

ROWS = 50


def _csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Image"])  # by label; "name" names the outputs
        writer.writerows([f"shot {i:02}", IMAGE.format(i)] for i in range(rows))
    return path


def _command(tmp_path: Path, sandbox: SandboxServer, *extra: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "FLORA_API_KEY": sandbox.api_key,
        "FLORA_BASE_URL": sandbox.api_url,
        "FLORA_DESKTOP_HOME": str(tmp_path / "home"),
    }
    args = [
        sys.executable,
        "-m",
        "flora_desktop",
        "batch",
        "--technique",
        "background-remover",
        "--workspace",
        "Studio North",
        "--csv",
        str(tmp_path / "rows.csv"),
        "--out",
        str(tmp_path / "out"),
        "--poll-interval",
        "0.02",
        *extra,
    ]
    return subprocess.Popen(
        args,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    _out, err = process.communicate(timeout=60)
    return process.returncode, err


def test_killed_mid_batch_and_run_again_starts_every_row_exactly_once(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    reset_sandbox(sandbox, run_seconds=0.15)
    _csv(tmp_path / "rows.csv", ROWS)
    first = _command(tmp_path, sandbox, "--yes", "--concurrency", "4", "--no-save")
    for _ in range(600):  # bounded: 600 x 10 ms
        if len(sandbox_get(sandbox, "runs")) >= 15:
            break
        time.sleep(0.01)
    first.send_signal(signal.SIGKILL)  # no clean-up, as a crash or a power cut
    first.communicate(timeout=10)
    killed_at = len(sandbox_get(sandbox, "runs"))
    assert 15 <= killed_at < ROWS
    code, err = _finish(_command(tmp_path, sandbox, "--yes", "--concurrency", "4", "--no-save"))
    assert code == 0, err
    assert "Resuming" in err
    runs = sandbox_get(sandbox, "runs")
    assert len(runs) == ROWS
    assert len({run["idempotency_key"] for run in runs}) == ROWS
    assert sorted(json.dumps(run["inputs"]) for run in runs) == sorted(
        json.dumps({"image": IMAGE.format(i)}) for i in range(ROWS)
    )
    with (tmp_path / "out" / "manifest.csv").open(newline="", encoding="utf-8") as handle:
        manifest = list(csv.DictReader(handle))
    assert [line["status"] for line in manifest] == ["completed"] * ROWS
    assert {line["run_id"] for line in manifest} == {run["run_id"] for run in runs}
    # Once more: nothing left, nothing sent.
    code, err = _finish(_command(tmp_path, sandbox, "--yes", "--no-save"))
    assert code == 0, err
    assert len(sandbox_get(sandbox, "runs")) == ROWS


def test_without_yes_and_no_terminal_it_shows_the_cost_and_starts_nothing(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    _csv(tmp_path / "rows.csv", 3)
    code, err = _finish(_command(tmp_path, sandbox))
    assert code == 2
    assert "3 rows, 3 to start" in err
    assert "$0.12" in err
    assert "--yes" in err
    assert sandbox_get(sandbox, "runs") == []


@pytest.mark.parametrize(
    ("header", "row", "message"),
    [
        (["Name", "Picture"], ["a", IMAGE.format(1)], "No column for “Image”"),
        (["Image"], ["/home/me/photo.png"], "needs a web link"),
        (["Name", "Image"], ["a", ""], "is empty"),
    ],
)
def test_a_spreadsheet_with_problems_is_explained_and_nothing_is_sent(
    sandbox: SandboxServer, tmp_path: Path, header: list[str], row: list[str], message: str
) -> None:
    with (tmp_path / "rows.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, row])
    code, err = _finish(_command(tmp_path, sandbox, "--yes"))
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert sandbox_get(sandbox, "runs") == []


def test_the_headless_command_never_loads_qt() -> None:
    probe = (
        "import sys, flora_desktop.__main__, flora_desktop.batch_cli;"
        "import flora_desktop.services.batch, flora_desktop.services.batch_sources;"
        "import flora_desktop.services.batch_outputs, flora_desktop.services.manifest;"
        "flora_desktop.batch_cli.parse_args(['--technique','t','--workspace','w',"
        "'--csv','c','--out','o']);"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6','qasync')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
