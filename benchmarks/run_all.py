"""Run every benchmark, each in its own process, and write ``benchmarks/RESULTS.md``.

``python benchmarks/run_all.py`` (about 10 minutes; ``--quick`` for a smoke run that writes
``RESULTS-quick.md`` instead). The "Changes" section of RESULTS.md is kept from the previous
file: it records, by hand, what was changed for speed and the figures before and after.
"""

from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.measure import PYTHON, REPO_ROOT, machine_info, repo_env

HERE = Path(__file__).resolve().parent
SCRIPTS = (
    "startup.py",
    "responsiveness.py",
    "search_scale.py",
    "editor_scale.py",
    "history_scale.py",
    "client_overhead.py",
    "sandbox_throughput.py",
    "network_answers.py",
    "batch_load.py",
)
CHANGES_HEADING = "## Changes"
SCRIPT_TIMEOUT_S = 400


def _run(script: str, quick: bool, workdir: Path) -> dict[str, Any]:
    out = workdir / f"{script}.json"
    argv = [PYTHON, str(HERE / script), "--json", str(out), *(["--quick"] if quick else [])]
    began = time.perf_counter()
    try:
        proc = subprocess.run(
            argv, cwd=REPO_ROOT, env=repo_env(), capture_output=True, text=True,
            timeout=SCRIPT_TIMEOUT_S, check=False,
        )  # fmt: skip
        failure = None if proc.returncode == 0 else proc.stderr.strip()[-1500:]
    except subprocess.TimeoutExpired:
        failure = f"timed out after {SCRIPT_TIMEOUT_S} s"
    elapsed = time.perf_counter() - began
    if failure is None and out.exists():
        data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    else:
        data = {"benchmark": script, "title": script, "figures": [], "targets": [],
                "notes": [f"FAILED: {failure}"]}  # fmt: skip
    data["seconds"] = elapsed
    sys.stdout.write(f"{script}: {elapsed:.0f} s{'' if failure is None else ' FAILED'}\n")
    sys.stdout.flush()
    return data


def _fmt(value: float) -> str:
    if value != value:  # NaN
        return "n/a"
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"


def render(results: list[dict[str, Any]], info: dict[str, str], quick: bool, changes: str) -> str:
    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    lines = [
        "# FLORA Desktop benchmark results",
        "",
        f"Written by `python benchmarks/run_all.py{' --quick' if quick else ''}` on {now}."
        + (" **Quick mode: tiny sizes, not the real figures.**" if quick else ""),
        "Every figure is a median or percentile over repeated measurements; ratios are "
        "measured in the same run. Re-run on a quiet machine for figures to quote.",
        "",
        "## Machine",
        "",
        *[f"- {key}: {value}" for key, value in info.items()],
        "",
        "## Targets",
        "",
        "| Benchmark | Target | Value | Limit | Verdict |",
        "|---|---|---|---|---|",
    ]
    for result in results:
        for target in result["targets"]:
            lines.append(
                f"| {result['title']} | {target['name']} | {_fmt(target['value'])} "
                f"{target['unit']} | {_fmt(target['limit'])} {target['unit']} | "
                f"{target['verdict']} |"
            )
    for result in results:
        lines += ["", f"## {result['title']}", "", f"({result['seconds']:.0f} s)", ""]
        lines += ["| Figure | Value |", "|---|---|"]
        for fig in result["figures"]:
            lines.append(f"| {fig['name']} | {_fmt(fig['value'])} {fig['unit']} |")
        for target in result["targets"]:
            lines.append(
                f"| {target['name']} (target ≤ {_fmt(target['limit'])}) | "
                f"{_fmt(target['value'])} {target['unit']} — {target['verdict']} |"
            )
        if result["notes"]:
            lines.append("")
            lines += [f"- {note}" for note in result["notes"]]
    lines += ["", changes.strip() if changes.strip() else CHANGES_HEADING, ""]
    return "\n".join(lines)


def _previous_changes(path: Path) -> str:
    if not path.exists():
        return ""
    text = path.read_text(encoding="utf-8")
    index = text.find(CHANGES_HEADING)
    return text[index:] if index >= 0 else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke run)")
    parser.add_argument("--only", nargs="*", choices=SCRIPTS, help="run only these scripts")
    options = parser.parse_args(argv)
    target = HERE / ("RESULTS-quick.md" if options.quick else "RESULTS.md")
    info = machine_info()
    with tempfile.TemporaryDirectory(prefix="flora-bench-") as workdir:
        results = [_run(script, options.quick, Path(workdir))
                   for script in (options.only or SCRIPTS)]  # fmt: skip
    changes = _previous_changes(HERE / "RESULTS.md")
    target.write_text(render(results, info, options.quick, changes), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
