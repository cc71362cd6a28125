"""Collects what each reliability test tried and what the user saw, and writes RELIABILITY.md.

Tests record findings with the ``observe`` fixture; each finding travels to the controller in
the test report's ``user_properties``, so it also works under xdist. At the end of a session
that ran every reliability test, ``tests/RELIABILITY.md`` is rewritten from those findings and
the outcomes; a partial run (``-k``, one module, ``-x`` stopping early) leaves it untouched.
"""

from __future__ import annotations

import datetime as dt
import platform
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pytest

SUITE_DIR = Path(__file__).resolve().parent
REPORT_PATH = SUITE_DIR.parent / "RELIABILITY.md"
PROPERTY_NAME = "reliability"
# The table's sections, in order; every finding names one.
AREAS: dict[str, str] = {
    "fault": "Faults",
    "input": "Bad input",
    "secret": "Secrets",
    "crash": "Crash safety",
    "store": "Local stores and disks",
    "money": "One press, one run",
    "account": "Accounts",
    "a11y": "Assistive clients",
    "property": "Property-based tests",
}
_MAX_CELL = 400


@dataclass(frozen=True)
class Finding:
    """One thing tried: what it was, what the user saw, and how the app behaved."""

    area: str
    tried: str
    sees: str
    checks: str = ""


@dataclass
class _Row:
    nodeid: str
    outcome: str = "not run"
    findings: list[Finding] = field(default_factory=list)
    longrepr: str = ""


def record(node: pytest.Item, finding: Finding) -> None:
    """Attach ``finding`` to the running test's report."""
    if finding.area not in AREAS:
        raise ValueError(f"unknown area {finding.area!r}")
    # Plain str: under xdist the report crosses to the controller, which cannot carry a
    # str subclass such as the app's Phrase.
    fields = {name: str(value) for name, value in finding.__dict__.items()}
    node.user_properties.append((PROPERTY_NAME, fields))


def _cell(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _MAX_CELL:
        text = text[: _MAX_CELL - 1] + "…"
    return text.replace("|", "\\|") or "—"


def _result(outcome: str) -> str:
    return {"passed": "✅ passed", "failed": "❌ FAILED", "skipped": "⏭ skipped"}.get(
        outcome, outcome
    )


class ReliabilityReport:
    """The pytest plugin: collects rows per test and writes the markdown at session end."""

    def __init__(self, path: Path = REPORT_PATH) -> None:
        self.path = path
        self.rows: dict[str, _Row] = {}
        self.expected: set[str] = set()

    @staticmethod
    def is_ours(nodeid: str) -> bool:
        return nodeid.replace("\\", "/").startswith("tests/reliability/")

    # --- hooks ---------------------------------------------------------------------------

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.expected = {item.nodeid for item in session.items if self.is_ours(item.nodeid)}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if not self.is_ours(report.nodeid):
            return
        row = self.rows.setdefault(report.nodeid, _Row(report.nodeid))
        if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
            row.outcome = report.outcome
            row.findings = [
                Finding(**cast(dict[str, str], value))
                for name, value in report.user_properties
                if name == PROPERTY_NAME
            ]
            if report.outcome == "skipped" and isinstance(report.longrepr, tuple):
                row.longrepr = str(report.longrepr[2])
        elif report.when == "teardown" and report.outcome == "failed":
            row.outcome = "failed"

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if not self.expected or not self._complete(session):
            return
        self.path.write_text(self.render(), encoding="utf-8")

    # --- writing ---------------------------------------------------------------------------

    def _complete(self, session: pytest.Session) -> bool:
        """Whether every test module of the suite ran, each collected test to its end."""
        modules = {p.name for p in SUITE_DIR.glob("test_*.py")}
        ran_modules = {nodeid.split("::")[0].rsplit("/", 1)[-1] for nodeid in self.expected}
        if modules - ran_modules:
            return False
        if session.config.getoption("keyword", "") or session.config.getoption("markexpr", ""):
            return False
        return all(
            nodeid in self.rows and self.rows[nodeid].outcome != "not run"
            for nodeid in self.expected
        )

    def render(self) -> str:
        rows = [self.rows[n] for n in sorted(self.expected) if n in self.rows]
        counts = {o: sum(r.outcome == o for r in rows) for o in ("passed", "failed", "skipped")}
        lines = [
            "# Reliability report",
            "",
            "Generated by `tests/reliability/report.py` from the last full run of "
            "`pytest tests/reliability` — do not edit by hand.",
            "",
            f"- Run: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}, "
            f"Python {platform.python_version()} on {sys.platform}",
            f"- Tests: {len(rows)} — {counts['passed']} passed, {counts['failed']} failed, "
            f"{counts['skipped']} skipped",
            "",
            "Every fault runs through the real launcher page (or the real app in a child "
            "process) against the sandbox on 127.0.0.1. For each, the tests assert that the "
            "event loop kept ticking, the message is plain words (no JSON, markup or "
            "traceback), the inputs stay as typed, no run starts twice (counted through "
            "`GET /_sandbox/runs`) and the app recovers once the server answers again.",
        ]
        for area, title in AREAS.items():
            lines += self._section(area, title, rows)
        return "\n".join(lines) + "\n"

    def _section(self, area: str, title: str, rows: Iterable[_Row]) -> list[str]:
        body: list[str] = []
        for row in rows:
            findings = [f for f in row.findings if f.area == area]
            test = row.nodeid.split("::", 1)[-1]
            for finding in findings:
                body.append(
                    f"| {_cell(finding.tried)} | {_cell(finding.sees)} | "
                    f"{_cell(finding.checks)} | {_result(row.outcome)} | `{_cell(test)}` |"
                )
            if not findings and area == _area_of(row) and row.outcome != "passed":
                reason = row.longrepr or "no finding recorded"
                body.append(
                    f"| {_cell(test)} | — | {_cell(reason)} | {_result(row.outcome)} | "
                    f"`{_cell(test)}` |"
                )
        if not body:
            return []
        return [
            "",
            f"## {title}",
            "",
            "| What was tried | What the user sees | What was checked | Result | Test |",
            "|---|---|---|---|---|",
            *body,
        ]


def _area_of(row: _Row) -> str:
    module = row.nodeid.split("::")[0].rsplit("/", 1)[-1]
    return {
        "test_faults.py": "fault",
        "test_bad_input.py": "input",
        "test_secrets.py": "secret",
        "test_crash_safety.py": "crash",
        "test_spending.py": "money",
        "test_accounts.py": "account",
        "test_assistive.py": "a11y",
        "test_properties.py": "property",
    }.get(module, "fault")


def register(config: pytest.Config) -> None:
    """Install the plugin once per session (from the suite's conftest)."""
    if not config.pluginmanager.has_plugin("reliability-report"):
        config.pluginmanager.register(ReliabilityReport(), "reliability-report")
