"""Uploading local files as inputs, against the sandbox: checks first, then the asset flow."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from flora_desktop.api import AssetUploadError, FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.uploads import (
    AssetUploader,
    UploadProgress,
    UploadRefused,
    check_file,
    image_size,
    sniff_type,
)
from tests.conftest import reset_sandbox
from tests.upload_samples import LARGE_BYTES, write_exe, write_mp4, write_png

FAST_POLL = 0.02


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    reset_sandbox(sandbox, asset_ready_seconds=0.05)
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0) as c:
        yield c


async def owner_workspace(client: FloraClient) -> str:
    workspaces = await client.workspaces.list()
    return next(w.workspace_id for w in workspaces if w.role == "owner")


def requests_log(sandbox: SandboxServer) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = httpx.get(f"{sandbox.root_url}/_sandbox/requests").json()[
        "requests"
    ]
    return found


def fetch(url: str | None) -> bytes:
    """The bytes the sandbox serves at ``url`` (an asset's public address)."""
    assert url is not None
    return httpx.get(url).content


def add_fault(sandbox: SandboxServer, **fault: Any) -> None:
    httpx.post(f"{sandbox.root_url}/_sandbox/faults", json=fault).raise_for_status()


def asset_requests(sandbox: SandboxServer) -> list[dict[str, Any]]:
    return [
        r for r in requests_log(sandbox) if r["path"].startswith(("/api/v1/assets", "/_storage/"))
    ]


# --- checks before anything is sent -----------------------------------------------------------


def test_sniffing_trusts_the_bytes_over_the_name(tmp_path: Path) -> None:
    # A PNG named .jpg is sent as a PNG; a program named .png is refused for what it is.
    checked = check_file(write_png(tmp_path / "photo.jpg"), "imageUrl")
    assert checked.content_type == "image/png"
    assert checked.route == "direct"
    with pytest.raises(UploadRefused) as refused:
        check_file(write_exe(tmp_path / "cute-cat.png"), "imageUrl")
    assert "not a kind of file FLORA takes" in refused.value.message
    assert "an image (JPEG, PNG" in refused.value.message


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"GIF89a\x01\x00\x01\x00", "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "audio/wav"),
        (b"\x00\x00\x00\x18ftypqt  \x00\x00", "video/quicktime"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00", "image/heic"),
        (b"\x00\x00\x00\x18ftypavif\x00\x00", "image/avif"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "video/webm"),
        (b"OggS\x00\x02", "audio/ogg"),
        (b"ID3\x04\x00", "audio/mpeg"),
        (b"%PDF-1.7\n", "application/pdf"),
        (b"\x7fELF\x02\x01", "application/x-executable"),
        (b"hello, world\n", "text/plain"),
    ],
)
def test_sniff_type(head: bytes, expected: str) -> None:
    assert sniff_type(head) == expected


def test_text_file_on_an_image_input_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a picture", encoding="utf-8")
    with pytest.raises(UploadRefused) as refused:
        check_file(path, "imageUrl")
    assert refused.value.message.startswith("“notes.txt” is not a kind of file FLORA takes.")


def test_image_on_a_video_input_is_refused_in_plain_words(tmp_path: Path) -> None:
    with pytest.raises(UploadRefused) as refused:
        check_file(write_png(tmp_path / "still.png"), "videoUrl")
    assert refused.value.message == (
        "“still.png” is an image, but this input needs a video (MP4, WebM or MOV)."
    )
    # And the other way round.
    with pytest.raises(UploadRefused, match="is a video, but this input needs an image"):
        check_file(write_mp4(tmp_path / "clip.mp4"), "imageUrl")


def test_empty_missing_and_huge_images_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(UploadRefused, match="is empty"):
        check_file(empty, "imageUrl")
    with pytest.raises(UploadRefused, match="not a file"):
        check_file(tmp_path / "gone.png", "imageUrl")
    giant = write_png(tmp_path / "giant.png", width=20_000, height=10_000)
    with pytest.raises(UploadRefused, match="200 megapixels; FLORA takes images up to 150"):
        check_file(giant, "imageUrl")
    assert check_file(write_png(tmp_path / "ok.png", width=12_000, height=12_000), "imageUrl")


def test_jpeg_and_webp_sizes_are_read_from_headers() -> None:
    jpeg = (
        b"\xff\xd8"
        + b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + b"\xff\xc0\x00\x11\x08\x01\x90\x02\x80\x03"
        + b"\x00" * 12
    )
    assert image_size(jpeg, "image/jpeg") == (640, 400)
    vp8x = b"RIFF\x00\x00\x00\x00WEBPVP8X" + b"\x00" * 8 + (1919).to_bytes(3, "little")
    vp8x += (1079).to_bytes(3, "little")
    assert image_size(vp8x, "image/webp") == (1920, 1080)


def test_text_inputs_take_no_files(tmp_path: Path) -> None:
    with pytest.raises(UploadRefused, match="takes text, not a file"):
        check_file(write_png(tmp_path / "a.png"), "text")


