""" "Copy as…": the run the editor describes, as curl, a ``flora`` CLI command or Python.

The key stays out (``$FLORA_API_KEY``) unless the person picks a "…with key" action and
confirms; that copy is marked as secret for clipboard managers that honour the hint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QClipboard
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolButton, QWidget

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.share import FORMATS, Format, ShareRequest, mask_key, render
from flora_desktop.ui.translate import shown

__all__ = ["ConfirmReveal", "CopyAsButton", "RequestSource"]

log = logging.getLogger(__name__)

# Returns the request to copy, or a sentence saying why there is none yet.
RequestSource = Callable[[], ShareRequest | str]
# (parent, masked key) -> True when the person agreed to copy the key.
ConfirmReveal = Callable[[QWidget, str], bool]

FORMAT_LABELS: Mapping[Format, str] = {
    "curl": QT_TRANSLATE_NOOP("CopyAsButton", "curl command"),
    "cli": QT_TRANSLATE_NOOP("CopyAsButton", "flora CLI command"),
    "python": QT_TRANSLATE_NOOP("CopyAsButton", "Python snippet"),
}
# The menu's words for each format (a sentence start; "flora" stays lower case).
_MENU_LABELS: Mapping[Format, str] = {
    "curl": QT_TRANSLATE_NOOP("CopyAsButton", "Curl command"),
    "cli": QT_TRANSLATE_NOOP("CopyAsButton", "flora CLI command"),
    "python": QT_TRANSLATE_NOOP("CopyAsButton", "Python snippet"),
}
_ACTION_NAMES: Mapping[Format, str] = {"curl": "Curl", "cli": "Cli", "python": "Python"}
# Clipboard managers (KDE's Klipper and others) leave data with this hint out of history.
SECRET_HINT_FORMAT = "x-kde-passwordManagerHint"


def _confirm_dialog(parent: QWidget, masked_key: str) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("copyWithKeyDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CopyAsButton", "Copy with your API key?"))
    box.setText(QCoreApplication.translate("CopyAsButton", "Copy with your API key?"))
    box.setInformativeText(
        QCoreApplication.translate(
            "CopyAsButton",
            "The copied text will contain your API key ({masked_key}). Anyone who sees it can "
            "start runs and spend this workspace's credits. Paste it only somewhere private.",
        ).format(masked_key=masked_key)
    )
    copy = box.addButton(
        QCoreApplication.translate("CopyAsButton", "Copy with key"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is copy


class CopyAsButton(QToolButton):
    """A "Copy as…" button with one action per format, and "…with key" variants.

    Signals: ``notice(str text, bool problem)`` after each copy or refusal.
    """

    notice = Signal(str, bool)

    def __init__(
        self,
        request_source: RequestSource,
        confirm_reveal: ConfirmReveal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = request_source
        self._confirm = confirm_reveal or _confirm_dialog
        self.setObjectName("copyAsButton")
        self.setText(self.tr("Copy as…"))
        self.setAccessibleName(self.tr("Copy as"))
        self.setAccessibleDescription(
            self.tr("Copy this run as a curl command, a flora CLI command or a Python snippet")
        )
        self.setToolTip(self.tr("Copy this run as a command or code, to run it outside the app"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_widget = QMenu(self)
        self.menu_widget.setObjectName("copyAsMenu")
        self.menu_widget.setAccessibleName(self.tr("Copy as"))
        self.format_actions: dict[str, QAction] = {}
        for fmt in FORMATS:
            self._add_action(fmt, reveal=False)
        self.menu_widget.addSection(self.tr("With your API key"))
        for fmt in FORMATS:
            self._add_action(fmt, reveal=True)
        self.setMenu(self.menu_widget)

    def _add_action(self, fmt: Format, *, reveal: bool) -> None:
        label = shown(_MENU_LABELS[fmt])
        text = self.tr("{format} with key…").format(format=label) if reveal else label
        action = QAction(text, self.menu_widget)
        name = f"copyAs{_ACTION_NAMES[fmt]}{'WithKey' if reveal else ''}"
        action.setObjectName(name)
        if reveal:
            action.setToolTip(self.tr("Includes your API key; asks first"))
        action.triggered.connect(lambda _checked=False: self.copy(fmt, reveal_key=reveal))
        self.menu_widget.addAction(action)
        self.format_actions[name] = action

    def copy(self, fmt: Format, *, reveal_key: bool = False) -> bool:
        """Put the request in ``fmt`` on the clipboard; False when nothing was copied."""
        request = self._source()
        if isinstance(request, str):
            self.notice.emit(request, True)
            return False
        what = shown(FORMAT_LABELS[fmt])
        if reveal_key:
            if not request.api_key:
                self.notice.emit(self.tr("There is no API key to copy in this session."), True)
                return False
            if not self._confirm(self, mask_key(request.api_key)):
                self.notice.emit(self.tr("Nothing was copied."), False)
                return False
        text = render(request, fmt, reveal_key=reveal_key)
        mime = QMimeData()
        mime.setText(text)
        if reveal_key:
            mime.setData(SECRET_HINT_FORMAT, b"secret")
        QApplication.clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        log.info("copied the run as %s (key %s)", fmt, "included" if reveal_key else "left out")
        if reveal_key:
            self.notice.emit(
                self.tr("Copied the {format} with your API key. Keep it private.").format(
                    format=what
                ),
                False,
            )
        else:
            self.notice.emit(
                self.tr("Copied the {format} (key from $FLORA_API_KEY).").format(format=what),
                False,
            )
        return True
