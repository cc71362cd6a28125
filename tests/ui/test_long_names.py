"""Long names on the making screen: cut with "…" where they do not fit, never clipped or wide.

A technique, an output or a file named without spaces ("AAAA…" 300 times) has nowhere to
wrap. It must end in a visible "…", leave the buttons beside it in view, and stay whole
in the tooltip and the accessible name.
"""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.api.models import RunOutput, RunStart
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.ui.pages.connected import RUNS_TAB
from flora_desktop.ui.widgets.elided_label import ELLIPSIS, ElidedLabel, elided_lines
from flora_desktop.ui.widgets.file_input_bar import FileInputBar
from flora_desktop.ui.widgets.media_preview import MediaPreview
from flora_desktop.ui.widgets.output_view import OutputsView
from flora_desktop.ui.widgets.result_panel import ResultPanel
from tests.ui.conftest import Wait
from tests.ui.runs_support import RunsAppFactory
from tests.ui.test_launcher import (  # noqa: F401 (fixtures)
    MakePage,
    add_fault,
    choose_workspace,
    click_row,
    make_page,
    paths,
)
from tests.ui.test_making import make_app  # noqa: F401 (fixture)
from tests.ui.test_making_hostile import outputs_view  # noqa: F401 (fixture)
from tests.ui.test_runs_panel import launch

LONG = "A" * 300
FILE_NAME = "IMG_" + "0123456789" * 20 + ".png"


def _shown(view: OutputsView) -> None:
    # A card added to the shown view is shown by a queued call, which the qasync loop of a
    # test leaves waiting; nothing else runs yet, so one nested pass is harmless.
    QApplication.processEvents()


def _right_edge_inside(widget: QWidget, container: QWidget) -> bool:
    left = widget.mapTo(container, widget.rect().topLeft()).x()
    return left + widget.width() <= container.width()


# --- the rule -------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(st.sampled_from("AbW i.-_…🎨é"), min_size=1, max_size=400),
    width=st.integers(min_value=20, max_value=600),
    max_lines=st.integers(min_value=1, max_value=4),
)
def test_lines_fit_their_width_and_say_when_text_is_cut(
    qapp: QApplication, text: str, width: int, max_lines: int
) -> None:
    font = QFont()
    lines = elided_lines(text, font, width, max_lines)
    metrics = QLabel().fontMetrics()
    assert 1 <= len(lines) <= max_lines
    for line in lines:
        assert metrics.horizontalAdvance(line) <= width
    shown = "".join(lines).replace(" ", "")
    whole = text.replace(" ", "")
    # Either everything is there, or the last line says that something is not.
    assert shown == whole or lines[-1].endswith(ELLIPSIS)


