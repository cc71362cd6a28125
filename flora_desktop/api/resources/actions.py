"""``GET /actions``: the released prebuilt actions."""

from __future__ import annotations

from flora_desktop.api._parse import parse_list_off_thread
from flora_desktop.api._resource import APIResource
from flora_desktop.api.models import Action

__all__ = ["Actions"]


class Actions(APIResource):
    """``client.actions``."""

    async def list(self) -> list[Action]:
        """Every released action (not paginated)."""
        payload = await self._client.get("/actions")
        return await parse_list_off_thread(payload, "actions", "GET /actions", Action.from_dict)
