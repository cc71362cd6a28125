"""Pytest plugin: a real gnome-keyring Secret Service on a private D-Bus, and keyring backends.

Register it in the root conftest (``pytest_plugins = ["tests.keyring_fixtures"]``) or
with ``-p tests.keyring_fixtures``. Nothing here touches the caller's own keyring: the
bus, HOME and XDG folders are throwaway ones, and the bus activates no services.
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

_KEYRING_PASSWORD = b"flora-desktop-test-keyring"
_READY_TIMEOUT_S = 15.0
_POLL_INTERVAL_S = 0.02
_STOP_TIMEOUT_S = 5.0
# A session bus that only routes messages: no .service files, so nothing is ever
# auto-started (not a second keyring daemon, not a GUI prompter that could hang).
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={socket_dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass
class SecretServiceProcesses:
    """A private ``dbus-daemon`` and a ``gnome-keyring-daemon`` serving Secret Service on it."""

    root: Path
    bus_address: str = ""
    env: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _logs: list[IO[bytes]] = field(default_factory=list)

    def start(self, *, unlock: bool = True) -> None:
        home = self.root / "home"
        runtime = self.root / "run"
        for directory in (home, runtime):
            directory.mkdir(mode=0o700, parents=True)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "LANG": "C.UTF-8",
        }
        config = self.root / "bus.conf"
        config.write_text(_BUS_CONFIG.format(socket_dir=runtime))
        bus = self._spawn(
            "dbus",
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
        )
        assert bus.stdout is not None
        # dbus-daemon prints its address once it listens; an empty line means it died.
        self.bus_address = bus.stdout.readline().decode().strip()
        bus.stdout.close()
        if not self.bus_address:
            self._fail("dbus-daemon did not start")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
        keyring_args = ["gnome-keyring-daemon", "--foreground", "--components=secrets"]
        daemon = self._spawn(
            "gnome-keyring",
            [*keyring_args, "--unlock"] if unlock else keyring_args,
            stdin=subprocess.PIPE,
        )
        assert daemon.stdin is not None
        # --unlock reads the login keyring's password from stdin; a fresh HOME creates it.
        if unlock:
            daemon.stdin.write(_KEYRING_PASSWORD)
        daemon.stdin.close()
        self._wait_until_ready(daemon, unlocked=unlock)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(_STOP_TIMEOUT_S)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(_STOP_TIMEOUT_S)
        self.processes.clear()
        for log in self._logs:
            log.close()
        self._logs.clear()

    def lock_default_collection(self) -> None:
        """Lock the login keyring, as after a screen lock; nothing can unlock it (no prompter)."""
        import secretstorage

        with _bus_env(self.bus_address), contextlib.closing(secretstorage.dbus_init()) as bus:
            secretstorage.get_default_collection(bus).lock()

    def _spawn(self, name: str, args: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        log = (self.root / f"{name}.log").open("wb")
        self._logs.append(log)
        process = subprocess.Popen(args, env=self.env, stderr=log, **kwargs)
        self.processes.append(process)
        return process

    def _wait_until_ready(self, daemon: subprocess.Popen[bytes], *, unlocked: bool) -> None:
        import secretstorage

        deadline = time.monotonic() + _READY_TIMEOUT_S
        with _bus_env(self.bus_address):
            while time.monotonic() < deadline:
                if daemon.poll() is not None:
                    self._fail(f"gnome-keyring-daemon exited with {daemon.returncode}")
                with contextlib.closing(secretstorage.dbus_init()) as bus:
                    # The private bus activates nothing, so "available" means "running".
                    if secretstorage.check_service_availability(bus):
                        if not unlocked:
                            return
                        with contextlib.suppress(secretstorage.exceptions.SecretStorageException):
                            if not secretstorage.get_default_collection(bus).is_locked():
                                return
                time.sleep(_POLL_INTERVAL_S)
        self._fail(f"the Secret Service did not answer within {_READY_TIMEOUT_S} s")

    def _fail(self, reason: str) -> None:
        logs = "\n".join(
            f"--- {path.name}:\n{path.read_text(errors='replace')[-2000:]}"
            for path in sorted(self.root.glob("*.log"))
        )
        self.stop()
        pytest.fail(f"could not start a test Secret Service: {reason}\n{logs}", pytrace=False)


@contextlib.contextmanager
def _bus_env(address: str) -> Iterator[None]:
    # secretstorage and jeepney read DBUS_SESSION_BUS_ADDRESS when they connect.
    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        yield
    finally:
        if saved is None:
            del os.environ["DBUS_SESSION_BUS_ADDRESS"]
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved


def _require_secret_service_tools() -> None:
    """Skip where the daemons are missing, except under CI, where the test script installs them."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the Secret Service (gnome-keyring on D-Bus) exists on Linux only")
    missing = [tool for tool in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(tool)]
    if not missing:
        return
    message = (
        f"{' and '.join(missing)} not found: install the gnome-keyring and dbus packages "
        "to run the real Secret Service tests"
    )
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI must run them)", pytrace=False)
    pytest.skip(message)


def start_secret_service(root: Path, *, unlock: bool = True) -> SecretServiceProcesses:
    _require_secret_service_tools()
    service = SecretServiceProcesses(root)
    service.start(unlock=unlock)
    return service


@pytest.fixture(scope="session")
def secret_service() -> Iterator[str]:
    """A running, unlocked gnome-keyring Secret Service; yields its D-Bus address."""
    _require_secret_service_tools()
    # A short path: D-Bus socket paths must fit in sun_path (108 bytes).
    with tempfile.TemporaryDirectory(prefix="flora-ss-") as root:
        service = start_secret_service(Path(root))
        try:
            yield service.bus_address
        finally:
            service.stop()


@pytest.fixture
def locked_secret_service() -> Iterator[str]:
    """A Secret Service of its own whose login keyring is locked; yields its D-Bus address."""
    _require_secret_service_tools()
    with tempfile.TemporaryDirectory(prefix="flora-ssl-") as root:
        service = start_secret_service(Path(root))
        try:
            service.lock_default_collection()
            yield service.bus_address
        finally:
            service.stop()
            _collect_leaked_sockets()


def _collect_leaked_sockets() -> None:
    # keyring's Secret Service backend leaves its D-Bus socket open when the collection is
    # locked (it raises before its ``closing``). Collect those here, quietly, rather than
    # let their ResourceWarning fail whichever later test happens to run the collector.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


@pytest.fixture
def keyring_backend(secret_service: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """``keyring``'s Secret Service backend bound to the test bus; removes what the test added."""
    import keyring.backends.SecretService
    import secretstorage

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service)

    def items() -> list[secretstorage.Item]:
        with contextlib.closing(secretstorage.dbus_init()) as bus:
            return list(secretstorage.get_default_collection(bus).get_all_items())

    before = {item.item_path for item in items()}
    # Any: keyring's backend classes have untyped constructors.
    backend_class: Any = keyring.backends.SecretService.Keyring
    yield backend_class()
    # The test may have pointed the bus elsewhere; clean up on the test bus regardless.
    with _bus_env(secret_service), contextlib.closing(secretstorage.dbus_init()) as bus:
        for item in secretstorage.get_default_collection(bus).get_all_items():
            if item.item_path not in before:
                item.delete()


@pytest.fixture
def no_keyring_backend() -> Any:
    """The backend ``keyring`` falls back to when no keyring exists: every call raises."""
    import keyring.backends.fail

    backend_class: Any = keyring.backends.fail.Keyring  # untyped constructor
    return backend_class()
