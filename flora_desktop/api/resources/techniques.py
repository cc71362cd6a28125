"""``/techniques``: the catalogue, one technique, and the nested run routes (CONTRACT §5.2–5.6)."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from flora_desktop.api._pagination import paginate
from flora_desktop.api._parse import expect_object
from flora_desktop.api._paths import path_segment
from flora_desktop.api._resource import APIResource
from flora_desktop.api.idempotency import new_idempotency_key
from flora_desktop.api.models import RunStatus, Technique
from flora_desktop.api.params import RunInput

if TYPE_CHECKING:
    from flora_desktop.api._client import FloraClient

__all__ = ["TechniqueRunsNested", "Techniques"]

# The nested route's input types are the technique's IO types (CONTRACT §5.5).
_DEFAULT_INPUT_TYPE = "text"


class TechniqueRunsNested(APIResource):
    """``client.techniques.runs``: ``POST /techniques/{id}/runs`` and its poll route."""

    async def create(
        self,
        technique_id: str,
        inputs: Iterable[RunInput] | Mapping[str, Any],
        idempotency_key: str | None = None,
        callback_url: str | None = None,
    ) -> RunStatus:
        """Start a run on the nested route (mode ``async``).

        ``inputs`` is the wire list of ``{id, type, value}``, or a map of input id to value
        whose types are read from the technique's schema (one extra request); a list value
        becomes one entry per item. The idempotency key (a fresh one when not given) goes as
        the ``Idempotency-Key`` header and as the body's ``idempotency_key``.
        """
        if isinstance(inputs, Mapping):
            entries = await self._entries_from_mapping(technique_id, inputs)
        else:
            entries = [dict(entry) for entry in inputs]
        key = idempotency_key or new_idempotency_key()
        body: dict[str, Any] = {"inputs": entries, "mode": "async", "idempotency_key": key}
        if callback_url is not None:
            body["callback_url"] = callback_url
        payload = await self._client.post(
            f"/techniques/{path_segment(technique_id)}/runs",
            json_body=body,
            idempotency_key=key,
        )
        return RunStatus.from_dict(expect_object(payload, "POST /techniques/{id}/runs"))

    async def retrieve(self, technique_id: str, run_id: str) -> RunStatus:
        """Poll a run through ``GET /techniques/{technique_id}/runs/{run_id}``."""
        payload = await self._client.get(
            f"/techniques/{path_segment(technique_id)}/runs/{path_segment(run_id)}"
        )
        return RunStatus.from_dict(expect_object(payload, "GET /techniques/{id}/runs/{runId}"))

    async def _entries_from_mapping(
        self, technique_id: str, inputs: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        technique = await self._client.techniques.retrieve(technique_id)
        types = {io.id: io.type for io in technique.inputs}
        entries: list[dict[str, Any]] = []
        for input_id, value in inputs.items():
            input_type = types.get(input_id, _DEFAULT_INPUT_TYPE)
            values = value if isinstance(value, list | tuple) else [value]
            entries.extend({"id": input_id, "type": input_type, "value": v} for v in values)
        return entries


class Techniques(APIResource):
    """``client.techniques``."""

    def __init__(self, client: FloraClient) -> None:
        super().__init__(client)
        self.runs = TechniqueRunsNested(client)

    def list(
        self,
        workspace_id: str | None = None,
        query: str | None = None,
        limit: int | None = None,
    ) -> AsyncGenerator[Technique, None]:
        """Iterate over every technique across pages (``limit`` is the page size)."""
        params = {"workspace_id": workspace_id, "query": query, "limit": limit}
        return paginate(self._client, "/techniques", "techniques", params, Technique.from_dict)

    async def retrieve(self, id_or_slug: str) -> Technique:
        """One technique by ``tech_`` id or slug: the source of input ids and types."""
        payload = await self._client.get(f"/techniques/{path_segment(id_or_slug)}")
        return Technique.from_dict(expect_object(payload, "GET /techniques/{id}"))
