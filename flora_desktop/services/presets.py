"""Named presets of a technique's inputs: kept per technique, exported and imported as JSON.

No Qt. A preset is a name and an inputs map (input id → JSON value, as the editor's JSON
view shows it). Each technique's presets live in one JSON file in the data folder, replaced
atomically (``paths.write_atomically``); export writes the same document to a file the
person picks, and import reads one back after checking every part of it. A preset never
holds an API key: saving or exporting one whose text contains a known key is refused.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flora_desktop.services.drafts import draft_file_name
from flora_desktop.services.paths import ensure_private_dir, write_atomically
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP, Phrase
from flora_desktop.services.store_files import (
    UnstorableValueError,
    describe_os_error,
    encode_json,
    find_unstorable,
    set_aside,
)
from flora_desktop.services.store_notices import StoreNotices, kept_notice, unreadable_notice

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ImportResult",
    "Preset",
    "PresetError",
    "PresetStore",
    "document_for",
    "parse_document",
    "parse_inputs_map",
]

log = logging.getLogger(__name__)

FORMAT_NAME = "flora-desktop-presets"
FORMAT_VERSION = 1
MAX_NAME_CHARS = 80
# A presets file is small text; anything bigger is not one (and is not read into memory).
MAX_FILE_BYTES = 8 * 1024 * 1024
# Keys shorter than this are not looked for (a short string would match by chance).
_MIN_SECRET_CHARS = 8


class PresetError(ValueError):
    """A preset or presets file that cannot be used; ``message`` is in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Preset:
    """A named inputs map; ``saved_at`` is an ISO-8601 UTC time."""

    name: str
    inputs: Mapping[str, Any]
    saved_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "saved_at": self.saved_at, "inputs": dict(self.inputs)}


@dataclass(frozen=True)
class ImportResult:
    """What an import added: the technique it is for and the names as stored."""

    technique_id: str
    names: tuple[str, ...]


def _check_name(name: object) -> str:
    if not isinstance(name, str) or not name.strip():
        raise PresetError(QT_TRANSLATE_NOOP("Presets", "Give the preset a name."))
    if len(name) > MAX_NAME_CHARS:
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Presets", "Preset names can be at most {limit} characters long."
            ).fill(limit=MAX_NAME_CHARS)
        )
    if not name.isprintable():
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Presets", "Preset names cannot contain line breaks or control characters."
            )
        )
    return name.strip()


def _check_inputs(inputs: object, where: str) -> dict[str, Any]:
    if not isinstance(inputs, dict):
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Presets", "{where}: the inputs must be a JSON object of input names and values."
            ).fill(where=where)
        )
    for key in inputs:
        if not isinstance(key, str) or not key:
            raise PresetError(
                QT_TRANSLATE_NOOP("Presets", "{where}: every input needs a name.").fill(where=where)
            )
    return dict(inputs)


