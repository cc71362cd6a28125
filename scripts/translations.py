"""Fill the per-language .ts files from compact JSON, compile them to .qm, check coverage.

The translation template ``resources/translations/flora_desktop.ts`` is regenerated from the
code by ``scripts/update_translations.sh``. Translations live in one JSON file per language,
``resources/translations/catalogues/<lang>.json``: English source text -> translation, or a list of
plural forms for a ``%n`` (numerus) message; a key ``"Context::source"`` gives one context
its own translation. This script turns template + JSON into ``flora_desktop_<lang>.ts``
(what Qt Linguist opens) and ``flora_desktop_<lang>.qm`` (what the app loads), both
committed so that a wheel, an sdist and the PyInstaller bundle need no Qt tools to build;
``tests/test_translation_coverage.py`` fails when a committed .qm is stale.

    .venv/bin/python scripts/translations.py build      # every language: .ts and .qm
    .venv/bin/python scripts/translations.py check      # untranslated or broken strings
    .venv/bin/python scripts/translations.py pending de # what German still lacks
    .venv/bin/python scripts/translations.py unused     # entries no string uses (any more)
    .venv/bin/python scripts/translations.py pseudo OUT.qm [--rtl]  # layout testing

English (``en.json``) holds only the plural forms: Qt's ``%n`` needs a catalogue even for
the source language ("%n runs" -> "1 run").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TEMPLATE = FOLDER / "flora_desktop.ts"
# Not shipped: only the compiled .qm and the command line's cli_<lang>.json are.
CATALOGUES = FOLDER / "catalogues"
# The contexts the terminal prints (flora_desktop/services/command_line.py reads them).
TERMINAL_CONTEXTS = ("CommandLine", "Batch", "BatchSources", "Inputs")
# The shipped translations; English is the source and only carries plural forms.
LANGUAGES = ("de", "es", "fr", "ja")
ENGLISH = "en"
# Plural forms Qt's lrelease expects per language (Japanese has one form).
PLURAL_FORMS = {"en": 2, "de": 2, "es": 2, "fr": 2, "ja": 1}
CONTEXT_SEPARATOR = "::"

# What a translation must keep exactly: str.format fields, Qt's %1/%n/%p%, HTML tags.
_FORMAT_FIELD = re.compile(r"\{[A-Za-z_]\w*(?:[:!][^{}]*)?\}")
_QT_ARG = re.compile(r"%(?:\d|n|Ln|p%)")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# An accelerator: one "&" before a character that is not "&" ("&&" is a literal ampersand).
_ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?=\S)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool


Translation = str | list[str]


def template_messages(template: Path = TEMPLATE) -> list[Message]:
    root = ET.parse(template).getroot()
    return [
        Message(
            context.findtext("name", ""),
            message.findtext("source", ""),
            message.get("numerus") == "yes",
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def json_path(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"{language}.json"


def load_catalogue(language: str, folder: Path = CATALOGUES) -> dict[str, Translation]:
    path = json_path(language, folder)
    if not path.exists():
        return {}
    catalogue: dict[str, Translation] = json.loads(path.read_text(encoding="utf-8"))
    return catalogue


def lookup(catalogue: dict[str, Translation], message: Message) -> Translation | None:
    specific = catalogue.get(f"{message.context}{CONTEXT_SEPARATOR}{message.source}")
    return specific if specific is not None else catalogue.get(message.source)


def wanted(language: str, message: Message) -> bool:
    """English translates only its plural forms; the others translate everything."""
    return language != ENGLISH or message.numerus


def forms_of(translation: Translation) -> list[str]:
    return [translation] if isinstance(translation, str) else list(translation)


def untranslated(
    language: str, messages: list[Message], folder: Path = CATALOGUES
) -> list[Message]:
    catalogue = load_catalogue(language, folder)
    return [m for m in messages if wanted(language, m) and lookup(catalogue, m) is None]


def unused(language: str, messages: list[Message], folder: Path = CATALOGUES) -> list[str]:
    """Catalogue keys no template message uses (strings removed, or still on their way)."""
    used = {m.source for m in messages} | {
        f"{m.context}{CONTEXT_SEPARATOR}{m.source}" for m in messages
    }
    return sorted(set(load_catalogue(language, folder)) - used)


def markers(text: str) -> Counter[str]:
    """The placeholders, tags and accelerator count a translation must keep."""
    found: Counter[str] = Counter()
    found.update(_FORMAT_FIELD.findall(text))
    found.update(m for m in _QT_ARG.findall(text) if m != "%n")
    found.update(_TAG.findall(text))
    found["&accelerator"] = len(_ACCELERATOR.findall(text))
    return +found


def problems(language: str, messages: list[Message], folder: Path = CATALOGUES) -> list[str]:
    """Translations whose placeholders, tags, accelerators or plural forms differ."""
    catalogue = load_catalogue(language, folder)
    found = []
    for message in messages:
        translation = lookup(catalogue, message)
        if translation is None or not wanted(language, message):
            continue
        forms = forms_of(translation)
        where = f"{language} [{message.context}] {message.source!r}"
        if message.numerus and len(forms) != PLURAL_FORMS[language]:
            found.append(f"{where}: needs {PLURAL_FORMS[language]} plural form(s)")
        if not message.numerus and not isinstance(translation, str):
            found.append(f"{where}: is not a plural message")
        expected = markers(message.source)
        for form in forms:
            if markers(form) != expected:
                found.append(f"{where}: {form!r} keeps {dict(markers(form))}, not {dict(expected)}")
            # Japanese may drop the count ("%n 件" is usual, but a form without %n is not).
            if message.numerus and "%n" not in form and "%Ln" not in form:
                found.append(f"{where}: {form!r} lost %n")
    return found


def filled_ts(language: str, template: Path = TEMPLATE, folder: Path = CATALOGUES) -> ET.Element:
    """The template with ``language``'s translations filled in (missing ones left unfinished)."""
    root = ET.parse(template).getroot()
    root.set("language", language)
    catalogue = load_catalogue(language, folder)
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for element in context.iter("message"):
            message = Message(name, element.findtext("source", ""), element.get("numerus") == "yes")
            translation = lookup(catalogue, message) if wanted(language, message) else None
            target = element.find("translation")
            if target is None:
                target = ET.SubElement(element, "translation")
            target.attrib.clear()
            target.text = None
            for child in list(target):
                target.remove(child)
            if translation is None:
                target.set("type", "unfinished")
            elif message.numerus:
                for form in forms_of(translation):
                    ET.SubElement(target, "numerusform").text = form
            else:
                target.text = forms_of(translation)[0]
    return root


