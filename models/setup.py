"""What the edge decides for the model back ends: where models are cached, threads, downloads.

The CLI, the workbench and a batch worker read these from their settings (``parallax.settings``)
and pass them in; nothing under ``models`` reads the environment.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ModelSetup:
    """Choices for loading models; the defaults are the single-user ones."""

    cache_dir: Path | None = None
    """Converted models and the embedding cache (None: the platform's user cache folder)."""
    threads: int | None = None
    """Threads one model may use (None: the back end's own choice)."""
    allow_download: bool = False
    """Whether a sentence-transformers model that is not on this machine may be downloaded."""

    def cache_root(self) -> Path:
        if self.cache_dir is not None:
            return Path(self.cache_dir).expanduser()
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("parallax", appauthor=False))

    def models_dir(self) -> Path:
        """Folder of models built on first use (e.g. the expanded e5 weights)."""
        return self.cache_root() / "models"

    def embedding_cache(self) -> Path:
        return self.cache_root() / "embeddings.sqlite"
