"""Whole pages the main window shows."""
