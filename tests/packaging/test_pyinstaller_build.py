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


@pytest.mark.packaging
def test_the_release_tarball_installs_its_menu_entry(tmp_path: Path) -> None:
    """Needs the build above (same session): unpack the tarball, run install.sh as a user."""
    tarballs = sorted((ROOT / "dist").glob("flora-desktop-*-linux-*.tar.gz"))
    if not tarballs:
        pytest.skip("no release tarball: run test_the_built_app_starts_and_paints first")
    unpacked = tmp_path / "opt"
    unpacked.mkdir()
    subprocess.run(["tar", "-C", str(unpacked), "-xzf", str(tarballs[-1])], check=True)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    done = subprocess.run(
        [str(unpacked / "flora-desktop" / "install.sh")],
        env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    entry = (home / "share" / "applications" / "ai.flora.Desktop.desktop").read_text()
    assert f"Exec={unpacked / 'flora-desktop' / 'flora-desktop'} %F" in entry
    assert (home / "share" / "mime" / "packages" / "ai.flora.Desktop.xml").is_file()
    assert (home / "share" / "icons/hicolor/256x256/apps/ai.flora.Desktop.png").is_file()
    assert (home / ".local" / "bin" / "flora-desktop").resolve() == (
        unpacked / "flora-desktop" / "flora-desktop"
    ).resolve()
    assert (unpacked / "flora-desktop" / "LICENSE").is_file()

    done = subprocess.run(
        [str(unpacked / "flora-desktop" / "install.sh"), "--uninstall"],
        env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert not (home / "share" / "applications" / "ai.flora.Desktop.desktop").exists()
    assert not (home / ".local" / "bin" / "flora-desktop").is_symlink()
