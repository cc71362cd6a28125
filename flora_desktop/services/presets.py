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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flora_desktop.services.drafts import draft_file_name
from flora_desktop.services.paths import ensure_private_dir, write_atomically
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP

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


def parse_document(data: bytes) -> tuple[str, list[Preset]]:
    """The technique id and presets in a presets file; ``PresetError`` says what is wrong."""
    if len(data) > MAX_FILE_BYTES:
        raise PresetError(
            QT_TRANSLATE_NOOP("Presets", "This file is too large to be a presets file.")
        )
    try:
        document = json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
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


class PresetStore:
    """Presets below ``directory``, one JSON file per technique.

    ``secrets`` returns the API keys in use; a preset whose text contains one is refused.
    Reads and writes run in a worker thread, one at a time.
    """

    def __init__(self, directory: Path, secrets: Callable[[], Iterable[str]] = tuple) -> None:
        self.directory = directory
        self._secrets = secrets
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"PresetStore({str(self.directory)!r})"

    def path_for(self, technique_id: str) -> Path:
        return self.directory / draft_file_name(technique_id)

    async def load(self, technique_id: str) -> list[Preset]:
        """The technique's presets in the order they were saved; [] when none or unreadable."""
        async with self._lock:
            return await asyncio.to_thread(self._read, technique_id)

    async def save(self, technique_id: str, name: str, inputs: Mapping[str, Any]) -> Preset:
        """Save ``inputs`` as ``name`` (replacing a preset of that name)."""
        preset = Preset(
            name=_check_name(name),
            inputs=_check_inputs(dict(inputs), QT_TRANSLATE_NOOP("Presets", "The preset")),
            saved_at=datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        )
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
            await asyncio.to_thread(write_atomically, path, data)
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
        text = json.dumps(document_for(technique_id, presets), ensure_ascii=False, indent=2)
        self._refuse_secrets(text)
        return (text + "\n").encode("utf-8")

    def _read(self, technique_id: str) -> list[Preset]:
        path = self.path_for(technique_id)
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return []
        except OSError as exc:
            log.warning("could not read presets file %s: %s", path.name, exc.strerror)
            return []
        try:
            stored_for, presets = parse_document(data)
        except PresetError as error:
            log.warning("ignoring unreadable presets file %s: %s", path.name, error.message)
            return []
        if stored_for != technique_id:
            log.warning("presets file %s belongs to another technique", path.name)
            return []
        return presets

    def _write(self, technique_id: str, presets: Sequence[Preset]) -> None:
        data = self._encode(technique_id, presets)
        ensure_private_dir(self.directory)
        write_atomically(self.path_for(technique_id), data)
