"""Saving a batch row's outputs under its source's name: ``<source> - <technique>.<ext>``.

A second output of the same row, or another row with the same source name, gets the next
free number (``… (2).png``) from ``outputs.download``/``save_text``, which never overwrite.
Downloads go through the app's output client: no FLORA key travels with them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from flora_desktop.services.outputs import (
    DEFAULT_MAX_BYTES,
    download,
    extension_for,
    new_download_client,
    sanitize_file_name,
    save_text,
)

if TYPE_CHECKING:
    import httpx

    from flora_desktop.api.models import RunOutput

__all__ = ["BatchOutputSaver", "output_name"]

# Cap for the source part of a name: long file names and CSV cells must still fit a path.
MAX_SOURCE_CHARS = 80


def output_name(source_name: str, technique_name: str, extension: str) -> str:
    """``"<source name> - <technique>.<ext>"``, made safe for every desktop OS."""
    source = Path(source_name).stem if "." in source_name else source_name
    parts = [p.strip() for p in (source[:MAX_SOURCE_CHARS], technique_name) if p.strip(" .")]
    stem = " - ".join(parts) or "output"
    name = sanitize_file_name(f"{stem}.{extension}")
    # A stem of nothing but unusable characters is cleaned away entirely.
    return name if name.endswith(f".{extension}") else f"output.{extension}"


class BatchOutputSaver:
    """Saves each finished row's outputs into one folder; ``aclose()`` when the batch ends."""

    def __init__(
        self, folder: Path, technique_name: str, *, http: httpx.AsyncClient | None = None
    ) -> None:
        self.folder = Path(folder)
        self.technique_name = technique_name
        self.max_bytes = DEFAULT_MAX_BYTES
        # Separate from FloraClient: output URLs may be anywhere; the key never goes along.
        self._own_http = http is None
        self._http = http if http is not None else new_download_client()

    def __repr__(self) -> str:
        return f"BatchOutputSaver({str(self.folder)!r})"

    async def aclose(self) -> None:
        if self._own_http:
            await self._http.aclose()

    async def save(self, source_name: str, outputs: tuple[RunOutput, ...]) -> list[Path]:
        """Save every output; raises ``OutputSaveError`` (nothing half-written is left)."""
        saved: list[Path] = []
        for output in outputs:
            if output.type == "text":
                name = output_name(source_name, self.technique_name, "txt")
                saved.append(await save_text(output.url, self.folder, name))
                continue
            extension = extension_for(output.type, url=output.url)
            name = output_name(source_name, self.technique_name, extension)
            saved.append(
                await download(
                    output.url,
                    self.folder,
                    name,
                    max_bytes=self.max_bytes,
                    http=self._http,
                )
            )
        return saved
