"""The language setting, read before any window exists, and the command line's own language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from flora_desktop.services import command_line as cli
from flora_desktop.services.languages import LANGUAGES, saved_language
from flora_desktop.services.settings import Settings


def test_the_language_is_saved_and_read_back(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    assert settings.language == ""  # the system's
    settings.language = "ja"
    settings.save_now()
    assert Settings.load(settings.path).language == "ja"
    assert saved_language(settings.path) == "ja"
    with pytest.raises(ValueError, match="language"):
        settings.language = "klingon"


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b'{"language": 7}', b'{"language": "xx"}', b"\xff\xfe", b'{"a": 1}'],
)
def test_an_unusable_settings_file_means_the_system_language(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert saved_language(path) == ""
    assert saved_language(tmp_path / "missing.json") == ""


def test_an_invalid_language_in_the_file_keeps_the_other_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "xx", "theme": "dark"}), encoding="utf-8")
    settings = Settings.load(path)
    assert (settings.language, settings.theme) == ("", "dark")


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LC_ALL": "ja_JP.UTF-8", "LANG": "de_DE.UTF-8"}, "ja"),
        ({"LC_MESSAGES": "es_ES", "LANG": "de_DE.UTF-8"}, "es"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:de"}, "fr"),
        ({"LANG": "C", "LANGUAGE": "fr"}, ""),  # LANGUAGE counts only with a real locale
        ({"LANG": "en_GB.UTF-8"}, ""),
        ({"LANG": "it_IT.UTF-8"}, ""),
        ({"LANG": "de_DE@euro"}, "de"),
        # A language not shipped is skipped, as the window skips it (not English at once).
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "pt:de"}, "de"),
        ({"LANG": "pt_BR.UTF-8", "LANGUAGE": "pt_BR:it:ja"}, "ja"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "pt:en:de"}, ""),  # English stops the search
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "C"}, ""),  # so does C (untranslated)
        ({"LANG": "sr_RS@latin", "LANGUAGE": "sr@latin:fr"}, "fr"),
    ],
)
def test_the_terminal_locale_picks_the_help_language(
    environ: dict[str, str], language: str
) -> None:
    assert cli.cli_language(environ) == language


def test_help_phrases_are_looked_up_and_filled() -> None:
    german = cli.CommandLineText("de")
    assert german(cli.DEBUG) == "ausführlich protokollieren (Debug)"
    filled = german(cli.BASE_URL.fill(default="https://x.example/api"))
    assert filled.endswith("sonst https://x.example/api)")
    assert cli.CommandLineText("")(cli.DEBUG) == "log at debug level"
    # A language without a file (or a phrase without an entry) stays English.
    assert cli.CommandLineText("xx")(cli.DEBUG) == "log at debug level"
    assert set(LANGUAGES) >= {"de", "es", "fr", "ja"}


def test_help_is_translated_without_loading_qt() -> None:
    code = (
        "import sys\n"
        "from flora_desktop.app import parse_args\n"
        "try:\n"
        "    parse_args(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'\n"
    )
    environment = {**os.environ, "LANG": "fr_FR.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("utilisation : flora-desktop")  # argparse's own heading
    assert "afficher cette aide et quitter" in done.stdout
    assert "Lancez des techniques FLORA depuis votre bureau." in done.stdout


@pytest.mark.parametrize(
    "environ",
    [
        {"LANG": "de_DE.UTF-8", "LANGUAGE": "pt:de"},
        {"LANG": "en_US.UTF-8", "LANGUAGE": "fr:de"},
        {"LANG": "pt_BR.UTF-8", "LANGUAGE": ""},
        {"LANG": "de_DE.UTF-8", "LANGUAGE": "C"},
        {"LANG": "C", "LC_MESSAGES": "fr_FR.UTF-8"},
    ],
)
def test_the_help_speaks_the_language_the_window_speaks(environ: dict[str, str]) -> None:
    # The window's choice: the app's translator on Qt's system locale, in a fresh process
    # (Qt reads the locale from the environment once).
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from flora_desktop.ui.language import install_translators\n"
        "app = QCoreApplication([])\n"
        "install_translators(app)\n"
        "print(QCoreApplication.translate('CommandLine', 'log at debug level'))\n"
    )
    environment = {**os.environ, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "", **environ}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    help_text = cli.CommandLineText(cli.cli_language(environment))(cli.DEBUG)
    assert done.stdout.strip() == help_text
