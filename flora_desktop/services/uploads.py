"""Local files as technique inputs: checks before upload, then the asset flow (CONTRACT §5.9).

No Qt. ``check_file`` looks at a file the way FLORA will (type from its first bytes, then
its extension; size; an image's megapixels) and refuses, in plain words, what the input
cannot take, before any request is made. ``AssetUploader.upload`` then sends it: files up
to 4 MiB through ``client.assets.upload`` (direct multipart, then polling); larger ones
step by step (create a signed upload, send the bytes to storage, complete, poll) so that a
storage failure can be retried once with a fresh target (``assets.retry`` +
``assets.send_to_storage``). Cancel by cancelling the task that awaits ``upload``.
"""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import os
import re
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from flora_desktop.api._constants import DIRECT_UPLOAD_MAX_BYTES
from flora_desktop.api._files import FileSnapshot
from flora_desktop.api.errors import APIConnectionError, AssetUploadError, FileChangedError
from flora_desktop.api.models import Asset
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from flora_desktop.api import FloraClient

__all__ = [
    "ACCEPTED_TYPES",
    "MAX_IMAGE_MEGAPIXELS",
    "AssetUploader",
    "FileChanged",
    "FileCheck",
    "Stage",
    "UploadProgress",
    "UploadRefused",
    "accepted_types",
    "check_file",
    "describe_accepted",
    "image_size",
    "sniff_type",
]

log = logging.getLogger(__name__)

# CONTRACT §5.9.1: the MIME types FLORA accepts, by the kind of input they can fill.
ACCEPTED_TYPES: Mapping[str, tuple[str, ...]] = {
    "imageUrl": (
        "image/jpeg",
        "image/png",
        "image/webp",
        "image/gif",
        "image/avif",
        "image/heic",
        "image/heif",
    ),
    "videoUrl": ("video/mp4", "video/webm", "video/quicktime"),
    "audioUrl": ("audio/mpeg", "audio/wav", "audio/ogg"),
    "documentUrl": ("application/pdf",),
}
# What each kind is called, and the formats named to the person.
_KIND_WORDS: Mapping[str, tuple[str, str]] = {
    "imageUrl": (
        QT_TRANSLATE_NOOP("Uploads", "an image"),
        QT_TRANSLATE_NOOP("Uploads", "JPEG, PNG, WebP, GIF, AVIF or HEIC"),
    ),
    "videoUrl": (
        QT_TRANSLATE_NOOP("Uploads", "a video"),
        QT_TRANSLATE_NOOP("Uploads", "MP4, WebM or MOV"),
    ),
    "audioUrl": (
        QT_TRANSLATE_NOOP("Uploads", "a sound file"),
        QT_TRANSLATE_NOOP("Uploads", "MP3, WAV or Ogg"),
    ),
    "documentUrl": (
        QT_TRANSLATE_NOOP("Uploads", "a PDF document"),
        QT_TRANSLATE_NOOP("Uploads", "PDF"),
    ),
}
MAX_IMAGE_MEGAPIXELS = 150  # CONTRACT §5.9.1
# Enough of the file's start to find an image's size in the usual header layouts.
_HEAD_BYTES = 64 * 1024
_WAV_ALIASES = {
    "audio/x-wav": "audio/wav",
    "audio/wave": "audio/wav",
    "audio/vnd.wave": "audio/wav",
}

Stage = Literal["uploading", "processing", "retrying", "ready"]
Route = Literal["direct", "signed"]


