"""How likely a quotation's nearest passage is its source: one logistic model over the match figures.

The z-score and the margin say how far a passage stands out among the candidates; they do not say
whether the passage *says* what the quotation says. A neighbouring sentence about the same bridge
("the bridge was rebuilt in eighteen months" against "the bridge was built before the revolution")
can stand out as clearly as the true source. Two figures that look inside the pair tell them apart:
the share of the quotation's content words the passage has words for (``alignment.wordcover``) and
a figure of the quotation the passage has nothing for (``alignment.numbers``).

The weights live in ``alignment/data/quote_confidence.json``, written by
``benchmarks/quote_confidence_fit.py`` on project-made material (never the blind sets), which names
the command and the data it was fitted on.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from alignment.drift import BeadPair, number_signal

DEFAULT_PATH = Path(__file__).with_name("data") / "quote_confidence.json"
FEATURES = ("z", "margin", "coverage", "coverage_known", "quote_only_number")
NEUTRAL_COVERAGE = 0.5
"""The coverage used when the word check cannot judge (no content words, no calibration)."""


class QuoteConfidenceError(ValueError):
    """The confidence file is missing a weight or is not valid JSON."""


@dataclass(frozen=True)
class MatchFigures:
    """The figures of one (quotation, nearest passage) pair that the model reads."""

    z: float
    margin: float
    coverage: float | None
    quote_only_number: float

    def vector(self, z_cap: float) -> list[float]:
        known = self.coverage is not None
        return [min(self.z, z_cap), min(self.margin, z_cap),
                self.coverage if known else NEUTRAL_COVERAGE, 1.0 if known else 0.0,
                self.quote_only_number]


@dataclass(frozen=True)
class MatchConfidence:
    """A fitted logistic model: P(the passage is the quotation's source | its figures).

    One per model family: models spread their similarities differently, so the same z means more
    from one than from another."""

    family: str
    weights: tuple[float, ...]
    intercept: float
    z_cap: float
    provenance: Mapping[str, Any]

    def probability(self, figures: MatchFigures) -> float:
        x = figures.vector(self.z_cap)
        logit = self.intercept + sum(w * v for w, v in zip(self.weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))


def quote_only_number(quote: str, quote_lang: str, passage: str, passage_lang: str) -> float:
    """The strength of a number the quotation has and the passage lacks entirely (0 when none,
    or when both sides have a number: a changed figure is drift of a true source, not a miss)."""
    signal = number_signal(BeadPair((passage,), (quote,), 0.0), passage_lang, quote_lang)
    if signal is None or signal.kind != "numbers" or signal.source_spans or not signal.target_spans:
        return 0.0
    return float(signal.strength)


@dataclass(frozen=True)
class ConfidenceModels:
    """The fitted models by family, and the family whose model stands in for a model never fitted
    (a user's own LaBSE or bge-m3: its z-scores are read as the fallback family's)."""

    by_family: Mapping[str, MatchConfidence]
    fallback: str

    def for_family(self, family: str) -> MatchConfidence | None:
        return self.by_family.get(family) or self.by_family.get(self.fallback)


def parse_confidence(data: Mapping[str, Any], where: str = "quote confidence") -> ConfidenceModels:
    """Check and read the file's content; a clear error names what is wrong."""
    try:
        names = tuple(data["features"])
        models = {family: MatchConfidence(family, tuple(float(m["weights"][n]) for n in names),
                                          float(m["intercept"]), float(m["z_cap"]),
                                          dict(m.get("provenance", {})))
                  for family, m in data["models"].items()}
        fallback = str(data["fallback"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise QuoteConfidenceError(f"{where}: missing or bad entry ({exc})") from exc
    if names != FEATURES:
        raise QuoteConfidenceError(f"{where}: features {list(names)}, expected {list(FEATURES)}")
    if models and fallback not in models:
        raise QuoteConfidenceError(f"{where}: fallback family {fallback!r} has no model")
    return ConfidenceModels(models, fallback)


@lru_cache(maxsize=4)
def load_confidence(path: str | None = None) -> ConfidenceModels:
    """The fitted models (cached); ``path`` defaults to the shipped file."""
    file = Path(path) if path else DEFAULT_PATH
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise QuoteConfidenceError(f"{file}: cannot read the quote confidence file ({exc})") from exc
    return parse_confidence(data, str(file))


def describe(p: float) -> str:
    """The confidence in words a scholar reads, with the figure."""
    words = ("very likely its source" if p >= 0.9 else "likely its source" if p >= 0.7
             else "possibly its source" if p >= 0.4 else "unlikely to be its source")
    return f"{words} (match confidence {p:.2f})"


def figures_table(rows: Sequence[MatchFigures], z_cap: float) -> list[list[float]]:
    """The design matrix the fitting script and the model share."""
    return [r.vector(z_cap) for r in rows]
