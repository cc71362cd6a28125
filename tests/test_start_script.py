"""scripts/start and scripts/test on a machine where they must install or rebuild things.

The real scripts run in a copy of the project with fake ``dpkg-query``, ``apt-get``,
``sudo`` and ``id`` first on PATH (a fake ``flora-desktop`` in ``.venv``), so every branch
runs in milliseconds without touching the machine: libraries missing and installed (as
root and through sudo), missing and not installable (the plain message and the exact
apt-get line), and the stamp that skips pip on a warm start.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIB = ROOT / "scripts" / "lib" / "system_packages.sh"
# ../shared/PLATFORM.md: what Qt's xcb plugin needs on a bare Debian 12 image.
PLATFORM_XCB_LIST = [
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
]

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def array(name: str) -> list[str]:
    text = LIB.read_text(encoding="utf-8")
    match = re.search(rf"^{name}=\((.*?)\)", text, re.S | re.M)
    assert match is not None, name
    return re.sub(r"#[^\n]*", "", match.group(1)).split()


def write_tool(directory: Path, name: str, body: str) -> None:
    path = directory / name
    path.write_text("#!/usr/bin/env bash\n" + body, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def python_id() -> str:
    done = subprocess.run(
        [sys.executable, "-c", "import os, sys; print(sys.version.split()[0], "
         "os.path.realpath(sys.executable))"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout.strip()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of scripts/ and pyproject.toml with a warm .venv whose flora-desktop logs."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "scripts", root / "scripts")
    shutil.copy(ROOT / "pyproject.toml", root)
    bin_dir = root / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    fake_venv_tools(bin_dir, root)
    digest = hashlib.sha256((root / "pyproject.toml").read_bytes()).hexdigest()
    (root / ".venv" / ".flora-start-stamp").write_text(
        f"{digest} {python_id()} . {root.resolve()}\n"
    )
    return root


def fake_venv_tools(bin_dir: Path, root: Path) -> None:
    """A venv python whose ``-m pip`` only logs (pip never touches a real environment)."""
    write_tool(
        bin_dir,
        "python",
        f'if [ "$1 $2" = "-m pip" ]; then echo "pip $*" >>"{root}/pip"; exit 0; fi\n'
        f'exec "{sys.executable}" "$@"\n',
    )
    write_tool(bin_dir, "flora-desktop", f'echo "started $*" >>"{root}/log"\n')


def fake_system(
    tmp_path: Path, *, installed: list[str], apt_ok: bool = True, uid: int = 0
) -> dict[str, str]:
    fakes = tmp_path / "fakes"
    fakes.mkdir()
    log = tmp_path / "commands"
    lines = "".join(f"echo 'ii {pkg}'\n" for pkg in installed)
    # Like the real one, it fails when a name is unknown (removed and purged).
    write_tool(fakes, "dpkg-query", lines + ("exit 1\n" if set(installed) < set(needed()) else ""))
    write_tool(fakes, "apt-get", f'echo "apt-get $*" >>"{log}"\nexit {0 if apt_ok else 100}\n')
    write_tool(fakes, "sudo", f'echo "sudo $1" >>"{log}"\nexec "$@"\n')
    write_tool(fakes, "id", f"echo {uid}\n")
    return {**os.environ, "PATH": f"{fakes}:{os.environ['PATH']}", "PYTHON": sys.executable}


def run(project: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(project / "scripts" / "start"), *args],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def needed() -> list[str]:
    return array("QT_RUNTIME_PACKAGES") + array("MULTIMEDIA_PACKAGES")


def test_the_package_lists_hold_what_qt_and_qtmultimedia_need() -> None:
    assert set(PLATFORM_XCB_LIST) <= set(array("QT_RUNTIME_PACKAGES"))
    assert "libpulse0" in array("MULTIMEDIA_PACKAGES")
    assert "fonts-dejavu-core" in array("QT_RUNTIME_PACKAGES")
    for script in ("start", "test"):
        text = (ROOT / "scripts" / script).read_text(encoding="utf-8")
        assert "MULTIMEDIA_PACKAGES" in text
        assert "QT_RUNTIME_PACKAGES" in text


def test_warm_start_with_everything_installed_runs_only_the_app(
    project: Path, tmp_path: Path
) -> None:
    done = run(project, fake_system(tmp_path, installed=needed()), "--debug")
    assert done.returncode == 0, done.stderr
    assert (project / "log").read_text() == "started --sandbox --debug\n"
    assert not (tmp_path / "commands").exists()  # no apt-get, no sudo


def test_missing_libraries_are_installed_through_sudo_when_not_root(
    project: Path, tmp_path: Path
) -> None:
    have = [p for p in needed() if p not in ("libxcb-cursor0", "libpulse0")]
    done = run(project, fake_system(tmp_path, installed=have, uid=1000))
    assert done.returncode == 0, done.stderr
    commands = (tmp_path / "commands").read_text().splitlines()
    install = [c for c in commands if c.startswith("apt-get install")]
    assert install == ["apt-get install -y -qq --no-install-recommends libxcb-cursor0 libpulse0"], (
        commands
    )
    assert "sudo apt-get" in commands
    assert (project / "log").read_text() == "started --sandbox\n"


def test_as_root_no_sudo_is_used(project: Path, tmp_path: Path) -> None:
    have = [p for p in needed() if p != "libxcb-icccm4"]
    done = run(project, fake_system(tmp_path, installed=have, uid=0))
    assert done.returncode == 0, done.stderr
    commands = (tmp_path / "commands").read_text()
    assert "sudo" not in commands
    assert "install -y -qq --no-install-recommends libxcb-icccm4" in commands


def test_when_install_fails_it_prints_the_apt_line_and_does_not_start(
    project: Path, tmp_path: Path
) -> None:
    have = [p for p in needed() if p not in ("libxcb-cursor0", "libegl1")]
    done = run(project, fake_system(tmp_path, installed=have, apt_ok=False))
    assert done.returncode == 1
    assert "sudo apt-get install -y --no-install-recommends libxcb-cursor0 libegl1" in done.stderr
    assert "could not be" in done.stderr  # a plain sentence, not a Qt abort
    assert not (project / "log").exists()


def test_a_venv_from_another_python_is_rebuilt(project: Path, tmp_path: Path) -> None:
    venv_python = project / ".venv" / "bin" / "python"
    venv_python.unlink()
    venv_python.symlink_to(tmp_path / "python-that-was-removed")
    env = fake_system(tmp_path, installed=needed())
    # PYTHON's "-m venv" makes a venv of fakes; anything else runs the real Python.
    fakes = Path(env["PATH"].split(":")[0])
    write_tool(
        fakes,
        "python-under-test",
        f'if [ "$1 $2" = "-m venv" ]; then echo made-venv >>"{tmp_path}/commands";\n'
        f'  mkdir -p "$3/bin"; cp "{fakes}/venv-python" "$3/bin/python";\n'
        f'  cp "{project}/flora-desktop" "$3/bin/flora-desktop"; exit 0; fi\n'
        f'exec "{sys.executable}" "$@"\n',
    )
    fake_venv_tools(fakes, project)
    (fakes / "python").rename(fakes / "venv-python")
    (fakes / "flora-desktop").rename(project / "flora-desktop")
    env["PYTHON"] = str(fakes / "python-under-test")
    done = run(project, env)
    assert done.returncode == 0, done.stderr
    assert "Rebuilding .venv" in done.stdout
    assert "made-venv" in (tmp_path / "commands").read_text()
    assert "-m pip install" in (project / "pip").read_text()  # a new venv gets the app
    assert (project / "log").read_text() == "started --sandbox\n"


def test_a_changed_pyproject_runs_pip_once_then_not_again(project: Path, tmp_path: Path) -> None:
    with (project / "pyproject.toml").open("a") as file:
        file.write("\n# changed\n")
    env = fake_system(tmp_path, installed=needed())
    assert run(project, env).returncode == 0
    assert run(project, env).returncode == 0
    assert (project / "pip").read_text().count("-m pip install") == 1
    assert (project / "log").read_text() == "started --sandbox\n" * 2


def test_a_warm_venv_is_kept(project: Path, tmp_path: Path) -> None:
    done = run(project, fake_system(tmp_path, installed=needed()))
    assert done.returncode == 0, done.stderr
    assert "Rebuilding" not in done.stdout
    assert not (project / "pip").exists()


def test_the_app_checks_a_subset_of_what_the_scripts_install() -> None:
    from flora_desktop.services.system_libraries import XCB_LIBRARIES

    assert {package for _soname, package in XCB_LIBRARIES} <= set(array("QT_RUNTIME_PACKAGES"))


def _fake_python_making(fakes: Path, log: Path, venv_python_body: str, status: int) -> str:
    """A PYTHON whose ``-m venv DIR`` leaves DIR/bin/python (``venv_python_body``) and exits
    ``status``, as Debian's python3 does without python3-venv (status 1, no pip)."""
    write_tool(fakes, "made-venv-python", venv_python_body)
    write_tool(
        fakes,
        "python-under-test",
        f'if [ "$1 $2" = "-m venv" ]; then echo made-venv >>"{log}";\n'
        f'  mkdir -p "$3/bin"; cp "{fakes}/made-venv-python" "$3/bin/python";\n'
        f'  cp "{fakes}/flora-desktop" "$3/bin/flora-desktop"; exit {status}; fi\n'
        f'exec "{sys.executable}" "$@"\n',
    )
    return str(fakes / "python-under-test")


