"""Negation cues per language, counted as units so that a dropped or added "not" shows.

Counting words naively would make every French "ne … pas" two negations and every Russian
"никто не знает" two as well, while the English has one. So each language groups its cues
into units: French "ne" absorbs the pas/jamais/rien/aucun/plus that follow it (and "ne … que",
which means "only", is not a negation); Russian ни-words are absorbed by a nearby не/нет
(negative concord); "neither … nor", "ni … ni", "weder … noch" count once; "not only",
"non seulement", "не только", "nicht nur" are not negations at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from alignment import language_data
from alignment.language_data import derived
from corpora.language import base_code

RESOURCE = "negation"


def _language(lang: str) -> dict[str, Any]:
    return language_data.language(RESOURCE, base_code(lang))


def negation_grammar(lang: str) -> dict[str, Any]:
    """The 'grammar' words and patterns of a language's negation data (empty where it has none)."""
    return dict(_language(lang).get("grammar", {})) if negation_covers(lang) else {}


def negation_covers(lang: str) -> bool:
    """Whether negation is read in this language (elsewhere the check stays silent, not wrong)."""
    return base_code(lang) in language_data.languages_of(RESOURCE)


@derived
def _patterns(lang: str, key: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _language(lang).get(key, ()))


def _lower(text: str) -> str:
    """Lower case with one apostrophe, keeping every offset (the data's patterns are written so)."""
    low = text.lower().replace("’", "'")
    return low if len(low) == len(text) else text.replace("’", "'")


@dataclass(frozen=True)
class NegationCue:
    """One negation unit: its words as written and its span in the text."""

    text: str
    start: int
    end: int


_TOKEN = {
    "en": re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?"),
    "fr": re.compile(r"[^\W\d_]+['’]?"),
}
_DEFAULT_TOKEN = re.compile(r"[^\W\d_]+")



def _words(lang: str, key: str) -> frozenset[str]:
    return frozenset(_language(lang).get(key, ()))


@derived
def _ru_ni() -> re.Pattern[str]:
    return re.compile("^(" + "|".join(_language("ru").get("ni_words", ())) + ")$")


@derived
def _fr_bare_ne() -> re.Pattern[str]:
    return re.compile(_language("fr").get("bare_ne", "(?!)"))


def _tokens(text: str, lang: str) -> list[tuple[str, int, int]]:
    pattern = _TOKEN.get(lang, _DEFAULT_TOKEN)
    return [(m.group().lower().replace("’", "'"), m.start(), m.end()) for m in pattern.finditer(text)]


