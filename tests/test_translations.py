"""The translation template is generated with Qt's tools, and a translation made from it loads."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "update_translations.sh"
LRELEASE = ROOT / ".venv" / "bin" / "pyside6-lrelease"
UI = ROOT / "flora_desktop" / "ui"

# Calls whose first text argument a person reads (a button, a label, a tooltip, a menu item).
TEXT_SETTERS = frozenset(
    {
        "setText",
        "setToolTip",
        "setPlaceholderText",
        "setWindowTitle",
        "setAccessibleName",
        "setAccessibleDescription",
        "setStatusTip",
        "setInformativeText",
        "addAction",
        "addMenu",
        "addSection",
        "addTab",
        "setTabText",
        "setTabToolTip",
        "addRow",
        "addItem",
    }
)
TEXT_WIDGETS = frozenset(
    {"QPushButton", "QLabel", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu"}
)
# Text that is not words, so there is nothing to translate (symbols on small buttons).
NOT_WORDS = frozenset({"…", "×", "✕", "↑", "↓", "−", "+", "100 %", "https://…"})


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


def _text_argument(call: ast.Call) -> ast.expr | None:
    """The argument holding the shown text: the first one (``setTabText(index, text)``: second)."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else ""
    position = 1 if name in {"setTabText", "setTabToolTip"} else 0
    return call.args[position] if len(call.args) > position else None


def _literal_words(node: ast.expr) -> str | None:
    """The words of a plain or f-string literal, or None when ``node`` is not a literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    return None


def unwrapped_texts(source: str) -> list[tuple[int, str]]:
    """(line, text) of every literal with letters shown through a Qt text call, untranslated."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in TEXT_SETTERS and name not in TEXT_WIDGETS:
            continue
        argument = _text_argument(node)
        words = _literal_words(argument) if argument is not None else None
        if words is None or words.strip() in NOT_WORDS or not re.search(r"[A-Za-z]", words):
            continue
        found.append((node.lineno, words))
    return found


def test_the_checker_finds_an_unwrapped_text() -> None:
    source = (
        "b = QPushButton('Save', self)\n"
        "b.setToolTip(f'Save {name} now')\n"
        "b.setText(self.tr('Save'))\n"
        "b.setText('×')\n"
        "tabs.setTabText(0, 'Runs')\n"
        "b.setText(f'{a} · {b}')\n"
    )
    assert [line for line, _text in unwrapped_texts(source)] == [1, 2, 5]


def test_every_shown_text_under_ui_goes_through_translation() -> None:
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for path in sorted(UI.rglob("*.py"))
        for line, text in unwrapped_texts(path.read_text(encoding="utf-8"))
    ]
    assert not problems, "wrap these in self.tr()/QCoreApplication.translate():\n" + "\n".join(
        problems
    )


def test_the_template_holds_the_qt_free_texts(template: Path) -> None:
    found = messages(template)
    # Marked in ui/messages.py and services/ without Qt, translated where they are shown.
    assert "FLORA is busy; trying again in {seconds} s." in found["Messages"]
    assert "The run hit a temporary problem" in found["Failures"]
    assert "“{name}” is empty." in found["Uploads"]
    assert "{what} — new run, costs {cost}" in found["Rerun"]
    assert "Run again" in found["Rerun"]


