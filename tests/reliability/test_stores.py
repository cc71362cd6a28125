"""The local stores against bad bytes and bad disks, through the real app (issue 10, point 2).

Damaged history databases and unusable config folders run the real app in a child process
(``harness.py``); a draft on a full disk and presets with values JSON cannot hold run the
real page and store in-process. Disks are a real tmpfs, filled up or mounted read-only
(``tests/disk_faults.py``): tests run as root, and root ignores file modes but not those.
The class of each case is covered in ``tests/services/test_store_disks.py`` (every store ×
damaged / truncated / newer / full / read-only / foreign-owned, hypothesis for the bytes).
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.drafts import DraftStore
from flora_desktop.services.presets import PresetError, PresetStore
from flora_desktop.services.store_notices import StoreNotices
from tests.disk_faults import small_disk
from tests.reliability.conftest import (
    AppProcess,
    MakePage,
    Observe,
    assert_plain,
    child_env,
    sandbox_get,
)
from tests.reliability.test_bad_input import open_technique
from tests.ui.conftest import wait_until
from tests.ui.test_launcher import IMAGE, fill

TECH = "tech_moodboard"


# --- the run history ------------------------------------------------------------------------------


def _history_file(home: Path) -> Path:
    return home / "flora" / "data" / "history.sqlite3"


def _damage_history(path: Path, how: str) -> bytes:
    """A history file that was real, then damaged the way ``how`` says."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE runs (run_id TEXT)")
    conn.executemany("INSERT INTO runs VALUES (?)", [(f"run_{n}",) for n in range(500)])
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    if how == "garbled":
        data[4096:8192] = os.urandom(4096)  # a whole page of noise
    elif how == "truncated":
        data = data[: len(data) // 3 + 7]
    else:  # a bad header: not even "SQLite format 3"
        data[:16] = b"NOT A DATABASE!\0"
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize("how", ["garbled", "truncated", "bad-header"])
def test_a_damaged_history_is_set_aside_and_new_runs_are_watched(
    sandbox: SandboxServer, tmp_path: Path, observe: Observe, how: str
) -> None:
    env = child_env(tmp_path, FLORA_API_KEY=sandbox.api_key)
    history = _history_file(tmp_path)
    damaged = _damage_history(history, how)

    starting = AppProcess.start(env, "inflight", sandbox.api_url)
    try:
        run_id = starting.expect("STARTED ")
        stderr = starting.kill()
    finally:
        starting.ensure_dead()
    resuming = AppProcess.start(env, "resume", sandbox.api_url, run_id)
    try:
        watched = resuming.expect("WATCHING ")
        _out, stderr2 = resuming.finish()
    finally:
        resuming.ensure_dead()

    kept = [
        p
        for p in history.parent.glob("history.sqlite3.bad-*")
        if p.name[-4:] not in ("-wal", "-shm")
    ]
    assert len(kept) == 1, sorted(p.name for p in history.parent.iterdir())
    assert kept[0].read_bytes() == damaged
    assert watched == run_id
    # Set aside once, at the first start; the second start finds a good file.
    assert stderr.count("kept it as history.sqlite3.bad-") == 1
    assert "kept it as" not in stderr2
    # No crash dialog (its handler logs "unexpected error") and no ERROR at all.
    assert "unexpected error" not in stderr + stderr2
    assert " ERROR " not in stderr + stderr2
    assert len(sandbox_get(sandbox, "runs")) == 1
    damage = {
        "garbled": "has a page of random bytes",
        "truncated": "is cut to a third of its length",
        "bad-header": "has a broken header",
    }[how]
    observe(
        "store",
        f"The run history database {damage} when the app starts; a run is started, the app "
        "killed and started again",
        "once, in the start-up notice: “Your run history could not be read (the file is "
        f"damaged or from another version). It was kept as “{kept[0].name}” …; FLORA Desktop "
        "goes on without it.”",
        "damaged file kept byte for byte; no crash dialog; the new run is recorded and "
        "watched again after the restart; 1 run",
    )


# --- a config folder the app cannot write --------------------------------------------------------


def _settings(home: Path) -> Path:
    return home / "flora" / "config" / "settings.json"


def _start_and_read(env: dict[str, str], sandbox: SandboxServer) -> tuple[dict[str, Any], str]:
    reading = AppProcess.start(env, "read", sandbox.api_url)
    try:
        shown = json.loads(reading.expect("READ "))
        _out, stderr = reading.finish()
    finally:
        reading.ensure_dead()
    assert reading.process.returncode == 0, stderr[-3000:]
    return shown, stderr


def test_the_app_starts_with_a_read_only_config_folder(
    sandbox: SandboxServer, tmp_path: Path, observe: Observe
) -> None:
    env = child_env(tmp_path, FLORA_API_KEY=sandbox.api_key)
    config = _settings(tmp_path).parent
    with small_disk(config.parent, "config") as disk:
        _settings(tmp_path).write_text(json.dumps({"version": 1, "theme": "dark"}))
        before = _settings(tmp_path).read_bytes()
        disk.read_only()

        shown, stderr = _start_and_read(env, sandbox)

        assert _settings(tmp_path).read_bytes() == before
    assert shown["rows"]  # the window came up and worked
    assert "unexpected error" not in stderr
    assert " ERROR " not in stderr
    assert stderr.count("settings are session-only") == 1
    assert "read-only" in stderr
    observe(
        "store",
        "The settings folder is on a read-only disk (a tmpfs mounted ro; refused even to root)",
        "once: “The disk holding … is read-only. … Your settings work as usual but are kept only "
        "until you quit.” (also in Settings…)",
        "the window opens and works; settings.json read, never written; no traceback",
    )


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="chown needs root")
def test_the_app_starts_with_a_config_folder_owned_by_someone_else(
    sandbox: SandboxServer, tmp_path: Path, observe: Observe
) -> None:
    env = child_env(tmp_path, FLORA_API_KEY=sandbox.api_key)
    config = _settings(tmp_path).parent
    config.mkdir(parents=True)
    _settings(tmp_path).write_text(json.dumps({"version": 1, "theme": "dark"}))
    os.chown(config, 65534, 65534)
    os.chmod(config, 0o755)
    before = _settings(tmp_path).read_bytes()

    shown, stderr = _start_and_read(env, sandbox)

    assert shown["rows"]
    assert _settings(tmp_path).read_bytes() == before
    assert (config.stat().st_mode & 0o777) == 0o755  # not chmod-ed: not ours
    assert "unexpected error" not in stderr
    assert " ERROR " not in stderr
    assert stderr.count("settings are session-only") == 1
    assert "belongs to another user account" in stderr
    observe(
        "store",
        "The settings folder belongs to another user account (chown to uid 65534)",
        "once: “The folder … belongs to another user account. Your settings work as usual but "
        "are kept only until you quit.”",
        "the window opens; no chmod of someone else's folder; settings.json never written; "
        "no traceback (a non-root user is covered in tests/services/test_store_disks.py)",
    )


