"""The batch loop every back end shares: encode slices, report progress, normalise."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from models.base import ProgressCallback, l2_normalise


def encode_in_batches(
    texts: list[str],
    dim: int,
    batch_size: int,
    encode_batch: Callable[[list[str]], np.ndarray],
    progress: ProgressCallback | None = None,
    sort_by_length: bool = False,
) -> np.ndarray:
    """Run ``encode_batch`` over slices of ``texts`` and return unit-norm float32 rows.

    Slicing here (not inside each back end) is what makes ``progress(done, total)``
    behave the same for every model; an empty input gives a (0, dim) array.
    ``sort_by_length`` batches texts of similar length together (less padding for
    transformers); rows still come back in the input order.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    total = len(texts)
    order = sorted(range(total), key=lambda i: len(texts[i])) if sort_by_length else list(range(total))
    out = np.zeros((total, dim), dtype=np.float32)
    for start in range(0, total, batch_size):
        rows = order[start : start + batch_size]
        chunk = [texts[i] for i in rows]
        out[rows] = np.asarray(encode_batch(chunk), dtype=np.float32).reshape(len(chunk), dim)
        if progress is not None:
            progress(start + len(chunk), total)
    return l2_normalise(out, in_place=True) if total else out
