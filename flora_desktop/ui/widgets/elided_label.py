"""A label for names from FLORA or the disk: wrapped to a few lines, then cut with "…".

A name typed without spaces ("AAAA…", a long file name) has nowhere to wrap: a word-wrapped
``QLabel`` either widens its whole column for it or clips it at the edge with no sign that
anything is missing. ``ElidedLabel`` wraps at spaces where it can, anywhere where it must,
shows at most ``max_lines`` lines and ends the last one with "…" when text is left over.
The whole text stays in the accessible name, and in the tooltip whenever it is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["ELLIPSIS", "ElidedLabel", "elided_lines"]

ELLIPSIS = "…"
# The "whole" text in the tooltip and the accessible name, at most.
WHOLE_TEXT_CHARS = 2000
# Line breaks and tabs from a server are shown as spaces: a name is one paragraph.
_AS_SPACE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})


def elided_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width`` pixels in ``font``.

    Breaks at spaces where it can and anywhere in a word too long for a line; when text is
    left over, the last line ends with "…". Returns ``[]`` for empty text.
    """
    return _fit(text, font, width, max_lines)[0]


def _fit(text: str, font: QFont, width: int, max_lines: int) -> tuple[list[str], bool]:
    """The lines ``elided_lines`` returns, and whether any text was cut."""
    width = max(1, width)
    max_lines = max(1, max_lines)
    # No glyph is narrower than a pixel (zero-width ones aside): more characters than the
    # lines have pixels can never show, and laying out a megabyte of them froze the window.
    cap = max_lines * width + 1
    truncated = len(text) > cap
    text = text[:cap].translate(_AS_SPACE)
    if not text:
        return [], False
    metrics = QFontMetrics(font)
    if max_lines == 1:
        only = _elide(metrics, text + ELLIPSIS if truncated else text, width)
        return [only], truncated or only != text
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    try:
        while len(spans) < max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            spans.append((line.textStart(), line.textLength()))
    finally:
        layout.endLayout()
    # Qt counts UTF-16 units, Python code points: an emoji is two of one and one of the other.
    units = text.encode("utf-16-le", errors="surrogatepass")

    def part(begin: int, end: int | None = None) -> str:
        chunk = units[2 * begin :] if end is None else units[2 * begin : 2 * end]
        return chunk.decode("utf-16-le", errors="surrogatepass")

    lines = [part(begin, begin + length).rstrip() for begin, length in spans[:-1]]
    # The last line takes the rest of the text, cut to the width ("…" only when cut).
    rest = part(spans[-1][0])
    # Cut before it reached the lines (zero-width characters): still say so with "…".
    last = _elide(metrics, rest + ELLIPSIS if truncated else rest, width)
    lines.append(last)
    return lines, truncated or last != rest


def _readable(text: str) -> str:
    # A tooltip or a spoken name is read whole: a megabyte of a server's text is not.
    return text if len(text) <= WHOLE_TEXT_CHARS else text[:WHOLE_TEXT_CHARS] + ELLIPSIS


def _elide(metrics: QFontMetrics, text: str, width: int) -> str:
    # Qt gives "" where not even "…" fits; a sign that something is there beats nothing.
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width) or ELLIPSIS


class ElidedLabel(QLabel):
    """A plain-text label that never widens its column and never clips without "…".

    ``setText``/``text`` work on the whole text; ``shown_text()`` is what is on screen and
    ``is_elided()`` says whether it was cut. Styles by objectName apply as to any QLabel.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, max_lines: int = 1):
        super().__init__(parent)
        self._full = ""
        self._max_lines = max(1, max_lines)
        self._elided = False
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)  # the lines are broken here, by width
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    # --- the text --------------------------------------------------------------------------

    def setText(self, text: str) -> None:
        self._full = text
        # The whole name for screen readers, whatever fits on screen (within reason).
        self.setAccessibleName(_readable(text))
        self._relayout()

    def text(self) -> str:
        """The whole text, however it is cut on screen."""
        return self._full

    def clear(self) -> None:
        self.setText("")

    def shown_text(self) -> str:
        """What the label shows: the lines it fits, the last one ending in "…" if cut."""
        return super().text()

    def is_elided(self) -> bool:
        return self._elided

    # --- sizes -----------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right() - 2 * self.margin()
        lines = max(1, len(self._lines(room)))
        extra = margins.top() + margins.bottom() + 2 * self.margin()
        return lines * self.fontMetrics().lineSpacing() + extra

    def minimumSizeHint(self) -> QSize:
        # Never asks for more than "…" of width: a long name cannot widen the window.
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(ELLIPSIS) * 2, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._relayout()

    # --- helpers ---------------------------------------------------------------------------

    def _lines(self, room: int) -> list[str]:
        return elided_lines(self._full, self.font(), room, self._max_lines)

    def _relayout(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        lines, self._elided = _fit(self._full, self.font(), room, self._max_lines)
        shown = "\n".join(lines)
        # Only a cut text needs the tooltip: on a whole one it would repeat what is there.
        self.setToolTip(_readable(self._full) if self._elided else "")
        if shown != super().text():
            super().setText(shown)
            self.updateGeometry()
