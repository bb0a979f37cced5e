"""The plain data drift detection reads and writes: a bead pair, a signal, the document's norms.

Kept apart from :mod:`alignment.drift` so that the signals (``alignment.signals``) and the
document-level pass can both use them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from alignment.names import NameContext

Span = tuple[int, int]


@dataclass(frozen=True)
class DriftSignal:
    """One reason to look at a bead again.

    ``source_spans`` / ``target_spans`` are character spans in the bead's joined source and
    target texts (sentences joined with one space; see :meth:`BeadPair.locate` to map them
    back to a sentence and an offset in it).
    """

    kind: str
    reason: str
    source_spans: tuple[Span, ...] = ()
    target_spans: tuple[Span, ...] = ()
    strength: float = 1.0
    pinned: bool = True
    """The spans name the words that differ. An omission or addition seen in the length ratio (or
    similarity) alone, with no clause that lacks a counterpart, is not pinned: it can only be a hint."""
    figures: tuple[tuple[str, float], ...] = ()
    """The statistics the reason quotes, by name (omission and addition: "leave-one-out gain z" …),
    for a reader that weighs them (``alignment.quotes``) without parsing the reason."""


@dataclass(frozen=True)
class BeadPair:
    """The plain data drift needs for one bead."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    similarity: float | None = None
    source_footnotes: tuple[int, ...] | None = None
    target_footnotes: tuple[int, ...] | None = None
    heading: bool = False
    """A heading (a short paragraph of its own, no final full stop): English capitalises its words."""

    @property
    def source_text(self) -> str:
        return " ".join(self.source)

    @property
    def target_text(self) -> str:
        return " ".join(self.target)

    def locate(self, side: str, offset: int) -> tuple[int, int]:
        """(index of the sentence within the bead, offset inside it) for a joined-text offset."""
        sentences = self.source if side == "source" else self.target
        pos = 0
        for k, sentence in enumerate(sentences):
            if offset <= pos + len(sentence):
                return k, max(0, offset - pos)
            pos += len(sentence) + 1
        return max(0, len(sentences) - 1), len(sentences[-1]) if sentences else 0


