"""Document-level confidence: do the two texts look like translations of each other at all?

Bead scores say whether a bead is right *given* a translation; an alignment of two unrelated
texts still has a best path, and its beads are the best of many chances, so they look better
than random pairs. The check here asks how much of the two texts the path covers with beads
that stand clearly above the document's own unrelated pairs: each aligned bead against the same
source window paired with same-size target windows a few sentences away (its own null, so long
merged windows, whose cosines run high, are compared with long windows). A translation covers
most of both texts so; two unrelated texts, or a text and a source it quotes a few passages
of, cover little. Too short a text cannot be judged (its nulls are a handful of pairs).

Thresholds are in ``alignment.calibration`` (``TRANSLATION_*``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from alignment.calibration import TRANSLATION_MIN_COVERAGE, TRANSLATION_MIN_SENTENCES, TRANSLATION_Z

NOT_TRANSLATION = "these texts do not look like translations of each other"


@dataclass(frozen=True)
class TranslationCheck:
    """The verdict on a whole document pair, with the figures behind it.

    ``judged`` is False when a text is too short to tell (then ``translation`` is True: no
    warning). ``coverage``: share of all sentences, both sides, in beads whose similarity is
    at least ``TRANSLATION_Z`` spreads above their own shifted pairs.
    """

    judged: bool
    translation: bool
    coverage: float
    median_z: float

    @property
    def warning(self) -> str:
        """What to tell the user ("" when nothing is wrong)."""
        if self.translation:
            return ""
        return (f"{NOT_TRANSLATION}: only {self.coverage:.0%} of their sentences are in pairs that stand "
                "out from unrelated sentences (a translation has most of them)")

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (kept in the run's parameters and the CLI's JSON)."""
        return {"judged": self.judged, "translation": self.translation,
                "coverage": round(self.coverage, 4), "median_z": round(self.median_z, 3),
                "warning": self.warning}

    @classmethod
    def from_dict(cls, data: Any) -> TranslationCheck | None:
        """Back from ``as_dict`` (None for anything else, e.g. a run stored before the check)."""
        if not isinstance(data, dict) or "translation" not in data:
            return None
        return cls(bool(data.get("judged")), bool(data["translation"]), float(data.get("coverage") or 0.0),
                   float(data.get("median_z") or 0.0))


def check_translation(similarity: np.ndarray, shifted: np.ndarray, sizes: np.ndarray,
                      n_source: int, n_target: int) -> TranslationCheck:
    """Judge a document pair from its aligned beads.

    ``similarity[k]``: cosine of aligned bead k (both sides non-empty); ``shifted[k]``: cosines of
    its source window with same-size target windows nearby (NaN where none), one column per shift;
    ``sizes[k]``: its sentences, both sides.
    """
    if min(n_source, n_target) < TRANSLATION_MIN_SENTENCES or len(similarity) == 0:
        return TranslationCheck(False, True, 1.0, 0.0)
    pooled = shifted[np.isfinite(shifted)]
    if len(pooled) < 2:
        return TranslationCheck(False, True, 1.0, 0.0)
    spread = max(float(np.median(np.abs(pooled - np.median(pooled)))) * 1.4826, 0.02)
    with np.errstate(all="ignore"):
        own = np.nanmean(np.where(np.isfinite(shifted), shifted, np.nan), axis=1)
    own = np.where(np.isfinite(own), own, float(np.median(pooled)))
    z = (np.asarray(similarity, dtype=np.float64) - own) / spread
    coverage = float(np.asarray(sizes)[z >= TRANSLATION_Z].sum()) / (n_source + n_target)
    return TranslationCheck(True, coverage >= TRANSLATION_MIN_COVERAGE, coverage, float(np.median(z)))
