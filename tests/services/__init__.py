"""Tests for flora_desktop.services."""
