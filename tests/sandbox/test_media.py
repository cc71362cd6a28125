"""Output media: every IOType's URL is served without auth, with real bytes of its type."""

from __future__ import annotations

import struct
from typing import Any

import httpx
import pytest

from tests.sandbox.support import start, wait_terminal

IMG = "https://images.example.test/photo.png"
AUD = "https://audio.example.test/take.wav"


def completed(api: httpx.Client, slug: str, inputs: dict[str, Any]) -> dict[str, Any]:
    response = start(api, slug, inputs)
    assert response.status_code == 200, response.text
    body = wait_terminal(api, f"/runs/{response.json()['run_id']}")
    assert body["status"] == "completed"
    return body


def fetch(anon: httpx.Client, url: str) -> httpx.Response:
    assert url.startswith(str(anon.base_url).rstrip("/") + "/media/")
    response = anon.get(url)
    assert response.status_code == 200
    return response


def test_png_output_has_technique_aspect_ratio(anon: httpx.Client, api: httpx.Client) -> None:
    body = completed(api, "cctv-cam", {"input_image": IMG})
    response = fetch(anon, body["outputs"][0]["url"])
    assert response.headers["content-type"] == "image/png"
    data = response.content
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (512, 288)  # the output declares 16:9


def test_png_is_derived_from_inputs(anon: httpx.Client, api: httpx.Client) -> None:
    one = completed(api, "cctv-cam", {"input_image": IMG})
    same = completed(api, "cctv-cam", {"input_image": IMG})
    other = completed(api, "cctv-cam", {"input_image": IMG + "?v=2"})
    a, b, c = (fetch(anon, r["outputs"][0]["url"]).content for r in (one, same, other))
    assert a == b
    assert a != c


def test_wav_output(anon: httpx.Client, api: httpx.Client) -> None:
    body = completed(api, "voiceover-studio", {"script": "Welcome to the studio."})
    response = fetch(anon, body["outputs"][0]["url"])
    assert response.headers["content-type"] == "audio/wav"
    assert response.content[:4] == b"RIFF"
    assert response.content[8:12] == b"WAVE"
    assert len(response.content) > 10_000


def test_pdf_output(anon: httpx.Client, api: httpx.Client) -> None:
    body = completed(api, "lookbook-layout", {"photos": [IMG], "title": "SS27"})
    response = fetch(anon, body["outputs"][0]["url"])
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-1.4")
    assert response.content.rstrip().endswith(b"%%EOF")
    assert b"SS27" in response.content


def test_video_output(anon: httpx.Client, api: httpx.Client) -> None:
    body = completed(api, "lip-sync", {"video": "https://v.example.test/a.mp4", "audio": AUD})
    response = fetch(anon, body["outputs"][0]["url"])
    assert response.headers["content-type"] == "video/mp4"
    assert response.content[4:8] == b"ftyp"
    assert 1_000 < len(response.content) < 100_000


def test_media_of_unfinished_or_unknown_run_is_404(anon: httpx.Client, api: httpx.Client) -> None:
    run_id = start(api, "cctv-cam", {"input_image": IMG}).json()["run_id"]
    assert anon.get(f"/media/{run_id}/output_1.png").status_code == 404
    assert anon.get("/media/run_nope/output_1.png").status_code == 404


@pytest.mark.parametrize("name", ["output_2.png", "output_1.wav", "output_0.png"])
def test_media_with_wrong_output_is_404(anon: httpx.Client, api: httpx.Client, name: str) -> None:
    body = completed(api, "cctv-cam", {"input_image": IMG})
    assert anon.get(f"/media/{body['run_id']}/{name}").status_code == 404
