"""Tests for flora_desktop.api."""
