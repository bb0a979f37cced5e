"""Parallax: alignment."""
