"""AppPaths layout, the FLORA_DESKTOP_HOME override, private folders and atomic writes."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from flora_desktop.services.paths import HOME_ENV_VAR, AppPaths, write_atomically

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders")


def test_under_puts_all_four_folders_below_root(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)

    folders = [paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir]
    assert all(folder.parent == tmp_path for folder in folders)
    assert len(set(folders)) == 4
    assert paths.settings_file.parent == paths.config_dir
    assert paths.drafts_dir.parent == paths.data_dir


def test_default_honours_the_home_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV_VAR, str(tmp_path))

    assert AppPaths.default() == AppPaths.under(tmp_path)


@linux_only
def test_default_uses_the_platform_folders_named_for_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(HOME_ENV_VAR, raising=False)
    for var, sub in [
        ("XDG_CONFIG_HOME", "cfg"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ]:
        monkeypatch.setenv(var, str(tmp_path / sub))

    paths = AppPaths.default()

    assert paths.config_dir == tmp_path / "cfg" / "flora-desktop"
    assert paths.data_dir == tmp_path / "data" / "flora-desktop"
    assert paths.cache_dir == tmp_path / "cache" / "flora-desktop"
    assert paths.log_dir.is_relative_to(tmp_path / "state" / "flora-desktop")


@linux_only
def test_blank_override_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV_VAR, "  ")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))

    assert AppPaths.default().config_dir == tmp_path / "flora-desktop"


def test_ensure_creates_every_folder_and_is_idempotent(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "deep" / "home")

    paths.ensure()
    paths.ensure()

    for folder in (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir):
        assert folder.is_dir()


@posix_only
def test_ensure_makes_folders_private_even_if_they_existed(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.config_dir.mkdir(mode=0o755)
    os.chmod(paths.config_dir, 0o755)

    paths.ensure()

    for folder in (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_write_atomically_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    target.write_bytes(b"old")

    write_atomically(target, b"new")

    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]


@posix_only
def test_write_atomically_creates_private_files(tmp_path: Path) -> None:
    target = tmp_path / "file.json"

    write_atomically(target, b"{}")

    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_failed_replace_keeps_old_file_and_removes_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "file.json"
    target.write_bytes(b"old")

    def failing_replace(src: object, dst: object) -> None:
        raise OSError("disk on fire")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk on fire"):
        write_atomically(target, b"new")

    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]


@pytest.mark.asyncio
async def test_a_cancelled_write_still_finishes_before_the_cancel_returns() -> None:
    import asyncio
    import threading

    from flora_desktop.services.paths import finish_in_thread

    release = threading.Event()
    finished: list[bool] = []

    def slow_write() -> None:
        release.wait(timeout=10)
        finished.append(True)

    task = asyncio.get_running_loop().create_task(finish_in_thread(slow_write))
    await asyncio.sleep(0.05)
    task.cancel()
    await asyncio.sleep(0.05)
    assert not task.done()  # still holding on: the thread has not written yet
    release.set()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert finished == [True]
