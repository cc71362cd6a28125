"""Files that change while they upload, and special files: a plain refusal, never a crash or a hang.

The class: both routes (direct up to 4 MiB, signed above) × every way a file changes (grows,
shrinks, rewritten at the same size, replaced by another file, replaced by a FIFO) × when
(after its check, while its bytes go out). Against the sandbox over real HTTP.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import pytest_asyncio

from flora_desktop.api import FloraClient
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.uploads import (
    AssetUploader,
    FileChanged,
    UploadProgress,
    UploadRefused,
    check_file,
)
from tests.conftest import reset_sandbox
from tests.upload_samples import LARGE_BYTES, write_png

LIMIT = 10.0  # a hang fails the test instead of the suite
SMALL_BYTES = 64 * 1024


def grow(path: Path) -> None:
    with path.open("ab") as handle:
        handle.write(b"\0" * 4096)


def shrink(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def rewrite(path: Path) -> None:
    data = path.read_bytes()
    stat = path.stat()
    path.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def replace(path: Path) -> None:
    other = path.with_name("other.png")
    other.write_bytes(path.read_bytes())
    os.replace(other, path)


def fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


CHANGES: dict[str, Callable[[Path], None]] = {
    "grows": grow,
    "shrinks": shrink,
    "rewritten": rewrite,
    "replaced": replace,
    "becomes a FIFO": fifo,
}


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    reset_sandbox(sandbox, asset_ready_seconds=0.05)
    async with FloraClient(api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0) as c:
        yield c


async def _owner(client: FloraClient) -> str:
    return next(w.workspace_id for w in await client.workspaces.list() if w.role == "owner")


@pytest.mark.asyncio
@pytest.mark.parametrize("moment", ["after its check", "while it is sent"])
@pytest.mark.parametrize("change", sorted(CHANGES))
@pytest.mark.parametrize("size", [SMALL_BYTES, LARGE_BYTES], ids=["direct", "signed"])
async def test_a_file_that_changes_is_a_plain_error_on_its_row(
    client: FloraClient, tmp_path: Path, size: int, change: str, moment: str
) -> None:
    path = write_png(tmp_path / "export.png", size=size)
    changed = False

    def on_progress(progress: UploadProgress) -> None:
        nonlocal changed
        # "uploading" at 0 comes after the check, before any byte is read; a later one
        # comes after the first chunk of a signed upload went out.
        wanted = progress.sent == 0 if moment == "after its check" else progress.sent > 0
        if progress.stage == "uploading" and wanted and not changed:
            changed = True
            CHANGES[change](path)

    uploader = AssetUploader(client, poll_interval=0.02)
    if moment == "while it is sent" and size == SMALL_BYTES:
        pytest.skip("a direct upload reads its bytes at once: there is no 'while'")
    workspace_id = await _owner(client)
    upload = uploader.upload(
        path, workspace_id=workspace_id, input_type="imageUrl", on_progress=on_progress
    )
    if moment == "while it is sent" and change in ("replaced", "becomes a FIFO"):
        # The open file is what is sent: a new file at its path changes nothing already
        # open, so the bytes chosen arrive whole and consistent.
        async with asyncio.timeout(LIMIT):
            asset = await upload
        assert changed
        assert asset.is_ready
        return
    async with asyncio.timeout(LIMIT):
        with pytest.raises(FileChanged) as info:
            await upload
    assert changed
    assert info.value.message == (
        "“export.png” changed while uploading; try again when it is finished."
    )


@pytest.mark.asyncio
async def test_an_unchanged_large_file_still_uploads_whole(
    client: FloraClient, tmp_path: Path
) -> None:
    path = write_png(tmp_path / "still.png", size=LARGE_BYTES)
    asset = await AssetUploader(client, poll_interval=0.02).upload(
        path, workspace_id=await _owner(client), input_type="imageUrl"
    )
    assert asset.is_ready


def _special_files(tmp_path: Path) -> dict[str, Path]:
    pipe = tmp_path / "pipe.png"
    os.mkfifo(pipe)
    return {"fifo": pipe, "character device": Path("/dev/zero"), "folder": tmp_path}


def test_special_files_are_refused_without_blocking(tmp_path: Path) -> None:
    for kind, path in _special_files(tmp_path).items():
        with pytest.raises(UploadRefused, match="not a file"):
            check_file(path, "imageUrl")
        assert kind  # each kind refused, none read


@pytest.mark.asyncio
async def test_a_fifo_never_hangs_a_worker(client: FloraClient, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.png"
    os.mkfifo(pipe)
    async with asyncio.timeout(LIMIT):
        with pytest.raises(UploadRefused):
            await AssetUploader(client).upload(
                pipe, workspace_id=await _owner(client), input_type="imageUrl"
            )
