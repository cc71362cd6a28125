"""FLORA Desktop: launch FLORA technique runs from the desktop."""

__version__ = "0.1.0"
