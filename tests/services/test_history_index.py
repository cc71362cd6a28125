"""The search index where SQLite cannot keep it (no FTS5, no trigram): the history still works.

An SQLite without FTS5 or without the trigram tokenizer is played two ways, both real:
- the probe (``history_index._sqlite_can_index``) answers False: this SQLite will not make
  the index, and drops one it finds;
- a file's index renamed to a module or tokenizer no SQLite has (``nofts5``, ``notrigram``):
  this SQLite then fails on it exactly as an old one fails on ``fts5``/``trigram``: "no such
  module", "no such tokenizer", at every write of a run through the triggers.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from flora_desktop.api import RunStatus
from flora_desktop.services import history_index, history_search
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore, scope_of
from flora_desktop.services.history_index import create_search_index, search_index_fits
from flora_desktop.services.history_schema import LATEST_VERSION, connect, schema_version
from flora_desktop.services.history_search import match_expression
from flora_desktop.services.store_notices import StoreNotices
from tests.disk_faults import small_disk

BASE = "http://127.0.0.1:1/api/v1"
T0 = 1_700_000_000.0


@pytest.fixture(autouse=True)
def small_window(monkeypatch: pytest.MonkeyPatch) -> None:
    # A window of 3 rows: searches past it go to the index, or read the rows without one.
    monkeypatch.setattr(history_search, "RECENT_WINDOW", 3)


class Probe:
    """What this SQLite says it can do; ``can`` False plays one without FTS5 or trigram."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.can = True
        monkeypatch.setattr(history_index, "_sqlite_can_index", lambda: self.can)


@pytest.fixture
def probe(monkeypatch: pytest.MonkeyPatch) -> Probe:
    return Probe(monkeypatch)


def _search_objects(path: Path) -> list[str]:
    raw = sqlite3.connect(path)
    try:
        rows = raw.execute(
            f"SELECT name FROM sqlite_master WHERE {history_index.SEARCH_OBJECTS} ORDER BY name"
        ).fetchall()
    finally:
        raw.close()
    return [str(r[0]) for r in rows]


def _set_aside(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".bad" in p.name]


async def _fill(store: HistoryStore, first: int, count: int, word: str = "harbour") -> None:
    for i in range(first, first + count):
        await store.record_start(
            base_url=BASE,
            run_id=f"run_{i}",
            technique_id="tech_a",
            technique_name="Poster Maker",
            workspace_id="ws_1",
            inputs={"prompt": f"{word} {i}"},
            started_at=T0 + i,
        )


async def _check_answers(store: HistoryStore, total: int, fresh: str) -> None:
    """Every run still found, by the index or by reading rows: the same answers."""
    assert await store.count(base_url=BASE) == total
    assert await store.count(base_url=BASE, text="harbour") == total - 1
    found = await store.search(base_url=BASE, text="harbour 3")
    assert [r.run_id for r in found] == ["run_3"]
    found = await store.search(base_url=BASE, text=fresh)
    assert [r.run_id for r in found] == ["run_new"]
    page = await store.page(base_url=BASE, text="poster", limit=2)
    assert page.total == total - 1


def _unloadable(path: Path, how: str) -> None:
    """Make the file's index one this SQLite cannot load, as an old SQLite finds ours."""
    old, new = {
        "no fts5": ("USING fts5(", "USING nofts5("),
        "no trigram": ("'trigram'", "'notrigram'"),
    }[how]
    raw = sqlite3.connect(path)
    try:
        raw.execute("PRAGMA writable_schema = ON")
        raw.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = 'runs_search'",
            (old, new),
        )
        raw.commit()
    finally:
        raw.close()
    # The state an old SQLite meets: every write of a run fails through the triggers.
    raw = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.OperationalError, match=r"no such (module|tokenizer)"):
            raw.execute("UPDATE runs SET error_message = 'x' WHERE rowid = 1")
    finally:
        raw.close()


@pytest.mark.asyncio
async def test_where_sqlite_cannot_index_a_new_history_is_v5_without_it(
    tmp_path: Path, probe: Probe
) -> None:
    probe.can = False
    path = tmp_path / HISTORY_FILE_NAME
    notices = StoreNotices()
    async with HistoryStore(path, notices=notices) as store:
        await _fill(store, 0, 8)
        await _fill(store, 100, 1, word="lighthouse")
        await store.record_start(
            base_url=BASE, run_id="run_new", technique_id="tech_b", workspace_id="ws_1",
            inputs={"prompt": "dusk"}, started_at=T0 - 1,
        )  # fmt: skip
        assert await store.count(base_url=BASE, text="harbour") == 8
        assert [r.run_id for r in await store.search(base_url=BASE, text="lighthouse")] == [
            "run_100"
        ]
        assert [r.run_id for r in await store.search(base_url=BASE, text="dusk")] == ["run_new"]
    assert _search_objects(path) == []
    conn = connect(path)
    assert schema_version(conn) == LATEST_VERSION
    conn.close()
    assert notices.said() == []
    assert _set_aside(tmp_path) == []


