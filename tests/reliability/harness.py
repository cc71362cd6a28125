"""Drives the real app (``flora_desktop.app.main``) in a child process for the reliability suite.

``python -m tests.reliability.harness SCENARIO BASE_URL [TEXT]`` builds the app exactly as a
user starts it (its own QApplication, qasync loop, logging, crash handler and folders under
``FLORA_DESKTOP_HOME``), then a timer on that loop plays one scenario against the real
widgets and prints one line per step for the parent test:

- ``session``: sign in by typing the key (``FLORA_TEST_KEY``) into the sign-in panel (first a
  wrong one), start a run, start one that fails, meet a server error, raise an unexpected
  exception whose text holds the key (the crash handler must report it), then quit.
- ``edit``: choose the technique, type TEXT into its first input, print ``TYPED`` and wait for
  the parent's SIGKILL. ``read`` starts again and prints ``READ {json of the editor}``.
- ``inflight``: start a run, print ``STARTED run_id`` and wait for SIGKILL. ``resume`` starts
  again and prints ``WATCHING run_id`` once the restarted app polls that run.
- ``sending``: press Run, print ``SENDING`` and wait for SIGKILL while FLORA holds its answer.
  ``recover`` starts again and prints what the launcher and the Runs panel say about it.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from flora_desktop import app as flora_app

TECHNIQUE = "CCTV Cam"
IMAGE = "https://images.unsplash.com/photo-1.png"
# Generous: a loaded machine can take many seconds to start the app or answer; a passing
# step returns as soon as its condition holds, so this never slows the suite.
STEP_TIMEOUT_S = 60.0
POLL_S = 0.02
KEY_ENV = "FLORA_TEST_KEY"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def until(predicate: Any, what: str) -> Any:
    """Poll the app's loop until ``predicate()`` is truthy; exit 3 after the step timeout."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + STEP_TIMEOUT_S
    while True:
        value = predicate()
        if value:
            return value
        if loop.time() > deadline:
            say(f"TIMEOUT waiting for {what}")
            os._exit(3)
        await asyncio.sleep(POLL_S)


def window() -> Any:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow":
            return widget
    return None


def launcher_page() -> Any:
    main = window()
    return None if main is None else main.findChild(QWidget, "launcherPage")


def tabs() -> Any:
    main = window()
    launcher = None if main is None else main.launcher
    return getattr(launcher, "tabs", None)


async def choose_technique(page: Any) -> None:
    picker = page.workspace_picker
    for row in range(picker.count()):
        workspace = picker.workspaces_model.workspace_at(row)
        if workspace is not None and workspace.role == "owner":
            picker.setCurrentIndex(row)
    model = page.technique_picker.model

    def listed() -> Any:
        for row in range(model.rowCount()):
            technique = model.technique_at(row)
            if technique is not None and technique.name == TECHNIQUE:
                return technique
        return None

    technique = await until(listed, "the technique list")
    page.technique_picker.technique_chosen.emit(technique)  # what a click does
    await until(lambda: page.technique is not None and page.technique.name == TECHNIQUE, "pick")


def value_field(page: Any, key: str) -> Any:
    for kind in (QLineEdit, QPlainTextEdit):
        for field in page.editor.findChildren(kind):
            if field.objectName() in (f"inputValueField:{key}", f"value_{key}"):
                return field
    return None


async def type_value(page: Any, key: str, text: str) -> None:
    field = await until(lambda: value_field(page, key), f"the {key} field")
    field.setFocus()
    if isinstance(field, QLineEdit):
        field.clear()
    QTest.keyClicks(field, text)


async def run_once(page: Any, base_url: str) -> None:
    """Click Run and wait until the page has the answer.

    The press is seen in the sandbox's request log, not in ``page.busy``: on a warm sandbox
    the whole submit can begin and end between two polls of a step.
    """
    root = base_url.rsplit("/api/", 1)[0]
    async with httpx.AsyncClient(verify=False) as control:  # the sandbox's control API

        async def run_posts() -> int:
            answer = await control.get(f"{root}/_sandbox/requests")
            log = answer.json()["requests"]
            return sum(1 for r in log if r["method"] == "POST" and "/runs" in r["path"])

        before = await run_posts()
        button = page.run_bar.run_button
        await until(button.isEnabled, "the Run button")
        # A deliberate press comes a double-click interval after the last (ui/spend_guard.py).
        await until(page.spend_guard.admits, "the end of the double-click interval")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + STEP_TIMEOUT_S
        while await run_posts() == before:
            if loop.time() > deadline:
                say("TIMEOUT waiting for the press")
                os._exit(3)
            await asyncio.sleep(POLL_S)
    # Busy from the click until the answer is shown (retries included).
    await until(lambda: not page.busy, "the answer")


async def sign_in(key: str) -> None:
    main = await until(window, "the window")
    panel = main.sign_in
    await until(lambda: main.pages.currentWidget() is panel, "the sign-in panel")
    for attempt in (key + "x", key):  # a wrong key first, then the right one
        panel.key_field.clear()
        panel.key_field.setFocus()
        QTest.keyClicks(panel.key_field, attempt)
        button = panel.findChild(QPushButton, "testAndSaveButton")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        await until(
            lambda: not panel.busy and (panel.message.isVisible() or launcher_page()),
            "the key check",
        )
        say(f"SIGNIN {'rejected' if launcher_page() is None else 'accepted'}")


