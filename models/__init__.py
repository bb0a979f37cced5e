"""Parallax: models."""