def test_a_venv_without_pip_is_rebuilt(project: Path, tmp_path: Path) -> None:
    # What an interrupted first start (or python3-venv installed only afterwards) leaves:
    # an interpreter that runs, is the right Python, and has no pip; and no stamp.
    venv_python = project / ".venv" / "bin" / "python"
    venv_python.write_text(f'#!/usr/bin/env bash\nexec "{sys.executable}" -I -S "$@"\n')
    (project / ".venv" / ".flora-start-stamp").unlink()
    env = fake_system(tmp_path, installed=needed())
    fakes = Path(env["PATH"].split(":")[0])
    fake_venv_tools(fakes, project)
    # The rebuilt venv's python: the fixture's, whose pip only logs.
    logging_python = (fakes / "python").read_text().split("\n", 1)[1]
    env["PYTHON"] = _fake_python_making(fakes, tmp_path / "commands", logging_python, 0)
    done = run(project, env)
    assert done.returncode == 0, done.stderr
    assert "Rebuilding .venv" in done.stdout
    assert "made-venv" in (tmp_path / "commands").read_text()
    assert "-m pip install" in (project / "pip").read_text()
    assert (project / "log").read_text() == "started --sandbox\n"


def test_a_venv_that_cannot_be_made_is_not_left_behind(project: Path, tmp_path: Path) -> None:
    shutil.rmtree(project / ".venv")
    env = fake_system(tmp_path, installed=needed())
    fakes = Path(env["PATH"].split(":")[0])
    fake_venv_tools(fakes, project)
    env["PYTHON"] = _fake_python_making(
        fakes, tmp_path / "commands", f'exec "{sys.executable}" -I -S "$@"\n', 1
    )
    done = run(project, env)
    assert done.returncode == 1
    assert not (project / ".venv").exists()  # the next start makes it again, whole
    assert "sudo apt-get install -y --no-install-recommends python3-venv" in done.stderr
    assert not (project / "log").exists()


