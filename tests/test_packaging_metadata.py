"""Packaging metadata: desktop entry and AppStream validate, icons, and what the wheel ships."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "ai.flora.Desktop"
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def pyproject() -> dict:  # type: ignore[type-arg]
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (scripts/test installs it)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_desktop_file_validates() -> None:
    done = run_validator("desktop-file-validate", str(DESKTOP))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()


def test_metainfo_validates() -> None:
    done = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_entry_names_the_installed_command_and_icon() -> None:
    from flora_desktop.app import DESKTOP_FILE_NAME

    entry = desktop_entry()
    scripts = pyproject()["project"]["gui-scripts"]
    assert DESKTOP_FILE_NAME == APP_ID == DESKTOP.stem
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == APP_ID  # installed as hicolor/*/apps/ai.flora.Desktop.*
    assert entry["Type"] == "Application"


def test_metainfo_points_at_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "flora-desktop"
    version = pyproject()["project"]["version"]
    assert version in [r.get("version") for r in root.iter("release")]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_icon_svg_and_every_png_size_exist() -> None:
    assert (ICONS / "flora-desktop.svg").read_text().lstrip().startswith("<?xml")
    for size in ICON_SIZES:
        assert png_size(ICONS / f"flora-desktop-{size}.png") == (size, size)


def test_every_package_folder_is_listed_for_the_wheel() -> None:
    config = pyproject()["tool"]["setuptools"]
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "flora_desktop").rglob("__init__.py")
    }
    listed = set(config["packages"])
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages"
    # Data-only folders have no __init__.py; everything else listed must exist as a package.
    data_only = {
        "flora_desktop.resources",
        "flora_desktop.resources.icons",
        "flora_desktop.resources.translations",
        "flora_desktop.sandbox.media",
    }
    assert listed - on_disk == data_only | {"flora_desktop.resources.desktop"}
    assert config["package-dir"] == {
        "flora_desktop.resources": "resources",
        "flora_desktop.resources.desktop": "packaging/linux",
    }
    data = config["package-data"]
    assert "*.qss" in data["flora_desktop.resources"]
    assert {"*.png", "*.svg"} <= set(data["flora_desktop.resources.icons"])
    assert {"*.desktop", "*.xml"} <= set(data["flora_desktop.resources.desktop"])
    # The compiled catalogues and the --help translations ship; the .ts sources need not.
    assert {"*.qm", "cli_*.json"} <= set(data["flora_desktop.resources.translations"])
    assert "*.mp4" in data["flora_desktop.sandbox.media"]


def test_resources_are_read_from_the_package_not_the_checkout() -> None:
    package = files("flora_desktop.resources")
    assert package.joinpath("style.qss").read_text(encoding="utf-8").startswith("/*")
    assert package.joinpath("icons", "flora-desktop-64.png").is_file()
    app_source = (ROOT / "flora_desktop" / "app.py").read_text()
    assert "parent.parent" not in app_source  # no path into the checkout


def test_entry_points_and_the_packaging_extra() -> None:
    project = pyproject()["project"]
    assert project["gui-scripts"]["flora-desktop"] == "flora_desktop.__main__:main"
    assert project["scripts"]["flora-sandbox"] == "flora_desktop.sandbox.__main__:main"
    assert any(d.startswith("pyinstaller") for d in project["optional-dependencies"]["packaging"])


def test_the_test_script_installs_the_validators() -> None:
    script = (ROOT / "scripts" / "lib" / "system_packages.sh").read_text()
    assert "TEST_TOOL_PACKAGES" in (ROOT / "scripts" / "test").read_text()
    assert "desktop-file-utils" in script
    assert "appstream" in script


def test_the_menu_entry_and_file_type_speak_every_shipped_language() -> None:
    # The window speaks the desktop's language; its menu entry and the file manager's
    # name for a presets file must too (LANGUAGES is what the UI ships).
    from flora_desktop.services.languages import LANGUAGES

    entry = desktop_entry()
    mime = ET.parse(ROOT / "packaging" / "linux" / f"{APP_ID}.mime.xml")
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    comments = {
        c.get(lang_attr, "en"): c.text
        for c in mime.iter("{http://www.freedesktop.org/standards/shared-mime-info}comment")
    }
    for code in set(LANGUAGES) - {"en"}:
        for key in ("GenericName", "Comment"):
            assert entry.get(f"{key}[{code}]", "").strip(), f"{key}[{code}]"
            assert entry[f"{key}[{code}]"] != entry[key]
        assert comments.get(code), code
        assert comments[code] != comments["en"], code