def test_the_template_holds_the_services_messages(template: Path) -> None:
    from flora_desktop.services import credentials, inputs, session, watch
    from flora_desktop.services.outputs import output_url_policy
    from flora_desktop.services.phrases import Phrase
    from flora_desktop.services.presets import PresetError, parse_inputs_map
    from flora_desktop.services.settings import ProfileError, check_base_url

    found = messages(template)
    for context in ("Credentials", "Session", "Profiles", "Presets", "Outputs", "Inputs", "Watch"):
        assert context in found, context
    constants = [
        credentials.CredentialsUnavailable().args[0],
        credentials.CredentialsUnavailable(locked=True).args[0],
        session.SandboxUnavailable().args[0],
        *(getattr(inputs, name) for name in dir(inputs) if name.startswith("MSG_")),
        inputs.type_label(None),
        inputs.url_problem("ftp://example.com/a.png"),
        inputs.json_problem("{"),
        output_url_policy("javascript:alert(1)").reason,
        watch.describe_poll_error(RuntimeError(), retry_in=5),
    ]
    with pytest.raises(PresetError) as preset:
        parse_inputs_map("[1]")
    with pytest.raises(ProfileError) as profile:
        check_base_url("ftp://example.com")
    constants += [preset.value.message, profile.value.args[0]]
    for text in constants:
        # A Phrase knows its context and template: that pair is what a translator sees.
        assert isinstance(text, Phrase), text
        assert text.template in found[text.context], (text.context, text.template)
    # Wording unchanged: the English text is what the UI showed before.
    assert inputs.MSG_REQUIRED == "Required"
    assert str(session.SandboxUnavailable()).startswith("The practice sandbox could not start")


def test_every_marked_text_in_the_services_is_in_the_template(template: Path) -> None:
    found = messages(template)
    missing = []
    for path in sorted((ROOT / "flora_desktop" / "services").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
            ):
                continue
            context, text = (_literal_words(argument) for argument in node.args[:2])
            if context is None or text is None or text not in found.get(context, set()):
                missing.append(f"{path.name}:{node.lineno}: {context} / {text!r}")
    assert not missing, "run scripts/update_translations.sh:\n" + "\n".join(missing)


def test_a_service_error_is_shown_translated(
    template: Path, tmp_path: Path, qapp: QApplication
) -> None:
    from PySide6.QtCore import QTranslator

    from flora_desktop.services.credentials import CredentialsUnavailable
    from flora_desktop.services.outputs import UnsafeURLError, output_url_policy
    from flora_desktop.ui.translate import shown_error

    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not in .venv")
    refused = UnsafeURLError(output_url_policy("ftp://cdn.example/a.png").reason)
    assert str(refused) == "Only web links (http or https) are opened; this is a ftp link."
    german = {
        "Only web links (http or https) are opened; this is a {scheme} link.": (
            "Nur Weblinks (http oder https) werden geöffnet; dies ist ein {scheme}-Link."
        ),
        CredentialsUnavailable(locked=True).args[0].template: "Der Schlüsselbund ist gesperrt.",
    }
    tree = ET.parse(template)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if source in german:
            translation = message.find("translation")
            assert translation is not None
            translation.text = german[source]
            translation.attrib.pop("type", None)
    ts = tmp_path / "flora_desktop_de.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "flora_desktop_de.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)

    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert shown_error(refused) == (
            "Nur Weblinks (http oder https) werden geöffnet; dies ist ein ftp-Link."
        )
        assert shown_error(CredentialsUnavailable(locked=True)) == "Der Schlüsselbund ist gesperrt."
    finally:
        qapp.removeTranslator(translator)
    assert shown_error(refused) == str(refused)


def test_a_marked_text_is_translated_before_it_is_filled_in(
    template: Path, tmp_path: Path, qapp: QApplication
) -> None:
    from PySide6.QtCore import QTranslator

    from flora_desktop.ui.messages import rate_limit_countdown
    from flora_desktop.ui.translate import shown

    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not in .venv")
    tree = ET.parse(template)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == "FLORA is busy; trying again in {seconds} s.":
            translation = message.find("translation")
            assert translation is not None
            translation.text = "FLORA ist beschäftigt; neuer Versuch in {seconds} s."
            translation.attrib.pop("type", None)
    german = tmp_path / "flora_desktop_de.ts"
    tree.write(german, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "flora_desktop_de.qm"
    subprocess.run([str(LRELEASE), "-silent", str(german), "-qm", str(qm)], check=True)

    line = rate_limit_countdown(2.2)
    assert line == "FLORA is busy; trying again in 3 s."
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert shown(line) == "FLORA ist beschäftigt; neuer Versuch in 3 s."
    finally:
        qapp.removeTranslator(translator)
    assert shown(line) == "FLORA is busy; trying again in 3 s."
