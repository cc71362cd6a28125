"""Drafts: round-trip per technique, crash safety, and hostile technique ids."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from flora_desktop.services.drafts import DraftStore

REPO_ROOT = Path(__file__).resolve().parents[2]
DRAFT_A: dict[str, Any] = {"rows": [{"key": "prompt", "value": "a fox, é ✓"}], "mode": "table"}
DRAFT_B: dict[str, Any] = {"rows": [{"key": "image", "value": "https://example.com/x.png"}]}


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


@pytest.mark.asyncio
async def test_round_trip_per_technique(store: DraftStore) -> None:
    await store.save("tech_a", DRAFT_A)
    await store.save("tech_b", DRAFT_B)

    assert await store.load("tech_a") == DRAFT_A
    assert await store.load("tech_b") == DRAFT_B
    assert await DraftStore(store.directory).load("tech_a") == DRAFT_A  # after a "restart"


@pytest.mark.asyncio
async def test_no_draft_is_none_and_delete_forgets(store: DraftStore) -> None:
    assert await store.load("tech_a") is None
    await store.delete("tech_a")  # nothing there: fine

    await store.save("tech_a", DRAFT_A)
    await store.delete("tech_a")

    assert await store.load("tech_a") is None
    assert list(store.directory.iterdir()) == []


@pytest.mark.asyncio
async def test_later_save_wins_and_snapshot_is_taken_at_call(store: DraftStore) -> None:
    draft: dict[str, Any] = {"value": 1}
    first = asyncio.ensure_future(store.save("tech_a", draft))
    await asyncio.sleep(0)  # the first save is now in flight
    draft["value"] = 2  # and the editor keeps editing
    second = asyncio.ensure_future(store.save("tech_a", draft))
    await asyncio.sleep(0)
    draft["value"] = 3
    await asyncio.gather(first, second)

    assert await store.load("tech_a") == {"value": 2}


HOSTILE_IDS = [
    "../../escape",
    "..",
    ".",
    "/etc/passwd",
    "a/b/c",
    "..\\..\\windows",
    "C:\\temp\\x",
    "con",
    "nul.txt",
    "tech\x00null",
    "x" * 5000,
    "émoji 🎨 technique",
    "Tech_A",
    "tech_a",
    ".hidden",
    "~",
    "$HOME",
]


@pytest.mark.asyncio
async def test_hostile_ids_stay_inside_the_folder_and_stay_apart(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "home" / "drafts")

    for index, technique_id in enumerate(HOSTILE_IDS):
        await store.save(technique_id, {"index": index})

    for index, technique_id in enumerate(HOSTILE_IDS):
        assert await store.load(technique_id) == {"index": index}
    files = list(store.directory.iterdir())
    assert len(files) == len(HOSTILE_IDS)  # case-only differences get files of their own
    for path in files:
        assert path.parent == store.directory
        assert path.name.endswith(".json")
        assert not path.name.startswith(".")
        assert len(path.name) < 100
    # Nothing was written anywhere else below the test's folder.
    assert _folders_below(tmp_path) == [Path("home"), Path("home/drafts")]


@pytest.mark.asyncio
async def test_empty_id_is_refused(store: DraftStore) -> None:
    with pytest.raises(ValueError, match="empty"):
        await store.save("", DRAFT_A)


@pytest.mark.parametrize(
    "content",
    [b'{"version": 1, "technique_id": "tech_a", "draft": {"rows": [', b"\xff\xfe", b"[]", b"{}"],
    ids=["torn", "not-utf8", "a-list", "no-fields"],
)
@pytest.mark.asyncio
async def test_unreadable_draft_is_set_aside_and_said_once(
    store: DraftStore, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    store.directory.mkdir(parents=True)
    store.path_for("tech_a").write_bytes(content)

    with caplog.at_level(logging.WARNING, logger="flora_desktop.services.store_files"):
        assert await store.load("tech_a") is None

    assert any("kept it as" in r.getMessage() for r in caplog.records)
    (kept,) = store.directory.glob("*.bad-*")
    assert kept.read_bytes() == content
    (said,) = store.notices.said()
    assert kept.name in said
    await store.save("tech_a", DRAFT_A)  # and the next save repairs it
    assert await store.load("tech_a") == DRAFT_A


@pytest.mark.asyncio
async def test_a_file_of_another_technique_is_not_returned(store: DraftStore) -> None:
    await store.save("tech_b", DRAFT_B)
    store.path_for("tech_b").rename(store.path_for("tech_a"))

    assert await store.load("tech_a") is None


@pytest.mark.asyncio
async def test_a_leftover_temp_file_is_ignored(store: DraftStore) -> None:
    await store.save("tech_a", DRAFT_A)
    leftover = store.directory / f".{store.path_for('tech_a').name}.abc123.tmp"
    leftover.write_bytes(b'{"version": 1, "technique_id": "tech_a", "dra')

    assert await store.load("tech_a") == DRAFT_A
    await store.save("tech_a", DRAFT_B)
    assert await store.load("tech_a") == DRAFT_B


# Runs in a child process: saves a draft, and is SIGKILLed after the new content is
# written and fsynced to the temp file but before it replaces the old draft.
_CRASHING_SAVE = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    from pathlib import Path
    from flora_desktop.services.drafts import DraftStore

    def killed_before_replace(src, dst):
        os.kill(os.getpid(), signal.SIGKILL)

    os.replace = killed_before_replace
    asyncio.run(DraftStore(Path(sys.argv[1])).save("tech_a", {"rows": ["new"]}))
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.asyncio
async def test_a_crash_before_the_replace_leaves_the_old_draft_whole(store: DraftStore) -> None:
    await store.save("tech_a", DRAFT_A)

    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _CRASHING_SAVE,
        str(store.directory),
        cwd=REPO_ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await asyncio.wait_for(child.communicate(), timeout=60)

    assert child.returncode == -signal.SIGKILL, stderr.decode()
    leftovers = [p for p in store.directory.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1  # the crash happened mid-save
    assert json.loads(leftovers[0].read_bytes())["draft"] == {"rows": ["new"]}
    restarted = DraftStore(store.directory)
    assert await restarted.load("tech_a") == DRAFT_A
    await restarted.save("tech_a", DRAFT_B)
    assert await restarted.load("tech_a") == DRAFT_B


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.asyncio
async def test_draft_files_are_private(store: DraftStore) -> None:
    await store.save("tech_a", DRAFT_A)

    assert store.path_for("tech_a").stat().st_mode & 0o077 == 0
    assert store.directory.stat().st_mode & 0o077 == 0


def _folders_below(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_dir())
