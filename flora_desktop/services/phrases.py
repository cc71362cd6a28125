"""Text shown to users, marked for Qt's translation tools without importing Qt."""

from __future__ import annotations

from typing import Any

__all__ = ["QT_TRANSLATE_NOOP", "Phrase"]


class Phrase(str):
    """English text that remembers its translation context, template and arguments.

    It is the finished English text (so code and tests treat it as a plain ``str``); the UI
    looks ``template`` up in ``context`` and formats the translation with ``arguments``.
    String operations (``+``, ``join``, ``strip``) return plain ``str``: that text is shown
    untranslated, so build sentences from whole phrases.
    """

    context: str
    template: str
    arguments: dict[str, Any]

    def __new__(cls, context: str, template: str, **arguments: Any) -> Phrase:
        text = template.format(**arguments) if arguments else template
        phrase = super().__new__(cls, text)
        phrase.context = context
        phrase.template = template
        phrase.arguments = arguments
        return phrase

    def fill(self, **arguments: Any) -> Phrase:
        """This template formatted with ``arguments`` (``str.format`` names)."""
        return Phrase(self.context, self.template, **arguments)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickles (and copies) as the plain English text.
        return (str, (str(self),))


# Upper case: pyside6-lupdate finds marked strings by this exact function name.
def QT_TRANSLATE_NOOP(context: str, text: str) -> Phrase:
    """Mark ``text`` for ``pyside6-lupdate`` under ``context``; translated where it is shown."""
    return Phrase(context, text)
