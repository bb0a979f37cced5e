"""Omission and addition: a clause of one side with no counterpart on the other, or a side much
shorter or longer than this document's norm, combined by a fitted logistic map.

A source sentence with no translation (a 1:0 bead) is an omission, a target sentence with no
source an addition. Otherwise the features (:data:`OMISSION_ADDITION_FEATURES`) come from the
length ratio, the clause coverage the encoder measured (``alignment.drift.clause_coverage``) and
the similarity, each as a robust z against the document's own beads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError

from alignment import language_data
from alignment.clauses import split_clauses
from alignment.drift_types import BeadPair, ClauseCoverage, DocumentStats, DriftConfig, DriftSignal, Span
from alignment.signals.base import DocumentContext, Signal
from alignment.signals.norms import clip_z, log_ratio, logistic
from corpora.excerpt import clip

if TYPE_CHECKING:
    from alignment.wordcover import WordVectors
from corpora.language import base_code, primary_subtag

OMISSION_ADDITION_FEATURES = (
    "length z toward", "length z against", "clause deficit z", "leave-one-out gain z", "similarity z",
    "clause count difference", "other side's gain z", "length x gain", "length x deficit",
)


@dataclass
class OmissionAdditionEvidence:
    """The features of one kind (omission or addition) for one bead, and what the reason names."""

    features: tuple[float, ...]
    z_len: float
    z_def: float
    z_gain: float
    z_sim: float
    span: Span | None


def omission_addition_evidence(pair: BeadPair, stats: DocumentStats, coverage: ClauseCoverage | None,
                               config: DriftConfig | None = None) -> dict[str, OmissionAdditionEvidence]:
    """Per kind, the robust z-scores that omission and addition are judged on.

    Features, in :data:`OMISSION_ADDITION_FEATURES` order (z-scores clipped so one extreme value
    cannot outvote the others): how far the length ratio is from the document's norm toward the
    kind and against it, how badly the worst clause is matched on the other side (``deficit``),
    how much more similar the pair is with one clause left out (``gain``), the pair's similarity,
    the difference in clause count, the other side's gain, and two interactions (short *and* a
    clause without counterpart is stronger evidence than either alone). A clause too short for a
    deficit (under ``clause_min_chars``) whose leaving out gains less than ``short_clause_min_gain``
    in cosine gives no gain evidence ("as I write" rendered «когда я пишу эти строки» gains a
    little, a dropped "Most deputies abstained" much); it still counts in the document's norm.
    """
    config = config or DriftConfig()
    z_len = (log_ratio(pair.source_text, pair.target_text) - stats.ratio_median) / stats.ratio_scale
    z_sim = 0.0
    if pair.similarity is not None and stats.sim_median is not None and stats.sim_scale:
        z_sim = (pair.similarity - stats.sim_median) / stats.sim_scale
    n_clauses = coverage.clause_count if coverage is not None and coverage.clause_count else {
        "source": len(split_clauses(pair.source_text)), "target": len(split_clauses(pair.target_text))}
    out: dict[str, OmissionAdditionEvidence] = {}
    for kind, side, other in (("omission", "source", "target"), ("addition", "target", "source")):
        toward = max(0.0, -z_len) if kind == "omission" else max(0.0, z_len)
        against = max(0.0, z_len) if kind == "omission" else max(0.0, -z_len)
        z_def = z_gain = z_other_gain = 0.0
        def_span = gain_span = None
        if coverage is not None:
            if coverage.worst.get(side) is not None and side in stats.clause_median:
                z_def = (coverage.deficit[side] - stats.clause_median[side]) / stats.clause_scale[side]
                def_span = coverage.worst[side]
            if _names_by_gain(coverage, side, config) and side in stats.gain_median:
                z_gain = (coverage.gain[side] - stats.gain_median[side]) / stats.gain_scale[side]
                gain_span = coverage.gain_span[side]
            if coverage.gain_span.get(other) is not None and other in stats.gain_median:
                z_other_gain = (coverage.gain[other] - stats.gain_median[other]) / stats.gain_scale[other]
        toward_c, gain_c, def_c = clip_z(toward), clip_z(z_gain), clip_z(z_def)
        features = (toward_c, clip_z(against), def_c, gain_c, clip_z(z_sim),
                    float(max(-3, min(3, n_clauses[side] - n_clauses[other]))), clip_z(z_other_gain),
                    toward_c * max(0.0, gain_c), toward_c * max(0.0, -def_c))
        span = gain_span if (gain_span is not None and z_gain >= -z_def) else def_span
        out[kind] = OmissionAdditionEvidence(features, z_len, z_def, z_gain, z_sim, span)
    return out


def _names_by_gain(coverage: ClauseCoverage, side: str, config: DriftConfig) -> bool:
    """Whether the clause left out with the best gain may be named (see omission_addition_evidence)."""
    span = coverage.gain_span.get(side)
    if span is None:
        return False
    return span[1] - span[0] >= config.clause_min_chars or coverage.gain[side] >= config.short_clause_min_gain


def omission_addition_logit(kind: str, features: Sequence[float], config: DriftConfig) -> float:
    """The fitted logistic combination (weights in :class:`DriftConfig`)."""
    if kind == "omission":
        base, extra, bias = config.omission_weights, config.omission_extra, config.omission_bias
    else:
        base, extra, bias = config.addition_weights, config.addition_extra, config.addition_bias
    w_len, w_against, w_def, w_gain, w_sim = base
    weights = (w_len, w_against, -w_def, w_gain, w_sim, *extra)
    return bias + sum(w * f for w, f in zip(weights, features, strict=True))


@lru_cache(maxsize=64)
def display_name(lang: str) -> str | None:
    """The English name of a language ("fr-CA" → "French"; None for a code babel does not know)."""
    try:
        return Locale.parse(primary_subtag(lang)).get_language_name("en") or None
    except (ValueError, UnknownLocaleError):
        return None


def language_name(lang: str, side: str) -> str:
    """"the French" for a reason a translator reads ("the target" for a language babel does not name)."""
    name = display_name(lang or "")
    return f"the {name}" if name else f"the {side}"


NOISE_STRENGTH = 0.01
"""At or below this, the fitted map has seen nothing: the strength is reported as 0."""


def omission_addition_signals(pair: BeadPair, stats: DocumentStats, config: DriftConfig,
                              coverage: ClauseCoverage | None, source_lang: str = "",
                              target_lang: str = "") -> list[DriftSignal]:
    """Omission and addition from length ratio, clause coverage and similarity, combined.

    The signal is *pinned* only when it names a clause of one side that has no counterpart on the
    other; the length ratio (or similarity) alone gives an unpinned signal, which can only be a hint.
    """
    src_len, tgt_len = len(pair.source_text), len(pair.target_text)
    out: list[DriftSignal] = []
    for kind, evidence in omission_addition_evidence(pair, stats, coverage, config).items():
        strength = logistic(omission_addition_logit(kind, evidence.features, config))
        if evidence.features[0] <= 0.5 and max(evidence.z_gain, -evidence.z_def) <= 1.0:
            # neither longer/shorter than usual nor a clause without counterpart: a pair that is
            # only less similar is the meaning signal's business, not "something added"
            strength = min(strength, 0.3)
        side, other = ("source", "target") if kind == "omission" else ("target", "source")
        langs = {"source": source_lang, "target": target_lang}
        span = evidence.span
        stats_text = (f"length ratio z {evidence.z_len:+.1f}, partial similarity z {evidence.z_def:+.1f}, "
                      f"leave-one-out gain z {evidence.z_gain:+.1f}")
        longer = -evidence.z_len if kind == "omission" else evidence.z_len
        least = config.omission_min_length_z if kind == "omission" else config.addition_min_length_z
        if span is not None and max(evidence.z_gain, -evidence.z_def) > 1.0:
            text = (pair.source_text if side == "source" else pair.target_text)[span[0]:span[1]]
            reason = (f"{language_name(langs[other], other)} has no counterpart for «{clip(text, 80)}» "
                      f"({stats_text})")
            spans, pinned = (span,), True
            if least is not None and longer < least:
                # a clause said in other words leaves the lengths as usual; one really added or
                # dropped makes its side clearly longer
                what = "longer" if kind == "addition" else "shorter"
                lacking, having = language_name(langs[other], other), language_name(langs[side], side)
                reason = (f"«{clip(text, 80)}» may be said in other words: {lacking} has no counterpart "
                          f"for it, but {having} is hardly {what} than usual ({stats_text})")
                pinned = False
        else:
            what = "shorter" if kind == "omission" else "longer"
            reason = (f"{language_name(langs['target'], 'target')} is {what} than usual in this document, "
                      f"but no clause stands out as missing its counterpart ({stats_text})")
            spans, pinned = ((0, src_len if side == "source" else tgt_len),), False
        src_spans = spans if side == "source" else ()
        tgt_spans = spans if side == "target" else ()
        shown = round(strength, 4) if strength > NOISE_STRENGTH else 0.0
        figures = (("length ratio z", evidence.z_len), ("partial similarity z", evidence.z_def),
                   ("leave-one-out gain z", evidence.z_gain))
        out.append(DriftSignal(kind, reason, src_spans, tgt_spans, shown, pinned, figures))
    return out



class OmissionAdditionSignal(Signal):
    """A side with something the other lacks; the one check that judges a 1:0 or 0:1 bead."""

    name = "omission and addition"
    kinds = ("omission", "addition")
    judges_unpaired = True
    _word_vectors: WordVectors | None = None
    """The document's single-word vectors for the restructured-clause check, made on first use."""

    def judge(self, index: int, pair: BeadPair) -> list[DriftSignal]:
        if not pair.target:
            return [DriftSignal("omission", f"source sentence(s) ({len(pair.source)}) have no translation",
                                ((0, len(pair.source_text)),), (), 1.0)]
        if not pair.source:
            return [DriftSignal("addition", "target sentence(s) have no source", (),
                                ((0, len(pair.target_text)),), 1.0)]
        ctx = self.context
        found = omission_addition_signals(pair, ctx.stats, ctx.config, ctx.coverage.get(index),
                                          ctx.source_lang, ctx.target_lang)
        return [_unless_closing(pair, _unless_gloss(pair, self._unless_rendered(pair, sig), ctx.target_lang),
                                ctx.source_lang, ctx.target_lang) for sig in found]

    def prepare(self, context: DocumentContext) -> None:
        super().prepare(context)
        self._word_vectors = None  # one word cache per document

    def _unless_rendered(self, pair: BeadPair, sig: DriftSignal) -> DriftSignal:
        """``sig``, unpinned when the other side has words for nearly all of the clause it names:
        the clause is then restructured, not missing (see ``DriftConfig.span_cover_share``)."""
        ctx, cut = self.context, self.context.config.span_cover_share
        if cut is None or ctx.encoder is None or not sig.pinned or sig.strength <= NOISE_STRENGTH:
            return sig
        from alignment.names import word_encoder
        from alignment.wordcover import WordVectors, word_coverage  # the word encoder loads on first use

        if self._word_vectors is None:
            self._word_vectors = WordVectors(word_encoder(ctx.encoder))

        if sig.kind == "omission":
            (start, end), lang, other, other_lang = (sig.source_spans[0], ctx.source_lang, pair.target_text,
                                                     ctx.target_lang)
            text = pair.source_text[start:end]
        else:
            (start, end), lang, other, other_lang = (sig.target_spans[0], ctx.target_lang, pair.source_text,
                                                     ctx.source_lang)
            text = pair.target_text[start:end]
        cover = word_coverage(text, lang, other, other_lang, ctx.encoder, self._word_vectors)
        if cover is None or cover.share < cut or len(cover.missing) > ctx.config.span_cover_max_missing:
            return sig
        side = language_name(other_lang, "target" if sig.kind == "omission" else "source")
        lacking = f" except “{cover.missing[0]}”" if cover.missing else ""
        reason = (f"«{clip(text, 80)}» may only be restructured: {side} has words for all of it{lacking} "
                  f"({sig.reason.rsplit(' (', 1)[-1]}")
        return replace(sig, reason=reason, pinned=False)


