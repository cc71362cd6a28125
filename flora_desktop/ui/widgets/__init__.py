"""Widgets the pages are assembled from."""
