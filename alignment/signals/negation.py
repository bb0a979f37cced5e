"""Reversal: negation on one side only (``alignment.negation``), or, where negation agrees, a
changed modality ("may" / "will", ``alignment.modality``), opposite words ("rose" / «reculé»,
``alignment.polarity``) or claim ("all" / "most", ``alignment.claims``).

Silent for a language whose negation is not read: an unread Macedonian "не" against an English
"not" is not a reversal; the report says "negation check: not available for mk" instead.
"""

from __future__ import annotations

import re

import numpy as np

from alignment.claims import claim_contrast
from alignment.drift_types import BeadPair, DriftSignal
from alignment.language_data import derived
from alignment.modality import modality_contrast
from alignment.names import separates_translations, translated_by_meaning
from alignment.negation import (
    NegationCue,
    ability_negations,
    adjectival_negations,
    affirmed,
    antonym_negatives,
    compare_negation,
    lexical_negatives,
    near_in_sentence,
    negation_covers,
    negation_cues,
    negation_grammar,
    nominal_negations,
    restrictive_words,
    soft_negations,
    weak_negations,
    word_negatives,
)
from alignment.polarity import polarity_contrast, rendered_negations
from alignment.signals.base import Signal, or_nothing
from alignment.wordcover import content_words, russian_part_of_speech
from corpora.language import base_code
from models.base import l2_normalise