@dataclass
class DriftConfig:
    """Thresholds (in robust z units) and switches; defaults tuned on the injected benchmark."""

    meaning_z: float = 3.0
    # omission / addition: logistic weights for (length z toward the kind, length z against it,
    # clause deficit z, leave-one-out gain z, similarity z), four more terms (``*_extra``: the
    # clause-count difference, the other side's leave-one-out gain z, and the length z toward the
    # kind times the gain z and times the deficit z) and the bias. Fitted by logistic regression
    # on injected seeds 1–10 (benchmarks/drift_fit.py) and rounded; the bias puts the flag
    # (strength 0.5) at a fitted probability of 0.2 (omission) and 0.3 (addition), where
    # cross-validation over held-out *sentences* gave recall 0.82 / 0.86 at precision 0.72 / 0.80.
    omission_weights: tuple[float, float, float, float, float] = (2.1, -0.81, -0.26, 0.55, -0.33)
    omission_extra: tuple[float, float, float, float] = (0.38, -0.3, 0.34, 0.28)
    omission_bias: float = -3.69
    addition_weights: tuple[float, float, float, float, float] = (1.51, -0.68, 0.66, -0.73, -1.38)
    addition_extra: tuple[float, float, float, float] = (0.27, -0.29, 1.09, 0.99)
    addition_bias: float = -4.99
    clause_min_chars: int = 25
    gain_min_chars: int = 12
    """The shortest clause the leave-one-out gain tries leaving out (a deficit needs clause_min_chars)."""
    short_clause_min_gain: float = 0.05
    """The cosine gain a clause shorter than clause_min_chars needs to be named. On tuning seeds 1-20
    (use-m3), the best short clause of an untouched pair gained 0.05 or less in 99 % of pairs;
    dropped short clauses gained 0.02-0.24."""
    word_cut_z: float | None = 1.0
    """A one-clause side this much longer than the length norm tries leaving out runs of words."""
    word_cut_min_gain: float = 0.18
    """The cosine gain a left-out run of words needs to count. On tuning seeds 1-20 (use-m3),
    untouched one-clause pairs gained up to 0.17 (a paraphrase), dropped or added clauses 0.18-0.42
    (and some less: a run that gains 0.03-0.15 is not told from a paraphrase)."""
    span_cover_share: float | None = 0.5
    """A clause named as having no counterpart, when the other side has words for at least this
    share of its content words and lacks at most ``span_cover_max_missing`` of them, is rendered,
    only restructured («Quand on lui demanda pourquoi» for "Asked why"): a hint, not a flag (None:
    no word check). Chosen on the seen natural sets blind..blind7 (flags read by hand: 10 of the
    restructured clauses and 3 real additions have one word or none missing at a share of 0.6 or
    more) and checked on injected dev seeds 1-20 (docs/benchmarks.md, "Ninth round"). Lowered from 0.6
    to 0.5 after the blind19/20 runs (seen): on blind..blind20, 16 clauses of two content words with one
    rendered were false alarms, 2 real omissions («after consultation with staff», «once the honey has
    been taken off»); injected dev seeds 1-20 unchanged (docs/benchmarks.md, "Eleventh round")."""
    span_cover_max_missing: int = 1
    addition_min_length_z: float | None = 2.0
    """A clause named as added is a flag only where the target is at least this much longer than the
    document's length norm (robust z); below it, a hint ("may be said in other words"): a clause said
    in other words leaves the length as usual, one really added makes the side longer. On the first
    runs of the natural blind sets blind15-blind24 (seen), additions named at length z under 2.0 were
    11 false alarms and 3 real additions; on injected dev seeds 1-20 addition recall stays 0.565 and
    its precision rises 0.875 -> 1.0 (docs/benchmarks.md, "Twelfth round"). None: no length bar."""
    omission_min_length_z: float | None = None
    """The same bar for a clause named as dropped (how much shorter the target must be). None: the
    natural sets' omission false alarms were all clearly shorter (z -2.6 to -4.3), so no bar helps."""
    negation_min_gain: float | None = 0.0
    """A negation on one side only whose taking out brings that side no closer (cosine gain under this)
    to the other side is a hint, not a flag (``alignment.signals.negation.negation_gain``; None: no such
    check). On the first runs of the natural sets blind..blind42 (seen, use-m3), 166 negation false
    alarms gained −0.055 to +0.17 (median +0.010), 31 real reversals −0.009 to +0.086 (median +0.036).
    At 0 ("no closer"): false alarms 307 → 277 of 18,312 faithful pairs, labelled drifts flagged 514 →
    509, injected dev reversal recall 0.79 → 0.75; at 0.005: 255 and 507, but dev reversal 0.70 (the
    encoder hears an injected German–French «n'est pas» hardly at all). Docs: docs/benchmarks.md,
    "Sixteenth round"."""
    names_by_meaning: bool = True
    """Let the encoder recognise translated capitalised words ("Church" / "Église")."""
    partial: bool = True
    widen_short_pairs: bool = True
    """Judge a short pair's similarity against a wider spread (see ``_short_pair_spread``)."""
    min_beads_for_stats: int = 5
    slope: float = 1.6


@dataclass
class DocumentStats:
    """A document pair's own norms, against which each bead is judged."""

    sim_median: float | None = None
    sim_scale: float | None = None
    words_median: float = 0.0
    """Median length (words of the shorter side) of the pairs; short pairs get a wider spread."""
    ratio_median: float = 0.0
    ratio_scale: float = 0.15
    clause_median: dict[str, float] = field(default_factory=dict)
    clause_scale: dict[str, float] = field(default_factory=dict)
    gain_median: dict[str, float] = field(default_factory=dict)
    gain_scale: dict[str, float] = field(default_factory=dict)
    names: NameContext = field(default_factory=NameContext)
    n_beads: int = 0


@dataclass
class ClauseCoverage:
    """For each side: how well its worst clause is matched on the other side, and which it is."""

    deficit: dict[str, float]
    worst: dict[str, Span | None]
    gain: dict[str, float] = field(default_factory=dict)
    gain_span: dict[str, Span | None] = field(default_factory=dict)
    clause_count: dict[str, int] = field(default_factory=dict)
    """How many clauses each side was split into (omission and addition compare them)."""

