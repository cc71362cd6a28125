"""The UI speaks the user's language: the real window, built after the app's own translator
installation, shows German, French, Spanish and Japanese; the real app started under a
``LANG`` loads that language; Settings can override it."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.credentials import SessionCredentialStore
from flora_desktop.services.languages import saved_language
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.profiles import Profiles
from flora_desktop.services.settings import Settings
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.dialogs.settings_dialog import SettingsDialog
from flora_desktop.ui.language import PackagedTranslator, install_translators
from flora_desktop.ui.shell import Shell, build_shell
from tests.ui.conftest import Wait

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations as catalogues  # noqa: E402

LANGUAGES = catalogues.LANGUAGES
QM_FOLDER = ROOT / "resources" / "translations"
# (context, source) a user sees signed out and connected; each must show translated.
SIGNED_OUT = [("MainWindow", "S&ettings…"), ("SignInPanel", "Test and save")]
CONNECTED = [("ConnectedTabs", "&Launch"), ("ConnectedTabs", "Hi&story"), ("RunBar", "Run")]


def expected(language: str, context: str, source: str) -> str:
    catalogue = catalogues.load_catalogue(language)
    found = catalogues.lookup(catalogue, catalogues.Message(context, source, numerus=False))
    assert isinstance(found, str), (language, source)
    return found


def texts(window: QWidget) -> set[str]:
    """Every text a user can read in ``window``: labels, buttons, fields, tabs, menus."""
    found: set[str] = {window.windowTitle()}
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            found.add(widget.text())
        if isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            found.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            found.update(widget.itemText(i) for i in range(widget.count()))
        found.add(widget.toolTip())
    found.update(action.text() for action in window.findChildren(QAction))
    return found - {""}


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators the test installs, removed afterwards (English and its locale come back)."""
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))
    QCoreApplication.processEvents()  # a right-to-left translation's direction goes with it
    if qapp.isRightToLeft():
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def make_shell(qtbot: QtBot, paths: AppPaths, base_url: str) -> Shell:
    shell = build_shell(
        paths,
        base_url=base_url,
        keyring_store=SessionCredentialStore(),
        session_store=SessionCredentialStore(),
    )
    qtbot.addWidget(shell.window)
    shell.window.show()
    return shell


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.asyncio
async def test_the_real_window_speaks_the_chosen_language(
    language: str,
    qtbot: QtBot,
    qapp: QApplication,
    qapp_paths: AppPaths,
    sandbox: SandboxServer,
    speaking: list[QTranslator],
    wait: Wait,
) -> None:
    # As main() does: the saved choice, then the translators, then the window.
    qapp_paths.settings_file.write_text(json.dumps({"language": language}), encoding="utf-8")
    speaking += install_translators(qapp, saved_language(qapp_paths.settings_file))
    assert len(speaking) == 2  # ours and Qt's qtbase
    gc.collect()  # nothing the translators read may be a freed temporary
    shell = make_shell(qtbot, qapp_paths, sandbox.api_url)
    try:
        assert shell.window.sign_in is not None  # built on first use, in the chosen language
        shown = texts(shell.window)
        for context, source in SIGNED_OUT:
            assert expected(language, context, source) in shown
        assert "Test and save" not in shown

        await shell.connect({"FLORA_API_KEY": sandbox.api_key}, use_sandbox=False)
        await wait(lambda: expected(language, "RunBar", "Run") in texts(shell.window))
        shown = texts(shell.window)
        for context, source in CONNECTED:
            assert expected(language, context, source) in shown
        assert "Hi&story" not in shown
    finally:
        await shell.aclose()


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "1 run", "3 runs"),
        ("de", "1 Durchlauf", "3 Durchläufe"),
        ("fr", "1 exécution", "3 exécutions"),
        ("es", "1 ejecución", "3 ejecuciones"),
        ("ja", "1 件の実行", "3 件の実行"),
    ],
)
def test_counts_use_each_languages_plural_forms(
    language: str, one: str, many: str, qapp: QApplication, speaking: list[QTranslator]
) -> None:
    speaking += install_translators(qapp, language)

    def runs(n: int) -> str:
        return QCoreApplication.translate("HistoryView", "%n runs", None, n)

    assert (runs(1), runs(3)) == (one, many)


def test_qt_standard_dialog_words_are_translated(
    qapp: QApplication, speaking: list[QTranslator]
) -> None:
    speaking += install_translators(qapp, "de")
    # A QDialogButtonBox's Cancel comes from Qt's qtbase catalogue.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_english_stops_the_search_and_unknown_languages_fall_back_to_english(
    qapp: QApplication, speaking: list[QTranslator]
) -> None:
    for language in ("en", "it"):
        installed = install_translators(qapp, language)
        speaking += installed
        assert len(installed) == 1  # the English plural forms only
        assert QCoreApplication.translate("SignInPanel", "Test and save") == "Test and save"