def negation_signal(pair: BeadPair, source_lang: str, target_lang: str,
                    encoder: object | None = None, min_gain: float | None = None) -> DriftSignal | None:
    """Negation on one side only (a possible reversal of meaning); silent for a language whose
    negation is not read (see :class:`NegationSignal`). With an ``encoder``, a negation whose
    negated words the other side does not translate at all is a hint (see :func:`_negated_unmatched`),
    and so is one whose taking out brings the sentence less than ``min_gain`` closer to the other side
    (see :func:`negation_gain`)."""
    if not (negation_covers(source_lang) and negation_covers(target_lang)):
        return None
    src = negation_cues(pair.source_text, source_lang)
    tgt = negation_cues(pair.target_text, target_lang)
    src_lex = (_negative_words(pair.source_text, source_lang, pair.target_text, target_lang, tgt)
               + soft_negations(pair.source_text, source_lang))
    tgt_lex = (_negative_words(pair.target_text, target_lang, pair.source_text, source_lang, src)
               + soft_negations(pair.target_text, target_lang))
    # a negative word that the other side also has ("inevitable" / "inévitable") renders that
    # word, not the other side's "not": only the surplus may stand for a negation
    src_own = _outside(word_negatives(pair.source_text, source_lang, False, False), src)
    tgt_own = _outside(word_negatives(pair.target_text, target_lang, False, False), tgt)
    # … but a "not able" word ("incapable") renders an ability negated, never another side's
    # "fail"; and a negative word inside a negation's own scope ("could not be avoided") is
    # rendered by a word of the same meaning («évitable»), not by one negative by its affix
    # («inévitable» says the whole "not avoided")
    src_lex = _rendered(src_lex, tgt_own, tgt, pair.target_text,
                        lexical_negatives(pair.source_text, source_lang),
                        word_negatives(pair.source_text, source_lang, False, False))
    tgt_lex = _rendered(tgt_lex, src_own, src, pair.source_text,
                        lexical_negatives(pair.target_text, target_lang),
                        word_negatives(pair.target_text, target_lang, False, False))
    # and an "only" the other side also has ("Nur …" / "Seuls …") renders that "only"
    src_lex = _without(src_lex, restrictive_words(pair.source_text, source_lang),
                       len(restrictive_words(pair.target_text, target_lang)))
    tgt_lex = _without(tgt_lex, restrictive_words(pair.target_text, target_lang),
                       len(restrictive_words(pair.source_text, source_lang)))
    # an opposite word renders a negation: "did not accept" / «отклонил»
    src_lex += rendered_negations(pair.target_text, target_lang, pair.source_text, source_lang)
    tgt_lex += rendered_negations(pair.source_text, source_lang, pair.target_text, target_lang)
    strength, reason = compare_negation(src, tgt, src_lex, tgt_lex)
    if 0 < strength < 1.0:
        # a negation the other side may say in a word ("ни один … не" / "hardly any"): a changed
        # quantifier, if the claims check names one, says more than the weak count
        claim = claim_contrast(pair.source_text, source_lang, pair.target_text, target_lang)
        if claim is not None and "quantifier" in claim.reason:
            return DriftSignal("reversal", claim.reason, claim.source_spans, claim.target_spans, 1.0,
                               pinned=claim.pinned)
    if strength <= 0:
        contrast = modality_contrast(pair.source_text, source_lang, pair.target_text, target_lang)
        if contrast is not None:
            return DriftSignal("reversal", contrast, (), (), 1.0)
        opposite = polarity_contrast(pair.source_text, source_lang, pair.target_text, target_lang)
        if opposite is not None:
            return DriftSignal("reversal", opposite.reason, opposite.source_spans, opposite.target_spans, 1.0)
        claim = claim_contrast(pair.source_text, source_lang, pair.target_text, target_lang)
        return None if claim is None else DriftSignal("reversal", claim.reason, claim.source_spans,
                                                      claim.target_spans, 1.0, pinned=claim.pinned)
    spans = (tuple((c.start, c.end) for c in src), tuple((c.start, c.end) for c in tgt))
    # the side with the negation (the source where both have one), and the other side
    text, lang, cues, other, other_lang = (
        (pair.source_text, source_lang, src, pair.target_text, target_lang) if src
        else (pair.target_text, target_lang, tgt, pair.source_text, source_lang))
    if strength >= 1.0 and _said_otherwise(pair, source_lang, target_lang, bool(src)):
        said = f"{reason} (the other side may say it as 'not yet', by a superlative or with 'ever')"
        return DriftSignal("reversal", said, *spans, 0.45)
    if strength >= 1.0 and _double_negation(text, lang, cues, other, other_lang):
        said = (f"{reason} (two negations in one clause against an 'only' or an obligation: they may say "
                "the same restriction)")
        return DriftSignal("reversal", said, *spans, 0.45)
    figures: tuple[tuple[str, float], ...] = ()
    if strength >= 1.0:
        if _asks(pair.source_text) or _asks(pair.target_text):
            # "N'était-on pas venu pour cela ?" asks for a yes, "Wieder aufsteigen ?" for a no:
            # a rhetorical question states what the other side says without "not"
            strength, reason = 0.45, reason + " (in a question, which may ask for a yes or a no)"
        elif len(weak_negations(text, cues, lang)) == len(cues):
            strength, reason = 0.45, reason + " (only an interjection)"
        elif bool(src) != bool(tgt) and encoder is not None:
            unmatched = _negated_unmatched(text, lang, cues, other, other_lang, encoder)
            if unmatched:
                said = ", ".join(f"“{w}”" for w in unmatched)
                strength, reason = 0.45, (f"{reason}, but the other side has no word for the negated {said}: "
                                          "it may say the same with an opposite word")
                figures = ((NEGATED_UNMATCHED_FIGURE, 1.0),)
            elif min_gain is not None and separates_translations(encoder, lang, other_lang):
                gain = negation_gain(text, lang, cues, other, encoder)
                if gain < min_gain:
                    plain, negated = ("target", "source") if src else ("source", "target")
                    strength, reason = 0.45, (f"{reason}, but the {plain} reads no closer to the {negated} "
                                              "without its negation: it may say the same in other words")
                    figures = ((NEGATION_GAIN_FIGURE, round(gain, 4)),)
    return DriftSignal("reversal", reason, *spans, strength, figures=figures)


NEGATION_GAIN_FIGURE = "similarity gained without the negation"
"""Marks the hint of a negation the other side reads as no closer without: the cosine the negated
side gains with its negation taken out (:func:`negation_gain`)."""


def negation_gain(text: str, lang: str, cues: list[NegationCue], other: str, encoder: object) -> float:
    """How much closer (cosine) the other side is to ``text`` with its negation taken out
    (:func:`alignment.negation.affirmed`) than to ``text`` as written.

    A translator who drops a "not" leaves a sentence that reads like the negated one without it, so
    taking the "not" out brings the two closer; one who says the negation another way ("does not dry
    out" = «reste en eau») leaves a sentence as close to the negated one as to the plain one, or closer.
    The encoder hears negation faintly, so a small gain separates the two only roughly.
    """
    vectors = np.asarray(encoder.encode([text, affirmed(text, lang, cues), other]),  # type: ignore[attr-defined]
                         dtype=np.float32)
    vectors = l2_normalise(vectors)
    return float(vectors[1] @ vectors[2] - vectors[0] @ vectors[2])


