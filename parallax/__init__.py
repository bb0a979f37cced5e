"""Parallax: a translation-alignment workbench."""

__version__ = "0.1.0"
