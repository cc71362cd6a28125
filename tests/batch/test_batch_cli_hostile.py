"""``flora-desktop batch`` against a hostile disk: the manifest and the outputs it paid for."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from flora_desktop.sandbox.server import SandboxServer
from tests.batch.support import IMAGE, sandbox_get
from tests.batch.test_batch_cli import _command, _csv, _finish
from tests.conftest import reset_sandbox
from tests.disk_faults import small_disk


def test_a_full_out_folder_is_said_and_a_second_run_writes_what_was_paid_for(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """The out folder's disk is full: every run completes (they are paid for), but neither
    their outputs nor manifest.csv can be written. The command must not say "Done, see
    manifest.csv" with exit 0; once space is freed, the same command writes the manifest
    and saves the outputs, starting no run again."""
    reset_sandbox(sandbox, run_seconds=0.02)
    _csv(tmp_path / "rows.csv", 3)
    with small_disk(tmp_path, "out") as disk:
        disk.fill()
        code, err = _finish(_command(tmp_path, sandbox, "--yes"))
        assert code != 0, err
        assert "manifest.csv" in err
        assert "Traceback" not in err
        assert len(sandbox_get(sandbox, "runs")) == 3
        disk.free()
        code, err = _finish(_command(tmp_path, sandbox, "--yes"))
        assert code == 0, err
        assert len(sandbox_get(sandbox, "runs")) == 3
        with (disk.root / "manifest.csv").open(newline="", encoding="utf-8") as handle:
            manifest = list(csv.DictReader(handle))
        assert [line["status"] for line in manifest] == ["completed"] * 3
        assert all(line["output_files"] for line in manifest), manifest
        saved = sorted(p.name for p in disk.root.iterdir() if p.suffix == ".png")
        assert len(saved) == 3, saved


def test_an_out_folder_deleted_after_the_batch_is_written_again(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """The out folder is deleted (or its drive renamed) after the batch ran. The same command
    again makes it, writes the manifest and saves the outputs, and starts no run."""
    reset_sandbox(sandbox, run_seconds=0.02)
    _csv(tmp_path / "rows.csv", 2)
    code, err = _finish(_command(tmp_path, sandbox, "--yes"))
    assert code == 0, err
    shutil.rmtree(tmp_path / "out")
    code, err = _finish(_command(tmp_path, sandbox, "--yes"))
    assert code == 0, err
    assert len(sandbox_get(sandbox, "runs")) == 2
    with (tmp_path / "out" / "manifest.csv").open(newline="", encoding="utf-8") as handle:
        assert [line["status"] for line in csv.DictReader(handle)] == ["completed"] * 2


def test_a_preview_without_yes_then_a_corrected_sheet_runs_the_corrected_rows(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """A studio previews the cost without --yes, fixes its sheet, then runs with --yes. The
    declined preview recorded a batch for the folder, so the second command "resumed" it
    and billed the old rows: the corrected sheet was silently ignored."""
    reset_sandbox(sandbox, run_seconds=0.02)
    _csv(tmp_path / "rows.csv", 3)
    code, err = _finish(_command(tmp_path, sandbox))
    assert code == 2, err
    with (tmp_path / "rows.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Image"])
        writer.writerows([["fixed a", IMAGE.format(900)], ["fixed b", IMAGE.format(901)]])
    code, err = _finish(_command(tmp_path, sandbox, "--yes", "--no-save"))
    assert code == 0, err
    inputs = sorted(run["inputs"]["image"] for run in sandbox_get(sandbox, "runs"))
    assert inputs == [IMAGE.format(900), IMAGE.format(901)]


def test_a_full_disk_under_the_history_sends_nothing_from_the_command(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """The app's data folder's disk is full: the history falls back to memory, where no key
    survives a crash. The command sends nothing and says why; run again once there is
    space, it starts each row once."""
    reset_sandbox(sandbox, run_seconds=0.02)
    _csv(tmp_path / "rows.csv", 2)
    with small_disk(tmp_path, "home") as disk:
        code, err = _finish(_command(tmp_path, sandbox, "--no-save"))  # makes the history
        assert code == 2, err
        disk.fill()
        code, err = _finish(_command(tmp_path, sandbox, "--yes", "--no-save"))
        assert code != 0, err
        assert "Traceback" not in err
        assert sandbox_get(sandbox, "runs") == []
        disk.free()
        code, err = _finish(_command(tmp_path, sandbox, "--yes", "--no-save"))
        assert code == 0, err
        assert len(sandbox_get(sandbox, "runs")) == 2
