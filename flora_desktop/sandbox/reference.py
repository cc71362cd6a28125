"""The models and actions the sandbox lists (CONTRACT §5.10, §5.11, §7.10)."""

from __future__ import annotations

CURRENT_ACTION_IDS = (
    "color-grade-image-browser", "overlay-image-browser", "draw-image-browser",
    "crop-image-browser", "scene-3d-image-browser", "blur-image-browser",
    "change-image-ar-browser", "rotate-image-browser", "color-filter-image-browser",
    "color-tint-image-browser", "filter-color-image-browser", "duplicate-image-browser",
    "side-by-side-composite-browser", "add-shape-to-image-browser", "add-text-to-image-browser",
    "qr-code-generator-browser", "resize-image-browser", "shader-effect-browser",
    "split-text-browser", "find-and-replace-text-browser", "concat-text-browser",
    "ken-burns-video", "stitch-videos", "split-video", "extract-video-frames",
    "color-grade-video", "video-to-frame-grid", "boomerang-video", "reverse-video",
    "video-to-long-exposure", "video-effect", "color-filter-video", "speed-up-video",
    "slow-down-video", "duplicate-video", "greenscreen-video", "resize-video", "change-video-ar",
    "split-audio-from-video", "merge-audio-into-video",
)  # fmt: skip

MODEL_TYPES = ("image", "video", "audio", "text")


def _media_kind(action_id: str) -> str:
    if "text" in action_id and "image" not in action_id:
        return "text"
    if "video" in action_id or action_id.startswith("ken-burns"):
        return "video"
    return "image"


def _action(action_id: str) -> dict[str, object]:
    kind = _media_kind(action_id)
    base = action_id.removesuffix("-browser")
    name = base.replace("-", " ").capitalize()
    inputs: list[dict[str, object]] = [{"name": kind, "type": kind}]
    outputs: list[dict[str, object]] = [{"name": kind, "type": kind}]
    if action_id in ("stitch-videos", "concat-text-browser", "side-by-side-composite-browser"):
        inputs = [{"name": kind, "type": kind, "multiple": {"min": 2, "max": 10}}]
    if action_id == "split-audio-from-video":
        outputs = [{"name": "audio", "type": "audio"}]
    if action_id == "merge-audio-into-video":
        inputs.append({"name": "audio", "type": "audio"})
    if action_id == "extract-video-frames":
        outputs = [{"name": "frames", "type": "image", "multiple": True}]
    params: list[dict[str, object]] = []
    if "rotate" in action_id:
        params = [
            {
                "key": "degrees",
                "type": "number",
                "label": "Degrees",
                "default_value": 90,
                "min_number_value": -360,
                "max_number_value": 360,
                "number_step": 1,
            }
        ]
    return {
        "action_id": action_id,
        "name": name,
        "description": f"{name} without a model: a fast, deterministic edit.",
        "charged_cost": 0.0 if kind == "text" else 0.01,
        "language": "javascript" if action_id.endswith("-browser") else "python",
        "inputs": inputs,
        "outputs": outputs,
        "params": params,
    }


def actions() -> list[dict[str, object]]:
    """Every released action."""
    return [_action(action_id) for action_id in CURRENT_ACTION_IDS]


def models() -> list[dict[str, object]]:
    """A few models of each type."""
    aspect = {
        "name": "aspect_ratio",
        "required": False,
        "type": "string",
        "default": "1:1",
        "label": "Aspect ratio",
        "options": [{"label": r, "value": r} for r in ("1:1", "16:9", "9:16", "4:3")],
    }
    duration = {
        "name": "duration",
        "required": False,
        "type": "int",
        "default": 5,
        "min": 2,
        "max": 10,
        "label": "Duration (s)",
    }
    seed = {"name": "seed", "required": False, "type": "seed", "label": "Seed"}
    rows = [
        (
            "t2i-flux-2-pro",
            "FLUX.2 [pro]",
            "Black Forest Labs",
            "image",
            ["text-to-image"],
            0.05,
            12,
            [aspect, seed],
        ),
        (
            "t2i-imagen-4",
            "Imagen 4",
            "Google",
            "image",
            ["text-to-image"],
            0.04,
            10,
            [aspect, seed],
        ),
        (
            "i2i-flux-kontext",
            "FLUX.1 Kontext",
            "Black Forest Labs",
            "image",
            ["image-to-image", "edit"],
            0.06,
            14,
            [aspect],
        ),
        (
            "i2v-kling-2-1",
            "Kling 2.1",
            "Kling",
            "video",
            ["image-to-video"],
            0.45,
            90,
            [duration, aspect],
        ),
        (
            "t2v-veo-3",
            "Veo 3",
            "Google",
            "video",
            ["text-to-video", "audio"],
            1.2,
            120,
            [duration, aspect],
        ),
        ("t2a-elevenlabs-v3", "Eleven v3", "ElevenLabs", "audio", ["text-to-speech"], 0.08, 8, []),
        ("t2t-claude-sonnet", "Claude Sonnet", "Anthropic", "text", ["chat"], 0.01, 4, []),
    ]
    return [
        {
            "model_id": model_id,
            "name": name,
            "provider": provider,
            "type": kind,
            "capabilities": caps,
            "estimated_credits": credits,
            "estimated_seconds": seconds,
            "params": params,
            **({"beta": True} if model_id == "t2v-veo-3" else {}),
        }
        for model_id, name, provider, kind, caps, credits, seconds, params in rows
    ]
