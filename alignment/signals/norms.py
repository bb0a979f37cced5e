"""Robust statistics the signals judge a bead by: its distance from the document's own norms."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from alignment.drift_types import BeadPair, DocumentStats


def robust_location_scale(values: Sequence[float], floor: float = 1e-3) -> tuple[float, float]:
    """Median and MAD-based scale (×1.4826, so it estimates σ for normal data), floored."""
    arr = np.asarray([v for v in values if v is not None and math.isfinite(v)], dtype=float)
    if arr.size == 0:
        return 0.0, floor
    med = float(np.median(arr))
    mad = float(np.median(np.abs(arr - med))) * 1.4826
    return med, max(mad, floor)


def logistic(x: float) -> float:
    if x > 40:
        return 1.0
    if x < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def strength_below(z: float, threshold: float, slope: float) -> float:
    """0.5 at z = -threshold, towards 1 as z falls further."""
    return logistic(slope * (-z - threshold))


def log_ratio(source: str, target: str) -> float:
    return math.log((len(target) + 10.0) / (len(source) + 10.0))


def clip_z(z: float, limit: float = 6.0) -> float:
    return max(-limit, min(limit, z))


def pair_words(pair: BeadPair) -> int:
    return max(1, min(len(pair.source_text.split()), len(pair.target_text.split())))


def short_pair_spread(pair: BeadPair, stats: DocumentStats) -> float:
    """How much wider the similarity of a pair shorter than the document's median spreads.

    Embeddings of a few words vary more: on the Text+Berg dev gold pairs (faithful by definition)
    the robust spread of the similarity is 0.20 for pairs of under 6 words against 0.07 for pairs
    of over 25, roughly as 1/√words. So a short pair is judged against a spread widened by
    √(median words / its words); pairs of median length or longer keep the document's spread.
    """
    if stats.words_median <= 0:
        return 1.0
    return max(1.0, (stats.words_median / pair_words(pair)) ** 0.5)
