"""FLORA Desktop's style sheet, icons and translations, installed as flora_desktop.resources."""
