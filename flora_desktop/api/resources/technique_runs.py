"""``GET /technique-runs``: the run history, newest first."""

from __future__ import annotations

from collections.abc import AsyncGenerator

from flora_desktop.api._pagination import paginate
from flora_desktop.api._resource import APIResource
from flora_desktop.api.models import TechniqueRun

__all__ = ["TechniqueRuns"]


class TechniqueRuns(APIResource):
    """``client.technique_runs``."""

    def list(
        self,
        workspace_id: str | None = None,
        project_id: str | None = None,
        technique_id: str | None = None,
        status: str | None = None,
        limit: int | None = None,
    ) -> AsyncGenerator[TechniqueRun, None]:
        """Iterate over every matching run across pages (``limit`` is the page size)."""
        params = {
            "workspace_id": workspace_id,
            "project_id": project_id,
            "technique_id": technique_id,
            "status": status,
            "limit": limit,
        }
        return paginate(
            self._client, "/technique-runs", "technique_runs", params, TechniqueRun.from_dict
        )
