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

from corpora.language import base_code


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

_EN = {"not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without", "nowhere",
       "cannot", "noone"}
_ONLY = {"only", "merely", "just", "seulement", "только", "nur", "uniquement"}
_FR_PARTICLES = {"pas", "plus", "jamais", "rien", "personne", "aucun", "aucune", "aucuns", "aucunes",
                 "guère", "point", "nul", "nulle", "ni", "nullement"}
_FR_BARE_NE = re.compile(r"^(peu\w*|pourr\w*|pouv\w*|puiss\w*|sai\w*|sau\w*|sav\w*|os\w*|cess\w*)$")
_FR_PAS_AFTER = {"du", "encore", "même", "un", "une", "question", "toujours", "vraiment", "très", "si",
                 "tant", "assez", "trop", "tellement", "forcément", "nécessairement", "davantage"}
_FR_DETERMINERS = {"le", "les", "un", "des", "de", "d'", "du", "au", "aux", "ce", "ces", "mon", "ton", "son",
                   "mes", "tes", "ses", "nos", "vos", "leurs", "quelques", "sur", "à", "premier", "petit",
                   "grand", "deux", "trois", "dix", "cent", "mille", "chaque"}
_FR_STANDALONE = {"jamais", "rien", "aucun", "aucune", "ni", "pas", "nullement"}
_RU_NI = re.compile(r"^(ни|никто|ничто|ничего|ничем|ничему|никого|никому|никем|никогда|нигде|никуда|"
                    r"ниоткуда|нисколько|ничуть|никак|никакой|никакая|никакое|никакие|никакого|"
                    r"никакую|никаких|никаким|никакими|никакому|ничей|ничья|ничьё|ничьи|"
                    # "there is no one / nothing / nowhere to …": некому делать = no one to do it
                    r"некого|некому|некем|нечего|нечему|нечем|негде|некуда|неоткуда|незачем)$")
_DE = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "niemand",
       "niemanden", "niemandem", "nichts", "ohne", "weder", "nirgends", "nirgendwo", "keineswegs"}


def _tokens(text: str, lang: str) -> list[tuple[str, int, int]]:
    pattern = _TOKEN.get(lang, _DEFAULT_TOKEN)
    return [(m.group().lower().replace("’", "'"), m.start(), m.end()) for m in pattern.finditer(text)]


