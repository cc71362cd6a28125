"""Shared benchmark helpers: statistics, child-process wall time and peak RSS, and reports."""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
_PAINTED = re.compile(r"painted at monotonic ([0-9.]+)")
# The child's own CPU time (all threads) up to that moment: what other processes on a shared
# machine do not stretch.
_PAINT_CPU = re.compile(r"painted at monotonic [0-9.]+; cpu ([0-9.]+)")


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else math.nan


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct`` percentile (0–100) by linear interpolation between closest ranks."""
    if not values:
        return math.nan
    ordered = sorted(values)
    if len(ordered) == 1:
        return float(ordered[0])
    rank = (len(ordered) - 1) * pct / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (rank - low))


def ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else math.nan


@dataclass(frozen=True)
class ChildRun:
    """One child process: wall seconds from spawn to reaped, its peak RSS, its exit code."""

    wall_s: float
    peak_rss_mb: float
    returncode: int
    stderr: str
    # Spawn to the first paint's end, from a "painted at monotonic T" line on stderr.
    paint_s: float = math.nan
    # CPU seconds the child had used by then (time.process_time in the child).
    paint_cpu_s: float = math.nan


def run_child(
    argv: Sequence[str], *, env: Mapping[str, str] | None = None, timeout: float = 60.0
) -> ChildRun:
    """Run ``argv`` and measure it as a whole process.

    ``os.wait4`` returns the rusage of exactly this child, so ``ru_maxrss`` is its own peak
    RSS (kB on Linux), unaffected by other children of this process.
    """
    spawned = time.monotonic()
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        env=dict(env) if env is not None else None,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=REPO_ROOT,
    )
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.002)
    wall = time.perf_counter() - start
    # Tell Popen the child is reaped, so it does not wait for it again.
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    painted = _PAINTED.findall(stderr)
    paint = float(painted[-1]) - spawned if painted else math.nan
    cpu = _PAINT_CPU.findall(stderr)
    paint_cpu = float(cpu[-1]) if cpu else math.nan
    return ChildRun(wall, usage.ru_maxrss / 1024.0, proc.returncode, stderr, paint, paint_cpu)


def machine_info() -> dict[str, str]:
    """What a reader needs to compare figures: CPU, cores, memory, OS and versions."""
    info: dict[str, str] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cores": str(os.cpu_count()),
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
                break
        info["load average"] = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        pass
    from importlib.metadata import PackageNotFoundError, version

    for package in ("PySide6", "httpx", "qasync", "keyring", "aiohttp"):
        try:
            info[package] = version(package)
        except PackageNotFoundError:
            info[package] = "not installed"
    return info


@dataclass
class Figure:
    name: str
    value: float
    unit: str


@dataclass
class Target:
    """A figure with a limit it must not exceed."""

    name: str
    value: float
    limit: float
    unit: str

    @property
    def met(self) -> bool:
        return not math.isnan(self.value) and self.value <= self.limit

    def verdict(self) -> str:
        if math.isnan(self.value):
            return "not measured"
        if self.met:
            return f"met ({_fmt(self.limit - self.value)} {self.unit} to spare)"
        over = self.value - self.limit
        pct = 100.0 * over / self.limit if self.limit else math.inf
        return f"MISSED by {_fmt(over)} {self.unit} ({pct:.0f} %)"


@dataclass
class Report:
    """One benchmark's figures, targets and notes; printed and optionally saved as JSON."""

    benchmark: str
    title: str
    quick: bool = False
    figures: list[Figure] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def figure(self, name: str, value: float, unit: str) -> None:
        self.figures.append(Figure(name, float(value), unit))

    def target(self, name: str, value: float, limit: float, unit: str) -> None:
        self.targets.append(Target(name, float(value), float(limit), unit))

    def note(self, text: str) -> None:
        self.notes.append(text)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for target, raw in zip(self.targets, data["targets"], strict=True):
            raw["met"] = target.met
            raw["verdict"] = target.verdict()
        return data

    def emit(self, json_path: str | None) -> None:
        """Print the figures; with ``json_path`` also write them there for ``run_all``."""
        out = sys.stdout
        out.write(f"== {self.title}{' (quick)' if self.quick else ''}\n")
        for fig in self.figures:
            out.write(f"{fig.name}: {_fmt(fig.value)} {fig.unit}\n")
        for target in self.targets:
            out.write(
                f"TARGET {target.name}: {_fmt(target.value)} {target.unit} "
                f"(limit {_fmt(target.limit)}) {target.verdict()}\n"
            )
        for note in self.notes:
            out.write(f"note: {note}\n")
        out.flush()
        if json_path:
            Path(json_path).write_text(json.dumps(self.as_dict(), indent=2), encoding="utf-8")


def _fmt(value: float) -> str:
    if math.isnan(value):
        return "nan"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def parse_args(description: str, argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The options every benchmark script takes."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for smoke tests")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON here")
    return parser.parse_args(argv)


def ms(seconds: Iterable[float]) -> list[float]:
    return [s * 1000.0 for s in seconds]


def repo_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a child: offscreen Qt, the repo importable, no FLORA settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLORA_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(REPO_ROOT)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if extra:
        env.update(extra)
    return env
