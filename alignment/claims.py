"""How strong a claim is: "will" against "may", "all" against "most", "вероятно" left out.

Three changes that keep every name and number yet say something else, shared by the drift flags
and the quote verdicts (``alignment.drift.negation_signal``):

- a strong modal on one side ("will", "must", "будет") where the other has only a weak one
  ("may", "could", "может");
- a quantifier over all ("all", "every", "все") where the other covers part ("most", "some",
  "большинство"): a hint in the drift flags, counted in quote verdicts (see ``CONTRASTS``);
- a hedge that qualifies the whole sentence ("вероятно", "probably") with nothing hedged on the
  other side: certainty added. Faithful translators drop such hedges often enough that this
  alone never flags a pair (``pinned`` False: a hint); a quotation, read closely, counts it.

The words are data (``data/modality.json``, "claims"); phrases where they mean something else
("at all", "всё равно", "will be able") are listed there too and not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from alignment.modality import _data, find_entries, modal_words, passive_modal
from corpora.language import base_code

Span = tuple[int, int]
CONTRASTS = (("strong_modal", "weak_modal", "modal", True), ("universal", "partial", "quantifier", False),
             ("universal", "almost_all", "quantifier", False), ("almost_all", "partial", "quantifier", False),
             ("none", "almost_none", "quantifier", False), ("majority", "minority", "quantifier", False))
"""(strong words, weak words, what they are, pinned). A quantifier contrast is a hint in the drift
flags: a free translation moves "all" and "some" between noun phrases ("auf einige der wichtigsten
Publikationen" / "ce qui est connu de chacun"); the two untouched Text+Berg dev pairs where it
fired were both faithful. A quotation, one claim read closely, counts it."""
_NUMBER_AFTER = re.compile(r"\s*\d")


@dataclass(frozen=True)
class ClaimContrast:
    """Why the two sides make claims of different strength, and the words on each side."""

    reason: str
    source_spans: tuple[Span, ...]
    target_spans: tuple[Span, ...]
    pinned: bool = True


def claim_words(text: str, lang: str, kind: str) -> list[tuple[str, int, int]]:
    """The ``kind`` words of ``text`` ("universal", "weak_modal", …), leaving out those inside a
    phrase where they mean something else, and a partial quantifier before a figure ("some 300"
    is "about 300")."""
    lists = _data()["claims"]
    code = base_code(lang, "")
    found = find_entries(text, lists[kind].get(code, []))
    if kind.endswith("sentence_hedge"):  # «может быть продлён» is 'may be extended', not 'perhaps'
        found = [w for w in found if not passive_modal(text, lang, w)]
    # a sentence hedge is itself such a phrase ("может быть", "peut-être", "most likely")
    other = [] if kind.endswith("sentence_hedge") else find_entries(text, lists["not_a_claim"].get(code, []))
    other = [w for w in other if not passive_modal(text, lang, w)]  # «может быть продлён» says 'may'
    return [w for w in found
            if not any(a <= w[1] < b for _, a, b in other)
            and not (kind == "partial" and _NUMBER_AFTER.match(text, w[2]))
            and not (kind.endswith("_modal") and _capitalised_inside(text, w[1]))]


def _capitalised_inside(text: str, start: int) -> bool:
    """A capital inside a sentence: a name ("in May", "Will Smith"), not a modal."""
    before = text[:start].rstrip(" «“\"'(")
    return text[start].isupper() and bool(before) and before[-1] not in ".!?:;"


def _spans(words: list[tuple[str, int, int]]) -> tuple[Span, ...]:
    return tuple((a, b) for _, a, b in words)


def claim_contrast(source: str, source_lang: str, target: str, target_lang: str) -> ClaimContrast | None:
    """The first change of claim strength between the two sides, or None."""
    sides = (("source", source, source_lang), ("target", target, target_lang))
    for strong, weak, what, pinned in CONTRASTS:
        for (a_side, a, a_lang), (b_side, b, b_lang) in (sides, sides[::-1]):
            a_strong, b_weak = _own(a, a_lang, strong), claim_words(b, b_lang, weak)
            if what == "modal":  # «если работы не будут завершены»: a future in an if-clause claims nothing
                a_strong = [w for w in a_strong if not in_condition(a, w[1], a_lang)]
            # a strong word inside a weak phrase is that phrase ("aucun" of "presque aucun")
            b_strong = [w for w in _own(b, b_lang, strong)
                        if not any(x[1] <= w[1] < x[2] for x in b_weak)
                        and not (what == "modal" and in_condition(b, w[1], b_lang))]
            if what == "modal" and (_negated(b, b_lang, b_weak) or _restricted(b, b_lang, b_weak)):
                continue  # "no boat may go out" = «aucun bateau ne doit sortir»: "may" denied is "must not";
                # «могут … только со взрослыми» = "must … with an adult": "may only" says "must"
            if what == "modal" and not _modal_near(a, a_strong, b, b_weak):
                continue  # "… will aim to reply" against «Вопросы можно направлять …»: other clauses
            # a quantifier may stand on both sides for another noun ("every quarter" = «каждый квартал»):
            # one more on the strong side is the one the weak word answers
            b_strong_left = len(b_strong) >= len(a_strong) if what == "quantifier" else b_strong
            if a_strong and b_weak and not claim_words(a, a_lang, weak) and not b_strong_left:
                reason = (f"the {a_side} says “{a_strong[0][0]}” where the {b_side} says "
                          f"“{b_weak[0][0]}” ({what})")
                return _contrast(reason, a_side, a_strong, b_weak, pinned)
    for (a_side, a, a_lang), (b_side, b, b_lang) in (sides, sides[::-1]):
        hedges = claim_words(a, a_lang, "sentence_hedge")
        if hedges and not (modal_words(b, b_lang, "hedge") or claim_words(b, b_lang, "sentence_hedge")
                           or claim_words(b, b_lang, "weak_modal")):
            reason = f"the {a_side} hedges (“{hedges[0][0]}”) and the {b_side} states it without a hedge"
            # a plain "probably" dropped states a guess as fact: the hedge is the word that differs
            firm = bool(claim_words(a, a_lang, "firm_sentence_hedge"))
            return _contrast(reason, a_side, hedges, [], firm)
    return None


def _own(text: str, lang: str, kind: str) -> list[tuple[str, int, int]]:
    """The ``kind`` words of ``text``, less a universal word inside an "almost all" phrase: «почти все»
    claims 'almost all', not 'all'."""
    words = claim_words(text, lang, kind)
    if kind != "universal":
        return words
    almost = claim_words(text, lang, "almost_all")
    return [w for w in words if not any(x[1] <= w[1] < x[2] for x in almost)]


def in_condition(text: str, at: int, lang: str) -> bool:
    """Whether the word at ``at`` stands in an if-clause ("si vous pouvez héberger des voisins,
    écrivez-nous", "…, если работы не будут завершены"): a modal there says what may happen or what
    the reader may do, not how sure the speaker is ('conditional_openers')."""
    openers = _data()["claims"].get("conditional_openers", {}).get(base_code(lang, ""), [])
    return bool(find_entries(re.split(r"[.;:!?,—–]", text[:at])[-1], openers))


def _modal_near(a: str, a_words: list[tuple[str, int, int]], b: str,
                b_words: list[tuple[str, int, int]]) -> bool:
    """Whether a modal of one side stands at about the same place in its sentence as one of the
    other's (``negation.near_in_sentence``): a strong modal of one clause and a weak one of another
    make no contrast. True when either side has none (nothing to compare)."""
    if not a_words or not b_words:
        return True
    from alignment.negation import NegationCue, near_in_sentence

    return any(near_in_sentence(NegationCue(*w), a, [NegationCue(*x) for x in b_words], b) for w in a_words)


_MODAL_NEGATION_GAP = 1
"""A weak modal with a negation this many words or fewer before it ("no boat may", «не может»), or,
in English, right after it ("could not"), is denied: "may not" says "must not", "could not" "will
not be able", as certain as a strong modal. A French «pourrait ne pas» negates the verb, not the modal."""


def _negated(text: str, lang: str, words: list[tuple[str, int, int]]) -> bool:
    """Whether any of the modal ``words`` of ``text`` is denied by a negation next to it."""
    if not words:
        return False
    from alignment.negation import negation_cues  # the negation reader loads its data on first use

    cues = negation_cues(text, lang)
    after_counts = base_code(lang, "") == "en"
    for _, start, end in words:
        for cue in cues:
            if cue.start < start < cue.end:
                return True  # «ne doit pas», «n'a pas pu»
            if cue.end <= start:
                gap = text[cue.end:start]
                limit = _MODAL_NEGATION_GAP
            elif after_counts and cue.start >= end:
                gap, limit = text[end:cue.start], 0
            else:
                continue
            if len(re.findall(r"[^\W\d_]+", gap)) <= limit and re.search(r"[,.;:!?—–]", gap) is None:
                return True
    return False


_RESTRICTION_REACH = 5
"""A weak modal with a restrictive word ("only", «только», «seulement») this many words or fewer after
it, in its clause, says what must be: "may only ride with an adult" = "must ride with an adult"."""


def _restricted(text: str, lang: str, words: list[tuple[str, int, int]]) -> bool:
    """Whether any of the modal ``words`` of ``text`` is narrowed by a restrictive word after it."""
    from alignment.negation import restrictive_words

    only = [w for w in restrictive_words(text, lang)]
    for _, _, end in words:
        for cue in only:
            gap = text[end:cue.start]
            if (cue.start >= end and len(re.findall(r"[^\W\d_]+", gap)) <= _RESTRICTION_REACH
                    and re.search(r"[,.;:!?—–]", gap) is None):
                return True
    return False


def _contrast(reason: str, a_side: str, a_words: list, b_words: list, pinned: bool) -> ClaimContrast:
    a, b = _spans(a_words), _spans(b_words)
    return ClaimContrast(reason, *((a, b) if a_side == "source" else (b, a)), pinned=pinned)
