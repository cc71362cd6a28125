""" "Copy as…": the run the editor describes as a curl command, a ``flora`` CLI command or Python.

No Qt. Every text names the same request, ``POST {base_url}/runs/technique`` with the
technique, workspace and inputs (CONTRACT §5.4). The API key is left out unless
``reveal_key=True``: the shell commands read it from ``$FLORA_API_KEY`` (the variable FLORA's
SDKs and CLI read), the Python snippet from ``os.environ``. Shell words are quoted with
``shlex.quote``, so any input text (quotes, newlines, emoji) arrives unchanged.
"""

from __future__ import annotations

import json
import pprint
import shlex
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from flora_desktop.api._constants import DEFAULT_BASE_URL, ENV_API_KEY
from flora_desktop.services.base_urls import normalise_base_url

__all__ = [
    "FORMATS",
    "Format",
    "ShareRequest",
    "as_cli",
    "as_curl",
    "as_python",
    "mask_key",
    "render",
]

Format = Literal["curl", "cli", "python"]
FORMATS: tuple[Format, ...] = ("curl", "cli", "python")
# How the shell commands name the key when it is not revealed (expanded by the shell).
KEY_VARIABLE = f"${ENV_API_KEY}"
_CONTINUATION = " \\\n  "


@dataclass(frozen=True)
class ShareRequest:
    """One technique run request, as the editor would send it."""

    base_url: str
    technique_id: str
    workspace_id: str
    inputs: Mapping[str, Any]
    api_key: str = field(default="", repr=False)

    @property
    def url(self) -> str:
        return self.base_url.rstrip("/") + "/runs/technique"

    def body(self) -> dict[str, Any]:
        return {
            "technique_id": self.technique_id,
            "workspace_id": self.workspace_id,
            "inputs": dict(self.inputs),
        }

    def __repr__(self) -> str:
        return (
            f"ShareRequest(technique_id={self.technique_id!r}, workspace_id={self.workspace_id!r})"
        )


def mask_key(key: str) -> str:
    """ "sk_…****": the key's prefix only, enough to tell which kind of key it is."""
    prefix, sep, _rest = key.partition("_")
    if sep and 0 < len(prefix) <= 8:
        return f"{prefix}_…****"
    return "…****"


def _json(value: Any) -> str:
    # ensure_ascii=False keeps emoji and accents readable; shlex.quote makes them safe.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def as_curl(request: ShareRequest, *, reveal_key: bool = False) -> str:
    """A curl command that starts the run (POSIX shell quoting)."""
    if reveal_key:
        auth = shlex.quote(f"Authorization: Bearer {request.api_key}")
    else:
        # Double quotes so the shell expands the variable; nothing else inside needs quoting.
        auth = f'"Authorization: Bearer {KEY_VARIABLE}"'
    words = [
        "curl --fail-with-body -sS -X POST " + shlex.quote(request.url),
        "-H " + auth,
        "-H " + shlex.quote("Content-Type: application/json"),
        "--data-raw " + shlex.quote(_json(request.body())),
    ]
    return _CONTINUATION.join(words)


def as_cli(request: ShareRequest, *, reveal_key: bool = False) -> str:
    """The ``flora runs start-technique`` command of FLORA's CLI (POSIX shell quoting)."""
    words = ["flora runs start-technique"]
    if reveal_key:
        words.append("--api-key " + shlex.quote(request.api_key))
    else:
        words.append(f'--api-key "{KEY_VARIABLE}"')
    if normalise_base_url(request.base_url) != normalise_base_url(DEFAULT_BASE_URL):
        words.append("--base-url " + shlex.quote(request.base_url))
    words += [
        "--technique-id " + shlex.quote(request.technique_id),
        "--workspace-id " + shlex.quote(request.workspace_id),
        "--inputs " + shlex.quote(_json(dict(request.inputs))),
    ]
    return _CONTINUATION.join(words)


def as_python(request: ShareRequest, *, reveal_key: bool = False) -> str:
    """A runnable Python script that starts the run with FLORA Desktop's ``FloraClient``."""
    key = repr(request.api_key) if reveal_key else f'os.environ["{ENV_API_KEY}"]'
    imports = "import asyncio\n" if reveal_key else "import asyncio\nimport os\n"
    inputs = pprint.pformat(dict(request.inputs), width=72, sort_dicts=False)
    inputs = inputs.replace("\n", "\n" + " " * 12)
    return f"""{imports}
from flora_desktop.api import FloraClient


async def main() -> None:
    async with FloraClient(
        api_key={key},
        base_url={request.base_url!r},
    ) as client:
        run = await client.runs.start_technique(
            technique_id={request.technique_id!r},
            workspace_id={request.workspace_id!r},
            inputs={inputs},
        )
        print(run.run_id)


asyncio.run(main())
"""


def render(request: ShareRequest, fmt: Format, *, reveal_key: bool = False) -> str:
    """The request in ``fmt`` (``curl``, ``cli`` or ``python``)."""
    if fmt == "curl":
        return as_curl(request, reveal_key=reveal_key)
    if fmt == "cli":
        return as_cli(request, reveal_key=reveal_key)
    return as_python(request, reveal_key=reveal_key)