@derived
def _until_not() -> re.Pattern[str]:
    """Russian «пока … не» in one clause, from the negation data's 'until' and 'not' words."""
    grammar = negation_grammar("ru")
    until, not_ = re.escape(grammar["until"]), re.escape(grammar["not"])
    return re.compile(rf"(?<![^\W\d_]){until}(?![^\W\d_])[^.;:!?]{{0,60}}?(?<![^\W\d_]){not_}(?![^\W\d_])",
                      re.IGNORECASE)


def _said_otherwise(pair: BeadPair, source_lang: str, target_lang: str, source_negated: bool) -> bool:
    """Whether the side without a negation says what the negated side says, in one of three shapes
    the cue count misses: a comparison with 'ever' or a superlative said as 'never so' ("more than
    ever" = «jamais autant»); a Russian «пока … не» (read as 'until') for 'not yet' / 'still not'
    ("the figures do not yet add up" = «пока … это не получается»), or a negated Russian comparative
    for a superlative
    ("the most frightening night" = «Страшнее ночи … не было», "the largest … in any museum" = «Ни в одном
    музее нет … крупнее»)."""
    negated, negated_lang, other, other_lang = (
        (pair.source_text, source_lang, pair.target_text, target_lang) if source_negated
        else (pair.target_text, target_lang, pair.source_text, source_lang))
    # "more horses than ever" = «jamais eu autant de chevaux», "the best … had ever known" = «Таких
    # сборов … ещё не бывало», "its biggest change for twenty years" = «таких изменений … не проводила»
    grammar = negation_grammar(other_lang)
    compared = [grammar[k] for k in ("ever_compared", "superlative") if k in grammar]
    never_so = negation_grammar(negated_lang).get("never_so")
    if (never_so and any(re.search(c, other, re.IGNORECASE) for c in compared)
            and re.search(never_so, negated, re.IGNORECASE)):
        return True
    for ru, ru_lang, en, en_lang in ((other, other_lang, negated, negated_lang),
                                     (negated, negated_lang, other, other_lang)):
        if base_code(ru_lang, "") == "ru" and base_code(en_lang, "") in ("en", "fr"):
            grammar = negation_grammar(en_lang)
            not_yet = re.search(grammar.get("not_yet", r"(?!)"), en, flags=re.IGNORECASE)
            if ru is other and not_yet and _until_not().search(ru):
                return True
            superlative = re.search(grammar.get("superlative", r"(?!)"), en, flags=re.IGNORECASE)
            words = re.findall(r"[а-яё]+", ru, flags=re.IGNORECASE) if ru is negated and superlative else []
            if any(russian_part_of_speech(w.lower()) == "COMP" for w in words):
                return True
    return False


NEGATED_UNMATCHED_FIGURE = "negated words without a counterpart"
"""Marks the hint of a negation whose negated words the other side lacks: a quotation, read as one
claim, still counts it as drift (``alignment.quotes``; on the seen quote sets blind5–blind25 reading it
as faithful lost 7 planted drifts to spare 3 faithful quotations)."""

SCOPE_CONTENT_WORDS = 1
"""How many content words from a negation cue on (a word inside a split cue first, then those after it
in its clause) stand for what it negates: the first one. The next ones are often outside what the
negation says ("does not dry out in summer" = «reste en eau tout l'été»: "summer" is rendered, "dry"
is not)."""


def negated_words(text: str, lang: str, cues: list[NegationCue]) -> tuple[list[str], list[str]]:
    """The content word a negation negates, read simply (a word inside a split cue, "n'est pas",
    «personne … n'», else the first content word after the cue, in its clause), and
    the words of its frame: the content words just before the cue in its clause (after the negated
    word where the cue opens the clause). A clause ends at punctuation and at a conjunction that
    opens another ("… and could not enter service": the clause is the negated one alone)."""
    negated: list[str] = []
    frame: list[str] = []
    particles = _scope_particles(lang)
    for cue in cues:
        cue_words = cue.text.lower()
        inside = [w for w in content_words(text[cue.start:cue.end], lang) if w.lower() not in cue_words]
        after = [w for w in content_words(_clause_end(lang).split(text[cue.end:], maxsplit=1)[0], lang)
                 if w.lower() not in particles]
        before = content_words(_clause_end(lang).split(text[:cue.start])[-1], lang)
        scope = inside[:1] + after
        negated += scope[:SCOPE_CONTENT_WORDS]
        # where the cue opens its clause, the frame is read after the negated word and the one next to
        # it, which often goes with it ("no change to collections" = «вывоз … как обычно»)
        frame += before[-FRAME_WORDS:] or scope[SCOPE_CONTENT_WORDS + 1:SCOPE_CONTENT_WORDS + 1 + FRAME_WORDS]
    return list(dict.fromkeys(negated)), list(dict.fromkeys(frame))


