"""Translate marked text from the Qt-free layers (``Phrase``) at the moment it is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from flora_desktop.services.phrases import Phrase

__all__ = ["shown", "shown_error"]


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
        return template.format(**arguments)
    except (KeyError, IndexError, ValueError):
        # A broken translation must not hide the message: fall back to the English text.
        return str(text)


def shown_error(error: BaseException) -> str:
    """An exception's message for the user: translated when it was raised with a ``Phrase``."""
    message = error.args[0] if len(error.args) == 1 else None
    if isinstance(message, Phrase):
        return shown(message)
    return str(error)
