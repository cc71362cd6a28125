"""What the terminal says, in the window's language: lookup, fallbacks, plurals, answers."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flora_desktop.services import command_line as cli
from flora_desktop.services import terminal_messages as says
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase
from flora_desktop.services.system_libraries import missing_libraries_message

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations as catalogues  # noqa: E402

SHIPPED = ("de", "es", "fr", "ja")
_FIELD = re.compile(r"\{([A-Za-z_]\w*)(?:[:!][^{}]*)?\}")


def _terminal_messages() -> list[catalogues.Message]:
    return [
        m
        for m in catalogues.template_messages()
        if m.context in cli.TERMINAL_CONTEXTS and not m.numerus
    ]


def test_the_build_and_the_reader_agree_on_the_terminal_contexts() -> None:
    assert catalogues.TERMINAL_CONTEXTS == cli.TERMINAL_CONTEXTS


@pytest.mark.parametrize("language", SHIPPED)
def test_every_terminal_phrase_ships_translated(language: str) -> None:
    """Each phrase of the terminal's contexts has its entry in the shipped ``cli_<lang>.json``."""
    tables = json.loads((ROOT / f"resources/translations/cli_{language}.json").read_text("utf-8"))
    missing = [
        f"[{m.context}] {m.source}"
        for m in _terminal_messages()
        if m.source not in tables.get(m.context, {})
    ]
    assert not missing, missing
    assert cli.CommandLineText(language)(cli.HELP) != str(cli.HELP)


@pytest.mark.parametrize("language", SHIPPED)
@given(data=st.data())
def test_placeholders_survive_in_every_terminal_phrase(language: str, data: st.DataObject) -> None:
    """Whatever the values, each one appears in the translated line, exactly once per use."""
    text = cli.CommandLineText(language)
    message = data.draw(st.sampled_from([m for m in _terminal_messages() if "{" in m.source]))
    names = sorted(set(_FIELD.findall(message.source)))
    values = {
        name: data.draw(st.text(alphabet="0123456789abcdefXYZ", min_size=6, max_size=12))
        for name in names
    }
    values = {name: f"<{name}:{value}>" for name, value in values.items()}
    said = text(Phrase(message.context, message.source, **values))
    for name, value in values.items():
        assert value in said, (language, message.source, said)
        assert said.count(value) == message.source.count(f"{{{name}}}")


def test_an_unknown_language_speaks_english() -> None:
    for language in ("", "xx", "it", "../de"):
        assert cli.CommandLineText(language)(says.NO_DISPLAY) == str(says.NO_DISPLAY)


def test_a_catalogue_missing_a_string_falls_back_to_english_for_that_string(
    tmp_path: Path,
) -> None:
    shipped = json.loads((ROOT / "resources/translations/cli_de.json").read_text("utf-8"))
    del shipped["CommandLine"][says.NOT_ANSWERING.template]
    (tmp_path / "cli_de.json").write_text(json.dumps(shipped), encoding="utf-8")
    german = cli.CommandLineText("de", tmp_path)
    assert german(says.NOT_ANSWERING) == str(says.NOT_ANSWERING)
    assert german(says.NO_DISPLAY).startswith("FLORA Desktop braucht eine Desktop-Sitzung")


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{",
        "[]",
        '{"CommandLine": []}',
        '{"CommandLine": {"Nothing was started.": 7}}',
        # A broken translation: a placeholder the English text does not have.
        '{"CommandLine": {"Resuming the batch in {folder}.": "Weiter in {ordner}."}}',
    ],
)
def test_a_broken_catalogue_never_hides_the_message(tmp_path: Path, content: str) -> None:
    (tmp_path / "cli_de.json").write_text(content, encoding="utf-8")
    german = cli.CommandLineText("de", tmp_path)
    resuming = QT_TRANSLATE_NOOP("CommandLine", "Resuming the batch in {folder}.")
    assert german(resuming.fill(folder="/srv/out")) == "Resuming the batch in /srv/out."
    nothing = QT_TRANSLATE_NOOP("CommandLine", "Nothing was started.")
    assert german(nothing) == "Nothing was started."


def test_phrases_inside_phrases_are_translated_and_plain_text_passes() -> None:
    french = cli.CommandLineText("fr")
    stop = QT_TRANSLATE_NOOP("Batch", "FLORA refused this row, nothing was charged: {reason}")
    said = french(says.ENTRY_NOT_ADDED.fill(reason=stop.fill(reason="quota")))
    assert said.startswith("Impossible d'ajouter FLORA Desktop")
    assert "FLORA a refusé cette ligne" in said
    assert "quota" in said
    assert french("FLORA's own words") == "FLORA's own words"


@pytest.mark.parametrize(
    ("environ", "saved", "language"),
    [
        ({"LANG": "de_DE.UTF-8"}, None, "de"),
        ({"LANG": "de_DE.UTF-8"}, "ja", "ja"),  # Settings win, as in the window
        ({"LANG": "de_DE.UTF-8"}, "en", ""),  # English chosen: English, not the locale's
        ({"LANG": "it_IT.UTF-8"}, "", ""),
        ({"LANG": "it_IT.UTF-8"}, "es", "es"),
    ],
)
def test_the_terminal_speaks_the_windows_language(
    tmp_path: Path, environ: dict[str, str], saved: str | None, language: str
) -> None:
    settings = tmp_path / "settings.json"
    if saved is not None:
        settings.write_text(json.dumps({"language": saved}), encoding="utf-8")
    assert cli.terminal_language(settings, environ) == language


