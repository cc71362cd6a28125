"""Media the sandbox serves without auth, like a CDN: run outputs and uploaded assets."""

from __future__ import annotations

import asyncio
import json

from aiohttp import web

from flora_desktop.sandbox import media
from flora_desktop.sandbox.assets import Asset
from flora_desktop.sandbox.context import CONTEXT
from flora_desktop.sandbox.errors import ApiError
from flora_desktop.sandbox.runs import EXTENSIONS, Run

routes = web.RouteTableDef()


def _media_response(item: media.Media) -> web.Response:
    return web.Response(
        body=item.body,
        content_type=item.content_type,
        headers={"cache-control": "public, max-age=3600"},
    )


def _seed(run: Run, output_index: int) -> str:
    # Same technique, inputs and output give the same media, as a deterministic model would.
    spec = run.technique.outputs[output_index]
    return json.dumps(
        {"technique": run.technique.technique_id, "inputs": run.inputs, "output": spec.id},
        sort_keys=True,
    )


def _render(run: Run, output_index: int, extension: str, seed: str) -> media.Media:
    spec = run.technique.outputs[output_index]
    if extension == "png":
        width, height = media.image_size(spec.specified_aspect_ratio)
        body = media.make_png(seed, width, height)
    elif extension == "wav":
        body = media.make_wav(seed)
    elif extension == "pdf":
        lines = [f"{spec.name} - a sandbox result", ""]
        lines += [f"{key}: {value}" for key, value in sorted(run.inputs.items())]
        body = media.make_pdf(run.technique.name, lines)
    else:
        body = media.sample_video()
    return media.Media(body, media.CONTENT_TYPES[extension])


@routes.get(r"/media/{run_id}/{output_id:output_\d+}.{ext:[a-z0-9]+}")
async def run_output(request: web.Request) -> web.Response:
    """An output file of a completed run, rendered once and cached."""
    state = request.app[CONTEXT].state
    run = state.runs.get(request.match_info["run_id"])
    output_id, extension = request.match_info["output_id"], request.match_info["ext"]
    if run is None or run.phase(state.clock()).status != "completed":
        raise ApiError("not_found", "Media not found.")
    index_text = output_id.removeprefix("output_")
    index = int(index_text) - 1 if index_text.isdigit() else -1
    outputs = run.technique.outputs
    if not 0 <= index < len(outputs) or EXTENSIONS.get(outputs[index].type) != extension:
        raise ApiError("not_found", "Media not found.")
    seed = _seed(run, index)
    cache_key = f"{extension}:{seed}"
    item = state.media.get(cache_key)
    if item is None:
        # PNG and WAV rendering is CPU work; keep the loop answering other clients meanwhile.
        item = await asyncio.to_thread(_render, run, index, extension, seed)
        state.media.put(cache_key, item)
    return _media_response(item)


def _placeholder(asset: Asset) -> media.Media:
    kind = asset.content_type.split("/", 1)[0]
    if kind == "image":
        return media.Media(media.make_png(asset.asset_id, 256, 256), "image/png")
    if kind == "audio":
        return media.Media(media.make_wav(asset.asset_id), "audio/wav")
    if kind == "video":
        return media.Media(media.sample_video(), "video/mp4")
    return media.Media(media.make_pdf(asset.file_name, [asset.source_url or ""]), "application/pdf")


@routes.get("/files/{asset_id}/{name}")
async def asset_file(request: web.Request) -> web.Response:
    """A ready asset's bytes; URL-sourced assets (never fetched) get a placeholder."""
    state = request.app[CONTEXT].state
    asset = state.assets.get(request.match_info["asset_id"])
    if asset is None:
        raise ApiError("not_found", "File not found.")
    asset.refresh(state.clock())
    if asset.status != "ready":
        raise ApiError("not_found", "File not found.")
    if asset.data is not None:
        return _media_response(media.Media(asset.data, asset.content_type))
    cache_key = f"asset/{asset.asset_id}"
    item = state.media.get(cache_key)
    if item is None:
        item = await asyncio.to_thread(_placeholder, asset)
        state.media.put(cache_key, item)
    return _media_response(item)
