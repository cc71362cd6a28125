"""The batch's parts on their own: spreadsheet rows, the manifest, the setting, cancel."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flora_desktop.api.models import Technique, TechniqueIO
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.batch_outputs import output_name
from flora_desktop.services.batch_sources import read_csv, rows_from_table, rows_from_values
from flora_desktop.services.batch_store import BatchRow
from flora_desktop.services.manifest import MANIFEST_COLUMNS, manifest_text, write_manifest
from flora_desktop.services.phrases import Phrase
from flora_desktop.services.settings import Settings
from tests.batch.support import RUN_SECONDS, rig, sandbox_get
from tests.conftest import reset_sandbox

TECHNIQUE = Technique(
    technique_id="tech_1",
    name="Product Shot",
    run_cost=0.12,
    inputs=(
        TechniqueIO("product_image", "Product image", "imageUrl"),
        TechniqueIO("scene_prompt", "Scene prompt", "text", optional=True),
    ),
)
URL = "https://images.unsplash.com/a%20b/shoe-1.png"


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    "text",
    [
        f"Product image,Scene prompt\n{URL},beach\n",
        f"\ufeffproduct_image;SCENE_PROMPT\n{URL};beach\n",  # Excel: BOM and semicolons
        f"Product Image\tScene-Prompt\r\n{URL}\tbeach\r\n",
    ],
)
def test_columns_match_inputs_by_id_or_label_in_any_dialect(tmp_path: Path, text: str) -> None:
    sources, problems = rows_from_table(read_csv(_write(tmp_path / "a.csv", text)), TECHNIQUE)
    assert problems == []
    assert [dict(s.inputs) for s in sources] == [{"product_image": URL, "scene_prompt": "beach"}]
    assert sources[0].source_name == "shoe-1.png"


def test_empty_optional_cells_are_left_out_and_bad_rows_reported(tmp_path: Path) -> None:
    text = f"Name,Product image,Scene prompt\nhero,{URL},\n,,dusk\n,C:\\shots\\x.png,\n"
    sources, problems = rows_from_table(read_csv(_write(tmp_path / "a.csv", text)), TECHNIQUE)
    assert [(s.source_name, dict(s.inputs)) for s in sources] == [("hero", {"product_image": URL})]
    assert [p.row for p in problems] == [2, 3]


def test_a_cp1252_file_from_excel_reads(tmp_path: Path) -> None:
    text = f"Product image,Scene prompt\n{URL},café crème\n"
    sources, _ = rows_from_table(read_csv(_write(tmp_path / "a.csv", text, "cp1252")), TECHNIQUE)
    assert sources[0].inputs["scene_prompt"] == "café crème"


def test_variations_make_one_row_per_line() -> None:
    rows = rows_from_values("scene_prompt", ["beach", "  ", "snow\n"], {"product_image": URL})
    assert [dict(r.inputs)["scene_prompt"] for r in rows] == ["beach", "snow"]
    assert all(r.inputs["product_image"] == URL for r in rows)


@given(st.text(max_size=300))
def test_manifest_cells_are_valid_utf8_and_never_formulas(text: str) -> None:
    row = BatchRow("b", 1, text, {"x": text}, "k", "failed", error=text)
    data = manifest_text([row]).encode("utf-8")  # raises on a lone surrogate
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert parsed[0] == list(MANIFEST_COLUMNS)
    assert len(parsed) == 2
    for cell in parsed[1]:
        assert not cell.startswith(("=", "+", "-", "@"))


@pytest.mark.asyncio
async def test_the_manifest_is_replaced_whole(tmp_path: Path) -> None:
    rows = [BatchRow("b", i, f"s{i}", {}, f"k{i}", "completed", run_id=f"run_{i}") for i in (1, 2)]
    await write_manifest(tmp_path, rows)
    await write_manifest(tmp_path, rows[:1])
    names = await asyncio.to_thread(lambda: [p.name for p in tmp_path.iterdir()])
    assert names == ["manifest.csv"]  # no temp file left
    text = await asyncio.to_thread((tmp_path / "manifest.csv").read_text, encoding="utf-8")
    assert "run_1" in text
    assert "run_2" not in text


@given(st.text(max_size=200), st.text(max_size=80))
def test_output_names_are_safe(source: str, technique: str) -> None:
    name = output_name(source, technique, "png")
    assert "/" not in name
    assert "\\" not in name
    assert name.endswith(".png")
    assert not name.startswith(".")


def test_the_batch_concurrency_setting_round_trips_and_refuses_nonsense(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    assert settings.batch_concurrency == 3
    settings.batch_concurrency = 6
    (tmp_path / "settings.json").write_bytes(settings.to_json_bytes())
    assert Settings.load(tmp_path / "settings.json").batch_concurrency == 6
    for bad in (0, 21, 2.5, True):
        with pytest.raises(ValueError, match="batch concurrency"):
            settings.batch_concurrency = bad  # type: ignore[assignment]


@pytest.mark.asyncio
async def test_cancel_leaves_no_row_unknown_and_running_again_finishes_once_each(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    reset_sandbox(sandbox, run_seconds=RUN_SECONDS * 4)
    async with rig(sandbox, tmp_path) as r:
        batch = await r.batch(12, tmp_path)
        runner = r.runner(batch, concurrency=3)

        def cancel_at_four(row: BatchRow, _progress: object) -> None:
            if row.state == "running" and row.index == 4:
                runner.cancel()

        runner._on_change = cancel_at_four
        progress = await runner.run()
        assert progress.stop_reason is not None
        rows = await r.store.rows(batch.batch_id)
        assert not [row for row in rows if row.state in ("sending", "accepted")]
        started = len(sandbox_get(sandbox, "runs"))
        assert 4 <= started < 12
        assert all(row.state == "waiting" for row in rows if row.run_id is None)
        again = await r.runner(batch, concurrency=3).run()
    assert again.completed == 12
    assert len(sandbox_get(sandbox, "runs")) == 12


@pytest.mark.parametrize(
    "data",
    [
        b"Product image,Scene prompt\n" + URL.encode() + b',"' + b"x" * 200_000 + b'"\n',
        b'Product image\n"' + b"never closed " * 20_000 + b"\n",
        b"PK\x03\x04\x81\x8d\x8f\x90\x9d xlsx renamed",  # bytes cp1252 leaves undefined
    ],
)
def test_an_unreadable_spreadsheet_is_a_plain_value_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(data)
    with pytest.raises(ValueError, match=r"\w+ \w+ \w+") as caught:
        read_csv(path)
    # The dialog shows args[0] to the user: words, never a codec name or a csv module error.
    message = caught.value.args[0]
    assert isinstance(message, Phrase)
    assert len(message) > 20


@pytest.mark.parametrize("name", ["x" * 300, "shots/" + "y" * 256 + ".png", "~/" + "z" * 400])
def test_a_name_too_long_for_the_disk_is_a_row_problem_not_a_crash(
    tmp_path: Path, name: str
) -> None:
    # ENAMETOOLONG from the file system: the line is text (a prompt), or a row to fix.
    rows = rows_from_values("scene_prompt", ["/imagine " + name], {"product_image": URL})
    assert [r.inputs["scene_prompt"] for r in rows] == ["/imagine " + name]
    table = read_csv(_write(tmp_path / "a.csv", f"Product image\n{name}\n/{name}\n"))
    sources, problems = rows_from_table(table, TECHNIQUE, base_dir=tmp_path)
    assert sources == []
    assert [p.row for p in problems] == [1, 2]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_csv_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_csv(fifo)
        except ValueError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():  # hung on open: let it go, then fail
        with fifo.open("wb"):
            pass
    assert outcome, "read_csv waited on a FIFO (the window would hang)"
