"""Screenshots of FLORA Desktop's main states, taken from the real window on a sandbox.

Run under Xvfb at 1280x800 (a throwaway home; no keyring or real API is touched):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py

Each state is one small coroutine that drives the window; adding a state is a few lines.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing the package

from flora_desktop.ui.shell import Shell  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from flora_desktop.ui.pages.batch_dialog import BatchDialog
    from flora_desktop.ui.pages.connected import ConnectedTabs
    from flora_desktop.ui.pages.launcher import LauncherPage
    from flora_desktop.ui.theme import ThemeManager

log = logging.getLogger("screenshots")

DEFAULT_OUT = ROOT / "docs" / "screenshots"
# Lets layouts, style polish and async loads settle before a grab.
SETTLE_S = 0.3
WAIT_S = 15.0


@dataclass(frozen=True)
class State:
    name: str
    description: str
    # Returns the window to grab when it is not the main window (a dialog), else None.
    drive: Callable[[Shell], Awaitable[QWidget | None]]


async def settle(shell: Shell) -> None:
    from PySide6.QtWidgets import QApplication

    await asyncio.sleep(SETTLE_S)
    QApplication.processEvents()
    shell.window.repaint()


async def wait_until(predicate: Callable[[], object], what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT_S
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        await asyncio.sleep(0.02)


# -- the states ---------------------------------------------------------------------
# Each drives the window from wherever the previous one left it.

SAMPLE_IMAGE = "https://images.unsplash.com/photo-1500530855697-b586d89ba3ee.png"


async def signed_out(shell: Shell) -> None:
    shell.window.show_sign_in()
    await wait_until(lambda: not shell.window.sign_in.busy, "the sign-in panel")


async def launcher(shell: Shell) -> LauncherPage:
    """The launcher on the embedded sandbox, with its techniques listed."""

    window = shell.window
    if window.connection is None or not window.connection.is_sandbox:
        await window.show_connection(await shell.sandbox.start())
    assert window.launcher is not None
    window.launcher.tabs.setCurrentIndex(0)
    page = window.launcher.page
    await wait_until(lambda: page.technique_picker.model.rowCount() > 0, "the techniques")
    return page


async def choose(page: LauncherPage, name: str) -> None:
    model = page.technique_picker.model
    for row in range(model.rowCount()):
        technique = model.technique_at(row)
        if technique is not None and technique.name == name:
            await page.select_technique(technique.technique_id)
            return
    raise LookupError(f"{name!r} is not in the sandbox catalogue")


def fill(page: LauncherPage, key: str, value: str) -> None:
    """Type ``value`` into the editor's value widget for input ``key``, as a user would."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

    names = (f"inputValue:{key}", f"inputValueField:{key}")
    for widget in page.editor.findChildren(QWidget):
        if widget.objectName() in names and isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setFocus()
            widget.clear()
            QTest.keyClicks(widget, value)
            if isinstance(widget, QLineEdit):
                widget.home(False)  # show a long URL from its start
            return
    raise LookupError(f"no editor row for {key!r}")


async def filling(shell: Shell) -> None:
    page = await launcher(shell)
    await choose(page, "Art Director's Critique")
    fill(page, "artwork", SAMPLE_IMAGE)
    fill(page, "brief", "Spring campaign poster for a small bakery: warm, hand-made, local.")


async def result(shell: Shell) -> None:
    page = await launcher(shell)
    await page.submit()
    await wait_until(lambda: page.result_panel.isVisible(), "the result panel")


async def _making(shell: Shell, scheme: str) -> None:
    """Launch with a finished run beside (or below) the form: its outputs, live."""
    assert shell.theme is not None
    shell.theme.set_choice("light" if scheme == "light" else "dark")
    page = await launcher(shell)
    tabs = _tabs(shell)
    assert tabs is not None
    tabs.setCurrentIndex(0)
    await start_run(shell, "Pitch Deck Visualizer", deck="https://media.flora.ai/deck.pdf")
    live = tabs.live
    await wait_until(lambda: live.status == "completed", "the run to finish")
    await wait_until(
        lambda: all(
            (c.thumbnail is None or c.thumbnail.has_image)
            and (c.document is None or c.document.has_page)
            for c in live.outputs.cards()
        ),
        "the previews",
    )
    page.result_panel.setFocus()
    _hide_toast(tabs)


async def making(shell: Shell) -> None:
    await _making(shell, "light")


async def making_dark(shell: Shell) -> None:
    await _making(shell, "dark")