ONE = QT_TRANSLATE_NOOP("CommandLine", "Start {count} run — {cost}? [y/N]")
MANY = QT_TRANSLATE_NOOP("CommandLine", "Start {count} runs — {cost}? [y/N]")


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("", 1, "Start 1 run — $0.12? [y/N]"),
        ("", 40, "Start 40 runs — $0.12? [y/N]"),
        ("", 0, "Start 0 runs — $0.12? [y/N]"),
        ("de", 1, "1 Durchlauf starten — $0.12? [j/N]"),
        ("de", 40, "40 Durchläufe starten — $0.12? [j/N]"),
        ("fr", 0, "Lancer 0 exécution — $0.12 ? [o/N]"),  # French: 0 is singular
        ("fr", 2, "Lancer 2 exécutions — $0.12 ? [o/N]"),
        ("es", 1, "¿Lanzar 1 ejecución — $0.12? [s/N]"),
        ("ja", 3, "3 件の実行を開始しますか（$0.12）? [y/N]"),
    ],
)
def test_counts_pick_the_languages_plural_form(language: str, count: int, expected: str) -> None:
    assert cli.CommandLineText(language).counted(count, ONE, MANY, cost="$0.12") == expected


@pytest.mark.parametrize(
    ("language", "yes", "no"),
    [
        ("", ["y", "YES", " y "], ["", "n", "no", "j"]),
        ("de", ["j", "Ja", "y", "yes"], ["", "n", "nein"]),
        ("fr", ["o", "oui", "y"], ["", "n", "non"]),
        ("es", ["s", "sí", "si", "y"], ["", "n", "no"]),
        ("ja", ["y", "はい"], ["", "いいえ"]),
    ],
)
def test_yes_is_understood_in_the_users_language(
    language: str, yes: list[str], no: list[str]
) -> None:
    text = cli.CommandLineText(language)
    assert all(text.is_yes(answer) for answer in yes)
    assert not any(text.is_yes(answer) for answer in no)


def test_the_missing_libraries_message_keeps_the_exact_install_line() -> None:
    packages = ["libxcb-cursor0", "libxcb-icccm4"]
    for language in ("", *SHIPPED):
        said = missing_libraries_message(packages, cli.CommandLineText(language))
        assert "\n    sudo apt-get install libxcb-cursor0 libxcb-icccm4\n" in said
        assert "libxcb-cursor0, libxcb-icccm4" in said
    japanese = missing_libraries_message(packages, cli.CommandLineText("ja"))
    assert "ウィンドウを開けません" in japanese
    assert missing_libraries_message(packages).startswith("FLORA Desktop cannot open")


def _parser_error(
    text: cli.CommandLineText, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> str:
    parser = text.parser("flora-desktop batch", cli.DESCRIPTION)
    parser.add_argument("--technique", required=True)
    parser.add_argument("--concurrency", type=int)
    parser.add_argument("--yes", action="store_true")
    parser.add_argument("--yesterday", action="store_true")
    with pytest.raises(SystemExit) as exited:
        parser.parse_args(argv)
    assert exited.value.code == 2
    return capsys.readouterr().err.splitlines()[-1]


@pytest.mark.parametrize(
    ("argv", "english", "german"),
    [
        ([], "these options are missing: --technique", "diese Optionen fehlen: --technique"),
        (
            ["--technique", "t", "--bogus"],
            "unknown options: --bogus",
            "unbekannte Optionen: --bogus",
        ),
        (["--technique"], "--technique needs a value", "--technique braucht einen Wert"),
        (
            ["--technique", "t", "--concurrency", "three"],
            "--concurrency needs a number, not 'three'",
            "--concurrency braucht eine Zahl, nicht 'three'",
        ),
        (
            ["--technique", "t", "--yes=1"],
            "--yes takes no value (not '1')",
            "--yes nimmt keinen Wert an (nicht '1')",
        ),
        (
            ["--technique", "t", "--ye"],
            "--ye could mean --yes, --yesterday; write it out",
            "--ye kann --yes, --yesterday bedeuten; schreib die Option aus",
        ),
    ],
)
def test_argparses_own_errors_are_said_in_plain_words_in_the_users_language(
    capsys: pytest.CaptureFixture[str], argv: list[str], english: str, german: str
) -> None:
    # Real argparse messages: this fails the day Python words one of them differently.
    said = _parser_error(cli.CommandLineText(""), argv, capsys)
    assert said == f"flora-desktop batch: error: {english}"
    said = _parser_error(cli.CommandLineText("de"), argv, capsys)
    assert said == f"flora-desktop batch: Fehler: {german}"


def test_an_argparse_message_not_known_passes_unchanged() -> None:
    assert cli.CommandLineText("ja").argparse_error("something new: --x") == "something new: --x"
