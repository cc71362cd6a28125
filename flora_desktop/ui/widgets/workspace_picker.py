"""The workspace chooser: a combo box of name and role, view-only workspaces marked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from flora_desktop.api.models import Workspace
from flora_desktop.ui.models.workspaces_model import WorkspacesModel

__all__ = ["WorkspacePicker"]


class WorkspacePicker(QComboBox):
    """objectName ``workspacePicker``, accessible name "Workspace".

    Signals: ``workspace_selected(object)`` with the chosen ``Workspace``, emitted on every
    change of the current item (by the user or by ``select``).
    """

    workspace_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspacePicker")
        self.setAccessibleName(self.tr("Workspace"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._model = WorkspacesModel(self)
        self.setModel(self._model)
        self.currentIndexChanged.connect(self._on_current_changed)

    @property
    def workspaces_model(self) -> WorkspacesModel:
        return self._model

    def set_workspaces(self, workspaces: Sequence[Workspace], selected: str | None) -> None:
        """Fill the list and select ``selected`` (else the first one that can run)."""
        self.blockSignals(True)
        try:
            self._model.set_rows(workspaces)
            row = self._model.row_of(selected) if selected else -1
            if row < 0:
                row = next(
                    (
                        r
                        for r in range(len(workspaces))
                        if self._model.data(self._model.index(r), WorkspacesModel.CanRunRole)
                    ),
                    0 if workspaces else -1,
                )
            self.setCurrentIndex(row)
        finally:
            self.blockSignals(False)
        self._on_current_changed(self.currentIndex())

    def current_workspace(self) -> Workspace | None:
        return self._model.workspace_at(self.currentIndex())

    def select(self, workspace_id: str) -> bool:
        row = self._model.row_of(workspace_id)
        if row >= 0:
            self.setCurrentIndex(row)
        return row >= 0

    def _on_current_changed(self, row: int) -> None:
        workspace = self._model.workspace_at(row)
        self.setAccessibleDescription(self.currentText())
        if workspace is not None:
            self.workspace_selected.emit(workspace)
