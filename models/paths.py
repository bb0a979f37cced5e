"""Where Parallax keeps what it builds or caches per user (converted models, embeddings)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """``$PARALLAX_CACHE_DIR`` when set, else the platform's user cache folder (~/.cache/parallax)."""
    override = os.environ.get("PARALLAX_CACHE_DIR", "").strip()
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("parallax", appauthor=False))


def models_dir() -> Path:
    """Folder of models built on first use (e.g. the expanded e5 weights)."""
    return cache_root() / "models"