def document_for(technique_id: str, presets: Sequence[Preset]) -> dict[str, Any]:
    """The JSON document a technique's presets are stored and exported as."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "technique_id": technique_id,
        "presets": [p.to_json() for p in presets],
    }


def _reject_constant(name: str) -> Any:
    raise PresetError(
        QT_TRANSLATE_NOOP("Presets", "This file is not valid JSON ({name} is not allowed).").fill(
            name=name
        )
    )


def _finite(text: str) -> float:
    # json reads 1e309 as inf, which no JSON writer can put back: refuse it on the way in.
    value = float(text)
    if not math.isfinite(value):
        raise PresetError(
            QT_TRANSLATE_NOOP("Presets", "The number {number} is too large to use.").fill(
                number=text[:40]
            )
        )
    return value


def _check_storable(document: Any) -> None:
    found = find_unstorable(document)
    if found is not None:
        where, problem = found
        raise PresetError(
            QT_TRANSLATE_NOOP("Presets", "“{where}” cannot be used: it holds {problem}.").fill(
                where=where or "value", problem=problem
            )
        )


def parse_document(data: bytes) -> tuple[str, list[Preset]]:
    """The technique id and presets in a presets file; ``PresetError`` says what is wrong."""
    if len(data) > MAX_FILE_BYTES:
        raise PresetError(
            QT_TRANSLATE_NOOP("Presets", "This file is too large to be a presets file.")
        )
    try:
        document = json.loads(
            data.decode("utf-8"), parse_constant=_reject_constant, parse_float=_finite
        )
    except UnicodeDecodeError:
        raise PresetError(
            QT_TRANSLATE_NOOP("Presets", "This file is not a presets file (it is not text).")
        ) from None
    except json.JSONDecodeError as exc:
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Presets", "This file is not valid JSON: {problem} (line {line})."
            ).fill(problem=exc.msg.lower(), line=exc.lineno)
        ) from None
    except RecursionError:
        raise PresetError(
            QT_TRANSLATE_NOOP("Presets", "This file is nested too deeply to read.")
        ) from None
    _check_storable(document)
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise PresetError(
            QT_TRANSLATE_NOOP("Presets", "This file is not a FLORA Desktop presets file.")
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PresetError(QT_TRANSLATE_NOOP("Presets", "This presets file has no version."))
    if version > FORMAT_VERSION:
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Presets", "This presets file comes from a newer FLORA Desktop. Update the app."
            )
        )
    technique_id = document.get("technique_id")
    if not isinstance(technique_id, str) or not technique_id.strip():
        raise PresetError(
            QT_TRANSLATE_NOOP(
                "Presets", "This presets file does not say which technique it is for."
            )
        )
    entries = document.get("presets")
    if not isinstance(entries, list):
        raise PresetError(QT_TRANSLATE_NOOP("Presets", "This presets file has no list of presets."))
    presets: list[Preset] = []
    for number, entry in enumerate(entries, start=1):
        where = QT_TRANSLATE_NOOP("Presets", "Preset {number}").fill(number=number)
        if not isinstance(entry, dict):
            raise PresetError(
                QT_TRANSLATE_NOOP("Presets", "{where} is not a preset.").fill(where=where)
            )
        try:
            name = _check_name(entry.get("name"))
        except PresetError as error:
            raise PresetError(
                QT_TRANSLATE_NOOP("Presets", "{where}: {problem}").fill(
                    where=where, problem=error.message
                )
            ) from None
        saved_at = entry.get("saved_at")
        presets.append(
            Preset(
                name=name,
                inputs=_check_inputs(
                    entry.get("inputs"),
                    QT_TRANSLATE_NOOP("Presets", "{where} ({name})").fill(where=where, name=name),
                ),
                saved_at=saved_at if isinstance(saved_at, str) else "",
            )
        )
    return technique_id, presets


def parse_inputs_map(text: str) -> dict[str, Any]:
    """An inputs map from pasted text: a JSON object, or a run request body with ``inputs``.

    Raises ``PresetError`` in plain words when the text is not one.
    """
    # No arguments, so the braces are shown as they are (never formatted).
    hint = QT_TRANSLATE_NOOP(
        "Presets", 'Copy a JSON object of inputs, like {"prompt": "a red fox"}.'
    )
    if not text.strip():
        raise PresetError(
            QT_TRANSLATE_NOOP("Presets", "The clipboard is empty. {hint}").fill(hint=hint)
        )
    try:
        # A number too large (1e309) is let through: it waits on its row with a message,
        # like the same value typed there (issue 10 §2), rather than refusing the paste.
        parsed = json.loads(text, parse_constant=_reject_constant)
    except (json.JSONDecodeError, RecursionError):
        raise PresetError(
            QT_TRANSLATE_NOOP("Presets", "The clipboard does not hold valid JSON. {hint}").fill(
                hint=hint
            )
        ) from None
    if not isinstance(parsed, dict):
        raise PresetError(
            QT_TRANSLATE_NOOP("Presets", "The clipboard does not hold an inputs map. {hint}").fill(
                hint=hint
            )
        )
    # Values JSON cannot carry (1e309, half an emoji) are not refused here: they go to their
    # rows, which say what is wrong; nothing is stored or sent until they are fixed.
    # A whole request body (e.g. from a curl command): take its inputs.
    if isinstance(parsed.get("inputs"), dict) and "technique_id" in parsed:
        parsed = parsed["inputs"]
    if not parsed:
        raise PresetError(
            QT_TRANSLATE_NOOP("Presets", "The clipboard holds an empty inputs map. {hint}").fill(
                hint=hint
            )
        )
    return _check_inputs(parsed, QT_TRANSLATE_NOOP("Presets", "The clipboard"))


def _unique_name(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    number = 2
    while f"{name} ({number})" in taken:
        number += 1
    return f"{name} ({number})"


_PRESETS_WORDS = QT_TRANSLATE_NOOP("Presets", "Your saved presets for this technique")


class PresetStore:
    """Presets below ``directory``, one JSON file per technique.

    ``secrets`` returns the API keys in use; a preset whose text contains one is refused.
    Reads and writes run in a worker thread, one at a time. A file that cannot be read is set
    aside (``store_files.set_aside``) and ``notices`` is told once; one that can be neither
    read nor moved is never written over (saving then raises ``PresetError``). Disk errors
    on a write are ``PresetError`` in plain words, as are values JSON cannot hold.
    """

    def __init__(
        self,
        directory: Path,
        secrets: Callable[[], Iterable[str]] = tuple,
        notices: StoreNotices | None = None,
    ) -> None:
        self.directory = directory
        self._secrets = secrets
        self._notices = notices if notices is not None else StoreNotices()
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"PresetStore({str(self.directory)!r})"

    def path_for(self, technique_id: str) -> Path:
        return self.directory / draft_file_name(technique_id)

    async def load(self, technique_id: str) -> list[Preset]:
        """The technique's presets in the order they were saved; [] when none or unreadable."""
        async with self._lock:
            try:
                return await asyncio.to_thread(self._read, technique_id)
            except PresetError:
                return []  # told through the notices; saving will say it again

    async def save(self, technique_id: str, name: str, inputs: Mapping[str, Any]) -> Preset:
        """Save ``inputs`` as ``name`` (replacing a preset of that name)."""
        preset = Preset(
            name=_check_name(name),
            inputs=_check_inputs(dict(inputs), QT_TRANSLATE_NOOP("Presets", "The preset")),
            saved_at=datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        )
        # Refused before the file is even read: inf, nan and lone surrogates never get near it.
        _storable(dict(preset.inputs))
        async with self._lock:
            presets = await asyncio.to_thread(self._read, technique_id)
            kept = [p for p in presets if p.name != preset.name]
            await asyncio.to_thread(self._write, technique_id, [*kept, preset])
        return preset

    async def delete(self, technique_id: str, name: str) -> None:
        """Forget the preset called ``name`` (nothing happens when there is none)."""
        async with self._lock:
            presets = await asyncio.to_thread(self._read, technique_id)
            kept = [p for p in presets if p.name != name]
            if len(kept) != len(presets):
                await asyncio.to_thread(self._write, technique_id, kept)

    async def export(self, technique_id: str, path: Path) -> int:
        """Write the technique's presets to ``path``; returns how many. Raises ``OSError``."""
        async with self._lock:
            presets = await asyncio.to_thread(self._read, technique_id)
            if not presets:
                raise PresetError(
                    QT_TRANSLATE_NOOP("Presets", "This technique has no presets to export yet.")
                )
            data = self._encode(technique_id, presets)
            try:
                await asyncio.to_thread(write_atomically, path, data)
            except OSError as exc:
                raise _write_failed(
                    QT_TRANSLATE_NOOP("Presets", "The presets could not be exported."),
                    exc,
                    path.parent,
                ) from exc
        return len(presets)

    async def import_file(self, path: Path) -> ImportResult:
        """Add the presets in ``path`` to their technique's; clashing names get " (2)"."""

        def read() -> bytes:
            with path.open("rb") as handle:
                return handle.read(MAX_FILE_BYTES + 1)

        try:
            data = await asyncio.to_thread(read)
        except OSError as exc:
            reason = exc.strerror or QT_TRANSLATE_NOOP("Presets", "no access")
            raise PresetError(
                QT_TRANSLATE_NOOP("Presets", "The file could not be read ({reason}).").fill(
                    reason=reason
                )
            ) from exc
        technique_id, incoming = parse_document(data)
        if not incoming:
            raise PresetError(QT_TRANSLATE_NOOP("Presets", "This presets file holds no presets."))
        self._refuse_secrets(json.dumps([p.to_json() for p in incoming], ensure_ascii=False))
        async with self._lock:
            presets = await asyncio.to_thread(self._read, technique_id)
            taken = {p.name for p in presets}
            added: list[Preset] = []
            for preset in incoming:
                name = _unique_name(preset.name, taken)
                taken.add(name)
                added.append(Preset(name, preset.inputs, preset.saved_at))
            await asyncio.to_thread(self._write, technique_id, [*presets, *added])
        return ImportResult(technique_id, tuple(p.name for p in added))

    # --- files --------------------------------------------------------------------------------

    def _refuse_secrets(self, text: str) -> None:
        for secret in self._secrets():
            if len(secret) >= _MIN_SECRET_CHARS and secret in text:
                raise PresetError(
                    QT_TRANSLATE_NOOP(
                        "Presets",
                        "These inputs contain your API key. Presets never hold a key: remove it "
                        "from the inputs first.",
                    )
                )

    def _encode(self, technique_id: str, presets: Sequence[Preset]) -> bytes:
        data = _storable(document_for(technique_id, presets))
        self._refuse_secrets(data.decode("utf-8"))
        return data + b"\n"

    def _read(self, technique_id: str) -> list[Preset]:
        """The stored presets; a damaged file is set aside first (and the user told).

        Raises ``PresetError`` when the file is there but can be neither read nor moved:
        then nothing may be written over it.
        """
        path = self.path_for(technique_id)
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return []
        except OSError as exc:
            # Not readable (permissions, I/O error): leave it, and never write over it.
            log.warning("could not read presets file %s: %s", path.name, exc.strerror)
            notice = unreadable_notice(_PRESETS_WORDS, path)
            self._notices.tell(notice)
            raise PresetError(notice) from exc
        try:
            stored_for, presets = parse_document(data)
            if stored_for != technique_id:
                raise PresetError(
                    QT_TRANSLATE_NOOP("Presets", "This presets file is for another technique.")
                )
        except PresetError as error:
            self._set_aside(path, error.message)
            return []
        return presets

    def _set_aside(self, path: Path, reason: str) -> None:
        try:
            kept = set_aside(path, reason=reason)
        except OSError as exc:
            notice = unreadable_notice(_PRESETS_WORDS, path)
            self._notices.tell(notice)
            raise PresetError(notice) from exc
        self._notices.tell(kept_notice(_PRESETS_WORDS, kept))

    def _write(self, technique_id: str, presets: Sequence[Preset]) -> None:
        data = self._encode(technique_id, presets)
        try:
            ensure_private_dir(self.directory)
            write_atomically(self.path_for(technique_id), data)
        except OSError as exc:
            raise _write_failed(
                QT_TRANSLATE_NOOP("Presets", "The presets could not be saved."),
                exc,
                self.directory,
            ) from exc


def _storable(document: Any) -> bytes:
    """``document`` as JSON bytes, or ``PresetError`` naming the value JSON cannot hold."""
    try:
        return encode_json(document, indent=2)
    except UnstorableValueError as error:
        raise PresetError(error.message) from None


def _write_failed(what: Phrase, exc: OSError, folder: Path) -> PresetError:
    return PresetError(
        QT_TRANSLATE_NOOP("Presets", "{what} {why}").fill(
            what=what, why=describe_os_error(exc, folder)
        )
    )
