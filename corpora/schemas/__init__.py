"""Document type definitions Parallax keeps for validating what it writes (package data)."""

from __future__ import annotations

from pathlib import Path

SCHEMA_DIR = Path(__file__).resolve().parent


def tmx_dtd_path() -> Path:
    """The TMX 1.4b DTD, written from the specification (used by tests and ``validate_tmx``)."""
    return SCHEMA_DIR / "tmx14b.dtd"
