"""What ``flora-desktop`` says on the terminal, in the user's language without loading Qt.

``--help``, the headless ``batch`` command and the messages printed before (or instead of)
the window must answer without Qt (importing QtCore alone costs more than the whole help,
and ``batch`` runs where there is no display). So terminal phrases are marked for
``pyside6-lupdate`` like any other text, and ``scripts/translations.py build`` writes the
translations of the contexts in ``TERMINAL_CONTEXTS`` to a small
``translations/cli_<lang>.json`` that this module reads with ``json``.

The language is the window's: the one chosen in Settings, else the terminal's locale.
"""

from __future__ import annotations

import argparse
import json
import locale
import logging
import os
import re
import sys
from collections.abc import Mapping
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, NoReturn

from .languages import LANGUAGES, saved_language
from .phrases import QT_TRANSLATE_NOOP, Phrase

__all__ = ["TERMINAL_CONTEXTS", "CommandLineText", "cli_language", "terminal_language"]

_log = logging.getLogger(__name__)

RESOURCES = "flora_desktop.resources"
CONTEXT = "CommandLine"
# The translation contexts whose phrases reach the terminal: the command line's own, and
# the batch service's (stop reasons, spreadsheet and row problems) that ``batch`` prints.
TERMINAL_CONTEXTS: tuple[str, ...] = (CONTEXT, "Batch", "BatchSources", "Inputs")

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
POSITIONALS = QT_TRANSLATE_NOOP("CommandLine", "positional arguments")
# The letters and words that answer "yes" to a question, comma-separated ("j,ja").
YES_ANSWERS = QT_TRANSLATE_NOOP("CommandLine", "y,yes")
_HEADINGS = {"options": OPTIONS, "positional arguments": POSITIONALS}
# argparse's own error messages (English only: it reads them through gettext's default
# domain, which has no catalogue for them), matched and said again in the user's language.
ERROR = QT_TRANSLATE_NOOP("CommandLine", "{prog}: error: {message}")
_ARGPARSE_ERRORS: tuple[tuple[re.Pattern[str], Phrase], ...] = (
    (
        re.compile(r"the following arguments are required: (?P<names>.+)"),
        QT_TRANSLATE_NOOP("CommandLine", "these options are missing: {names}"),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<names>.+)"),
        QT_TRANSLATE_NOOP("CommandLine", "unknown options: {names}"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): expected one argument"),
        QT_TRANSLATE_NOOP("CommandLine", "{name} needs a value"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): invalid (?:int|float) value: (?P<value>.+)"),
        QT_TRANSLATE_NOOP("CommandLine", "{name} needs a number, not {value}"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): ignored explicit argument (?P<value>.+)"),
        QT_TRANSLATE_NOOP("CommandLine", "{name} takes no value (not {value})"),
    ),
    (
        re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"),
        QT_TRANSLATE_NOOP("CommandLine", "{option} could mean {matches}; write it out"),
    ),
)
# Languages whose singular covers 0 as well as 1 (CLDR: French says "0 essai").
_ZERO_IS_SINGULAR = frozenset({"fr"})


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


def terminal_language(
    settings_file: Path | None = None, environ: Mapping[str, str] | None = None
) -> str:
    """The window's language for the terminal: Settings' choice, else the locale's ("" = English).

    ``settings_file`` defaults to the app's (``$FLORA_DESKTOP_HOME`` honoured).
    """
    if settings_file is None:
        from .paths import AppPaths  # only here: the tests' and --help's import stays small

        settings_file = AppPaths.default().settings_file
    chosen = saved_language(settings_file)
    if chosen:
        return "" if chosen == "en" else chosen
    return cli_language(environ)


class CommandLineText:
    """Translates ``Phrase``s for the terminal from ``cli_<language>.json``.

    English when there is no file, no entry, or a translation that does not format; any
    other text (a file name, FLORA's own words) passes through unchanged.
    """

    def __init__(self, language: str, folder: Traversable | None = None) -> None:
        self.language = language
        self._tables: dict[str, dict[str, str]] = {}
        if not language:
            return
        folder = folder or files(RESOURCES).joinpath("translations")
        node = folder.joinpath(f"cli_{language}.json")
        try:
            document = json.loads(node.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            _log.debug("no command-line translation for %s: %s", language, exc)
            return
        if not isinstance(document, dict):
            return
        for context, table in document.items():
            if isinstance(table, dict):
                self._tables[context] = {k: v for k, v in table.items() if isinstance(v, str)}

    @classmethod
    def for_user(cls) -> CommandLineText:
        """The text of the language the window would speak (Settings, else the locale)."""
        return cls(terminal_language())

    def __call__(self, text: str) -> str:
        if not isinstance(text, Phrase):
            return text
        template = self._tables.get(text.context, {}).get(text.template, text.template)
        if not text.arguments:
            return template
        # Arguments that are phrases themselves ("stopped: {reason}") are translated too.
        arguments = {
            name: self(value) if isinstance(value, str) else value
            for name, value in text.arguments.items()
        }
        try:
            return template.format(**arguments)
        except (KeyError, IndexError, ValueError):
            # A broken translation must not hide the message: the English text instead.
            return str(text)

    def counted(self, count: int, one: Phrase, other: Phrase, **arguments: Any) -> str:
        """``one`` or ``other`` (templates with a ``{count}`` field, filled with it and
        ``arguments``), chosen by this language's plural rule.

        Qt's ``%n`` forms are not available without Qt; every shipped language has at most
        two forms, so two phrases are enough (Japanese translates both alike).
        """
        singular = count == 1 or (count == 0 and self.language in _ZERO_IS_SINGULAR)
        return self((one if singular else other).fill(count=count, **arguments))

    def is_yes(self, answer: str) -> bool:
        """Whether ``answer`` to a "[y/N]" question means yes ("y"/"yes" always do)."""
        words = {"y", "yes", *self(YES_ANSWERS).split(",")}
        return answer.strip().casefold() in {w.strip().casefold() for w in words if w.strip()}

    def parser(self, prog: str, description: Phrase) -> argparse.ArgumentParser:
        """An ``ArgumentParser`` whose help, headings and errors speak this language."""
        text = self

        class TranslatedArgumentParser(argparse.ArgumentParser):
            def error(self, message: str) -> NoReturn:
                self.print_usage(sys.stderr)
                said = text(ERROR.fill(prog=self.prog, message=text.argparse_error(message)))
                self.exit(2, said + "\n")

        parser = TranslatedArgumentParser(
            prog=prog,
            description=self(description),
            add_help=False,
            formatter_class=self.formatter(),
        )
        parser.add_argument("-h", "--help", action="help", help=self(HELP))
        return parser

    def argparse_error(self, message: str) -> str:
        """One of argparse's error messages in this language (others pass unchanged)."""
        for pattern, phrase in _ARGPARSE_ERRORS:
            found = pattern.fullmatch(message)
            if found:
                return self(phrase.fill(**found.groupdict()))
        return message

    def formatter(self) -> type[argparse.HelpFormatter]:
        """An argparse help formatter that shows its headings in this language too."""
        text = self

        class TranslatedHelpFormatter(argparse.HelpFormatter):
            def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
                super().add_usage(usage, actions, groups, text(USAGE) if prefix is None else prefix)

            def start_section(self, heading: str | None) -> None:
                phrase = _HEADINGS.get(heading or "")
                super().start_section(text(phrase) if phrase is not None else heading)

        return TranslatedHelpFormatter
