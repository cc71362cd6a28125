"""``GET /models``: the generation models."""

from __future__ import annotations

from flora_desktop.api._parse import parse_list_off_thread
from flora_desktop.api._resource import APIResource
from flora_desktop.api.models import Model

__all__ = ["Models"]


class Models(APIResource):
    """``client.models``."""

    async def list(self, type: str | None = None) -> list[Model]:
        """Every model, optionally only one ``type`` (image, video, audio, text)."""
        payload = await self._client.get("/models", params={"type": type})
        return await parse_list_off_thread(payload, "models", "GET /models", Model.from_dict)
