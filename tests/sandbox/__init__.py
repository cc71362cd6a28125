"""Tests for flora_desktop.sandbox."""
