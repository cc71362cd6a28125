"""The UI language: FLORA Desktop's own translation and Qt's, installed before any widget.

The system locale chooses; the Settings' language (read by ``services.languages``) overrides
it. Translations are ``resources/translations/flora_desktop_<lang>.qm`` (compiled by
``scripts/translations.py``) and Qt's ``qtbase_<lang>.qm`` for the standard dialogs' words.
"""

from __future__ import annotations

import logging
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from flora_desktop.ui.assets import TRANSLATIONS_DIR, resource

__all__ = ["PackagedTranslator", "install_translators", "ui_locale"]

log = logging.getLogger(__name__)

APP_CATALOGUE = "flora_desktop"
ENGLISH = "en"
QT_CATALOGUE = "qtbase"


def ui_locale(language: str = "") -> QLocale:
    """The locale the UI speaks: ``language`` (a Settings code) or else the system's."""
    return QLocale(language) if language else QLocale.system()


class PackagedTranslator(QTranslator):
    """A translator that keeps the bytes it was loaded from for as long as it lives.

    ``QTranslator.load(bytes)`` keeps no copy (../shared/PLATFORM.md): a temporary ``bytes``
    is freed after the call and nothing is translated, though the call returned True.
    """

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._data: bytes | None = None

    def load_for(self, locale: QLocale, folder: Traversable) -> str | None:
        """Load ``flora_desktop_<lang>.qm`` for ``locale``; the language loaded, or None.

        English is the source language: reaching it stops the search (``en_US, de`` shows
        English, not German).
        """
        for name in locale.uiLanguages():
            code = name.replace("-", "_")
            if code.split("_")[0] in {"en", "C"}:
                return None
            for candidate in dict.fromkeys((code, code.split("_")[0])):
                node = folder.joinpath(f"{APP_CATALOGUE}_{candidate}.qm")
                if node.is_file() and self.load_node(node):
                    return candidate
        return None

    def load_node(self, node: Traversable) -> bool:
        """Load one ``.qm``: by path from a folder, else from bytes kept on ``self``."""
        if isinstance(node, Path):
            return self.load(str(node))
        self._data = node.read_bytes()  # a zipped package: Qt reads these bytes in place
        return self.load(self._data)


def install_translators(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Install the app's and Qt's translations for ``language`` ("" = the system's).

    Returns the installed translators (parented to ``app``, so they live as long as it);
    English (the source, and the fallback for languages not shipped) installs only the
    app's plural forms.
    """
    locale = ui_locale(language)
    if language:
        # Numbers and dates follow the chosen language as well as the words.
        QLocale.setDefault(locale)
    ours = PackagedTranslator(app)
    folder = resource(TRANSLATIONS_DIR)
    name = ours.load_for(locale, folder)
    if name is None:
        # English, or a language not shipped: the English catalogue holds the plural forms
        # ("%n runs" -> "1 run") that the source text cannot.
        if not ours.load_node(folder.joinpath(f"{APP_CATALOGUE}_{ENGLISH}.qm")):
            log.warning("the English catalogue is missing from %s", folder)
            ours.deleteLater()
            return []
        app.installTranslator(ours)
        return [ours]
    app.installTranslator(ours)
    log.info("translation %s loaded", name)
    installed: list[QTranslator] = [ours]
    # OK/Cancel and the file dialog's words come from Qt's own catalogue.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(QLocale(name), QT_CATALOGUE, "_", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.info("no Qt translation for %s in %s", name, qt_folder)
    return installed
