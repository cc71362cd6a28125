"""The app's packaged files (style sheet, icons, translations), read through importlib.resources.

The checkout's top-level ``resources/`` folder is installed as ``flora_desktop.resources``
(``package-dir`` in pyproject.toml), so the same code reads it from a wheel, a pipx install,
an editable install and a PyInstaller bundle.
"""

from __future__ import annotations

import logging
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

PACKAGE = "flora_desktop.resources"
STYLESHEET = "style.qss"
ICON_NAME = "flora-desktop"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
TRANSLATIONS_DIR = "translations"


def resource(*parts: str) -> Traversable:
    """A file or folder inside the packaged resources."""
    node = files(PACKAGE)
    for part in parts:
        node = node.joinpath(part)
    return node


def stylesheet_text() -> str:
    """The whole ``style.qss``; empty (with a warning) when it is missing."""
    try:
        return resource(STYLESHEET).read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("no style sheet in %s: %s", PACKAGE, exc)
        return ""


def app_icon() -> QIcon:
    """The app icon from its rendered PNG sizes (bytes, so it works from any importer)."""
    from PySide6.QtGui import QIcon, QPixmap

    icon = QIcon()
    for size in ICON_SIZES:
        node = resource("icons", f"{ICON_NAME}-{size}.png")
        pixmap = QPixmap()
        if node.is_file() and pixmap.loadFromData(node.read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    if icon.isNull():
        log.warning("no app icon in %s", PACKAGE)
    return icon
