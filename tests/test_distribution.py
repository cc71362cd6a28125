"""The wheel and the sdist, built from a copy of the checkout as pip would build them."""

from __future__ import annotations

import email
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_IGNORED = shutil.ignore_patterns(
    ".venv", "dist", "build", "*.egg-info", "__pycache__", "node_modules", ".*_cache", ".git"
)
BUILD = """
import sys
from setuptools import build_meta
out = sys.argv[1]
names = [build_meta.build_sdist(out), build_meta.build_wheel(out)]
open(out + "/names.txt", "w").write(" ".join(names))
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("dist")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=_IGNORED)
    out = work / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(out)],
        cwd=source, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    sdist_name, wheel_name = (out / "names.txt").read_text().split()
    return out / sdist_name, out / wheel_name


def wheel_metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return email.message_from_bytes(archive.read(name))


def test_wheel_metadata_has_license_urls_classifiers_and_the_split_pin(
    built: tuple[Path, Path],
) -> None:
    metadata = wheel_metadata(built[1])
    assert metadata["License-Expression"] == "LicenseRef-Proprietary"
    assert "LICENSE" in metadata.get_all("License-File", [])
    assert any(url.startswith("Homepage, https://") for url in metadata.get_all("Project-URL", []))
    classifiers = metadata.get_all("Classifier", [])
    assert "Private :: Do Not Upload" in classifiers
    assert "Environment :: X11 Applications :: Qt" in classifiers
    requires = [r.replace(" ", "") for r in metadata.get_all("Requires-Dist", [])]
    assert 'PySide6<6.12,>=6.10;python_version<"3.12"' in requires, requires
    assert 'PySide6>=6.10;python_version>="3.12"' in requires, requires


def test_wheel_ships_license_desktop_files_icons_and_translations(
    built: tuple[Path, Path],
) -> None:
    with zipfile.ZipFile(built[1]) as archive:
        names = set(archive.namelist())
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    desktop = "flora_desktop/resources/desktop/"
    assert f"{desktop}ai.flora.Desktop.desktop" in names
    assert f"{desktop}ai.flora.Desktop.mime.xml" in names
    assert f"{desktop}ai.flora.Desktop.metainfo.xml" in names
    assert "flora_desktop/resources/icons/flora-desktop-256.png" in names
    # Whatever .qm files the build compiled go along (the i18n build adds them).
    compiled = {p.name for p in (ROOT / "resources" / "translations").glob("*.qm")}
    shipped = {Path(n).name for n in names if n.endswith(".qm")}
    assert compiled <= shipped


def test_sdist_is_complete_enough_to_build_test_and_package(built: tuple[Path, Path]) -> None:
    with tarfile.open(built[0]) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for required in (
        "LICENSE",
        "pyproject.toml",
        "packaging/build_linux.sh",
        "packaging/pyinstaller/flora-desktop.spec",
        "packaging/linux/ai.flora.Desktop.desktop",
        "packaging/linux/install.sh",
        "scripts/start",
        "scripts/test",
        "scripts/lib/system_packages.sh",
        "tests/conftest.py",
        "resources/style.qss",
    ):
        assert required in names, required
    assert not any("node_modules" in n or "__pycache__" in n for n in names)


def test_a_wheel_built_from_the_sdist_holds_the_same_files(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    sdist, wheel = built
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path, filter="data")
    (source,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(out)],
        cwd=source, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    rebuilt = out / (out / "names.txt").read_text().split()[1]

    def contents(path: Path) -> set[str]:
        with zipfile.ZipFile(path) as archive:
            return {n for n in archive.namelist() if ".dist-info/" not in n}

    assert contents(rebuilt) == contents(wheel)