def _same_clause(text: str, toks: list[tuple[str, int, int]], a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return re.search(r"[.!?;:]", text[toks[lo][2]:toks[hi][1]]) is None


def _same_sentence(text: str, toks: list[tuple[str, int, int]], a: int, b: int) -> bool:
    """Whether tokens ``a`` < ``b`` stand in one sentence (no full stop, ? or ! between)."""
    return re.search(r"[.?!]", text[toks[a][2]:toks[b][1]]) is None


def _expletive_ne(words: list[str], k: int, que: set[str], text: str,
                  toks: list[tuple[str, int, int]]) -> bool:
    """Whether the French 'ne' at ``k`` follows 'que' and one word (its subject: "qu'on ne
    l'imagine") with a comparative word ('expletive_after_comparative') before them in the clause, and
    no particle after it in its clause ("qu'il ne faut pas" negates)."""
    if k < 2 or words[k - 2] not in que:
        return False
    comparatives, particles = _words("fr", "expletive_after_comparative"), _words("fr", "particles")
    for j in range(k + 1, min(len(words), k + 6)):
        if re.search(r"[,;:.!?—–]", text[toks[k][2]:toks[j][1]]):
            break  # "qu'on ne l'imagine, et plus silencieux": another clause
        if words[j] in particles:
            return False
    return any(words[j] in comparatives and _same_clause(text, toks, j, k)
               for j in range(max(0, k - 8), k - 2))


def _amount_follows(rest: str, lang: str) -> bool:
    """Whether "de"/"d'" and a number follow ("Plus de 40 000 pages", "plus d'un tiers"): an
    amount, not the elliptical "Plus de doute"."""
    from alignment.numbers import extract_numbers

    m = re.match(r"\s*d(?:e\s+|['’]\s*)", rest)
    share = re.match(r"\s*d(?:e\s+la\s+|e\s+l['’]\s*|u\s+|es\s+|['’]\s*une?\s+)([^\W\d_]+)", rest)
    if share and share.group(1).lower() in _words(lang, "plus_amount_words"):
        return True  # "plus de la moitié", "plus du tiers": more than a share
    if not m:
        return False
    after = rest[m.end():m.end() + 40]
    # "plus d'une soixantaine", "plus d'un millier": the article before a round number
    article = re.match(r"(?:une?\s+)?", after)
    numbers = extract_numbers(after, lang)
    return bool(numbers) and numbers[0].start in {0, article.end() if article else 0}


def _clause_start(text: str, toks: list[tuple[str, int, int]], k: int) -> bool:
    before = text[toks[k - 1][2]:toks[k][1]] if k else ""
    return k == 0 or re.search(r"[.!?;:,«»“”\"(—–-]", before) is not None


def _after_comma(text: str, toks: list[tuple[str, int, int]], k: int) -> bool:
    # figures are no tokens: "по телефону 07700 914 362, пока не вернётся" is after a comma too
    return k > 0 and re.fullmatch(r"[\s\d.:/()+%-]*[,—–]\s*", text[toks[k - 1][2]:toks[k][1]]) is not None


def _prefix_non(text: str, toks: list, k: int, lang: str) -> bool:
    """Whether "non" at token ``k`` is the prefix of the adjective after it («anti-inflammatoires non
    stéroïdiens», «travaux non autorisés»): a word negative like "non-steroidal" or "unauthorised",
    not a clause's negation (data: 'non_prefix_not_before' lists the words after which it is one)."""
    if k + 1 >= len(toks):
        return False
    following, before = toks[k + 1][0], toks[k - 1][0] if k else ""
    return (text[toks[k][2]:toks[k + 1][1]] in (" ", "-") and following.isalpha() and following.islower()
            and following not in _words(lang, "non_prefix_not_before")
            and following not in _words(lang, "determiners")
            and before not in _words(lang, "non_prefix_not_after"))  # «et non les voyageurs»: a clause's


@derived(maxsize=4096)
def _cues(text: str, lang: str) -> tuple[list[NegationCue], list[NegationCue]]:
    lang = base_code(lang)
    toks = _tokens(text, lang)
    words = [t[0] for t in toks]
    units: list[tuple[int, int]] = []  # token index ranges [first, last]
    muted: list[tuple[int, int]] = []  # a 'not' of 'not … until': no negation, but it may stand for one

    def nxt(k: int) -> str:
        return words[k + 1] if k + 1 < len(words) else ""

    def grammar(key: str) -> Any:
        return language_data.entry(RESOURCE, "languages", lang, "grammar", key)

    cues, only = _words(lang, "cues"), _words(lang, "only_words")
    particles, concord = _words(lang, "particles"), _words(lang, "concord_before")

    if lang == "en":
        nots, contraction, litotes = set(grammar("not")), grammar("contraction"), grammar("litotes_prefix")
        first, second = grammar("paired")
        seen_neither = False
        for k, w in enumerate(words):
            if w == first:
                seen_neither = True
            if w == second and (seen_neither or any(_same_sentence(text, toks, a, k) for a, _ in units)):
                continue  # "neither … nor", and "not allowed, nor is …": one negation continued
            if w in nots and (nxt(k) in only or nxt(k).startswith(litotes)):
                continue  # "not only"; litotes "not unlike"
            if (w in nots or w.endswith(contraction)) and nxt(k) not in grammar("waiting") and any(
                    words[j] in grammar("until") and _same_clause(text, toks, k, j)
                    for j in range(k + 1, min(len(words), k + 9))):
                # "did not spread until the third day" = "only on the third day"; but "should not
                # wait until June" says do not wait; a translation may keep the 'not' («нельзя, пока»)
                muted.append((k, k))
                continue
            if (w in nots or w.endswith(contraction)) and any(
                    words[j] in grammar("except") and _same_clause(text, toks, k, j)
                    for j in range(k + 1, min(len(words), k + 9))):
                # "must not be crossed except by the footbridges" = «ne … que par les passerelles»:
                # only by them; a translation may keep the 'not' («sauf par»)
                muted.append((k, k))
                continue
            if w == grammar("abbreviation") and k + 1 < len(toks) \
                    and text[toks[k][2]:toks[k][2] + 3].strip().startswith("."):
                continue  # "No. 5"
            if w in cues or w.endswith(contraction):
                units.append((k, k))
    elif lang == "fr":
        ne, que = set(grammar("ne")), set(grammar("que"))
        ni, plus, pas = grammar("ni"), grammar("plus"), grammar("pas")
        absorbed: set[int] = set()
        for k, w in enumerate(words):
            if w in ne and _expletive_ne(words, k, que, text, toks):
                continue  # "plus sale qu'on ne l'imagine": the expletive ne of a comparison
            if w in ne:
                window = range(k + 1, min(len(words), k + 7))
                stop = next((j for j in window if words[j] in que), None)
                if stop is not None:
                    window = range(k + 1, stop)  # "ne … que" means "only"
                hit = next((j for j in window if words[j] in particles), None)
                if hit is None and stop is None and k + 1 < len(words) and _fr_bare_ne().match(words[k + 1]):
                    units.append((k, k + 1))  # literary "ne peut", "ne saurait", "n'ose"
                    continue
                if (hit is None and stop is None and k + 2 < len(words)
                        and words[k + 1] in _words(lang, "bare_ne_auxiliaries")
                        and _fr_bare_ne().match(words[k + 2])):
                    units.append((k, k + 2))  # "n'ont pu être consultés", "n'a su"
                    continue
                if hit is None:
                    # "personne ne …", "rien ne …", "ni … ni … ne": the particle comes first
                    before = [j for j in range(max(0, k - 10), k)
                              if words[j] in concord | {ni} and _same_clause(text, toks, j, k)
                              and (k - j <= 10 or words[j] == ni)]
                    if before:
                        absorbed.update(before)
                        units.append((before[0], k))
                    continue  # otherwise "ne … que" (only) or an expletive ne
                if words[hit] == plus and nxt(hit) in que:
                    absorbed.add(hit)
                    continue  # "ne … plus que" also means "only"
                if words[hit] == grammar("guere") and stop is not None:
                    absorbed.add(hit)
                    continue  # "n'avons guère vu que des nuages": hardly anything but, an "only"
                if words[hit] == pas and nxt(hit) == grammar("not_only"):
                    absorbed.add(hit)
                    continue
                absorbed.update(j for j in window if words[j] in particles)
                # negative concord: "Personne, même pas nos maîtres, n'aurait pu" is one negation
                absorbed.update(j for j in range(max(0, k - 10), k)
                                if words[j] in concord and _same_clause(text, toks, j, k))
                units.append((k, hit))
            elif w == grammar("without") and not (k and [words[k - 1], nxt(k)] == grammar("without_idiom")):
                absorbed.update(j for j in range(k + 1, min(len(words), k + 4))
                                if words[j] in particles)
                units.append((k, k))
            elif (w == grammar("non") and nxt(k) != grammar("not_only")
                  and not _prefix_non(text, toks, k, lang)):
                units.append((k, k))
        for k, w in enumerate(words):
            if (w == plus and k not in absorbed and _clause_start(text, toks, k)
                    and nxt(k) in _words(lang, "clause_start_plus_before")
                    and not _amount_follows(text[toks[k][2]:], lang)
                    and not re.match(r"\s*[\d£$€]", text[toks[k][2]:])):  # ", plus 237 £ de TVA" adds
                absorbed.update({k, k + 1})
                units.append((k, k))  # elliptical "Plus de doute", "Plus jamais !", "Plus question"
        last_ni = -100  # far enough that the first "ni" is never taken for a second one
        for k, w in enumerate(words):
            if k in absorbed or w not in _words(lang, "standalone"):
                continue
            elliptical = (k and words[k - 1] in _words(lang, "pas_elliptical_after")) or (
                _clause_start(text, toks, k) and (nxt(k) in _words(lang, "clause_start_pas_before") or (
                    k > 0 and re.fullmatch(r"\s*[,—–]\s*", text[toks[k - 1][2]:toks[k][1]]) is not None
                    and nxt(k) not in _words(lang, "clause_start_pas_noun_after"))))
            noun = (nxt(k) not in _words(lang, "pas_after")
                    or (k and words[k - 1] in _words(lang, "determiners")))
            if w == pas and not elliptical and noun:
                continue  # "pas" alone is mostly the noun (un pas, ses pas, empreintes de pas)
            if w == grammar("jamais") and not _clause_start(text, toks, k) and not (
                    k and words[k - 1] == plus and _clause_start(text, toks, k - 1)) and not (
                    k and words[k - 1] in _words(lang, "jamais_negative_after")):
                continue  # "plus que jamais", "ont-ils jamais vu" mean "ever"; "Plus jamais !" does not
            if w == ni and k - last_ni < 12:
                last_ni = k
                continue  # "ni … ni" counts once
            if w == ni:
                last_ni = k
            units.append((k, k))
    elif lang == "ru":
        negators, ne = set(grammar("negators")), grammar("not")
        neg_positions = [k for k, w in enumerate(words) if w in negators]
        last_ni = -100  # far enough that the first "ni" is never taken for a second one
        for k, w in enumerate(words):
            if w == ne and nxt(k) in only:
                continue
            if w == ne and any(words[j] == grammar("until") and _same_clause(text, toks, j, k)
                                 and (_clause_start(text, toks, j)
                                      or (j > 0 and words[j - 1] in grammar("conjunctions")
                                          and _clause_start(text, toks, j - 1)))
                                 and (j < k - 1 or (_after_comma(text, toks, j) and not _ru_state(nxt(k))))
                                 for j in range(max(0, k - 8), k)):
                continue  # "пока они не стали" = "until they became" (the не is expletive); not the
                # adverb «обвинение пока никому не предъявлено» (so far no one has been charged); «пока
                # не» right after a comma is 'until' too («…, пока не снимут скобы»), at a sentence's
                # start 'not yet' («Пока не ясно»), and so before a state («…, пока не принято»); a
                # conjunction may open the clause first («Но пока промоину не закроют»: but until)
            if w in cues:
                units.append((k, k))
            elif _ru_ni().match(w):
                if any(abs(p - k) <= 6 and _same_clause(text, toks, p, k) for p in neg_positions):
                    continue  # negative concord: absorbed by не/нет
                if k - last_ni < 8:
                    last_ni = k
                    continue
                last_ni = k
                units.append((k, k))
    elif lang == "de":
        nots, litotes = set(grammar("not")), grammar("litotes_prefix")
        first, second = grammar("paired")
        seen_weder = False
        for k, w in enumerate(words):
            if w in nots and (nxt(k) in only or nxt(k).startswith(litotes)):
                continue  # "nicht nur"; litotes "nicht unerheblich"
            if w == first:
                seen_weder = True
            if w in cues:
                units.append((k, k))
            elif w == second and seen_weder:
                continue
    else:  # a language the data adds without grouping rules: each cue word is one negation
        units.extend((k, k) for k, w in enumerate(words) if w in cues)
    units.sort()
    idioms = [m.span() for p in _patterns(lang, "not_negation") for m in p.finditer(_lower(text))]
    cues = [NegationCue(text[toks[a][1]:toks[b][2]] if b == a else f"{toks[a][0]} … {toks[b][0]}",
                        toks[a][1], toks[b][2]) for a, b in units]
    soft = [c for c in cues if any(s <= c.start < e or s < c.end <= e for s, e in idioms)]
    soft += [NegationCue(text[toks[a][1]:toks[b][2]], toks[a][1], toks[b][2]) for a, b in muted]
    return [c for c in cues if c not in soft], soft


def negation_cues(text: str, lang: str) -> list[NegationCue]:
    """Negation units in ``text`` (see the module docstring for how cues are grouped); the
    negation words of idioms and litotes ("ne cesse de", "nicht so leicht") do not count, nor a
    capitalised cue inside a name ("Colvin Sans", the typeface)."""
    return [c for c in _cues(text, lang)[0] if not _in_a_name(text, c)]


_CAPITAL_BEFORE = re.compile(r"(?<![.!?:;«“\"(—–-])\s*\b[A-Z\u00C0-\u024F\u0400-\u042F][^\W\d_]*\s+$")


def _in_a_name(text: str, cue: NegationCue) -> bool:
    """Whether ``cue`` is one capitalised word right after another capitalised word inside a
    sentence: a name or title ("Colvin Sans", "Never Let Me Go" after its first word), not a negation.
    A cue that opens a sentence or follows a mark has no capitalised word right before it."""
    if " " in cue.text.strip() or not cue.text[:1].isupper():
        return False
    return bool(_CAPITAL_BEFORE.search(text[:cue.start]))


def soft_negations(text: str, lang: str) -> list[NegationCue]:
    """The negation words of idioms and litotes: they do not negate, but a translation may render
    them with a plain negation ("nicht so leicht" = "pas si facile"), so they may stand for one."""
    return list(_cues(text, lang)[1])


# "Not able" / "not possible" said in one word: a translation often renders "не способны" as
# "incapable" or "nicht möglich" as "impossible" — negated in form on one side, in the word on the
# other. Only this family counts, and only against a negation next to an ability or possibility
# word ("не способны", "cannot", "n'est pas possible"), so that an unrelated "unknown" elsewhere
# in the sentence does not excuse a real reversal. Prefixes of the lower-case word.
# (prefixes of the lower-case word: ``lexical_negatives``; ability words: ``ability_words``)


@derived
def _ability(lang: str) -> re.Pattern[str] | None:
    words = language_data.words_in_order(RESOURCE, "ability_words", lang)
    return re.compile("^(" + "|".join(words) + ")$") if words else None


# Russian writes "not large", "not bad", "not long" as one word (небольшая река = "not a large
# river"); the English or French side then has a "not" that the Russian has in the word.
# (prefixes: ``one_word_antonyms``)


def _ordered(lang: str, key: str) -> tuple[str, ...]:
    return language_data.words_in_order(RESOURCE, key, base_code(lang))


def _words_starting_with(text: str, prefixes: tuple[str, ...]) -> list[NegationCue]:
    return [NegationCue(text[m.start():m.end()], m.start(), m.end())
            for m in re.finditer(r"[^\W\d_]+", text)
            if any(m.group().lower().startswith(p) for p in prefixes)]


def antonym_negatives(text: str, lang: str) -> list[NegationCue]:
    """Words that are "not" + an adjective written as one (небольшой, неплохо, недолго), and in
    Russian any adjective, participle or adverb that is "не" + a word the dictionary knows
    (несуществующих = "not existing", неподвижный): negation written as morphology."""
    listed = _words_starting_with(text, _ordered(lang, "one_word_antonyms"))
    if base_code(lang) != "ru":
        return listed
    seen = {c.start for c in listed}
    not_antonyms = _words(lang, "not_antonyms")  # «несколько» (several) negates nothing
    more = [NegationCue(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+", text)
            if m.start() not in seen and m.group().lower() not in not_antonyms
            and _ru_not_prefixed(m.group().lower())]
    return sorted(listed + more, key=lambda c: c.start)


_RU_QUALITY = frozenset({"ADJF", "ADJS", "PRTF", "PRTS", "ADVB", "PRED", "COMP"})


def _ru_state(word: str) -> bool:
    """Whether a Russian word is most likely a short participle, a short adjective or a predicative
    («принято», «ясно»): «пока не принято» says 'not yet', not 'until'."""
    if not word:
        return False
    from alignment.wordcover import russian_part_of_speech

    return russian_part_of_speech(word) in {"PRTS", "ADJS", "PRED"}


@lru_cache(maxsize=65536)
def _ru_not_prefixed(word: str) -> bool:
    if len(word) < 6 or not word.startswith("не"):
        return False
    from alignment.wordcover import morph_analyzer

    morph = morph_analyzer()
    whole, rest = morph.parse(word)[0], word[2:]
    if not (whole.tag.POS in _RU_QUALITY and morph.word_is_known(rest)):
        return False
    return any(p.tag.POS in _RU_QUALITY for p in morph.parse(rest))


def lexical_negatives(text: str, lang: str) -> list[NegationCue]:
    """Words that say "not able" or "not possible" in themselves: incapable, невозможно, unmöglich."""
    return _words_starting_with(text, _ordered(lang, "lexical_negatives"))


def adjectival_negations(cues: list[NegationCue]) -> list[NegationCue]:
    """The cues that can negate an adjective ("not large", "pas grand", "kein großer").

    Only these can be what a one-word Russian negative (небольшой = "not large") renders;
    "nothing", "never", "nobody", "without" or "ne … rien" cannot.
    """
    adjectival = language_data.all_words(RESOURCE, "adjectival")
    out = []
    for cue in cues:
        words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]*)?", cue.text.lower().replace("’", "'"))
        if words and all(w in adjectival or w.endswith("n't") for w in words):
            out.append(cue)
    return out


