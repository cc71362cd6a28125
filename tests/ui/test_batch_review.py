"""The Batch window before anything is spent: the column step, combinations, the review's checks.

"Logo Animator" asks for a 1:1 logo (``specified_aspect_ratio``): a folder of logos whose
4:3 ones are marked, left out of "Start N runs — $X" until cropped (a NEW file) or accepted.
"Product Shot Studio" has a picture and a text input: files × variations.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import pytest_asyncio
from aiohttp import web
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from flora_desktop.api import FloraClient
from flora_desktop.api.models import Technique, TechniqueIO
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services import batch_combine
from flora_desktop.services.batch_store import BatchSource, BatchStore
from flora_desktop.services.history import HISTORY_FILE_NAME, HistoryStore
from flora_desktop.services.settings import Settings
from flora_desktop.services.submissions import SubmissionJournal
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.models.batch_rows_model import PROBLEM_ROLE, BatchRowsModel, RowCheck
from flora_desktop.ui.pages import batch_dialog
from flora_desktop.ui.pages.batch_dialog import BatchDialog
from flora_desktop.ui.widgets import batch_checks, batch_combine_choice
from flora_desktop.ui.widgets.batch_checks import BatchChecks
from flora_desktop.ui.widgets.batch_mapping import FORM_VALUE, BatchMappingDialog
from tests.conftest import reset_sandbox
from tests.ui.batch_steps import sandbox_runs
from tests.ui.conftest import Wait, wait_until

# By hand as well: marked by fixture alone, these tests ran on a plain asyncio loop that
# processes no Qt events (no window activation, no queued signals) — see the lead's report.
pytestmark = pytest.mark.gui

# Links on loopback that answer nothing: the review's thumbnails fail fast and quietly.
IMAGE = "http://127.0.0.1:9/photo-{}.png"
Open = Callable[..., Awaitable[BatchDialog]]


def write_picture(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    assert image.save(str(path))
    return path


def _cell(mapping: BatchMappingDialog, row: int, column: int) -> str:
    item = mapping.preview.item(row, column)
    assert item is not None
    return item.text()


@pytest_asyncio.fixture
async def open_batch(
    sandbox: SandboxServer, sandbox_client: FloraClient, tmp_path: Path, qtbot: QtBot
) -> AsyncIterator[Open]:
    reset_sandbox(sandbox, run_seconds=0.05, asset_ready_seconds=0.05)
    settings_ = Settings(tmp_path / "settings.json")
    settings_.output_folder = tmp_path / "outputs"
    settings_.poll_interval = 2.0
    opened: list[BatchDialog] = []
    async with HistoryStore(tmp_path / HISTORY_FILE_NAME) as history:

        async def build(slug: str, defaults: dict[str, Any] | None = None) -> BatchDialog:
            technique = await sandbox_client.techniques.retrieve(slug)
            workspace = next(w for w in await sandbox_client.workspaces.list() if w.role == "owner")
            dialog = BatchDialog(
                sandbox_client,
                SubmissionJournal(history, sandbox_client.base_url),
                BatchStore(history, sandbox_client.base_url),
                settings_,
                technique,
                workspace,
                defaults=defaults,
            )
            qtbot.addWidget(dialog)
            dialog.show()
            opened.append(dialog)
            return dialog

        yield build
        for dialog in opened:
            if isValid(dialog):  # pytest-qt may have closed and deleted it already
                dialog.close()
            await dialog._tasks.aclose()


# --- the column step ---------------------------------------------------------------------


@pytest.mark.asyncio
async def test_columns_are_matched_by_label_and_chosen_with_the_keyboard(
    open_batch: Open, tmp_path: Path
) -> None:
    dialog = await open_batch("product-shot-studio", {"scene_prompt": "on a beach"})
    path = tmp_path / "shots.csv"
    path.write_text(
        "Look,Picture link,Notes\n"
        + "".join(f"look {i},{IMAGE.format(i)},note {i}\n" for i in range(7)),
        encoding="utf-8",
    )
    mapping = await dialog.import_table(path)
    assert mapping is not None
    assert mapping.isVisible()
    photo = mapping.combos["product_image"]
    scene = mapping.combos["scene_prompt"]
    # "Picture link" names no input: the required photo has no column yet, so no rows.
    assert not mapping.use_button.isEnabled()
    assert "Choose a column for: Product photo" in mapping.note.text()
    assert scene.currentData() == FORM_VALUE
    assert mapping.preview.rowCount() == 5  # the first rows only
    assert _cell(mapping, 0, 1) == "(form) on a beach"
    assert photo.accessibleName() == "Column for Product photo"

    photo.setFocus()
    QTest.keyClick(photo, Qt.Key.Key_Down)  # "Column A: Look"
    QTest.keyClick(photo, Qt.Key.Key_Down)  # "Column B: Picture link"
    assert photo.currentText() == "Column B: Picture link"
    assert _cell(mapping, 2, 0) == IMAGE.format(2)
    assert mapping.use_button.isEnabled()
    assert mapping.note.text() == "Columns not used: Look, Notes."
    mapping.name_combo.setCurrentIndex(mapping.name_combo.findData(0))  # "Look" names outputs
    QTest.keyClick(mapping, Qt.Key.Key_Return)  # the default button: "Use these columns"
    assert not mapping.isVisible()
    await dialog.settle()
    assert dialog.model.rowCount() == 7
    assert [s.source_name for s in dialog._sources[:2]] == ["look 0", "look 1"]
    assert dict(dialog._sources[0].inputs) == {
        "product_image": IMAGE.format(0),
        "scene_prompt": "on a beach",
    }
    assert dialog.start_button.text() == "Start 7 runs — $0.84"
    await dialog.checks.wait()


@pytest.mark.asyncio
async def test_cancelling_the_column_step_makes_no_rows(open_batch: Open, tmp_path: Path) -> None:
    dialog = await open_batch("background-remover")
    path = tmp_path / "rows.csv"
    path.write_text(f"Image\n{IMAGE.format(1)}\n", encoding="utf-8")
    mapping = await dialog.import_table(path)
    assert mapping is not None
    QTest.keyClick(mapping, Qt.Key.Key_Escape)
    assert not mapping.isVisible()
    await dialog.settle()
    assert dialog.model.rowCount() == 0
    assert not dialog.start_button.isEnabled()


@pytest.mark.asyncio
async def test_an_excel_sheet_is_imported_through_the_same_step(
    open_batch: Open, tmp_path: Path
) -> None:
    dialog = await open_batch("background-remover")
    path = tmp_path / "shots.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Image"])
    for i in range(3):
        sheet.append([f"look {i}", IMAGE.format(i)])
    book.save(path)
    await dialog.add_files([path])  # dropped on its own, like a .csv
    mapping = dialog.mapping
    assert mapping is not None
    assert mapping.isVisible()
    assert mapping.combos["image"].currentText() == "Column B: Image"
    QTest.mouseClick(mapping.use_button, Qt.MouseButton.LeftButton)
    await dialog.settle()
    assert [s.source_name for s in dialog._sources] == ["look 0", "look 1", "look 2"]
    await dialog.checks.wait()  # thumbnails' fetches end inside the test's loop


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "protected by a password"),
        (b"PK\x03\x04garbage", "may be damaged"),
        (b"", "empty"),
    ],
)
async def test_a_workbook_that_cannot_be_read_is_said_in_the_window(
    open_batch: Open, tmp_path: Path, content: bytes, said: str
) -> None:
    dialog = await open_batch("background-remover")
    path = tmp_path / "book.xlsx"
    path.write_bytes(content)
    assert await dialog.import_table(path) is None
    assert dialog.problems.isVisible()
    assert "could not be read" in dialog.problems.text()
    assert said in dialog.problems.text()
    assert dialog.model.rowCount() == 0


# --- combinations and caps ------------------------------------------------------------------


@pytest.mark.asyncio
async def test_files_and_variations_combine_row_by_row_or_every_combination(
    open_batch: Open, tmp_path: Path
) -> None:
    dialog = await open_batch("product-shot-studio")
    shots = tmp_path / "shots"
    shots.mkdir()
    for name in ("a.png", "b.png"):
        write_picture(shots / name, 20, 20)
    await dialog.add_files([shots])
    assert dialog.model.rowCount() == 2
    assert not dialog.combine_choice.isVisible()  # one list: nothing to choose

    dialog.variation_input.setCurrentIndex(dialog.variation_input.findData("scene_prompt"))
    dialog.variations.setPlainText("marble\n\n  dusk \nneon")
    QTest.mouseClick(dialog.use_variations, Qt.MouseButton.LeftButton)
    choice = dialog.combine_choice
    assert choice.isVisible()
    assert choice.lists_label.text() == "Batched: Product photo (2) · Scene (3)"
    # The count is shown before it is chosen; row by row cannot pair 2 with 3.
    assert choice.every.text() == "&Every combination: 2 × 3 = 6 runs"
    assert choice.row_by_row.isChecked()
    assert "same length" in dialog.problems.text()
    assert dialog.model.rowCount() == 0

    choice.every.setFocus()
    QTest.keyClick(choice.every, Qt.Key.Key_Space)
    assert choice.every.isChecked()
    await wait_until(lambda: dialog.start_button.text() == "Start 6 runs — $0.72")
    names = [s.source_name for s in dialog._sources]
    assert names[:3] == ["a.png, marble", "a.png, dusk", "a.png, neon"]
    assert not dialog.problems.isVisible()

    QTest.mouseClick(choice.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert not choice.isVisible()


@pytest.mark.asyncio
async def test_too_many_combinations_cannot_be_chosen(
    open_batch: Open, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_combine_choice, "MAX_ROWS", 5)
    monkeypatch.setattr(batch_combine, "MAX_ROWS", 5)
    dialog = await open_batch("product-shot-studio")
    dialog.set_list("product_image", [IMAGE.format(i) for i in range(3)])
    dialog.set_list("scene_prompt", ["a", "b", "c"])
    assert dialog.model.rowCount() == 3  # row by row
    every = dialog.combine_choice.every
    assert not every.isEnabled()
    assert every.text() == "&Every combination: 3 × 3 = 9 runs, more than 5"
    await dialog.checks.wait()


@pytest.mark.asyncio
async def test_a_folder_or_a_list_past_the_row_limit_is_refused_plainly(
    open_batch: Open, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_dialog, "MAX_ROWS", 3)
    dialog = await open_batch("background-remover")
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(6):
        (folder / f"{i}.png").write_bytes(b"x")
    await dialog.add_files([folder])
    assert "More than 3 files" in dialog.problems.text()
    assert dialog.model.rowCount() == 0
    dialog.variations.setPlainText("\n".join(f"v{i}" for i in range(4)))
    QTest.mouseClick(dialog.use_variations, Qt.MouseButton.LeftButton)
    assert "That makes 4 rows" in dialog.problems.text()
    assert dialog.model.rowCount() == 0


# --- the review -----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_rows_of_the_wrong_shape_are_marked_left_out_and_fixed_in_one_click(
    sandbox: SandboxServer, open_batch: Open, tmp_path: Path, wait: Wait
) -> None:
    dialog = await open_batch("logo-animator")
    logos = tmp_path / "logos"
    logos.mkdir()
    write_picture(logos / "a-square.png", 300, 300)
    write_picture(logos / "b-wide.png", 400, 300)
    write_picture(logos / "c-wide.png", 400, 300)
    await dialog.add_files([logos])
    assert not dialog.start_button.isEnabled()  # still checking: nothing can be started
    assert dialog.start_button.text() == "Checking 3 rows…"
    await dialog.checks.wait()
    await wait(lambda: dialog.start_button.text() == "Start 1 run — $0.60")
    model = dialog.model
    assert [model.data(model.index(r, 0), PROBLEM_ROLE) for r in range(3)] == [False, True, True]
    status = model.data(model.index(1, 4))
    assert status == "⚠ Needs fixing"
    assert model.data(model.index(1, 4), Qt.ItemDataRole.AccessibleTextRole) == (
        "Needs fixing: This picture is 400 × 300, but this input needs the shape 1:1."
    )
    assert model.data(model.index(1, 3)) == "—"  # not in the total
    thumb = model.data(model.index(0, 1), Qt.ItemDataRole.DecorationRole)
    assert isinstance(thumb, QImage)
    assert thumb.width() <= 48
    assert "2 left out until fixed" in dialog.summary.text()
    assert dialog.fixes.isVisible()
    assert dialog.fixes.crop_all_button.text() == "Crop &all 2 to 1:1"

    QTest.mouseClick(dialog.fixes.next_button, Qt.MouseButton.LeftButton)
    assert dialog.table.currentIndex().row() == 1
    assert dialog.fixes.text.text().startswith("Row 2 needs fixing: This picture is 400 × 300")
    QTest.mouseClick(dialog.fixes.crop_button, Qt.MouseButton.LeftButton)
    await dialog.checks.wait()
    await wait(lambda: dialog.start_button.text() == "Start 2 runs — $1.20")
    cropped = logos / "b-wide-1x1.png"
    assert cropped.exists()
    assert QImage(str(cropped)).size().width() == 300
    assert QImage(str(logos / "b-wide.png")).width() == 400  # the original is untouched
    assert dialog._sources[1].inputs["logo"] == str(cropped)

    # The keyboard alone: Tab to "Next problem", Space; then "Use anyway", Space.
    dialog.fixes.next_button.setFocus()
    QTest.keyClick(dialog.fixes.next_button, Qt.Key.Key_Space)
    assert dialog.table.currentIndex().row() == 2
    assert dialog.fixes.use_anyway_button.isVisible()
    dialog.fixes.use_anyway_button.setFocus()
    QTest.keyClick(dialog.fixes.use_anyway_button, Qt.Key.Key_Space)
    await wait(lambda: dialog.start_button.text() == "Start 3 runs — $1.80")
    assert not dialog.fixes.isVisible()

    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await wait_until(
        lambda: (
            dialog._runner is None
            and dialog.model.rows
            and all(row.state == "completed" for row in dialog.model.rows)
        ),
        within=20,
    )
    assert len(sandbox_runs(sandbox)) == 3


@pytest.mark.asyncio
async def test_crop_all_fixes_every_row_a_crop_can_fix(
    open_batch: Open, tmp_path: Path, wait: Wait
) -> None:
    dialog = await open_batch("logo-animator")
    logos = tmp_path / "logos"
    logos.mkdir()
    for i in range(4):
        write_picture(logos / f"{i}.png", 400 + 10 * i, 300)
    await dialog.add_files([logos])
    await dialog.checks.wait()
    await wait(lambda: dialog.start_button.text() == "Start 0 runs — $0.00")
    assert not dialog.start_button.isEnabled()
    assert dialog.fixes.crop_all_button.text() == "Crop &all 4 to 1:1"
    QTest.mouseClick(dialog.fixes.crop_all_button, Qt.MouseButton.LeftButton)
    await dialog.checks.wait()
    await wait(lambda: dialog.start_button.text() == "Start 4 runs — $2.40")
    assert sorted(p.name for p in logos.glob("*-1x1.png")) == [f"{i}-1x1.png" for i in range(4)]


@pytest.mark.asyncio
async def test_a_picture_that_cannot_be_read_is_not_a_problem(
    open_batch: Open, tmp_path: Path, wait: Wait
) -> None:
    """As in the form: FLORA judges what cannot be looked at here."""
    dialog = await open_batch("logo-animator")
    (tmp_path / "not-a-picture.png").write_bytes(b"\x89PNG broken")
    await dialog.add_files([tmp_path / "not-a-picture.png"])
    await dialog.checks.wait()
    await wait(lambda: dialog.start_button.text() == "Start 1 run — $0.60")
    assert dialog.start_button.isEnabled()


# --- the model's counts ---------------------------------------------------------------------

checks_strategy = st.lists(
    st.tuples(
        st.integers(0, 9),
        st.sampled_from([RowCheck(), RowCheck(pending=True), RowCheck(problem="wrong shape")]),
    ),
    max_size=40,
)


@settings(deadline=None)
@given(checks_strategy)
def test_ready_rows_are_those_neither_checking_nor_with_a_problem(
    qapp: object, steps: list[tuple[int, RowCheck]]
) -> None:
    model = BatchRowsModel(0.5)
    sources = [BatchSource({"prompt": str(i)}, str(i)) for i in range(10)]
    model.set_sources(sources)
    last: dict[int, RowCheck] = {}
    for position, check in steps:
        model.set_check(position, check)
        last[position] = check
    fine = [
        s
        for i, s in enumerate(sources)
        if not (last.get(i, RowCheck()).pending or last.get(i, RowCheck()).problem)
    ]
    assert model.ready_sources() == fine
    assert model.ready_count() == len(fine)
    assert model.problem_count() == sum(1 for c in last.values() if c.problem)


@pytest.mark.asyncio
async def test_the_keyboard_reaches_every_part_in_the_order_they_are_drawn(
    open_batch: Open, tmp_path: Path
) -> None:
    dialog = await open_batch("logo-animator")
    write_picture(tmp_path / "wide.png", 400, 300)
    await dialog.add_files([tmp_path / "wide.png"])
    await dialog.checks.wait()
    dialog.select_next_problem()
    chain: list[str] = []
    widget: QWidget = dialog.table
    for _ in range(40):
        widget = _next_focusable(widget)
        if widget is dialog.table:
            break
        chain.append(widget.objectName() or type(widget).__name__)
    fixes = ["batchCropRow", "batchUseAnyway", "batchNextProblem"]
    assert chain[: len(fixes)] == fixes  # right after the table, before the footer
    assert chain.index("batchStart") > chain.index("batchNextProblem")

    path = tmp_path / "rows.csv"
    path.write_text(f"Logo\n{IMAGE.format(1)}\n", encoding="utf-8")
    mapping = await dialog.import_table(path)
    assert mapping is not None
    order = [mapping.combos["logo"], mapping.name_combo, mapping.preview, mapping.use_button]
    for before, after in itertools.pairwise(order):
        assert _next_focusable(before) is after, (before.objectName(), after.objectName())
    mapping.reject()
    await dialog.checks.wait()


def _next_focusable(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the next shown widget that takes focus by Tab."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and not (
        candidate.isVisible() and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
    ):
        candidate = candidate.nextInFocusChain()
    assert candidate is not None
    return candidate


# --- the checks on their own: links and clips -------------------------------------------------


SERVED: list[str] = []


@pytest_asyncio.fixture
async def picture_server(tmp_path: Path) -> AsyncIterator[str]:
    """Pictures served on loopback: ``<url>/wide.png`` is 400 × 300."""
    wide = write_picture(tmp_path / "served-wide.png", 400, 300).read_bytes()

    async def serve(request: web.Request) -> web.StreamResponse:
        SERVED.append(request.path_qs)
        if request.match_info["name"] != "wide.png":
            return web.Response(status=404)
        return web.Response(body=wide, content_type="image/png")

    app = web.Application()
    app.router.add_get("/{name}", serve)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    SERVED.clear()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


def _checks(technique: Technique, sources: list[BatchSource], crops: Path) -> BatchChecks:
    model = BatchRowsModel(technique.run_cost)
    model.set_sources(sources)
    return BatchChecks(model, technique, lambda: crops, TaskOwner())


@pytest.mark.asyncio
async def test_a_linked_picture_is_checked_and_cropped_into_the_crops_folder(
    qapp: object, picture_server: str, tmp_path: Path
) -> None:
    logo = Technique(
        technique_id="t",
        name="Logo",
        run_cost=0.6,
        inputs=(TechniqueIO("logo", "Logo", "imageUrl", specified_aspect_ratio="1:1"),),
    )
    rows = [
        BatchSource({"logo": f"{picture_server}/wide.png"}, "wide"),
        BatchSource({"logo": f"{picture_server}/missing.png"}, "missing"),
        BatchSource({"logo": "https://[::1/broken.png"}, "broken"),  # httpx refuses it
    ]
    checks = _checks(logo, rows, tmp_path / "crops")
    model = checks._model
    checks.start()
    await checks.wait()
    assert model.problem_rows() == [0]  # a link that cannot be read is not a problem
    assert model.ready_count() == 2
    checks.crop(0)
    await checks.wait()
    assert model.problem_rows() == []
    cropped = Path(model.source(0).inputs["logo"])
    assert cropped == tmp_path / "crops" / "wide-1x1.png"  # the link's own file is not ours
    assert QImage(str(cropped)).size().width() == 300
    assert model.source(0).source_name == "wide"


@pytest.mark.asyncio
async def test_a_clip_of_the_wrong_length_is_a_problem_with_no_crop(
    qapp: object, tmp_path: Path
) -> None:
    from tests.ui.test_input_media import write_mp4_lasting

    clip = Technique(
        technique_id="t",
        name="Clip",
        run_cost=1.0,
        inputs=(
            TechniqueIO("clip", "Clip", "videoUrl", specified_duration=5),
            TechniqueIO("prompt", "Prompt", "text"),
        ),
    )
    rows = [
        BatchSource({"clip": str(write_mp4_lasting(tmp_path / "a.mp4", 5.2)), "prompt": "x"}),
        BatchSource({"clip": str(write_mp4_lasting(tmp_path / "b.mp4", 12)), "prompt": "y"}),
    ]
    checks = _checks(clip, rows, tmp_path)
    checks.start()
    await checks.wait()
    model = checks._model
    assert model.problem_rows() == [1]
    assert model.check(1).problem == "This clip is 0:12, but this input needs 5.0 s."
    assert model.check(1).fix_ratio is None
    assert checks.croppable_count() == 0
    checks.use_anyway(1)
    assert model.ready_count() == 2


@pytest.mark.asyncio
async def test_several_values_typed_for_a_many_valued_input_become_rows(
    open_batch: Open,
) -> None:
    """The launcher sends them here (one press, one run); each value is one run."""
    frames = [IMAGE.format(i) for i in range(3)]
    dialog = await open_batch("storyboard-to-animatic", {"frames": frames})
    assert [dict(s.inputs) for s in dialog._sources] == [{"frames": f} for f in frames]
    assert dialog.start_button.text() == "Start 3 runs — $2.70"
    await dialog.checks.wait()


def test_the_rows_model_with_checks_passes_qts_model_tester(qtmodeltester: Any) -> None:
    model = BatchRowsModel(0.5, {"logo": "Logo"})
    model.set_sources([BatchSource({"logo": f"/tmp/{i}.png"}, f"{i}.png") for i in range(4)])
    thumb = QImage(8, 8, QImage.Format.Format_RGB32)
    model.set_check(0, RowCheck(thumbnail=thumb))
    model.set_check(1, RowCheck(pending=True))
    model.set_check(2, RowCheck(problem="wrong shape", fix_ratio="1:1"))
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DecorationRole) is thumb
    assert model.data(model.index(0, 2)) == "Logo: 0.png"  # a file by its name, not its path
    assert model.data(model.index(1, 4)) == "Checking…"
    assert model.data(model.index(2, 4), Qt.ItemDataRole.ToolTipRole) == "wrong shape"


@pytest.mark.asyncio
async def test_a_crop_that_cannot_be_saved_is_said_and_the_row_stays_out(
    open_batch: Open, picture_server: str, tmp_path: Path, wait: Wait
) -> None:
    dialog = await open_batch("logo-animator")
    (tmp_path / "blocked").write_text("a file where the folder should be", encoding="utf-8")
    dialog.out_dir = tmp_path / "blocked" / "batch"  # crops of links go below it
    dialog.set_list("logo", [f"{picture_server}/wide.png", f"{picture_server}/wide.png?2"])
    await dialog.checks.wait()
    await wait(lambda: dialog.model.problem_count() == 2 and dialog.fixes.next_button.isVisible())
    QTest.mouseClick(dialog.fixes.next_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.fixes.crop_button, Qt.MouseButton.LeftButton)
    await dialog.checks.wait()
    await wait(lambda: dialog.fixes.note.isVisible())
    assert dialog.fixes.note.text() == "The cropped copy could not be saved."
    assert dialog.model.problem_rows() == [0, 1]
    await wait(lambda: dialog.start_button.text() == "Start 0 runs — $0.00")
    QTest.mouseClick(dialog.fixes.use_anyway_button, Qt.MouseButton.LeftButton)
    assert not dialog.fixes.note.isVisible()  # the next fix asked for clears it
    await wait(lambda: dialog.start_button.text() == "Start 1 run — $0.60")


@pytest.mark.asyncio
async def test_links_are_fetched_for_thumbnails_only_for_the_first_rows(
    qapp: object, picture_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No rule to check: a CSV of 5 links fetches the first ``MAX_LINK_THUMBS`` only."""
    monkeypatch.setattr(batch_checks, "MAX_LINK_THUMBS", 2)
    plain = Technique(
        technique_id="t",
        name="Plain",
        run_cost=0.1,
        inputs=(TechniqueIO("image", "Image", "imageUrl"),),
    )
    rows = [BatchSource({"image": f"{picture_server}/wide.png?{i}"}, str(i)) for i in range(5)]
    checks = _checks(plain, rows, tmp_path)
    checks.start()
    assert checks._model.pending_count() == 0  # thumbnails never hold the start back
    await checks.wait()
    assert sorted(SERVED) == ["/wide.png?0", "/wide.png?1"]
    model = checks._model
    assert isinstance(model.data(model.index(1, 1), Qt.ItemDataRole.DecorationRole), QImage)
    assert model.data(model.index(2, 1), Qt.ItemDataRole.DecorationRole) is None


