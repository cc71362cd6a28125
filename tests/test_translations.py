"""The translation template is generated with Qt's tools, and a translation made from it loads."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "update_translations.sh"
LRELEASE = ROOT / ".venv" / "bin" / "pyside6-lrelease"


def messages(ts_file: Path) -> dict[str, set[str]]:
    root = ET.parse(ts_file).getroot()
    return {
        context.findtext("name", ""): {m.findtext("source", "") for m in context.iter("message")}
        for context in root.iter("context")
    }


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("bash") is None:
        pytest.skip("needs bash")
    out = tmp_path_factory.mktemp("ts") / "flora_desktop.ts"
    done = subprocess.run(
        ["bash", str(SCRIPT), str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def test_the_template_holds_the_windows_strings(template: Path) -> None:
    found = messages(template)
    assert "S&ettings…" in found["MainWindow"]
    assert "&Keyboard shortcuts" in found["MainWindow"]
    assert "Test and save" in found["SignInPanel"]
    assert "Accounts" in found["SettingsDialog"]
    # Marked with QT_TRANSLATE_NOOP at module level, translated where shown.
    assert "Paste the API key first." in found["SettingsDialog"]
    assert "Keyboard shortcuts" in found["ShortcutsSheet"]


def test_the_committed_template_is_valid() -> None:
    committed = messages(ROOT / "resources" / "translations" / "flora_desktop.ts")
    assert sum(len(m) for m in committed.values()) > 50


def test_a_translation_made_from_the_template_is_used(
    template: Path, tmp_path: Path, qapp: QApplication
) -> None:
    # qapp (pytest-qt): a QApplication, never a bare QCoreApplication the GUI tests could inherit.
    from PySide6.QtCore import QCoreApplication, QTranslator

    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not in .venv")
    tree = ET.parse(template)
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "MainWindow":
            continue
        for message in context.iter("message"):
            if message.findtext("source") == "S&ettings…":
                translation = message.find("translation")
                assert translation is not None
                translation.text = "&Einstellungen…"
                translation.attrib.pop("type", None)
    german = tmp_path / "flora_desktop_de.ts"
    tree.write(german, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "flora_desktop_de.qm"
    subprocess.run([str(LRELEASE), "-silent", str(german), "-qm", str(qm)], check=True)

    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "S&ettings…") == "&Einstellungen…"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "S&ettings…") == "S&ettings…"
