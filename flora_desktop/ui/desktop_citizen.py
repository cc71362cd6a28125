"""What makes the app behave as a desktop app once its window exists.

- A later launch's arguments (``single_instance.py``) raise this window and open its files.
- Presets files (``.florapreset``) given on the command line, by the file manager or by a
  later launch are imported through the launcher's Presets button (``presets_menu.py``),
  which says in plain words what was imported; before a connection they wait for one.
- Session end: ``commitDataRequest`` saves settings and geometry at once (the logout may
  still be cancelled, so the app stays); ``aboutToQuit`` (the session manager quitting
  Qt) closes the window, so ``app.main`` finishes the normal shut-down.
- The one-time offer, for a pip/pipx install, to add the app to the applications menu.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from flora_desktop.services.desktop_entry import DesktopEntryInstaller
    from flora_desktop.services.tasks import TaskOwner
    from flora_desktop.ui.main_window import MainWindow
    from flora_desktop.ui.single_instance import SingleInstance

__all__ = ["DesktopCitizen", "DesktopEntryOffer"]

log = logging.getLogger(__name__)

OFFERED_MARKER = "desktop-entry-offered"
# Platforms with no window stacking (Qt warns when asked to raise a window there).
_NO_WINDOW_STACK = ("offscreen", "minimal")


class ShellLike(Protocol):
    window: MainWindow
    tasks: TaskOwner
    first_paint: asyncio.Future[None] | None

    async def save_state(self) -> None: ...


class DesktopCitizen(QObject):
    """Wires the running app to the desktop: other launches, files, session end."""

    def __init__(
        self,
        shell: ShellLike,
        files: Sequence[str] = (),
        instance: SingleInstance | None = None,
    ) -> None:
        super().__init__(shell.window)
        self._shell = shell
        self._instance = instance
        self._pending: list[Path] = [Path(f) for f in files]
        self.imported: list[Path] = []

    def install(self) -> None:
        window = self._shell.window
        if self._instance is not None:
            # After the first paint (QtNetwork costs start-up time); a launch meanwhile
            # keeps trying to connect for a few seconds.
            painted = self._shell.first_paint
            if painted is None:
                self._serve()
            else:
                painted.add_done_callback(lambda _f: self._serve())
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self._on_commit_data)
            app.aboutToQuit.connect(self._on_about_to_quit)
        # The launcher's page becoming current is when waiting files can be imported.
        window.pages.currentChanged.connect(lambda _i: self._import_pending())
        if self._pending:
            QTimer.singleShot(0, self._import_pending)

    def _serve(self) -> None:
        if self._instance is None or self._instance.server is not None:
            return
        server = self._instance.serve(self)
        server.arguments_received.connect(self.take_arguments)

    def take_arguments(self, arguments: list[str]) -> None:
        """A later launch: raise this window, then open the files it was given.

        Its options (``--sandbox``, ``--base-url``…) do not change the running app: the
        connection in use stays. Only its files (already absolute) are taken.
        """
        self.raise_window()
        files = [a for a in arguments if a and not a.startswith("-")]
        if len(files) < len(arguments):
            log.info("a later launch's options were ignored: this window keeps its connection")
        self._pending += [Path(f) for f in files]
        self._import_pending()

    def raise_window(self) -> None:
        # Qt's enums are built on first use: not before the first paint (RESULTS.md).
        from PySide6.QtCore import Qt

        window = self._shell.window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        if QGuiApplication.platformName() not in _NO_WINDOW_STACK:
            window.raise_()
            window.activateWindow()
        handle = window.windowHandle()
        if handle is not None:
            handle.requestActivate()

    def _import_pending(self) -> None:
        if not self._pending:
            return
        window = self._shell.window
        launcher = window.launcher
        presets = getattr(getattr(launcher, "page", None), "tools", None)
        presets = getattr(presets, "presets", None)
        if presets is None:
            if window.pages.currentWidget() is not window.sign_in:
                return  # still connecting: the launcher's page will take them
            names = ", ".join(p.name for p in self._pending)
            window.sign_in.show_message(
                self.tr("{files} will be imported once you are signed in.").format(files=names),
                "info",
            )
            return
        paths, self._pending = self._pending, []
        window.pages.setCurrentWidget(launcher.widget)  # type: ignore[union-attr]

        async def import_all() -> None:
            for path in paths:
                if await presets.import_presets(path):
                    self.imported.append(path)
                    log.info("imported presets from a file the desktop opened")

        self._shell.tasks.spawn("import-presets", import_all())

    def _on_commit_data(self, _manager: object) -> None:
        # The session is asking to save: do it now, the logout may still be cancelled.
        log.info("the session asked to save")
        self._shell.tasks.spawn("save-state", self._shell.save_state())

    def _on_about_to_quit(self) -> None:
        # Qt is quitting on its own (session end): close as the user would.
        self._shell.window.close()


class DesktopEntryOffer(QObject):
    """Once per user, for a pip/pipx install with no menu entry: offer to add one."""

    def __init__(
        self,
        window: MainWindow,
        installer: DesktopEntryInstaller,
        config_dir: Path,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._installer = installer
        self._marker = config_dir / OFFERED_MARKER
        self.box: QMessageBox | None = None

    def wanted(self) -> bool:
        return not self._marker.exists() and not self._installer.is_installed()

    def show(self) -> None:
        # Imported here: building QMessageBox's Python type (and Qt's enums) costs start-up.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._window)
        box.setObjectName("desktopEntryOffer")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Add to your applications"))
        box.setText(self.tr("Add FLORA Desktop to your applications menu?"))
        box.setInformativeText(
            self.tr(
                "You can then start it like any other app, and open presets files by "
                "double-clicking them. This is asked only once."
            )
        )
        add = box.addButton(self.tr("Add to menu"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(add)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is add))
        self.box = box
        box.open()

    def _answered(self, accepted: bool) -> None:
        from PySide6.QtWidgets import QMessageBox

        try:
            self._marker.parent.mkdir(parents=True, exist_ok=True)
            self._marker.write_text("asked\n", encoding="utf-8")
        except OSError as exc:
            log.warning("could not remember the menu-entry answer: %s", exc.strerror)
        if not accepted:
            return
        try:
            self._installer.install()
        except OSError as exc:
            QMessageBox.warning(
                self._window,
                self.tr("Add to your applications"),
                self.tr("FLORA Desktop could not be added to the menu ({reason}).").format(
                    reason=exc.strerror or self.tr("no access")
                ),
            )
