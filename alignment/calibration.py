"""Calibrated bead scores: the probability that a bead is exactly right.

score = P(right | the two sides translate each other) × P(they translate each other),
both estimated from the document being aligned:

1. **Bead marginals.** The aligner's values are in the document's own units
   (0 = the typical cosine of unrelated sentences nearby, 1 = the typical
   cosine of its rough 1:1 pairs), so a model that puts unrelated pairs at 0.8
   (e5) and one that puts them at 0.1 (USE) give comparable values. Every
   monotone path through the search band is weighted by
   ``exp(total value / temperature)`` and a forward–backward pass gives, for
   each bead of the best path, the share of that weight carried by paths that
   contain it (``alignment._kernels.bead_marginals``). A bead that the best path
   takes but that nearly-as-good paths split or merge differently gets a low
   marginal — this is what separates right beads from wrong ones on real text,
   far better than the raw similarity (whose ranking of right and wrong beads
   within a document is close to chance on the development data).
2. **Logistic map.** The marginal's logit and the number of extra sentences in
   the bead (n:m beads are wrong more often) go through a logistic function
   whose coefficients were fitted once by logistic regression on the Text+Berg
   development document (label: the bead is exactly in the gold alignment),
   pooling USE-m3 and e5 alignments so they do not belong to one model.
   A 1:0 / 0:1 bead gets the probability that leaving the sentence unaligned
   was right, from its own marginal the same way.
3. **Plausibility** (``Plausibility``): the document supplies its own
   reference of *wrong* pairs — every aligned bead's source side against
   same-size target windows a few sentences away. The aligned beads'
   similarities are modelled as a two-component mixture: "unrelated", a normal
   fitted robustly (median, scaled MAD) to the shifted pairs and then held
   fixed, and "translation", a normal whose mean, spread and weight EM fits.
   A bead's posterior of "translation" multiplies its score, so a stretch where
   the search had to pair sentences that are not translations scores low even
   when the path through it was unambiguous; a sentence left unaligned with
   nothing plausible near its place scores high.

Confirmed beads score 1. ``Bead.similarity`` keeps the raw cosine.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MIN_SPREAD = 0.02
"""Smallest standard deviation of a mixture component (cosine units)."""

TEMPERATURE = 0.1
"""Of the path distribution (in the document's similarity units)."""

MATCHED_COEF = (1.81, 0.66, -0.63)
"""intercept, logit of the bead marginal, extra sentences (a + b - 2)."""

SKIPPED_COEF = (-0.82, 1.01)
"""intercept, logit of the marginal of leaving the sentence unaligned."""


@dataclass(frozen=True)
class Plausibility:
    """Two normals over one document's bead similarities: unrelated pairs vs translations."""

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


def fit_plausibility(matched: np.ndarray, shifted: np.ndarray, iterations: int = 50) -> Plausibility:
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
        return Plausibility(null_mean, null_sd, null_mean + 4 * null_sd, null_sd, 0.5)
    mean, sd = _robust(matched)
    mean = max(mean, null_mean + null_sd)
    weight = 0.9
    for _ in range(iterations):
        cal = Plausibility(null_mean, null_sd, mean, sd, weight)
        resp = cal.probability(matched)
        total = float(resp.sum())
        if total < 1e-6:
            break
        weight = float(np.clip(total / len(matched), 0.05, 0.995))
        mean = float((resp * matched).sum() / total)
        sd = max(float(np.sqrt((resp * (matched - mean) ** 2).sum() / total)), MIN_SPREAD)
        mean = max(mean, null_mean + null_sd)
    return Plausibility(null_mean, null_sd, mean, sd, weight)


@dataclass(frozen=True)
class Calibration:
    """The coefficients behind the scores of one alignment (kept to explain them)."""

    plausibility: Plausibility
    temperature: float = TEMPERATURE
    matched_coef: tuple[float, float, float] = MATCHED_COEF
    skipped_coef: tuple[float, float] = SKIPPED_COEF

    def matched(
        self, marginal: np.ndarray, a: np.ndarray, b: np.ndarray, similarity: np.ndarray
    ) -> np.ndarray:
        """P(exactly right) of beads with both sides: P(right | a translation) × P(a translation)."""
        c = self.matched_coef
        given = _sigmoid(c[0] + c[1] * _logit(marginal) + c[2] * (np.asarray(a) + np.asarray(b) - 2))
        return given * self.plausibility.probability(similarity)

    def skipped(self, marginal: np.ndarray, best_nearby: np.ndarray) -> np.ndarray:
        """P(right to leave the sentence unaligned): the path distribution is sure of it, or
        nothing near the sentence's place looks like a translation of it."""
        c = self.skipped_coef
        sure = _sigmoid(c[0] + c[1] * _logit(marginal))
        return np.maximum(sure, 1.0 - self.plausibility.probability(best_nearby))

    def as_dict(self) -> dict[str, object]:
        return {
            "temperature": self.temperature,
            "matched_coef": list(self.matched_coef),
            "skipped_coef": list(self.skipped_coef),
            **self.plausibility.as_dict(),
        }


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _sigmoid(logit: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(logit, -40, 40)))


TRANSLATION_Z = 3.0
"""A bead "stands out" when its cosine is this many spreads above its own shifted pairs
(``alignment.confidence``)."""

TRANSLATION_MIN_COVERAGE = 0.4
"""Least share of both texts' sentences in beads that stand out, for a pair to look like a
translation. Set on Text+Berg dev: the whole document covers 0.83, stretches of it cut along
the gold (20 to 60 beads, at least 25 sentences a side) 0.44 to 1.0; dev made unrelated
(reversed, halves, shuffled, stretches against stretches elsewhere) at most 0.12; two unrelated
French texts 0.38."""

TRANSLATION_MIN_SENTENCES = 25
"""Shortest text (sentences, the shorter side) the check judges: on shorter stretches of dev,
real translations covered as little as unrelated text (too few shifted pairs, captions)."""