def test_a_moved_project_installs_again_once(project: Path, tmp_path: Path) -> None:
    # Its .venv's launchers and editable install still point at the old folder: exec'ing
    # them failed with "required file not found" at every start.
    stamp = project / ".venv" / ".flora-start-stamp"
    stamp.write_text(stamp.read_text().replace(str(project.resolve()), "/home/me/Downloads/flora"))
    env = fake_system(tmp_path, installed=needed())
    assert run(project, env).returncode == 0
    assert run(project, env).returncode == 0
    assert (project / "pip").read_text().count("-m pip install") == 1
    assert (project / "log").read_text() == "started --sandbox\n" * 2


# A font with the glyphs of each shipped language that DejaVu (Latin) lacks.
SCRIPT_FONTS = {"ja": "fonts-ipafont-gothic"}


def test_every_shipped_language_has_a_font_the_scripts_install() -> None:
    # The Settings list names each language in itself ("日本語") in every UI language.
    from flora_desktop.services.languages import LANGUAGES

    packages = set(array("QT_RUNTIME_PACKAGES"))
    assert "fonts-dejavu-core" in packages
    for code, name in LANGUAGES.items():
        if any(ord(c) > 0x24F for c in name):  # beyond Latin Extended: DejaVu has no glyph
            assert SCRIPT_FONTS.get(code) in packages, f"no font for {name} ({code})"
