"""The output cache's disk is bounded (issue 10, point 5): a total cap with LRU eviction, and
automatic fetches (thumbnails, drag prefetch) that stop at a per-fetch byte limit.

Downloads are real HTTP from a loopback server (``tests/byte_server.py``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flora_desktop.api.models import RunOutput
from flora_desktop.services.output_cache import (
    AUTOMATIC_FETCH_MAX_BYTES,
    OutputCache,
    PreviewTooLargeError,
    _evict,
)
from flora_desktop.services.outputs import DiskRefusedError, OutputDownloader
from flora_desktop.services.settings import DEFAULT_CACHE_LIMIT_MB, Settings
from tests.byte_server import ByteServer, byte_server
from tests.disk_faults import small_disk

KB = 1024


@pytest.fixture
def server() -> Iterator[ByteServer]:
    with byte_server() as running:
        yield running


def _output(server: ByteServer, kind: str, size: int, name: str) -> RunOutput:
    return RunOutput(output_id=name, type="imageUrl", url=server.url(kind, size, name))


def _files(folder: Path) -> dict[str, int]:
    return {p.name.split(" - ")[-1]: p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def test_the_default_cap_is_one_gigabyte() -> None:
    assert DEFAULT_CACHE_LIMIT_MB == 1024
    assert Settings(Path("unused.json")).cache_limit_mb == 1024


@pytest.mark.asyncio
async def test_least_recently_used_files_go_first(server: ByteServer, tmp_path: Path) -> None:
    async with OutputDownloader() as downloader:
        cache = OutputCache(tmp_path, downloader, limit=lambda: 300 * KB)
        paths = {}
        for age, name in enumerate(("a", "b", "c")):
            paths[name] = await cache.fetch(
                _output(server, "bytes", 100 * KB, name), technique_name="T", run_id=f"run_{name}"
            )
            # Distinct, known ages: file times are coarser than three quick downloads.
            os.utime(paths[name], (1000 + age, 1000 + age))
        # "a" is used again (a thumbnail shown once more): now it is the newest.
        again = await cache.fetch(
            _output(server, "bytes", 100 * KB, "a"), technique_name="T", run_id="run_a"
        )
        assert again == paths["a"]
        assert paths["a"].stat().st_mtime > 1003

        await cache.fetch(
            _output(server, "bytes", 100 * KB, "d"), technique_name="T", run_id="run_d"
        )

    assert sorted(_files(tmp_path)) == ["a.png", "c.png", "d.png"]
    assert not (tmp_path / "run_b").exists()  # an emptied run folder goes too
    assert sum(_files(tmp_path).values()) <= 300 * KB


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    files=st.lists(st.tuples(st.integers(0, 5000), st.integers(0, 10**6)), max_size=12),
    limit=st.integers(0, 30000),
    keep_index=st.integers(0, 11),
)
def test_eviction_keeps_the_newest_within_the_cap(
    tmp_path: Path, files: list[tuple[int, int]], limit: int, keep_index: int
) -> None:
    folder = tmp_path / f"cache{time.monotonic_ns()}"
    paths = []
    for number, (length, mtime) in enumerate(files):
        path = folder / f"run_{number % 3}" / f"file{number}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * length)
        os.utime(path, (mtime, mtime))
        paths.append(path)
    keep = paths[keep_index] if keep_index < len(paths) else None

    freed = _evict(folder, limit, keep)

    left = [p for p in paths if p.exists()]
    gone = [p for p in paths if not p.exists()]
    size = {p: p.stat().st_size for p in left}
    assert freed == sum(n for n, _ in files) - sum(size.values())
    others = [p for p in left if p != keep]
    # Within the cap, or (when the file just fetched is over it alone) that file only.
    assert sum(size.values()) <= limit or others == []
    # Only older files went: nothing removed is newer than something kept (but ``keep``).
    if gone and others:
        newest_gone = max(files[paths.index(p)][1] for p in gone)
        oldest_kept = min(files[paths.index(p)][1] for p in others)
        assert newest_gone <= oldest_kept
    if keep is not None:
        assert keep.exists()


@pytest.mark.asyncio
async def test_a_thumbnail_never_fetches_a_huge_file(server: ByteServer, tmp_path: Path) -> None:
    async with OutputDownloader() as downloader:
        cache = OutputCache(tmp_path, downloader)
        two_gb = _output(server, "claims", 2 * 1024**3, "huge")

        with pytest.raises(PreviewTooLargeError, match="Too large for a preview"):
            await cache.fetch(two_gb, technique_name="T", run_id="run_1", automatic=True)

    assert server.served == 0
    assert _files(tmp_path) == {}


@pytest.mark.asyncio
async def test_an_automatic_fetch_without_a_length_stops_at_its_limit(
    server: ByteServer, tmp_path: Path
) -> None:
    limit = 256 * KB
    async with OutputDownloader() as downloader:
        cache = OutputCache(tmp_path, downloader, automatic_max_bytes=limit)
        endless = _output(server, "stream", 8 * 1024 * KB, "big")

        with pytest.raises(PreviewTooLargeError):
            await cache.fetch(endless, technique_name="T", run_id="run_1", automatic=True)
        assert _files(tmp_path) == {}  # not even a temp file

        # The user's Open or Save fetches the whole file.
        path = await cache.fetch(endless, technique_name="T", run_id="run_1")

    assert path.stat().st_size == 8 * 1024 * KB
    assert AUTOMATIC_FETCH_MAX_BYTES < 1024**3


@pytest.mark.asyncio
async def test_stale_temp_files_from_a_crash_are_cleared(
    server: ByteServer, tmp_path: Path
) -> None:
    stale = tmp_path / "run_0" / ".flora-abc.part"
    fresh = tmp_path / "run_0" / ".flora-def.part"
    stale.parent.mkdir()
    stale.write_bytes(b"x" * 1000)
    fresh.write_bytes(b"x" * 1000)
    old = time.time() - 3 * 24 * 3600
    os.utime(stale, (old, old))
    async with OutputDownloader() as downloader:
        cache = OutputCache(tmp_path, downloader)
        await cache.fetch(_output(server, "bytes", KB, "a"), technique_name="T", run_id="run_1")

    assert not stale.exists()
    assert fresh.exists()  # may be a download in progress in another window


@pytest.mark.asyncio
async def test_a_full_cache_disk_is_a_plain_error(server: ByteServer, tmp_path: Path) -> None:
    with small_disk(tmp_path) as disk:
        disk.fill()
        async with OutputDownloader() as downloader:
            cache = OutputCache(disk.root / "outputs", downloader)
            with pytest.raises(DiskRefusedError, match="The disk is full"):
                await cache.fetch(
                    _output(server, "bytes", 64 * KB, "a"), technique_name="T", run_id="run_1"
                )


def test_accounts_keep_their_copies_apart_under_one_total_cap(tmp_path: Path) -> None:
    """Copies are per account (profile + server); the cap counts every account together."""
    from flora_desktop.services.output_cache import OutputCache, account_folder
    from flora_desktop.services.outputs import OutputDownloader

    studio = account_folder("studio", "https://app.flora.ai/api/v1")
    personal = account_folder("personal", "https://app.flora.ai/api/v1")
    assert studio != personal
    assert account_folder("studio", "http://127.0.0.1:1/api/v1") != studio
    downloader = OutputDownloader()
    first = OutputCache(tmp_path, downloader, account=studio)
    second = OutputCache(tmp_path, downloader, account=personal)
    assert first.run_folder("run_1") != second.run_folder("run_1")
    assert first.run_folder("run_1").parent.parent == tmp_path
