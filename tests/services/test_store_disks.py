"""Every local store × bad bytes and bad disks (issue 10, points 2 and 9).

Stores: settings, drafts, presets, history (the output cache and logs have their own tests
below and in ``test_output_cache_limits``). Cases: corrupt and truncated files (hypothesis
mutates a real file the store wrote), a full disk and a read-only disk (a real tmpfs, see
``tests/disk_faults.py``), a folder owned by another user (chown here; a non-root user in a
child process in ``test_foreign_owned_folders_as_another_user``).

The promises checked each time: the store never raises anything but its plain-words error,
never writes over bytes it could not read (they are kept, byte for byte, under a
``.bad-<time>`` name), tells the user once, and what it could read stays readable.
"""

from __future__ import annotations

import asyncio
import errno
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from flora_desktop.services.drafts import DraftStore
from flora_desktop.services.history import HistoryStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.presets import PresetError, PresetStore
from flora_desktop.services.settings import Settings
from flora_desktop.services.store_files import BAD_INFIX, StorageError
from flora_desktop.services.store_notices import StoreNotices
from tests.disk_faults import refuse_writes, small_disk

API = "https://app.flora.ai/api/v1"
TECH = "tech_a"

# --- one adapter per store: write a marker, read it back, name its file -------------------------


@dataclass(frozen=True)
class Store:
    name: str
    file: Callable[[Path], Path]
    write: Callable[[Path, StoreNotices, str], Coroutine[Any, Any, None]]
    read: Callable[[Path, StoreNotices], Coroutine[Any, Any, str | None]]
    # The error a refused write raises (plain words in ``args[0]``).
    refused: type[Exception]


async def _settings_write(root: Path, notices: StoreNotices, marker: str) -> None:
    settings = Settings.load(root / "settings.json", notices)
    settings.set_last_technique(API, marker)
    if settings.session_only is not None:
        raise StorageError(settings.session_only)
    await settings.save()


async def _settings_read(root: Path, notices: StoreNotices) -> str | None:
    return Settings.load(root / "settings.json", notices).last_technique(API)


async def _drafts_write(root: Path, notices: StoreNotices, marker: str) -> None:
    await DraftStore(root, notices).save(TECH, {"marker": marker})


async def _drafts_read(root: Path, notices: StoreNotices) -> str | None:
    draft = await DraftStore(root, notices).load(TECH)
    return None if draft is None else str(draft.get("marker"))


async def _presets_write(root: Path, notices: StoreNotices, marker: str) -> None:
    await PresetStore(root, notices=notices).save(TECH, "look", {"marker": marker})


async def _presets_read(root: Path, notices: StoreNotices) -> str | None:
    presets = await PresetStore(root, notices=notices).load(TECH)
    return str(presets[-1].inputs.get("marker")) if presets else None


async def _history_write(root: Path, notices: StoreNotices, marker: str) -> None:
    async with HistoryStore(root / "history.sqlite3", notices=notices) as store:
        await store.record_start(
            base_url=API, run_id=marker, technique_id=TECH, workspace_id="ws", inputs={}
        )


async def _history_read(root: Path, notices: StoreNotices) -> str | None:
    async with HistoryStore(root / "history.sqlite3", notices=notices) as store:
        runs = await store.search(base_url=API)
    return runs[0].run_id if runs else None


STORES = [
    Store(
        "settings",
        lambda root: root / "settings.json",
        _settings_write,
        _settings_read,
        StorageError,
    ),
    Store(
        "drafts",
        lambda root: DraftStore(root).path_for(TECH),
        _drafts_write,
        _drafts_read,
        StorageError,
    ),
    Store(
        "presets",
        lambda root: PresetStore(root).path_for(TECH),
        _presets_write,
        _presets_read,
        PresetError,
    ),
    Store(
        "history",
        lambda root: root / "history.sqlite3",
        _history_write,
        _history_read,
        StorageError,
    ),
]
STORE_IDS = [s.name for s in STORES]


def _set_aside_copies(path: Path) -> list[Path]:
    # SQLite's -wal/-shm companions travel with the history file they belong to.
    copies = path.parent.glob(path.name + BAD_INFIX + "*")
    return sorted(p for p in copies if not p.name.endswith(("-wal", "-shm")))


# --- corrupt and truncated: hypothesis mutates a file the store itself wrote -------------------


# A recipe, not the bytes: hypothesis shows it (small) when a case fails.
Damage = tuple[str, tuple[int, ...], bytes]

