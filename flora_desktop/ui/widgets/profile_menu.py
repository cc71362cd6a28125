"""The Profile menu: one checkable entry per API profile; choosing one switches to it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

__all__ = ["ProfileMenu"]


class ProfileMenu(QMenu):
    """Lists profiles as ``(id, name)``; the active one is checked.

    Signals:
        profile_chosen(str): the user picked another profile (its id).
    """

    profile_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileMenu")
        self.setTitle(self.tr("&Profile"))
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._active: str | None = None

    def set_profiles(self, profiles: Sequence[tuple[str, str]], active: str) -> None:
        for action in self._group.actions():
            self._group.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self._active = active
        for index, (profile_id, name) in enumerate(profiles):
            # Numbers 1–9 as mnemonics: profile names may share first letters.
            label = f"&{index + 1} {name}" if index < 9 else name
            action = QAction(label, self)
            action.setObjectName(f"profileAction:{profile_id}")
            action.setCheckable(True)
            action.setChecked(profile_id == active)
            action.setData(profile_id)
            action.triggered.connect(lambda _checked=False, pid=profile_id: self._choose(pid))
            self._group.addAction(action)
            self.addAction(action)
        # A single profile has nothing to switch to.
        self.menuAction().setEnabled(len(profiles) > 1)

    def profile_actions(self) -> list[QAction]:
        return self._group.actions()

    def _choose(self, profile_id: str) -> None:
        if profile_id != self._active:
            self._active = profile_id
            self.profile_chosen.emit(profile_id)
