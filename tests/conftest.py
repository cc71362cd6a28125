"""Shared fixtures: the sandbox over loopback, the asyncio loops, and failing on error logs.

Every client, service and GUI test talks real HTTP to one sandbox server started for the
session; each test gets it freshly reset (``POST /_sandbox/reset``).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import pytest

# Tests never need a real display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests must not pick up a developer's real FLORA settings.
for _var in ("FLORA_API_KEY", "FLORA_BASE_URL", "FLORA_LOG", "FLORA_CUSTOM_HEADERS"):
    os.environ.pop(_var, None)

from flora_desktop.sandbox.config import SandboxConfig  # noqa: E402
from flora_desktop.sandbox.server import SandboxServer  # noqa: E402

TESTS_ROOT = Path(__file__).parent

# Property tests draw the same examples on every run, so a landing never depends on luck:
# CI must not fail on a case no one has seen before, once. To explore new cases, run with
# HYPOTHESIS_PROFILE=explore; keep what it finds as an @example on its test.
# No time limits in either: a property test checks behaviour, and a wall-clock limit (200 ms
# an example by default; "too slow" data generation) fails on a loaded CI machine, not on a bug.
_UNTIMED = hypothesis.settings(
    deadline=None, suppress_health_check=[hypothesis.HealthCheck.too_slow]
)
hypothesis.settings.register_profile("repeatable", _UNTIMED, derandomize=True, database=None)
hypothesis.settings.register_profile("explore", _UNTIMED)
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

# Real Secret Service fixtures (gnome-keyring in its own D-Bus session).
pytest_plugins = ["tests.keyring_fixtures", "tests.virtual_time"]

# Sandbox runs in tests finish quickly; tests that need longer runs reset with overrides.
TEST_RUN_SECONDS = 0.3


# A test that asks for one of these (directly or through its fixtures) drives Qt widgets.
GUI_FIXTURES = frozenset({"qapp", "qtbot"})


@pytest.hookimpl(optionalhook=True)  # an xdist hook: unknown without the plugin
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto`` (our default, pyproject addopts): one worker more than the machine's cores.

    Most of the suite's time is waiting, not computing: sandbox runs of 0.3 s, child
    processes starting, countdowns. Measured on 2 cores (full suite): 2 workers 174 s,
    3 workers 128 s, 4 workers 132 s. PYTEST_XDIST_AUTO_NUM_WORKERS still decides when set.
    """
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) + 1


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt's application (``qapp``/``qtbot``) as ``gui``.

    Marked by fixture, not folder: a pure test of message texts under tests/ui runs on plain
    asyncio and skips the garbage collection GUI tests need. ``@pytest.mark.gui`` marks a
    test by hand (one that builds widgets without pytest-qt's fixtures).
    """
    for item in items:
        if GUI_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Move everything collection built (modules, Qt's bindings, hypothesis) out of gc's way.

    Collecting imports every module under test: ~110k objects a full ``gc.collect()`` would
    walk again in every GUI test (80–110 ms each). Frozen objects are still freed by
    reference counting; only cycles among them wait for the process to end.
    """
    gc.collect()
    gc.freeze()


def _qasync_loop() -> asyncio.AbstractEventLoop:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    loop: asyncio.AbstractEventLoop = qasync.QEventLoop(app)
    return loop


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], asyncio.AbstractEventLoop]]:
    """GUI tests run on a qasync loop (async slots need one); the rest on plain asyncio."""
    if item.get_closest_marker("gui") is not None:
        return {"qasync": _qasync_loop}
    return {"asyncio": asyncio.new_event_loop}


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[SandboxServer]:
    server = SandboxServer(SandboxConfig(run_seconds=TEST_RUN_SECONDS, seed=7))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sandbox(sandbox_server: SandboxServer) -> SandboxServer:
    """The session's sandbox, reset to its seeded state with no faults before the test."""
    reset_sandbox(sandbox_server)
    return sandbox_server


def reset_sandbox(server: SandboxServer, **overrides: Any) -> None:
    """Reset the sandbox, optionally with config overrides (e.g. ``credits=0``)."""
    # Send every setting, so one test's overrides never leak into the next test.
    defaults = SandboxConfig(run_seconds=TEST_RUN_SECONDS, seed=7)
    body = {
        "run_seconds": defaults.run_seconds,
        "credits": defaults.credits,
        "casing": defaults.casing,
        "catalog_size": defaults.catalog_size,
        "seed": defaults.seed,
        "asset_ready_seconds": defaults.asset_ready_seconds,
        "bad_key_code": defaults.bad_key_code,
        **overrides,
    }
    # Plain HTTP on loopback: skip loading CA certificates, which costs ~150 ms per client.
    with httpx.Client(verify=False, timeout=10) as control:
        control.post(f"{server.root_url}/_sandbox/reset", json=body).raise_for_status()


@pytest.fixture(autouse=True)
def qt_garbage_on_main_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """GUI tests: collect Python's garbage on the main thread before and after the test.

    Widgets a test left without a parent die when Python collects them. Left to chance, the
    collection can run on the sandbox's thread (it allocates a lot), and Qt objects destroyed
    off their thread warn ("Timers cannot be stopped from another thread") or crash; the app
    itself collects on its UI thread only for the same reason (flora_desktop/ui/gc_guard.py).
    Autouse, so it is set up first and torn down last: after pytest-qt has closed the
    test's widgets.

    During the test automatic collection is off, as in the app: any thread's allocations
    (the sandbox's, an executor's) could otherwise start a collection mid-test that frees a
    widget caught in a cycle on that thread. Qt's warning then failed whichever GUI test was
    running (tests/ui/test_gc_off_the_ui_thread.py does it on purpose).

    Only tests marked ``gui`` (they use ``qapp``/``qtbot``, see GUI_FIXTURES) pay for it.
    What survives the first collection is frozen, so neither walks the ~110k objects the
    earlier tests and imports left (a full pass over them took 80–110 ms).
    """
    if request.node.get_closest_marker("gui") is None:
        yield
        return
    gc.collect()
    gc.freeze()
    automatic = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _delete_closed_widgets()
        gc.collect()
        if automatic:
            gc.enable()


@pytest.fixture(autouse=True)
def english_catalogue(request: pytest.FixtureRequest) -> None:
    """GUI tests speak English as the app does: with its catalogue's plural forms ("1 run")."""
    if "qapp" not in request.fixturenames:
        return
    app = request.getfixturevalue("qapp")
    if app.property("floraTranslators"):
        return
    from flora_desktop.ui.language import install_translators

    install_translators(app, "en")
    app.setProperty("floraTranslators", True)


def _delete_closed_widgets() -> None:
    """Carry out the test's ``deleteLater()`` calls (pytest-qt's own close included).

    Outside a running Qt event loop Qt keeps them pending, so closed windows stayed alive
    for the rest of the session (~10k widgets by the end of tests/ui) and every app-wide
    restyle or widget search walked them all.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class _ErrorLogCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_error_logs(request: pytest.FixtureRequest) -> Iterator[None]:
    """An ERROR log from our code fails the test unless it is marked ``allow_error_logs``."""
    collector = _ErrorLogCollector()
    logger = logging.getLogger("flora_desktop")
    logger.addHandler(collector)
    try:
        yield
    finally:
        logger.removeHandler(collector)
    if collector.records and request.node.get_closest_marker("allow_error_logs") is None:
        messages = "\n".join(r.getMessage() for r in collector.records)
        pytest.fail(f"unexpected error logs:\n{messages}")