def test_a_catalogue_read_from_a_zip_keeps_working_after_the_bytes_are_gone(
    tmp_path: Path, qapp: QApplication
) -> None:
    """``QTranslator.load(bytes)`` keeps no copy: the translator must hold the data itself."""
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(QM_FOLDER / "flora_desktop_de.qm", "flora_desktop_de.qm")
    node = zipfile.Path(archive, "flora_desktop_de.qm")
    translator = PackagedTranslator()
    assert translator.load_node(node)
    naive = QTranslator()  # the old loader: a temporary bytes
    assert naive.load(node.read_bytes())
    # Reuse the freed memory (same-size blocks) so a dangling buffer shows.
    size = len(node.read_bytes())
    junk = [bytes([n % 251]) * size for n in range(50)]
    gc.collect()
    assert naive.translate("MainWindow", "S&ettings…") != "&Einstellungen …"
    del junk
    assert translator.translate("MainWindow", "S&ettings…") == "&Einstellungen …"


@pytest.mark.asyncio
async def test_the_settings_dialog_saves_a_language_for_the_next_start(
    qtbot: QtBot, qapp_paths: AppPaths, wait: Wait
) -> None:
    settings = Settings.load(qapp_paths.settings_file)
    dialog = SettingsDialog(
        settings, Profiles(settings, lambda _service: SessionCredentialStore()), None, TaskOwner()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.language_choice.combo
    assert combo.currentData() == ""  # follows the system until chosen
    assert dialog.language_choice.note.isVisible()  # it says: on the next start
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_End)  # the last language: 日本語
    assert combo.currentData() == "ja"
    applied: list[bool] = []
    dialog.applied.connect(applied.append)
    dialog.ok_button.click()
    await wait(lambda: applied)
    assert saved_language(qapp_paths.settings_file) == "ja"
    assert Settings.load(qapp_paths.settings_file).language == "ja"


