"""Names: a name on one side with no counterpart on the other, or swapped for another
(``alignment.names``). Before the beads are judged, the encoder is asked once for the whole
document which unmatched mentions are translated words on the other side ("Church" / "Église")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from alignment.drift_types import BeadPair, DocumentStats, DriftSignal
from alignment.names import (
    NameContext,
    NameMention,
    all_title_words,
    capital_runs,
    capitalised_common_word,
    compound_matched,
    find_names,
    multiword_names_matched,
    names_match,
    tells_common_words,
    translated_by_meaning,
    translation_cut,
    unmatched_names,
)
from alignment.signals.base import DocumentContext, Signal, or_nothing
from alignment.termbase import CoveredSpans
from alignment.titles import title_changes
from models.base import Encoder


def unmatched_name_mentions(pair: BeadPair, source_lang: str, target_lang: str,
                            ctx: NameContext | None = None, min_confidence: float = 0.5,
                            ) -> tuple[list[NameMention], list[NameMention]]:
    """Names of each side with no spelling counterpart on the other side."""
    src_names = find_names(pair.source_text, source_lang, "source", ctx, heading=pair.heading)
    tgt_names = find_names(pair.target_text, target_lang, "target", ctx, heading=pair.heading)
    only_src = compound_matched(unmatched_names(src_names, pair.target_text, min_confidence),
                                pair.source_text, pair.target_text)
    only_tgt = compound_matched(unmatched_names(tgt_names, pair.source_text, min_confidence),
                                pair.target_text, pair.source_text)
    only_src = multiword_names_matched(only_src, src_names, pair.source_text, source_lang, pair.target_text)
    only_tgt = multiword_names_matched(only_tgt, tgt_names, pair.target_text, target_lang, pair.source_text)
    if only_tgt and not only_src:
        only_src = name_continuations(src_names, pair.source_text, only_tgt, pair.target_text, min_confidence)
    elif only_src and not only_tgt:
        only_tgt = name_continuations(tgt_names, pair.target_text, only_src, pair.source_text, min_confidence)
    return only_src, only_tgt


def name_continuations(mentions: Sequence[NameMention], text: str, other_unmatched: Sequence[NameMention],
                       other_text: str, min_confidence: float) -> list[NameMention]:
    """Weak capitalised words of ``text`` that are the changed half of a name kept in part:
    "Sven Hedin" against "Sven Saddle", "Shisha Pangma" against "Shisha Reinagl".

    Against German every capitalised noun is a weak mention, so a changed surname there goes
    unseen and the other side's name reads as merely added. A weak word counts as a name when its
    neighbour in the same run of capitals stands, spelled alike, next to the other side's
    unmatched name: one name, one half kept, the other changed."""
    # the other side's name must be a confident one: a weak capital there ("Panda Géant") is as
    # likely a translated word as a name
    other_starts = {m.start for m in other_unmatched if m.confidence >= 0.5}
    partners = [w for run in capital_runs(other_text) if any(s in other_starts for _, s in run)
                for w, s in run if s not in other_starts]
    if not partners:
        return []
    runs = capital_runs(text)
    out = []
    for mention in mentions:
        if mention.confidence >= min_confidence or any(names_match(mention.text, w) for w in partners):
            continue
        run = next((r for r in runs if any(s == mention.start for _, s in r)), [])
        if any(s != mention.start and any(names_match(w, p) for p in partners) for w, s in run):
            out.append(replace(mention, confidence=0.8))
    return out


# a mid-sentence capital against German (confidence 0.45) counts when the encoder was asked and
# found no translation of it on the other side either
WEAK_NAME_CONFIDENCE = 0.45
WEAK_NAME_VERIFIED = 0.6
# two capitalised common words against each other ("Widow" / « Veuve », "Maiden" / «Снегурочка»)
# are a nickname or title rendered in translation far more often than a swap: weak evidence
COMMON_WORDS_STRENGTH = 0.6


def name_signal(pair: BeadPair, source_lang: str, target_lang: str,
                ctx: NameContext | None = None,
                translated: set[tuple[str, int]] | None = None,
                covered: CoveredSpans | None = None,
                excused: set[tuple[str, int]] | None = None) -> DriftSignal | None:
    """A name present on one side only (or replaced by another name).

    ``translated`` holds (side, start) of mentions whose translation the encoder found on the
    other side (see :func:`alignment.names.translated_by_meaning`); they do not count, nor do
    mentions inside words a project termbase entry covers on both sides (``covered``), nor those
    the translator rendered the same way elsewhere in the document (``excused``, see
    :func:`consistent_renderings`).
    """
    checked = translated is not None
    only_src, only_tgt = unmatched_name_mentions(
        pair, source_lang, target_lang, ctx, WEAK_NAME_CONFIDENCE if checked else 0.5)
    if translated:
        only_src = [m for m in only_src if ("source", m.start) not in translated]
        only_tgt = [m for m in only_tgt if ("target", m.start) not in translated]
    if excused:
        only_src = [m for m in only_src if ("source", m.start) not in excused]
        only_tgt = [m for m in only_tgt if ("target", m.start) not in excused]
    if covered:
        only_src = [m for m in only_src if not covered.covers("source", m.start, m.end)]
        only_tgt = [m for m in only_tgt if not covered.covers("target", m.start, m.end)]
    if checked:
        only_src = [m if m.confidence >= 0.5 else replace(m, confidence=WEAK_NAME_VERIFIED) for m in only_src]
        only_tgt = [m if m.confidence >= 0.5 else replace(m, confidence=WEAK_NAME_VERIFIED) for m in only_tgt]
    if not only_src and not only_tgt:
        return None
    src_common = [capitalised_common_word(m.text, source_lang) for m in only_src]
    tgt_common = [capitalised_common_word(m.text, target_lang) for m in only_tgt]
    if only_src and only_tgt and all(src_common) and all(tgt_common):
        reason = (f"capitalised words {_quote_list(only_src)} in the source and {_quote_list(only_tgt)} "
                  "in the target are common words, not names: a nickname or title translated?")
        strength = COMMON_WORDS_STRENGTH
    elif only_src and only_tgt and (
            titles := _title_side(pair, only_src, only_tgt, source_lang, target_lang)):
        # names on one side, only capitalised common words on the other ("Pughe's Treatise on Iron
        # Girders" / «Его «Трактат о железных балках»», "The Shipping News" / « Nœuds et
        # dénouement »): a title translated around a name the other side says otherwise
        names, side = (only_tgt, "target") if titles == "source" else (only_src, "source")
        reason = (f"name {_quote_list(names)} in the {side} has no counterpart, and the capitalised words "
                  f"of the other side are common words: a title translated, or the name said otherwise?")
        strength = min(COMMON_WORDS_STRENGTH, max(m.confidence for m in names))
    elif only_src and only_tgt:
        reason = (f"name {_quote_list(only_src)} in the source but {_quote_list(only_tgt)} in the target "
                  "(changed or swapped?)")
        strength = 1.0
    elif only_src:
        reason = f"name {_quote_list(only_src)} in the source has no counterpart in the target"
        strength = max(m.confidence for m in only_src)
    else:
        reason = f"name {_quote_list(only_tgt)} in the target has no counterpart in the source"
        strength = max(m.confidence for m in only_tgt)
    return DriftSignal("names", reason, tuple((m.start, m.end) for m in only_src),
                       tuple((m.start, m.end) for m in only_tgt), strength)


def _title_side(pair: BeadPair, only_src: list[NameMention], only_tgt: list[NameMention],
                source_lang: str, target_lang: str) -> str:
    """The side ("source" or "target") whose unmatched capitals are all a translated title's common
    words (see :func:`alignment.names.all_title_words`), "" for neither; only where both languages
    tell a common word from a name."""
    if not (tells_common_words(source_lang) and tells_common_words(target_lang)):
        return ""
    if all_title_words(only_src, source_lang, pair.source_text):
        return "source"
    return "target" if all_title_words(only_tgt, target_lang, pair.target_text) else ""


def _quote_list(mentions: Sequence[object]) -> str:
    return ", ".join(f"“{m.text}”" for m in list(mentions)[:3])  # type: ignore[attr-defined]


Unmatched = Mapping[int, tuple[list[NameMention], list[NameMention]]]
"""Per bead with both sides, its unmatched mentions of each side at the weak threshold."""


def unmatched_by_bead(pairs: Sequence[BeadPair], stats: DocumentStats, source_lang: str,
                      target_lang: str) -> dict[int, tuple[list[NameMention], list[NameMention]]]:
    """The unmatched mentions of every bead with both sides, found once for the checks that read
    the whole document (the encoder's word check, the consistent renderings)."""
    return {k: unmatched_name_mentions(pair, source_lang, target_lang, stats.names, WEAK_NAME_CONFIDENCE)
            for k, pair in enumerate(pairs) if pair.source and pair.target}


def translated_names(pairs: Sequence[BeadPair], stats: DocumentStats, source_lang: str,
                     target_lang: str, encoder: Encoder,
                     unmatched: Unmatched | None = None) -> dict[int, set[tuple[str, int]]]:
    """Unmatched name mentions whose translation the encoder finds on the other side
    (``unmatched``: :func:`unmatched_by_bead`, when the caller has it already)."""
    if unmatched is None:
        unmatched = unmatched_by_bead(pairs, stats, source_lang, target_lang)
    items: list[tuple[int, str, NameMention, list[str]]] = []
    for k, (only_src, only_tgt) in unmatched.items():
        pair = pairs[k]
        for side, mentions, other in (("source", only_src, pair.target_text),
                                      ("target", only_tgt, pair.source_text)):
            if mentions:
                words = sorted({w for w in re.findall(r"[^\W\d_]{3,}", other)})
                items.extend((k, side, m, words) for m in mentions)
    out: dict[int, set[tuple[str, int]]] = {}
    for side, q_lang, o_lang in (("source", source_lang, target_lang), ("target", target_lang, source_lang)):
        group = [it for it in items if it[1] == side]
        if translation_cut(encoder, q_lang, o_lang) is None:
            continue  # nothing checked: weak mentions stay weak
        for k, *_ in group:
            out.setdefault(k, set())  # checked, even when nothing was found translated
        flags = translated_by_meaning([(m.text, words) for _, _, m, words in group], q_lang, o_lang, encoder)
        for (k, _, m, _), ok in zip(group, flags, strict=True):
            if ok:
                out.setdefault(k, set()).add((side, m.start))
    return out


RENDERING_STEM = 4
"""Letters two spellings share to count as one word's forms (Mousquetaire / Mousquetaires,
Палата / Палату): the start of a word carries its stem in all four languages read here."""


def _stem(word: str) -> str:
    return word.casefold()[:RENDERING_STEM]


def consistent_renderings(unmatched: Unmatched) -> dict[int, set[tuple[str, int]]]:
    """Name-like words the translator rendered the same way in two beads or more.

    A name swapped by mistake is swapped once; a capitalised word that meets the same unmatched
    word on the other side in several beads ("the Three Musketeers" / « les Trois Mousquetaires »,
    "House" / « Chambre », "Ushguli" / « Ouchgouli ») is the translator's rendering of it, a term,
    whatever its spelling. ``unmatched``: :func:`unmatched_by_bead`. Returns, per bead, the
    (side, start) of such mentions."""
    seen: dict[tuple[str, str], set[int]] = {}
    found: list[tuple[int, list[NameMention], list[NameMention]]] = []
    for k, (only_src, only_tgt) in unmatched.items():
        if only_src and only_tgt:
            found.append((k, only_src, only_tgt))
            for a in only_src:
                for b in only_tgt:
                    seen.setdefault((_stem(a.text), _stem(b.text)), set()).add(k)
    out: dict[int, set[tuple[str, int]]] = {}
    for k, only_src, only_tgt in found:
        for a in only_src:
            for b in only_tgt:
                if len(seen[(_stem(a.text), _stem(b.text))]) >= 2:
                    out.setdefault(k, set()).update({("source", a.start), ("target", b.start)})
    return out


class NameSignal(Signal):
    """Names present on one side only; mentions the encoder finds translated do not count."""

    name = "names"
    kinds = ("names",)

    translated: Mapping[int, set[tuple[str, int]] | None]
    """Per bead, the (side, start) of mentions the encoder found translated; no entry: not asked."""
    consistent: Mapping[int, set[tuple[str, int]]]
    """Per bead, the (side, start) of mentions rendered the same way in other beads."""

    def prepare(self, context: DocumentContext) -> None:
        super().prepare(context)
        unmatched = unmatched_by_bead(context.pairs, context.stats, context.source_lang, context.target_lang)
        if context.translated_names is not None:
            self.translated = context.translated_names
        elif context.encoder is not None and context.config.names_by_meaning:
            self.translated = translated_names(context.pairs, context.stats, context.source_lang,
                                               context.target_lang, context.encoder, unmatched)
        else:
            self.translated = {}
        self.consistent = consistent_renderings(unmatched)

    def judge(self, index: int, pair: BeadPair) -> list[DriftSignal]:
        ctx = self.context
        found = name_signal(pair, ctx.source_lang, ctx.target_lang, ctx.stats.names,
                            self.translated.get(index), ctx.covered.get(index), self.consistent.get(index))
        if found is None:
            found = title_signal(pair, ctx.source_lang, ctx.target_lang)
        return [or_nothing(found, "names", "every name has its counterpart")]


def title_signal(pair: BeadPair, source_lang: str, target_lang: str) -> DriftSignal | None:
    """A title whose rank changed: "Deputy Minister" against «министр», "acting director"
    against "director", "Prime Minister" against «министр обороны» (``alignment.titles``)."""
    only_src, only_tgt = title_changes(pair.source_text, source_lang, pair.target_text, target_lang)
    if not only_src and not only_tgt:
        return None
    side, other, words = ("source", "target", only_src) if only_src else ("target", "source", only_tgt)
    said = ", ".join(f"“{w.text}” ({w.rank})" for w in words[:2])
    reason = f"title: {said} in the {side} has no counterpart in the {other} (another office?)"
    return DriftSignal("names", reason, tuple((w.start, w.end) for w in only_src),
                       tuple((w.start, w.end) for w in only_tgt), 1.0)