def _closings(text: str, lang: str) -> list[tuple[int, int]]:
    """Where ``text`` says a letter's closing formula (``letter_closings`` in ``data/wordcover.json``)."""
    low = text.lower().replace("’", "'")
    patterns = language_data.words_in_order("wordcover", "letter_closings", base_code(lang, ""))
    return [m.span() for pattern in patterns for m in re.finditer(pattern, low)]


def _unless_closing(pair: BeadPair, sig: DriftSignal, source_lang: str, target_lang: str) -> DriftSignal:
    """``sig``, unpinned when the clause it names lies inside a letter's closing formula and the other
    side closes the letter too: "Yours faithfully," is «Je vous prie d'agréer, Madame, Monsieur,
    l'expression de mes salutations distinguées.», each language at its own length."""
    if sig.kind not in ("omission", "addition") or not sig.pinned:
        return sig
    on_source = sig.kind == "omission"
    spans = sig.source_spans if on_source else sig.target_spans
    if not spans:
        return sig
    text, lang, other, other_lang = (
        (pair.source_text, source_lang, pair.target_text, target_lang) if on_source
        else (pair.target_text, target_lang, pair.source_text, source_lang))
    start, end = spans[0]
    inside = sum(max(0, min(end, b) - max(start, a)) for a, b in _closings(text, lang))
    if inside < 0.5 * (end - start) or not _closings(other, other_lang):
        return sig
    reason = (f"«{clip(text[start:end], 80)}» is part of a letter's closing formula, which each language "
              f"says its own way ({sig.reason.rsplit(' (', 1)[-1]}")
    return replace(sig, reason=reason, pinned=False)


