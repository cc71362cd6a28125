"""The sandbox's settings, shared by its CLI, the app's embedded server and the test fixture."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# Not a secret: the sandbox prints it and the app uses it for ``--sandbox``.
DEMO_API_KEY = "sk_test_flora_sandbox_demo"
DEFAULT_HOST = "127.0.0.1"

Casing = Literal["snake", "camel_nested"]
BadKeyCode = Literal["invalid_api_key", "unauthorized"]

# Hosts a URL-sourced asset may name; the sandbox never fetches them (CONTRACT §5.9.1).
DEFAULT_ASSET_URL_HOSTS = (
    "files.openai.com",
    "cdn.openai.com",
    "images.unsplash.com",
    "upload.wikimedia.org",
    "media.flora.ai",
)


@dataclass(frozen=True)
class SandboxConfig:
    """How one sandbox server behaves. ``port=0`` picks a free port."""

    host: str = DEFAULT_HOST
    port: int = 0
    api_key: str = DEMO_API_KEY
    credits: float = 25.0
    run_seconds: float = 4.0
    catalog_size: int = 0  # 0: the hand-written catalog only; N: pad it to N techniques
    seed: int = 1
    casing: Casing = "snake"
    allow_non_loopback: bool = False
    # Seconds from ``POST /assets/{id}/complete`` (or a URL-sourced create) until ``ready``.
    asset_ready_seconds: float = 0.3
    # The 401 code for a wrong key: the contract's sources disagree (CONTRACT §12 Q10).
    bad_key_code: BadKeyCode = "invalid_api_key"
    asset_url_hosts: tuple[str, ...] = DEFAULT_ASSET_URL_HOSTS