def ability_negations(text: str, lang: str, cues: list[NegationCue]) -> list[NegationCue]:
    """The cues that negate an ability or possibility ("не способны", "cannot", "nicht möglich")."""
    lang = base_code(lang)
    pattern = _ability(lang)
    if pattern is None:
        return []
    grammar = language_data.language(RESOURCE, lang).get("grammar", {})
    in_itself = grammar.get("ability_in_itself", ())
    phrase = grammar.get("ability_phrase_after")
    after = re.compile(r"\s+" + r"\s+".join(map(re.escape, phrase.split())) + r"\b") if phrase else None
    out = []
    for cue in cues:
        if cue.text.lower() in in_itself:
            out.append(cue)
            continue
        if after is not None and after.match(text[cue.end:cue.end + 10].lower()):
            out.append(cue)  # "is not to be explained" = cannot be explained
            continue
        window = re.findall(r"[^\W\d_]+", text[cue.end:cue.end + 40].lower())[:3]
        before = re.findall(r"[^\W\d_]+", text[max(0, cue.start - 25):cue.start].lower())[-2:]
        if any(pattern.match(w) for w in window + before):
            out.append(cue)
    return out


def compare_negation(
    source: list[NegationCue], target: list[NegationCue],
    source_lexical: list[NegationCue] | None = None, target_lexical: list[NegationCue] | None = None,
) -> tuple[float, str]:
    """How strongly the two sides disagree on negation, in [0, 1], and why.

    One side negated and the other not is a strong signal (a reversal); different non-zero
    counts are a weaker one, because languages split negations differently.
    """
    a, b = len(source), len(target)
    if a == b:
        return 0.0, ""
    if a == 0 or b == 0:
        side, cues = ("source", source) if a else ("target", target)
        words = ", ".join(f"“{c.text}”" for c in cues[:3])
        other = "target" if side == "source" else "source"
        lexical = (target_lexical if a else source_lexical) or []
        if lexical and len(lexical) >= abs(a - b):
            said = ", ".join(f"“{c.text}”" for c in lexical[:3])
            return 0.45, (f"negation {words} in the {side}; the {other} may say it in a word ({said})")
        return 1.0, f"negation {words} in the {side} has no counterpart in the {other}"
    fewer = target_lexical if a > b else source_lexical
    if fewer and len(fewer) >= abs(a - b):
        said = ", ".join(f"“{c.text}”" for c in fewer[:3])
        return 0.2, (f"{a} negation(s) in the source but {b} in the "
                     f"target; the {'target' if a > b else 'source'} may say one in a word ({said})")
    return 0.45, f"{a} negation(s) in the source but {b} in the target"


