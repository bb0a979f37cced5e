"""A deterministic, dependency-free encoder for fast unit tests.

It hashes character trigrams and words into a fixed-size vector, so equal
texts get equal vectors and texts that share words are close. It knows no
languages: use it for testing plumbing, never to judge alignment quality.
"""

from __future__ import annotations

import hashlib

import numpy as np

from models.base import EncoderInfo, ProgressCallback, clip_texts, input_chars, l2_normalise


class HashingEncoder:
    """Bag of hashed words and character trigrams."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.name = f"hashing-{dim}"
        self.max_tokens = 10_000
        self.info = EncoderInfo("hashing")

    def words(self) -> HashingEncoder:
        return self

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        lowered = text.lower()
        features = lowered.split() + [lowered[i : i + 3] for i in range(max(0, len(lowered) - 2))]
        for feature in features:
            digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
            bucket = int.from_bytes(digest[:4], "little") % self.dim
            sign = 1.0 if digest[4] & 1 else -1.0
            vec[bucket] += sign
        return vec

    def encode(
        self,
        texts: list[str],
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        texts = clip_texts(list(texts), input_chars(self))  # read like a real model (see models.base)
        rows = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            for i, text in enumerate(texts[start : start + batch_size], start):
                rows[i] = self._vector(text)
            if progress is not None:
                progress(min(start + batch_size, len(texts)), len(texts))
        return l2_normalise(rows) if len(texts) else rows