async def field_error(shell: Shell) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page = await launcher(shell)
    await choose(page, "CCTV Cam")
    fill(page, "input_image", SAMPLE_IMAGE)
    # A custom input this technique does not take: FLORA's error lands on that row.
    page.editor.add_custom_row()
    row = page.editor.row_widgets()[-1]
    assert row.key_field is not None
    QTest.keyClicks(row.key_field, "film_grain")
    QTest.keyClick(row.key_field, Qt.Key.Key_Return)
    QTest.keyClicks(row.value_editor.focus_widget(), "heavy")
    await page.submit()
    await wait_until(lambda: page.banner.isVisible(), "the error")


# -- runs, outputs and history ------------------------------------------------------


def _tabs(shell: Shell) -> ConnectedTabs | None:
    launcher = shell.window.launcher
    return launcher.tabs if launcher is not None else None


async def start_run(shell: Shell, name: str, **values: str) -> str:
    """Pick, fill and Run in the launcher, as a user would; the new run's id."""
    page = await launcher(shell)
    tabs = _tabs(shell)
    assert tabs is not None
    await choose(page, name)
    for key, value in values.items():
        fill(page, key, value)
    before = len(tabs.tracker.runs)
    await page.submit()
    await wait_until(lambda: len(tabs.tracker.runs) > before, f"the run of {name}")
    return tabs.tracker.runs[-1].run_id


async def runs_panel(shell: Shell) -> None:
    """A finished run with its outputs, a failed one, and two still going."""
    await launcher(shell)  # connects to the sandbox when run on its own
    tabs = _tabs(shell)
    assert tabs is not None
    done = await start_run(shell, "Pitch Deck Visualizer", deck="https://media.flora.ai/deck.pdf")
    await start_run(shell, "Art Director's Critique", artwork=SAMPLE_IMAGE, brief="Spring poster")
    await start_run(shell, "Voiceover Studio", script="Welcome to the spring sale #fail")
    tracker = tabs.tracker
    await wait_until(lambda: all(t.done for t in tracker.runs), "the first runs to finish")
    await start_run(shell, "Highlight Reel Cutter", footage="https://media.flora.ai/match.mp4")
    await start_run(shell, "Product Shot Studio", product_image=SAMPLE_IMAGE)
    tabs.setCurrentIndex(1)
    tabs.runs.select_run(done)
    card = tabs.runs.outputs.cards()[0]
    await wait_until(lambda: card.thumbnail is not None and card.thumbnail.has_image, "a thumbnail")
    await asyncio.sleep(1.0)  # the two new runs show some progress
    _hide_toast(tabs)


async def image_output(shell: Shell) -> QWidget | None:
    """The full view of an image output (its own window)."""
    tabs = _tabs(shell)
    assert tabs is not None
    tabs.setCurrentIndex(1)
    outputs = tabs.runs.outputs
    card = next(c for c in outputs.cards() if c.thumbnail is not None)
    viewer = await outputs.view_full(card.output.output_id)
    assert viewer is not None
    viewer.resize(900, 640)
    viewer.fit()
    return viewer


async def history(shell: Shell) -> None:
    """Every run so far, searchable, with the selected one's inputs and outputs."""
    tabs = _tabs(shell)
    assert tabs is not None
    for viewer in tabs.runs.outputs.viewers:
        viewer.close()
    tracker = tabs.tracker
    await wait_until(lambda: all(t.done for t in tracker.runs), "every run to finish")
    tabs.setCurrentIndex(2)
    view = tabs.history
    await view.refresh()
    await wait_until(lambda: view.model.rowCount() >= 5, "the history")
    row = next(
        r
        for r in range(view.model.rowCount())
        if (rec := view.model.record_at(r)) is not None
        and rec.technique_name == "Pitch Deck Visualizer"
    )
    view.table.selectRow(row)
    await wait_until(lambda: view.selected_record is not None, "the selected run")
    card = view.outputs.cards()[0]
    await wait_until(lambda: card.thumbnail is not None and card.thumbnail.has_image, "a thumbnail")
    _hide_toast(tabs)


# -- batches --------------------------------------------------------------------------
# One folder of made-up pictures and a spreadsheet for every batch state, kept for the run.

_BATCH_WORK: list[Path] = []
_BATCH_DIALOGS: dict[str, BatchDialog] = {}


def _batch_work() -> Path:
    if not _BATCH_WORK:
        _BATCH_WORK.append(Path(tempfile.mkdtemp(prefix="flora-shots-batch-")))
    return _BATCH_WORK[0]


