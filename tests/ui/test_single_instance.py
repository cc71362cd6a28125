"""One instance per data folder: the lock, the hand-over line, and a crash's leftovers."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from flora_desktop.ui.single_instance import (
    SingleInstance,
    absolute_arguments,
    server_name,
)
from tests.ui.conftest import Wait

# Marked here, not only by tests/conftest.py's collection hook: pytest-asyncio 1.5 picks the
# loop (qasync for "gui") before that hook runs, and these tests need Qt's socket events.
pytestmark = pytest.mark.gui

FORWARD = """
import sys
from pathlib import Path
from flora_desktop.ui.single_instance import AnotherInstanceIsNotAnswering, SingleInstance

instance = SingleInstance(Path(sys.argv[1]))
if instance.acquire():
    sys.exit(3)  # it should not have been first
try:
    instance.forward(sys.argv[3:], float(sys.argv[2]))
except AnotherInstanceIsNotAnswering:
    sys.exit(4)
"""


async def forward(config_dir: Path, arguments: list[str], wait_s: float = 5.0) -> int:
    """A later launch, as its own process (the lock and socket are per process)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", FORWARD, str(config_dir), str(wait_s), *arguments
    )
    return await process.wait()


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    return folder


@pytest.mark.asyncio
async def test_the_second_instance_hands_its_files_to_the_first(
    config_dir: Path, wait: Wait, qtbot: QtBot
) -> None:
    first = SingleInstance(config_dir)
    assert first.acquire()
    received: list[list[str]] = []
    first.serve().arguments_received.connect(received.append)
    try:
        assert not SingleInstance(config_dir).acquire()
        files = ["/home/a/Ünïcode presets.florapreset", "--sandbox"]
        assert await forward(config_dir, files) == 0
        await wait(lambda: received)
        assert received == [files]
    finally:
        first.release()
    # Released: the next launch is first again.
    third = SingleInstance(config_dir)
    assert third.acquire()
    third.release()


@pytest.mark.asyncio
async def test_a_socket_file_left_by_a_crash_does_not_stop_the_next_start(
    config_dir: Path, wait: Wait, qtbot: QtBot
) -> None:
    name = server_name(config_dir)
    path = Path(tempfile.gettempdir()) / name
    # What a crashed instance leaves: a socket file nobody listens on.
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(str(path))
    leftover.close()
    assert path.exists()
    first = SingleInstance(config_dir)
    assert first.acquire()
    received: list[list[str]] = []
    first.serve().arguments_received.connect(received.append)
    try:
        assert await forward(config_dir, ["a.florapreset"]) == 0
        await wait(lambda: received)
    finally:
        first.release()


@pytest.mark.asyncio
async def test_a_holder_that_does_not_answer_is_reported(config_dir: Path, qtbot: QtBot) -> None:
    holder = SingleInstance(config_dir)
    assert holder.acquire()  # holds the lock but never serves (hung at start-up)
    try:
        assert await forward(config_dir, [], wait_s=0.5) == 4  # not answering
    finally:
        holder.release()


@pytest.mark.asyncio
async def test_a_running_instance_socket_is_never_removed_by_a_later_launch(
    config_dir: Path, wait: Wait, qtbot: QtBot
) -> None:
    first = SingleInstance(config_dir)
    assert first.acquire()
    received: list[list[str]] = []
    first.serve().arguments_received.connect(received.append)
    try:
        # A later launch does not get the lock, so it never serves and never removes anything.
        assert await forward(config_dir, ["one"]) == 0
        assert await forward(config_dir, ["two"]) == 0
        await wait(lambda: len(received) == 2)
    finally:
        first.release()


def test_relative_paths_are_made_absolute_for_the_first_instance(tmp_path: Path) -> None:
    (tmp_path / "p.florapreset").write_text("{}")
    arguments = absolute_arguments(["p.florapreset", "--debug", "missing.florapreset"], tmp_path)
    # A missing file too: the first instance runs elsewhere and may have one of that name.
    assert arguments == [
        str(tmp_path / "p.florapreset"),
        "--debug",
        str(tmp_path / "missing.florapreset"),
    ]


def test_separate_data_folders_are_separate_instances(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert str(os.getuid()) in server_name(tmp_path / "a")
    assert len(str(Path(tempfile.gettempdir()) / server_name(tmp_path / "a"))) < 100  # sun_path


def test_a_lock_from_another_computer_is_named_not_waited_on(tmp_path: Path) -> None:
    # A home folder shared over the network, or this computer renamed after a crash: Qt
    # cannot check a process on another host, so the lock is never taken over.
    config = tmp_path / "home" / "config"
    config.mkdir(parents=True)
    (config / "instance.lock").write_text("4242\nflora-desktop\nstudio-mac-07\n")
    assert SingleInstance(config).holder_host() == "studio-mac-07"
    done = subprocess.run(
        [sys.executable, "-m", "flora_desktop", "--sandbox"],
        env={**os.environ, "FLORA_DESKTOP_HOME": str(tmp_path / "home"),
             "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    # What to do, here: not "end it in your system monitor" (it does not run here).
    assert "another computer (studio-mac-07)" in done.stderr
    assert str(config / "instance.lock") in done.stderr
    assert "system monitor" not in done.stderr


def test_this_computers_own_lock_has_no_other_holder(config_dir: Path) -> None:
    holder = SingleInstance(config_dir)
    assert holder.acquire()
    try:
        assert SingleInstance(config_dir).holder_host() is None
    finally:
        holder.release()


@pytest.mark.asyncio
async def test_the_socket_is_in_the_users_runtime_folder_not_the_shared_temp(
    tmp_path: Path, config_dir: Path, wait: Wait, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In the shared temp folder another local user can take the name first (the app then
    # cannot listen, and later launches hand their file paths to that user's socket).
    # Short, as real runtime folders are (/run/user/1000): a socket path must fit sun_path,
    # which pytest's own temp folders (under xdist) do not.
    runtime = Path(tempfile.mkdtemp(prefix="fd-run-"))  # mode 0o700, as a runtime folder
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert server_name(config_dir).startswith(str(runtime) + os.sep)
    # A runtime folder whose path would not fit sun_path: the temp folder, as before.
    assert os.sep not in server_name(config_dir, {"XDG_RUNTIME_DIR": "/" + "r" * 120})
    assert os.sep not in server_name(config_dir, {"XDG_RUNTIME_DIR": "relative"})
    first = SingleInstance(config_dir)
    assert first.acquire()
    received: list[list[str]] = []
    first.serve().arguments_received.connect(received.append)
    try:
        assert os.listdir(runtime)  # the socket file
        assert await forward(config_dir, ["a.florapreset"]) == 0  # inherits the variable
        await wait(lambda: received)
    finally:
        first.release()
