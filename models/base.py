"""The one interface every embedding back end implements."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

import numpy as np

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while a long encode runs."""


@runtime_checkable
class Encoder(Protocol):
    """Turns sentences into unit-norm float32 vectors.

    ``name`` identifies the model and its version (recorded with every result),
    ``dim`` is the vector size and ``max_tokens`` the longest input it reads.
    """

    name: str
    dim: int
    max_tokens: int

    def encode(
        self,
        texts: list[str],
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray: ...


def l2_normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero); always float32."""
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32, copy=False)
