"""What the command-line tests share: a clean SQLite database with the hashing model."""

from __future__ import annotations

import pytest


@pytest.fixture
def hashing_db(tmp_path, monkeypatch):
    """A fresh SQLite database, the hashing model, a private cache and user; runs in ``tmp_path``."""
    monkeypatch.setenv("PARALLAX_DATABASE_URL", f"sqlite:///{tmp_path / 'parallax.db'}")
    monkeypatch.setenv("PARALLAX_MODEL", "hashing")
    monkeypatch.setenv("PARALLAX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PARALLAX_USER", "tester")
    monkeypatch.chdir(tmp_path)
    return tmp_path
