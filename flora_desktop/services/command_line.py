"""The command line's help text, in the user's language without loading Qt.

``--help`` must answer before Qt is imported (importing QtCore alone costs more than the
whole help). So the help phrases are marked for ``pyside6-lupdate`` like any other text and
``scripts/translations.py build`` writes their translations to a small
``translations/cli_<lang>.json`` that this module reads with ``json``.
"""

from __future__ import annotations

import argparse
import json
import locale
import logging
import os
from collections.abc import Mapping
from importlib.resources import files
from typing import Any

from .languages import LANGUAGES
from .phrases import QT_TRANSLATE_NOOP, Phrase

__all__ = ["CommandLineText", "cli_language"]

_log = logging.getLogger(__name__)

RESOURCES = "flora_desktop.resources"

DESCRIPTION = QT_TRANSLATE_NOOP("CommandLine", "Start FLORA technique runs from your desktop.")
HELP = QT_TRANSLATE_NOOP("CommandLine", "show this help and quit")
VERSION = QT_TRANSLATE_NOOP("CommandLine", "show the version and quit")
SANDBOX = QT_TRANSLATE_NOOP(
    "CommandLine",
    "start a practice FLORA on 127.0.0.1 and connect to it with its demo key "
    "(no keyring entry is read or written)",
)
BASE_URL = QT_TRANSLATE_NOOP(
    "CommandLine", "FLORA API base URL (default: $FLORA_BASE_URL, else {default})"
)
DEBUG = QT_TRANSLATE_NOOP("CommandLine", "log at debug level")
INSTALL_ENTRY = QT_TRANSLATE_NOOP(
    "CommandLine",
    "add FLORA Desktop to your applications menu (with its icon and the .florapreset file "
    "type) for your user, then quit",
)
UNINSTALL_ENTRY = QT_TRANSLATE_NOOP(
    "CommandLine", "remove what --install-desktop-entry added, then quit"
)
FILES = QT_TRANSLATE_NOOP(
    "CommandLine", "presets files (.florapreset) to import; a running FLORA Desktop takes them"
)
# argparse's own headings ("usage: ", "options"), which it does not let us translate.
USAGE = QT_TRANSLATE_NOOP("CommandLine", "usage: ")
OPTIONS = QT_TRANSLATE_NOOP("CommandLine", "options")


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The language code of the terminal's locale (POSIX order), "" when not shipped."""
    environ = os.environ if environ is None else environ
    candidates: list[str] = []
    # LANGUAGE is a colon-separated preference list; it counts only with a non-C locale.
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            if environ[name] not in {"C", "POSIX"} and environ.get("LANGUAGE"):
                candidates += environ["LANGUAGE"].split(":")
            candidates.append(environ[name])
            break
    else:
        candidates.append(locale.getlocale()[0] or "")
    # The first shipped language wins, as in the window (ui/language.py walks Qt's
    # uiLanguages the same way): LANGUAGE=pt:de means German where there is no Portuguese.
    for candidate in candidates:
        code = candidate.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
        if code in {"en", "c", "posix"}:
            return ""  # the source language (and C, untranslated) stops the search
        if code in LANGUAGES:
            return code
    return ""


class CommandLineText:
    """Looks phrases up in ``cli_<language>.json``; English when there is no file or entry."""

    def __init__(self, language: str) -> None:
        self._table: dict[str, str] = {}
        if not language:
            return
        node = files(RESOURCES).joinpath("translations", f"cli_{language}.json")
        try:
            table = json.loads(node.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            _log.debug("no command-line translation for %s: %s", language, exc)
            return
        if isinstance(table, dict):
            self._table = {k: v for k, v in table.items() if isinstance(v, str)}

    def __call__(self, phrase: Phrase) -> str:
        template = self._table.get(phrase.template, phrase.template)
        try:
            return template.format(**phrase.arguments) if phrase.arguments else template
        except (KeyError, IndexError, ValueError):
            return str(phrase)

    def formatter(self) -> type[argparse.HelpFormatter]:
        """An argparse help formatter that shows its headings in this language too."""
        text = self

        class TranslatedHelpFormatter(argparse.HelpFormatter):
            def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
                super().add_usage(usage, actions, groups, text(USAGE) if prefix is None else prefix)

            def start_section(self, heading: str | None) -> None:
                super().start_section(text(OPTIONS) if heading == "options" else heading)

        return TranslatedHelpFormatter
