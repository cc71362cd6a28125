"""``/assets``: create, retrieve, complete, retry, and the ``upload`` helper (CONTRACT §5.9)."""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import os
from dataclasses import dataclass
from typing import Any

from flora_desktop.api._constants import (
    DEFAULT_ASSET_POLL_INTERVAL,
    DEFAULT_ASSET_POLL_TIMEOUT,
    DIRECT_UPLOAD_MAX_BYTES,
    STORAGE_ERROR_BODY_CHARS,
)
from flora_desktop.api._files import FileSnapshot
from flora_desktop.api._multipart import MultipartFile, ProgressCallback
from flora_desktop.api._parse import expect_object
from flora_desktop.api._paths import path_segment
from flora_desktop.api._resource import APIResource
from flora_desktop.api.errors import AssetUploadError
from flora_desktop.api.idempotency import new_idempotency_key
from flora_desktop.api.models import Asset

__all__ = ["Assets"]

logger = logging.getLogger(__name__)

_FALLBACK_CONTENT_TYPE = "application/octet-stream"


LocalFile = str | os.PathLike[str] | FileSnapshot


@dataclass(frozen=True)
class _LocalFile:
    file: FileSnapshot
    name: str
    content_type: str | None

    @property
    def size(self) -> int:
        return self.file.size


def _inspect(source: LocalFile, file_name: str | None, content_type: str | None) -> _LocalFile:
    """The file as it is now (or as snapshotted), its name and MIME type; runs in a thread."""
    file = source if isinstance(source, FileSnapshot) else FileSnapshot.take(source)
    name = file_name or file.name
    guessed = content_type or mimetypes.guess_type(name)[0]
    return _LocalFile(file=file, name=name, content_type=guessed)


async def _inspect_async(
    source: LocalFile, file_name: str | None, content_type: str | None
) -> _LocalFile:
    return await asyncio.to_thread(_inspect, source, file_name, content_type)


def _common_fields(
    workspace_id: str,
    content_type: str | None,
    file_name: str | None,
    folder: str | None,
    project_id: str | None,
) -> dict[str, str]:
    # folder and project_id only when set, as the SDK does.
    fields = {"workspace_id": workspace_id}
    for name, value in (
        ("content_type", content_type),
        ("file_name", file_name),
        ("folder", folder),
        ("project_id", project_id),
    ):
        if value:
            fields[name] = value
    return fields


