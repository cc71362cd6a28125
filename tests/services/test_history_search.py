"""The history's fast search: same answers as reading every row, an index that cannot lose runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flora_desktop.api import RunStatus
from flora_desktop.services import history, history_index, history_search
from flora_desktop.services.history import (
    HISTORY_FILE_NAME,
    HistoryStore,
    _query,
    scope_of,
)
from flora_desktop.services.history_schema import LATEST_VERSION, connect, migrate, schema_version
from flora_desktop.services.history_search import count_runs, find_runs, match_expression

BASE = "http://127.0.0.1:1/api/v1"
SCOPE = scope_of(BASE, "default")
_LETTERS = "abcAB_%é\"' 0"
_TEXT = st.text(alphabet=_LETTERS, max_size=12)
_WORD = st.text(alphabet=_LETTERS.replace(" ", ""), min_size=1, max_size=5)


def _insert(conn: sqlite3.Connection, i: int, name: str, prompt: str, base: str = BASE) -> None:
    conn.execute(
        "INSERT INTO runs (profile_id, base_url, run_id, origin, technique_id, technique_name,"
        " inputs_json, status, started_at, updated_at) VALUES (?, ?, ?, 'local', ?, ?, ?,"
        " 'completed', ?, ?)",
        ("default", scope_of(base, "default")[1], f"r{i}", f"t{i % 3}", name, prompt, i, i),
    )


@pytest.fixture
def small_window(monkeypatch: pytest.MonkeyPatch) -> None:
    # A window of 3 rows: the index path runs with a handful of rows.
    monkeypatch.setattr(history_search, "RECENT_WINDOW", 3)


def _reference(conn: sqlite3.Connection, text: str | None, technique: str | None) -> list[str]:
    """Every row read, as before the index: the answer to match."""
    query = _query(SCOPE, text, technique, None, None, None)
    rows = conn.execute(
        f"SELECT run_id FROM runs WHERE {query.where} AND {query.text} "
        "ORDER BY started_at DESC, run_id DESC",
        (*query.where_args, *query.text_args),
    ).fetchall()
    return [r[0] for r in rows]


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(st.tuples(_TEXT, _TEXT), max_size=14),
    words=st.lists(_WORD, max_size=3),
    technique=st.sampled_from([None, "t0", "t1"]),
    window=st.sampled_from([1, 3, 50]),
    limit=st.integers(0, 6),
    offset=st.integers(0, 4),
    can_index=st.booleans(),
)
def test_search_and_count_match_reading_every_row(
    rows: list[tuple[str, str]],
    words: list[str],
    technique: str | None,
    window: int,
    limit: int,
    offset: int,
    can_index: bool,
) -> None:
    # can_index False: an SQLite without FTS5 or trigram, whose file has no index.
    probe = history_index._sqlite_can_index
    history_index._sqlite_can_index = lambda: can_index  # type: ignore[assignment]
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    try:
        migrate(conn)
    finally:
        history_index._sqlite_can_index = probe
    assert history_index.has_search_index(conn) is can_index
    for i, (name, prompt) in enumerate(rows):
        _insert(conn, i, name, prompt)
        _insert(conn, i, name, prompt, base="https://elsewhere.invalid/api/v1")
    text = " ".join(words) or None
    expected = _reference(conn, text, technique)
    query = _query(SCOPE, text, technique, None, None, None)
    original = history_search.RECENT_WINDOW
    history_search.RECENT_WINDOW = window
    try:
        found = find_runs(conn, "run_id", query, limit, offset)
        assert [r["run_id"] for r in found] == expected[offset : offset + limit]
        assert count_runs(conn, query) == len(expected)
        assert count_runs(conn, query, at_most=2) == min(len(expected), 3)
    finally:
        history_search.RECENT_WINDOW = original
        conn.close()


def test_match_expression_quotes_pieces_and_skips_short_words() -> None:
    assert match_expression(["ab"]) is None
    assert match_expression(['a"bc']) == '"""bc" AND "a""b"'
    assert match_expression(["abcd", "bcd"]) == '"abc" AND "bcd"'