@pytest.mark.parametrize("unit", ["A", "word ", "\u200b"])
def test_a_megabyte_name_is_cut_without_laying_all_of_it_out(qapp: QApplication, unit: str) -> None:
    """Only what can show is laid out (a megabyte froze the window); the cut still shows."""
    text = unit * (1_000_000 // len(unit))
    lines = elided_lines(text, QFont(), 400, 3)
    assert lines[-1].endswith(ELLIPSIS)
    assert sum(len(line) for line in lines) <= 3 * 400 + 2  # what fits, and "…"


def test_a_short_name_is_whole_and_has_no_tooltip(qtbot: QtBot) -> None:
    label = ElidedLabel("Hero visual", max_lines=2)
    qtbot.addWidget(label)
    label.resize(400, 60)
    assert label.shown_text() == "Hero visual"
    assert not label.is_elided()
    assert label.toolTip() == ""
    assert label.accessibleName() == "Hero visual"


# --- where names show -----------------------------------------------------------------------


@pytest.mark.parametrize("title", [LONG, FILE_NAME])
@pytest.mark.asyncio
async def test_a_long_output_title_ends_in_an_ellipsis_and_keeps_the_buttons_in_view(
    outputs_view: OutputsView,  # noqa: F811 (the fixture imported above)
    qtbot: QtBot,
    wait: Wait,
    title: str,
) -> None:
    outputs_view.resize(520, 600)  # a narrow result beside the form
    outputs = [RunOutput(output_id="output_1", type="text", url="A caption.")]
    outputs_view.set_outputs("run_1", "Captions", outputs)
    [card] = outputs_view.cards()
    card.title.setText(title)  # as the technique names its output
    _shown(outputs_view)
    await wait(lambda: card.save_button.isVisible() and card.title.is_elided())
    label = card.title
    assert isinstance(label, ElidedLabel)
    assert label.shown_text().endswith(ELLIPSIS)
    assert label.text() == title
    assert label.toolTip() == title
    assert label.accessibleName() == title
    # Cut, not clipped: the title never pushes Save off the card.
    assert card.width() <= outputs_view.width()
    assert _right_edge_inside(card.save_button, card)


@pytest.mark.asyncio
async def test_a_long_saved_file_name_wraps_inside_the_card(
    outputs_view: OutputsView,  # noqa: F811 (the fixture imported above)
    wait: Wait,
) -> None:
    outputs_view.resize(520, 600)
    outputs_view.set_outputs("run_1", "Captions", [RunOutput("output_1", "text", "A caption.")])
    [card] = outputs_view.cards()
    card.show_note(f"Saved as {FILE_NAME}")
    _shown(outputs_view)
    await wait(lambda: card.note.isVisible() and "\n" in card.note.shown_text())
    note = card.note
    assert isinstance(note, ElidedLabel)
    assert note.width() <= card.width()
    assert note.shown_text().count("\n") >= 1  # broken inside the name, not clipped
    assert "".join(note.shown_text().split()) == "".join(f"Saved as {FILE_NAME}".split())


@pytest.mark.asyncio
async def test_a_long_technique_name_is_cut_on_the_form_and_in_the_result(
    sandbox: SandboxServer,
    make_page: MakePage,  # noqa: F811 (the fixture imported above)
    wait: Wait,
) -> None:
    technique = {
        "technique_id": "tech_long",
        "name": LONG,
        "description": "D" * 2000,
        "run_cost": 0.5,
        "inputs": [{"id": "brief", "name": "Brief", "type": "text", "optional": False}],
        "outputs": [{"id": "out", "name": LONG, "type": "text"}],
    }
    for path, body in (
        ("/api/v1/techniques", json.dumps({"techniques": [technique]})),
        ("/api/v1/techniques/tech_long", json.dumps(technique)),
    ):
        add_fault(sandbox, path=path, method="GET", mode="body", body=body, count=None)
    page = await make_page()
    page.resize(900, 600)
    await wait(lambda: page.catalogue.items)
    await page.select_technique("tech_long")
    title = page.findChild(ElidedLabel, "techniqueTitle")
    about = page.findChild(ElidedLabel, "techniqueAbout")
    assert title is not None
    assert about is not None
    await wait(lambda: title.text() == LONG and title.is_elided())
    assert title.shown_text().endswith(ELLIPSIS)
    assert title.shown_text().count("\n") == 1  # two lines, then "…"
    assert title.toolTip() == LONG
    assert title.accessibleName() == LONG
    assert about.is_elided()
    assert about.shown_text().endswith(ELLIPSIS)
    # Neither widens the page past its window.
    assert page.minimumSizeHint().width() <= 900
    assert title.width() <= page.width()

    panel = ResultPanel()
    panel.resize(360, 400)
    panel.show()
    try:
        panel.show_started(RunStart.from_dict({"run_id": "run_1", "type": "technique"}), LONG)
        field = panel.findChild(ElidedLabel, "resultTechnique")
        assert field is not None
        assert field.text() == LONG
        toggle = panel.findChild(QToolButton, "resultDetailsToggle")
        assert toggle is not None
        toggle.click()
        await wait(lambda: field.isVisible() and field.is_elided())
        assert field.shown_text().endswith(ELLIPSIS)
        assert _right_edge_inside(field, panel)
    finally:
        panel.close()
        panel.deleteLater()


@pytest.mark.asyncio
async def test_a_long_input_file_name_is_cut_beside_its_thumbnail(qtbot: QtBot, wait: Wait) -> None:
    preview = MediaPreview()
    qtbot.addWidget(preview)
    preview.resize(480, 200)
    preview.show()
    preview.show_media(None, f"{FILE_NAME * 3} · 2.0 MB · 4000 × 3000", "▣")
    info = preview.info
    assert isinstance(info, ElidedLabel)
    await wait(lambda: info.is_elided())
    assert info.shown_text().endswith(ELLIPSIS)
    assert info.toolTip().startswith(FILE_NAME)
    assert _right_edge_inside(info, preview)


def test_a_long_file_name_being_uploaded_stays_inside_its_row(qtbot: QtBot) -> None:
    bar = FileInputBar()
    qtbot.addWidget(bar)
    bar.resize(520, 120)
    bar.show()
    qtbot.waitExposed(bar)
    bar.start(FILE_NAME * 3)
    status = bar.status
    assert isinstance(status, ElidedLabel)
    qtbot.waitUntil(status.is_elided)
    assert status.shown_text().endswith(ELLIPSIS)
    assert status.text() == f"Uploading “{FILE_NAME * 3}”…"
    assert status.toolTip() == status.text()
    assert _right_edge_inside(status, bar)
    assert _right_edge_inside(bar.cancel_button, bar)


@pytest.mark.asyncio
async def test_a_long_technique_name_is_cut_in_the_runs_tab(
    sandbox: SandboxServer,
    make_app: RunsAppFactory,  # noqa: F811 (the fixture imported above)
    qtbot: QtBot,
    wait: Wait,
) -> None:
    async with httpx.AsyncClient() as http:
        answer = await http.get(
            f"{sandbox.api_url}/techniques/voiceover-studio",
            headers={"Authorization": f"Bearer {sandbox.api_key}"},
        )
    real = answer.json()
    real["name"] = LONG
    for path, body in (
        ("/api/v1/techniques", json.dumps({"techniques": [real]})),
        (f"/api/v1/techniques/{real['technique_id']}", json.dumps(real)),
    ):
        add_fault(sandbox, path=path, method="GET", mode="body", body=body, count=None)
    app = await make_app()
    app.connection.widget.resize(1280, 800)
    page = app.page
    choose_workspace(page, "owner")
    await wait(lambda: page.technique_picker.model.rowCount() == 1)
    click_row(page, LONG, qtbot)
    await wait(lambda: page.technique is not None and page.technique.name == LONG)
    run_id = await launch(app.tabs, LONG, qtbot, wait, script="Hello")
    runs = app.tabs.runs
    await wait(lambda: runs.selected_run_id == run_id)
    app.tabs.setCurrentIndex(RUNS_TAB)
    title = runs.title
    assert isinstance(title, ElidedLabel)
    await wait(lambda: title.isVisible() and title.is_elided())
    assert title.text().startswith(LONG)
    assert title.shown_text().endswith(ELLIPSIS)
    assert title.toolTip() == title.text()
    assert _right_edge_inside(title, runs)
