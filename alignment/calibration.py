"""Per-document calibration: turn raw bead similarities into probabilities.

Raw cosines mean different things for different models and documents (e5 puts
unrelated pairs at ~0.78, USE at ~0.1), so a fixed cut-off is useless. Each
document instead supplies its own reference of *wrong* pairs: every aligned
bead's source side compared with target windows of the same size shifted a few
sentences away (pairs that are, for a near-correct alignment, certainly not
translations). The similarities of the aligned beads are then modelled as a
two-component mixture:

* "implausible": a normal distribution fitted (robustly: median and scaled MAD)
  to the shifted pairs, and then kept fixed;
* "plausible": a normal distribution whose mean, spread and weight are fitted by
  EM to the aligned beads.

A bead's score is the posterior probability of the plausible component. A 1:0
or 0:1 bead (an omission or addition) scores ``1 - P(plausible)`` of the best
window it could have been paired with nearby, i.e. the probability that leaving
it unaligned was right.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MIN_SPREAD = 0.02


@dataclass(frozen=True)
class Calibration:
    """The fitted mixture (kept with the alignment so scores can be explained)."""

    null_mean: float
    null_sd: float
    match_mean: float
    match_sd: float
    match_weight: float

    def probability(self, similarity: np.ndarray | float) -> np.ndarray:
        """P(plausible | similarity) under the fitted mixture, made monotone in similarity.

        Two normals with different spreads give a posterior that turns back at
        the extremes; above the plausible mean it is held at least at its value
        there, below the implausible mean at most at its value there.
        """
        x = np.asarray(similarity, dtype=np.float64)
        p = self._posterior(x)
        p = np.where(x > self.match_mean, np.maximum(p, self._posterior(np.float64(self.match_mean))), p)
        p = np.where(x < self.null_mean, np.minimum(p, self._posterior(np.float64(self.null_mean))), p)
        return p

    def _posterior(self, x: np.ndarray) -> np.ndarray:
        log_null = _log_normal(x, self.null_mean, self.null_sd) + np.log(1.0 - self.match_weight)
        log_match = _log_normal(x, self.match_mean, self.match_sd) + np.log(self.match_weight)
        return 1.0 / (1.0 + np.exp(np.clip(log_null - log_match, -60, 60)))

    def as_dict(self) -> dict[str, float]:
        return {
            "null_mean": self.null_mean,
            "null_sd": self.null_sd,
            "match_mean": self.match_mean,
            "match_sd": self.match_sd,
            "match_weight": self.match_weight,
        }


def _log_normal(x: np.ndarray, mean: float, sd: float) -> np.ndarray:
    return -0.5 * ((x - mean) / sd) ** 2 - np.log(sd)


def _robust(values: np.ndarray) -> tuple[float, float]:
    median = float(np.median(values))
    mad = float(np.median(np.abs(values - median))) * 1.4826
    return median, max(mad, MIN_SPREAD)


def fit_calibration(matched: np.ndarray, shifted: np.ndarray, iterations: int = 50) -> Calibration:
    """Fit the mixture to aligned-bead and shifted-pair similarities of one document."""
    matched = np.asarray(matched, dtype=np.float64)
    shifted = np.asarray(shifted, dtype=np.float64)
    if len(shifted) >= 2:
        null_mean, null_sd = _robust(shifted)
    elif len(matched):
        null_mean, null_sd = float(np.min(matched)) - 0.1, 0.1
    else:
        null_mean, null_sd = 0.0, 0.1
    if len(matched) == 0:
        return Calibration(null_mean, null_sd, null_mean + 4 * null_sd, null_sd, 0.5)
    mean, sd = _robust(matched)
    mean = max(mean, null_mean + null_sd)
    weight = 0.9
    for _ in range(iterations):
        cal = Calibration(null_mean, null_sd, mean, sd, weight)
        resp = cal.probability(matched)
        total = float(resp.sum())
        if total < 1e-6:
            break
        weight = float(np.clip(total / len(matched), 0.05, 0.995))
        mean = float((resp * matched).sum() / total)
        sd = max(float(np.sqrt((resp * (matched - mean) ** 2).sum() / total)), MIN_SPREAD)
        mean = max(mean, null_mean + null_sd)
    return Calibration(null_mean, null_sd, mean, sd, weight)
