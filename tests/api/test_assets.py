"""Asset uploads (CONTRACT §5.9): direct for small files, signed through storage for large ones."""

from __future__ import annotations

import dataclasses
import struct
import zlib
from pathlib import Path

import pytest

from flora_desktop.api import AssetUploadError, FloraClient
from flora_desktop.api._constants import DIRECT_UPLOAD_MAX_BYTES
from tests.api.helpers import Control

pytestmark = pytest.mark.asyncio

FAST_POLL = 0.05


def write_png(path: Path, padding: int = 0) -> Path:
    """A real 1×1 PNG, optionally padded with a private chunk to reach a size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    pixels = chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
    filler = chunk(b"paDd", b"\x00" * padding) if padding else b""
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + header + filler + pixels + chunk(b"IEND", b""))
    return path


async def test_small_file_goes_direct(
    client: FloraClient, control: Control, workspaces: dict[str, str], tmp_path: Path
) -> None:
    path = write_png(tmp_path / "swatch.png")
    progress: list[tuple[int, int]] = []
    asset = await client.assets.upload(
        path,
        workspace_id=workspaces["owner"],
        poll_interval=FAST_POLL,
        on_progress=lambda sent, total: progress.append((sent, total)),
    )
    assert asset.status == "ready"
    assert asset.url
    assert asset.uploaded_via == "direct"
    assert asset.content_type == "image/png"
    assert progress[-1] == (path.stat().st_size, path.stat().st_size)
    (create,) = await control.requests("/assets")
    assert create["auth"] == "valid"
    assert create["idempotency_key"]
    assert [r for r in await control.requests() if r["path"].startswith("/_storage/")] == []


async def test_exactly_four_mib_is_still_direct(
    client: FloraClient, workspaces: dict[str, str], tmp_path: Path
) -> None:
    path = write_png(tmp_path / "edge.png")
    chunk_overhead = 12  # length, type and CRC of the padding chunk
    path = write_png(path, padding=DIRECT_UPLOAD_MAX_BYTES - path.stat().st_size - chunk_overhead)
    assert path.stat().st_size == DIRECT_UPLOAD_MAX_BYTES
    asset = await client.assets.upload(
        path, workspace_id=workspaces["owner"], poll_interval=FAST_POLL
    )
    assert asset.uploaded_via == "direct"


async def test_large_file_goes_through_signed_storage_without_the_key(
    client: FloraClient, control: Control, workspaces: dict[str, str], tmp_path: Path
) -> None:
    path = write_png(tmp_path / "poster.png", padding=DIRECT_UPLOAD_MAX_BYTES + 1)
    size = path.stat().st_size
    progress: list[int] = []
    asset = await client.assets.upload(
        path,
        workspace_id=workspaces["owner"],
        folder="api-uploads",
        poll_interval=FAST_POLL,
        on_progress=lambda sent, _total: progress.append(sent),
    )
    assert asset.status == "ready"
    assert asset.uploaded_via == "signed_url"
    assert asset.size_bytes == size
    assert progress[-1] == size
    assert progress == sorted(progress)
    log = await control.requests()
    storage = [r for r in log if r["path"] == f"/_storage/{asset.asset_id}"]
    assert len(storage) == 1
    assert storage[0]["auth"] == "missing"
    assert storage[0]["status"] == 204
    assert storage[0]["user_agent"] is None or "FloraDesktop" not in storage[0]["user_agent"]
    sequence = [(r["method"], r["path"]) for r in log if r["path"] != "/api/v1/workspaces"]
    assert sequence[:3] == [
        ("POST", "/api/v1/assets"),
        ("POST", f"/_storage/{asset.asset_id}"),
        ("POST", f"/api/v1/assets/{asset.asset_id}/complete"),
    ]
    assert all(r == ("GET", f"/api/v1/assets/{asset.asset_id}") for r in sequence[3:])


async def test_put_fallback_when_there_is_no_form_target(
    client: FloraClient, control: Control, workspaces: dict[str, str], tmp_path: Path
) -> None:
    path = write_png(tmp_path / "still.png")
    created = await client.assets.create(
        workspace_id=workspaces["owner"], content_type="image/png", file_name="still.png"
    )
    assert created.upload is not None
    assert created.upload_url is not None
    await client.assets.send_to_storage(dataclasses.replace(created, upload=None), path)
    completed = await client.assets.complete(created.asset_id)
    assert completed.asset_id == created.asset_id
    (put,) = [r for r in await control.requests() if r["path"].startswith("/_storage/")]
    assert (put["method"], put["auth"], put["status"]) == ("PUT", "missing", 204)


async def test_storage_refusal_names_the_asset(
    client: FloraClient, workspaces: dict[str, str], tmp_path: Path
) -> None:
    path = write_png(tmp_path / "still.png")
    created = await client.assets.create(workspace_id=workspaces["owner"], file_name="still.png")
    assert created.upload is not None
    forged = dataclasses.replace(
        created,
        upload=dataclasses.replace(created.upload, form_fields={"key": "uploads/someone-else"}),
    )
    with pytest.raises(AssetUploadError) as info:
        await client.assets.send_to_storage(forged, path)
    assert info.value.asset_id == created.asset_id
    assert info.value.status_code == 403
    assert created.asset_id in str(info.value)


async def test_no_upload_target(
    client: FloraClient, workspaces: dict[str, str], tmp_path: Path
) -> None:
    path = write_png(tmp_path / "still.png")
    created = await client.assets.create(workspace_id=workspaces["owner"], file_name="still.png")
    bare = dataclasses.replace(created, upload=None, upload_url=None)
    with pytest.raises(AssetUploadError, match="without an upload target"):
        await client.assets.send_to_storage(bare, path)


async def test_complete_without_bytes_fails_and_retry_rearms(
    client: FloraClient, workspaces: dict[str, str], tmp_path: Path
) -> None:
    created = await client.assets.create(workspace_id=workspaces["owner"], file_name="x.png")
    await client.assets.complete(created.asset_id)
    failed = await client.assets.retrieve(created.asset_id)
    assert failed.status == "failed"
    rearmed = await client.assets.retry(created.asset_id)
    assert rearmed.status == "pending_upload"
    assert rearmed.upload is not None
    await client.assets.send_to_storage(rearmed, write_png(tmp_path / "x.png"))
    await client.assets.complete(created.asset_id)


async def test_poll_timeout_names_the_last_status(
    client: FloraClient, workspaces: dict[str, str], tmp_path: Path
) -> None:
    path = write_png(tmp_path / "poster.png", padding=DIRECT_UPLOAD_MAX_BYTES + 1)
    with pytest.raises(AssetUploadError, match="pending_upload") as info:
        await client.assets.upload(
            path, workspace_id=workspaces["owner"], poll_interval=FAST_POLL, poll_timeout=0
        )
    assert info.value.status == "pending_upload"
    assert info.value.asset_id is not None
    assert info.value.asset_id in str(info.value)


async def test_missing_file_is_an_upload_error(
    client: FloraClient, workspaces: dict[str, str], tmp_path: Path
) -> None:
    with pytest.raises(AssetUploadError, match=r"nope\.png"):
        await client.assets.upload(tmp_path / "nope.png", workspace_id=workspaces["owner"])


async def test_viewer_cannot_upload(
    client: FloraClient, workspaces: dict[str, str], tmp_path: Path
) -> None:
    from flora_desktop.api import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        await client.assets.upload(write_png(tmp_path / "a.png"), workspace_id=workspaces["viewer"])