def _same_clause(text: str, toks: list[tuple[str, int, int]], a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return re.search(r"[.!?;:]", text[toks[lo][2]:toks[hi][1]]) is None


def _clause_start(text: str, toks: list[tuple[str, int, int]], k: int) -> bool:
    before = text[toks[k - 1][2]:toks[k][1]] if k else ""
    return k == 0 or re.search(r"[.!?;:,«»“”\"(—–-]", before) is not None


def negation_cues(text: str, lang: str) -> list[NegationCue]:
    """Negation units in ``text`` (see the module docstring for how cues are grouped)."""
    lang = base_code(lang)
    toks = _tokens(text, lang)
    words = [t[0] for t in toks]
    units: list[tuple[int, int]] = []  # token index ranges [first, last]

    def nxt(k: int) -> str:
        return words[k + 1] if k + 1 < len(words) else ""

    if lang == "en":
        seen_neither = False
        for k, w in enumerate(words):
            if w == "neither":
                seen_neither = True
            if w == "nor" and seen_neither:
                continue
            if w in ("not", "n't") and (nxt(k) in _ONLY or nxt(k).startswith("un")):
                continue  # "not only"; litotes "not unlike"
            if (w in ("not", "n't") or w.endswith("n't")) and any(
                    words[j] in ("until", "till") and _same_clause(text, toks, k, j)
                    for j in range(k + 1, min(len(words), k + 9))):
                continue  # "did not spread until the third day" = "only on the third day"
            if w == "no" and k + 1 < len(toks) and text[toks[k][2]:toks[k][2] + 3].strip().startswith("."):
                continue  # "No. 5"
            if w in _EN or w.endswith("n't"):
                units.append((k, k))
    elif lang == "fr":
        absorbed: set[int] = set()
        for k, w in enumerate(words):
            if w in ("ne", "n'"):
                window = range(k + 1, min(len(words), k + 7))
                stop = next((j for j in window if words[j] in ("que", "qu'")), None)
                if stop is not None:
                    window = range(k + 1, stop)  # "ne … que" means "only"
                hit = next((j for j in window if words[j] in _FR_PARTICLES), None)
                if hit is None and stop is None and k + 1 < len(words) and _FR_BARE_NE.match(words[k + 1]):
                    units.append((k, k + 1))  # literary "ne peut", "ne saurait", "n'ose"
                    continue
                if hit is None:
                    # "personne ne …", "rien ne …", "ni … ni … ne": the particle comes first
                    before = [j for j in range(max(0, k - 8), k)
                              if words[j] in _FR_PARTICLES - {"pas", "plus", "point"}
                              and (k - j <= 5 or words[j] == "ni")]
                    if before:
                        absorbed.update(before)
                        units.append((before[0], k))
                    continue  # otherwise "ne … que" (only) or an expletive ne
                if words[hit] == "plus" and nxt(hit) in ("que", "qu'"):
                    absorbed.add(hit)
                    continue  # "ne … plus que" also means "only"
                if words[hit] == "pas" and nxt(hit) == "seulement":
                    absorbed.add(hit)
                    continue
                if (words[hit] == "pas" and nxt(hit) in ("de", "d'")
                        and any(words[j].startswith("manqu") for j in range(k + 1, hit))):
                    absorbed.add(hit)
                    continue  # litotes "ne manque pas de" means "is bound to"
                absorbed.update(j for j in window if words[j] in _FR_PARTICLES)
                units.append((k, hit))
            elif w == "sans" and not (k and words[k - 1] == "va" and nxt(k) == "dire"):
                absorbed.update(j for j in range(k + 1, min(len(words), k + 4))
                                if words[j] in _FR_PARTICLES)
                units.append((k, k))
            elif w == "non" and nxt(k) != "seulement":
                units.append((k, k))
        last_ni = -100  # far enough that the first "ni" is never taken for a second one
        for k, w in enumerate(words):
            if k in absorbed or w not in _FR_STANDALONE:
                continue
            if w == "pas" and (nxt(k) not in _FR_PAS_AFTER or (k and words[k - 1] in _FR_DETERMINERS)):
                continue  # "pas" alone is mostly the noun (un pas, ses pas, empreintes de pas)
            if w == "jamais" and not _clause_start(text, toks, k):
                continue  # "plus que jamais", "ont-ils jamais vu" mean "ever"
            if w == "ni" and k - last_ni < 12:
                last_ni = k
                continue  # "ni … ni" counts once
            if w == "ni":
                last_ni = k
            units.append((k, k))
    elif lang == "ru":
        neg_positions = [k for k, w in enumerate(words) if w in ("не", "нет")]
        last_ni = -100  # far enough that the first "ni" is never taken for a second one
        for k, w in enumerate(words):
            if w == "не" and nxt(k) == "только":
                continue
            if w == "не" and any(words[j] == "пока" and _same_clause(text, toks, j, k)
                                 for j in range(max(0, k - 4), k - 1)):
                continue  # "пока они не стали" = "until they became" (the не is expletive)
            if w in ("не", "нет", "без", "нельзя", "безо"):
                units.append((k, k))
            elif _RU_NI.match(w):
                if any(abs(p - k) <= 6 and _same_clause(text, toks, p, k) for p in neg_positions):
                    continue  # negative concord: absorbed by не/нет
                if k - last_ni < 8:
                    last_ni = k
                    continue
                last_ni = k
                units.append((k, k))
    elif lang == "de":
        seen_weder = False
        for k, w in enumerate(words):
            if w == "nicht" and (nxt(k) in _ONLY or nxt(k).startswith("un")):
                continue  # "nicht nur"; litotes "nicht unerheblich"
            if w == "weder":
                seen_weder = True
            if w in _DE:
                units.append((k, k))
            elif w == "noch" and seen_weder:
                continue
    units.sort()
    return [NegationCue(text[toks[a][1]:toks[b][2]] if b == a else f"{toks[a][0]} … {toks[b][0]}",
                        toks[a][1], toks[b][2]) for a, b in units]


# "Not able" / "not possible" said in one word: a translation often renders "не способны" as
# "incapable" or "nicht möglich" as "impossible" — negated in form on one side, in the word on the
# other. Only this family counts, and only against a negation next to an ability or possibility
# word ("не способны", "cannot", "n'est pas possible"), so that an unrelated "unknown" elsewhere
# in the sentence does not excuse a real reversal. Prefixes of the lower-case word.
_LEXICAL = {
    "en": ("incapab", "unable", "impossib", "inabilit"),
    "fr": ("incapab", "impossib", "inapte", "incapacit"),
    "ru": ("невозможн", "неспособн", "неспособност", "немыслим", "нельзя"),
    "de": ("unmöglich", "unfähig", "außerstande", "ausserstande", "undenkbar"),
}
_ABILITY = {
    "en": re.compile(r"^(can|could|cannot|able|possible|capable|possibly|manage[sd]?)$"),
    "fr": re.compile(r"^(peu\w*|pouv\w*|pourr\w*|puiss\w*|possible\w*|capables?|mesure|moyen)$"),
    "ru": re.compile(r"^(способ\w*|можно|мо[гж]\w*|смо[гж]\w*|сумел\w*|возможн\w*|силах|состоянии)$"),
    "de": re.compile(r"^(möglich\w*|könn\w*|kann|konnt\w*|fähig\w*|imstande|vermag|vermocht\w*)$"),
}


# Russian writes "not large", "not bad", "not long" as one word (небольшая река = "not a large
# river"); the English or French side then has a "not" that the Russian has in the word.
_ANTONYMS = {
    "ru": ("небольш", "немал", "неплох", "нехорош", "недолг", "невелик", "неважн", "неясн", "нередк",
           "неправ", "неверн", "невысок", "недорог", "недалек", "недалёк", "неглубок", "нешир", "неудач",
           "неуверен", "незнаком", "непохож", "нелегк", "нелёгк", "непрост", "неинтерес", "неоднозначн",
           "несложн", "нетрудн", "неспокойн", "неудобн", "неприятн", "неизвестн", "ненадолго"),
}


def _words_starting_with(text: str, prefixes: tuple[str, ...]) -> list[NegationCue]:
    return [NegationCue(text[m.start():m.end()], m.start(), m.end())
            for m in re.finditer(r"[^\W\d_]+", text)
            if any(m.group().lower().startswith(p) for p in prefixes)]


def antonym_negatives(text: str, lang: str) -> list[NegationCue]:
    """Words that are "not" + an adjective written as one (небольшой, неплохо, недолго), and in
    Russian any adjective, participle or adverb that is "не" + a word the dictionary knows
    (несуществующих = "not existing", неподвижный): negation written as morphology."""
    listed = _words_starting_with(text, _ANTONYMS.get(base_code(lang), ()))
    if base_code(lang) != "ru":
        return listed
    seen = {c.start for c in listed}
    more = [NegationCue(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+", text)
            if m.start() not in seen and _ru_not_prefixed(m.group().lower())]
    return sorted(listed + more, key=lambda c: c.start)


_RU_QUALITY = frozenset({"ADJF", "ADJS", "PRTF", "PRTS", "ADVB", "PRED", "COMP"})


@lru_cache(maxsize=65536)
def _ru_not_prefixed(word: str) -> bool:
    if len(word) < 6 or not word.startswith("не"):
        return False
    from alignment.wordcover import _morph

    morph = _morph()
    whole, rest = morph.parse(word)[0], word[2:]
    if not (whole.tag.POS in _RU_QUALITY and morph.word_is_known(rest)):
        return False
    return any(p.tag.POS in _RU_QUALITY for p in morph.parse(rest))


def lexical_negatives(text: str, lang: str) -> list[NegationCue]:
    """Words that say "not able" or "not possible" in themselves: incapable, невозможно, unmöglich."""
    return _words_starting_with(text, _LEXICAL.get(base_code(lang), ()))


_ADJECTIVAL = {"not", "no", "n't", "ne", "n'", "pas", "nicht", "kein", "keine", "keinen", "keinem", "keiner",
               "keines", "не", "нет"}


def adjectival_negations(cues: list[NegationCue]) -> list[NegationCue]:
    """The cues that can negate an adjective ("not large", "pas grand", "kein großer").

    Only these can be what a one-word Russian negative (небольшой = "not large") renders;
    "nothing", "never", "nobody", "without" or "ne … rien" cannot.
    """
    out = []
    for cue in cues:
        words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]*)?", cue.text.lower().replace("’", "'"))
        if words and all(w in _ADJECTIVAL or w.endswith("n't") for w in words):
            out.append(cue)
    return out


def ability_negations(text: str, lang: str, cues: list[NegationCue]) -> list[NegationCue]:
    """The cues that negate an ability or possibility ("не способны", "cannot", "nicht möglich")."""
    lang = base_code(lang)
    pattern = _ABILITY.get(lang)
    if pattern is None:
        return []
    out = []
    for cue in cues:
        if cue.text.lower() == "cannot":
            out.append(cue)
            continue
        if lang == "en" and re.match(r"\s+to\s+be\b", text[cue.end:cue.end + 10].lower()):
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
    return 0.45, f"{a} negation(s) in the source but {b} in the target"