_LAST_WORD = re.compile(r"([^\W\d_][\w'’.-]*)[\s)»”]*[,(:–—]\s*$")


def _unless_gloss(pair: BeadPair, sig: DriftSignal, target_lang: str) -> DriftSignal:
    """``sig``, unpinned when the clause it names as added opens like an apposition (an article, a
    relative pronoun: ``gloss_openers`` in ``data/wordcover.json``) and is set off right after a
    name the translation keeps as the source writes it: a translator's gloss for foreign readers ("the
    Financial Services Compensation Scheme (FSCS), «le fonds britannique de garantie des
    dépôts»", "National Trust, «l'organisme britannique de protection du patrimoine»")."""
    if sig.kind != "addition" or not sig.pinned or not sig.target_spans:
        return sig
    start = sig.target_spans[0][0]
    before = _LAST_WORD.search(pair.target_text[:start])
    if before is None:
        return sig
    name = before.group(1).rstrip(".")
    kept = re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", pair.source_text)
    if not (name[:1].isupper() and kept):
        return sig
    text = pair.target_text[start:sig.target_spans[0][1]]
    openers = language_data.words("wordcover", "gloss_openers", base_code(target_lang, ""))
    low = text.lower().replace("’", "'")
    if not (pair.target_text[:start].rstrip().endswith("(") or any(
            re.match(rf"{re.escape(w)}(?![^\W\d_])", low) or (w.endswith("'") and low.startswith(w))
            for w in openers)):
        return sig  # "…en Europe, notamment pour les personnes âgées": an addition, not an apposition
    reason = (f"«{clip(text, 80)}» follows the name “{name}”, kept as the source writes it: a translator's "
              f"gloss? ({sig.reason.rsplit(' (', 1)[-1]}")
    return replace(sig, reason=reason, pinned=False)
