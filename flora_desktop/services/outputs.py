"""Saving run outputs to disk safely: file names, which URLs may be fetched, streaming downloads.

Rules (issue 4): only ``http``/``https`` output URLs are fetched or opened, anything else is
shown as text. Downloads use their own httpx client that never carries the FLORA key, stream
to a hidden temp file in the target folder with a size limit, and only a complete file gets
its final name; the temp is removed on any error, on cancel and over the limit. Names are
sanitised, stay inside the folder, and never overwrite: a clash becomes ``name (2).ext``.
Text outputs (``type == "text"``: ``url`` holds the text) are written as ``.txt``, no fetch.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Self
from urllib.parse import urlsplit

from flora_desktop.api.streams import byte_stream
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.services.store_files import describe_os_error

if TYPE_CHECKING:
    import httpx

    from flora_desktop.api.models import RunOutput

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_TECHNIQUE_BYTES",
    "DiskRefusedError",
    "DownloadFailedError",
    "DownloadTooLargeError",
    "OutputDownloader",
    "OutputSaveError",
    "URLVerdict",
    "UnsafeURLError",
    "clean_name_part",
    "disk_refused",
    "download",
    "extension_for",
    "new_download_client",
    "output_url_policy",
    "safe_file_name",
    "save_text",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 2 * 1024**3  # 2 GiB: far above any output, far below a full disk
MAX_NAME_BYTES = 180  # of the whole name in UTF-8; filesystems allow 255, leave room for " (n)"
MAX_EXTENSION_CHARS = 8
MAX_URL_CHARS = 8192
MAX_COLLISIONS = 999
DOWNLOAD_TIMEOUT = 30.0  # seconds per network operation (a slow CDN still streams)
CONNECT_TIMEOUT = 10.0
MAX_REDIRECTS = 5

ProgressCallback = Callable[[int, int | None], None]

# Reserved device names on Windows, with any extension ("CON.txt" is a device too).
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{p}{n}" for p in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)
# Characters no mainstream filesystem or shell handles well in a name.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_DOTS = re.compile(r"\.{2,}")
_SPACES = re.compile(r"\s+")
_EXTENSION = re.compile(r"[A-Za-z0-9]{1,8}")
_ZWJ = "\u200d"  # joins emoji sequences; harmless in names
MAX_TECHNIQUE_BYTES = 100  # so the ids (or the date and number) always fit after it

_TYPE_EXTENSIONS = {
    "imageUrl": "png",
    "videoUrl": "mp4",
    "audioUrl": "mp3",
    "documentUrl": "pdf",
    "text": "txt",
}
_CONTENT_TYPE_EXTENSIONS = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/jpg": "jpg",
    "image/webp": "webp",
    "image/gif": "gif",
    "image/avif": "avif",
    "image/svg+xml": "svg",
    "video/mp4": "mp4",
    "video/webm": "webm",
    "video/quicktime": "mov",
    "audio/wav": "wav",
    "audio/x-wav": "wav",
    "audio/wave": "wav",
    "audio/vnd.wave": "wav",
    "audio/mpeg": "mp3",
    "audio/mp3": "mp3",
    "audio/ogg": "ogg",
    "audio/flac": "flac",
    "audio/aac": "aac",
    "audio/mp4": "m4a",
    "application/pdf": "pdf",
    "text/plain": "txt",
}
# Spellings of one format: a ".jpeg" name needs no renaming for image/jpeg.
_SAME_FORMAT = {"jpeg": "jpg", "tif": "tiff", "wave": "wav", "htm": "html"}
_KNOWN_EXTENSIONS = frozenset(_CONTENT_TYPE_EXTENSIONS.values()) | {"jpeg"}


class OutputSaveError(Exception):
    """An output could not be saved; the message is plain words, without the URL."""


class UnsafeURLError(OutputSaveError):
    """The output URL is not one we fetch (not http/https, or malformed)."""


class DownloadTooLargeError(OutputSaveError):
    """The file is bigger than the size limit; nothing was kept."""


class DownloadFailedError(OutputSaveError):
    """The server refused the file or the connection failed; nothing was kept."""


class DiskRefusedError(OutputSaveError):
    """The disk is full, read-only or not ours to write; nothing was kept."""


def disk_refused(exc: OSError, folder: Path) -> DiskRefusedError:
    return DiskRefusedError(
        QT_TRANSLATE_NOOP("Outputs", "Nothing was saved. {why}").fill(
            why=describe_os_error(exc, folder)
        )
    )


# --- names -----------------------------------------------------------------------------------


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    # Format characters (bidi overrides, zero-width) can disguise a name's real extension.
    text = "".join(
        " " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") and c != _ZWJ else c
        for c in text
    )
    text = _FORBIDDEN.sub("_", text)
    text = _DOTS.sub(".", text)
    return _SPACES.sub(" ", text).strip()


def _clean_extension(extension: str) -> str:
    ext = "".join(c for c in extension.lower() if c.isascii() and c.isalnum())
    return ext[:MAX_EXTENSION_CHARS]


def _cap_utf8(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def clean_name_part(text: str, limit: int) -> str:
    """``text`` as a piece of a file name: cleaned as every name is, at most ``limit`` bytes."""
    return _cap_utf8(_clean(text), limit)


def _safe_stem(stem: str, budget: int) -> str:
    stem = _cap_utf8(_clean(stem), budget)
    # Windows drops trailing dots/spaces; a leading dot hides the file on Unix.
    stem = stem.strip(" .").lstrip("-")
    if not stem:
        stem = "output"
    if stem.split(".", 1)[0].strip().upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    return stem


def _join(stem: str, extension: str) -> str:
    ext = _clean_extension(extension)
    budget = MAX_NAME_BYTES - (len(ext) + 1 if ext else 0)
    stem = _safe_stem(stem, budget)
    return f"{stem}.{ext}" if ext else stem


def safe_file_name(technique_name: str, run_id: str, output_id: str, extension: str) -> str:
    """``"<technique> - <run id> - <output id>.<ext>"``, safe on every desktop OS.

    No path separators, ``..``, control or format characters, Windows reserved names or
    trailing dots; never empty or hidden; at most ``MAX_NAME_BYTES`` bytes of UTF-8.
    """
    parts = [clean_name_part(technique_name, MAX_TECHNIQUE_BYTES)]
    parts += [_clean(run_id), _clean(output_id)]
    return _join(" - ".join(p for p in parts if p.strip(" .")), extension)


def sanitize_file_name(name: str) -> str:
    """Any proposed name made safe as ``safe_file_name`` does (its last dot splits the ext)."""
    cleaned = _clean(name.replace("/", "_").replace("\\", "_"))
    stem, dot, ext = cleaned.rpartition(".")
    if not dot or not stem.strip(" .") or not _EXTENSION.fullmatch(ext):
        return _join(cleaned, "")
    return _join(stem, ext)


def extension_for(
    output_type: str | None, content_type: str | None = None, url: str | None = None
) -> str:
    """The file extension for an output: its content type, else its URL's, else its type's."""
    if content_type:
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime in _CONTENT_TYPE_EXTENSIONS:
            return _CONTENT_TYPE_EXTENSIONS[mime]
    if url:
        suffix = Path(urlsplit(url).path).suffix.lower().lstrip(".")
        if suffix in _KNOWN_EXTENSIONS:
            return _SAME_FORMAT.get(suffix, suffix)
    return _TYPE_EXTENSIONS.get(output_type or "", "bin")


# --- URL policy ------------------------------------------------------------------------------


@dataclass(frozen=True)
class URLVerdict:
    """Whether an output URL may be fetched or opened; ``reason`` says why not, plainly."""

    allowed: bool
    reason: str | None = None

    def __bool__(self) -> bool:
        return self.allowed


def output_url_policy(url: str) -> URLVerdict:
    """Only absolute ``http``/``https`` URLs with a host are fetched or opened.

    Anything else (``javascript:``, ``file:``, ``data:``, relative, credentials in the URL,
    control characters) is refused and should be shown as text only.
    """
    if not url or len(url) > MAX_URL_CHARS:
        return URLVerdict(
            False, QT_TRANSLATE_NOOP("Outputs", "The link is empty or too long to open.")
        )
    if any(unicodedata.category(c) in ("Cc", "Cf") or c.isspace() for c in url):
        # Browsers strip such characters, which is how " javascript:" sneaks through.
        return URLVerdict(
            False, QT_TRANSLATE_NOOP("Outputs", "The link contains spaces or hidden characters.")
        )
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port  # raises ValueError for a malformed port
    except ValueError:
        return URLVerdict(
            False, QT_TRANSLATE_NOOP("Outputs", "The link is not a valid web address.")
        )
    if parts.scheme.lower() not in ("http", "https"):
        shown = parts.scheme.lower() or "no"
        return URLVerdict(
            False,
            QT_TRANSLATE_NOOP(
                "Outputs", "Only web links (http or https) are opened; this is a {scheme} link."
            ).fill(scheme=shown),
        )
    if not host:
        return URLVerdict(False, QT_TRANSLATE_NOOP("Outputs", "The link has no server name."))
    if parts.username is not None or parts.password is not None:
        return URLVerdict(
            False,
            QT_TRANSLATE_NOOP(
                "Outputs", "The link carries a user name or password, so it is not opened."
            ),
        )
    return URLVerdict(True)


# --- writing files ---------------------------------------------------------------------------


def _inside(folder: Path, candidate: Path) -> bool:
    # Lexical check (no symlink following): the name is one plain entry of the folder.
    normal = Path(os.path.normpath(candidate))
    return normal.parent == folder and normal.name not in ("", ".", "..")


def _candidates(folder: Path, name: str) -> Iterator[Path]:
    yield folder / name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    for n in range(2, MAX_COLLISIONS + 1):
        yield folder / (f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})")


def _claim_name(temp: Path, folder: Path, name: str) -> Path:
    """Give the finished temp file the first free name; never overwrites anything.

    A hard link fails if the name exists, so a file appearing meanwhile is never clobbered;
    where links are unsupported (FAT, some network shares) fall back to ``os.replace``.
    """
    for candidate in _candidates(folder, name):
        if not _inside(folder, candidate):
            raise OutputSaveError(
                QT_TRANSLATE_NOOP("Outputs", "The file name would land outside the chosen folder.")
            )
        try:
            os.link(temp, candidate)
        except FileExistsError:
            continue
        except OSError:
            if candidate.exists():
                continue
            os.replace(temp, candidate)
            return candidate
        os.unlink(temp)
        return candidate
    raise OutputSaveError(
        QT_TRANSLATE_NOOP("Outputs", "Too many files with this name in the folder already.")
    )


def _open_temp(folder: Path) -> tuple[Path, IO[bytes]]:
    fd, temp_name = tempfile.mkstemp(prefix=".flora-", suffix=".part", dir=folder)
    return Path(temp_name), os.fdopen(fd, "wb")


def _finish(handle: IO[bytes]) -> None:
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()


def _discard(temp: Path, handle: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        handle.close()
    with contextlib.suppress(OSError):
        temp.unlink()


def _resolve_folder(folder: Path) -> Path:
    resolved = Path(folder).expanduser().resolve()
    if not resolved.is_dir():
        raise OutputSaveError(QT_TRANSLATE_NOOP("Outputs", "The chosen folder does not exist."))
    return resolved


def _write_text(folder: Path, name: str, data: bytes) -> Path:
    root = _resolve_folder(folder)
    temp, handle = _open_temp(root)
    try:
        handle.write(data)
        _finish(handle)
        return _claim_name(temp, root, name)
    except BaseException:
        _discard(temp, handle)
        raise


async def save_text(text: str, folder: Path, file_name: str) -> Path:
    """Write a text output as UTF-8 under a safe, free name in ``folder``; no fetch."""
    stem, dot, _ext = sanitize_file_name(file_name).rpartition(".")
    name = _join(stem if dot else _ext, "txt")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate from the server: keep the rest, mark the broken character.
        data = text.encode("utf-8", errors="replace")
    try:
        return await asyncio.to_thread(_write_text, Path(folder), name, data)
    except OSError as exc:
        raise disk_refused(exc, Path(folder)) from exc


# --- downloads -------------------------------------------------------------------------------


def new_download_client() -> httpx.AsyncClient:
    """The client for output files: no API headers, no key, http(s) redirects only."""
    import httpx  # ~70 ms; only needed once something is saved

    from flora_desktop.api.tls import verified_context

    return httpx.AsyncClient(
        timeout=httpx.Timeout(DOWNLOAD_TIMEOUT, connect=CONNECT_TIMEOUT),
        verify=verified_context(),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"Accept": "*/*"},
    )


def _with_extension(name: str, content_type: str | None) -> str:
    """Swap the name's extension for the one the server's content type names, if it differs."""
    if not content_type:
        return name
    mime = content_type.split(";", 1)[0].strip().lower()
    wanted = _CONTENT_TYPE_EXTENSIONS.get(mime)
    stem, dot, ext = name.rpartition(".")
    current = _SAME_FORMAT.get(ext.lower(), ext.lower()) if dot else ""
    if wanted is None or current == wanted:
        return name
    return _join(stem if dot else name, wanted)


def _host(url: str) -> str:
    return urlsplit(url).hostname or "the server"


async def download(
    url: str,
    folder: Path,
    file_name: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_progress: ProgressCallback | None = None,
    http: httpx.AsyncClient | None = None,
) -> Path:
    """Stream ``url`` into ``folder`` and return the saved file's path.

    ``file_name`` is sanitised again; its extension follows the server's content type when
    that names a known format. ``on_progress(received, total_or_None)`` follows each chunk.
    Pass ``http`` (from ``new_download_client``) to reuse connections; it must never be the
    API client. Raises ``UnsafeURLError``, ``DownloadTooLargeError``,
    ``DownloadFailedError`` or ``OutputSaveError``; on those and on cancel, no file is left.
    """
    verdict = output_url_policy(url)
    if not verdict:
        raise UnsafeURLError(
            verdict.reason or QT_TRANSLATE_NOOP("Outputs", "This link is not opened.")
        )
    try:
        root = await asyncio.to_thread(_resolve_folder, Path(folder))
    except OSError as exc:
        raise disk_refused(exc, Path(folder)) from exc
    name = sanitize_file_name(file_name)
    own_client = http is None
    client = new_download_client() if http is None else http
    try:
        return await _stream_to_folder(client, url, root, name, max_bytes, on_progress)
    except OSError as exc:
        # Full disk, read-only folder, no permission: a plain note on the card, never a crash.
        raise disk_refused(exc, root) from exc
    finally:
        if own_client:
            await client.aclose()


async def _stream_to_folder(
    client: httpx.AsyncClient,
    url: str,
    root: Path,
    name: str,
    max_bytes: int,
    on_progress: ProgressCallback | None,
) -> Path:
    import httpx

    host = _host(url)
    try:
        async with client.stream("GET", url) as response:
            if not _final_url_allowed(response):
                raise UnsafeURLError(
                    QT_TRANSLATE_NOOP(
                        "Outputs", "The link redirected to an address that is not opened."
                    )
                )
            if response.status_code != 200:
                raise DownloadFailedError(
                    QT_TRANSLATE_NOOP(
                        "Outputs", "{host} answered with status {status}; nothing was saved."
                    ).fill(host=host, status=response.status_code)
                )
            total = _content_length(response)
            if total is not None and total > max_bytes:
                raise DownloadTooLargeError(_too_large(max_bytes))
            name = _with_extension(name, response.headers.get("content-type"))
            # Synchronous on purpose: a cancel landing inside a worker thread here would
            # orphan the temp file; creating an empty file is quick.
            temp, handle = _open_temp(root)
            # Held and closed below, not dropped mid-loop: qasync installs no async-generator
            # finalizer, so a dropped one breaks httpcore's cleanup (as in api/_client.py).
            body = byte_stream(response)
            try:
                received = 0
                async for chunk in body:
                    received += len(chunk)
                    if received > max_bytes:
                        raise DownloadTooLargeError(_too_large(max_bytes))
                    await asyncio.to_thread(handle.write, chunk)
                    if on_progress is not None:
                        on_progress(received, total)
                if total is not None and received < total:
                    raise DownloadFailedError(
                        QT_TRANSLATE_NOOP(
                            "Outputs", "The download from {host} stopped early."
                        ).fill(host=host)
                    )
                await asyncio.to_thread(_finish, handle)
                path = await asyncio.to_thread(_claim_name, temp, root, name)
            except BaseException:
                # Error, size limit or cancel: the half-written temp must not survive.
                _discard(temp, handle)
                raise
            finally:
                await body.aclose()
    except httpx.HTTPError as exc:
        log.debug("download from %s failed: %s", host, type(exc).__name__)
        raise DownloadFailedError(
            QT_TRANSLATE_NOOP("Outputs", "Could not download from {host}; nothing was saved.").fill(
                host=host
            )
        ) from exc
    log.debug("saved %s (%d bytes)", path.name, received)
    return path


def _final_url_allowed(response: httpx.Response) -> bool:
    return bool(output_url_policy(str(response.url)))


def _content_length(response: httpx.Response) -> int | None:
    text = response.headers.get("content-length")
    if text is None or not text.strip().isdigit():
        return None
    return int(text)


def _too_large(max_bytes: int) -> str:
    return QT_TRANSLATE_NOOP(
        "Outputs", "The file is larger than the {megabytes:.0f} MB limit; nothing was saved."
    ).fill(megabytes=max_bytes / 1024**2)


class OutputDownloader:
    """Saves run outputs with one shared download client; ``aclose()`` when done.

    The client is separate from ``FloraClient``: output URLs may be anywhere, and the
    FLORA key must never travel with them.
    """

    def __init__(
        self,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        self.max_bytes = max_bytes
        self._http = http or new_download_client()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def save_output(
        self,
        output: RunOutput,
        folder: Path,
        *,
        technique_name: str,
        run_id: str,
        on_progress: ProgressCallback | None = None,
        max_bytes: int | None = None,
        file_stem: str | None = None,
    ) -> Path:
        """Save one output into ``folder`` under ``safe_file_name(...)``; return its path.

        Text outputs are written as ``.txt`` without any request; media outputs are
        downloaded (only http/https URLs). ``max_bytes`` lowers the size limit for this one
        download (automatic fetches for a thumbnail); it never raises it. ``file_stem``
        names the file instead (``output_names.readable_stem``), made safe the same way.
        """
        if output.type == "text":
            name = (
                _join(file_stem, "txt")
                if file_stem
                else safe_file_name(technique_name, run_id, output.output_id, "txt")
            )
            return await save_text(output.url, folder, name)
        extension = extension_for(output.type, url=output.url)
        name = (
            _join(file_stem, extension)
            if file_stem
            else safe_file_name(technique_name, run_id, output.output_id, extension)
        )
        return await download(
            output.url,
            folder,
            name,
            max_bytes=self.max_bytes if max_bytes is None else min(max_bytes, self.max_bytes),
            on_progress=on_progress,
            http=self._http,
        )
