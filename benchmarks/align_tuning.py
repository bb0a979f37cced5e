"""Tune the aligner on project-made documents derived from Text+Berg dev only (never test).

Why: dev alone (58 % 1:1 beads, OCR debris) is a poor guide to ordinary documents (74 % 1:1 in
the test set's published statistics). So the tuning set is dev plus re-samplings of dev's own gold
beads: every 1:1 bead is kept, every other bead is kept with a probability that gives the wanted
share of 1:1 beads; the kept beads are concatenated in order, so the gold is known exactly.

Objective (fixed before any run): the mean, over dev and the four re-samplings (seeds 1-4;
seeds 1, 2 at 74 % 1:1, seeds 3, 4 at 85 % 1:1), of strict F1; ties broken by the mean lax F1.

    .venv/bin/python benchmarks/align_tuning.py            # the defaults on the tuning set
    .venv/bin/python benchmarks/align_tuning.py --search   # coordinate search from the defaults
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alignment.aligner import AlignParams, align_embeddings, embed_text  # noqa: E402
from alignment.evaluation import read_gold, read_lines, score  # noqa: E402

BENCH = ROOT / ".." / "shared" / "bench" / "text-berg-de-fr"
RESAMPLINGS = [(1, 0.74), (2, 0.74), (3, 0.85), (4, 0.85)]

Bead = tuple[tuple[int, ...], tuple[int, ...]]


def resample(src: list[str], tgt: list[str], gold: list[Bead], seed: int, share_11: float):
    """A document made of dev's gold beads, with about ``share_11`` of them 1:1."""
    ones = sum(1 for s, t in gold if len(s) == 1 and len(t) == 1)
    others = len(gold) - ones
    keep_other = min(1.0, ones * (1 - share_11) / share_11 / max(others, 1))
    rng = random.Random(seed)
    new_src: list[str] = []
    new_tgt: list[str] = []
    new_gold: list[Bead] = []
    for s, t in gold:
        if not (len(s) == 1 and len(t) == 1) and rng.random() >= keep_other:
            continue
        src_ids = tuple(range(len(new_src), len(new_src) + len(s)))
        new_gold.append((src_ids, tuple(range(len(new_tgt), len(new_tgt) + len(t)))))
        new_src += [src[i] for i in s]
        new_tgt += [tgt[j] for j in t]
    return new_src, new_tgt, new_gold


def tuning_documents() -> list[tuple[str, list[str], list[str], list[Bead]]]:
    """Dev and its re-samplings: (name, source sentences, target sentences, gold)."""
    src, tgt = read_lines(BENCH / "dev.de"), read_lines(BENCH / "dev.fr")
    gold = read_gold(BENCH / "dev.defr")
    docs = [("dev", src, tgt, gold)]
    for seed, share in RESAMPLINGS:
        docs.append((f"dev-rs{seed}-{round(share * 100)}", *resample(src, tgt, gold, seed, share)))
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="use-m3")
    parser.add_argument("--search", action="store_true")
    parser.add_argument("--params", default="{}", help="JSON of AlignParams fields to start from")
    args = parser.parse_args()
    from models.registry import load_encoder

    encoder = load_encoder(args.model, cache=True)
    base = replace(AlignParams(), **json.loads(args.params))
    docs = tuning_documents()
    embedded = [
        (name, embed_text(s, encoder, base, None), embed_text(t, encoder, base, None), g)
        for name, s, t, g in docs
    ]

    def evaluate(params: AlignParams, show: bool = False) -> tuple[float, float]:
        strict, lax = [], []
        for name, sw, tw, gold in embedded:
            beads = align_embeddings(sw, tw, params=params).beads
            sc = score(gold, [(b.source_ids, b.target_ids) for b in beads])
            strict.append(sc.strict_f1)
            lax.append(sc.lax_f1)
            if show:
                print(f"  {name:14s} beads {len(beads):4d}/{len(gold):4d} "
                      f"strict {sc.strict_f1:.4f} lax {sc.lax_f1:.4f}")
        return sum(strict) / len(strict), sum(lax) / len(lax)

    best = evaluate(base, show=True)
    print(f"start objective strict {best[0]:.4f} lax {best[1]:.4f}", flush=True)
    if not args.search:
        return 0
    grid = {
        "merge_penalty": [0.06, 0.1, 0.14, 0.18, 0.22, 0.26],
        "margin_weight": [0.55, 0.65, 0.75, 0.85, 0.95],
        "offset": [-0.2, -0.16, -0.12, -0.08, -0.04],
        "skip": [-0.45, -0.4, -0.35, -0.3, -0.25],
        "length_weight": [0.2, 0.28, 0.35, 0.42, 0.5],
        "skip_floor": [0.4, 0.45, 0.5, 0.55, 0.6],
        "margin_k": [1, 2, 3],
    }
    params = base
    for rnd in range(2):
        for key, values in grid.items():
            results = [(evaluate(replace(params, **{key: v})), v) for v in values]
            print(rnd, key, [(v, round(r[0], 4)) for r, v in results], flush=True)
            top, value = max(results, key=lambda x: x[0])
            if top > best:
                best, params = top, replace(params, **{key: value})
        print(f"round {rnd}: {best} {json.dumps({k: getattr(params, k) for k in grid})}", flush=True)
    evaluate(params, show=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
