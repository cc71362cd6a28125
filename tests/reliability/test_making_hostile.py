"""Issue 11, tried by a hostile server: numbers and texts in schemas the making screen shows.

Python's ``json`` reads ``NaN``, ``Infinity`` and ``1e400`` (as infinity) where JSON has no
such numbers; a price, a length or a progress must never become one on screen.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services import media_checks
from flora_desktop.ui.messages import UserMessage
from tests.reliability.conftest import MakePage, add_fault
from tests.ui.conftest import wait_until

NON_FINITE = ("NaN", "Infinity", "-Infinity", "1e400")


def _technique(run_cost: str, duration: str) -> dict[str, Any]:
    return {
        "technique_id": "tech_hostile",
        "name": "Hostile numbers",
        "description": "A schema with numbers JSON cannot hold.",
        # Replaced verbatim below: json.dumps would refuse some of these.
        "run_cost": "@COST@",
        "inputs": [
            {
                "id": "clip",
                "name": "Clip",
                "type": "videoUrl",
                "optional": False,
                "specified_duration": "@DURATION@",
            }
        ],
        "outputs": [{"id": "out", "name": "Out", "type": "imageUrl"}],
    }


def _body(document: dict[str, Any], run_cost: str, duration: str) -> str:
    text = json.dumps(document)
    return text.replace('"@COST@"', run_cost).replace('"@DURATION@"', duration)


@pytest.mark.asyncio
@pytest.mark.parametrize("literal", NON_FINITE)
async def test_non_finite_numbers_never_reach_the_cost_line(
    sandbox: SandboxServer, make_page: MakePage, literal: str
) -> None:
    """A price that is not a number is refused, never shown as "$nan" or "$inf"."""
    technique = _technique(literal, "5")
    listing = _body({"techniques": [technique]}, literal, "5")
    add_fault(
        sandbox, path="/api/v1/techniques", method="GET", mode="body", body=listing, count=None
    )
    page = await make_page()
    await wait_until(lambda: page.banner.isVisible() or page.catalogue.items)
    texts = [page.run_bar.cost_text()] + [f"{t.name} {t.run_cost}" for t in page.catalogue.items]
    for text in texts:
        assert "nan" not in text.lower(), text
        assert "inf" not in text.lower(), text
    await make_page.close_all()


@pytest.mark.asyncio
@pytest.mark.parametrize("literal", NON_FINITE)
async def test_non_finite_duration_is_ignored_not_shown(
    sandbox: SandboxServer, make_page: MakePage, literal: str
) -> None:
    """A clip length FLORA cannot mean is dropped: the row shows, with no absurd hint."""
    technique = _technique("0.5", literal)
    listing = _body({"techniques": [technique]}, "0.5", literal)
    one = _body(technique, "0.5", literal)
    for path, body in (("/api/v1/techniques", listing), ("/api/v1/techniques/tech_hostile", one)):
        add_fault(sandbox, path=path, method="GET", mode="body", body=body, count=None)
    page = await make_page()
    await wait_until(lambda: page.catalogue.items)
    await page.select_technique("tech_hostile")
    await wait_until(lambda: page.editor.row_widgets())
    [row] = page.editor.row_widgets()
    assert row.row.schema.specified_duration is None
    assert "$0.50" in page.run_bar.cost_text()
    await make_page.close_all()


LOUD = '<span style="font-size:200pt">Loud</span> <img src="/etc/hostname">'


@pytest.mark.asyncio
async def test_markup_in_names_and_help_shows_as_text(
    sandbox: SandboxServer, make_page: MakePage
) -> None:
    """Names and help from the schema are words: markup in them is shown, never rendered."""
    technique = {
        "technique_id": "tech_markup",
        "name": "Title " + LOUD,
        "description": "About " + LOUD,
        "run_cost": 0.5,
        "inputs": [
            {
                "id": "brief",
                "name": "Brief " + LOUD,
                "type": "text",
                "optional": False,
                "description": "Help " + LOUD,
            }
        ],
        "outputs": [{"id": "out", "name": "Out", "type": "imageUrl"}],
    }
    for path, body in (
        ("/api/v1/techniques", json.dumps({"techniques": [technique]})),
        ("/api/v1/techniques/tech_markup", json.dumps(technique)),
    ):
        add_fault(sandbox, path=path, method="GET", mode="body", body=body, count=None)
    page = await make_page()
    await wait_until(lambda: page.catalogue.items)
    await page.select_technique("tech_markup")
    await wait_until(lambda: page.editor.row_widgets())
    [row] = page.editor.row_widgets()
    labels = [
        page.findChild(QLabel, "techniqueTitle"),
        page.findChild(QLabel, "techniqueAbout"),
        row.name_label,
        row.help_label,
    ]
    for label in labels:
        assert label is not None
        assert "<span" in label.text()
        # Rendered, the 200 pt span makes the label ten lines tall; as text it wraps to a few.
        label.setFixedWidth(2000)
        assert label.heightForWidth(2000) < 4 * label.fontMetrics().lineSpacing(), (
            label.objectName()
        )
    # The tooltip too shows the markup as typed (escaped), not rendered.
    assert "&lt;span" in row.name_label.toolTip()
    await make_page.close_all()


@pytest.mark.asyncio
async def test_a_wall_of_help_text_leaves_the_field_in_view(
    sandbox: SandboxServer, make_page: MakePage
) -> None:
    """10,000 characters of help are cut to a readable paragraph: the field stays near its name."""
    technique = {
        "technique_id": "tech_wordy",
        "name": "Wordy",
        "run_cost": 0.5,
        "inputs": [
            {
                "id": "photo",
                "name": "Photo",
                "type": "imageUrl",
                "optional": False,
                "description": "Describe the picture in detail. " * 400,
            }
        ],
        "outputs": [{"id": "out", "name": "Out", "type": "imageUrl"}],
    }
    for path, body in (
        ("/api/v1/techniques", json.dumps({"techniques": [technique]})),
        ("/api/v1/techniques/tech_wordy", json.dumps(technique)),
    ):
        add_fault(sandbox, path=path, method="GET", mode="body", body=body, count=None)
    page = await make_page()
    page.resize(2560, 1440)
    await wait_until(lambda: page.catalogue.items)
    await page.select_technique("tech_wordy")
    await wait_until(lambda: page.editor.row_widgets())
    [row] = page.editor.row_widgets()
    help_label = row.help_label
    line = help_label.fontMetrics().lineSpacing()
    # At most a paragraph: a handful of lines at the field's own (readable) width.
    width = row.value_editor.maximumWidth()
    assert help_label.heightForWidth(width) <= 8 * line
    assert help_label.maximumWidth() <= row.value_editor.maximumWidth()
    assert help_label.text().endswith("…")
    # The whole text is still there for whoever wants it.
    assert "Describe the picture in detail." in help_label.toolTip()
    await make_page.close_all()


@pytest.mark.parametrize(
    "spec", ["1:" + "9" * 400, "9" * 400 + ":1", "1:1000000", "1000000:1", "0.0001:1"]
)
def test_an_absurd_shape_is_not_checked_nor_cropped_to(spec: str) -> None:
    """A shape no picture can sensibly have (a 1-pixel sliver) is ignored, not enforced."""
    assert media_checks.parse_ratio(spec) is None
    assert media_checks.ratio_problem(4000, 3000, spec) is None
    assert media_checks.centre_crop(4000, 3000, spec) is None


PRODUCT_SHOT = "tech_343c15c71b"  # a sandbox technique, here under a long display name


@pytest.mark.asyncio
async def test_a_two_line_title_never_overprints_the_form_at_900_by_600(
    sandbox: SandboxServer, make_page: MakePage, qtbot: QtBot
) -> None:
    """With a run below the form, a name that wraps keeps title, rows and Run bar apart."""
    technique = {
        "technique_id": PRODUCT_SHOT,
        "name": "Seasonal campaign hero visual for retail windows, posters, billboards, "
        "newsletters and social media in every market we sell in",
        "description": "Places a product photo in a clean studio scene.",
        "run_cost": 0.12,
        "inputs": [
            {"id": "product_image", "name": "Product photo", "type": "imageUrl", "optional": False}
        ],
        "outputs": [{"id": "product_shot", "name": "Product shot", "type": "imageUrl"}],
    }
    for path, body in (
        ("/api/v1/techniques", json.dumps({"techniques": [technique]})),
        (f"/api/v1/techniques/{PRODUCT_SHOT}", json.dumps(technique)),
    ):
        add_fault(sandbox, path=path, method="GET", mode="body", body=body, count=None)
    page = await make_page()
    page.resize(900, 600)
    await wait_until(lambda: page.catalogue.items)
    await page.select_technique(PRODUCT_SHOT)
    await wait_until(lambda: page.editor.row_widgets())
    [row] = page.editor.row_widgets()
    field = row.value_editor.focus_widget()
    field.setFocus()
    QTest.keyClicks(field, "https://media.flora.ai/product.png")
    await page.submit()
    await wait_until(lambda: page.layout_unit.result_shown)
    form = page.findChild(QWidget, "launcherWork")
    assert form is not None

    def parts() -> list[QWidget]:
        children = [c for c in form.children() if isinstance(c, QWidget) and c.isVisible()]
        return sorted(children, key=lambda c: c.geometry().top())

    await wait_until(lambda: len(parts()) >= 3)
    title = page.findChild(QLabel, "techniqueTitle")
    assert title is not None
    assert title.heightForWidth(title.width()) > title.fontMetrics().lineSpacing() * 3 // 2
    placed = parts()
    for part in placed:
        if part.hasHeightForWidth():  # a wrapped label gets all its lines
            assert part.height() >= part.heightForWidth(part.width()), part.objectName()
    for upper, lower in itertools.pairwise(placed):
        assert upper.geometry().bottom() < lower.geometry().top(), (
            f"{upper.objectName()} overprints {lower.objectName()}"
        )
    # A banner of eighty refused fields wraps tall; the window may still be 600 px high.
    message = UserMessage(title="Some inputs need a fix", sentence="FLORA refused.", what_to_do="")
    page.banner.show_message(message, extra_lines=[f"Field {n}: not accepted." for n in range(80)])
    await wait_until(lambda: page.banner.isVisible())
    for _ in range(3):
        QApplication.processEvents()
    assert page.minimumSizeHint().height() <= 600
    await make_page.close_all()
