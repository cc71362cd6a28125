"""What a technique asks of a picture or video: shapes, lengths, crops, MP4 headers, fetching."""

from __future__ import annotations

import asyncio
import io
import struct
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web
from hypothesis import given, settings
from hypothesis import strategies as st

from flora_desktop.services import media_checks as checks
from flora_desktop.services.media_fetch import MediaFetchError, fetch_head
from tests.local_site import local_site


@pytest.mark.parametrize(
    ("spec", "ratio"),
    [
        ("1:1", 1.0),
        ("16:9", 16 / 9),
        ("9/16", 9 / 16),
        ("4x5", 0.8),
        (" 3 : 2 ", 1.5),
        ("1.5", 1.5),
        ("", None),
        (None, None),
        ("0:1", None),
        ("square", None),
        ("16:0", None),
    ],
)
def test_parse_ratio(spec: str | None, ratio: float | None) -> None:
    found = checks.parse_ratio(spec)
    assert found == pytest.approx(ratio) if ratio is not None else found is None


@pytest.mark.parametrize(
    ("width", "height", "spec", "fits"),
    [
        (1000, 1000, "1:1", True),
        (1080, 1079, "1:1", True),  # an encoder's rounding
        (400, 300, "1:1", False),
        (1920, 1080, "16:9", True),
        (1080, 1920, "16:9", False),
        (1080, 1920, "9:16", True),
        (500, 400, "unreadable", True),  # a spec we cannot read checks nothing
    ],
)
def test_ratio_problem(width: int, height: int, spec: str, fits: bool) -> None:
    problem = checks.ratio_problem(width, height, spec)
    assert (problem is None) is fits
    if problem is not None:
        assert f"{width} × {height}" in problem
        assert spec in problem


@pytest.mark.parametrize(
    ("seconds", "spec", "fits"),
    [
        (5.0, 5.0, True),
        (5.4, 5.0, True),
        (6.0, 5.0, False),
        (61.0, 60.0, True),
        (12, None, True),
        # A length no input can mean (a server's 1e308, a negative): not checked at all.
        (12, 1e308, True),
        (12, 86_401.0, True),
        (12, -5.0, True),
        (12, 86_400.0, False),
    ],
)
def test_duration_problem(seconds: float, spec: float | None, fits: bool) -> None:
    assert (checks.duration_problem(seconds, spec) is None) is fits


@settings(deadline=None, max_examples=200)
@given(
    st.integers(1, 20_000),
    st.integers(1, 20_000),
    st.sampled_from(["1:1", "16:9", "9:16", "4:5", "3:2", "21:9"]),
)
def test_centre_crop_is_the_largest_centred_box_of_the_shape(
    width: int, height: int, spec: str
) -> None:
    box = checks.centre_crop(width, height, spec)
    assert box is not None
    assert box.x >= 0
    assert box.y >= 0
    assert box.x + box.width <= width
    assert box.y + box.height <= height
    assert box.width == width or box.height == height  # largest: touches two sides
    assert abs(box.x * 2 + box.width - width) <= 1  # centred
    assert abs(box.y * 2 + box.height - height) <= 1
    if min(box.width, box.height) >= 50:
        assert checks.ratio_problem(box.width, box.height, spec) is None


def test_cropped_path_never_names_an_existing_file(tmp_path: Path) -> None:
    original = tmp_path / "logo.jpeg"
    original.write_bytes(b"x")
    first = checks.cropped_path(original, "1:1")
    assert first == tmp_path / "logo-1x1.jpeg"
    first.write_bytes(b"taken")
    assert checks.cropped_path(original, "1:1") == tmp_path / "logo-1x1-2.jpeg"
    other = tmp_path / "elsewhere"
    assert checks.cropped_path(tmp_path / "shot.webp", "16:9", other) == other / "shot-16x9.png"


