"""How the aligner's time and memory grow with document length (embeddings precomputed).

Builds synthetic texts of N sentences a side whose true alignment is known
(mostly 1:1 with 1:2, 2:1, 2:2, 0:1 and 1:0 beads mixed in, as in real text),
gives the aligner unit vectors for every window, and times ``align_embeddings``
alone: no model, no embedding. Peak memory is what the aligner allocates on
top of its inputs (``tracemalloc``, which sees numpy buffers).

    .venv/bin/python benchmarks/align_growth.py            # 1k, 5k, 10k, 50k
    .venv/bin/python benchmarks/align_growth.py --sizes 1000 5000 --dim 512 --json

The bar (issue 4): 50k sentences take at most 60 times as long as 1k.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alignment.aligner import align_embeddings  # noqa: E402
from alignment.evaluation import score  # noqa: E402
from alignment.windows import WindowEmbeddings  # noqa: E402

KINDS = [(1, 1)] * 40 + [(1, 2)] * 3 + [(2, 1)] * 3 + [(2, 2), (0, 1), (1, 0), (1, 3)]


def synthetic_pair(n: int, dim: int, seed: int = 0, noise: float = 0.35):
    """Window embeddings of two ~n-sentence texts and their gold beads.

    Each bead of a×b sentences is an a×b grid of random "atoms": source sentence
    p sums row p, target sentence q sums column q, plus noise, so the two sides
    of a bead match as wholes and no single sentence pair does.
    """
    rng = np.random.default_rng(seed)
    src, tgt, src_len, tgt_len, gold = [], [], [], [], []
    i = j = 0
    while i < n and j < n:
        a, b = KINDS[rng.integers(len(KINDS))]
        atoms = rng.standard_normal((max(a, 1), max(b, 1), dim)).astype(np.float32)
        for p in range(a):
            part = atoms[p] if b else atoms[p, :1]
            src.append(part.sum(0) + noise * np.sqrt(len(part)) * rng.standard_normal(dim))
            src_len.append(60.0 * len(part) + rng.integers(0, 30))
        for q in range(b):
            part = atoms[:, q] if a else atoms[:1, q]
            tgt.append(part.sum(0) + noise * np.sqrt(len(part)) * rng.standard_normal(dim))
            tgt_len.append(66.0 * len(part) + rng.integers(0, 30))
        gold.append((tuple(range(i, i + a)), tuple(range(j, j + b))))
        i, j = i + a, j + b
    s = WindowEmbeddings.from_sentence_vectors(np.asarray(src, np.float32), 5, src_len)
    t = WindowEmbeddings.from_sentence_vectors(np.asarray(tgt, np.float32), 5, tgt_len)
    return s, t, gold


def measure(n: int, dim: int, repeats: int) -> dict[str, float]:
    s, t, gold = synthetic_pair(n, dim)
    best = float("inf")
    peak = 0
    result = None
    for _ in range(repeats):
        gc.collect()
        tracemalloc.start()
        start = time.perf_counter()
        result = align_embeddings(s, t)
        best = min(best, time.perf_counter() - start)
        peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert result is not None
    f1 = score(gold, [(b.source_ids, b.target_ids) for b in result.beads]).strict_f1
    inputs = (s.vectors.nbytes + t.vectors.nbytes) / 2**20
    return {
        "sentences": n,
        "target_sentences": t.n,
        "seconds": round(best, 3),
        "peak_mb": round(peak / 2**20, 1),
        "input_embeddings_mb": round(inputs, 1),
        "strict_f1": round(f1, 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000, 50000])
    parser.add_argument("--dim", type=int, default=512, help="vector size (USE-m3: 512, e5-small: 384)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per size below 20k (best is kept)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    warm_s, warm_t, _ = synthetic_pair(200, args.dim, seed=1)
    align_embeddings(warm_s, warm_t)  # compile the numba kernels before timing
    rows = []
    for n in args.sizes:
        row = measure(n, args.dim, args.repeats if n < 20_000 else 1)
        rows.append(row)
        if not args.json:
            base = rows[0]["seconds"]
            print(f"{n:>7} sentences  {row['seconds']:>8.3f} s  (x{row['seconds'] / base:5.1f} of "
                  f"{rows[0]['sentences']})  peak {row['peak_mb']:>7.1f} MB over "
                  f"{row['input_embeddings_mb']:.0f} MB of inputs  strict F1 {row['strict_f1']:.4f}",
                  flush=True)
    if args.json:
        print(json.dumps({"dim": args.dim, "rows": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
