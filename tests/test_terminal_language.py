"""``flora-desktop`` on a terminal speaks the user's language: real processes, real locales."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run(
    tmp_path: Path, args: list[str], lang: str, **extra: str
) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env.pop("QT_QPA_PLATFORM", None)
    env.update(
        LANG=lang,
        FLORA_DESKTOP_HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "share"),
        **extra,
    )
    return subprocess.run(
        [sys.executable, "-m", "flora_desktop", *args],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de_DE.UTF-8", "FLORA Desktop braucht eine Desktop-Sitzung"),
        ("fr_FR.UTF-8", "FLORA Desktop a besoin d'une session de bureau"),
        ("es_ES.UTF-8", "FLORA Desktop necesita una sesión de escritorio"),
        ("ja_JP.UTF-8", "デスクトップセッションが必要"),
        ("it_IT.UTF-8", "FLORA Desktop needs a desktop session"),  # not shipped: English
    ],
)
def test_no_display_is_said_in_the_users_language(tmp_path: Path, lang: str, expected: str) -> None:
    done = _run(tmp_path, ["--sandbox"], lang)
    assert done.returncode == 1
    assert expected in done.stderr
    assert "WAYLAND_DISPLAY" in done.stderr  # the variable names are never translated


def test_the_language_chosen_in_settings_wins_over_the_locale(tmp_path: Path) -> None:
    config = tmp_path / "home" / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"language": "es"}), encoding="utf-8")
    done = _run(tmp_path, ["--sandbox"], "de_DE.UTF-8")
    assert "FLORA Desktop necesita una sesión de escritorio" in done.stderr
    help_text = _run(tmp_path, ["--help"], "de_DE.UTF-8").stdout
    assert help_text.startswith("uso: flora-desktop")
    assert "mostrar esta ayuda y salir" in help_text


def test_the_desktop_entry_is_installed_and_removed_in_the_users_language(
    tmp_path: Path,
) -> None:
    added = _run(tmp_path, ["--install-desktop-entry"], "fr_FR.UTF-8")
    assert added.returncode == 0, added.stderr
    entry = tmp_path / "share" / "applications" / "ai.flora.Desktop.desktop"
    # The path survives translation, so the user can find (or remove) the file.
    assert added.stdout.startswith(f"FLORA Desktop est dans votre menu des applications ({entry},")
    removed = _run(tmp_path, ["--uninstall-desktop-entry"], "ja_JP.UTF-8")
    assert removed.returncode == 0, removed.stderr
    assert "アプリケーションメニューから削除しました" in removed.stdout
    assert not entry.exists()


def test_a_desktop_entry_that_cannot_be_written_is_explained_in_the_users_language(
    tmp_path: Path,
) -> None:
    (tmp_path / "share").write_text("a file where the folder should be")
    done = _run(tmp_path, ["--install-desktop-entry"], "de_DE.UTF-8")
    assert done.returncode == 1
    assert "FLORA Desktop konnte nicht zum Anwendungsmenü hinzugefügt werden:" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_lock_held_on_another_computer_is_explained_in_the_users_language(
    tmp_path: Path,
) -> None:
    config = tmp_path / "home" / "config"
    config.mkdir(parents=True)
    lock = config / "instance.lock"
    lock.write_text("4242\nflora-desktop\nstudio-mac-07\n")
    done = _run(tmp_path, ["--sandbox"], "ja_JP.UTF-8", QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 1
    assert "別のコンピューター（studio-mac-07）で開かれています" in done.stderr
    assert str(lock) in done.stderr