class UploadRefused(ValueError):
    """A file the input cannot take, or one that changed while it was sent (``FileChanged``).

    ``message`` says why in plain words.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FileChanged(UploadRefused):
    """The file grew, shrank or was replaced while it was being sent (an export in progress)."""


def _changed(name: str) -> FileChanged:
    return FileChanged(
        QT_TRANSLATE_NOOP(
            "Uploads", "“{name}” changed while uploading; try again when it is finished."
        ).fill(name=name)
    )


@dataclass(frozen=True)
class FileCheck:
    """A file that passed the checks: what to send and by which route.

    ``file`` fixes the file as it was checked: its size is the one sent, and a file that
    changes after the check is refused rather than sent half old, half new.
    """

    path: Path
    name: str
    size: int
    content_type: str
    route: Route
    file: FileSnapshot


@dataclass(frozen=True)
class UploadProgress:
    """Where an upload is: ``sent``/``total`` bytes while uploading; ``asset_id`` once known."""

    stage: Stage
    sent: int = 0
    total: int = 0
    asset_id: str | None = None

    @property
    def fraction(self) -> float | None:
        """0..1 while bytes go out, None when there is nothing to measure (processing)."""
        if self.stage != "uploading" or self.total <= 0:
            return None
        return min(1.0, self.sent / self.total)


ProgressHandler = Callable[[UploadProgress], None]


# --- what a file is ---------------------------------------------------------------------------


def _iso_brand(head: bytes) -> str | None:
    """The major brand of an ISO base media file (MP4, MOV, HEIC, AVIF), or None."""
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return head[8:12].decode("latin-1")
    return None


def sniff_type(head: bytes) -> str | None:
    """The MIME type the file's first bytes show, or None when they show nothing known.

    Also names common types FLORA refuses (programs, archives, plain text), so a file
    renamed to ``.png`` is still refused for what it is.
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "audio/wav"
    brand = _iso_brand(head)
    if brand is not None:
        if brand in ("avif", "avis"):
            return "image/avif"
        if brand in ("heic", "heix", "hevc", "hevx", "heim", "heis"):
            return "image/heic"
        if brand in ("mif1", "msf1"):
            return "image/heif"
        if brand == "qt  ":
            return "video/quicktime"
        if brand in ("M4A ", "M4B "):
            return "audio/mp4"
        return "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm" if b"webm" in head[:64] else "video/x-matroska"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"ID3") or (len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"MZ"):
        return "application/x-msdownload"
    if head.startswith(b"\x7fELF"):
        return "application/x-executable"
    if head.startswith(b"PK\x03\x04"):
        return "application/zip"
    if head and b"\x00" not in head[:1024]:
        try:
            head[:1024].decode("utf-8")
        except UnicodeDecodeError:
            return None
        return "text/plain"
    return None


def _png_size(head: bytes) -> tuple[int, int] | None:
    if len(head) >= 24 and head[12:16] == b"IHDR":
        width, height = struct.unpack(">II", head[16:24])
        return int(width), int(height)
    return None


