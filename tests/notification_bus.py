"""A private D-Bus session bus with a fake freedesktop Notifications service, for tests.

``dbus-daemon --session`` on its own socket; the fake service (jeepney, in a thread)
records every ``Notify`` call with its signature, answers with an id, or with an error
when told to.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

SERVICE = "org.freedesktop.Notifications"


@dataclass
class FakeNotificationService:
    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    refuse: bool = False
    stopped: threading.Event = field(default_factory=threading.Event)

    def serve(self, address: str, ready: threading.Event) -> None:
        from jeepney import MessageType, new_error, new_method_return
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        with open_dbus_connection(bus=address) as conn:
            conn.send_and_get_reply(message_bus.RequestName(SERVICE))
            ready.set()
            while not self.stopped.is_set():
                try:
                    message = conn.receive(timeout=0.1)
                except TimeoutError:
                    continue
                if message.header.message_type != MessageType.method_call:
                    continue
                member = message.header.fields.get(3)  # HeaderFields.member
                signature = message.header.fields.get(8, "")  # HeaderFields.signature
                if member != "Notify":
                    continue
                self.calls.append((signature, tuple(message.body)))
                if self.refuse:
                    conn.send(new_error(message, "org.example.Refused", "s", ("no",)))
                else:
                    conn.send(new_method_return(message, "u", (len(self.calls),)))


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh session bus; DBUS_SESSION_BUS_ADDRESS points at it for the test."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("needs dbus-daemon (scripts/test installs dbus)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)
        daemon.stdout.close()


@pytest.fixture
def notification_service(session_bus: str) -> Iterator[FakeNotificationService]:
    service = FakeNotificationService()
    ready = threading.Event()
    thread = threading.Thread(target=service.serve, args=(session_bus, ready), daemon=True)
    thread.start()
    assert ready.wait(10), "the fake notification service did not start"
    try:
        yield service
    finally:
        service.stopped.set()
        thread.join(5)
