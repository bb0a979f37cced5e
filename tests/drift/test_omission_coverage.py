"""Omission and addition find the clause without a counterpart where the old checks looked past it."""

from __future__ import annotations

from alignment.drift import BeadPair, DriftConfig, clause_coverage, detect_drift
from models.fake import HashingEncoder

# a document of faithful pairs with two clauses each, so that coverage has its own norm
FAITHFUL = [
    "The archive opened in spring, and the first readers came from abroad.",
    "The river froze early that year, so the barges stayed in the port.",
    "The choir sang in the cathedral, while the crowd waited outside in the rain.",
    "The printer was fined twice, but the newspaper kept appearing every week.",
    "The school reopened after the flood, although half of its books were lost.",
    "The road to the monastery was repaired, and pilgrims returned in large numbers.",
    "The delegates met in Minsk, but the talks were short and nothing was signed.",
    "The mine employed many workers, and the town grew around its gates.",
    "The bridge was rebuilt after the war, and the ferry stopped running.",
    "The letter was found in a private collection, together with two photographs.",
]


def _document(extra: BeadPair) -> list[BeadPair]:
    return [BeadPair((s,), (s,)) for s in FAITHFUL] + [extra]


def test_a_short_dropped_clause_is_left_out_by_the_gain():
    """"Most deputies abstained" (23 characters) is too short to embed alone, but the sentence
    without it matches the shorter translation better: the gain names it."""
    source = "Most deputies abstained, and the law passed with only a few votes."
    target = "And the law passed with only a few votes."
    (cov,) = clause_coverage([BeadPair((source,), (target,))], HashingEncoder())
    start, end = cov.gain_span["source"]
    assert source[start:end] == "Most deputies abstained"
    assert cov.gain["source"] > 0
    (old,) = clause_coverage([BeadPair((source,), (target,))], HashingEncoder(), gain_min_chars=25)
    assert old.gain_span["source"] != (start, end)  # only the long clause was tried, and it has a counterpart


def test_a_short_dropped_clause_is_a_pinned_omission_naming_it():
    source = "Most deputies abstained, and the law passed with only a few votes."
    target = "And the law passed with only a few votes."
    report = detect_drift(_document(BeadPair((source,), (target,))), "en", "en", encoder=HashingEncoder())
    (signal,) = [s for s in [*report.beads[-1].signals, *report.beads[-1].hints] if s.kind == "omission"]
    assert signal.pinned
    start, end = signal.source_spans[0]
    assert source[start:end] == "Most deputies abstained"
    assert "no counterpart for «Most deputies abstained»" in signal.reason
    # with the old floor of 25 characters only the length ratio spoke: an unpinned hint
    old = detect_drift(_document(BeadPair((source,), (target,))), "en", "en", encoder=HashingEncoder(),
                       config=DriftConfig(gain_min_chars=25))
    (hint,) = [s for s in [*old.beads[-1].signals, *old.beads[-1].hints] if s.kind == "omission"]
    assert not hint.pinned