class Assets(APIResource):
    """``client.assets``."""

    async def create(
        self,
        *,
        workspace_id: str,
        source: str = "signed-url",
        content_type: str | None = None,
        file_name: str | None = None,
        folder: str | None = None,
        project_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Asset:
        """``POST /assets`` as JSON: ``source`` is ``"signed-url"`` or an HTTPS URL to fetch."""
        body: dict[str, Any] = {
            "source": source,
            **_common_fields(workspace_id, content_type, file_name, folder, project_id),
        }
        payload = await self._client.post(
            "/assets", json_body=body, idempotency_key=idempotency_key or new_idempotency_key()
        )
        return Asset.from_dict(expect_object(payload, "POST /assets"))

    async def retrieve(self, asset_id: str) -> Asset:
        """``GET /assets/{asset_id}``."""
        payload = await self._client.get(f"/assets/{path_segment(asset_id)}")
        return Asset.from_dict(expect_object(payload, "GET /assets/{id}"))

    async def complete(self, asset_id: str) -> Asset:
        """``POST /assets/{asset_id}/complete`` (no body): the signed upload is done."""
        payload = await self._client.post(f"/assets/{path_segment(asset_id)}/complete")
        return Asset.from_dict(expect_object(payload, "POST /assets/{id}/complete"))

    async def retry(self, asset_id: str) -> Asset:
        """``POST /assets/{asset_id}/retry`` (no body): a fresh upload target."""
        payload = await self._client.post(f"/assets/{path_segment(asset_id)}/retry")
        return Asset.from_dict(expect_object(payload, "POST /assets/{id}/retry"))

    async def upload(
        self,
        path: LocalFile,
        *,
        workspace_id: str,
        content_type: str | None = None,
        file_name: str | None = None,
        folder: str | None = None,
        project_id: str | None = None,
        poll_interval: float = DEFAULT_ASSET_POLL_INTERVAL,
        poll_timeout: float = DEFAULT_ASSET_POLL_TIMEOUT,
        on_progress: ProgressCallback | None = None,
    ) -> Asset:
        """Upload a local file and return the asset once ``ready`` (CONTRACT §5.9.7).

        Files up to 4 MiB go directly as multipart; larger ones take the signed route:
        create, send the bytes to storage (without any API header), complete. Then poll
        until ready. ``on_progress(sent_bytes, total_bytes)`` follows the bytes sent.
        Raises ``AssetUploadError`` when the file cannot be read or is not a regular file,
        storage refuses it, the asset fails or ``poll_timeout`` seconds pass;
        ``FileChangedError`` when it changes before or while it is sent (a ``FileSnapshot``
        fixes the moment: ``path`` may be one).
        """
        local = await _inspect_async(path, file_name, content_type)
        fields = _common_fields(workspace_id, local.content_type, local.name, folder, project_id)
        if local.size <= DIRECT_UPLOAD_MAX_BYTES:
            asset = await self._upload_direct(local, fields, on_progress)
        else:
            asset = await self._upload_signed(local, fields, on_progress)
        return await self.wait_until_ready(
            asset.asset_id, poll_interval=poll_interval, poll_timeout=poll_timeout
        )

    async def _upload_direct(
        self, local: _LocalFile, fields: dict[str, str], on_progress: ProgressCallback | None
    ) -> Asset:
        data = await asyncio.to_thread(local.file.read_all)
        content_type = local.content_type or _FALLBACK_CONTENT_TYPE
        payload = await self._client.post(
            "/assets",
            data=fields,
            files={"file": (local.name, data, content_type)},
            idempotency_key=new_idempotency_key(),
        )
        if on_progress is not None:
            on_progress(len(data), len(data))
        return Asset.from_dict(expect_object(payload, "POST /assets"))

    async def _upload_signed(
        self, local: _LocalFile, fields: dict[str, str], on_progress: ProgressCallback | None
    ) -> Asset:
        created = await self.create(
            source="signed-url",
            workspace_id=fields["workspace_id"],
            content_type=fields.get("content_type"),
            file_name=fields.get("file_name"),
            folder=fields.get("folder"),
            project_id=fields.get("project_id"),
        )
        await self._send_to_storage(created, local, on_progress)
        return await self.complete(created.asset_id)

    async def send_to_storage(
        self,
        asset: Asset,
        path: LocalFile,
        *,
        content_type: str | None = None,
        file_name: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> None:
        """Send a file to a signed asset's upload target (e.g. after ``retry``).

        A multipart form to ``asset.upload`` (its ``form_fields`` first, then the file), or
        a PUT of the raw bytes to ``asset.upload_url``; never with any FLORA header. Raises
        ``AssetUploadError`` when there is no target or storage refuses the bytes.
        """
        local = await _inspect_async(path, file_name, content_type)
        await self._send_to_storage(asset, local, on_progress)

    async def _send_to_storage(
        self, asset: Asset, local: _LocalFile, on_progress: ProgressCallback | None
    ) -> None:
        if asset.upload is not None:
            target = asset.upload
            body = MultipartFile(
                target.form_fields,
                file_field=target.file_field,
                file=local.file,
                file_name=local.name,
                content_type=local.content_type or _FALLBACK_CONTENT_TYPE,
            )
            response = await self._client.send_bare(
                target.method, target.url, content=body.stream(on_progress), headers=body.headers
            )
        elif asset.upload_url:
            headers = {"Content-Length": str(local.size)}
            if local.content_type:
                headers["Content-Type"] = local.content_type
            response = await self._client.send_bare(
                "PUT",
                asset.upload_url,
                content=local.file.chunks(on_progress),
                headers=headers,
            )
        else:
            raise AssetUploadError(
                f"Asset {asset.asset_id} came without an upload target.", asset_id=asset.asset_id
            )
        if not response.is_success:
            excerpt = response.text[:STORAGE_ERROR_BODY_CHARS]
            raise AssetUploadError(
                f"Storage refused the upload of asset {asset.asset_id}: "
                f"{response.status_code} {response.reason_phrase} {excerpt}".rstrip(),
                asset_id=asset.asset_id,
                status=asset.status,
                status_code=response.status_code,
            )

    async def wait_until_ready(
        self,
        asset_id: str,
        *,
        poll_interval: float = DEFAULT_ASSET_POLL_INTERVAL,
        poll_timeout: float = DEFAULT_ASSET_POLL_TIMEOUT,
    ) -> Asset:
        """Poll ``GET /assets/{asset_id}`` every ``poll_interval`` s until it is ``ready``.

        Raises ``AssetUploadError`` when the asset fails or ``poll_timeout`` seconds pass.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + poll_timeout
        while True:
            asset = await self.retrieve(asset_id)
            if asset.status == "ready":
                return asset
            if asset.status == "failed":
                reason = f": {asset.failure_message}" if asset.failure_message else ""
                raise AssetUploadError(
                    f"Asset {asset_id} failed to process{reason}",
                    asset_id=asset_id,
                    status=asset.status,
                )
            if loop.time() >= deadline:
                raise AssetUploadError(
                    f"Asset {asset_id} was not ready after {poll_timeout:g} s "
                    f"(last status: {asset.status})",
                    asset_id=asset_id,
                    status=asset.status,
                )
            logger.debug("asset %s is %s; polling again", asset_id, asset.status)
            await asyncio.sleep(poll_interval)
