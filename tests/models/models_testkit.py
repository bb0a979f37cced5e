"""Shared bits for the models tests (imported by path; tests use --import-mode=importlib)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from models.cache import CachedEncoder
from models.fake import HashingEncoder

REPO = Path(__file__).resolve().parents[2]
PARALLEL_TSV = REPO / "benchmarks" / "data" / "en_fr_ru.tsv"


class CountingEncoder(HashingEncoder):
    """A HashingEncoder that records every text it is asked to encode."""

    def __init__(self, dim: int = 64) -> None:
        super().__init__(dim)
        self.calls: list[list[str]] = []

    def encode(self, texts, batch_size=32, progress=None) -> np.ndarray:  # type: ignore[override]
        self.calls.append(list(texts))
        return super().encode(texts, batch_size=batch_size, progress=progress)

    @property
    def encoded(self) -> list[str]:
        return [t for call in self.calls for t in call]


def parallel_sentences(limit: int | None = None) -> list[tuple[str, str, str]]:
    """(en, fr, ru) triples written for the project."""
    rows = []
    for line in PARALLEL_TSV.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            en, fr, ru = line.split("\t")
            rows.append((en, fr, ru))
    return rows[:limit] if limit else rows


def cache_writer(path: str, worker: int, rounds: int) -> None:
    """Run in a separate process: writes overlapping texts into one cache file."""
    cached = CachedEncoder(HashingEncoder(64), path)
    for r in range(rounds):
        # overlapping texts: every worker writes some that the others write too
        texts = [f"shared sentence {r} {i}" for i in range(20)] + [f"own {worker} {r} {i}" for i in range(20)]
        cached.encode(texts, batch_size=7)
        cached.close()  # reopen each round to stress connection set-up too