@pytest.mark.asyncio
async def test_sheets_and_folders_are_read_off_the_ui_thread(
    open_batch: Open, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    readers: list[str] = []

    def watched(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            readers.append(threading.current_thread().name)
            return real(*args, **kwargs)

        return call

    for name in ("read_table", "rows_from_table", "files_in"):
        monkeypatch.setattr(batch_dialog, name, watched(getattr(batch_dialog, name)))
    dialog = await open_batch("background-remover")
    path = tmp_path / "rows.csv"
    path.write_text(f"Image\n{IMAGE.format(1)}\n", encoding="utf-8")
    mapping = await dialog.import_table(path)
    assert mapping is not None
    mapping.accept()
    await dialog.settle()
    await dialog.add_files([tmp_path])
    assert len(readers) == 3
    assert threading.main_thread().name not in readers
    await dialog.checks.wait()


@pytest.mark.asyncio
async def test_nothing_gives_start_back_while_the_batch_is_being_recorded(
    open_batch: Open,
    tmp_path: Path,
    wait: Wait,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A late check (or new rows) between the press and the batch's record: one press,
    one batch; "Resume" is not offered for a batch that has not run yet."""
    dialog = await open_batch("background-remover")
    dialog.set_list("image", [IMAGE.format(i) for i in range(2)])
    await dialog.checks.wait()
    await wait(lambda: dialog.start_button.isEnabled())
    release = asyncio.Event()
    create = dialog._store.create

    async def slow_create(*args: Any, **kwargs: Any) -> Any:
        await release.wait()
        return await create(*args, **kwargs)

    monkeypatch.setattr(dialog._store, "create", slow_create)
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await asyncio.sleep(0.05)
    dialog._after_checks()  # a check's refresh arriving late
    dialog.set_list("image", [IMAGE.format(9)])  # rows dropped meanwhile are not taken
    assert not dialog.start_button.isEnabled()
    assert not dialog.resume_button.isVisibleTo(dialog)
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)  # a second press
    release.set()
    await wait(lambda: dialog._runner is not None)
    assert [row.inputs["image"] for row in dialog.model.rows] == [IMAGE.format(0), IMAGE.format(1)]
    assert len(await dialog._store.batches()) == 1
    dialog._runner.cancel()  # type: ignore[union-attr]
    await wait(lambda: dialog._runner is None)
