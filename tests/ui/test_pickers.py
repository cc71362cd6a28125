"""The pickers' models and widgets: roles, lazy paging, painting, and what screen readers get."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from flora_desktop.api.models import Technique, TechniqueIO, Workspace
from flora_desktop.ui.models.techniques_model import TechniquesModel, io_type_words
from flora_desktop.ui.models.workspaces_model import WorkspacesModel, can_run, workspace_label
from flora_desktop.ui.widgets.technique_picker import TechniquePicker, paint_io_icon
from flora_desktop.ui.widgets.workspace_picker import WorkspacePicker

WORKSPACES = [
    Workspace("ws_a", "Studio North", "owner"),
    Workspace("ws_b", "Client Work", "editor"),
    Workspace("ws_c", "Brand Archive", "viewer"),
]


def technique(n: int, *, cost: float = 0.12) -> Technique:
    return Technique(
        technique_id=f"tech_{n:04d}",
        name=f"Technique {n}",
        run_cost=cost,
        description=f"Does thing number {n} to a picture.",
        inputs=(TechniqueIO("image", "Image", "imageUrl"), TechniqueIO("note", "Note", "text")),
        outputs=(TechniqueIO("out", "Out", "videoUrl"),),
    )


@pytest.fixture
def techniques() -> list[Technique]:
    return [technique(n) for n in range(30)]


def test_workspace_labels_mark_view_only() -> None:
    assert [workspace_label(w) for w in WORKSPACES] == [
        "Studio North (owner)",
        "Client Work (editor)",
        "Brand Archive (view only)",
    ]
    assert [can_run(w) for w in WORKSPACES] == [True, True, False]


def test_workspaces_model_roles(qtmodeltester: object) -> None:
    model = WorkspacesModel()
    model.set_rows(WORKSPACES)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    index = model.index(2)
    assert model.data(index, WorkspacesModel.WorkspaceIdRole) == "ws_c"
    assert model.data(index, WorkspacesModel.MemberRole) == "viewer"
    assert model.data(index, WorkspacesModel.CanRunRole) is False
    assert "not start runs" in str(model.data(index, Qt.ItemDataRole.ToolTipRole))
    assert model.roleNames()[WorkspacesModel.CanRunRole].data() == b"canRun"


def test_workspace_picker_selects_remembered_or_first_runnable(qtbot: QtBot) -> None:
    picker = WorkspacePicker()
    qtbot.addWidget(picker)
    chosen: list[Workspace] = []
    picker.workspace_selected.connect(chosen.append)
    picker.set_workspaces(list(reversed(WORKSPACES)), selected=None)
    assert picker.current_workspace() == WORKSPACES[1]  # the viewer one is not the default
    picker.set_workspaces(WORKSPACES, selected="ws_c")
    assert picker.currentText() == "Brand Archive (view only)"
    assert chosen[-1].workspace_id == "ws_c"
    assert picker.objectName() == "workspacePicker"
    assert picker.accessibleName() == "Workspace"


def test_techniques_model_roles_and_paging(
    qtmodeltester: object, techniques: list[Technique]
) -> None:
    model = TechniquesModel()
    model.set_rows(techniques[:10], more=True)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    index = model.index(3)
    assert model.data(index, TechniquesModel.CostTextRole) == "$0.12 per run"
    assert model.data(index, TechniquesModel.InputTypesRole) == ["imageUrl", "text"]
    assert model.data(index, TechniquesModel.OutputTypesRole) == ["videoUrl"]
    spoken = str(model.data(index, Qt.ItemDataRole.AccessibleTextRole))
    assert "Technique 3" in spoken
    assert "$0.12 per run" in spoken
    assert "image, text" in spoken

    # A fresh model: the tester stays attached and calls fetchMore on every reset.
    model = TechniquesModel()
    model.set_rows(techniques[:10], more=True)
    asked: list[bool] = []
    model.fetch_more_requested.connect(lambda: asked.append(True))
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # already loading: not asked twice
    assert asked == [True]
    model.append_rows(techniques[10:20], more=False)
    assert model.rowCount() == 20
    assert not model.canFetchMore(QModelIndex())
    model.append_rows(techniques[15:20], more=False)  # duplicates are not added twice
    assert model.rowCount() == 20
    assert io_type_words([]) == "none"


def test_picker_list_asks_for_more_when_scrolled_to_the_end(
    qtbot: QtBot, techniques: list[Technique]
) -> None:
    picker = TechniquePicker()
    qtbot.addWidget(picker)
    picker.resize(360, 300)
    picker.show()
    asked: list[bool] = []
    picker.model.fetch_more_requested.connect(lambda: asked.append(True))
    picker.set_techniques(techniques[:10], more=True, selected=None)
    picker.list.scrollToBottom()
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    assert picker.list.objectName() == "techniquePicker"
    assert picker.search.objectName() == "techniqueSearch"
    assert picker.list.accessibleName()
    assert picker.search.accessibleName()


def test_picker_paints_rows(qtbot: QtBot, techniques: list[Technique]) -> None:
    picker = TechniquePicker()
    qtbot.addWidget(picker)
    picker.resize(360, 400)
    picker.set_techniques(techniques[:5], more=False, selected="tech_0002")
    picker.show()
    image = picker.grab().toImage()
    assert not image.isNull()
    # Selected row highlighted and text drawn: the picture is not one flat colour.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 200, 5)}
    assert len(colours) > 3
    assert picker.list.currentIndex().row() == 2


@pytest.mark.parametrize(
    "io_type", ["imageUrl", "videoUrl", "audioUrl", "text", "documentUrl", "x"]
)
def test_io_icons_draw_something(io_type: str, qtbot: QtBot) -> None:
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_io_icon(painter, QRectF(2, 2, 28, 28), io_type, QColor("black"))
    painter.end()
    dark = sum(
        1 for x in range(32) for y in range(32) if QColor(image.pixel(x, y)).lightness() < 128
    )
    assert dark > 5


def test_search_text_set_through_accessibility_filters_and_the_clear_button_is_named(
    qtbot: QtBot,
) -> None:
    """AT-SPI's set_text_contents emits textChanged only (PLATFORM.md): it must filter."""
    picker = TechniquePicker()
    qtbot.addWidget(picker)
    picker.show()
    searched: list[str] = []
    picker.search_changed.connect(searched.append)
    picker.search.setText("logo")
    assert searched == ["logo"]
    clear = picker.search.findChild(QToolButton, "techniqueSearchClear")
    assert clear is not None
    assert clear.accessibleName() == "Clear the search"
    QTest.keyClick(picker.search, Qt.Key.Key_Escape)
    assert searched == ["logo", ""]  # once, not twice
