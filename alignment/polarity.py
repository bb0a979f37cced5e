"""Opposite words: "fell" where the other side says "rose", "rejected" for "accepted".

A translator who reverses a claim with an antonym keeps every name, number and negation, so the
other checks see nothing; a sentence encoder scores the two sides as close (antonyms share their
contexts). Here each side's words are looked up in a small lexicon of opposite poles per concept
(``data/polarity.json``): a pair reverses when one side has words of one pole only and the other
side words of the opposite pole only. Words inside a negation or right after a negating word are
left to the negation check, words right before a number to the qualifier check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from alignment import language_data
from alignment.language_data import derived
from alignment.negation import NegationCue, negation_cues
from alignment.numbers import extract_numbers
from alignment.wordcover import dictionary_form
from corpora.language import base_code

RESOURCE = "polarity"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

Span = tuple[int, int]


@dataclass(frozen=True)
class PolarityContrast:
    """Opposite words of one concept on the two sides."""

    reason: str
    source_spans: tuple[Span, ...]
    target_spans: tuple[Span, ...]


def polarity_covers(lang: str) -> bool:
    """Whether the lexicon has words for ``lang``."""
    return base_code(lang, "") in language_data.entry(RESOURCE, "languages")


@derived
def _poles(lang: str) -> dict[tuple[str, str], tuple[frozenset[str], tuple[str, ...]]]:
    """(concept, pole) -> (single words, phrases) of ``lang``."""
    out = {}
    for concept, entry in language_data.entry(RESOURCE, "concepts").items():
        for pole in ("up", "down"):
            words = entry[pole].get(lang, [])
            out[(concept, pole)] = (frozenset(w for w in words if " " not in w),
                                    tuple(w for w in words if " " in w))
    return out


def _phrase_spans(phrase: str, low: str) -> list[Span]:
    """Where ``phrase`` stands in ``low`` as whole words."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<![^\W\d_]){re.escape(phrase)}(?![^\W\d_])", low)]


def _masked(low: str, lang: str) -> list[Span]:
    """Spans no polarity word is read in: the 'ignore' phrases."""
    return [span for phrase in language_data.entry(RESOURCE, "ignore").get(lang, [])
            for span in _phrase_spans(phrase, low)]


def polarity_words(text: str, lang: str) -> dict[tuple[str, str], list[tuple[str, int, int]]]:
    """(concept, pole) -> the words of ``text`` that say it, as (word, start, end); a word a negation
    reaches is left out (see :func:`negated_polarity_words`)."""
    return _polarity_words(text, lang)[0]


def negated_polarity_words(text: str, lang: str) -> dict[tuple[str, str], list[tuple[str, int, int]]]:
    """(concept, pole) -> the words of ``text`` inside a negation or in its scope ("did not accept")."""
    return _polarity_words(text, lang)[1]