@lru_cache(maxsize=100_000)
def _is_word(word: str, lang: str) -> bool:
    if lang == "ru":
        from alignment.wordcover import morph_analyzer

        return bool(morph_analyzer().word_is_known(word))
    import simplemma  # imported on first use: its dictionaries take a moment to load

    try:
        return bool(simplemma.is_known(word, lang=lang))
    except (ValueError, KeyError):  # a language simplemma does not know
        return False


@derived(maxsize=100_000)
def _affix_negative(word: str, lang: str, noun: bool = False) -> bool:
    """Whether ``word`` is a negative formed by an affix (unklar, sinnlos, invisible, небольшой).

    A ``noun`` (a capitalised German word inside a sentence) counts by its suffix only where the
    data says ``prefixes_not_on_nouns``: Unfall, Unwetter, Missbrauch render no "not".
    """
    affixes = _language(lang).get("negative_affixes")
    if not affixes:
        return False
    low = word.lower()
    if low.startswith(tuple(affixes.get("not_negative", ()))):
        return False
    min_stem = int(affixes.get("min_stem", 4))
    prefixes = () if noun and affixes.get("prefixes_not_on_nouns") else affixes.get("prefixes", ())
    stems = [low[len(p):] for p in prefixes if low.startswith(p)]
    endings = tuple(affixes.get("adjective_endings", ()))
    if endings and low.endswith(endings):
        stems += [low[len(p):] for p in affixes.get("adjective_prefixes", ()) if low.startswith(p)]
    stems += [low[:-len(x)] for x in affixes.get("suffixes", ()) if low.endswith(x)]
    stems = [st for st in stems if len(st) >= min_stem]
    if not stems:
        return False
    pos = affixes.get("parts_of_speech")
    if pos:
        from alignment.wordcover import russian_part_of_speech

        if russian_part_of_speech(low) not in pos:
            return False
    linking_s = bool(affixes.get("linking_s"))
    return any(_is_word(st, lang) or (linking_s and st.endswith("s") and _is_word(st[:-1], lang))
               for st in stems)


