"""Figures for drift benchmarks at realistic base rates (issue 16).

At 2–6 % drift a detector's precision is driven by how often it flags faithful pairs, so besides
precision and recall these figures count false alarms per 100 untouched pairs, rank quality
(PR-AUC) and what a reviser sees first: the precision of the top k of a document's review queue.
Plain functions over lists, no model, so the tests can check them on hand-made examples.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

TOP_K = (10, 25)


def average_precision(labels: Sequence[bool], scores: Sequence[float]) -> float:
    """Area under the precision-recall curve (step-wise, as scikit-learn does); NaN without positives."""
    order = np.argsort(-np.asarray(scores, dtype=float), kind="mergesort")
    y = np.asarray(labels, dtype=bool)[order]
    s = np.asarray(scores, dtype=float)[order]
    total = int(y.sum())
    if total == 0:
        return float("nan")
    ap, tp, prev_recall = 0.0, 0, 0.0
    i = 0
    while i < len(y):
        j = i
        while j + 1 < len(y) and s[j + 1] == s[i]:
            j += 1
        tp += int(y[i : j + 1].sum())
        precision = tp / (j + 1)
        recall = tp / total
        ap += (recall - prev_recall) * precision
        prev_recall = recall
        i = j + 1
    return ap


def prf(labels: Sequence[bool], preds: Sequence[bool]) -> tuple[float, float, int, int, int]:
    """Precision, recall, tp, fp, fn (NaN where undefined)."""
    tp = sum(a and b for a, b in zip(labels, preds, strict=True))
    fp = sum(b and not a for a, b in zip(labels, preds, strict=True))
    fn = sum(a and not b for a, b in zip(labels, preds, strict=True))
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return p, r, tp, fp, fn


def false_alarms_per_100(untouched: Sequence[bool], preds: Sequence[bool]) -> float:
    """Flags on untouched pairs per 100 untouched pairs: the rate a reviser meets on faithful text."""
    n = sum(untouched)
    if not n:
        return float("nan")
    return 100.0 * sum(u and p for u, p in zip(untouched, preds, strict=True)) / n


def top_k_precision(labels: Sequence[bool], scores: Sequence[float], k: int) -> float:
    """Share of drifted pairs among the k highest-scored ones (ties kept in document order).

    Divides by k (by the document's size when it is smaller), so a document with fewer than k
    drifted pairs cannot reach 1.0: see ``top_k_ceiling``.
    """
    if not labels:
        return float("nan")
    order = np.argsort(-np.asarray(scores, dtype=float), kind="mergesort")[:k]
    return float(np.asarray(labels, dtype=bool)[order].sum()) / len(order)


def top_k_ceiling(labels: Sequence[bool], k: int) -> float:
    """The best top-k precision a perfect ranking could reach on this document."""
    if not labels:
        return float("nan")
    return min(sum(labels), k) / min(k, len(labels))


def kind_figures(labels: Sequence[bool], preds: Sequence[bool], untouched: Sequence[bool],
                 scores: Sequence[float]) -> dict:
    """Precision, recall, false alarms per 100 untouched pairs and PR-AUC of one kind (or any kind)."""
    p, r, tp, fp, fn = prf(labels, preds)
    return {"n": sum(labels), "precision": p, "recall": r, "tp": tp, "fp": fp, "fn": fn,
            "false_alarms": sum(u and q for u, q in zip(untouched, preds, strict=True)),
            "false_alarms_per_100": false_alarms_per_100(untouched, preds),
            "pr_auc": average_precision(labels, scores)}


def mean(values: Sequence[float]) -> float:
    """Mean of the defined values (NaN if none)."""
    ok = [v for v in values if not math.isnan(v)]
    return sum(ok) / len(ok) if ok else float("nan")


def value_range(values: Sequence[float]) -> tuple[float, float]:
    """(min, max) of the defined values, NaNs when none."""
    ok = [v for v in values if not math.isnan(v)]
    return (min(ok), max(ok)) if ok else (float("nan"), float("nan"))
