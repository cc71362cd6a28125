"""Light and dark looks: follow the desktop's colour scheme, or a choice forced in Settings.

``style.qss`` is written in its light colours. Its ``theme`` section holds two kinds of
lines inside a comment, read here:

* ``@palette <scheme> <QPalette role> <colour>``: the Qt palette of each scheme, for the
  widgets the sheet does not style (menus, spin boxes, list items, dialogs);
* ``@dark <light colour> <dark colour>``: the dark partner of a light colour. Colours not
  listed get their lightness mirrored with the hue kept, so a section added later still
  turns dark; the table is for colours that need a hand-picked partner (accents, text on
  accents).

So widgets hold no colours, sections stay plain QSS, and the dark sheet is the light one
with every colour swapped.
"""

from __future__ import annotations

import colorsys
import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from flora_desktop.services.settings import THEME_CHOICES, ThemeChoice

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

__all__ = ["Scheme", "ThemeManager", "ThemeTable", "dark_partner", "darken_sheet"]

log = logging.getLogger(__name__)

Scheme = Literal["light", "dark"]
# Dark backgrounds stop above black and light text below white: both are easier to read.
DARK_LIGHTNESS_FLOOR = 0.11
DARK_LIGHTNESS_CEILING = 0.91
# Mirrored pastels would glow; dark partners are a little less saturated.
DARK_SATURATION = 0.8
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
_PALETTE_LINE = re.compile(r"^\s*@palette\s+(light|dark)\s+(\w+)\s+(#[0-9a-fA-F]{6})\s*$")
_DARK_LINE = re.compile(r"^\s*@dark\s+(#[0-9a-fA-F]{6})\s+(#[0-9a-fA-F]{6})\s*$")


def _expand(colour: str) -> str:
    digits = colour[1:].lower()
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits


def dark_partner(colour: str) -> str:
    """A light-theme colour's dark partner: lightness mirrored into the dark range, same hue."""
    value = _expand(colour)
    red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    span = DARK_LIGHTNESS_CEILING - DARK_LIGHTNESS_FLOOR
    mirrored = DARK_LIGHTNESS_FLOOR + (1.0 - lightness) * span
    rgb = colorsys.hls_to_rgb(hue, mirrored, saturation * DARK_SATURATION)
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


@dataclass(frozen=True)
class ThemeTable:
    """What the sheet's theme section says: palettes per scheme and hand-picked dark colours."""

    palettes: dict[Scheme, dict[str, str]] = field(default_factory=dict)
    dark: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, sheet: str) -> ThemeTable:
        palettes: dict[Scheme, dict[str, str]] = {"light": {}, "dark": {}}
        dark: dict[str, str] = {}
        for line in sheet.splitlines():
            if match := _PALETTE_LINE.match(line):
                scheme: Scheme = "dark" if match[1] == "dark" else "light"
                palettes[scheme][match[2]] = match[3].lower()
            elif match := _DARK_LINE.match(line):
                dark[match[1].lower()] = match[2].lower()
        return cls(palettes, dark)

    def dark_colour(self, colour: str) -> str:
        value = _expand(colour)
        return self.dark.get(value) or dark_partner(value)

    def palette(self, scheme: Scheme) -> QPalette:
        """A full palette: unnamed roles derived by Qt from the Window and Button colours."""
        roles = self.palettes.get(scheme, {})
        window = QColor(roles.get("Window", "#f6f5f2" if scheme == "light" else "#1c1d1f"))
        palette = QPalette(QColor(roles.get("Button", window.name())), window)
        for name, colour in roles.items():
            role = getattr(QPalette.ColorRole, name, None)
            if role is None:
                log.warning("style.qss names an unknown palette role %r", name)
                continue
            palette.setColor(role, QColor(colour))
            if role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                # Disabled text: half way to the background, in either scheme.
                muted = QColor(colour)
                muted.setAlphaF(0.45)
                palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
        return palette


def darken_sheet(sheet: str, table: ThemeTable | None = None) -> str:
    """The same sheet with every colour replaced by its dark partner."""
    table = table if table is not None else ThemeTable.parse(sheet)
    return _COLOUR.sub(lambda match: table.dark_colour(match[0]), sheet)


def system_scheme() -> Scheme:
    """The desktop's scheme now; light when the platform does not say."""
    # Here, not at the top: the first read of a ``Qt`` enum builds Qt's whole namespace of
    # enums (~15 ms CPU), which start-up leaves until after the first paint.
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def provisional_scheme() -> Scheme:
    """The desktop's scheme as the platform's palette suggests, for the first frame.

    ``colorScheme()`` returns a ``Qt.ColorScheme``, and that builds Qt's namespace of enums
    before the first paint; the platform's palette follows the scheme on the desktops Qt
    supports. Call it before the app sets a palette of its own;
    ``ThemeManager.check_desktop()`` reads the real scheme after the first paint.
    """
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightnessF() < 0.5 else "light"


class ThemeManager(QObject):
    """Applies the light or dark look to the app and keeps it in step with the desktop.

    Signals:
        scheme_changed(str): the look in use changed to ``"light"`` or ``"dark"``.
    """

    scheme_changed = Signal(str)

    def __init__(
        self,
        app: QApplication,
        sheet: str,
        choice: ThemeChoice = "system",
        parent: QObject | None = None,
        *,
        system: Scheme | None = None,
    ) -> None:
        """``system``: the desktop's scheme if already known (``provisional_scheme()``),
        else it is read now."""
        super().__init__(parent)
        self._app = app
        self._light_sheet = sheet
        self._table = ThemeTable.parse(sheet)
        self._dark_sheet: str | None = None  # built on first use
        self._choice: ThemeChoice = choice
        self._system: Scheme = system if system is not None else system_scheme()
        self._applied: Scheme | None = None
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)
        self._following = True

    @property
    def choice(self) -> ThemeChoice:
        return self._choice

    @property
    def scheme(self) -> Scheme:
        """The look in use: the forced one, else the desktop's."""
        return self._system if self._choice == "system" else self._choice

    def set_choice(self, choice: ThemeChoice) -> None:
        if choice not in THEME_CHOICES:
            raise ValueError(f"unknown theme {choice!r}")
        self._choice = choice
        self.apply()

    def sheet_for(self, scheme: Scheme) -> str:
        if scheme == "light":
            return self._light_sheet
        if self._dark_sheet is None:
            self._dark_sheet = darken_sheet(self._light_sheet, self._table)
        return self._dark_sheet

    def apply(self) -> None:
        """Set the palette and sheet for ``scheme`` (again only when it changed)."""
        scheme = self.scheme
        if scheme == self._applied:
            return
        self._app.setPalette(self._table.palette(scheme))
        self._app.setStyleSheet(self.sheet_for(scheme))
        # Lets a widget (or a test) tell the looks apart without colours.
        self._app.setProperty("colorScheme", scheme)
        self._applied = scheme
        log.info("theme: %s (%s)", scheme, self._choice)
        self.scheme_changed.emit(scheme)

    def check_desktop(self) -> None:
        """Read the desktop's scheme again (start-up guessed it) and follow it if it differs."""
        self._system = system_scheme()
        if self._choice == "system":
            self.apply()

    def detach(self) -> None:
        """Stop following the desktop's scheme (the look stays as it is); idempotent."""
        if self._following:
            self._following = False
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._on_system_scheme)

    def _on_system_scheme(self, scheme: Qt.ColorScheme) -> None:
        from PySide6.QtCore import Qt

        self._system = "dark" if scheme == Qt.ColorScheme.Dark else "light"
        if self._choice == "system":
            self.apply()
