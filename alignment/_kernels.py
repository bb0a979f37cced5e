"""The aligner's hot loops, compiled with numba, over a *band* of DP nodes.

A DP node ``(i, j)`` means "the first i source and j target sentences are
aligned". The band keeps, for every row ``i`` (0..n), the contiguous node range
``lo[i] .. hi[i]`` (both non-decreasing). Per-node arrays are stored ragged:
node ``(i, j)`` lives at ``off[i] + j - lo[i]``. A bead of type ``(a, b)``
ending at node ``(i, j)`` starts at ``(i - a, j - b)``, which must be in the
band too. Everything else (features, calibration) is plain numpy elsewhere.
"""

from __future__ import annotations

import numba
import numpy as np

NEG = -1.0e30


@numba.njit(cache=True)
def scatter_block(mat, r0, i0, i1, j0, a, b, lo, hi, off, out):  # pragma: no cover - compiled
    """Copy ``mat[i - r0, j - j0]`` into ``out`` for band nodes of rows i0..i1-1.

    ``mat`` holds the similarity of the bead of type (a, b) ending at node
    (i, j); nodes whose bead would start outside the band get ``NEG``.
    """
    for i in range(i0, i1):
        s = i - a
        for j in range(lo[i], hi[i] + 1):
            t = j - b
            k = off[i] + j - lo[i]
            if s < 0 or t < 0 or t < lo[s] or t > hi[s]:
                out[k] = NEG
            else:
                out[k] = mat[i - r0, j - j0]


@numba.njit(cache=True)
def _push(buf, row, value):  # pragma: no cover - compiled
    """Keep the largest values seen in ``buf[row]`` (a tiny top-k)."""
    kk = buf.shape[1]
    worst = 0
    for q in range(1, kk):
        if buf[row, q] < buf[row, worst]:
            worst = q
    if value > buf[row, worst]:
        buf[row, worst] = value


@numba.njit(cache=True)
def _mean_kept(buf, row):  # pragma: no cover - compiled
    """Mean of the values kept in ``buf[row]`` (0 when none)."""
    total = 0.0
    count = 0
    for q in range(buf.shape[1]):
        v = buf[row, q]
        if v > NEG / 2:
            total += v
            count += 1
    return total / count if count else 0.0


@numba.njit(cache=True)
def window_refs(lo, hi, off, type_a, type_b, sims, n, m, max_size, k):  # pragma: no cover
    """Mean of the ``k`` best similarities of every source and target window.

    Over all bead types and band positions a window takes part in. Subtracting
    it from a bead's similarity is the hubness correction (a margin): a window
    that resembles everything around it gets no credit for resembling this one.
    """
    src_buf = np.full((max_size * n + 1, k), NEG)
    tgt_buf = np.full((max_size * m + 1, k), NEG)
    for ti in range(type_a.shape[0]):
        a = type_a[ti]
        b = type_b[ti]
        for i in range(n + 1):
            for j in range(lo[i], hi[i] + 1):
                v = sims[ti, off[i] + j - lo[i]]
                if v <= NEG / 2:
                    continue
                _push(src_buf, (a - 1) * n + (i - a), v)
                _push(tgt_buf, (b - 1) * m + (j - b), v)
    src = np.zeros((max_size, n))
    tgt = np.zeros((max_size, m))
    for a in range(max_size):
        for i in range(n):
            src[a, i] = _mean_kept(src_buf, a * n + i)
        for j in range(m):
            tgt[a, j] = _mean_kept(tgt_buf, a * m + j)
    return src, tgt


@numba.njit(cache=True)
def band_dp(lo, hi, off, type_a, type_b, values, skip_src, skip_tgt):  # pragma: no cover
    """Best-scoring monotone path from (0, 0) to (n, lo/hi end) through the band.

    ``values[t, node]`` is the value of the bead of type t ending at the node,
    ``skip_src[i]`` / ``skip_tgt[j]`` the value of leaving sentence i / j
    unaligned. Returns the ragged back-pointers: -1 start, -2 a 1:0 step,
    -3 a 0:1 step, else the bead type.
    """
    n = lo.shape[0] - 1
    total = off[n] + hi[n] - lo[n] + 1
    best = np.full(total, NEG)
    back = np.full(total, -1, dtype=np.int16)
    n_types = type_a.shape[0]
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            k = off[i] + j - lo[i]
            if i == 0 and j == 0:
                best[k] = 0.0
                continue
            bv = NEG
            bt = -1
            if i > 0 and lo[i - 1] <= j <= hi[i - 1]:
                v = best[off[i - 1] + j - lo[i - 1]] + skip_src[i - 1]
                if v > bv:
                    bv = v
                    bt = -2
            if j > lo[i]:
                v = best[k - 1] + skip_tgt[j - 1]
                if v > bv:
                    bv = v
                    bt = -3
            for t in range(n_types):
                val = values[t, k]
                if val <= NEG / 2:
                    continue
                s = i - type_a[t]
                u = j - type_b[t]
                v = best[off[s] + u - lo[s]] + val
                if v > bv:
                    bv = v
                    bt = t
            best[k] = bv
            back[k] = bt
    return back, best[total - 1]


