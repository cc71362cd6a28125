"""Issue 11's smaller parts: where a run stopped, the connection in use, spend, dialogs, roles."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from flora_desktop.services.history import HistoryStore
from flora_desktop.services.paths import AppPaths
from flora_desktop.services.profiles import Profiles
from flora_desktop.services.run_tracker import StartedRun, TrackedRun
from flora_desktop.services.session import Connection
from flora_desktop.services.settings import Settings
from flora_desktop.services.spend import month_start, spent, today_start
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.services.watch import WatchUpdate
from flora_desktop.ui.dialogs.settings_dialog import SettingsDialog
from flora_desktop.ui.file_dialogs import InputFileChooser, pictures_folder
from flora_desktop.ui.models.runs_model import RunsModel
from flora_desktop.ui.pages.next_steps import BILLING_PAGE_URL
from flora_desktop.ui.widgets.accessible_parts import name_splitter_handles
from flora_desktop.ui.widgets.run_bar import RunBar
from flora_desktop.ui.widgets.run_progress import RunProgress


def _tracked(status: str, progress: float) -> TrackedRun:
    run = StartedRun(run_id="run_1", technique_id="tech_1", workspace_id="ws_1", inputs={})
    update = WatchUpdate(run_id="run_1", status=status, progress=progress, elapsed=3.0)
    return TrackedRun(run, update)


# --- a failed run shows where it stopped ---------------------------------------------


def test_a_run_failing_at_99_percent_is_shown_at_99_not_0(qtbot: QtBot) -> None:
    model = RunsModel()
    model.upsert(_tracked("running", 99.0))
    failed = _tracked("failed", 0.0)  # what FLORA reports for a failed run
    model.upsert(failed)
    index = model.index(0, RunsModel.PROGRESS)
    assert model.data(index, RunsModel.ProgressRole) == 99.0

    progress = RunProgress()
    qtbot.addWidget(progress)
    progress.show_run(failed, reached=model.reached("run_1"))
    assert progress.bar.value() == 99
    assert progress.bar.text() == "Failed at 99%"


@given(st.lists(st.floats(min_value=0, max_value=100), min_size=1, max_size=8))
def test_reached_is_the_furthest_progress_seen(values: list[float]) -> None:
    model = RunsModel()
    for value in values:
        model.upsert(_tracked("running", value))
    assert model.reached("run_1") == max(values)


# --- the connection actually in use -----------------------------------------------------


@pytest.mark.parametrize(
    ("connection", "words", "label"),
    [
        (
            Connection("http://127.0.0.1:5000/api/v1", "k", "sandbox"),
            "practice sandbox",
            "Default (chosen)",
        ),
        (
            Connection("https://app.flora.ai/api/v1", "k", "environment"),
            "FLORA_API_KEY environment variable, to app.flora.ai",
            "Default (chosen)",
        ),
        (
            Connection("https://app.flora.ai/api/v1", "k", "keyring"),
            "profile “Default”, to app.flora.ai",
            "Default (in use)",
        ),
    ],
)
def test_settings_say_which_connection_is_in_use(
    qtbot: QtBot, qapp_paths: AppPaths, connection: Connection, words: str, label: str
) -> None:
    settings = Settings.load(qapp_paths.settings_file)
    dialog = SettingsDialog(settings, Profiles(settings), None, TaskOwner(), connection=connection)
    qtbot.addWidget(dialog)
    assert words in dialog.connection_label.text()
    item = dialog.profile_list.item(0)
    assert item is not None
    assert item.text() == label


# --- spend from this app's history --------------------------------------------------------


@pytest.mark.asyncio
async def test_spend_adds_up_today_and_this_month_per_workspace(tmp_path: Path) -> None:
    from flora_desktop.api.models import RunStatus

    now = time.time()
    base = "https://app.flora.ai/api/v1"
    async with HistoryStore(tmp_path / "history.sqlite3") as history:
        day, month = today_start(now), month_start(now)
        rows = [
            ("run_a", "ws_1", now - 10, 0.55),
            ("run_b", "ws_1", max(month, day - 3600), 1.20),  # this month, not today
            ("run_c", "ws_2", now - 10, 9.00),  # another workspace
            ("run_d", "ws_1", month - 86_400, 5.00),  # last month
        ]
        for run_id, workspace, started, cost in rows:
            await history.record_start(
                base_url=base,
                run_id=run_id,
                technique_id="tech_1",
                workspace_id=workspace,
                inputs={},
                started_at=started,
            )
            await history.update_status(
                RunStatus.from_dict(
                    {"run_id": run_id, "status": "completed", "charged_cost": cost}
                ),
                base_url=base,
            )
        result = await spent(history, base_url=base, workspace_id="ws_1", now=now)
    today_only = 0.55 + (1.20 if max(month, day - 3600) >= day else 0.0)
    assert result.today == pytest.approx(today_only)
    assert result.month == pytest.approx(1.75)


def test_the_spend_line_reads_as_the_issue_says(qtbot: QtBot) -> None:
    bar = RunBar()
    qtbot.addWidget(bar)
    bar.set_cost(0.55)
    bar.set_spend(1.24, 18.6, "Studio North")
    assert bar.spend_text() == "Spent today $1.24 · this month $18.60 in Studio North"
    bar.set_spend(None)
    assert bar.spend_text() == ""


# --- next steps and dialogs -------------------------------------------------------------------


@pytest.mark.parametrize("width", [420, 520, 660, 900])
def test_a_wrapped_spend_line_keeps_its_height_in_a_splitter(qtbot: QtBot, width: int) -> None:
    # At 900×600 the form is short: the splitter squeezed the Run bar to its one-line
    # minimum, and its wrapped spend line was drawn over the inputs above it.
    split = QSplitter(Qt.Orientation.Vertical)
    qtbot.addWidget(split)
    form = QWidget()
    layout = QVBoxLayout(form)
    layout.addWidget(QLabel("Inputs"), 1)
    bar = RunBar()
    layout.addWidget(bar)
    split.addWidget(form)
    split.addWidget(QWidget())
    bar.set_cost(0.5)
    bar.set_spend(1.25, 1.25, "Studio North", practice=True)
    split.resize(width, 300)
    split.setSizes([1, 299])  # the form as small as the splitter lets it be
    split.show()
    QApplication.processEvents()
    cost = bar.findChild(QLabel, "runCost")
    spend = bar.findChild(QLabel, "spendLine")
    assert cost is not None
    assert spend is not None
    needed = cost.heightForWidth(cost.width()) + spend.heightForWidth(spend.width())
    assert spend.geometry().bottom() <= bar.height()
    assert bar.height() >= needed
    assert bar.geometry().bottom() <= form.height()


def test_the_billing_page_is_the_flora_app_the_contract_documents() -> None:
    # The contract gives the API's base URL, not a billing path: its origin, over https.
    assert BILLING_PAGE_URL == "https://app.flora.ai"


def test_input_dialogs_open_in_pictures_then_the_last_folder(qtbot: QtBot, tmp_path: Path) -> None:
    asked: list[str] = []
    picked = tmp_path / "shoot" / "a.png"
    picked.parent.mkdir()

    def dialog(_parent: QWidget, _title: str, start: str, _filter: str) -> str:
        asked.append(start)
        return str(picked)

    chooser = InputFileChooser(dialog)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert chooser(parent, "Choose", "Images (*.png)") == str(picked)
    assert chooser(parent, "Choose", "Images (*.png)") == str(picked)
    assert asked == [str(pictures_folder()), str(picked.parent)]


# --- roles for screen readers ----------------------------------------------------------------


def test_splitter_handles_are_named_separators(qtbot: QtBot) -> None:
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(QWidget())
    splitter.addWidget(QWidget())
    name_splitter_handles(splitter, "Drag to resize")
    splitter.show()
    QApplication.processEvents()
    handle = QAccessible.queryAccessibleInterface(splitter.handle(1))
    assert handle is not None
    assert handle.role() == QAccessible.Role.Separator
    assert handle.text(QAccessible.Text.Name) == "Drag to resize"


def test_the_busy_run_button_says_starting_and_is_busy(qtbot: QtBot) -> None:
    bar = RunBar()
    qtbot.addWidget(bar)
    bar.set_cost(0.12)
    bar.show()
    button = QAccessible.queryAccessibleInterface(bar.run_button)
    assert button is not None
    assert button.text(QAccessible.Text.Name) == "Run"
    assert not button.state().busy

    bar.set_busy(True)
    assert button.text(QAccessible.Text.Name) == "Starting…"
    assert button.state().busy
    assert button.role() == QAccessible.Role.Button
    bar.set_busy(False)
    assert button.text(QAccessible.Text.Name) == "Run"
    assert not button.state().busy
    # Still a button to press for assistive technology.
    actions = button.actionInterface()
    assert actions is not None
    pressed: list[bool] = []
    bar.run_requested.connect(lambda: pressed.append(True))
    actions.doAction(actions.actionNames()[0])
    assert pressed == [True]


def test_a_long_progress_line_stays_inside_its_cell(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTableView

    from flora_desktop.ui.assets import stylesheet_text
    from flora_desktop.ui.widgets.run_progress import ProgressDelegate

    model = RunsModel(clock=lambda: time.time())
    table = QTableView()
    qtbot.addWidget(table)
    # The app's own look: the style sheet draws the bar and its text.
    table.setStyleSheet(stylesheet_text())
    table.setModel(model)
    table.setItemDelegateForColumn(RunsModel.PROGRESS, ProgressDelegate(table))
    table.resize(900, 200)
    table.show()
    run = StartedRun(run_id="run_1", technique_id="tech_1", workspace_id="ws_1", inputs={})

    def started_column(error: str | None) -> list[int]:
        update = WatchUpdate(
            run_id="run_1", status="running", progress=16.0, elapsed=13.0, error=error
        )
        model.upsert(TrackedRun(run, update))
        table.horizontalHeader().resizeSection(RunsModel.PROGRESS, 160)
        QApplication.processEvents()
        image = table.viewport().grab().toImage()
        left = table.columnViewportPosition(RunsModel.STARTED)
        top = table.rowViewportPosition(0)
        return [
            image.pixel(x, y)
            for x in range(left, min(image.width(), left + 60))
            for y in range(top + 2, top + table.rowHeight(0) - 2)
        ]

    plain = started_column(None)
    offline = started_column(
        "Can't reach FLORA right now. The app keeps checking by itself every few seconds."
    )
    assert offline == plain  # nothing of the progress line spills into "Started"


# Printable words: Qt measures control characters as nothing, so they are left out here.
_WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Cf", "Zl", "Zp")),
    min_size=1,
    max_size=300,
)


@given(_WORDS, st.integers(min_value=20, max_value=400))
def test_progress_text_fits_its_cell_and_keeps_its_start(
    qapp: QApplication, text: str, width: int
) -> None:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication as App

    from flora_desktop.ui.widgets.run_progress import fitted_text

    metrics = QFontMetrics(App.font())
    shown_text = fitted_text(f"16% · {text}", metrics, width)
    assert metrics.horizontalAdvance(shown_text) <= max(0, width - 8) or shown_text in ("", "…")
    if shown_text and shown_text != "…":
        assert shown_text.startswith("1")  # the percentage is what stays in view