@derived
def _scope_particles(lang: str) -> frozenset[str]:
    """Words that belong to the negation, before what it negates ('no longer'; 'scope_particles')."""
    return frozenset(w.lower() for w in negation_grammar(lang).get("scope_particles", []))


_PUNCTUATION = re.compile(r"[,;:.!?()«»\"“”—–]")
"""Punctuation that ends a clause, for the negated words, their frame and a double negation."""


@derived
def _clause_end(lang: str) -> re.Pattern[str]:
    """Punctuation, or a conjunction that opens a clause (the negation data's 'clause_joiners')."""
    joiners = "|".join(re.escape(w) for w in negation_grammar(lang).get("clause_joiners", []))
    words = rf"|(?<![^\W\d_])(?:{joiners})(?![^\W\d_])" if joiners else ""
    return re.compile(rf"{_PUNCTUATION.pattern}{words}", re.IGNORECASE)


FRAME_WORDS = 3
"""How many content words around a negation show whether its clause has a counterpart at all."""


def _negated_unmatched(text: str, lang: str, cues: list[NegationCue], other: str, other_lang: str,
                       encoder: object) -> list[str]:
    """The negated words of ``text`` when the other side renders the clause (half its frame words
    or more) but not one of them (else none).

    A translator who drops or adds a "not" keeps the negated word ("did not approve" = «a
    approuvé»); one who says the negation another way changes it ("was flat" = «не вырос», "never
    married" = «restée célibataire»). A clause the other side lacks altogether ("… and left the
    miners without bread") is an addition or omission and keeps its flag. Judged only where the
    word encoder separates translations from other words (see
    :func:`alignment.names.separates_translations`).
    """
    negated, frame = negated_words(text, lang, cues)
    others = re.findall(r"[^\W\d_]{2,}", other)
    if not negated or not frame or not others or not separates_translations(encoder, lang, other_lang):
        return []
    # the negated words also as one phrase: "scarlet fever" = «скарлатина»
    phrase = [" ".join(negated)] if len(negated) > 1 else []
    asked = negated + phrase + frame
    found = translated_by_meaning([(w, others) for w in asked], lang, other_lang, encoder)
    said = len(negated) + len(phrase)
    if any(found[:said]) or 2 * sum(found[said:]) < len(frame):
        return []
    return negated


def _double_negation(text: str, lang: str, cues: list[NegationCue], other: str, other_lang: str) -> bool:
    """Two negations in one clause ("cannot give … without your written consent", "Do not share your
    PIN with anyone who is not named") against an 'only' on the other side («только с вашего
    согласия», «ne … qu'aux personnes nommées») or an obligation ('No dog can be admitted without its
    card' = «Le carnet … est obligatoire»; the negation data's 'obligation'): the two say the same
    restriction. Without either the other side may have dropped one. A word negative by its affix
    counts as one of the two ("Incomplete applications will not be considered" = «Seuls les dossiers
    complets seront examinés»)."""
    if len(cues) == 1:
        cues = cues + _outside(word_negatives(text, lang, restrictive=False), cues)
    if len(cues) != 2:
        return False
    first, second = sorted(cues, key=lambda c: c.start)
    # an aside between commas stays in the clause ("do not put up a second tent, even a small one,
    # without asking us first"); other punctuation ends it
    if _PUNCTUATION.search(text[first.end:second.start].replace(",", " ")):
        return False
    obligation = negation_grammar(other_lang).get("obligation")
    return (bool(restrictive_words(other, other_lang)) or _ne_que(other_lang).search(other) is not None
            or bool(obligation and re.search(obligation, other, re.IGNORECASE)))


