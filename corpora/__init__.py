"""Parallax: corpora."""
