"""The "Presets" menu: save the inputs under a name, apply, delete, export, import, paste.

Applying a preset or pasting inputs is one undo step in the editor. Dialogs (name, file
paths, delete confirmation) come through ``PresetDialogs`` so tests can answer them.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from flora_desktop.api.models import Technique
from flora_desktop.services import inputs as svc
from flora_desktop.services.presets import Preset, PresetError, PresetStore, parse_inputs_map
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.translate import shown
from flora_desktop.ui.widgets.inputs_editor import InputsEditor

__all__ = ["PresetDialogs", "PresetsButton"]

log = logging.getLogger(__name__)


def _json_filter() -> str:
    # .florapreset is the file type the desktop opens with the app (packaging/linux).
    return QCoreApplication.translate(
        "PresetsButton", "Presets (*.florapreset *.json);;All files (*)"
    )


def _ask_name(parent: QWidget, suggestion: str) -> str | None:
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("PresetsButton", "Save preset"),
        QCoreApplication.translate("PresetsButton", "Name of the preset:"),
        text=suggestion,
    )
    return name if ok else None


def _save_path(parent: QWidget, suggestion: str) -> str | None:
    title = QCoreApplication.translate("PresetsButton", "Export presets")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, _json_filter())
    return path or None


def _open_path(parent: QWidget) -> str | None:
    title = QCoreApplication.translate("PresetsButton", "Import presets")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", _json_filter())
    return path or None


def _confirm_delete(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PresetsButton", "Delete preset?"),
        QCoreApplication.translate(
            "PresetsButton", "Delete the preset “{name}”? This cannot be undone."
        ).format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


@dataclass(frozen=True)
class PresetDialogs:
    """The questions the menu asks; each returns None (or False) when the person cancels."""

    ask_name: Callable[[QWidget, str], str | None] = _ask_name
    save_path: Callable[[QWidget, str], str | None] = _save_path
    open_path: Callable[[QWidget], str | None] = _open_path
    confirm_delete: Callable[[QWidget, str], bool] = _confirm_delete


def _is_blank(value: Any) -> bool:
    return value == "" or value == [] or value is None


class PresetsButton(QToolButton):
    """A "Presets" button whose menu lists the technique's presets.

    Signals: ``notice(str text, bool problem)`` after each action.
    """

    notice = Signal(str, bool)

    def __init__(
        self,
        store: PresetStore,
        editor: InputsEditor,
        dialogs: PresetDialogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._editor = editor
        self._dialogs = dialogs or PresetDialogs()
        self._technique: Technique | None = None
        self._presets: list[Preset] = []
        self._loads = 0  # reads started: only the latest may fill the menu
        self._tasks = TaskOwner()
        self._closed = False
        self.setObjectName("presetsButton")
        self.setText(self.tr("Presets"))
        self.setAccessibleName(self.tr("Presets"))
        self.setAccessibleDescription(
            self.tr(
                "Save these inputs under a name, apply a saved preset, export or import presets, "
                "or paste inputs from the clipboard"
            )
        )
        self.setToolTip(self.tr("Saved inputs for this technique"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_widget = QMenu(self)
        self.menu_widget.setObjectName("presetsMenu")
        self.menu_widget.setAccessibleName(self.tr("Presets"))
        self.setMenu(self.menu_widget)
        self._rebuild_menu()

    # --- state --------------------------------------------------------------------------------

    @property
    def presets(self) -> list[Preset]:
        return list(self._presets)

    def action(self, name: str) -> QAction | None:
        """The menu action with objectName ``name`` (also inside the submenus)."""
        for menu in (self.menu_widget, *self.menu_widget.findChildren(QMenu)):
            for action in menu.actions():
                if action.objectName() == name:
                    return action
        return None

    def set_technique(self, technique: Technique | None) -> None:
        """Show ``technique``'s presets (loaded in the background)."""
        self._technique = technique
        self._presets = []
        self._rebuild_menu()
        if technique is not None and not self._closed:
            self._tasks.spawn("load", self.reload())

    async def reload(self) -> None:
        technique = self._technique
        if technique is None:
            return
        self._loads += 1
        mine = self._loads
        presets = await self._store.load(technique.technique_id)
        # A read started before a save can end after the save's own reload: it holds the
        # old list, and it must not take the new preset off the menu again.
        if self._technique is technique and mine == self._loads:
            self._presets = presets
            self._rebuild_menu()

    async def aclose(self) -> None:
        self._closed = True
        await self._tasks.aclose()

    # --- actions ------------------------------------------------------------------------------

    async def save_current(self, name: str | None = None) -> bool:
        """Save the inputs as they are now under ``name`` (asked for when None)."""
        technique = self._technique
        if technique is None:
            return False
        inputs = self._current_inputs()
        if inputs is None:
            self.notice.emit(self.tr("Fix the marked inputs first, then save the preset."), True)
            return False
        if name is None:
            name = self._dialogs.ask_name(self, "")
            if name is None:
                return False
        replacing = any(p.name == name.strip() for p in self._presets)
        try:
            preset = await self._store.save(technique.technique_id, name, inputs)
        except PresetError as error:
            self.notice.emit(shown(error.message), True)
            return False
        except OSError as exc:
            self.notice.emit(
                self.tr("The preset could not be saved ({reason}).").format(reason=exc.strerror),
                True,
            )
            return False
        await self.reload()
        done = (
            self.tr("Replaced the preset “{name}”.")
            if replacing
            else self.tr("Saved the preset “{name}”.")
        )
        self.notice.emit(done.format(name=preset.name), False)
        return True

    def apply(self, name: str) -> bool:
        """Fill the editor from the preset ``name`` (one undo step)."""
        preset = next((p for p in self._presets if p.name == name), None)
        technique = self._editor.technique
        if preset is None or technique is None:
            return False
        if self._editor.is_read_only():
            self.notice.emit(
                self.tr("Wait until the run has started, then apply the preset."), True
            )
            return False
        rows = svc.rows_from_mapping(dict(preset.inputs), technique)
        self._editor.replace_rows(rows, self.tr("Apply preset {name}").format(name=preset.name))
        self.notice.emit(
            self.tr("Applied the preset “{name}”. Undo takes it back.").format(name=preset.name),
            False,
        )
        return True

    async def delete(self, name: str, *, confirmed: bool = False) -> bool:
        technique = self._technique
        if technique is None:
            return False
        if not confirmed and not self._dialogs.confirm_delete(self, name):
            return False
        try:
            await self._store.delete(technique.technique_id, name)
        except OSError as exc:
            self.notice.emit(
                self.tr("The preset could not be deleted ({reason}).").format(reason=exc.strerror),
                True,
            )
            return False
        await self.reload()
        self.notice.emit(self.tr("Deleted the preset “{name}”.").format(name=name), False)
        return True

    async def export_presets(self, path: Path | None = None) -> bool:
        technique = self._technique
        if technique is None:
            return False
        if path is None:
            suggestion = f"{technique.slug or technique.technique_id}.florapreset"
            chosen = self._dialogs.save_path(self, suggestion)
            if chosen is None:
                return False
            path = Path(chosen)
        try:
            count = await self._store.export(technique.technique_id, path)
        except PresetError as error:
            self.notice.emit(shown(error.message), True)
            return False
        except OSError as exc:
            self.notice.emit(
                self.tr("The presets could not be exported ({reason}).").format(
                    reason=exc.strerror
                ),
                True,
            )
            return False
        exported = self.tr("Exported %n presets to {file}.", "", count)
        self.notice.emit(exported.format(file=path.name), False)
        return True

    async def import_presets(self, path: Path | None = None) -> bool:
        if path is None:
            chosen = self._dialogs.open_path(self)
            if chosen is None:
                return False
            path = Path(chosen)
        try:
            result = await self._store.import_file(path)
        except PresetError as error:
            self.notice.emit(shown(error.message), True)
            return False
        except OSError as exc:
            self.notice.emit(
                self.tr("The presets could not be imported ({reason}).").format(
                    reason=exc.strerror
                ),
                True,
            )
            return False
        count = len(result.names)
        what = self.tr("%n presets", "", count)
        if self._technique is not None and result.technique_id == self._technique.technique_id:
            await self.reload()
            self.notice.emit(self.tr("Imported {what}.").format(what=what), False)
        else:
            self.notice.emit(
                self.tr(
                    "Imported {what} for another technique ({technique}). Choose that "
                    "technique to use them."
                ).format(what=what, technique=result.technique_id),
                False,
            )
        return True

    def paste_inputs(self, text: str | None = None) -> bool:
        """Fill the rows named in the clipboard's JSON inputs map; other rows keep their values."""
        technique = self._editor.technique
        if technique is None:
            return False
        if self._editor.is_read_only():
            self.notice.emit(self.tr("Wait until the run has started, then paste."), True)
            return False
        if text is None:
            text = QApplication.clipboard().text()
        try:
            pasted = parse_inputs_map(text)
        except PresetError as error:
            self.notice.emit(shown(error.message), True)
            return False
        current = self._current_inputs() or {}
        rows = svc.rows_from_mapping({**current, **pasted}, technique)
        self._editor.replace_rows(rows, self.tr("Paste inputs"))
        known = {io.id for io in technique.inputs}
        unknown = [key for key in pasted if key not in known]
        message = self.tr("Pasted %n inputs.", "", len(pasted))
        if unknown:
            message += " " + self.tr(
                "Not inputs of this technique, added as custom inputs: {names}."
            ).format(names=", ".join(unknown))
        marked = any(svc.value_problem(row) for row in rows)
        if marked:
            # A value that cannot be sent (1e309, half an emoji) waits on its row.
            message += " " + self.tr("Check the marked inputs.")
        self.notice.emit(message, marked)
        return True

    # --- internals ----------------------------------------------------------------------------

    def _current_inputs(self) -> dict[str, Any] | None:
        """The editor's inputs as a JSON map without blanks, or None when a row is unreadable."""
        rows = self._editor.rows()
        if svc.json_view_problems(rows):
            return None
        mapping: dict[str, Any] = json.loads(svc.inputs_to_json(rows))
        return {key: value for key, value in mapping.items() if not _is_blank(value)}

    def _rebuild_menu(self) -> None:
        menu = self.menu_widget
        menu.clear()
        for child in menu.findChildren(QMenu):
            # Nameless at once so ``action()`` skips it; deleted once its signal returned.
            child.setObjectName("")
            for stale in child.actions():
                stale.setObjectName("")
            child.deleteLater()
        has_technique = self._technique is not None
        save = menu.addAction(self.tr("Save inputs as preset…"))
        save.setObjectName("savePresetAction")
        save.setEnabled(has_technique)
        save.triggered.connect(lambda _c=False: self._spawn("save", self.save_current()))
        apply_menu = menu.addMenu(self.tr("Apply preset"))
        apply_menu.setObjectName("applyPresetMenu")
        delete_menu = menu.addMenu(self.tr("Delete preset"))
        delete_menu.setObjectName("deletePresetMenu")
        for preset in self._presets:
            name = preset.name
            apply_action = apply_menu.addAction(name)
            apply_action.setObjectName(f"applyPreset:{name}")
            apply_action.triggered.connect(lambda _c=False, n=name: self.apply(n))
            delete_action = delete_menu.addAction(f"{name}…")
            delete_action.setObjectName(f"deletePreset:{name}")
            delete_action.triggered.connect(
                lambda _c=False, n=name: self._spawn("delete", self.delete(n))
            )
        apply_menu.setEnabled(bool(self._presets))
        delete_menu.setEnabled(bool(self._presets))
        menu.addSeparator()
        export = menu.addAction(self.tr("Export presets…"))
        export.setObjectName("exportPresetsAction")
        export.setEnabled(bool(self._presets))
        export.triggered.connect(lambda _c=False: self._spawn("export", self.export_presets()))
        import_action = menu.addAction(self.tr("Import presets…"))
        import_action.setObjectName("importPresetsAction")
        import_action.triggered.connect(
            lambda _c=False: self._spawn("import", self.import_presets())
        )
        menu.addSeparator()
        paste = menu.addAction(self.tr("Paste inputs"))
        paste.setObjectName("pasteInputsAction")
        paste.setToolTip(self.tr("Fill the inputs from a JSON map on the clipboard"))
        paste.setEnabled(has_technique)
        paste.triggered.connect(lambda _c=False: self.paste_inputs())

    def _spawn(self, key: str, work: Coroutine[Any, Any, bool]) -> None:
        if self._closed:
            work.close()  # the page is closing: nothing more starts
            return
        self._tasks.spawn(key, work)
