"""The search band: which DP nodes the aligner looks at, and how it is found.

A full n×m table is quadratic; the aligner instead finds a rough monotone 1:1
path first and then searches only a band of nodes around it. The rough path
itself comes from a pyramid: sentence vectors are pooled pairwise into blocks
of 2, 4, 8, … until the block grid is small enough to search whole; the path
found there is projected one level down, widened by a few blocks, searched
again inside that band, and so on down to single sentences. Each level costs
time proportional to its number of rows, so the whole search is linear.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from alignment import _kernels
from models.base import l2_normalise

BLOCK_ROWS = 32
"""Rows of DP nodes whose similarities are computed with one matrix product."""


@dataclass(frozen=True)
class Band:
    """Per-row node ranges ``lo[i] .. hi[i]`` (inclusive) and ragged offsets."""

    lo: np.ndarray
    hi: np.ndarray
    off: np.ndarray

    @property
    def n(self) -> int:
        return len(self.lo) - 1

    @property
    def m(self) -> int:
        return int(self.hi[-1])

    @property
    def size(self) -> int:
        """Number of nodes in the band."""
        return int(self.off[-1] + self.hi[-1] - self.lo[-1] + 1)

    def cells(self) -> tuple[np.ndarray, np.ndarray]:
        """Row and column of every node, in ragged order."""
        widths = self.hi - self.lo + 1
        rows = np.repeat(np.arange(self.n + 1, dtype=np.int64), widths)
        cols = np.arange(self.size, dtype=np.int64) - np.repeat(self.off - self.lo, widths)
        return rows, cols

    def contains(self, i: int, j: int) -> bool:
        return 0 <= i <= self.n and self.lo[i] <= j <= self.hi[i]


def make_band(lo: np.ndarray, hi: np.ndarray, m: int) -> Band:
    """A valid band from rough ranges: clipped, monotone, from (0, 0) to (n, m)."""
    lo = np.clip(np.asarray(lo, dtype=np.int64), 0, m)
    hi = np.clip(np.asarray(hi, dtype=np.int64), 0, m)
    lo[0] = 0
    hi[-1] = m
    lo = np.minimum.accumulate(lo[::-1])[::-1].copy()  # only widens
    hi = np.maximum.accumulate(hi)
    hi = np.maximum(hi, lo)
    widths = hi - lo + 1
    off = np.concatenate([[0], np.cumsum(widths[:-1])]).astype(np.int64)
    return Band(lo, hi, off)


def full_band(n: int, m: int) -> Band:
    return make_band(np.zeros(n + 1, np.int64), np.full(n + 1, m, np.int64), m)


def band_around(path: np.ndarray, n: int, m: int, radius: int, scale: int = 1) -> Band:
    """The band covering ``path`` (nodes, possibly at a coarser scale) widened by ``radius``.

    ``path`` is an array of (i, j) nodes in order; with ``scale`` 2 each node
    stands for node (2i, 2j) one level finer. Every row within ``radius`` rows
    of a path node gets that node's columns ± ``radius``.
    """
    jmin = np.full(n + 1, m + 1, dtype=np.int64)
    jmax = np.full(n + 1, -1, dtype=np.int64)
    nodes = np.minimum(np.asarray(path, dtype=np.int64) * scale, [n, m])
    # rasterise each step of the path (a step spans at most `scale` rows and columns)
    for step in range(len(nodes)):
        i0, j0 = nodes[step]
        i1, j1 = nodes[step + 1] if step + 1 < len(nodes) else nodes[step]
        for i in range(i0, i1 + 1):
            jmin[i] = min(jmin[i], j0)
            jmax[i] = max(jmax[i], j1)
    lo = jmin.copy()
    hi = jmax.copy()
    for d in range(1, radius + 1):
        lo[d:] = np.minimum(lo[d:], jmin[:-d])
        lo[:-d] = np.minimum(lo[:-d], jmin[d:])
        hi[d:] = np.maximum(hi[d:], jmax[:-d])
        hi[:-d] = np.maximum(hi[:-d], jmax[d:])
    missing = hi < 0
    if missing.any():  # rows the path never touched (cannot happen for a full path)
        lo[missing] = 0
        hi[missing] = m
    return make_band(lo - radius, hi + radius, m)


def band_similarities(
    src_vectors: np.ndarray,
    src_index: np.ndarray,
    tgt_vectors: np.ndarray,
    tgt_index: np.ndarray,
    band: Band,
    types: list[tuple[int, int]],
) -> np.ndarray:
    """Cosine of every bead of every type ending at a band node; ``NEG`` where impossible.

    ``*_index[k - 1, i]`` is the row of the window of k sentences starting at i.
    Computed a block of rows at a time with one matrix product per block and
    type, then scattered into the ragged layout.
    """
    n = band.n
    out = np.full((len(types), band.size), _kernels.NEG, dtype=np.float32)
    dummy = np.zeros((1, 1), dtype=np.float32)
    for t, (a, b) in enumerate(types):
        for i0 in range(0, n + 1, BLOCK_ROWS):
            i1 = min(n + 1, i0 + BLOCK_ROWS)
            first = max(i0, a)
            j0 = max(int(band.lo[first]) if first < i1 else 0, b)
            j1 = int(band.hi[i1 - 1])
            if first >= i1 or j1 < j0:
                _kernels.scatter_block(dummy, i0, i0, i1, 0, a, b, band.lo, band.hi, band.off, out[t])
                continue
            src_rows = src_index[a - 1, first - a : i1 - a]
            tgt_rows = tgt_index[b - 1, j0 - b : j1 - b + 1]
            mat = src_vectors[src_rows] @ tgt_vectors[tgt_rows].T
            _kernels.scatter_block(mat, first, i0, i1, j0, a, b, band.lo, band.hi, band.off, out[t])
    return out


def _halve(vectors: np.ndarray) -> np.ndarray:
    """Pool consecutive pairs of rows (the last alone when odd) and renormalise."""
    n = len(vectors)
    pooled = vectors[0 : n - n % 2 : 2] + vectors[1 : n - n % 2 : 2]
    if n % 2:
        pooled = np.vstack([pooled, vectors[-1:]])
    return l2_normalise(pooled)


def one_to_one_path(
    src: np.ndarray, tgt: np.ndarray, band: Band, skip: float, margin_k: int
) -> np.ndarray:
    """Best monotone path of 1:1 steps (value: cosine minus its neighbours' mean) and skips."""
    n, m = len(src), len(tgt)
    index_s = np.arange(n, dtype=np.int64)[None, :]
    index_t = np.arange(m, dtype=np.int64)[None, :]
    sims = band_similarities(src, index_s, tgt, index_t, band, [(1, 1)])
    type_a = np.array([1], dtype=np.int64)
    type_b = np.array([1], dtype=np.int64)
    ref_s, ref_t = _kernels.window_refs(band.lo, band.hi, band.off, type_a, type_b, sims, n, m, 1, margin_k)
    rows, cols = band.cells()
    valid = sims[0] > _kernels.NEG / 2
    values = np.full((1, band.size), _kernels.NEG, dtype=np.float64)
    r, c = rows[valid], cols[valid]
    values[0, valid] = sims[0, valid] - 0.5 * (ref_s[0, r - 1] + ref_t[0, c - 1])
    skip_s = np.full(n, skip)
    skip_t = np.full(m, skip)
    back, _ = _kernels.band_dp(band.lo, band.hi, band.off, type_a, type_b, values, skip_s, skip_t)
    beads = _kernels.trace_back(band.lo, band.off, type_a, type_b, back, n, m)
    nodes = np.vstack([[[0, 0]], beads[:, [0, 2]] + beads[:, [1, 3]]]) if len(beads) else np.zeros((1, 2))
    return nodes.astype(np.int64)


def rough_path(
    src: np.ndarray,
    tgt: np.ndarray,
    *,
    skip: float = -0.1,
    margin_k: int = 2,
    radius: int = 4,
    max_cells: int = 250_000,
) -> np.ndarray:
    """A 1:1 sentence path through (n, m), found coarse to fine (see module docstring)."""
    levels = [(src, tgt)]
    while (len(levels[-1][0]) + 1) * (len(levels[-1][1]) + 1) > max_cells and min(
        len(levels[-1][0]), len(levels[-1][1])
    ) > 1:
        s, t = levels[-1]
        levels.append((_halve(s), _halve(t)))
    s, t = levels[-1]
    path = one_to_one_path(s, t, full_band(len(s), len(t)), skip, margin_k)
    for s, t in reversed(levels[:-1]):
        band = band_around(path, len(s), len(t), radius, scale=2)
        path = one_to_one_path(s, t, band, skip, margin_k)
    return path
