"""Dialogs: settings and the keyboard shortcuts sheet."""
