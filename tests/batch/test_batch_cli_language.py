"""``flora-desktop batch`` speaks the user's language: summary, prompt, progress, errors."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from flora_desktop import batch_cli
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch import BatchProgress
from flora_desktop.services.batch_store import BatchRow, RowState
from flora_desktop.services.command_line import CommandLineText
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from tests.batch.support import IMAGE, sandbox_get
from tests.conftest import reset_sandbox


def _csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])


def _batch(
    tmp_path: Path, sandbox: SandboxServer, lang: str, *extra: str, workspace: str = "Studio North"
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(
        LANG=lang,
        FLORA_API_KEY=sandbox.api_key,
        FLORA_BASE_URL=sandbox.api_url,
        FLORA_DESKTOP_HOME=str(tmp_path / "home"),
    )
    args = ["--technique", "background-remover", "--workspace", workspace]
    args += ["--csv", str(tmp_path / "rows.csv"), "--out", str(tmp_path / "out")]
    return subprocess.run(
        [sys.executable, "-m", "flora_desktop", "batch", *args, "--poll-interval", "0.02", *extra],
        env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip


def test_the_cost_summary_and_the_refusal_to_ask_are_german(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    _csv(tmp_path / "rows.csv", ["Name", "Image"], [[f"s{i}", IMAGE.format(i)] for i in range(3)])
    done = _batch(tmp_path, sandbox, "de_DE.UTF-8")
    assert done.returncode == 2
    expected = (
        "„Background Remover“ in „Studio North“: 3 Zeilen, 3 zu starten, etwa $0.12 (3 × $0.04)."
    )
    assert expected in done.stderr
    assert "Füge --yes hinzu, um ohne Nachfrage zu starten." in done.stderr
    assert "Es wurde nichts gestartet." in done.stderr
    assert sandbox_get(sandbox, "runs") == []


def test_a_whole_batch_reports_in_french_then_resumes_in_french(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    reset_sandbox(sandbox, run_seconds=0.02)
    _csv(tmp_path / "rows.csv", ["Name", "Image"], [[f"s{i}", IMAGE.format(i)] for i in range(2)])
    done = _batch(tmp_path, sandbox, "fr_FR.UTF-8", "--yes", "--no-save")
    assert done.returncode == 0, done.stderr
    manifest = tmp_path / "out" / "manifest.csv"
    runs = {run["run_id"] for run in sandbox_get(sandbox, "runs")}
    lines = done.stderr.splitlines()
    rows = sorted(line for line in lines if line.startswith("Ligne "))
    assert [line.split(" · ")[0] for line in rows] == ["Ligne 1/2 terminée", "Ligne 2/2 terminée"]
    assert {line.split(" · ")[1] for line in rows} == runs  # the run ids survive
    assert f"Terminé : 2 réussies, 0 échouées. Voir {manifest}." in lines
    again = _batch(tmp_path, sandbox, "fr_FR.UTF-8", "--yes", "--no-save")
    assert again.returncode == 0, again.stderr
    assert f"Reprise du lot dans {tmp_path / 'out'}." in again.stderr
    assert f"Toutes les lignes sont terminées ; voir {manifest}." in again.stderr


def test_spreadsheet_problems_are_listed_in_spanish(sandbox: SandboxServer, tmp_path: Path) -> None:
    _csv(tmp_path / "rows.csv", ["Name", "Image"], [["a", ""], ["b", IMAGE.format(1)]])
    done = _batch(tmp_path, sandbox, "es_ES.UTF-8", "--yes")
    assert done.returncode == 2
    assert "flora-desktop batch: Primero hay que corregir la hoja de cálculo:" in done.stderr
    assert "  Fila 1: «Image» está vacío." in done.stderr
    assert "Traceback" not in done.stderr
    assert sandbox_get(sandbox, "runs") == []


def test_an_unknown_workspace_is_named_in_japanese(sandbox: SandboxServer, tmp_path: Path) -> None:
    _csv(tmp_path / "rows.csv", ["Image"], [[IMAGE.format(1)]])
    done = _batch(tmp_path, sandbox, "ja_JP.UTF-8", "--yes", workspace="Nowhere")
    assert done.returncode == 2
    assert "このキーでは「Nowhere」というワークスペースが見つかりません。" in done.stderr
    assert "“Studio North”" in done.stderr


def test_help_and_option_errors_speak_the_users_language(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="de_DE.UTF-8", FLORA_DESKTOP_HOME=str(tmp_path / "home"))
    command = [sys.executable, "-m", "flora_desktop", "batch"]
    shown = subprocess.run(
        [*command, "--help"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert shown.stdout.startswith("Aufruf: flora-desktop batch")
    assert "Eine FLORA-Technik einmal pro Zeile einer CSV-Datei ausführen." in shown.stdout
    assert "ohne Nachfrage starten" in shown.stdout
    wrong = [*command, "--technique", "t", "--workspace", "w", "--csv", "c", "--out", "o"]
    refused = subprocess.run(
        [*wrong, "--concurrency", "999"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert refused.returncode == 2
    assert "--concurrency muss zwischen 1 und 20 liegen" in refused.stderr
    bare = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert bare.returncode == 2
    assert bare.stderr.startswith("Aufruf: flora-desktop batch")
    missing = "diese Optionen fehlen: --technique, --workspace, --csv, --out"
    assert f"flora-desktop batch: Fehler: {missing}" in bare.stderr


@pytest.mark.parametrize(
    ("language", "answer", "count", "prompt", "started"),
    [
        ("de", "j", 40, "40 Durchläufe starten — $4.80? [j/N] ", True),
        ("de", "", 40, "40 Durchläufe starten — $4.80? [j/N] ", False),
        ("fr", "oui", 1, "Lancer 1 exécution — $4.80 ? [o/N] ", True),
        ("", "y", 1, "Start 1 run — $4.80? [y/N] ", True),
        ("", "ja", 40, "Start 40 runs — $4.80? [y/N] ", False),
    ],
)
def test_the_question_before_spending_is_asked_and_answered_in_the_users_language(
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    answer: str,
    count: int,
    prompt: str,
    started: bool,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(sys, "stdin", _Terminal())

    def reply(question: str) -> str:
        asked.append(question)
        return answer

    monkeypatch.setattr("builtins.input", reply)
    assert batch_cli._confirm(CommandLineText(language), count, "$4.80") is started
    assert asked == [prompt]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _row(state: RowState, error: str | None = None) -> BatchRow:
    return BatchRow("b", 3, "shot", {}, "key", state, run_id="run_7", error=error)


def test_the_progress_bar_and_row_lines_are_translated() -> None:
    progress = BatchProgress(
        total=40, completed=10, failed=2, in_progress=3, waiting=25, rate_limited_for=19.6
    )
    japanese = batch_cli._Progress(io.StringIO(), 40, CommandLineText("ja"))
    bar = japanese.bar(progress)
    assert bar.startswith("[#########---------------------] 12/40")
    assert bar.endswith("12/40 · 実行中 3 件 · 失敗 2 件 · 20 秒待機中（FLORA の要請）")
    german = batch_cli._Progress(io.StringIO(), 40, CommandLineText("de"))
    assert german.row_line(_row("completed"), 40) == "Zeile 3/40 fertig · run_7"
    refused = QT_TRANSLATE_NOOP("Batch", "FLORA refused this row, nothing was charged: {reason}")
    line = german.row_line(_row("failed", refused.fill(reason="bad input")), 40)
    assert line == (
        "Zeile 3/40 fehlgeschlagen: FLORA hat diese Zeile abgelehnt, es wurde nichts "
        "berechnet: bad input · run_7"
    )
    english = batch_cli._Progress(io.StringIO(), 40, CommandLineText(""))
    assert english.row_line(_row("failed"), 40) == "Row 3/40 failed · run_7"
