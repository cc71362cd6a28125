"""Batch sources: Excel workbooks (real files built with openpyxl), row caps, combinations."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flora_desktop.api.models import Technique, TechniqueIO
from flora_desktop.services import batch_xlsx
from flora_desktop.services.batch_combine import (
    CombineProblem,
    clean_values,
    combination_count,
    combine,
)
from flora_desktop.services.batch_sources import (
    SourceTable,
    files_in,
    match_columns,
    read_table,
    rows_from_table,
)
from flora_desktop.services.batch_xlsx import XlsxProblem, cell_text
from flora_desktop.services.phrases import Phrase

TECHNIQUE = Technique(
    technique_id="tech_1",
    name="Product Shot",
    run_cost=0.12,
    inputs=(
        TechniqueIO("product_image", "Product image", "imageUrl"),
        TechniqueIO("scene_prompt", "Scene prompt", "text", optional=True),
    ),
)
URL = "https://images.unsplash.com/shoe-{}.png"


def _workbook(path: Path, rows: list[list[object]], *, first_title: str = "Rows") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = first_title
    for row in rows:
        sheet.append(row)
    other = book.create_sheet("Notes")  # a second sheet is never read
    other.append(["Product image"])
    other.append(["not this one"])
    book.save(path)
    return path


def _message(error: BaseException) -> str:
    phrase = error.args[0]
    assert isinstance(phrase, Phrase)
    return str(phrase.format())


def test_the_first_sheet_is_read_as_rows_matched_like_a_csv(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "shots.xlsx",
        [
            ["Product image", "Scene prompt", "Name"],
            [URL.format(1), "on marble", "first"],
            [None, None, None],  # an empty row in the middle is skipped
            [URL.format(2), 3.0, "second"],
        ],
    )
    table = read_table(path)
    assert table.header == ("Product image", "Scene prompt", "Name")
    assert table.rows == (
        (URL.format(1), "on marble", "first"),
        (URL.format(2), "3", "second"),
    )
    sources, problems = rows_from_table(table, TECHNIQUE)
    assert problems == []
    assert [s.source_name for s in sources] == ["first", "second"]


def test_a_formula_gives_its_computed_value_never_its_text(tmp_path: Path) -> None:
    path = tmp_path / "formula.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Scene prompt"])
    sheet.append(['=CONCAT("a","b")'])  # never opened in Excel: no value was computed
    sheet.append(["plain"])
    book.save(path)
    assert read_table(path).rows == (("plain",),)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "TRUE"),
        (3.0, "3"),
        (2.5, "2.5"),
        (7, "7"),
        (dt.datetime(2026, 12, 3), "2026-12-03"),
        (dt.datetime(2026, 12, 3, 9, 30), "2026-12-03 09:30:00"),
        (dt.date(2026, 1, 2), "2026-01-02"),
        ("  spaced  ", "  spaced  "),
    ],
)
def test_cells_read_as_excel_shows_them(value: object, text: str) -> None:
    assert cell_text(value) == text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password"),
        (b"PK\x03\x04 not really a zip", "damaged"),
        (b"Product image\nhttps://x/y.png\n", "damaged"),  # a CSV renamed .xlsx
    ],
)
def test_unreadable_workbooks_are_a_plain_message(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(content)
    with pytest.raises(XlsxProblem) as caught:
        read_table(path)
    assert expected in _message(caught.value)


def test_a_truncated_workbook_is_damaged_not_a_crash(tmp_path: Path) -> None:
    whole = _workbook(tmp_path / "whole.xlsx", [["Product image"], [URL.format(1)]]).read_bytes()
    for cut in (len(whole) // 3, len(whole) // 2, len(whole) - 30):
        path = tmp_path / f"cut{cut}.xlsx"
        path.write_bytes(whole[:cut])
        with pytest.raises(XlsxProblem):
            read_table(path)


def test_a_workbook_with_a_broken_sheet_inside_is_damaged(tmp_path: Path) -> None:
    whole = _workbook(tmp_path / "whole.xlsx", [["Product image"], [URL.format(1)]])
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # XML cut mid-element
            target.writestr(info, data)
    with pytest.raises(XlsxProblem) as caught:
        read_table(broken)
    assert "damaged" in _message(caught.value)


def test_a_workbook_that_unpacks_to_too_much_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_xlsx, "MAX_UNPACKED_BYTES", 10_000)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", "<a>" + " " * 50_000 + "</a>")
    assert path.stat().st_size < 10_000
    with pytest.raises(XlsxProblem) as caught:
        read_table(path)
    assert "unpacks" in _message(caught.value)


def test_a_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_xlsx, "MAX_XLSX_BYTES", 1000)
    path = tmp_path / "big.xlsx"
    path.write_bytes(b"PK" + b"x" * 2000)
    with pytest.raises(XlsxProblem) as caught:
        read_table(path)
    assert "larger than" in _message(caught.value)


def test_a_huge_sheet_is_cut_at_the_row_limit_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flora_desktop.services import batch_sources

    monkeypatch.setattr(batch_sources, "MAX_ROWS", 300)  # the same rule, a faster test
    path = tmp_path / "long.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Product image"])
    for i in range(3000):
        sheet.append([URL.format(i)])
    book.save(path)
    table = read_table(path)
    assert len(table.rows) == 301  # one past: enough to say "too many"
    sources, problems = rows_from_table(table, TECHNIQUE)
    assert sources == []
    assert "More than" in str(problems[0].message.format())


def test_columns_past_the_data_are_not_columns(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "wide.xlsx", [["Product image", None, None], [URL.format(1)]])
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    sheet["Z40"] = None  # the sheet's declared size reaches far past what it holds
    book.save(path)
    assert read_table(path).header == ("Product image",)


def test_a_fifo_named_xlsx_is_refused_without_hanging(tmp_path: Path) -> None:
    import os

    path = tmp_path / "pipe.xlsx"
    os.mkfifo(path)
    with pytest.raises(XlsxProblem):
        read_table(path)


# --- columns, combinations, row caps ----------------------------------------------------


@given(st.lists(st.sampled_from(["product_image", "Product image", "PRODUCT-IMAGE", "x", ""])))
def test_an_input_takes_the_first_column_that_names_it(header: list[str]) -> None:
    mapping = match_columns(header, TECHNIQUE)
    names = [
        i
        for i, h in enumerate(header)
        if h and h.casefold().replace("-", " ").replace("_", " ") == "product image"
    ]
    assert mapping.inputs.get("product_image") == (names[0] if names else None)
    assert sorted(mapping.inputs.values()) == sorted(set(mapping.inputs.values()))


lists_strategy = st.dictionaries(
    st.sampled_from(["a", "b", "c"]),
    st.lists(st.text(alphabet="xyz", min_size=1, max_size=3), min_size=1, max_size=5),
    min_size=1,
)


@given(lists_strategy)
def test_every_combination_makes_the_counted_rows_each_once(lists: dict[str, list[str]]) -> None:
    rows = combine(lists, every=True, defaults={"a": "form", "d": "kept"})
    assert len(rows) == combination_count(lists)
    seen = {tuple(sorted(row.inputs.items())) for row in rows}
    distinct = combination_count({k: sorted(set(v)) for k, v in lists.items()})
    assert len(seen) == distinct
    assert all(row.inputs["d"] == "kept" for row in rows)  # inputs not batched: the form's
    for key, values in lists.items():
        assert {row.inputs[key] for row in rows} == set(values)


@given(lists_strategy)
def test_row_by_row_pairs_lists_of_one_length_and_refuses_others(
    lists: dict[str, list[str]],
) -> None:
    lengths = {len(v) for v in lists.values()}
    if len(lengths) == 1:
        rows = combine(lists, every=False)
        assert len(rows) == lengths.pop()
        for position, row in enumerate(rows):
            assert all(row.inputs[k] == v[position] for k, v in lists.items())
    else:
        with pytest.raises(CombineProblem) as caught:
            combine(lists, every=False, names={"a": "Product image"})
        assert "same length" in _message(caught.value)


def test_too_many_combinations_are_refused_before_being_built() -> None:
    lists = {"a": [str(i) for i in range(200)], "b": [str(i) for i in range(51)]}
    assert combination_count(lists) == 10_200
    with pytest.raises(CombineProblem) as caught:
        combine(lists, every=True)
    assert "10200 rows" in _message(caught.value)


def test_rows_are_named_by_their_values() -> None:
    rows = combine({"image": [URL.format(1)], "prompt": ["red", "blue"]}, every=True)
    assert [r.source_name for r in rows] == ["shoe-1.png, red", "shoe-1.png, blue"]
    assert clean_values([" red ", "", "  ", "blue"]) == ["red", "blue"]


def test_a_folder_is_walked_only_past_the_cap(tmp_path: Path) -> None:
    folder = tmp_path / "shots"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    for i in range(30):
        (folder / "sub" / f"{i:02d}.png").write_bytes(b"x")
    (folder / ".git" / "hidden.png").write_bytes(b"x")
    (folder / "a.png").write_bytes(b"x")
    assert len(files_in([folder])) == 31
    assert len(files_in([folder], limit=10)) == 11  # one past the cap: "too many" is said
    assert files_in([folder])[0] == folder / "a.png"


def test_a_workbook_read_from_bytes_in_memory_matches(tmp_path: Path) -> None:
    """The same rows whether Excel saved shared strings or inline ones."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Product image"])
    sheet.append([URL.format(9)])
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "mem.xlsx"
    path.write_bytes(buffer.getvalue())
    assert read_table(path).rows == ((URL.format(9),),)


