"""Native file dialogs that open where the user was last, else in a sensible folder.

Inputs: the folder of the last file chosen this session, else Pictures (where creatives
keep what they feed a technique). Saves start in the output folder (``output_view``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

__all__ = ["InputFileChooser", "pictures_folder"]

# (parent, title, start folder, name filter) -> the chosen path or "".
OpenDialog = Callable[[QWidget, str, str, str], str]


def pictures_folder() -> Path:
    """The user's Pictures folder, else their home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def _open_dialog(parent: QWidget, title: str, start: str, name_filter: str) -> str:
    path, _selected = QFileDialog.getOpenFileName(parent, title, start, name_filter)
    return path


class InputFileChooser:
    """A ``FileChooser`` for media inputs that remembers the last folder used."""

    def __init__(self, dialog: OpenDialog = _open_dialog) -> None:
        self._dialog = dialog
        self.last_folder: Path | None = None

    def start_folder(self) -> Path:
        if self.last_folder is not None and self.last_folder.is_dir():
            return self.last_folder
        return pictures_folder()

    def __call__(self, parent: QWidget, title: str, name_filter: str) -> str | None:
        chosen = self._dialog(parent, title, str(self.start_folder()), name_filter)
        if not chosen:
            return None
        self.last_folder = Path(chosen).parent
        return chosen
