"""The workspace picker's list model: name and role, view-only workspaces marked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from flora_desktop.api.models import Workspace

__all__ = ["VIEW_ONLY_ROLES", "WorkspacesModel", "can_run", "workspace_label"]

# Roles that may look but not start runs; FLORA's role names are free text (CONTRACT §5.1).
VIEW_ONLY_ROLES = frozenset({"viewer", "guest", "read_only", "readonly"})

_Index = QModelIndex | QPersistentModelIndex


def can_run(workspace: Workspace) -> bool:
    return workspace.role.strip().casefold() not in VIEW_ONLY_ROLES


def workspace_label(workspace: Workspace) -> str:
    """``"Studio North (owner)"``, or ``"Archive (view only)"`` for a viewer."""
    if not can_run(workspace):
        return QCoreApplication.translate("WorkspacesModel", "{name} (view only)").format(
            name=workspace.name
        )
    if not workspace.role:
        return workspace.name
    return QCoreApplication.translate("WorkspacesModel", "{name} ({role})").format(
        name=workspace.name, role=workspace.role
    )


class WorkspacesModel(QAbstractListModel):
    """One row per workspace; fed by ``set_rows``."""

    WorkspaceIdRole = Qt.ItemDataRole.UserRole + 1
    NameRole = Qt.ItemDataRole.UserRole + 2
    MemberRole = Qt.ItemDataRole.UserRole + 3  # the caller's role in the workspace
    CanRunRole = Qt.ItemDataRole.UserRole + 4
    WorkspaceRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Workspace] = []

    def set_rows(self, workspaces: Sequence[Workspace]) -> None:
        self.beginResetModel()
        self._rows = list(workspaces)
        self.endResetModel()

    def workspace_at(self, row: int) -> Workspace | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, workspace_id: str) -> int:
        for row, workspace in enumerate(self._rows):
            if workspace.workspace_id == workspace_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        workspace = self.workspace_at(index.row()) if index.isValid() else None
        if workspace is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return workspace_label(workspace)
        if role == Qt.ItemDataRole.ToolTipRole:
            if can_run(workspace):
                return self.tr("Your role: {role}").format(role=workspace.role)
            return self.tr("Your role: {role}. You can look but not start runs here.").format(
                role=workspace.role
            )
        if role == self.WorkspaceIdRole:
            return workspace.workspace_id
        if role == self.NameRole:
            return workspace.name
        if role == self.MemberRole:
            return workspace.role
        if role == self.CanRunRole:
            return can_run(workspace)
        if role == self.WorkspaceRole:
            return workspace
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update(
            {
                self.WorkspaceIdRole: QByteArray(b"workspaceId"),
                self.NameRole: QByteArray(b"name"),
                self.MemberRole: QByteArray(b"memberRole"),
                self.CanRunRole: QByteArray(b"canRun"),
            }
        )
        return names