def _picture(path: Path, width: int, height: int, colour: str, word: str) -> Path:
    """A flat picture with a bold word on it: thumbnails that can be told apart."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(12, min(width, height) // 5))
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, word)
    painter.end()
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path


async def _open_batch(shell: Shell, technique: str) -> BatchDialog:
    """Pick ``technique`` in the launcher and press "Run as a batch…", as a user would."""
    from PySide6.QtGui import QGuiApplication

    page = await launcher(shell)
    await choose(page, technique)
    dialog = page.batch_entry.open()
    assert dialog is not None
    dialog.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
    return dialog


async def batch_columns(shell: Shell) -> QWidget | None:
    """A spreadsheet's columns matched to the inputs, with a preview of the first rows."""
    assert shell.theme is not None
    shell.theme.set_choice("light")
    work = _batch_work()
    products = [
        ("mug.png", "#b5651d", "MUG", "marble plinth, warm morning light", "mug-marble"),
        ("lamp.png", "#2a6f97", "LAMP", "concrete floor, hard noon shadow", "lamp-concrete"),
        ("vase.png", "#6a994e", "VASE", "linen backdrop, soft window light", "vase-linen"),
        ("chair.png", "#9d4edd", "CHAIR", "white cyclorama, studio strobes", "chair-studio"),
        ("kettle.png", "#d62828", "KETTLE", "kitchen counter, evening glow", "kettle-kitchen"),
        ("clock.png", "#3a3a3a", "CLOCK", "oak shelf, overcast daylight", "clock-oak"),
    ]
    lines = ["Product photo,Scene,Name"]
    for file, colour, word, scene, name in products:
        _picture(work / file, 480, 480, colour, word)
        lines.append(f'{file},"{scene}",{name}')
    sheet = work / "spring products.csv"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = await _open_batch(shell, "Product Shot Studio")
    _BATCH_DIALOGS["products"] = dialog
    mapping = await dialog.import_table(sheet)
    assert mapping is not None
    return mapping


async def batch_review(shell: Shell) -> QWidget | None:
    """The review: a folder of logos, two the wrong shape, one selected with its fix bar."""
    products = _BATCH_DIALOGS.get("products")
    if products is not None:
        mapping = products.mapping
        if mapping is not None and mapping.isVisible():
            mapping.accept()  # "Use these columns": the products' rows, for the contact sheet
            await products.settle()
        products.hide()
    logos = _batch_work() / "logos"
    logos.mkdir(exist_ok=True)
    for file, width, colour, word in (
        ("acme.png", 400, "#264653", "ACME"),
        ("bloom.png", 400, "#e76f51", "BLOOM"),
        ("cedar-wide.png", 640, "#2a9d8f", "CEDAR"),
        ("delta.png", 400, "#e9c46a", "DELTA"),
        ("ember-banner.png", 800, "#9b2226", "EMBER"),
    ):
        _picture(logos / file, width, 400, colour, word)
    dialog = await _open_batch(shell, "Logo Animator")
    _BATCH_DIALOGS["logos"] = dialog
    await dialog.add_files([logos])
    await dialog.checks.wait()
    await wait_until(lambda: dialog.model.problem_count() == 2, "the logos' checks")
    dialog.select_next_problem()
    await wait_until(lambda: dialog.fixes.crop_button.isVisible(), "the fix bar")
    return dialog


async def batch_review_dark(shell: Shell) -> QWidget | None:
    assert shell.theme is not None
    shell.theme.set_choice("dark")
    dialog = _BATCH_DIALOGS["logos"]
    dialog.show()
    return dialog


async def batch_sheet(shell: Shell) -> QWidget | None:
    """The products' batch started and finished: its contact sheet of outputs."""
    assert shell.theme is not None
    shell.theme.set_choice("light")
    logos = _BATCH_DIALOGS.pop("logos", None)
    if logos is not None:
        logos.close()
    dialog = _BATCH_DIALOGS["products"]
    dialog.show()
    await wait_until(lambda: dialog.start_button.isEnabled(), "the products' checks")
    dialog.start_button.click()
    await wait_until(
        lambda: (
            dialog.batch_id is not None
            and not dialog.running
            and bool(dialog.model.rows)
            and all(row.ended for row in dialog.model.rows)
        ),
        "the batch to finish",
    )
    sheet = dialog.contact_sheet
    await wait_until(lambda: sheet.isVisible(), "the contact sheet")
    await asyncio.sleep(1.0)  # the thumbnails are decoded off the UI thread
    return dialog


async def batch_history(shell: Shell) -> None:
    """History with its Batches list: the batch just run, expanded to its rows."""
    dialog = _BATCH_DIALOGS.pop("products", None)
    if dialog is not None:
        dialog.close()
    tabs = _tabs(shell)
    assert tabs is not None
    tabs.setCurrentIndex(2)
    view = tabs.history
    await view.refresh()
    batches = view.batches
    await batches.refresh()
    await wait_until(lambda: batches.isVisible() and batches.summaries, "the batches")
    tree = batches.tree
    first = tree.model().index(0, 0)
    tree.setCurrentIndex(first)
    tree.expand(first)
    await asyncio.sleep(0.5)
    _hide_toast(tabs)