@derived(maxsize=4096)
def _polarity_words(text: str, lang: str) -> tuple[dict, dict]:
    """The plain and the negated polarity words of ``text``, read once per text: the negation
    signal asks for both sides' words several times per pair (read-only to every caller)."""
    lang = base_code(lang, "")
    if not polarity_covers(lang):
        return {}, {}
    low = text.lower().replace("’", "'")
    ignored = _masked(low, lang)
    cues = negation_cues(text, lang)
    inside = [(c.start, c.end) for c in cues]
    negators = set(language_data.entry(RESOURCE, "negators"))
    reach = int(language_data.entry(RESOURCE, "number_reach"))
    scope = int(language_data.entry(RESOURCE, "negation_scope"))
    glue = set(language_data.entry(RESOURCE, "number_glue"))
    units = set(language_data.entry(RESOURCE, "amount_units"))
    backward = set(language_data.entry(RESOURCE, "scope_before").get(lang, ()))
    number_starts = [n.start for n in extract_numbers(text, lang)]
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(low)]
    scoped = []  # what each cue reaches: the words after it, within its clause
    for c in cues:
        clause_end = re.search(r"[,.;:!?—–()]", low[c.end:])
        limit = c.end + clause_end.start() if clause_end else len(low)
        after = [t for t in tokens if c.end <= t[1] < limit][:scope]
        if after:
            scoped.append((c.end, after[-1][2]))
        if c.text.lower() in backward:
            # a predicate negative closing its clause reaches back: «брать с собой нельзя»
            opening = max((m.end() for m in re.finditer(r"[,.;:!?—–()]", low[:c.start])), default=0)
            before = [t for t in tokens if opening <= t[1] and t[2] <= c.start][-scope:]
            if before:
                scoped.append((before[0][1], c.start))
    plain: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    negated: dict[tuple[str, str], list[tuple[str, int, int]]] = {}

    def place(start: int, end: int, k: int | None) -> dict | None:
        if any(a <= start < b for a, b in ignored):
            return None
        # "more than 40", «plus de 40», «больше 40»: a bound on a number, not a direction
        after = [t for t in tokens if t[1] >= end]
        stop = after[reach][1] if len(after) > reach else len(low)
        for t_word, t_start, _ in after[:reach]:
            if t_word not in glue:
                stop = t_start
                if t_word in units:
                    return None  # "less than a fortnight": a bound on an amount of a unit
                break
        if any(end <= s <= stop for s in number_starts):
            return None
        before = low[:start].rstrip()
        if (any(a <= start < b for a, b in inside + scoped) or before.endswith("n't")
                or (k is not None and k > 0 and tokens[k - 1][0] in negators)):
            return negated
        return plain

    token_forms = [_forms(word, lang) for word, _, _ in tokens]  # each word lemmatised once
    for key, (words, phrases) in _poles(lang).items():
        for k, (_, start, end) in enumerate(tokens):
            if token_forms[k] & words and (into := place(start, end, k)) is not None:
                into.setdefault(key, []).append((text[start:end], start, end))
        for phrase in phrases:
            for start, end in _phrase_spans(phrase, low):
                k = next((i for i, t in enumerate(tokens) if t[1] == start), None)
                if (into := place(start, end, k)) is not None:
                    into.setdefault(key, []).append((text[start:end], start, end))
    return plain, negated


def rendered_negations(text: str, lang: str, other_text: str, other_lang: str) -> list[NegationCue]:
    """Words of ``other_text`` that say the opposite of a word a negation of ``text`` reaches: they
    render that negation ("did not accept" / «отклонил», "would not close" / «resterait ouvert»)."""
    if not (polarity_covers(lang) and polarity_covers(other_lang)):
        return []
    negated = negated_polarity_words(text, lang)
    if not negated:
        return []
    other = polarity_words(other_text, other_lang)
    out: dict[int, NegationCue] = {}
    for (concept, pole) in negated:
        for word, start, end in other.get((concept, "down" if pole == "up" else "up"), []):
            out[start] = NegationCue(word, start, end)
    return list(out.values())


def _forms(word: str, lang: str) -> set[str]:
    """The word as written, its dictionary form, and for French a past participle's infinitive
    (the lemmatiser leaves «reculé» as it is)."""
    forms = {word, dictionary_form(word, lang)}
    if lang == "fr":
        forms.add(re.sub(r"é(?:e|s|es)?$", "er", word))
    return forms


def polarity_contrast(source: str, source_lang: str, target: str,
                      target_lang: str) -> PolarityContrast | None:
    """The first concept one side says with one pole only and the other with the opposite pole only."""
    if not (polarity_covers(source_lang) and polarity_covers(target_lang)):
        return None
    # plain words against plain words, then words a negation reaches on both sides ("did not
    # support" / "did not oppose": the same negation, the opposite verb)
    for read in (polarity_words, negated_polarity_words):
        src, tgt = read(source, source_lang), read(target, target_lang)
        for concept, entry in language_data.entry(RESOURCE, "concepts").items():
            if not entry.get("contrast", True):
                continue  # a concept that only renders negations (see rendered_negations)
            if read is negated_polarity_words and not entry.get("negated_contrast"):
                continue  # a negation's scope reaches nouns too ("never freed before the failure")
            for pole, other in (("up", "down"), ("down", "up")):
                s, t = src.get((concept, pole)), tgt.get((concept, other))
                if s and t and not src.get((concept, other)) and not tgt.get((concept, pole)):
                    negated = "negated " if read is negated_polarity_words else ""
                    reason = (f"the source says {negated}“{s[0][0]}” where the target says {negated}"
                              f"“{t[0][0]}”: opposite words ({entry['label']})")
                    return PolarityContrast(reason, tuple((a, b) for _, a, b in s),
                                            tuple((a, b) for _, a, b in t))
    return None