_VALID = io.BytesIO()
_book = openpyxl.Workbook()
_sheet = _book.active
assert _sheet is not None
_sheet.append(["Product image", "Scene prompt"])
_sheet.append([URL.format(1), "dusk"])
_book.save(_VALID)


@settings(max_examples=100, deadline=None)
# Positions from the end as well: the zip's central directory, where a flipped byte once
# raised NotImplementedError ("zip file version 23.4") past the reader.
@given(st.lists(st.tuples(st.integers(-400, 10**6), st.integers(0, 255)), min_size=1, max_size=8))
def test_a_damaged_workbook_is_read_or_refused_plainly_never_a_crash(
    tmp_path_factory: pytest.TempPathFactory, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(_VALID.getvalue())
    for position, value in flips:
        data[position % len(data)] = value
    path = tmp_path_factory.mktemp("flip") / "book.xlsx"
    path.write_bytes(bytes(data))
    outcome: object
    try:
        outcome = read_table(path)
    except XlsxProblem as problem:
        outcome = problem.args[0]
    if isinstance(outcome, SourceTable):
        assert all(len(row) == len(outcome.header) for row in outcome.rows)
    else:
        assert isinstance(outcome, Phrase)  # a plain message, whatever openpyxl raised


def test_a_workbook_needing_a_newer_zip_is_damaged_not_a_crash(tmp_path: Path) -> None:
    """zipfile raises NotImplementedError for a "version needed" it does not know."""
    data = bytearray(_VALID.getvalue())
    directory = data.index(b"PK\x01\x02")  # the first central directory entry
    data[directory + 6 : directory + 8] = (234).to_bytes(2, "little")  # "version 23.4"
    path = tmp_path / "newer.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(XlsxProblem):
        read_table(path)