def word_negatives(text: str, lang: str, affixes: bool = True, restrictive: bool = True) -> list[NegationCue]:
    """Words that carry a negation in their meaning or form, so that a translation may say with
    them what the other side says with "not": kaum, hors de question, restrictive words ("only up
    to 7000 m" for "did not go beyond 7000 m") and, with ``affixes``, sinnlos, invisible, небольшой."""
    lang = base_code(lang)
    data = _language(lang)
    low = _lower(text)
    out = [NegationCue(text[m.start():m.end()], m.start(), m.end())
           for p in _patterns(lang, "negative_words") for m in p.finditer(low)]
    only = set(data.get("restrictive", ())) if restrictive else set()
    for m in re.finditer(r"[^\W\d_]+", text):
        word = m.group()
        noun = word[0].isupper() and not _sentence_start(text, m.start())
        negative = _able_negative(word, lang) or (affixes and _affix_negative(word, lang, noun))
        if word.lower() in only or negative:
            out.append(NegationCue(word, m.start(), m.end()))
    return sorted(set(out), key=lambda c: c.start)


def _sentence_start(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens the text or a sentence (after . ! ? : or an opening quote)."""
    return re.search(r"[.!?:]\W*$", "." + text[:start]) is not None


def restrictive_words(text: str, lang: str) -> list[NegationCue]:
    """The restrictive words of ``text`` and the words that may render another language's
    ("only", "nur"; "seuls", which says "single" or "alone" as often and so is no negative word)."""
    data = _language(base_code(lang))
    only = {*data.get("restrictive", ()), *data.get("restrictive_counterparts", ())}
    return [NegationCue(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+", text)
            if m.group().lower() in only]


def _able_negative(word: str, lang: str) -> bool:
    """in- on an -able adjective (un- on -bar in German) negates it, whether or not the stem is a
    word (interminable, inépuisable, unerfüllbar): as sure as a word negative in meaning."""
    affixes = _language(lang).get("negative_affixes") or {}
    alone = tuple(affixes.get("adjective_suffix_alone", ()))
    low = word.lower()
    if low.startswith(tuple(affixes.get("not_negative", ()))):
        return False
    prefixes = tuple(affixes.get("adjective_prefixes", ()))
    return bool(alone) and len(low) >= 8 and low.endswith(alone) and low.startswith(prefixes)


def near_in_sentence(cue: NegationCue, text: str, others: list[NegationCue], other_text: str,
                     tolerance: float = 0.25) -> bool:
    """Whether ``cue`` sits at about the same relative place in its sentence as one of ``others``.

    Translations keep the order of clauses more often than not, so a negative word that could
    render the other side's "not" stands roughly where that "not" stands; an unrelated
    "unbekannten" three clauses away does not excuse a dropped negation.
    """
    here = (cue.start + cue.end) / 2 / max(1, len(text))
    # in a short sentence one word moved is a large share of it ("is unqualified" / "не содержит
    # оговорок"): allow about three words either way
    words = max(len(re.findall(r"[^\W\d_]+", text)), len(re.findall(r"[^\W\d_]+", other_text)), 1)
    tolerance = max(tolerance, SHORT_SENTENCE_WORDS_OFF / words)
    return any(abs(here - (o.start + o.end) / 2 / max(1, len(other_text))) <= tolerance for o in others)


SHORT_SENTENCE_WORDS_OFF = 3
"""How many words a negative word may stand away from the other side's "not" in a short sentence."""


def cue_words(cue: NegationCue) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:['’][^\W\d_]*)?", cue.text.lower().replace("’", "'"))


@derived
def _affirmative(lang: str) -> dict[str, str]:
    """Each negation word and what says the same without it (the negation data's 'affirmative')."""
    return {k.lower(): v for k, v in _language(lang).get("affirmative", {}).items()}


def _affirmative_word(word: str, lang: str) -> str:
    table = _affirmative(lang)
    low = word.lower().replace("’", "'")
    if low in table:
        said = table[low]
    elif low.endswith("n't") and "n't" in table:  # "doesn't" = "does"
        said = word[:-3]
    else:
        said = ""
    return said[:1].upper() + said[1:] if said and word[:1].isupper() else said


def affirmed(text: str, lang: str, cues: list[NegationCue]) -> str:
    """``text`` with its negation ``cues`` taken out: each cue word replaced by what says the same
    without the negation ("doesn't" = "does", 'nothing' = 'something', «никто» = «кто-то»; 'not' and
    «ne … pas» dropped), and a scope particle right after a cue with it ('no longer'). The negation
    check compares this sentence with the other side: one that reads no closer without its "not"
    may say the negation another way."""
    token = _TOKEN.get(base_code(lang, ""), _DEFAULT_TOKEN)
    particles = {w.lower() for w in negation_grammar(lang).get("scope_particles", [])}
    pieces: list[str] = []
    pos = 0
    for cue in sorted(cues, key=lambda c: c.start):
        if cue.start < pos:
            continue
        wanted = cue_words(cue)
        span = text[cue.start:cue.end]
        last = 0
        pieces.append(text[pos:cue.start])
        for m in token.finditer(span):
            if wanted and m.group().lower().replace("’", "'") == wanted[0]:
                wanted.pop(0)
                pieces += [span[last:m.start()], _affirmative_word(m.group(), lang)]
                last = m.end()
        pieces.append(span[last:])
        pos = cue.end
        particle = re.match(r"\s+([^\W\d_]+)", text[pos:])
        if particle and particle.group(1).lower() in particles:
            pos += particle.end()
    pieces.append(text[pos:])
    out = "".join(pieces)
    ni_words = _words(base_code(lang, ""), "ni_words")
    if cues and ni_words:  # «никто не знает»: the ни-word goes with its не
        out = token.sub(lambda m: _affirmative_word(m.group(), lang) if m.group().lower() in ni_words
                        else m.group(), out)
    return re.sub(r"\s{2,}", " ", out).strip()


def nominal_negations(cues: list[NegationCue], lang: str) -> list[NegationCue]:
    """Cues that say "nothing", "never", "nobody": no negative adjective renders those."""
    nominal = _words(base_code(lang), "nominal")
    return [c for c in cues if any(w in nominal for w in cue_words(c))]


def weak_negations(text: str, cues: list[NegationCue], lang: str) -> list[NegationCue]:
    """Cues that are weak evidence of a reversal on their own: an interjection ("mais avec la
    menthe, non !" for "aber zu Pfefferminz … !")."""
    interjections = _words(base_code(lang), "interjections")
    out = []
    for c in cues:
        words = cue_words(c)
        after = text[c.end:c.end + 3].strip()
        if len(words) == 1 and words[0] in interjections and (not after or after[0] in ",.!?;:…»”)"):
            out.append(c)
    return out