def lrelease() -> str:
    for candidate in (
        Path(sys.executable).parent / "pyside6-lrelease",
        ROOT / ".venv/bin/pyside6-lrelease",
    ):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install the project's venv first")
    return found


def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def compile_qm(ts: Path, qm: Path) -> None:
    done = subprocess.run(
        [lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"lrelease failed for {ts}:\n{done.stdout}{done.stderr}")


def build(out: Path = FOLDER, template: Path = TEMPLATE, folder: Path = CATALOGUES) -> list[Path]:
    """Write ``flora_desktop_<lang>.ts`` and ``.qm`` for English's plurals and each language."""
    written = []
    for language in (ENGLISH, *LANGUAGES):
        ts = out / f"flora_desktop_{language}.ts"
        write_ts(filled_ts(language, template, folder), ts)
        qm = ts.with_suffix(".qm")
        compile_qm(ts, qm)
        written += [ts, qm]
        if language != ENGLISH:
            cli = out / f"cli_{language}.json"
            write_cli(language, template_messages(template), folder, cli)
            written.append(cli)
    return written


def write_cli(language: str, messages: list[Message], folder: Path, path: Path) -> None:
    """The terminal's phrases by context, for ``services/command_line.py`` (it loads no Qt)."""
    catalogue = load_catalogue(language, folder)
    tables: dict[str, dict[str, str]] = {}
    for m in messages:
        if m.context in TERMINAL_CONTEXTS and not m.numerus:
            translation = lookup(catalogue, m)
            if translation is not None:
                tables.setdefault(m.context, {})[m.source] = forms_of(translation)[0]
    path.write_text(
        json.dumps(tables, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )


# -- pseudo-locale ------------------------------------------------------------------------

_ACCENTED = str.maketrans("AaCcEeIiNnOoSsUuYyZz", "ÅåÇçÉéÎîÑñÖøŠšÛûÝÿŽž")
_KEEP = re.compile("|".join(p.pattern for p in (_FORMAT_FIELD, _QT_ARG, _TAG)) + r"|&.|%n|\s+")


def pseudo(text: str, factor: float = 1.4) -> str:
    """``text`` accented and padded to ``factor`` × its length; placeholders kept as they are."""
    pieces = []
    position = 0
    for match in _KEEP.finditer(text):
        pieces.append(text[position : match.start()].translate(_ACCENTED))
        pieces.append(match.group())
        position = match.end()
    pieces.append(text[position:].translate(_ACCENTED))
    body = "".join(pieces)
    padding = max(1, round(len(text) * (factor - 1)) - 2)
    return f"[{body}{'·' * padding}]"


def pseudo_ts(rtl: bool, template: Path = TEMPLATE) -> ET.Element:
    root = ET.parse(template).getroot()
    root.set("language", "en")  # two plural forms, like the source
    for element in root.iter("message"):
        source = element.findtext("source", "")
        target = element.find("translation")
        if target is None:
            target = ET.SubElement(element, "translation")
        target.attrib.clear()
        for child in list(target):
            target.remove(child)
        if element.get("numerus") == "yes":
            target.text = None
            for _form in range(2):
                ET.SubElement(target, "numerusform").text = pseudo(source)
        else:
            target.text = pseudo(source)
    if rtl:
        # Qt reads the layout direction from this translation (QGuiApplication).
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "QGuiApplication"
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = "QT_LAYOUT_DIRECTION"
        ET.SubElement(message, "translation").text = "RTL"
    return root


def write_pseudo(qm: Path, rtl: bool = False) -> Path:
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "pseudo.ts"
        write_ts(pseudo_ts(rtl), ts)
        compile_qm(ts, qm)
    return qm


# -- command line -------------------------------------------------------------------------


def report(messages: list[Message]) -> Iterator[str]:
    for language in (ENGLISH, *LANGUAGES):
        missing = untranslated(language, messages)
        if missing:
            yield f"{language}: {len(missing)} untranslated"
            yield from (f"  [{m.context}] {m.source!r}" for m in missing)
        yield from problems(language, messages)


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="write flora_desktop_<lang>.ts and .qm")
    commands.add_parser("check", help="list untranslated or broken strings (exit 1 if any)")
    pending = commands.add_parser("pending", help="print one language's untranslated sources")
    pending.add_argument("language", choices=(ENGLISH, *LANGUAGES))
    commands.add_parser("unused", help="catalogue entries the template no longer has")
    fake = commands.add_parser("pseudo", help="compile a pseudo-locale .qm for layout testing")
    fake.add_argument("qm", type=Path)
    fake.add_argument("--rtl", action="store_true", help="lay the window out right to left")
    options = parser.parse_args(argv)
    messages = template_messages()
    if options.command == "build":
        for path in build():
            say(f"wrote {path.relative_to(ROOT)}")
        return 0
    if options.command == "check":
        lines = list(report(messages))
        say("\n".join(lines) if lines else "every string is translated")
        return 1 if lines else 0
    if options.command == "pending":
        missing = {m.source: m for m in untranslated(options.language, messages)}
        say(json.dumps(sorted(missing), ensure_ascii=False, indent=1))
        return 0
    if options.command == "unused":
        for language in (ENGLISH, *LANGUAGES):
            for key in unused(language, messages):
                say(f"{language}: {key!r}")
        return 0
    write_pseudo(options.qm, rtl=options.rtl)
    say(f"wrote {options.qm}")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
