"""Every string the code shows has a German, French, Spanish and Japanese translation that
keeps its placeholders, accelerators, tags and plural forms; the shipped .qm are fresh.

When a test here fails after a UI change:
    bash scripts/update_translations.sh            # the template from the code
    .venv/bin/python scripts/translations.py check # what is missing or broken
    (add the translations to resources/translations/catalogues/<lang>.json)
    .venv/bin/python scripts/translations.py build # .ts, .qm and cli_<lang>.json
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import translations as catalogues  # noqa: E402

HOW_TO_FIX = (
    "run scripts/update_translations.sh, then `.venv/bin/python scripts/translations.py check`; "
    "add them to resources/translations/catalogues/<lang>.json and run "
    "`scripts/translations.py build`"
)


@pytest.fixture(scope="module")
def code_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template as the code makes it now (not the committed one, which may lag)."""
    if shutil.which("bash") is None:
        pytest.skip("needs bash")
    out = tmp_path_factory.mktemp("template") / "flora_desktop.ts"
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "update_translations.sh"), str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out


@pytest.mark.parametrize("language", [catalogues.ENGLISH, *catalogues.LANGUAGES])
def test_every_string_in_the_code_is_translated(code_template: Path, language: str) -> None:
    missing = catalogues.untranslated(language, catalogues.template_messages(code_template))
    listed = "\n".join(f"  [{m.context}] {m.source!r}" for m in missing)
    assert not missing, f"{len(missing)} strings have no {language} translation:\n{listed}\n" + (
        HOW_TO_FIX
    )


def test_the_committed_template_matches_the_code(code_template: Path) -> None:
    """Else the shipped .qm lack the code's new strings, however complete the catalogues."""

    def keys(template: Path) -> set[tuple[str, str]]:
        return {(m.context, m.source) for m in catalogues.template_messages(template)}

    new = sorted(keys(code_template) - keys(catalogues.TEMPLATE))
    gone = sorted(keys(catalogues.TEMPLATE) - keys(code_template))
    stale = new + gone
    assert not stale, (
        f"the template is stale: {len(new)} new, {len(gone)} removed, e.g. {stale[:5]}; "
        + HOW_TO_FIX
    )


@pytest.mark.parametrize("language", [catalogues.ENGLISH, *catalogues.LANGUAGES])
def test_translations_keep_placeholders_accelerators_and_plural_forms(language: str) -> None:
    found = catalogues.problems(language, catalogues.template_messages())
    assert not found, "\n".join(found)


def test_the_shipped_catalogues_are_built_from_the_committed_sources(tmp_path: Path) -> None:
    """The .qm (and .ts, cli_*.json) in git are what ``translations.py build`` makes now."""
    written = catalogues.build(out=tmp_path)
    stale = [
        path.name
        for path in written
        if path.read_bytes() != (catalogues.FOLDER / path.name).read_bytes()
    ]
    assert not stale, f"stale: {stale}; run `.venv/bin/python scripts/translations.py build`"


def test_each_shipped_language_has_a_catalogue_and_its_qt_counterpart() -> None:
    from PySide6.QtCore import QLibraryInfo

    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in catalogues.LANGUAGES:
        assert (catalogues.FOLDER / f"flora_desktop_{language}.qm").stat().st_size > 50_000
        assert (catalogues.FOLDER / f"cli_{language}.json").exists()
        assert (qt_folder / f"qtbase_{language}.qm").exists(), language


@pytest.mark.parametrize(
    ("source", "translation", "same"),
    [
        ("Saved {name} to {folder}.", "{folder} hat {name}.", True),
        ("Saved {name}.", "Gespeichert.", False),
        ("{count:,} characters", "{count} Zeichen", False),
        ("S&ettings…", "&Einstellungen…", True),
        ("S&ettings…", "設定(&E)…", True),
        ("S&ettings…", "Einstellungen…", False),
        ("Fish && chips", "Fisch && Pommes", True),
        ("%1 (in use)", "(in Verwendung)", False),
        ("{status} · %p%", "{status} · %p%", True),
        ("<b>{name}</b> saved", "{name} gespeichert", False),
    ],
)
def test_the_marker_check_sees_a_lost_placeholder(
    source: str, translation: str, same: bool
) -> None:
    assert (catalogues.markers(source) == catalogues.markers(translation)) is same


def test_the_problem_check_reports_wrong_plural_forms(tmp_path: Path) -> None:
    (tmp_path / "de.json").write_text(
        '{"%n runs": ["%n Durchlauf"], "Save": ["Speichern", "x"]}', encoding="utf-8"
    )
    messages = [
        catalogues.Message("C", "%n runs", numerus=True),
        catalogues.Message("C", "Save", numerus=False),
    ]
    found = catalogues.problems("de", messages, folder=tmp_path)
    assert any("needs 2 plural form" in line for line in found)
    assert any("is not a plural message" in line for line in found)


@pytest.mark.parametrize(
    "source",
    ["Run", "S&ettings…", "Saved {saved} of %n outputs to {folder}.", "{kilobytes:,.0f} KB"],
)
def test_the_pseudo_locale_is_longer_and_keeps_every_marker(source: str) -> None:
    fake = catalogues.pseudo(source)
    assert len(fake) >= 1.4 * len(source)
    assert catalogues.markers(fake) == catalogues.markers(source)
    assert Counter(fake)["%"] == Counter(source)["%"]
