"""``GET /workspaces``: the workspaces the key can see."""

from __future__ import annotations

from flora_desktop.api._parse import parse_list_off_thread
from flora_desktop.api._resource import APIResource
from flora_desktop.api.models import Workspace

__all__ = ["Workspaces"]


class Workspaces(APIResource):
    """``client.workspaces``."""

    async def list(self) -> list[Workspace]:
        """Every workspace for this key (not paginated)."""
        payload = await self._client.get("/workspaces")
        return await parse_list_off_thread(
            payload, "workspaces", "GET /workspaces", Workspace.from_dict
        )
