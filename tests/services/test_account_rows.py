"""Each store of an account's rows (presses, batches) reads and writes only that account's.

An account is a profile on a server; the server's URL is normalised once, in ``AccountRows``,
so every spelling of one server finds the same rows and no other profile sees them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
import pytest_asyncio
from hypothesis import given
from hypothesis import strategies as st

from flora_desktop.services.account_rows import AccountRows
from flora_desktop.services.batch_store import BatchSource, BatchStore
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.services.submit import Submission

SERVER = "https://api.flora.example/v1"
SPELLINGS = ("HTTPS://API.Flora.Example/v1/", " https://api.flora.example/v1 ", SERVER + "#top")


@pytest_asyncio.fixture
async def history(tmp_path: Path) -> AsyncIterator[HistoryStore]:
    async with HistoryStore(tmp_path / HISTORY_FILE_NAME) as opened:
        yield opened


async def _journal_write(history: HistoryStore, base_url: str, profile_id: str) -> None:
    journal = SubmissionJournal(history, base_url, profile_id=profile_id)
    await journal.write(Submission("tech_a", "ws_1", {"prompt": "a fox"}))


async def _journal_count(history: HistoryStore, base_url: str, profile_id: str) -> int:
    return len(await SubmissionJournal(history, base_url, profile_id=profile_id).pending())


async def _batch_write(history: HistoryStore, base_url: str, profile_id: str) -> None:
    batches = BatchStore(history, base_url, profile_id=profile_id)
    await batches.create(
        technique_id="tech_a", workspace_id="ws_1", sources=[BatchSource({"prompt": "a fox"})]
    )


async def _batch_count(history: HistoryStore, base_url: str, profile_id: str) -> int:
    return len(await BatchStore(history, base_url, profile_id=profile_id).batches())


Write = Callable[[HistoryStore, str, str], Awaitable[None]]
Count = Callable[[HistoryStore, str, str], Awaitable[int]]
STORES = pytest.mark.parametrize(
    ("write", "count"),
    [(_journal_write, _journal_count), (_batch_write, _batch_count)],
    ids=["submissions", "batches"],
)


@STORES
@pytest.mark.asyncio
async def test_every_spelling_of_the_server_finds_the_same_rows(
    history: HistoryStore, write: Write, count: Count
) -> None:
    await write(history, SPELLINGS[0], "studio")
    for spelling in (SERVER, *SPELLINGS):
        assert await count(history, spelling, "studio") == 1, spelling


@STORES
@pytest.mark.asyncio
async def test_another_profile_or_server_sees_none_of_them(
    history: HistoryStore, write: Write, count: Count
) -> None:
    await write(history, SERVER, "studio")
    assert await count(history, SERVER, "personal") == 0
    assert await count(history, "https://api.flora.example/v2", "studio") == 0
    assert await count(history, "http://api.flora.example/v1", "studio") == 0


@pytest.mark.parametrize("kind", [SubmissionJournal, BatchStore])
def test_a_store_names_its_account_and_refuses_a_relative_server(
    tmp_path: Path, kind: type[AccountRows]
) -> None:
    history = HistoryStore(tmp_path / HISTORY_FILE_NAME)
    rows = kind(history, SPELLINGS[0], profile_id="studio")
    assert rows.store is history
    assert (rows.profile_id, rows.base_url) == ("studio", SERVER)
    assert repr(rows) == f"{kind.__name__}(profile_id='studio', base_url='{SERVER}')"
    with pytest.raises(ValueError, match="not an absolute URL"):
        kind(history, "api.flora.example/v1")


@given(
    upper=st.lists(st.booleans(), min_size=len(SERVER), max_size=len(SERVER)),
    slashes=st.integers(0, 3),
)
def test_case_of_scheme_and_host_and_trailing_slashes_do_not_matter(
    upper: list[bool], slashes: int
) -> None:
    host_end = SERVER.index("/v1")  # the path keeps its case: servers may tell it apart
    spelled = "".join(
        c.upper() if up and i < host_end else c
        for i, (c, up) in enumerate(zip(SERVER, upper, strict=True))
    )
    rows = AccountRows(HistoryStore(Path("unused.sqlite")), spelled + "/" * slashes)
    assert rows.base_url == SERVER
