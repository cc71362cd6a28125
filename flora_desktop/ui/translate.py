"""Translate marked text from the Qt-free layers (``Phrase``) at the moment it is shown."""

from __future__ import annotations

import re
import string
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from flora_desktop.services.phrases import Phrase

__all__ = ["localized", "shown", "shown_error"]

# The number specs whose separators differ by language: "{n:,}", "{x:.1f}", "{kb:,.0f}".
_NUMBER_SPEC = re.compile(r"(?P<group>,)?(?:\.(?P<precision>\d+))?(?P<kind>[dfg]?)")


class _LocaleFormatter(string.Formatter):
    """``str.format`` whose grouped or fixed-point numbers use the UI locale's separators.

    ``1,234.5`` is 1.2345 to a German reader: there it must read ``1.234,5``.
    """

    def format_field(self, value: Any, format_spec: str) -> str:
        spec = _NUMBER_SPEC.fullmatch(format_spec)
        locale = QLocale()
        if (
            not format_spec
            or spec is None
            or isinstance(value, bool)
            or not isinstance(value, int | float)
            or locale.language() == QLocale.Language.C
        ):
            return str(super().format_field(value, format_spec))
        if not spec["group"]:
            locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        if isinstance(value, int) and spec["precision"] is None and spec["kind"] != "f":
            return locale.toString(value)
        precision = int(spec["precision"]) if spec["precision"] is not None else 6
        return locale.toString(float(value), spec["kind"] or "f", precision)


_FORMATTER = _LocaleFormatter()


def localized(template: str, **arguments: Any) -> str:
    """``template.format(**arguments)`` with numbers written the UI language's way."""
    return _FORMATTER.format(template, **arguments)


def shown(text: str) -> str:
    """``text`` in the user's language when it is a ``Phrase``; any other text unchanged.

    The template is translated first and formatted after, so a translation may reorder the
    ``{name}`` fields; arguments that are phrases are translated as well. Server text and
    names (plain ``str``) pass through as they are.
    """
    if not isinstance(text, Phrase):
        return text
    template = QCoreApplication.translate(text.context, text.template)
    if not text.arguments:
        return template
    # Arguments that are phrases themselves ("{cost} so far") are translated too.
    arguments = {name: shown(value) for name, value in text.arguments.items()}
    try:
        return localized(template, **arguments)
    except (KeyError, IndexError, ValueError):
        # A broken translation must not hide the message: fall back to the English text.
        return str(text)


def shown_error(error: BaseException) -> str:
    """An exception's message for the user: translated when it was raised with a ``Phrase``."""
    message = error.args[0] if len(error.args) == 1 else None
    if isinstance(message, Phrase):
        return shown(message)
    return str(error)