@pytest.mark.asyncio
async def test_a_version_4_file_gains_the_index_with_its_runs(
    tmp_path: Path, small_window: None
) -> None:
    path = tmp_path / HISTORY_FILE_NAME
    old = connect(path, target=4)
    for i in range(8):
        _insert(old, i, "Poster Maker" if i % 2 else "Voiceover", f'{{"prompt": "fox {i}"}}')
    old.close()
    async with HistoryStore(path) as store:
        found = await store.search(base_url=BASE, text="poster")
        assert [r.run_id for r in found] == ["r7", "r5", "r3", "r1"]
        assert await store.count(base_url=BASE, text="fox") == 8
    conn = connect(path)
    try:
        assert schema_version(conn) == LATEST_VERSION == 5
        conn.execute("INSERT INTO runs_search (runs_search) VALUES ('integrity-check')")
    finally:
        conn.close()


async def _filled(path: Path, count: int) -> None:
    async with HistoryStore(path) as store:
        for i in range(count):
            await store.record_start(
                base_url=BASE,
                run_id=f"run_{i}",
                technique_id="tech_a",
                technique_name="Poster Maker",
                workspace_id="ws_1",
                inputs={"prompt": f"harbour {i}"},
                started_at=1_700_000_000.0 + i,
            )


def _damage_index(path: Path, how: str) -> None:
    raw = sqlite3.connect(path)
    with raw:
        if how == "zeroed":
            raw.execute("UPDATE runs_search_data SET block = zeroblob(length(block)) WHERE id > 1")
        elif how == "emptied":
            raw.execute("DELETE FROM runs_search_data")
        else:
            raw.execute("UPDATE runs_search_data SET block = X'ffffffffffff'")
    raw.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["zeroed", "emptied", "garbled"])
async def test_a_damaged_index_loses_no_run_and_is_made_again(
    tmp_path: Path, small_window: None, how: str
) -> None:
    path = tmp_path / HISTORY_FILE_NAME
    await _filled(path, 12)
    _damage_index(path, how)
    async with HistoryStore(path) as store:
        # A write whose trigger meets the damaged index still lands.
        done = await store.update_status(RunStatus("run_3", "completed"), base_url=BASE)
        assert done is not None
        assert done.status == "completed"
        await store.record_start(
            base_url=BASE,
            run_id="run_new",
            technique_id="tech_a",
            workspace_id="ws_1",
            inputs={"prompt": "harbour at dusk"},
            started_at=1_800_000_000.0,
        )
        assert await store.count(base_url=BASE) == 13
        assert await store.count(base_url=BASE, text="harbour") == 13
        found = await store.search(base_url=BASE, text="dusk")
        assert [r.run_id for r in found] == ["run_new"]
    # The file, index remade, opens as ours again (its schema is the one v5 makes).
    async with HistoryStore(path) as store:
        assert await store.count(base_url=BASE, text="harbour") == 13
    # Nothing set aside (as a damaged file would be, "history.sqlite3.bad-…").
    assert [p.name for p in tmp_path.iterdir() if ".bad" in p.name] == []  # noqa: ASYNC240


@pytest.mark.asyncio
async def test_page_counts_up_to_the_cap_and_lists_techniques(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history, "COUNT_CAP", 5)
    path = tmp_path / HISTORY_FILE_NAME
    await _filled(path, 9)
    async with HistoryStore(path) as store:
        page = await store.page(base_url=BASE, text="harbour", limit=3)
        assert [r.run_id for r in page.records] == ["run_8", "run_7", "run_6"]
        assert (page.total, page.more) == (5, True)
        assert page.techniques == (("tech_a", "Poster Maker"),)
        exact = await store.page(base_url=BASE, text="harbour 4", limit=3)
        assert (exact.total, exact.more) == (1, False)
        everything = await store.page(base_url=BASE, limit=3)  # no words: counted exactly
        assert (everything.total, everything.more) == (9, False)