def _gif_size(head: bytes) -> tuple[int, int] | None:
    if len(head) >= 10:
        width, height = struct.unpack("<HH", head[6:10])
        return int(width), int(height)
    return None


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    # Walk the markers to the first start-of-frame, which holds height and width.
    position = 2
    while position + 9 < len(head):
        if head[position] != 0xFF:
            return None
        marker = head[position + 1]
        if marker == 0xFF:
            position += 1
            continue
        length = struct.unpack(">H", head[position + 2 : position + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", head[position + 5 : position + 9])
            return int(width), int(height)
        position += 2 + length
    return None


def _webp_size(head: bytes) -> tuple[int, int] | None:
    chunk = head[12:16]
    if chunk == b"VP8X" and len(head) >= 30:
        width = int.from_bytes(head[24:27], "little") + 1
        height = int.from_bytes(head[27:30], "little") + 1
        return width, height
    if chunk == b"VP8 " and len(head) >= 30:
        width, height = struct.unpack("<HH", head[26:30])
        return int(width) & 0x3FFF, int(height) & 0x3FFF
    if chunk == b"VP8L" and len(head) >= 25:
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def image_size(head: bytes, content_type: str) -> tuple[int, int] | None:
    """Width and height from the image's header, without decoding it; None if not found."""
    readers: Mapping[str, Callable[[bytes], tuple[int, int] | None]] = {
        "image/png": _png_size,
        "image/gif": _gif_size,
        "image/jpeg": _jpeg_size,
        "image/webp": _webp_size,
    }
    reader = readers.get(content_type)
    return reader(head) if reader is not None else None


def accepted_types(input_type: str) -> tuple[str, ...]:
    """The MIME types a media input of ``input_type`` takes (empty for non-media inputs)."""
    return ACCEPTED_TYPES.get(input_type, ())


def describe_accepted(input_type: str) -> str:
    """ "an image (JPEG, PNG, WebP, GIF, AVIF or HEIC)"."""
    kind, formats = _KIND_WORDS.get(
        input_type,
        (
            QT_TRANSLATE_NOOP("Uploads", "a file"),
            QT_TRANSLATE_NOOP("Uploads", "a supported format"),
        ),
    )
    return QT_TRANSLATE_NOOP("Uploads", "{kind} ({formats})").fill(kind=kind, formats=formats)


def _kind_of(content_type: str) -> str | None:
    for input_type, types in ACCEPTED_TYPES.items():
        if content_type in types:
            return input_type
    return None


def _normalise(content_type: str | None) -> str | None:
    if content_type is None:
        return None
    content_type = content_type.split(";", 1)[0].strip().lower()
    return _WAV_ALIASES.get(content_type, content_type)


def check_file(path: str | os.PathLike[str], input_type: str) -> FileCheck:
    """Check ``path`` for an input of ``input_type`` (``imageUrl``…); raise ``UploadRefused``.

    The type comes from the file's first bytes when they are recognisable, else from its
    extension. Reads at most 64 KiB; does blocking I/O (call it in a thread).
    """
    file_path = Path(path)
    # A name that is not UTF-8 on disk (lone surrogates) is shown and sent with U+FFFD:
    # the request's form could not carry it, and the file is still opened by its real path.
    name = re.sub("[\ud800-\udfff]", "\ufffd", file_path.name)
    wanted = accepted_types(input_type)
    if not wanted:
        raise UploadRefused(QT_TRANSLATE_NOOP("Uploads", "This input takes text, not a file."))
    not_a_file = UploadRefused(
        QT_TRANSLATE_NOOP("Uploads", "“{name}” is a folder or not a file. Choose a file.").fill(
            name=name
        )
    )
    if file_path.is_dir():
        raise not_a_file
    try:
        # Opened without blocking and checked on the open descriptor: a FIFO, socket or
        # device (even one swapped in after a look at the path) is refused, never read.
        snapshot = FileSnapshot.take(file_path)
        head = snapshot.head(_HEAD_BYTES)
    except FileChangedError as exc:
        raise _changed(name) from exc
    except AssetUploadError as exc:
        cause = exc.__cause__
        if not isinstance(cause, OSError) or isinstance(cause, FileNotFoundError):
            raise not_a_file from exc
        reason = cause.strerror or QT_TRANSLATE_NOOP("Uploads", "no access")
        raise UploadRefused(
            QT_TRANSLATE_NOOP("Uploads", "“{name}” could not be read ({reason}).").fill(
                name=name, reason=reason
            )
        ) from exc
    size = snapshot.size
    if size == 0:
        raise UploadRefused(QT_TRANSLATE_NOOP("Uploads", "“{name}” is empty.").fill(name=name))
    sniffed = _normalise(sniff_type(head))
    by_name = _normalise(mimetypes.guess_type(name)[0])
    content_type = sniffed if sniffed is not None else by_name
    accepted = describe_accepted(input_type)
    if content_type is None or _kind_of(content_type) is None:
        raise UploadRefused(
            QT_TRANSLATE_NOOP(
                "Uploads",
                "“{name}” is not a kind of file FLORA takes. This input needs {accepted}.",
            ).fill(name=name, accepted=accepted)
        )
    if content_type not in wanted:
        kind = _KIND_WORDS[_kind_of(content_type) or ""][0]
        raise UploadRefused(
            QT_TRANSLATE_NOOP(
                "Uploads", "“{name}” is {kind}, but this input needs {accepted}."
            ).fill(name=name, kind=kind, accepted=accepted)
        )
    dimensions = image_size(head, content_type)
    if dimensions is not None:
        megapixels = dimensions[0] * dimensions[1] / 1_000_000
        if megapixels > MAX_IMAGE_MEGAPIXELS:
            raise UploadRefused(
                QT_TRANSLATE_NOOP(
                    "Uploads",
                    "“{name}” is {megapixels:,.0f} megapixels; FLORA takes images up to "
                    "{limit} megapixels. Make it smaller and try again.",
                ).fill(name=name, megapixels=megapixels, limit=MAX_IMAGE_MEGAPIXELS)
            )
    route: Route = "direct" if size <= DIRECT_UPLOAD_MAX_BYTES else "signed"
    return FileCheck(file_path, name, size, content_type, route, snapshot)


# --- sending it -------------------------------------------------------------------------------


class AssetUploader:
    """Uploads checked files as assets of a workspace and waits until each is ready.

    ``storage_retries`` is how many times a refused or broken storage upload is tried
    again with a fresh target from ``POST /assets/{id}/retry``.
    """

    def __init__(
        self,
        client: FloraClient,
        *,
        poll_interval: float = 1.0,
        poll_timeout: float = 120.0,
        storage_retries: int = 1,
    ) -> None:
        self._client = client
        self._poll_interval = poll_interval
        self._poll_timeout = poll_timeout
        self._storage_retries = storage_retries

    async def check(self, path: str | os.PathLike[str], input_type: str) -> FileCheck:
        """``check_file`` in a worker thread."""
        return await asyncio.to_thread(check_file, path, input_type)

    async def upload(
        self,
        path: str | os.PathLike[str],
        *,
        workspace_id: str,
        input_type: str,
        on_progress: ProgressHandler | None = None,
    ) -> Asset:
        """Check, upload and wait for the asset to be ready; returns it (its ``url`` is set).

        Raises ``UploadRefused`` before sending anything, ``FileChanged`` (an
        ``UploadRefused``) when the file changes after its check or while it is sent,
        ``AssetUploadError`` when storage or processing fails, or another ``FloraError``.
        """
        checked = await self.check(path, input_type)
        try:
            return await self._send(checked, workspace_id, on_progress)
        except FileChangedError as exc:
            log.info("a %s file changed while it was uploaded", checked.content_type)
            raise _changed(checked.name) from exc

    async def _send(
        self, checked: FileCheck, workspace_id: str, on_progress: ProgressHandler | None
    ) -> Asset:
        report = on_progress or (lambda _progress: None)
        log.info(
            "uploading a %s file of %d bytes (%s)",
            checked.content_type,
            checked.size,
            checked.route,
        )
        if checked.route == "direct":
            report(UploadProgress("uploading", 0, checked.size))

            def direct_progress(sent: int, total: int) -> None:
                report(UploadProgress("processing", sent, total))

            asset = await self._client.assets.upload(
                checked.file,
                workspace_id=workspace_id,
                content_type=checked.content_type,
                file_name=checked.name,
                poll_interval=self._poll_interval,
                poll_timeout=self._poll_timeout,
                on_progress=direct_progress,
            )
        else:
            asset = await self._upload_signed(checked, workspace_id, report)
        report(UploadProgress("ready", checked.size, checked.size, asset.asset_id))
        return asset

    async def _upload_signed(
        self, checked: FileCheck, workspace_id: str, report: ProgressHandler
    ) -> Asset:
        assets = self._client.assets
        target = await assets.create(
            source="signed-url",
            workspace_id=workspace_id,
            content_type=checked.content_type,
            file_name=checked.name,
        )
        asset_id = target.asset_id
        attempts_left = self._storage_retries
        while True:
            report(UploadProgress("uploading", 0, checked.size, asset_id))

            def byte_progress(sent: int, total: int) -> None:
                report(UploadProgress("uploading", sent, total, asset_id))

            try:
                await assets.send_to_storage(
                    target,
                    checked.file,
                    content_type=checked.content_type,
                    file_name=checked.name,
                    on_progress=byte_progress,
                )
                break
            except (AssetUploadError, APIConnectionError) as error:
                if attempts_left <= 0:
                    raise
                attempts_left -= 1
                log.info(
                    "storage upload of %s failed (%s); retrying", asset_id, type(error).__name__
                )
                report(UploadProgress("retrying", 0, checked.size, asset_id))
                target = await assets.retry(asset_id)
        report(UploadProgress("processing", checked.size, checked.size, asset_id))
        await assets.complete(asset_id)
        return await assets.wait_until_ready(
            asset_id, poll_interval=self._poll_interval, poll_timeout=self._poll_timeout
        )
