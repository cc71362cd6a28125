"""The Settings dialog's Language choice: the system's, or one of the shipped languages."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from flora_desktop.services.languages import LANGUAGES, SYSTEM_LANGUAGE

__all__ = ["LanguageChoice"]


class LanguageChoice(QWidget):
    """A combo box of languages (each named in itself) and a note that it applies on restart.

    Widgets are translated as they are built, so a new language shows from the next start.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("languageCombo")
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.addItem(self.tr("Same as the system"), SYSTEM_LANGUAGE)
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.note = QLabel(self.tr("A new language shows the next time FLORA Desktop starts."))
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.note)

    @property
    def language(self) -> str:
        """The chosen code; "" follows the system locale."""
        code = self.combo.currentData()
        return code if isinstance(code, str) else SYSTEM_LANGUAGE

    @language.setter
    def language(self, code: str) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(code)))