# --- drafts on a full disk ------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_draft_that_cannot_be_saved_says_so_on_the_editor(
    sandbox: SandboxServer, make_page: MakePage, qtbot: Any, tmp_path: Path, observe: Observe
) -> None:
    page = await make_page(start=False)
    data_dir = page._drafts.directory.parent
    with small_disk(data_dir.parent, data_dir.name) as disk:
        await page.start()
        await open_technique(page, qtbot, "CCTV Cam")
        drafts: DraftStore = page._drafts
        draft_file = drafts.path_for(page.technique.technique_id)
        fill(page, "input_image", IMAGE)
        await wait_until(lambda: draft_file.exists() and IMAGE in draft_file.read_text())
        disk.fill()
        newer = IMAGE + "?v=2"

        fill(page, "input_image", newer)
        notice = page.tools.notice
        await wait_until(lambda: "could not be saved as a draft" in notice.full_text())

        said = notice.full_text()
        assert_plain(said)
        assert "The disk is full" in said
        assert notice.property("problem") is True
        assert IMAGE in draft_file.read_text()  # the older draft is whole
        assert page.editor.draft() != {}  # what was typed stays on screen

        disk.free()
        fill(page, "input_image", newer + "&v=3")
        await wait_until(lambda: "saved as a draft again" in notice.full_text())
        assert "v=3" in draft_file.read_text()
    await make_page.close_all()
    observe(
        "store",
        "The disk fills up while typing (the draft's folder on a full tmpfs), then space is freed",
        f"on the editor, until a save works: “{said}”; then “Your changes are saved as a draft "
        "again.”",
        "older draft whole on disk; typing kept on screen; the next save after freeing space "
        "writes the newest typing",
    )


# --- presets --------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_presets_refuse_values_json_cannot_hold_and_keep_a_damaged_file(
    tmp_path: Path, observe: Observe
) -> None:
    notices = StoreNotices()
    store = PresetStore(tmp_path / "presets", notices=notices)
    for name in ("Dusk", "Dawn", "Noon"):
        await store.save(TECH, name, {"prompt": name, "strength": 0.5})
    before = store.path_for(TECH).read_bytes()

    refused = []
    for value in (math.inf, math.nan, "Sp\ud800cial"):
        with pytest.raises(PresetError) as caught:
            await store.save(TECH, "Broken", {"prompt": "x", "strength": value})
        refused.append(caught.value.message)
    assert store.path_for(TECH).read_bytes() == before
    assert [p.name for p in await store.load(TECH)] == ["Dusk", "Dawn", "Noon"]

    # Then the file is damaged (a bit flipped in its text): the next save keeps it aside.
    flipped = bytearray(before)
    flipped[len(flipped) // 2] ^= 0x80
    store.path_for(TECH).write_bytes(bytes(flipped))
    await store.save(TECH, "Later", {"prompt": "later"})
    (kept,) = store.path_for(TECH).parent.glob("*.bad-*")
    assert kept.read_bytes() == bytes(flipped)
    (said,) = notices.said()
    for message in [*refused, said]:
        assert_plain(message)
    observe(
        "store",
        "Saving a preset whose value is 1e309 (infinity), NaN or a lone surrogate; then a "
        "bit-flipped presets file and another save",
        f"{refused[0]} / {refused[2]} Then, once: “{said}”",
        "nothing written for the refused values (3 earlier presets intact); the damaged file is "
        "kept byte for byte before the new one is written",
    )