def mp4(seconds: float, *, version: int = 0, nested: bool = True, timescale: int = 600) -> bytes:
    ftyp = struct.pack(">I4s4sI4s", 20, b"ftyp", b"isom", 0x200, b"isom")
    if version == 1:
        body = bytes([1, 0, 0, 0]) + struct.pack(">QQIQ", 0, 0, timescale, int(seconds * timescale))
    else:
        body = bytes(4) + struct.pack(">IIII", 0, 0, timescale, int(seconds * timescale))
    mvhd = struct.pack(">I4s", 8 + len(body), b"mvhd") + body
    free = struct.pack(">I4s", 16, b"free") + bytes(8)
    moov = struct.pack(">I4s", 8 + len(free) + len(mvhd), b"moov") + free + mvhd
    return ftyp + (moov if nested else mvhd)


@pytest.mark.parametrize("version", [0, 1])
def test_mp4_duration_reads_the_movie_header(version: int) -> None:
    data = mp4(12.5, version=version)
    assert checks.mp4_duration(io.BytesIO(data), len(data)) == pytest.approx(12.5)


def test_mp4_duration_is_none_when_it_cannot_be_read() -> None:
    data = mp4(3)
    assert checks.mp4_duration(io.BytesIO(data[:30]), 30) is None  # cut before the header
    assert checks.mp4_duration(io.BytesIO(b"\x89PNG\r\n"), 6) is None
    zero = mp4(3, timescale=0)
    assert checks.mp4_duration(io.BytesIO(zero), len(zero)) is None


@settings(deadline=None, max_examples=300)
@given(st.binary(max_size=300))
def test_mp4_duration_never_raises_on_any_bytes(data: bytes) -> None:
    result = checks.mp4_duration(io.BytesIO(data), len(data))
    assert result is None or result >= 0


@pytest.mark.parametrize(
    ("size", "words"),
    [(12, "12 bytes"), (2_800, "2.8 KB"), (840_000, "840 KB"), (12_400_000, "12.4 MB")],
)
def test_describe_bytes(size: int, words: str) -> None:
    assert checks.describe_bytes(size) == words


@pytest.mark.parametrize(
    ("seconds", "words"), [(4.5, "4.5 s"), (12, "0:12"), (62.4, "1:02"), (3723, "1:02:03")]
)
def test_describe_duration(seconds: float, words: str) -> None:
    assert checks.describe_duration(seconds) == words


# --- fetching a link's first bytes -----------------------------------------------------------


@pytest_asyncio.fixture
async def server() -> AsyncIterator[str]:
    """A loopback site: /big streams 5 MB, /small 1 KB, /missing 404, /slow never ends."""

    async def big(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Length": str(5_000_000)})
        await response.prepare(request)
        for _ in range(50):
            await response.write(b"x" * 100_000)
        return response

    async def small(_request: web.Request) -> web.Response:
        return web.Response(body=b"y" * 1000)

    async def missing(_request: web.Request) -> web.Response:
        return web.Response(status=404)

    async with local_site({"/big": big, "/small": small, "/missing": missing}) as site:
        yield site


@pytest.mark.asyncio
async def test_fetch_stops_at_its_limit_and_says_whether_it_has_all(server: str) -> None:
    head = await fetch_head(f"{server}/big", 250_000)
    assert len(head.data) == 250_000
    assert not head.complete
    assert head.total_size == 5_000_000
    whole = await fetch_head(f"{server}/small", 250_000)
    assert whole.complete
    assert whole.data == b"y" * 1000


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("/missing", "No preview: the site answered “404”."),
        ("ftp://127.0.0.1/x", "No preview for this kind of link."),
        ("http://127.0.0.1:9/closed", "No preview: the link could not be reached."),
    ],
)
async def test_fetch_failures_are_plain_words(server: str, path: str, said: str) -> None:
    url = path if "://" in path else f"{server}{path}"
    with pytest.raises(MediaFetchError) as info:
        await asyncio.wait_for(fetch_head(url, 1000), 10)
    assert info.value.message == said
