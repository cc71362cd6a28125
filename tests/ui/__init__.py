"""Tests for flora_desktop.ui."""
