"""Saved outputs are named for people: technique, date and time, number; never an id."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flora_desktop.api import FloraClient
from flora_desktop.services.output_names import (
    RUN_ID_ATTRIBUTE,
    readable_stem,
    save_readable,
    tag_with_run,
)
from flora_desktop.services.outputs import MAX_NAME_BYTES, OutputDownloader, sanitize_file_name
from tests.services.test_outputs import (  # noqa: F401 (the client fixture)
    HOSTILE,
    _assert_safe,
    _completed,
    client,
)

SAVED_AT = datetime(2026, 12, 3, 21, 15, 42)


def test_a_name_reads_as_technique_date_time_and_number() -> None:
    assert readable_stem("Poster Maker", SAVED_AT, 2) == "Poster Maker 2026-12-03 21.15 - 2"
    assert readable_stem("Poster Maker", SAVED_AT) == "Poster Maker 2026-12-03 21.15"
    # Nothing of the technique's name left to use: the date and time alone still name it.
    assert readable_stem(" ..", SAVED_AT) == "2026-12-03 21.15"


@given(
    technique=st.one_of(st.sampled_from(HOSTILE), st.text(max_size=400)),
    number=st.one_of(st.none(), st.integers(min_value=1, max_value=999)),
    extension=st.sampled_from(["png", "mp4", "pdf", "txt"]),
)
def test_every_name_is_safe_and_keeps_its_date_number_and_extension(
    technique: str, number: int | None, extension: str
) -> None:
    name = sanitize_file_name(f"{readable_stem(technique, SAVED_AT, number)}.{extension}")
    _assert_safe(name)
    assert len(name.encode()) <= MAX_NAME_BYTES
    tail = " - " + str(number) if number is not None else ""
    # However long or strange the technique's name, the date and number survive it.
    assert name.endswith(f"2026-12-03 21.15{tail}.{extension}")


@pytest.mark.asyncio
async def test_saving_twice_never_overwrites_and_keeps_the_run_id_out_of_the_name(
    client: FloraClient,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    run = await _completed(client, "podcast-cover-art", {"title": "Twice"})
    output = run.outputs[0]
    async with OutputDownloader() as downloader:
        saved = [
            await save_readable(
                downloader,
                output,
                tmp_path,
                technique_name="Podcast: Cover/Art",
                run_id=run.run_id,
                saved_at=SAVED_AT,
            )
            for _ in range(3)
        ]
    assert [p.name for p in saved] == [
        "Podcast_ Cover_Art 2026-12-03 21.15.png",
        "Podcast_ Cover_Art 2026-12-03 21.15 (2).png",
        "Podcast_ Cover_Art 2026-12-03 21.15 (3).png",
    ]
    assert all(run.run_id not in p.name for p in saved)
    assert saved[0].read_bytes() == saved[2].read_bytes()
    if hasattr(os, "getxattr"):
        try:
            kept = os.getxattr(saved[0], RUN_ID_ATTRIBUTE)
        except OSError:
            pytest.skip("this file system keeps no extended attributes")
        assert kept == run.run_id.encode()


def test_a_file_system_without_attributes_keeps_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "gone.png"
    assert tag_with_run(missing, "run_1", "output_1") is False  # no file: nothing raised
