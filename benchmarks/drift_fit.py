"""Fit the omission and addition weights on injected tuning seeds, with leave-one-seed-out checks.

The drift library judges omission and addition by a logistic combination of per-bead features
(``alignment.drift.OMISSION_ADDITION_FEATURES``). This script rebuilds the injected benchmark
documents of ``drift_inject.py`` for the *tuning* seeds only, collects those features, fits a
logistic regression per kind and reports, for a range of flag probabilities, the precision and
recall obtained when each seed is scored by weights fitted on the other seeds. The chosen
weights are printed as ``DriftConfig`` fields; copying them into the library is a deliberate
step, and the held-out seeds are then run once with ``drift_inject.py``.

    .venv/bin/python benchmarks/drift_fit.py --seeds 1-10 [--model use-m3] [--cache FILE]
"""

from __future__ import annotations

import argparse
import math
import sys
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from drift_inject import build_cases  # noqa: E402

from alignment.drift import (  # noqa: E402
    OMISSION_ADDITION_FEATURES,
    BeadPair,
    detect_drift,
    omission_addition_evidence,
)

KINDS = ("omission", "addition")


def parse_seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


def collect(seeds: list[int], encoder, rate: float = 0.5) -> dict[str, tuple[np.ndarray, ...]]:
    """Per kind: features, labels (this kind injected), seed and sentence group of each bead.

    Every seed perturbs the same real sentence pairs, so folds are made of *sentences* (five
    groups by a hash of the source sentence), not of seeds: a held-out fold then holds sentences
    the weights never saw, in any perturbed form.
    """
    rows: dict[str, list] = {k: [] for k in KINDS}
    for seed in seeds:
        for _name, sl, tl, injected in build_cases(seed, rate):
            report = detect_drift([BeadPair((x.source,), (x.target,)) for x in injected], sl, tl, encoder)
            for x, pair, cov in zip(injected, report.pairs, report.coverage, strict=True):
                for kind, ev in omission_addition_evidence(pair, report.stats, cov).items():
                    rows[kind].append((ev.features, x.kind == kind, seed, x.source))
    out = {}
    for kind, r in rows.items():
        out[kind] = (np.array([f for f, _, _, _ in r]), np.array([y for _, y, _, _ in r]),
                     np.array([s for _, _, s, _ in r]),
                     np.array([zlib.crc32(t.encode()) % 5 for _, _, _, t in r]))
    return out


def fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    return model.coef_[0], float(model.intercept_[0])


def cross_validated(x, y, groups, c: float) -> np.ndarray:
    """Probability of each bead under weights fitted without its sentence group."""
    prob = np.zeros(len(y))
    for s in np.unique(groups):
        held = groups == s
        w, b = fit(x[~held], y[~held], c)
        prob[held] = 1 / (1 + np.exp(-(x[held] @ w + b)))
    return prob


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="1-10", help="tuning seeds, e.g. 1-10 (never the held-out ones)")
    parser.add_argument("--model", default="use-m3")
    parser.add_argument("--cache", default=None)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--flag-omission", type=float, default=0.25, help="flag probability for omission")
    parser.add_argument("--flag-addition", type=float, default=0.3, help="flag probability for addition")
    args = parser.parse_args(argv)
    from models.cache import CachedEncoder
    from models.registry import load_encoder

    encoder = CachedEncoder(load_encoder(args.model), path=args.cache)
    seeds = parse_seeds(args.seeds)
    data = collect(seeds, encoder)
    for kind in KINDS:
        x, y, s, g = data[kind]
        prob = cross_validated(x, y, g, args.c)
        print(f"\n## {kind}: {int(y.sum())} injected of {len(y)} beads, seeds {args.seeds}")
        print("| flag at p ≥ | precision (CV by sentence) | recall (CV) | recall, worst seed |")
        print("|---|---|---|---|")
        for p in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
            pred = prob >= p
            tp = int((pred & y).sum())
            prec = tp / max(1, int(pred.sum()))
            rec = tp / max(1, int(y.sum()))
            worst = min((pred & y & (s == k)).sum() / max(1, (y & (s == k)).sum()) for k in np.unique(s))
            print(f"| {p:.2f} | {prec:.2f} | {rec:.2f} | {worst:.2f} |")
        w, b = fit(x, y, args.c)
        print("weights (all tuning seeds): " + ", ".join(
            f"{name} {v:+.2f}" for name, v in zip(OMISSION_ADDITION_FEATURES, w, strict=True)))
        flag = args.flag_omission if kind == "omission" else args.flag_addition
        bias = b - math.log(flag / (1 - flag))
        base = (w[0], w[1], -w[2], w[3], w[4])  # DriftConfig keeps the deficit weight's sign flipped
        print(f"DriftConfig (flag at p = {flag}): {kind}_weights = ({', '.join(f'{v:.2f}' for v in base)}), "
              f"{kind}_extra = ({', '.join(f'{v:.2f}' for v in w[5:])}), {kind}_bias = {bias:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
