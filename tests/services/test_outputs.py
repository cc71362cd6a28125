"""Saving outputs: hostile names stay inside, non-web URLs refused, downloads never torn."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from flora_desktop.api import FloraClient, RunOutput, RunStatus
from flora_desktop.sandbox.server import SandboxServer
from flora_desktop.services.outputs import (
    MAX_NAME_BYTES,
    DownloadFailedError,
    DownloadTooLargeError,
    OutputDownloader,
    OutputSaveError,
    UnsafeURLError,
    download,
    extension_for,
    output_url_policy,
    safe_file_name,
    save_text,
)
from flora_desktop.services.watch import RunWatcher

LIMIT = 20.0
HOSTILE = [
    "../../etc/passwd",
    "..",
    "CON",
    "nul.txt",
    "COM1",
    "lpt9",
    "a/b\\c",
    "🎨 Mood board ✨👩‍🎨",
    "x" * 300,
    "é" * 300,
    "",
    "   ",
    ".hidden",
    "name.",
    "tab\tnew\nline\x00nul",
    "right\u202etxt.exe",
    'quo"te<>:|?*',
    "C:\\Windows\\system32",
]
WINDOWS_RESERVED = (
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)


def _real(folder: Path) -> Path:
    return folder.resolve()


def _read(path: Path) -> bytes:
    return path.read_bytes()


def _tree(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*"))


def _everything(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())  # hidden temp files included


def _assert_safe(name: str) -> None:
    assert name
    assert name.strip() == name
    assert "/" not in name
    assert "\\" not in name
    assert ".." not in name
    assert not name.startswith(".")
    assert not name.endswith(".")
    assert all(ord(c) >= 32 and c != "\x7f" for c in name)
    assert "\u202e" not in name
    assert not any(c in name for c in '<>:"|?*')
    assert name.split(".", 1)[0].strip().upper() not in WINDOWS_RESERVED
    assert len(name.encode()) <= MAX_NAME_BYTES


@pytest.mark.parametrize("hostile", HOSTILE)
def test_safe_file_name_is_safe(hostile: str) -> None:
    for name in (
        safe_file_name(hostile, "run_1", "output_1", "png"),
        safe_file_name("Poster", hostile, hostile, hostile),
        safe_file_name(hostile, hostile, hostile, ""),
    ):
        _assert_safe(name)


def test_safe_file_name_keeps_ids_and_extension() -> None:
    name = safe_file_name("x" * 300, "run_9", "output_2", "PNG")
    assert name.endswith(" - run_9 - output_2.png")
    assert safe_file_name("Café ☕", "run_1", "output_1", "wav") == "Café ☕ - run_1 - output_1.wav"


@pytest.mark.asyncio
@pytest.mark.parametrize("hostile", HOSTILE)
async def test_hostile_names_are_saved_inside_the_folder(hostile: str, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = await save_text("hello", folder, hostile)
    assert path.parent == folder.resolve()
    assert _read(path) == b"hello"
    assert path.suffix == ".txt"
    _assert_safe(path.name)
    assert _tree(tmp_path) == sorted(["out", path.name])


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.com/x.png",
        "vbscript:msgbox",
        "//example.com/x.png",
        "/media/x.png",
        "https://",
        "https://user:pw@example.com/x.png",
        "https://exa\u200bmple.com/x.png",
        "https://example.com/x.png\n",
        "http://example.com:99999/x.png",
        "",
        "A caption that is just text.",
    ],
)
def test_non_web_urls_are_refused(url: str) -> None:
    verdict = output_url_policy(url)
    assert not verdict
    assert not verdict.allowed
    assert verdict.reason


@pytest.mark.parametrize(
    "url", ["https://media.flora.ai/out/1.png", "http://127.0.0.1:8080/media/run_1/output_1.wav"]
)
def test_web_urls_are_allowed(url: str) -> None:
    assert output_url_policy(url)


@pytest.mark.asyncio
@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "data:,hello"])
async def test_download_refuses_non_web_urls(url: str, tmp_path: Path) -> None:
    with pytest.raises(UnsafeURLError):
        await download(url, tmp_path, "x.png")
    assert _everything(tmp_path) == []


def test_extension_for() -> None:
    assert extension_for("imageUrl", "image/jpeg; charset=binary") == "jpg"
    assert extension_for("audioUrl", None, "https://m.example/a/b.WAV?sig=1") == "wav"
    assert extension_for("videoUrl", "application/octet-stream", "https://m.example/v") == "mp4"
    assert extension_for("documentUrl") == "pdf"
    assert extension_for("somethingNew") == "bin"


# --- against the sandbox ---------------------------------------------------------------------


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[FloraClient]:
    async with FloraClient(
        api_key=sandbox.api_key, base_url=sandbox.api_url, max_retries=0, timeout=5
    ) as c:
        yield c


@pytest_asyncio.fixture
async def downloader() -> AsyncIterator[OutputDownloader]:
    async with OutputDownloader() as d:
        yield d


async def _completed(client: FloraClient, slug: str, inputs: dict[str, Any]) -> RunStatus:
    owner = next(w for w in await client.workspaces.list() if w.role == "owner")
    technique = await client.techniques.retrieve(slug)
    start = await client.runs.start_technique(
        technique_id=technique.technique_id, workspace_id=owner.workspace_id, inputs=inputs
    )
    async with asyncio.timeout(LIMIT):
        final = await RunWatcher(client, interval=0.03, max_interval=0.2).watch(start.run_id)
    assert final.status == "completed"
    return final


def _requests(sandbox: SandboxServer) -> list[dict[str, Any]]:
    body = httpx.get(f"{sandbox.root_url}/_sandbox/requests").json()
    return list(body["requests"])


def _fault(sandbox: SandboxServer, **body: Any) -> None:
    httpx.post(f"{sandbox.root_url}/_sandbox/faults", json=body).raise_for_status()


def _path(url: str) -> str:
    return httpx.URL(url).path


def _clear_requests(sandbox: SandboxServer) -> None:
    httpx.delete(f"{sandbox.root_url}/_sandbox/requests").raise_for_status()


DOC = "https://upload.wikimedia.org/deck.pdf"
PHOTO = "https://images.unsplash.com/photo-1.png"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("slug", "inputs", "expected"),
    [
        ("podcast-cover-art", {"title": "Episode 1"}, [("png", b"\x89PNG\r\n\x1a\n")]),
        ("voiceover-studio", {"script": "Hello there"}, [("wav", b"RIFF")]),
        ("ugc-ad-maker", {"product_image": PHOTO, "script": "Buy it"}, [("mp4", b"ftyp")]),
        ("pitch-deck-visualizer", {"deck": DOC}, [("png", b"\x89PNG"), ("pdf", b"%PDF")]),
        ("social-caption-writer", {"brief": "Launch day"}, [("txt", b"Captions")]),
    ],
)
async def test_each_output_type_is_saved_with_the_right_bytes(
    sandbox: SandboxServer,
    client: FloraClient,
    downloader: OutputDownloader,
    tmp_path: Path,
    slug: str,
    inputs: dict[str, Any],
    expected: list[tuple[str, bytes]],
) -> None:
    run = await _completed(client, slug, inputs)
    technique = await client.techniques.retrieve(slug)
    _clear_requests(sandbox)
    progress: list[tuple[int, int | None]] = []

    saved = [
        await downloader.save_output(
            output,
            tmp_path,
            technique_name=technique.name,
            run_id=run.run_id,
            on_progress=lambda got, total: progress.append((got, total)),
        )
        for output in run.outputs
    ]

    assert len(saved) == len(expected)
    for path, (extension, magic), output in zip(saved, expected, run.outputs, strict=True):
        assert path.parent == _real(tmp_path)
        assert path.name == f"{technique.name} - {run.run_id} - {output.output_id}.{extension}"
        data = _read(path)
        if extension == "mp4":
            assert data[4:8] == magic
        else:
            assert data.startswith(magic)
        if extension == "txt":
            assert data.decode() == output.url
    assert _everything(tmp_path) == sorted(p.name for p in saved)
    media = [r for r in _requests(sandbox) if r["path"].startswith("/media/")]
    media_outputs = [o for o in run.outputs if o.type != "text"]
    assert len(media) == len(media_outputs)  # text outputs are never fetched
    assert all(r["auth"] == "missing" for r in media), "the FLORA key never goes with outputs"
    if media_outputs:
        assert progress
        assert progress[-1][0] == progress[-1][1]


@pytest.mark.asyncio
async def test_name_collisions_get_numbered(
    client: FloraClient, downloader: OutputDownloader, tmp_path: Path
) -> None:
    run = await _completed(client, "podcast-cover-art", {"title": "Twice"})
    output = run.outputs[0]
    first = await downloader.save_output(output, tmp_path, technique_name="T", run_id=run.run_id)
    second = await downloader.save_output(output, tmp_path, technique_name="T", run_id=run.run_id)
    third = await save_text("x", tmp_path, first.name)
    assert first.name == f"T - {run.run_id} - output_1.png"
    assert second.name == f"T - {run.run_id} - output_1 (2).png"
    assert third.name == f"T - {run.run_id} - output_1.txt"
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.asyncio
async def test_content_type_decides_the_extension(
    client: FloraClient, downloader: OutputDownloader, tmp_path: Path
) -> None:
    run = await _completed(client, "voiceover-studio", {"script": "Hi"})
    path = await download(run.outputs[0].url, tmp_path, "../../sound.mp3")
    # Separators are neutralised, not followed; audio/wav wins over the ".mp3" asked for.
    assert path == _real(tmp_path) / "_._sound.wav"
    assert _read(path).startswith(b"RIFF")


@pytest.mark.asyncio
async def test_over_the_size_limit_leaves_no_file(client: FloraClient, tmp_path: Path) -> None:
    run = await _completed(client, "podcast-cover-art", {"title": "Big"})
    with pytest.raises(DownloadTooLargeError):
        await download(run.outputs[0].url, tmp_path, "big.png", max_bytes=100)
    assert _everything(tmp_path) == []


@pytest.mark.asyncio
async def test_streamed_body_over_the_limit_leaves_no_file(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path
) -> None:
    run = await _completed(client, "voiceover-studio", {"script": "No length"})
    url = run.outputs[0].url
    # drip: no Content-Length, so only counting the streamed bytes can catch it.
    _fault(sandbox, method="GET", path=_path(url), mode="drip", delay_ms=100)
    progress: list[int] = []
    with pytest.raises(DownloadTooLargeError):
        await download(
            url, tmp_path, "a.wav", max_bytes=64, on_progress=lambda got, _t: progress.append(got)
        )
    assert progress
    assert max(progress) <= 64
    assert _everything(tmp_path) == []


@pytest.mark.asyncio
async def test_cancelled_download_leaves_no_partial_file(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path
) -> None:
    run = await _completed(client, "voiceover-studio", {"script": "Cancel me"})
    url = run.outputs[0].url
    _fault(sandbox, method="GET", path=_path(url), mode="drip", delay_ms=20_000)
    started = asyncio.Event()
    task = asyncio.create_task(
        download(url, tmp_path, "partial.wav", on_progress=lambda _g, _t: started.set())
    )
    async with asyncio.timeout(LIMIT):
        await started.wait()
    assert any(name.endswith(".part") for name in _everything(tmp_path))
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert _everything(tmp_path) == []


@pytest.mark.asyncio
@pytest.mark.parametrize(("mode", "status"), [("error", 404), ("error", 500), ("drop", None)])
async def test_failed_download_leaves_no_file(
    sandbox: SandboxServer, client: FloraClient, tmp_path: Path, mode: str, status: int | None
) -> None:
    run = await _completed(client, "podcast-cover-art", {"title": "Fail"})
    url = run.outputs[0].url
    fault: dict[str, Any] = {"method": "GET", "path": _path(url), "mode": mode}
    if status is not None:
        fault["status"] = status
    _fault(sandbox, **fault)
    with pytest.raises(DownloadFailedError) as caught:
        await download(url, tmp_path, "x.png")
    assert _path(url) not in str(caught.value)  # plain words, not the (maybe signed) URL
    assert _everything(tmp_path) == []


@pytest.mark.asyncio
async def test_save_output_refuses_a_media_output_with_a_script_url(
    downloader: OutputDownloader, tmp_path: Path
) -> None:
    hostile = RunOutput("output_1", "imageUrl", "javascript:alert(document.cookie)")
    with pytest.raises(UnsafeURLError):
        await downloader.save_output(hostile, tmp_path, technique_name="T", run_id="run_1")
    assert _everything(tmp_path) == []


@pytest.mark.asyncio
async def test_text_output_with_hostile_ids_is_saved_without_fetching(
    downloader: OutputDownloader, tmp_path: Path
) -> None:
    output = RunOutput("../../output_1", "text", "file:///etc/passwd is just text here")
    path = await downloader.save_output(
        output, tmp_path, technique_name="../CON", run_id="run/../1"
    )
    assert path.parent == _real(tmp_path)
    assert path.suffix == ".txt"
    assert _read(path).decode() == output.url


@pytest.mark.asyncio
async def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OutputSaveError):
        await save_text("x", tmp_path / "gone", "a.txt")
    assert _everything(tmp_path) == []
