"""The light/dark look: the dark sheet swaps every colour; follows the desktop or a choice."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from flora_desktop.ui.assets import stylesheet_text
from flora_desktop.ui.theme import ThemeManager, ThemeTable, dark_partner, darken_sheet

COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[QApplication]:
    """Puts the app's palette, sheet and scheme property back after the test."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    for manager in qapp.findChildren(ThemeManager):
        manager.detach()
        manager.setParent(None)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setProperty("colorScheme", None)


def lightness(colour: str) -> float:
    return QColor(colour).lightnessF()


def test_every_colour_of_the_sheet_turns_dark_and_keeps_its_contrast() -> None:
    sheet = stylesheet_text()
    table = ThemeTable.parse(sheet)
    dark = darken_sheet(sheet, table)

    light_colours = set(COLOUR.findall(sheet))
    assert light_colours, "style.qss has no colours?"
    # The page background and body text swap ends: dark page, light text.
    assert lightness(table.dark_colour("#f6f5f2")) < 0.2
    assert lightness(table.dark_colour("#1d1c1a")) > 0.8
    for colour in light_colours:
        partner = table.dark_colour(colour)
        assert partner in dark
        # Light surfaces become dark ones and dark text light text.
        if lightness(colour) > 0.85:
            assert lightness(partner) < 0.35, (colour, partner)
        if lightness(colour) < 0.3:
            assert lightness(partner) > 0.6, (colour, partner)
    # Only the theme section's own table mentions light colours in the dark sheet.
    rules = dark.split("/* ==== theme")[0]
    assert not set(COLOUR.findall(rules)) & {"#ffffff", "#f6f5f2"}


def test_hand_picked_partners_win_and_others_keep_their_hue() -> None:
    table = ThemeTable.parse("/*\n   @dark #3a63c9 #7f9ef0\n*/")
    assert table.dark_colour("#3A63C9") == "#7f9ef0"
    red = QColor(dark_partner("#fdeceb"))
    assert abs(red.hslHueF() - QColor("#fdeceb").hslHueF()) < 0.03
    assert dark_partner("#fff") == dark_partner("#ffffff")


def test_palettes_come_from_the_sheet() -> None:
    table = ThemeTable.parse(stylesheet_text())
    light, dark = table.palette("light"), table.palette("dark")
    assert light.color(QPalette.ColorRole.Window).lightnessF() > 0.9
    assert dark.color(QPalette.ColorRole.Window).lightnessF() < 0.2
    assert dark.color(QPalette.ColorRole.Text).lightnessF() > 0.8


def test_a_forced_choice_applies_at_once_and_signals(app_look: QApplication) -> None:
    theme = ThemeManager(app_look, stylesheet_text(), "light", parent=app_look)
    seen: list[str] = []
    theme.scheme_changed.connect(seen.append)
    theme.apply()

    theme.set_choice("dark")

    assert seen == ["light", "dark"]
    assert app_look.property("colorScheme") == "dark"
    assert app_look.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.2
    assert "#f6f5f2" not in app_look.styleSheet().split("/* ==== theme")[0]
    with pytest.raises(ValueError, match="unknown theme"):
        theme.set_choice("sepia")  # type: ignore[arg-type]


def test_system_choice_follows_the_desktop_scheme(app_look: QApplication) -> None:
    theme = ThemeManager(app_look, stylesheet_text(), "system", parent=app_look)
    theme.apply()
    hints = QGuiApplication.styleHints()

    # What the platform sends when the desktop switches (offscreen never does by itself).
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.scheme == "dark"
    assert app_look.property("colorScheme") == "dark"
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert app_look.property("colorScheme") == "light"

    # A forced choice ignores the desktop.
    theme.set_choice("light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert app_look.property("colorScheme") == "light"


def test_a_guessed_desktop_scheme_is_checked_and_followed(app_look: QApplication) -> None:
    # Start-up guesses the scheme for the first frame (asking builds Qt's enums) and
    # checks the desktop's own after the paint: offscreen says light.
    theme = ThemeManager(app_look, stylesheet_text(), "system", parent=app_look, system="dark")
    seen: list[str] = []
    theme.scheme_changed.connect(seen.append)
    theme.apply()
    assert app_look.property("colorScheme") == "dark"

    theme.check_desktop()

    assert seen == ["dark", "light"]
    assert app_look.property("colorScheme") == "light"
    # A forced choice stays as it is whatever the check finds.
    theme.set_choice("dark")
    theme.check_desktop()
    assert app_look.property("colorScheme") == "dark"


def test_the_guess_follows_the_platform_palette(qapp: QApplication) -> None:
    from flora_desktop.ui.theme import provisional_scheme

    palette = qapp.palette()
    try:
        dark = QPalette(palette)
        dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
        qapp.setPalette(dark)
        assert provisional_scheme() == "dark"
        light = QPalette(palette)
        light.setColor(QPalette.ColorRole.Window, QColor("#f0f0f0"))
        qapp.setPalette(light)
        assert provisional_scheme() == "light"
    finally:
        qapp.setPalette(palette)
