"""Drift: where a translation does not say what its source says, with a reason and evidence.

Input is plain data — a list of :class:`BeadPair` (source sentences, target sentences, model
similarity) — so this works on any aligner's output. Each bead gets typed signals:

==========  ======================================================================================
kind        fires when
==========  ======================================================================================
meaning     similarity is low *for this document* (robust z-score against the median and MAD of
            the document's own bead similarities: models differ in how they spread scores)
numbers     numbers, quantities, ordinals, years or months differ (``alignment.numbers``)
names       a name on one side has no counterpart on the other, or was swapped (``alignment.names``)
omission    a source sentence is unaligned, or the target is much shorter than this document's
            norm (robust z of the log length ratio), or a source clause matches nothing in the
            target (partial similarity: clauses embedded separately, ``alignment.clauses``)
addition    the same in the other direction
reversal    negation on one side only (``alignment.negation``)
form        quotation marks or footnote markers on one side only
==========  ======================================================================================

Each check is a plug-in (``alignment.signals``: one module each, one :class:`~alignment.signals.Signal`
interface, the registry ``DEFAULT_SIGNALS``); ``signals=`` runs another list. Each kind has a
continuous raw *strength* in [0, 1] per bead; every signal is always computed.
One calibrated combiner (:mod:`alignment.drift_calibration`, fitted at a realistic 5 % drift rate)
turns the strengths into a P per kind and P(drift) over the *pinned* signals (those that name the
words that differ: the length ratio alone never flags). Beads whose P(drift) reaches the
calibrated cut are flagged; every weaker signal is a hint. Thresholds were set on the injected
benchmark (``benchmarks/drift_inject.py``), never on the seed or test documents.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from alignment.clauses import split_clauses
from alignment.drift_calibration import KINDS, DriftCalibration, load_calibration
from alignment.drift_types import BeadPair, ClauseCoverage, DocumentStats, DriftConfig, DriftSignal, Span
from alignment.names import build_name_context
from alignment.signals import DEFAULT_SIGNALS, DocumentContext, Signal, SignalSpec, instantiate
from alignment.signals.base import coverage_notes
from alignment.signals.form import form_signal
from alignment.signals.names import name_signal
from alignment.signals.negation import negation_signal
from alignment.signals.norms import log_ratio, pair_words, robust_location_scale
from alignment.signals.numbers import number_signal
from alignment.termbase import CoveredSpans, Termbase, covered_per_pair
from alignment.word_cuts import length_guided_cuts
from models.base import Encoder

__all__ = [
    # the data (alignment.drift_types) and the single checks (alignment.signals.*) are named here too
    # because quotes (number_signal, robust_location_scale) and the tests import them from this module
    "KINDS", "BeadDrift", "BeadPair", "ClauseCoverage", "DocumentStats", "DriftConfig", "DriftReport",
    "DriftSignal", "Span", "clause_coverage", "combine_strengths", "detect_drift", "document_stats",
    "form_signal", "judge_bead", "judge_signals", "kind_order", "name_signal", "negation_signal",
    "number_signal", "prepared", "robust_location_scale", "score_bead", "signal_coverage",
]


@dataclass
class BeadDrift:
    """Drift of one bead: two tiers from one calibrated combiner.

    ``score`` is the calibrated P(drift) (``alignment.drift_calibration``); ``signals`` are the
    flags (only when ``score`` passes the calibration's cut), ``hints`` every other signal that
    saw something (weaker evidence, shown on request, never counted as a flag); ``strengths``
    the raw strength of every kind and ``probabilities`` each kind's calibrated P.
    """

    index: int
    score: float
    signals: list[DriftSignal]
    strengths: dict[str, float]
    hints: list[DriftSignal] = field(default_factory=list)
    probabilities: dict[str, float] = field(default_factory=dict)

    @property
    def kinds(self) -> list[str]:
        return sorted({s.kind for s in self.signals}, key=kind_order)

    @property
    def flagged(self) -> bool:
        return bool(self.signals)


@dataclass
class DriftReport:
    """All beads' drift plus a summary: for each kind, the indices of the beads that show it."""

    beads: list[BeadDrift]
    stats: DocumentStats
    source_lang: str
    target_lang: str
    pairs: list[BeadPair] = field(default_factory=list)
    """The beads as judged (similarities filled in)."""
    coverage: list[ClauseCoverage | None] = field(default_factory=list)
    """Per bead, its clause coverage (empty when it was not computed)."""
    not_checked: list[str] = field(default_factory=list)
    """What the checks cannot read for this language pair (see :func:`signal_coverage`)."""

    @property
    def summary(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {k: [] for k in KINDS}
        for bead in self.beads:
            for kind in bead.kinds:
                out.setdefault(kind, []).append(bead.index)
        return out

    @property
    def counts(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.summary.items()}

    @property
    def flagged(self) -> list[BeadDrift]:
        """Flagged beads, most drifting first."""
        return sorted((b for b in self.beads if b.flagged), key=lambda b: -b.score)


def kind_order(kind: str) -> tuple[int, str]:
    """The built-in kinds in their usual order, then any kind a plug-in signal adds, by name."""
    return (KINDS.index(kind), "") if kind in KINDS else (len(KINDS), kind)


def signal_coverage(source_lang: str, target_lang: str,
                    signals: Sequence[SignalSpec] = DEFAULT_SIGNALS) -> list[str]:
    """What the checks cannot read for this language pair, in words for the reader.

    A check outside its languages stays silent rather than misfire ("not" on one side and an
    unread Macedonian "не" on the other is not a reversal); the report says so instead. Per
    language: the checks that do not read it, then those that read it only in part.
    """
    return coverage_notes(source_lang, target_lang, signals)


# --- partial similarity ----------------------------------------------------------------

def clause_coverage(
    pairs: Sequence[BeadPair], encoder: Encoder, min_chars: int = 25,
    progress: Callable[[int, int], None] | None = None, gain_min_chars: int = 12,
    word_cut_z: float | None = 1.0, word_cut_min_gain: float = 0.18,
) -> list[ClauseCoverage | None]:
    """Per bead, the worst-matched clause of each side against windows of the other side.

    ``deficit`` is (best cosine of the worst clause) − (cosine of the whole pair): close to 0
    when every clause has a counterpart, clearly negative when one clause has none. A clause
    shorter than ``min_chars`` embeds too noisily on its own to have a deficit, but the sentence
    without it embeds as well as any: the leave-one-out gain looks at clauses down to
    ``gain_min_chars`` ("Most deputies abstained" dropped from a two-clause sentence). A side with
    one clause that is longer than the document's length ratio allows by ``word_cut_z`` or more
    tries leaving out runs of words of the excess length instead (``alignment.word_cuts``; None:
    never); such a run counts only when the pair's cosine gains ``word_cut_min_gain`` without it.
    """
    texts: list[str] = []
    index: dict[str, int] = {}

    def add(text: str) -> int:
        if text not in index:
            index[text] = len(texts)
            texts.append(text)
        return index[text]

    excess = _length_excess(pairs, word_cut_z)
    plans: list[dict | None] = []
    for pair, extra in zip(pairs, excess, strict=True):
        if not pair.source or not pair.target:
            plans.append(None)
            continue
        plan: dict = {}
        for side, text in (("source", pair.source_text), ("target", pair.target_text)):
            clauses = [(s, e) for s, e in split_clauses(text) if e - s >= 1]
            without = [add(_without(text, s, e)) if len(clauses) > 1 and e - s >= gain_min_chars else -1
                       for s, e in clauses]
            cuts = length_guided_cuts(text, extra[side]) if len(clauses) < 2 and extra.get(side) else []
            plan[side] = (text, clauses, [add(text[s:e]) for s, e in clauses], add(text), without,
                          [(span, add(_without(text, *span))) for span in cuts])
        plans.append(plan)
    if not texts:
        return [None] * len(pairs)
    vectors = encoder.encode(texts, progress=progress)
    out: list[ClauseCoverage | None] = []
    for plan in plans:
        if plan is None:
            out.append(None)
            continue
        whole = float(vectors[plan["source"][3]] @ vectors[plan["target"][3]])
        deficit: dict[str, float] = {}
        worst: dict[str, Span | None] = {}
        gain: dict[str, float] = {}
        gain_span: dict[str, Span | None] = {}
        for side, other in (("source", "target"), ("target", "source")):
            text, clauses, ids, _whole_id, without, cuts = plan[side]
            o_text, o_clauses, o_ids, o_whole, _o_without, _o_cuts = plan[other]
            windows = list(o_ids) + [o_whole]
            # adjacent pairs of clauses on the other side, when the text is split differently
            pair_vecs = [vectors[o_ids[k]] + vectors[o_ids[k + 1]] for k in range(len(o_ids) - 1)]
            other_mat = vectors[windows]
            if pair_vecs:
                pv = np.asarray(pair_vecs)
                pv /= np.maximum(np.linalg.norm(pv, axis=1, keepdims=True), 1e-9)
                other_mat = np.vstack([other_mat, pv])
            best_val, best_span = 0.0, None
            candidates = [(c, i) for c, i in zip(clauses, ids, strict=True) if c[1] - c[0] >= min_chars]
            deficit[side], worst[side] = 0.0, None
            gain[side], gain_span[side] = 0.0, None
            if len(clauses) < 2 and not cuts:
                continue
            # leave one out: if the pair is *more* similar without a clause, the other side lacks it
            g_val, g_span = -1.0, None
            for span, w in zip(clauses, without, strict=True):
                if w < 0:
                    continue
                g = float(vectors[w] @ vectors[o_whole]) - whole
                if g > g_val:
                    g_val, g_span = g, span
            # a run of words is no clause: only a clear gain counts (faithful paraphrases gain a little)
            for span, w in cuts:
                g = float(vectors[w] @ vectors[o_whole]) - whole
                if g >= word_cut_min_gain and g > g_val:
                    g_val, g_span = g, span
            gain[side], gain_span[side] = (g_val, g_span) if g_span else (0.0, None)
            if not candidates or len(clauses) < 2:
                continue
            for span, i in candidates:
                score = float(np.max(other_mat @ vectors[i])) - whole
                if best_span is None or score < best_val:
                    best_val, best_span = score, span
            deficit[side], worst[side] = best_val, best_span
        counts = {side: len(plan[side][1]) for side in ("source", "target")}
        out.append(ClauseCoverage(deficit, worst, gain, gain_span, counts))
    return out


_MIN_WORDS_FOR_CUTS = 4


def _length_excess(pairs: Sequence[BeadPair], word_cut_z: float | None) -> list[dict[str, float]]:
    """Per pair, how many characters of a side the document's length ratio does not account for,
    where that side is longer than the norm by ``word_cut_z`` robust z or more (else no entry)."""
    ratios = [log_ratio(p.source_text, p.target_text) for p in pairs if p.source and p.target]
    if word_cut_z is None or len(ratios) < 5:
        return [{} for _ in pairs]
    median, scale = robust_location_scale(ratios, floor=0.05)
    out: list[dict[str, float]] = []
    for p in pairs:
        src, tgt = len(p.source_text), len(p.target_text)
        z = (log_ratio(p.source_text, p.target_text) - median) / scale if p.source and p.target else 0.0
        if min(len(p.source_text.split()), len(p.target_text.split())) < _MIN_WORDS_FOR_CUTS:
            z = 0.0  # "It was." embeds too loosely to say which words of the other side it lacks
        if z <= -word_cut_z:  # the target is short: source words may have no counterpart
            out.append({"source": src - ((tgt + 10.0) * math.exp(-median) - 10.0)})
        elif z >= word_cut_z:  # the target is long: target words may have no counterpart
            out.append({"target": tgt - ((src + 10.0) * math.exp(median) - 10.0)})
        else:
            out.append({})
    return out


def _without(text: str, start: int, end: int) -> str:
    """The text with one clause cut out (and the punctuation around the cut tidied)."""
    left = text[:start].rstrip(" ,;:–—-(")
    right = text[end:].lstrip(" ,;:–—-)")
    if not left:
        return right[:1].upper() + right[1:]
    # "believed" + "." is "believed.", not "believed ." (a stray space changes the embedding)
    return (left + right if right[:1] in ".!?…" else left + " " + right).strip()



# --- the document-level pass -------------------------------------------------------------

def document_stats(
    pairs: Sequence[BeadPair], source_lang: str, target_lang: str,
    coverage: Sequence[ClauseCoverage | None] | None = None, config: DriftConfig | None = None,
) -> DocumentStats:
    """The document's own norms: similarity, length ratio, clause coverage, names."""
    config = config or DriftConfig()
    both = [p for p in pairs if p.source and p.target]
    stats = DocumentStats(n_beads=len(both))
    sims = [p.similarity for p in both if p.similarity is not None]
    if len(sims) >= config.min_beads_for_stats:
        stats.sim_median, stats.sim_scale = robust_location_scale(sims, floor=0.01)
        stats.words_median = float(np.median([pair_words(p) for p in both]))
    if len(both) >= config.min_beads_for_stats:
        stats.ratio_median, stats.ratio_scale = robust_location_scale(
            [log_ratio(p.source_text, p.target_text) for p in both], floor=0.05)
    if coverage is not None:
        for side in ("source", "target"):
            vals = [c.deficit[side] for c in coverage if c is not None and c.worst[side] is not None]
            if len(vals) >= config.min_beads_for_stats:
                stats.clause_median[side], stats.clause_scale[side] = robust_location_scale(vals, 0.02)
            vals = [c.gain[side] for c in coverage if c is not None and c.gain_span.get(side) is not None]
            if len(vals) >= config.min_beads_for_stats:
                stats.gain_median[side], stats.gain_scale[side] = robust_location_scale(vals, 0.01)
    stats.names = build_name_context([p.source_text for p in pairs], [p.target_text for p in pairs],
                                     source_lang, target_lang)
    return stats


def _with_similarities(pairs: Sequence[BeadPair], encoder: Encoder | None) -> list[BeadPair]:
    missing = [k for k, p in enumerate(pairs) if p.similarity is None and p.source and p.target]
    if not missing or encoder is None:
        return list(pairs)
    texts = [pairs[k].source_text for k in missing] + [pairs[k].target_text for k in missing]
    vecs = encoder.encode(texts)
    n = len(missing)
    out = list(pairs)
    for j, k in enumerate(missing):
        p = pairs[k]
        out[k] = replace(p, similarity=float(vecs[j] @ vecs[n + j]))  # footnotes and heading kept
    return out


def detect_drift(
    pairs: Sequence[BeadPair],
    source_lang: str,
    target_lang: str,
    encoder: Encoder | None = None,
    config: DriftConfig | None = None,
    progress: Callable[[int, int], None] | None = None,
    calibration: DriftCalibration | None = None,
    termbase: Termbase | None = None,
    signals: Sequence[SignalSpec] = DEFAULT_SIGNALS,
) -> DriftReport:
    """Drift signals, strengths and a combined score for every bead of one document pair.

    ``encoder`` is needed only for partial (clause) similarity and for beads whose
    ``similarity`` is None; without it those parts are skipped. ``termbase``: the project's
    terms (``alignment.termbase``); numbers and names inside an entry found on both sides of a
    pair do not count. ``signals``: the checks to run (``alignment.signals``), in order.
    """
    config = config or DriftConfig()
    calibration = calibration or load_calibration()
    pairs = _with_similarities(pairs, encoder)
    coverage = None
    if encoder is not None and config.partial:
        coverage = clause_coverage(pairs, encoder, config.clause_min_chars, progress,
                                   config.gain_min_chars, config.word_cut_z, config.word_cut_min_gain)
    stats = document_stats(pairs, source_lang, target_lang, coverage, config)
    covered = covered_per_pair(termbase, [(p.source_text, p.target_text) for p in pairs],
                               source_lang, target_lang)
    context = DocumentContext(pairs, source_lang, target_lang, stats, config,
                              dict(enumerate(coverage)) if coverage is not None else {},
                              dict(enumerate(covered)) if covered is not None else {}, encoder)
    active = prepared(signals, context)
    beads = [judge_bead(k, pair, active, calibration) for k, pair in enumerate(pairs)]
    return DriftReport(beads, stats, source_lang, target_lang, list(pairs),
                       list(coverage) if coverage is not None else [],
                       signal_coverage(source_lang, target_lang, signals))


def prepared(signals: Sequence[SignalSpec], context: DocumentContext) -> list[Signal]:
    """Fresh instances of the signals that cover the document's languages, each prepared once."""
    active = [s for s in instantiate(signals) if s.covers(context.source_lang, context.target_lang)]
    for signal in active:
        signal.prepare(context)
    return active


def judge_bead(index: int, pair: BeadPair, signals: Sequence[Signal],
               calibration: DriftCalibration | None = None) -> BeadDrift:
    """One bead through every prepared signal, then the calibrated combiner.

    A bead one side of which is empty is judged only by the signals that judge such beads
    (omission and addition). Of two signals of one kind, the stronger is kept.
    """
    seen: dict[str, DriftSignal] = {}
    paired = bool(pair.source and pair.target)
    for signal in signals:
        if not (paired or signal.judges_unpaired):
            continue
        for found in signal.judge(index, pair):
            # every signal is kept, flagged or not: the calibrated combiner sorts them into tiers
            if signal.keeps(found) and (found.kind not in seen or found.strength > seen[found.kind].strength):
                seen[found.kind] = found
    return judge_signals(index, list(seen.values()), calibration)


def score_bead(
    index: int, pair: BeadPair, stats: DocumentStats, source_lang: str, target_lang: str,
    config: DriftConfig | None = None, coverage: ClauseCoverage | None = None,
    translated: set[tuple[str, int]] | None = None, calibration: DriftCalibration | None = None,
    covered: CoveredSpans | None = None, signals: Sequence[SignalSpec] = DEFAULT_SIGNALS,
) -> BeadDrift:
    """All signals of one bead against its document's norms (see the module docstring);
    ``covered``: the words a project termbase covers on both sides (see :func:`detect_drift`),
    ``translated``: the name mentions the encoder found translated (none looked for otherwise)."""
    context = DocumentContext((pair,), source_lang, target_lang, stats, config or DriftConfig(),
                              {index: coverage}, {index: covered}, None, {index: translated})
    return judge_bead(index, pair, prepared(signals, context), calibration)


def judge_signals(index: int, found: Sequence[DriftSignal],
                  calibration: DriftCalibration | None = None) -> BeadDrift:
    """Sort one bead's signals into flags and hints with the calibrated combiner.

    Each kind gets its calibrated P (``DriftCalibration.kind_probability``); P(drift) combines the
    kinds whose signal is pinned (names the words that differ), so the length ratio alone never
    flags. The bead is flagged when P(drift) reaches the calibration's cut; its flags are the
    pinned signals that carry it (P of their own of at least half the cut, and always the
    strongest); every other signal is a hint.
    """
    calibration = calibration or load_calibration()
    strengths = dict.fromkeys(KINDS, 0.0)
    for sig in found:
        strengths[sig.kind] = max(strengths.get(sig.kind, 0.0), sig.strength)
    probs = {sig.kind: calibration.kind_probability(sig.kind, sig.strength, sig.pinned) for sig in found}
    pinned = [sig for sig in found if sig.pinned]
    score = calibration.combine(probs[sig.kind] for sig in pinned)
    flags: list[DriftSignal] = []
    if pinned and score >= calibration.cut:
        top = max(pinned, key=lambda sig: probs[sig.kind])
        flags = [sig for sig in pinned if sig is top or probs[sig.kind] >= calibration.cut / 2]
    hints = [sig for sig in found if sig not in flags and sig.strength > 0]
    flags.sort(key=lambda sig: kind_order(sig.kind))
    hints.sort(key=lambda sig: -probs[sig.kind])
    return BeadDrift(index, score, flags, strengths, hints, {k: round(v, 4) for k, v in probs.items()})


def combine_strengths(strengths: Mapping[str, float], calibration: DriftCalibration | None = None) -> float:
    """P(drift) of a bead from raw strengths (every signal taken as pinned), to four decimals."""
    calibration = calibration or load_calibration()
    probs = [calibration.kind_probability(k, s, True) for k, s in strengths.items() if s > 0]
    return calibration.combine(probs)