def boom(key: str) -> None:
    # An unexpected bug whose message carries the key, raised inside a Qt slot.
    raise RuntimeError(f"unexpected state while using {key}")


async def session(base_url: str) -> None:
    key = os.environ[KEY_ENV]
    await sign_in(key)
    page = await until(launcher_page, "the launcher")
    await until(lambda: page.workspace_picker.count() > 0, "the workspaces")
    await choose_technique(page)
    await type_value(page, "input_image", IMAGE)
    await run_once(page, base_url)
    say(f"RUN {page.result_panel.run_id_text()}")
    root = base_url.rsplit("/api/", 1)[0]
    async with httpx.AsyncClient(verify=False) as control:  # the sandbox's control API
        await control.post(
            f"{root}/_sandbox/faults",
            json={"path": "/api/v1/runs/technique", "status": 500, "count": 3},
        )
    await run_once(page, base_url)
    say(f"ERROR {page.banner.title_text()}")
    QTimer.singleShot(0, lambda: boom(key))
    await until(lambda: QApplication.activeModalWidget() or _crash_dialog(), "the crash dialog")
    say("CRASHED")
    window().close()


def _crash_dialog() -> Any:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "crashDialog" and widget.isVisible():
            return widget
    return None


async def edit(text: str) -> None:
    page = await until(launcher_page, "the launcher")
    await until(lambda: page.workspace_picker.count() > 0, "the workspaces")
    await choose_technique(page)
    await type_value(page, "input_image", text)
    say(f"TYPED {page.technique.technique_id}")


async def read() -> None:
    page = await until(launcher_page, "the launcher")
    await until(lambda: page.workspace_picker.count() > 0, "the workspaces")
    await choose_technique(page)
    say("READ " + json.dumps(page.editor.draft()))
    window().close()


async def inflight(base_url: str) -> None:
    page = await until(launcher_page, "the launcher")
    await until(lambda: page.workspace_picker.count() > 0, "the workspaces")
    await choose_technique(page)
    await type_value(page, "input_image", IMAGE)
    await run_once(page, base_url)
    run_id = page.result_panel.run_id_text()
    connected = tabs()
    if connected is not None:
        await until(lambda: connected.tracker.watching(run_id), "the watch")
    say(f"STARTED {run_id}")


async def resume(run_id: str) -> None:
    connected = await until(tabs, "the Runs panel")
    await until(lambda: connected.tracker.get(run_id) is not None, "the run again")
    await until(
        lambda: connected.tracker.watching(run_id) or connected.tracker.get(run_id).done,
        "the watch",
    )
    say(f"WATCHING {run_id}")
    tracked = connected.tracker.get(run_id)
    await until(lambda: tracked.done or connected.tracker.get(run_id).done, "the end of the run")
    say(f"FINISHED {connected.tracker.get(run_id).status}")
    window().close()


async def sending() -> None:
    """Press Run once and wait (the parent holds FLORA's answer, then kills the app)."""
    page = await until(launcher_page, "the launcher")
    await until(lambda: page.workspace_picker.count() > 0, "the workspaces")
    await choose_technique(page)
    await type_value(page, "input_image", IMAGE)
    QTest.mouseClick(page.run_bar.run_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.busy, "the press")
    say("SENDING")


async def recover() -> None:
    """Start again: print what the launcher and the Runs panel show about the lost answer."""
    connected = await until(tabs, "the Runs panel")
    page = connected.launcher
    await until(lambda: connected.tracker.runs, "a run in the Runs panel")
    run_id = connected.tracker.runs[0].run_id
    await until(lambda: not page.busy and page.banner.isVisible(), "the recovery notice")
    say(f"FOUND {run_id}")
    say(f"NOTICE {page.banner.title_text()}")
    say(f"PANEL {page.result_panel.headline_text()} {page.result_panel.run_id_text()}")
    say(f"RUNS {len(connected.tracker.runs)}")
    await until(lambda: connected.tracker.get(run_id).done, "the end of the run")
    say(f"FINISHED {connected.tracker.get(run_id).status}")
    window().close()


def when_loop_runs(start: Callable[[], None], tries: int = 2000) -> None:
    """Call ``start`` once asyncio's loop runs (a bounded poll, 5 ms apart, ~10 s): the app
    runs Qt's events until its window has painted before it makes the loop (app.py)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        if tries > 0:
            QTimer.singleShot(5, lambda: when_loop_runs(start, tries - 1))
        else:
            say("NO LOOP: the app's asyncio loop never started")
        return
    start()


def main(argv: list[str]) -> int:
    scenario, base_url = argv[0], argv[1]
    text = argv[2] if len(argv) > 2 else ""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    scripts: dict[str, Callable[[], Coroutine[Any, Any, None]]] = {
        "session": lambda: session(base_url),
        "edit": lambda: edit(text),
        "read": read,
        "inflight": lambda: inflight(base_url),
        "resume": lambda: resume(text),
        "sending": sending,
        "recover": recover,
    }
    holder: list[asyncio.Task[None]] = []
    # Started from the app's own loop once it runs; kept referenced until the app ends.
    when_loop_runs(lambda: holder.append(asyncio.ensure_future(scripts[scenario]())))
    try:
        return flora_app.main(["--base-url", base_url, "--debug"])
    finally:
        del app


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
