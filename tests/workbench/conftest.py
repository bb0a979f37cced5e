"""Workbench tests run against a fresh SQLite file and the fast test encoder unless told otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"


@pytest.fixture
def workbench_env(tmp_path, monkeypatch):
    """A private database and data folder; the hashing encoder so that aligning is instant."""
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PARALLAX_DATABASE_URL", f"sqlite:///{tmp_path / 'parallax.db'}")
    monkeypatch.setenv("PARALLAX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PARALLAX_MODEL", "hashing")
    monkeypatch.setenv("PARALLAX_USER", "tester")
    return tmp_path
