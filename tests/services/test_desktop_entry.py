"""Installing the menu entry, icons and ``.florapreset`` type below a user's data folder."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from flora_desktop.services.desktop_entry import (
    APP_ID,
    ICON_SIZES,
    MIME_TYPE,
    DesktopEntryInstaller,
    data_home,
    desktop_entry_text,
    launcher_command,
)


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_writes_entry_mime_type_and_every_icon(tmp_path: Path) -> None:
    ran: list[list[str]] = []

    def run(command: Sequence[str]) -> int:
        ran.append(list(command))
        return 0

    installer = DesktopEntryInstaller(tmp_path, ["/opt/my apps/flora-desktop"], run=run)
    result = installer.install()
    entry = read_entry(installer.entry_path)
    # Quoted per the Desktop Entry spec; %F takes the files a file manager opens with it.
    assert entry["Exec"] == '"/opt/my apps/flora-desktop" %F'
    assert entry["TryExec"] == "/opt/my apps/flora-desktop"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert (tmp_path / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in ICON_SIZES:
        assert (tmp_path / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
        mime_icon = f"icons/hicolor/{size}x{size}/mimetypes/application-x-florapreset.png"
        assert (tmp_path / mime_icon).is_file()
    assert (tmp_path / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert all(path.is_file() for path in result.files)
    assert installer.is_installed(system_dirs=[])
    if shutil.which("update-mime-database"):
        assert any(c[0] == "update-mime-database" for c in ran)


@pytest.mark.skipif(
    not (shutil.which("update-mime-database") and shutil.which("desktop-file-validate")),
    reason="needs shared-mime-info and desktop-file-utils (scripts/test installs them)",
)
def test_the_desktop_knows_the_file_type_after_install(tmp_path: Path) -> None:
    DesktopEntryInstaller(tmp_path, ["/usr/bin/flora-desktop"]).install()
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:*.florapreset" in globs
    if shutil.which("update-desktop-database"):
        cache = (tmp_path / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert f"{MIME_TYPE}={APP_ID}.desktop" in cache
    done = subprocess.run(
        ["desktop-file-validate", str(tmp_path / "applications" / f"{APP_ID}.desktop")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_second_install_replaces_the_first(tmp_path: Path) -> None:
    DesktopEntryInstaller(tmp_path, ["/old/flora-desktop"], run=lambda _c: 0).install()
    installer = DesktopEntryInstaller(tmp_path, ["/new/flora-desktop"], run=lambda _c: 0)
    installer.install()
    assert read_entry(installer.entry_path)["TryExec"] == "/new/flora-desktop"


def test_an_unwritable_data_folder_raises_oserror(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        target = Path("/proc/flora-desktop-cannot-write-here")
    else:
        tmp_path.chmod(0o500)
        target = tmp_path / "share"
    with pytest.raises(OSError):  # noqa: PT011 (which errno depends on the folder)
        DesktopEntryInstaller(target, ["/x/flora-desktop"], run=lambda _c: 0).install()


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("/usr/bin/flora-desktop", "/usr/bin/flora-desktop"),
        ("/home/a b/bin/flora", '"/home/a b/bin/flora"'),
        ('/x/"q"$`\\', '"/x/\\"q\\"\\$\\`\\\\"'),
        ("/x/100%", "/x/100%%"),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_says(argument: str, quoted: str) -> None:
    text = desktop_entry_text("[Desktop Entry]\nExec=flora-desktop %F\n", [argument])
    assert f"Exec={quoted} %F\n" in text


def test_data_home_follows_xdg_and_ignores_a_relative_value() -> None:
    assert data_home({"XDG_DATA_HOME": "/srv/share"}) == Path("/srv/share")
    assert data_home({"XDG_DATA_HOME": "share"}) == Path.home() / ".local" / "share"
    assert data_home({}) == Path.home() / ".local" / "share"


def test_launcher_is_the_script_that_started_us_else_python_m(tmp_path: Path) -> None:
    script = tmp_path / "flora-desktop"
    script.write_text("#!/bin/sh\n")
    assert launcher_command(str(script)) == [str(script.resolve())]
    command = launcher_command(str(tmp_path / "__main__.py"))
    assert command[-2:] == ["-m", "flora_desktop"] or Path(command[0]).name == "flora-desktop"


def test_the_command_line_installs_for_the_user(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    done = subprocess.run(
        [sys.executable, "-m", "flora_desktop", "--install-desktop-entry"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "applications menu" in done.stdout
    entry = read_entry(tmp_path / "share" / "applications" / f"{APP_ID}.desktop")
    assert entry["Icon"] == APP_ID


def test_uninstall_removes_exactly_what_install_wrote(tmp_path: Path) -> None:
    mine = tmp_path / "icons" / "hicolor" / "48x48" / "apps" / "another-app.png"
    mine.parent.mkdir(parents=True)
    mine.write_bytes(b"not ours")
    installer = DesktopEntryInstaller(tmp_path, ["/usr/bin/flora-desktop"], run=lambda _c: 0)
    written = installer.install().files
    removed = installer.uninstall().files
    assert set(removed) == set(written)
    assert not any(path.exists() for path in written)
    assert mine.read_bytes() == b"not ours"
    assert not installer.is_installed(system_dirs=[])
    assert installer.uninstall().files == ()  # twice is fine


def test_the_command_line_uninstalls(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    for flag in ("--install-desktop-entry", "--uninstall-desktop-entry"):
        done = subprocess.run(
            [sys.executable, "-m", "flora_desktop", flag],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    assert not (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").exists()
    assert "Removed" in done.stdout


def test_the_launcher_is_this_installation_never_another_on_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Started as "python -m flora_desktop" from a venv, with an older install on PATH.
    other = tmp_path / "old-pipx" / "bin"
    other.mkdir(parents=True)
    (other / "flora-desktop").write_text("#!/bin/sh\n")
    monkeypatch.setenv("PATH", f"{other}:{os.environ['PATH']}")
    venv_bin = tmp_path / "venv" / "bin"
    venv_bin.mkdir(parents=True)
    python = venv_bin / "python"
    python.symlink_to(sys.executable)  # as a venv's is: a link to the base interpreter
    main = str(tmp_path / "flora_desktop" / "__main__.py")
    # No script beside it: this (venv) Python, unresolved, else the venv's packages are lost.
    assert launcher_command(main, str(python)) == [str(python), "-m", "flora_desktop"]
    (venv_bin / "flora-desktop").write_text("#!/bin/sh\n")
    assert launcher_command(main, str(python)) == [str(venv_bin / "flora-desktop")]
