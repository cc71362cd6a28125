"""The PyInstaller one-folder app builds, starts, paints its window and quits (opt-in, slow)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 1800
RUN_TIMEOUT_S = 120


@pytest.mark.packaging
def test_the_built_app_starts_and_paints(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("packaging/build_linux.sh builds the Linux app")
    if shutil.which("bash") is None:
        pytest.skip("needs bash")
    # The script builds into dist/ and runs the same start-up check; this one repeats it
    # here so a failure shows the app's own log.
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_linux.sh")],
        cwd=ROOT,
        check=True,
        timeout=BUILD_TIMEOUT_S,
    )
    app = ROOT / "dist" / "flora-desktop" / "flora-desktop"
    assert app.is_file()
    env = {
        **os.environ,
        "FLORA_DESKTOP_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("FLORA_API_KEY", None)
    done = subprocess.run(
        [str(app), "--sandbox", "--exit-after-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stderr
    assert "first paint" in done.stderr, done.stderr
    assert "theme:" in done.stderr  # the packaged style sheet was found and applied
    assert "no style sheet" not in done.stderr
    assert "no app icon" not in done.stderr
