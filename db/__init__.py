"""Parallax: db."""