@numba.njit(cache=True)
def trace_back(lo, off, type_a, type_b, back, n, m):  # pragma: no cover - compiled
    """Beads of the best path as (src_start, a, tgt_start, b) rows, in order."""
    out = np.zeros((n + m + 1, 4), dtype=np.int64)
    count = 0
    i = n
    j = m
    while i > 0 or j > 0:
        bt = back[off[i] + j - lo[i]]
        if bt == -2:
            a, b = 1, 0
        elif bt == -3:
            a, b = 0, 1
        elif bt >= 0:
            a, b = type_a[bt], type_b[bt]
        else:
            raise ValueError("no path through the band")
        i -= a
        j -= b
        out[count, 0] = i
        out[count, 1] = a
        out[count, 2] = j
        out[count, 3] = b
        count += 1
    return out[:count][::-1]


@numba.njit(cache=True)
def _logaddexp(x, y):  # pragma: no cover - compiled
    if x < y:
        x, y = y, x
    if y <= NEG / 2:
        return x
    return x + np.log1p(np.exp(y - x))


@numba.njit(cache=True)
def bead_marginals(lo, hi, off, type_a, type_b, values, skip_src, skip_tgt, temperature, beads):
    """Probability of each chosen bead under all paths through the band (forward-backward).

    Paths are weighted by exp(total value / temperature); ``beads`` holds rows
    (src_start, a, tgt_start, b) as ``trace_back`` returns them. A bead the
    best path takes but that many other good paths avoid gets a low value.
    """
    n = lo.shape[0] - 1
    total = off[n] + hi[n] - lo[n] + 1
    fwd = np.full(total, NEG)
    bwd = np.full(total, NEG)
    n_types = type_a.shape[0]
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            k = off[i] + j - lo[i]
            if i == 0 and j == 0:
                fwd[k] = 0.0
                continue
            acc = NEG
            if i > 0 and lo[i - 1] <= j <= hi[i - 1]:
                acc = _logaddexp(acc, fwd[off[i - 1] + j - lo[i - 1]] + skip_src[i - 1] / temperature)
            if j > lo[i]:
                acc = _logaddexp(acc, fwd[k - 1] + skip_tgt[j - 1] / temperature)
            for t in range(n_types):
                val = values[t, k]
                if val <= NEG / 2:
                    continue
                s = i - type_a[t]
                u = j - type_b[t]
                acc = _logaddexp(acc, fwd[off[s] + u - lo[s]] + val / temperature)
            fwd[k] = acc
    for i in range(n, -1, -1):
        for j in range(hi[i], lo[i] - 1, -1):
            k = off[i] + j - lo[i]
            if i == n and j == hi[n]:
                bwd[k] = 0.0
                continue
            acc = NEG
            if i < n and lo[i + 1] <= j <= hi[i + 1]:
                acc = _logaddexp(acc, bwd[off[i + 1] + j - lo[i + 1]] + skip_src[i] / temperature)
            if j < hi[i]:
                acc = _logaddexp(acc, bwd[k + 1] + skip_tgt[j] / temperature)
            for t in range(n_types):
                e = i + type_a[t]
                u = j + type_b[t]
                if e > n or u < lo[e] or u > hi[e]:
                    continue
                ke = off[e] + u - lo[e]
                val = values[t, ke]
                if val <= NEG / 2:
                    continue
                acc = _logaddexp(acc, bwd[ke] + val / temperature)
            bwd[k] = acc
    log_z = fwd[total - 1]
    out = np.zeros(beads.shape[0])
    for r in range(beads.shape[0]):
        i, a, j, b = beads[r, 0], beads[r, 1], beads[r, 2], beads[r, 3]
        ks = off[i] + j - lo[i]
        ke = off[i + a] + (j + b) - lo[i + a]
        if a == 1 and b == 0:
            val = skip_src[i]
        elif a == 0 and b == 1:
            val = skip_tgt[j]
        else:
            val = NEG
            for t in range(n_types):
                if type_a[t] == a and type_b[t] == b:
                    val = values[t, ke]
        out[r] = np.exp(min(0.0, fwd[ks] + val / temperature + bwd[ke] - log_z))
    return out