DAMAGE = st.one_of(
    st.tuples(st.just("truncate"), st.tuples(st.integers(0, 10**6)), st.just(b"")),
    st.tuples(
        st.just("flip"),
        st.lists(st.integers(0, 10**6 * 8), min_size=1, max_size=8).map(tuple),
        st.just(b""),
    ),
    st.tuples(
        st.just("overwrite"), st.tuples(st.integers(0, 10**6)), st.binary(min_size=1, max_size=64)
    ),
    st.tuples(st.just("garbage"), st.just(()), st.binary(max_size=512)),
)


def damaged(original: bytes, recipe: Damage) -> bytes:
    """``original`` truncated, with flipped bits, overwritten in part, or replaced."""
    kind, numbers, junk = recipe
    data = bytearray(original)
    if kind == "truncate":
        return bytes(data[: numbers[0] % len(data)])
    if kind == "flip":
        for bit in numbers:
            bit %= len(data) * 8
            data[bit // 8] ^= 1 << (bit % 8)
        return bytes(data)
    if kind == "overwrite":
        start = numbers[0] % len(data)
        data[start : start + len(junk)] = junk
        return bytes(data)
    return junk


@pytest.mark.parametrize("store", STORES, ids=STORE_IDS)
def test_damaged_files_are_kept_aside_never_overwritten(store: Store, tmp_path: Path) -> None:
    template = tmp_path / "template"
    template.mkdir()
    asyncio.run(store.write(template, StoreNotices(), "first"))
    original = store.file(template).read_bytes()
    counter = iter(range(10_000))

    @settings(
        max_examples=25 if store.name == "history" else 60,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(recipe=DAMAGE)
    # Found by hypothesis in CI: the history's schema-format byte flipped ("unsupported file
    # format", SQLITE_ERROR rather than SQLITE_CORRUPT).
    @example(recipe=("flip", (376,), b""))
    def check(recipe: Damage) -> None:
        root = tmp_path / f"case{next(counter)}"
        root.mkdir()
        path = store.file(root)
        bad = damaged(original, recipe)
        path.write_bytes(bad)
        notices = StoreNotices()

        asyncio.run(store.read(root, notices))  # never raises, whatever the bytes
        asyncio.run(store.write(root, notices, "second"))

        assert asyncio.run(store.read(root, StoreNotices())) == "second"
        copies = _set_aside_copies(path)
        if notices.said():
            # Could not read it: the bytes are kept whole, and the notice names the copy.
            (copy,) = copies
            assert copy.read_bytes() == bad
            (said,) = notices.said()
            assert copy.name in said
        else:
            assert copies == []  # it was readable: nothing set aside, nothing said

    check()


@pytest.mark.parametrize("store", STORES, ids=STORE_IDS)
def test_a_file_from_a_newer_version_is_set_aside(store: Store, tmp_path: Path) -> None:
    path = store.file(tmp_path)
    if store.name == "history":
        import sqlite3

        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
    else:
        path.write_text(
            json.dumps(
                {
                    "format": "flora-desktop-presets",
                    "version": 99,
                    "technique_id": TECH,
                    "presets": [],
                    "draft": {},
                }
            )
        )
    before = path.read_bytes()
    notices = StoreNotices()

    asyncio.run(store.read(tmp_path, notices))
    asyncio.run(store.write(tmp_path, notices, "second"))

    (copy,) = _set_aside_copies(path)
    assert copy.read_bytes() == before
    assert len(notices.said()) == 1


# --- a file that cannot even be read: left alone, never written over ------------------------------


@pytest.mark.parametrize("store", STORES, ids=STORE_IDS)
def test_a_file_that_cannot_be_read_is_left_alone(store: Store, tmp_path: Path) -> None:
    # A folder where the file should be: reading it fails (EISDIR) even for root, and a
    # careless store would "repair" it by writing over it.
    path = store.file(tmp_path)
    path.mkdir(parents=True)
    (path / "keep-me").write_text("precious")
    notices = StoreNotices()

    assert asyncio.run(store.read(tmp_path, notices)) is None
    if store.name == "history":
        asyncio.run(store.write(tmp_path, notices, "second"))  # in memory for the session
    else:
        with pytest.raises(store.refused):
            asyncio.run(store.write(tmp_path, notices, "second"))

    assert (path / "keep-me").read_text() == "precious"
    assert len(notices.said()) == 1
    assert "could not be read" in notices.said()[0] or "cannot be saved" in notices.said()[0]


# --- a full disk: the write is refused in words, the old file stays whole ------------------------


@pytest.mark.parametrize("store", STORES, ids=STORE_IDS)
def test_a_full_disk_refuses_in_words_and_keeps_the_old_file(store: Store, tmp_path: Path) -> None:
    with small_disk(tmp_path) as disk:
        asyncio.run(store.write(disk.root, StoreNotices(), "first"))
        disk.fill()
        notices = StoreNotices()

        if store.name == "history":
            # SQLite cannot even open its WAL: the history runs in memory, said once.
            asyncio.run(store.write(disk.root, notices, "second" * 2000))
            (said,) = notices.said()
            assert "The disk is full. Free some space" in said
            assert "forgotten when you quit" in said
        else:
            with pytest.raises(store.refused) as caught:
                asyncio.run(store.write(disk.root, notices, "second" * 2000))
            assert "The disk is full. Free some space" in str(caught.value.args[0])
        disk.free()
        assert asyncio.run(store.read(disk.root, StoreNotices())) == "first"
        assert _set_aside_copies(store.file(disk.root)) == []


# --- a read-only disk -----------------------------------------------------------------------------


@pytest.mark.parametrize("store", STORES, ids=STORE_IDS)
def test_a_read_only_disk_is_said_in_words_and_reading_still_works(
    store: Store, tmp_path: Path
) -> None:
    with small_disk(tmp_path) as disk:
        asyncio.run(store.write(disk.root, StoreNotices(), "first"))
        before = store.file(disk.root).read_bytes()
        disk.read_only()
        notices = StoreNotices()

        assert asyncio.run(store.read(disk.root, notices)) == "first"
        if store.name == "history":
            # SQLite cannot open its WAL there: the history runs in memory, said once.
            asyncio.run(store.write(disk.root, notices, "second"))
            (said,) = notices.said()
            assert "read-only" in said
            assert "forgotten when you quit" in said
        else:
            with pytest.raises(store.refused) as caught:
                asyncio.run(store.write(disk.root, notices, "second"))
            assert "read-only" in str(caught.value.args[0])
        disk.writable()
        assert store.file(disk.root).read_bytes() == before


@pytest.mark.parametrize(("number", "words"), [(errno.ENOSPC, "full"), (errno.EROFS, "read-only")])
@pytest.mark.parametrize("store", [s for s in STORES if s.name != "history"], ids=lambda s: s.name)
def test_the_seam_gives_the_same_words_without_a_mount(
    store: Store, number: int, words: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asyncio.run(store.write(tmp_path, StoreNotices(), "first"))
    with refuse_writes(monkeypatch, number), pytest.raises(store.refused) as caught:
        asyncio.run(store.write(tmp_path, StoreNotices(), "second"))
    assert words in str(caught.value.args[0])
    assert asyncio.run(store.read(tmp_path, StoreNotices())) == "first"


# --- a folder owned by someone else ---------------------------------------------------------------

NOBODY = 65534


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="chown needs root")
def test_a_foreign_owned_settings_folder_gives_session_only_settings(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir(mode=0o755)
    (folder / "settings.json").write_text(json.dumps({"version": 1, "theme": "dark"}))
    os.chown(folder, NOBODY, NOBODY)
    notices = StoreNotices()

    settings = Settings.load(folder / "settings.json", notices)
    settings.theme = "light"
    asyncio.run(settings.save())  # session-only: nothing written, nothing raised

    assert settings.theme == "light"
    assert json.loads((folder / "settings.json").read_text())["theme"] == "dark"
    (said,) = notices.said()
    assert "belongs to another user account" in said
    assert "kept only until you quit" in said
    assert (folder.stat().st_mode & 0o777) == 0o755  # someone else's folder keeps its mode


_AS_ANOTHER_USER = textwrap.dedent(
    """
    import asyncio, json, os, sys
    from pathlib import Path
    import flora_desktop.services.history, flora_desktop.services.logs
    from flora_desktop.services.drafts import DraftStore
    from flora_desktop.services.history import HistoryStore
    from flora_desktop.services.logs import configure_logging, remove_handlers
    from flora_desktop.services.paths import AppPaths
    from flora_desktop.services.presets import PresetError, PresetStore
    from flora_desktop.services.settings import Settings
    from flora_desktop.services.store_notices import StoreNotices
    URL = "https://app.flora.ai/api/v1"

    root = Path(sys.argv[1])
    os.setgid(65534)
    os.setuid(65534)  # from here on a normal user, who does not own ``root``
    paths = AppPaths.under(root)
    result = {"ensure": sorted(str(p) for p in paths.ensure())}
    notices = StoreNotices()
    configure_logging(paths.log_dir, False, notices)
    remove_handlers()
    settings = Settings.load(paths.settings_file, notices)
    result["session_only"] = settings.session_only is not None

    async def stores():
        try:
            await DraftStore(paths.drafts_dir, notices).save("t", {"a": 1})
        except OSError as exc:
            result["draft"] = str(exc)
        try:
            await PresetStore(paths.data_dir / "presets", notices=notices).save("t", "p", {})
        except PresetError as exc:
            result["preset"] = exc.message
        async with HistoryStore.for_paths(paths, notices) as history:
            await history.record_start(
                base_url=URL, run_id="r", technique_id="t", workspace_id="w", inputs={}
            )
            result["history_runs"] = len(await history.search(base_url=URL))

    asyncio.run(stores())
    result["said"] = notices.said()
    print(json.dumps(result))
    """
)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="setuid needs root")
def test_foreign_owned_folders_as_another_user(tmp_path: Path) -> None:
    """A normal user whose app folders belong to root (0o755): nothing crashes, all said."""
    import tempfile

    # Below /tmp, not tmp_path: pytest's folder is private to root, the child must reach it.
    root = Path(tempfile.mkdtemp(prefix="flora-foreign-"))
    try:
        os.chmod(root, 0o755)
        paths = AppPaths.under(root)
        for folder in (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir):
            folder.mkdir(mode=0o755)
        (paths.config_dir / "settings.json").write_text('{"version": 1}')
        child = subprocess.run(
            [sys.executable, "-c", _AS_ANOTHER_USER, str(root)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        assert child.returncode == 0, child.stderr[-3000:]
        result = json.loads(child.stdout)
    finally:
        subprocess.run(["rm", "-rf", str(root)], check=False)
    assert result["ensure"] == []  # the folders exist; their modes are not ours to change
    assert result["session_only"] is True
    assert "not allowed to write" in result["draft"]
    assert "not allowed to write" in result["preset"]
    assert result["history_runs"] == 1  # in memory for the session
    said = "\n".join(result["said"])
    assert "belongs to another user account" in said
    assert "log cannot be written" in said
    assert "run history cannot be saved" in said
    assert "Traceback" not in said


def test_start_up_folders_that_cannot_be_made_do_not_stop_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the folders should go")
    paths = AppPaths.under(blocker)

    problems = paths.ensure()

    assert set(problems) == {paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir}
    notices = StoreNotices()
    settings = Settings.load(paths.settings_file, notices)
    assert settings.session_only is not None
    assert len(notices.said()) == 1


# --- logs ----------------------------------------------------------------------------------------


def test_a_full_disk_drops_log_lines_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import logging

    from flora_desktop.services.logs import configure_logging, remove_handlers

    with small_disk(tmp_path) as disk:
        configure_logging(disk.root / "logs", debug=False)
        try:
            disk.fill()
            for number in range(200):
                logging.getLogger("flora_desktop.test").warning("line %d %s", number, "x" * 500)
        finally:
            remove_handlers()
    # The default handler would print "--- Logging error ---" and a traceback per line.
    assert "Logging error" not in capsys.readouterr().err


def test_a_log_file_that_cannot_be_opened_leaves_stderr_and_says_so(tmp_path: Path) -> None:
    from flora_desktop.services.logs import LOG_FILE_NAME, configure_logging, remove_handlers

    (tmp_path / LOG_FILE_NAME).mkdir()  # something that is not a file sits at its name
    notices = StoreNotices()
    try:
        configure_logging(tmp_path, debug=False, notices=notices)
    finally:
        remove_handlers()
    (said,) = notices.said()
    assert said.startswith("The app's log cannot be written.")
    assert "works as usual without it" in said


# --- drafts: what the editor is told ------------------------------------------------------------


def test_a_draft_that_cannot_be_stored_sets_the_editors_problem_until_a_save_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DraftStore(tmp_path)
    heard: list[tuple[str, str | None]] = []
    store.listen(lambda technique, problem: heard.append((technique, problem)))

    with pytest.raises(StorageError, match="broken character"):
        asyncio.run(store.save(TECH, {"value": "Sp\ud800cial"}))
    assert store.problem(TECH) is not None
    with refuse_writes(monkeypatch, errno.ENOSPC), pytest.raises(StorageError, match="full"):
        asyncio.run(store.save(TECH, {"value": "fine"}))
    asyncio.run(store.save(TECH, {"value": "fine"}))

    assert store.problem(TECH) is None
    assert [technique for technique, _ in heard] == [TECH, TECH, TECH]
    assert heard[-1][1] is None
    assert "could not be saved as a draft" in str(heard[1][1])