@pytest.mark.asyncio
async def test_a_version_4_file_opened_where_sqlite_cannot_index_keeps_its_runs(
    tmp_path: Path, probe: Probe
) -> None:
    path = tmp_path / HISTORY_FILE_NAME
    old = connect(path, target=4)
    for i in range(6):
        old.execute(
            "INSERT INTO runs (profile_id, base_url, run_id, origin, technique_name, inputs_json,"
            " status, started_at, updated_at) VALUES ('default', ?, ?, 'local', 'Poster Maker',"
            " ?, 'completed', ?, ?)",
            (scope_of(BASE, "default")[1], f"r{i}", f'{{"prompt": "fox {i}"}}', i, i),
        )
    old.close()
    probe.can = False
    notices = StoreNotices()
    async with HistoryStore(path, notices=notices) as store:
        assert await store.count(base_url=BASE, text="fox") == 6
        assert [r.run_id for r in await store.search(base_url=BASE, text="fox 2")] == ["r2"]
    assert _search_objects(path) == []
    assert notices.said() == []
    assert _set_aside(tmp_path) == []


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["index intact", "no fts5", "no trigram"])
async def test_a_file_with_an_index_this_sqlite_cannot_keep_is_opened_not_set_aside(
    tmp_path: Path, probe: Probe, how: str
) -> None:
    path = tmp_path / HISTORY_FILE_NAME
    async with HistoryStore(path) as store:
        await _fill(store, 0, 12)
    if how != "index intact":
        _unloadable(path, how)
    probe.can = False
    notices = StoreNotices()
    async with HistoryStore(path, notices=notices) as store:
        # Writes through what were the triggers: a status change and a new run.
        done = await store.update_status(RunStatus("run_3", "completed"), base_url=BASE)
        assert done is not None
        assert done.status == "completed"
        await store.record_start(
            base_url=BASE, run_id="run_new", technique_id="tech_a", workspace_id="ws_1",
            inputs={"prompt": "at dusk"}, started_at=T0 + 50,
        )  # fmt: skip
        await _check_answers(store, 13, "dusk")
    assert _search_objects(path) == []  # index, its tables and its triggers gone
    assert notices.said() == []
    assert _set_aside(tmp_path) == []

    # Opened again where the index can be made: it is, with every run written meanwhile.
    probe.can = True
    async with HistoryStore(path, notices=notices) as store:
        await _check_answers(store, 13, "dusk")
    conn = connect(path)
    try:
        assert search_index_fits(conn)
        conn.execute("INSERT INTO runs_search (runs_search) VALUES ('integrity-check')")
        hits = conn.execute(
            "SELECT count(*) FROM runs_search WHERE runs_search MATCH ?",
            (match_expression(["dusk"]),),
        )
        assert hits.fetchone()[0] == 1
    finally:
        conn.close()
    assert notices.said() == []
    assert _set_aside(tmp_path) == []


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["no fts5", "no trigram"])
async def test_an_index_that_will_not_load_is_made_again_where_sqlite_can(
    tmp_path: Path, how: str
) -> None:
    path = tmp_path / HISTORY_FILE_NAME
    async with HistoryStore(path) as store:
        await _fill(store, 0, 12)
    _unloadable(path, how)
    async with HistoryStore(path) as store:
        await store.record_start(
            base_url=BASE, run_id="run_new", technique_id="tech_a", workspace_id="ws_1",
            inputs={"prompt": "at dusk"}, started_at=T0 + 50,
        )  # fmt: skip
        await _check_answers(store, 13, "dusk")
    conn = connect(path)
    try:
        assert search_index_fits(conn)
    finally:
        conn.close()
    assert _set_aside(tmp_path) == []


@pytest.mark.asyncio
async def test_an_index_another_sqlite_makes_while_the_file_is_open_never_stops_a_write(
    tmp_path: Path, probe: Probe
) -> None:
    probe.can = False
    path = tmp_path / HISTORY_FILE_NAME
    async with HistoryStore(path) as store:
        await _fill(store, 0, 12)
        # Another app, on an SQLite with FTS5, makes the index this one cannot load.
        other = sqlite3.connect(path, isolation_level=None)
        try:
            create_search_index(other)
        finally:
            other.close()
        _unloadable(path, "no fts5")
        await store.record_start(
            base_url=BASE, run_id="run_new", technique_id="tech_a", workspace_id="ws_1",
            inputs={"prompt": "at dusk"}, started_at=T0 + 50,
        )  # fmt: skip
        await _check_answers(store, 13, "dusk")
    assert _search_objects(path) == []
    assert _set_aside(tmp_path) == []


@pytest.mark.asyncio
async def test_on_a_read_only_disk_an_unloadable_index_still_leaves_the_history_usable(
    tmp_path: Path, probe: Probe
) -> None:
    with small_disk(tmp_path) as disk:
        path = disk.root / HISTORY_FILE_NAME
        async with HistoryStore(path) as store:
            await _fill(store, 0, 5)  # (each commit grows the WAL of a 512k disk)
        _unloadable(path, "no fts5")
        before = path.read_bytes()
        disk.read_only()
        probe.can = False
        notices = StoreNotices()
        async with HistoryStore(path, notices=notices) as store:
            # In memory this session (said once), the runs copied, a new one written.
            await store.record_start(
                base_url=BASE, run_id="run_new", technique_id="tech_a", workspace_id="ws_1",
                inputs={"prompt": "at dusk"}, started_at=T0 + 50,
            )  # fmt: skip
            await _check_answers(store, 6, "dusk")
        (said,) = notices.said()
        assert "forgotten when you quit" in said
        disk.writable()
        assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("line", "about_index"),
    [
        # What SQLite 3.51's quick_check says of the damaged indexes test_history_search makes
        # (seen with pysqlite3-binary): the file is kept, the index made again.
        ('fts5: corrupt structure record for table "runs_search"', True),
        ('fts5: corruption found reading blob 10 from table "runs_search"', True),
        ("malformed inverted index for FTS5 table main.runs_search", True),
        # Damage anywhere else still sets the file aside.
        ("Tree 12 page 34 cell 0: invalid page number 99", False),
        ("row 3 missing from index runs_by_start", False),
        ('fts5: corrupt structure record for table "notes_search"', False),
    ],
)
def test_only_the_search_index_s_own_check_lines_are_left_to_its_repair(
    line: str, about_index: bool
) -> None:
    assert history_index.about_search_index(line) is about_index