@derived
def _ne_que(lang: str) -> re.Pattern[str]:
    """French «ne … que» (only), from the negation data's 'ne' and 'que' words; nothing elsewhere."""
    grammar = negation_grammar(lang)
    if "ne" not in grammar or "que" not in grammar:
        return re.compile(r"(?!)")

    def word(w: str) -> str:  # "n'" and "qu'" stand before the next word: an apostrophe ends them
        return re.escape(w[:-1]) + "['’]" if w.endswith("'") else re.escape(w) + r"(?![^\W\d_])"

    ne = "|".join(word(w) for w in grammar["ne"])
    que = "|".join(word(w) for w in grammar["que"])
    return re.compile(rf"(?<![^\W\d_])(?:{ne})[^.;:!?]{{0,60}}?(?<![^\W\d_])(?:{que})", re.IGNORECASE)


def _outside(words: list[NegationCue], cues: list[NegationCue]) -> list[NegationCue]:
    """``words`` that are not part of a negation cue ("guère" of "n'aurait guère")."""
    return [w for w in words if not any(c.start <= w.start < c.end for c in cues)]


SCOPE_WORDS = 3
"""A negative word this many words or fewer after a negation cue is in its scope ("not be avoided")."""


def _rendered(words: list[NegationCue], other_own: list[NegationCue], other_cues: list[NegationCue],
              other_text: str, able: list[NegationCue], meaning: list[NegationCue]) -> list[NegationCue]:
    """``words`` (negative words of one side) less those that render the other side's own
    negative words (``other_own``): one each, never a "not able" word (``able``), and for an own
    word inside a negation's scope only a word negative in its meaning (``meaning``)."""
    def in_scope(w: NegationCue) -> bool:
        return any(c.end <= w.start and len(re.findall(r"[^\W\d_]+", other_text[c.end:w.start])) < SCOPE_WORDS
                   for c in other_cues)

    able_at = {(w.start, w.end) for w in able}
    meaning_at = {(w.start, w.end) for w in meaning}
    scoped = sum(1 for w in other_own if in_scope(w))
    free = len(other_own) - scoped
    out = []
    for w in words:
        at = (w.start, w.end)
        if free and at not in able_at:
            free -= 1
        elif scoped and at in meaning_at:
            scoped -= 1
        else:
            out.append(w)
    return out


def _without(words: list[NegationCue], dropped: list[NegationCue], count: int) -> list[NegationCue]:
    """``words`` less the first ``count`` of ``dropped`` among them."""
    gone = {(c.start, c.end) for c in dropped[:count]}
    return [w for w in words if (w.start, w.end) not in gone]


def _asks(text: str) -> bool:
    return text.rstrip(" »”\"')").endswith("?")


def _negative_words(text: str, lang: str, other_text: str, other_lang: str,
                    other_cues: list[NegationCue]) -> list[NegationCue]:
    """Words of ``text`` that may carry, in themselves, the other side's negations.

    A lexical "not able" (incapable, невозможно) counts only against ability negations on the
    other side, and a one-word negative adjective (небольшой = "not large") only against cues
    that can negate an adjective ("not", "pas", "kein"), not "nothing" or "never"; words negative
    by an affix (sinnlos, invisible, chancenlos) count against any cue but "nothing", "never",
    "nobody", and only where they stand near that cue in the sentence. Words negative in meaning
    (kaum, hors de question, "only") count against any cue.
    """
    adjectival = len(adjectival_negations(other_cues)) == len(other_cues)
    affixes = not nominal_negations(other_cues, other_lang)
    meaning = word_negatives(text, lang, affixes=False)
    out = list(meaning)
    if affixes:  # the affix check (a dictionary lookup per word) only where affix words may count
        out += [w for w in word_negatives(text, lang)
                if w not in meaning and near_in_sentence(w, text, other_cues, other_text)]
    if len(ability_negations(other_text, other_lang, other_cues)) == len(other_cues):
        out += lexical_negatives(text, lang)
    if adjectival:
        out += antonym_negatives(text, lang)
    return list({c.start: c for c in out}.values())  # невозможно is both "not able" and "не" + a word


class NegationSignal(Signal):
    """Negation, modality and claims that differ; covers the languages whose negation is read."""

    name = "negation"
    kinds = ("reversal",)

    def covers_language(self, lang: str) -> bool:
        return negation_covers(lang)

    def judge(self, index: int, pair: BeadPair) -> list[DriftSignal]:
        found = negation_signal(pair, self.context.source_lang, self.context.target_lang,
                                self.context.encoder, self.context.config.negation_min_gain)
        return [or_nothing(found, "reversal", "negation, modality and claims agree")]