def _start_app(home: Path, lang: str) -> str:
    environment = {
        **os.environ,
        "LANG": lang,
        "LC_ALL": "",
        "LANGUAGE": "",
        "FLORA_DESKTOP_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "flora_desktop", "--exit-after-paint", "--debug"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stderr


@pytest.mark.parametrize(
    ("lang", "language"),
    [("de_DE.UTF-8", "de"), ("fr_FR.UTF-8", "fr"), ("es_ES.UTF-8", "es"), ("ja_JP.UTF-8", "ja")],
)
def test_the_real_app_loads_the_system_language(tmp_path: Path, lang: str, language: str) -> None:
    log = _start_app(tmp_path / "home", lang)
    assert f"translation {language} loaded" in log


def test_the_settings_language_overrides_the_system_one(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = AppPaths.under(home)
    paths.ensure()
    paths.settings_file.write_text(json.dumps({"language": "fr"}), encoding="utf-8")
    log = _start_app(home, "de_DE.UTF-8")
    assert "translation fr loaded" in log
    assert "translation de loaded" not in log


def clipped_texts(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons narrower than their text needs."""
    QCoreApplication.processEvents()  # pending layout requests first
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        one_line = (
            isinstance(widget, QAbstractButton)
            or (isinstance(widget, QLabel) and not widget.wordWrap())
        ) and bool(widget.text())
        if one_line and widget.width() < widget.sizeHint().width():
            text = widget.text()  # type: ignore[attr-defined]
            found.append(
                f"{widget.objectName() or type(widget).__name__}: {text!r} "
                f"({widget.width()} < {widget.sizeHint().width()} px)"
            )
    return found


@pytest.mark.parametrize("rtl", [False, True], ids=["long", "right-to-left"])
@pytest.mark.asyncio
async def test_pseudo_locale_texts_fit_the_sign_in_window_and_settings(
    rtl: bool,
    qtbot: QtBot,
    qapp: QApplication,
    qapp_paths: AppPaths,
    tmp_path: Path,
    sandbox: SandboxServer,
    speaking: list[QTranslator],
    wait: Wait,
) -> None:
    """Every string 1.4 times as long (and mirrored): nothing is cut at 900 × 600."""
    pseudo = QTranslator(qapp)
    assert pseudo.load(str(catalogues.write_pseudo(tmp_path / "pseudo.qm", rtl=rtl)))
    qapp.installTranslator(pseudo)
    speaking.append(pseudo)
    QCoreApplication.processEvents()  # the LanguageChange that sets the layout direction
    assert qapp.isRightToLeft() is rtl
    shell = make_shell(qtbot, qapp_paths, sandbox.api_url)
    try:
        shell.window.resize(900, 600)
        shell.window.show_sign_in()
        qtbot.waitExposed(shell.window)
        assert clipped_texts(shell.window) == []
        settings = Settings.load(qapp_paths.settings_file)
        dialog = SettingsDialog(
            settings,
            Profiles(settings, lambda _service: SessionCredentialStore()),
            None,
            TaskOwner(),
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.language_choice.note.text().startswith("[")  # pseudo text is in use
        assert clipped_texts(dialog) == []
        dialog.close()

        await shell.connect({"FLORA_API_KEY": sandbox.api_key}, use_sandbox=False)
        run = catalogues.pseudo("Run")
        await wait(lambda: run in texts(shell.window))
        assert clipped_texts(shell.window) == []
    finally:
        await shell.aclose()


def test_the_clipping_check_sees_a_cut_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("A rather long label for a small button", holder)
    button.setFixedWidth(40)
    holder.show()
    assert len(clipped_texts(holder)) == 1
    button.setFixedWidth(button.sizeHint().width())
    assert clipped_texts(holder) == []


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "3 Mar 2026 14:05"),
        ("de", "3. März 2026 14:05"),
        ("fr", "3 mars 2026 14:05"),
        ("ja", "2026年3月3日 14:05"),
    ],
)
def test_dates_follow_the_language(
    language: str, shown: str, qapp: QApplication, speaking: list[QTranslator]
) -> None:
    from datetime import datetime

    from flora_desktop.ui.models.runs_model import format_clock

    speaking += install_translators(qapp, language)
    moment = datetime(2026, 3, 3, 14, 5).timestamp()
    assert format_clock(moment, now=datetime(2026, 4, 1).timestamp()) == shown


@pytest.mark.parametrize(
    ("text", "plain"),
    [("設定(&E)…", "設定"), ("S&ettings…", "Settings"), ("Fish && chips", "Fish & chips")],
)
def test_the_shortcuts_sheet_names_menu_items_without_their_letter_marks(
    text: str, plain: str
) -> None:
    from flora_desktop.ui.dialogs.shortcuts_sheet import mnemonic, plain_text

    assert plain_text(text) == plain
    assert mnemonic(text) == ("E" if "&E" in text or "&e" in text else None)


@pytest.mark.parametrize(
    ("language", "size", "big", "kilobytes"),
    [
        ("en", "12,345 characters", "1.5 million characters", "12,346 KB"),
        ("de", "12.345 Zeichen", "1,5 Millionen Zeichen", "12.346 KB"),
        ("fr", "12\u202f345 caractères", "1,5 millions de caractères", "12\u202f346 Ko"),
    ],
)
def test_numbers_use_the_languages_separators(
    language: str,
    size: str,
    big: str,
    kilobytes: str,
    qapp: QApplication,
    speaking: list[QTranslator],
) -> None:
    from flora_desktop.ui.translate import localized
    from flora_desktop.ui.widgets.value_editors import describe_size

    speaking += install_translators(qapp, language)
    assert describe_size(12_345) == size
    assert describe_size(1_500_000) == big
    template = QCoreApplication.translate("OutputCard", "{kilobytes:,.0f} KB")
    assert localized(template, kilobytes=12_345.6) == kilobytes
    # Specs that are not numbers' separators stay Python's.
    assert localized("{n:>4}|{s}", n=7, s="x") == "   7|x"


def mnemonic_clashes(widgets: list[QWidget | QAction]) -> list[str]:
    """Alt+letter keys two visible items in one place share (Qt would cycle, not act)."""
    from flora_desktop.ui.dialogs.shortcuts_sheet import mnemonic

    seen: dict[str, str] = {}
    clashes = []
    for item in widgets:
        if isinstance(item, QWidget) and not item.isVisible():
            continue
        text = item.text() if isinstance(item, QAction | QAbstractButton | QLabel) else ""
        letter = mnemonic(text)
        if letter is None:
            continue
        if letter in seen:
            clashes.append(f"{letter}: {seen[letter]!r} and {text!r}")
        seen[letter] = text
    return clashes


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
@pytest.mark.asyncio
async def test_alt_letters_do_not_clash_in_settings_and_menus(
    language: str,
    qtbot: QtBot,
    qapp: QApplication,
    qapp_paths: AppPaths,
    sandbox: SandboxServer,
    speaking: list[QTranslator],
    wait: Wait,
) -> None:
    speaking += install_translators(qapp, language)
    settings = Settings.load(qapp_paths.settings_file)
    dialog = SettingsDialog(
        settings, Profiles(settings, lambda _service: SessionCredentialStore()), None, TaskOwner()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    parts: list[QWidget | QAction] = [
        *dialog.findChildren(QLabel),
        *dialog.findChildren(QAbstractButton),
    ]
    assert mnemonic_clashes(parts) == []
    shell = make_shell(qtbot, qapp_paths, sandbox.api_url)
    try:
        await shell.connect({"FLORA_API_KEY": sandbox.api_key}, use_sandbox=False)
        await wait(lambda: shell.window.findChild(QTabWidget) is not None)
        tabs = shell.window.findChild(QTabWidget)
        assert tabs is not None
        menu_bar = shell.window.menuBar()
        # One window: its menu titles, its tabs and the visible page's labelled fields.
        window_wide: list[QWidget | QAction] = list(menu_bar.actions())
        window_wide += [QAction(tabs.tabText(i)) for i in range(tabs.count())]
        page = tabs.currentWidget()
        window_wide += [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]
        assert mnemonic_clashes(window_wide) == []
        for top in menu_bar.actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                assert mnemonic_clashes(list(menu.actions())) == [], top.text()
    finally:
        await shell.aclose()
