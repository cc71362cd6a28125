"""An uploaded asset and its lifecycle (CONTRACT §5.9): pending_upload -> ready or failed."""

from __future__ import annotations

import mimetypes
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

DIRECT_LIMIT = 4 * 1024 * 1024  # inclusive, as the SDK's threshold
STORAGE_LIMIT = 60 * 1024 * 1024
UPLOAD_TTL = timedelta(hours=1)

ALLOWED_TYPES = frozenset(
    {
        "image/jpeg",
        "image/png",
        "image/webp",
        "image/gif",
        "image/avif",
        "image/heic",
        "image/heif",
        "video/mp4",
        "video/webm",
        "video/quicktime",
        "audio/mpeg",
        "audio/wav",
        "audio/x-wav",
        "audio/wave",
        "audio/ogg",
        "application/pdf",
    }
)

Status = Literal["pending_upload", "ready", "failed"]
Via = Literal["url", "signed_url", "direct"]


def guess_type(file_name: str | None) -> str | None:
    """The MIME type a file name suggests."""
    if not file_name:
        return None
    guessed, _ = mimetypes.guess_type(file_name)
    return guessed


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG header, without decoding the image."""
    if len(data) >= 24 and data[:8] == b"\x89PNG\r\n\x1a\n":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return None


@dataclass
class Asset:
    """One asset; ``ready_at`` (epoch seconds) turns a pending asset ready lazily."""

    asset_id: str
    workspace_id: str
    project_id: str | None
    uploaded_via: Via
    content_type: str
    file_name: str
    folder: str | None
    created: float
    status: Status = "pending_upload"
    data: bytes | None = None
    source_url: str | None = None
    ready_at: float | None = None
    failure_message: str | None = None
    upload_token: str = ""
    expires: datetime | None = None

    def refresh(self, now: float) -> None:
        """Move to ``ready`` once processing time has passed."""
        if self.status == "pending_upload" and self.ready_at is not None and now >= self.ready_at:
            self.status = "ready"

    def new_upload_target(self) -> None:
        """Issue a fresh signed-upload reservation (create and retry)."""
        self.upload_token = secrets.token_urlsafe(16)
        self.expires = datetime.now(UTC) + UPLOAD_TTL
        self.status = "pending_upload"
        self.failure_message = None
        self.ready_at = None

    def public_url(self, root_url: str) -> str:
        """Where the asset is served once ready."""
        return f"{root_url}/files/{self.asset_id}/{self.file_name}"

    def upload_json(self, root_url: str) -> dict[str, object]:
        """The presigned multipart POST target (CONTRACT §11.10)."""
        return {
            "url": f"{root_url}/_storage/{self.asset_id}",
            "method": "POST",
            "file_field": "file",
            "content_type": "multipart/form-data",
            "form_fields": {
                "key": f"uploads/{self.asset_id}",
                "policy": self.upload_token,
                "Content-Type": self.content_type,
            },
        }

    def upload_url(self, root_url: str) -> str:
        """The PUT fallback target."""
        return f"{root_url}/_storage/{self.asset_id}?policy={self.upload_token}"

    def _expires_at(self) -> str | None:
        if self.expires is None:
            return None
        return self.expires.isoformat().replace("+00:00", "Z")

    def create_json(self, root_url: str) -> dict[str, object]:
        """``AssetCreateResponse``; also the shape of complete and retry answers."""
        data: dict[str, object] = {
            "asset_id": self.asset_id,
            "status": self.status,
            "uploaded_via": self.uploaded_via,
            "url": self.public_url(root_url),
            "visibility": "workspace",
            "workspace_id": self.workspace_id,
        }
        if self.uploaded_via == "signed_url" and self.status == "pending_upload":
            expires_at = self._expires_at()
            if expires_at is not None:
                data["expires_at"] = expires_at
            data["upload"] = self.upload_json(root_url)
            data["upload_url"] = self.upload_url(root_url)
        return data

    def lifecycle_json(self, root_url: str) -> dict[str, object]:
        """``AssetCompleteResponse`` / ``AssetRetryResponse``."""
        data = self.create_json(root_url)
        data["failure_message"] = self.failure_message
        return data

    def retrieve_json(self, root_url: str) -> dict[str, object]:
        """``AssetRetrieveResponse``: every key present (CONTRACT §5.9.5)."""
        size = png_size(self.data) if self.data else None
        created = datetime.fromtimestamp(self.created, UTC).isoformat().replace("+00:00", "Z")
        return {
            "asset_id": self.asset_id,
            "content_type": self.content_type,
            "created_at": created,
            "description": None,
            "failure_message": self.failure_message,
            "height": size[1] if size else None,
            "width": size[0] if size else None,
            "name": self.file_name,
            "size_bytes": len(self.data) if self.data is not None else None,
            "status": self.status,
            "upload_content_type": self.content_type,
            "uploaded_via": self.uploaded_via,
            "url": self.public_url(root_url) if self.status == "ready" else None,
            "workspace_id": self.workspace_id,
        }

    def list_json(self, root_url: str) -> dict[str, object]:
        """A ``GET /assets`` item: retrieve's fields, numeric ``created_at``, plus node/project."""
        data = self.retrieve_json(root_url)
        del data["failure_message"]
        data["created_at"] = int(self.created * 1000)
        data["node_id"] = None
        data["project_id"] = self.project_id
        return data