def _hide_toast(tabs: ConnectedTabs) -> None:
    # Xvfb has no window manager, so the window is never "active" and every finished run
    # raises the corner toast; hide it so it covers nothing in the pictures.
    if tabs.notifier is not None:
        tabs.notifier.toast.hide()


async def _themed(shell: Shell, scheme: str) -> None:
    """A technique being filled, in the light or the dark look."""
    assert shell.theme is not None
    shell.theme.set_choice("light" if scheme == "light" else "dark")
    tabs = _tabs(shell)
    if tabs is not None:
        tabs.setCurrentIndex(0)
    await filling(shell)


async def theme_light(shell: Shell) -> None:
    await _themed(shell, "light")


async def theme_dark(shell: Shell) -> None:
    await _themed(shell, "dark")


async def settings(shell: Shell) -> QWidget | None:
    """The Settings dialog: profiles, runs and appearance (back in the light look)."""
    from PySide6.QtWidgets import QDialog

    assert shell.theme is not None
    shell.theme.set_choice("light")
    shell.open_settings()
    dialog = shell.window.findChild(QDialog, "settingsDialog")
    assert dialog is not None
    return dialog


STATES: list[State] = [
    State("signed-out", "first start: the sign-in panel", signed_out),
    State("filling", "a technique picked and its inputs filled", filling),
    State("result", "the run that started, inline", result),
    State("field-error", "FLORA refused an input: the message on its row", field_error),
    State("runs-panel", "runs finished and in progress, with outputs", runs_panel),
    State("image-output", "an image output in its full view", image_output),
    State("history", "the history, with a run's inputs and outputs", history),
    State("theme-light", "the light look", theme_light),
    State("theme-dark", "the dark look", theme_dark),
    State("settings", "the Settings dialog", settings),
    State("making", "Launch with a finished run's outputs beside the form", making),
    State("making-dark", "the same in the dark look", making_dark),
    State("batch-columns", "a spreadsheet's columns matched, with a preview", batch_columns),
    State("batch-review", "a batch's review: a row of the wrong shape and its fix", batch_review),
    State("batch-review-dark", "the same in the dark look", batch_review_dark),
    State("batch-sheet", "a finished batch's contact sheet", batch_sheet),
    State("batch-history", "History with its Batches list", batch_history),
]


# -- running ------------------------------------------------------------------------


async def take(
    states: list[State], out: Path, home: Path, theme: ThemeManager | None = None
) -> list[Path]:
    from PySide6.QtGui import QGuiApplication

    from flora_desktop.services.credentials import SessionCredentialStore
    from flora_desktop.services.paths import AppPaths
    from flora_desktop.ui.shell import build_shell

    paths = AppPaths.under(home)
    paths.ensure()
    shell = build_shell(
        paths,
        base_url="https://app.flora.ai/api/v1",
        # In-memory stores: screenshots never read or write the machine's keyring.
        keyring_store=SessionCredentialStore(),
        session_store=SessionCredentialStore(),
        # The sandbox's runs take 4 s: poll faster than the contract's 2 s for the pictures.
        poll_interval=0.5,
    )
    if shell.theme is None:
        shell.theme = theme
    screen = QGuiApplication.primaryScreen()
    shell.window.setGeometry(screen.availableGeometry())
    shell.window.show()
    saved: list[Path] = []
    try:
        for state in states:
            shown = await state.drive(shell)
            await settle(shell)
            path = out / f"{state.name}.png"
            target = shown if shown is not None else shell.window
            if not target.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            log.info("saved %s (%s)", path, state.description)
            saved.append(path)
    finally:
        await shell.aclose()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the PNGs")
    parser.add_argument(
        "--state", action="append", choices=[s.name for s in STATES], help="only these states"
    )
    options = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    import qasync
    from PySide6.QtWidgets import QApplication

    from flora_desktop.app import load_stylesheet

    states = [s for s in STATES if not options.state or s.name in options.state]
    options.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    # English as the app speaks it, with its plural forms ("1 run"), whatever the machine's locale.
    from flora_desktop.ui.language import install_translators

    install_translators(app, "en")
    theme = load_stylesheet(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="flora-shots-") as home, loop:
        saved = loop.run_until_complete(take(states, options.out, Path(home), theme))
    log.info("%d screenshot(s) in %s", len(saved), options.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
