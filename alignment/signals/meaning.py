"""Meaning: the pair's similarity is low *for this document* (robust z against its own beads)."""

from __future__ import annotations

from alignment.drift_types import BeadPair, DocumentStats, DriftConfig, DriftSignal
from alignment.signals.base import Signal
from alignment.signals.norms import short_pair_spread, strength_below


def meaning_signal(pair: BeadPair, stats: DocumentStats, config: DriftConfig) -> DriftSignal | None:
    """The similarity against the document's median and spread (None when either is unknown)."""
    if pair.similarity is None or stats.sim_median is None or stats.sim_scale is None:
        return None
    widen = short_pair_spread(pair, stats) if config.widen_short_pairs else 1.0
    z = (pair.similarity - stats.sim_median) / (stats.sim_scale * widen)
    strength = strength_below(z, config.meaning_z, config.slope)
    reason = (f"similarity {pair.similarity:.3f} is low for this document "
              f"(median {stats.sim_median:.3f}, robust z {z:+.1f})")
    # Low similarity names no words: on its own it is a hint, never a flag (issue 16: a flag points
    # at the words that differ); it still ranks the review queue through the bead's hints.
    return DriftSignal("meaning", reason, ((0, len(pair.source_text)),), ((0, len(pair.target_text)),),
                       round(strength, 4), pinned=False)


class MeaningSignal(Signal):
    """Low similarity for this document; a hint only (it names no words)."""

    name = "meaning"
    kinds = ("meaning",)

    def judge(self, index: int, pair: BeadPair) -> list[DriftSignal]:
        found = meaning_signal(pair, self.context.stats, self.context.config)
        return [found] if found is not None else []

    def keeps(self, signal: DriftSignal) -> bool:
        # a measured similarity always goes to the combiner, even far above the norm (strength 0)
        return True