@pytest.mark.asyncio
async def test_refused_file_sends_no_request(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path
) -> None:
    workspace_id = await owner_workspace(client)
    uploader = AssetUploader(client, poll_interval=FAST_POLL)
    with pytest.raises(UploadRefused):
        await uploader.upload(
            write_exe(tmp_path / "setup.exe"), workspace_id=workspace_id, input_type="imageUrl"
        )
    assert asset_requests(sandbox) == []


# --- uploads ----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_small_png_goes_direct_and_is_served(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path
) -> None:
    workspace_id = await owner_workspace(client)
    path = write_png(tmp_path / "swatch.png", size=2048)
    seen: list[UploadProgress] = []
    asset = await AssetUploader(client, poll_interval=FAST_POLL).upload(
        path, workspace_id=workspace_id, input_type="imageUrl", on_progress=seen.append
    )
    assert asset.status == "ready"
    assert asset.url is not None
    assert seen[0].stage == "uploading"
    assert seen[-1].stage == "ready"
    calls = asset_requests(sandbox)
    assert next((r["method"], r["path"]) for r in calls) == ("POST", "/api/v1/assets")
    assert not any(r["path"].startswith("/_storage/") for r in calls)
    assert fetch(asset.url) == path.read_bytes()


@pytest.mark.asyncio
async def test_large_file_goes_signed_without_the_key_to_storage(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path
) -> None:
    workspace_id = await owner_workspace(client)
    path = write_png(tmp_path / "poster.png", size=LARGE_BYTES)
    seen: list[UploadProgress] = []
    asset = await AssetUploader(client, poll_interval=FAST_POLL).upload(
        path, workspace_id=workspace_id, input_type="imageUrl", on_progress=seen.append
    )
    assert asset.status == "ready"
    assert asset.uploaded_via == "signed_url"
    storage = [r for r in asset_requests(sandbox) if r["path"].startswith("/_storage/")]
    assert len(storage) == 1
    assert storage[0]["auth"] == "missing"
    assert storage[0]["status"] == 204
    fractions = [p.fraction for p in seen if p.fraction is not None]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert {p.stage for p in seen} >= {"uploading", "processing", "ready"}
    assert fetch(asset.url) == path.read_bytes()


@pytest.mark.asyncio
async def test_storage_failure_is_retried_with_a_fresh_target(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path
) -> None:
    # The storage path holds the asset id, unknown until POST /assets answers; the fault is
    # armed from the progress report that comes right before the bytes are sent.
    workspace_id = await owner_workspace(client)
    path = write_png(tmp_path / "poster.png", size=LARGE_BYTES)
    armed: list[str] = []
    stages: list[str] = []

    def on_progress(progress: UploadProgress) -> None:
        stages.append(progress.stage)
        if progress.asset_id and not armed:
            armed.append(progress.asset_id)
            add_fault(sandbox, path=f"/_storage/{progress.asset_id}", status=503, count=1)

    asset = await AssetUploader(client, poll_interval=FAST_POLL).upload(
        path, workspace_id=workspace_id, input_type="imageUrl", on_progress=on_progress
    )
    assert asset.status == "ready"
    assert asset.asset_id == armed[0]
    assert "retrying" in stages
    paths = [(r["method"], r["path"]) for r in asset_requests(sandbox)]
    storage_path = f"/_storage/{asset.asset_id}"
    assert paths.count(("POST", storage_path)) == 2
    assert ("POST", f"/api/v1/assets/{asset.asset_id}/retry") in paths
    retry_at = paths.index(("POST", f"/api/v1/assets/{asset.asset_id}/retry"))
    assert paths[retry_at + 1] == ("POST", storage_path)
    assert fetch(asset.url) == path.read_bytes()


@pytest.mark.asyncio
async def test_storage_failing_twice_gives_up_with_an_upload_error(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path
) -> None:
    workspace_id = await owner_workspace(client)
    path = write_png(tmp_path / "poster.png", size=LARGE_BYTES)
    armed: list[str] = []

    def on_progress(progress: UploadProgress) -> None:
        if progress.asset_id and not armed:
            armed.append(progress.asset_id)
            add_fault(sandbox, path=f"/_storage/{progress.asset_id}", status=500, count=2)

    with pytest.raises(AssetUploadError) as failed:
        await AssetUploader(client, poll_interval=FAST_POLL).upload(
            path, workspace_id=workspace_id, input_type="imageUrl", on_progress=on_progress
        )
    assert failed.value.asset_id == armed[0]
    paths = [r["path"] for r in asset_requests(sandbox)]
    assert paths.count(f"/_storage/{armed[0]}") == 2
    assert f"/api/v1/assets/{armed[0]}/complete" not in paths


@pytest.mark.asyncio
async def test_cancelling_stops_the_upload(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path
) -> None:
    workspace_id = await owner_workspace(client)
    add_fault(sandbox, method="POST", path="/api/v1/assets", mode="slow", delay_ms=5000)
    uploader = AssetUploader(client, poll_interval=FAST_POLL)
    task = asyncio.create_task(
        uploader.upload(
            write_png(tmp_path / "a.png"), workspace_id=workspace_id, input_type="imageUrl"
        )
    )
    for _ in range(500):
        if asset_requests(sandbox):
            break
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    # The slow create was abandoned before the sandbox answered it.
    assert [r["status"] for r in asset_requests(sandbox)] == [None]
