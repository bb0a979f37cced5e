"""Split decisions judged bead by bead: is a merged bead's best split nearly as good?

The best path merges where the merged bead is worth more than any split of it. ``split_merged``
re-opens each merged bead (both sides non-empty, three sentences or more), finds the best way to
cover the same sentences with smaller beads (a small DP over the bead's own rectangle, with the
same bead values and skips), and takes it when it is worth at most ``slack`` less. A knob of
``AlignParams`` (``split_slack``), off by default: on Text+Berg dev every slack tried lost
(docs/benchmarks.md).
"""

from __future__ import annotations

import numpy as np

from alignment import _kernels
from alignment.band import Band


def split_merged(rows: np.ndarray, band: Band, types: list[tuple[int, int]], values: np.ndarray,
                  skip_s: np.ndarray, skip_t: np.ndarray, slack: float) -> np.ndarray:
    """Replace each merged bead by its best split when that is worth at most ``slack`` less."""
    type_of = {t: k for k, t in enumerate(types)}

    def value(i: int, a: int, j: int, b: int) -> float:
        if not band.contains(i + a, j + b) or not band.contains(i, j):
            return _kernels.NEG
        if (a, b) == (1, 0):
            return float(skip_s[i])
        if (a, b) == (0, 1):
            return float(skip_t[j])
        k = type_of.get((a, b))
        if k is None:
            return _kernels.NEG
        return float(values[k, band.off[i + a] + j + b - band.lo[i + a]])

    out = []
    for i0, a0, j0, b0 in rows.tolist():
        if a0 + b0 <= 2 or a0 == 0 or b0 == 0:
            out.append((i0, a0, j0, b0))
            continue
        best = {(0, 0): (0.0, None)}
        for di in range(a0 + 1):
            for dj in range(b0 + 1):
                if (di, dj) == (0, 0):
                    continue
                cand = (_kernels.NEG, None)
                for a in range(di + 1):
                    for b in range(dj + 1):
                        if (a, b) == (0, 0) or (a, b) == (a0, b0) or (di - a, dj - b) not in best:
                            continue
                        prev = best[(di - a, dj - b)][0]
                        v = prev + value(i0 + di - a, a, j0 + dj - b, b)
                        if v > cand[0]:
                            cand = (v, (a, b))
                best[(di, dj)] = cand
        whole = value(i0, a0, j0, b0)
        alt = best[(a0, b0)][0]
        if alt < whole - slack or alt <= _kernels.NEG / 2:
            out.append((i0, a0, j0, b0))
            continue
        parts = []
        di, dj = a0, b0
        while (di, dj) != (0, 0):
            a, b = best[(di, dj)][1]
            parts.append((i0 + di - a, a, j0 + dj - b, b))
            di, dj = di - a, dj - b
        out.extend(reversed(parts))
    return np.array(out, dtype=np.int64).reshape(-1, 4)
