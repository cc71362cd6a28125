"""Desktop integration files, installed in the wheel as ``flora_desktop.resources.desktop``
(``flora_desktop/services/desktop_entry.py`` copies them for the user)."""
