"""The first bytes of a linked picture or video, for a preview: bounded, and never with the key.

A preview link may point anywhere, so it is fetched with a client of its own (no FLORA
headers, no API key) and the download stops at ``limit`` bytes: a 2 GB "image" costs at
most ``limit``. What could not be fetched is a ``MediaFetchError`` saying why in plain words.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import httpx

from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase

__all__ = ["FETCH_TIMEOUT_S", "FetchedMedia", "MediaFetchError", "fetch_head", "preview_client"]

FETCH_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class FetchedMedia:
    """Up to ``limit`` bytes of the file, whether that is all of it, and its full size."""

    data: bytes
    complete: bool
    total_size: int | None


class MediaFetchError(Exception):
    """The link could not be read; ``message`` says so in plain words."""

    def __init__(self, message: Phrase) -> None:
        super().__init__(message)
        self.message = message


async def fetch_head(url: str, limit: int, client: httpx.AsyncClient | None = None) -> FetchedMedia:
    """Up to ``limit`` bytes of ``url`` (http or https only). ``client``: one made by
    ``preview_client()`` and shared by many fetches (making one costs ~25 ms of CPU)."""
    if not url.lower().startswith(("http://", "https://")):
        raise MediaFetchError(QT_TRANSLATE_NOOP("MediaFetch", "No preview for this kind of link."))
    chunks: list[bytes] = []
    received = 0
    try:
        async with (
            contextlib.nullcontext(client) if client is not None else preview_client() as http,
            http.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise MediaFetchError(
                    QT_TRANSLATE_NOOP(
                        "MediaFetch", "No preview: the site answered “{status}”."
                    ).fill(status=response.status_code)
                )
            total = _content_length(response)
            async for chunk in response.aiter_bytes():
                chunks.append(chunk)
                received += len(chunk)
                if received >= limit:
                    data = b"".join(chunks)[:limit]
                    complete = total is not None and total <= limit
                    return FetchedMedia(data, complete, total)
    except httpx.HTTPError:
        raise MediaFetchError(
            QT_TRANSLATE_NOOP("MediaFetch", "No preview: the link could not be reached.")
        ) from None
    data = b"".join(chunks)
    return FetchedMedia(data, True, len(data))


def preview_client() -> httpx.AsyncClient:
    """A client for previews: no FLORA headers, no key; redirects followed."""
    return httpx.AsyncClient(follow_redirects=True, timeout=FETCH_TIMEOUT_S)


def _content_length(response: httpx.Response) -> int | None:
    try:
        return int(response.headers.get("content-length", ""))
    except ValueError:
        return None
