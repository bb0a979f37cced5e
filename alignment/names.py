"""Names of people, places and organisations, matched across scripts and spelling conventions.

Стрелков is Strelkov in English and French and Strelkow in German; Харьков is Kharkov, Kharkiv
or Charkow; Кагарлицкий is Kagarlitsky or Kagarlitski; Бородай is Borodai or Borodaï. So a name
is compared through (1) Russian→Latin transliteration under several schemes, (2) a spelling
*skeleton* that folds the conventions of English, French and German transliteration together
(ou→u, w→v, y→i, kh→h, tch→ch, doubled letters…), (3) a small table of exonyms that no spelling
rule links (Москва/Moscow/Moscou/Moskau), and (4) fuzzy matching for inflection and the rest.

What counts as a name: a capitalised word that is not at the start of a sentence, or one at the
start that the document capitalises elsewhere too, or one whose counterpart the other document
also capitalises ("attested"). German capitalises every noun, so there only attested words count.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from alignment import language_data
from alignment.language_data import derived
from corpora.language import base_code
from models.base import word_level

# --- transliteration --------------------------------------------------------------------

_NAMES, _EXONYMS, _TRANSLITERATION = "names", "exonyms", "transliteration"
"""The data files this module reads (``alignment/data/*.json``)."""


@derived
def transliteration_schemes() -> dict[str, dict[str, str]]:
    """Scheme name → Cyrillic letter (or ending pair) → Latin, from ``data/transliteration.json``."""
    base = language_data.entry(_TRANSLITERATION, "base")
    return {name: {**base, **overrides}
            for name, overrides in language_data.entry(_TRANSLITERATION, "schemes").items()}


@derived
def _pairs_inside_word() -> frozenset[str]:
    return frozenset(language_data.entry(_TRANSLITERATION, "pairs_inside_word"))


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def transliterate(text: str, scheme: str = "en") -> str:
    """Russian (and Ukrainian) Cyrillic → Latin under one of :func:`transliteration_schemes`;
    other letters kept."""
    table = transliteration_schemes()[scheme]
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        low = ch.lower()
        pair = text[i : i + 2].lower()
        if len(pair) == 2 and pair in table and (i + 2 == len(text) or not text[i + 2].isalpha()
                                                  or pair in _pairs_inside_word()):
            rep = table[pair]
            i += 2
        elif low in table:
            rep = table[low]
            i += 1
        else:
            out.append(ch)
            i += 1
            continue
        out.append(rep.capitalize() if ch.isupper() and rep else rep)
    return "".join(out)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


Rewrites = list[tuple[re.Pattern[str], str]]


@derived
def _skeleton_patterns() -> dict[str, Rewrites]:
    """The spelling patterns a skeleton applies at each step (``skeleton_patterns`` of the data)."""
    steps = language_data.entry(_TRANSLITERATION, "skeleton_patterns")
    return {step: [(re.compile(a), b) for a, b in rules] for step, rules in steps.items()}


def _rewrite_all(word: str, rewrites: Rewrites) -> str:
    for pattern, replacement in rewrites:
        word = pattern.sub(replacement, word)
    return word


@derived(maxsize=65536)
def skeleton(word: str) -> str:
    """A spelling key that folds transliteration conventions together (Goubarev ≈ Gubarev)."""
    patterns = _skeleton_patterns()
    w = _rewrite_all(unicodedata.normalize("NFC", word).lower(), patterns["first"])  # a possessive
    if _CYRILLIC.search(w):
        w = transliterate(w, language_data.entry(_TRANSLITERATION, "skeleton_scheme")).lower()
    w = _rewrite_all(w, patterns["after_transliteration"])  # German umlauts spelt out: Oesterreich
    w = re.sub(r"[^a-z]", "", _strip_accents(w))
    w = _rewrite_all(w, patterns["after_accents"])  # Guirkine / Girkin, Alexandre / Aleksandr
    for a, b in language_data.entry(_TRANSLITERATION, "skeleton_rules"):
        w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)
    return w


@derived(maxsize=65536)
def _variants(word: str) -> tuple[str, ...]:
    """Skeletons of a word under every transliteration scheme (one for Latin words)."""
    if not _CYRILLIC.search(word):
        key = skeleton(word)
        if len(key) == 3 and key[-1] in "aeiou":
            # a short name ending in a vowel loses it to a Russian case ending: Ada / Ады
            return tuple(sorted({key, key[:-1]}))
        # a fleeting vowel, as Russian declension drops it: Pavel / Павлом, Lev / Льва
        fleeting_vowel = language_data.entry(_TRANSLITERATION, "fleeting_vowel")
        fleeting = re.sub(fleeting_vowel, "", key) if len(key) >= 4 else key
        return tuple(sorted({key, fleeting}))
    keys = {skeleton(transliterate(word, s)) for s in transliteration_schemes()}
    stem = _ru_ending().sub("", word.lower())
    # a short name keeps a stem of two letters (Яна: Ян, Jan); its key can then only match equal
    if (len(stem) >= 3 or (len(stem) == 2 and len(word) <= 4)) and stem != word.lower():
        schemes = language_data.entry(_TRANSLITERATION, "stem_schemes")
        keys.update(skeleton(transliterate(stem, s)) for s in schemes)
        if stem.endswith("ь"):  # Ильёй, Ильи: the name is Илья (Ilya)
            keys.update(skeleton(transliterate(stem + "я", s)) for s in transliteration_schemes())
    place = _place_adjective().match(word.lower())
    if place:  # Кольском (полуострове) names the Kola Peninsula: Кол + а
        keys.update(skeleton(transliterate(place.group(1) + "а", s)) for s in transliteration_schemes())
    return tuple(sorted(keys))


@derived
def _place_adjective() -> re.Pattern[str]:
    pattern = language_data.language(_NAMES, "ru").get("place_adjective")
    return re.compile(pattern or r"(?!)")


@derived
def _ru_ending() -> re.Pattern[str]:
    """A Russian case ending at the end of a word (stripped before transliterating a name)."""
    return re.compile("(" + "|".join(language_data.words_in_order(_NAMES, "case_endings", "ru")) + ")$")


@derived(maxsize=65536)
def exonym_group(word: str) -> int | None:
    """Index of the exonym entity a word belongs to, by prefix (``data/exonyms.json``), or None."""
    low = unicodedata.normalize("NFC", word).lower()
    low_plain = _strip_accents(low) if not _CYRILLIC.search(low) else low
    short = frozenset(language_data.entry(_EXONYMS, "short_prefixes"))
    extra = int(language_data.entry(_EXONYMS, "short_prefix_extra"))
    for idx, prefixes in enumerate(language_data.entry(_EXONYMS, "groups")):
        for p in prefixes:
            if p.endswith("$"):
                if low == p[:-1] or low_plain == p[:-1]:
                    return idx
                continue
            p_plain = _strip_accents(p) if not _CYRILLIC.search(p) else p
            if low.startswith(p) or low_plain.startswith(p_plain):
                if p in short and len(low) > len(p) + extra:
                    continue  # short prefixes: only close forms
                return idx
    return None


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=262144)
def _keys_match(a: str, b: str, consonants_agree: bool = False, surname: bool = False) -> bool:
    """Whether two name keys spell one name: equal, inflected, or alike by their letters. With
    ``consonants_agree`` keys alike by their letters must share their consonants too; a ``surname``
    (a Russian one, spelt consonant for consonant by every scheme) may only add an ending."""
    if not a or not b:
        return False
    if consonants_agree and not surname:
        a, b = _hushed(a), _hushed(b)  # one script: Shukshin = Choukchine, Aktash = Aktach
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4:
        return False
    vowels = "aeiou"
    if len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in vowels and b[-1] in vowels:
        return True  # short names inflected: Tula / Тулы, Duma / Думе
    diff = len(long_) - len(short)
    if surname:
        if long_.startswith(short):
            return diff <= 2  # Стрелкова = Strelkov; Горел(ов) is not Gorelkin
    elif long_.startswith(short) and (diff <= 2 or (diff <= 6 and len(short) >= 5) or len(short) >= 6):
        return True  # inflection (Стрелкова) or compound (Everestbesteigung)
    prefix = _common_prefix(a, b)
    if prefix >= 6 and prefix >= 0.6 * len(short) and (not surname or _same_consonants(a, b)):
        return True  # same stem, different ending (ukrainian / ukrainski)
    if len(short) >= 5 and abs(len(a) - len(b)) <= 3 and prefix >= 2:
        return SequenceMatcher(None, a, b).ratio() >= 0.8 and (not consonants_agree or _same_consonants(a, b))
    return False


def _hushed(key: str) -> str:
    """A key with its hushing sounds spelt one way: English and French romanisations write them sh, ch,
    tch (Aktash = Aktach, Shevchenko = Chevtchenko)."""
    return re.sub(r"t?[cs]h", "c", key)


def _same_consonants(a: str, b: str) -> bool:
    """Whether two keys of names, alike by their letters, also share their consonants up to an ending
    (Dostoievski = Dostoïevski). Spellings of one name in the Latin script differ in vowels, in sh and ch
    (Shukshin = Choukchine) and in what the skeleton folds (kh, tch, ks; an 'n' before 'b' or 'p' said
    'm': Mecklenburg = Mecklembourg); a consonant more or other is another name: Mehra is not Mehta,
    Stratford not Stafford. Across scripts transcriptions differ in consonants too (Tariq = Тарик,
    Jamaica = Ямайка), so the check is asked there only of a Russian surname romanised
    (:func:`_regular_surname`)."""
    ca, cb = (re.sub(r"n(?=[bp])", "m", re.sub(r"[aeiouy]", "", _hushed(k))) for k in (a, b))
    short, long_ = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    return long_.startswith(short) and len(long_) - len(short) <= 2


@derived(maxsize=65536)
def _regular_surname(word: str) -> bool:
    """Whether a Cyrillic word has the ending of a Russian surname (Рябинин, Корольков, Островская):
    the transliteration schemes spell such a name consonant for consonant, so across scripts too a
    consonant more or other is another person (Ryabikin is not Рябинин, Korolyov not Корольков).
    Names from other languages written in Cyrillic vary in consonants (Tariq = Тарик) and stay loose."""
    if not _CYRILLIC.search(word):
        return False
    pattern = language_data.language(_NAMES, "ru").get("regular_surname")
    return bool(pattern and re.search(pattern, word.lower()))


@derived(maxsize=65536)
def _romanised_surname(word: str) -> bool:
    """Whether a Latin word reads as a Russian surname romanised (Korolyov, Riabikine, Orlovskaya): a
    Russian surname's ending and no letters that romanisations of Russian do not use (Wierzbicki,
    Szczepański and Katarzyna are Polish, and their Cyrillic spelling follows Polish sounds)."""
    pattern = language_data.language(_NAMES, "ru").get("romanised_surname")
    return bool(pattern and not _CYRILLIC.search(word) and re.search(pattern, word.lower()))


def names_match(a: str, b: str) -> bool:
    """Do two words name the same thing (across scripts, spellings and inflection)?"""
    ga, gb = exonym_group(a), exonym_group(b)
    if ga is not None and ga == gb:
        return True
    same_script = bool(_CYRILLIC.search(a)) == bool(_CYRILLIC.search(b))
    surname = not same_script and (_regular_surname(a) and _romanised_surname(b)
                                   or _regular_surname(b) and _romanised_surname(a))
    strict = same_script or surname
    return (any(_keys_match(x, y, strict, surname) for x in _variants(a) for y in _variants(b))
            or cross_script_match(a, b))


# --- finding names in text ---------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_OPENERS = "«»“”„\"'‘’‹›([{—–-"


@derived
def _function_words() -> frozenset[str]:
    """Function words are never names, even capitalised ("La", "Les", "Die", "The", "В")."""
    return language_data.all_words(_NAMES, "function_words")


@derived
def _capitalises_every_noun() -> frozenset[str]:
    """Languages whose capitals mark every noun (German): there capitals say little about names."""
    flags = language_data.per_language(_NAMES, "capitalises_every_noun")
    return frozenset(lang for lang, flag in flags.items() if flag)


@derived
def _endings(lang: str, key: str) -> re.Pattern[str] | None:
    """A word of three letters or more with one of the language's ``key`` endings."""
    endings = language_data.words_in_order(_NAMES, key, lang)
    return re.compile(r".{3,}(" + "|".join(endings) + ")$") if endings else None


def _has_ending(word: str, lang: str, key: str) -> bool:
    pattern = _endings(lang, key)
    return pattern is not None and pattern.match(word) is not None


@dataclass(frozen=True)
class NameMention:
    """A word taken for a name, where it is, and how sure we are it is one (0..1)."""

    text: str
    start: int
    end: int
    confidence: float


@dataclass
class NameContext:
    """What the whole document pair says about names (built once per document pair).

    ``caps_mid`` holds, per side, the skeletons of words capitalised in mid-sentence;
    ``attested`` the skeletons capitalised on one side whose counterpart the other side
    also capitalises somewhere.
    """

    source_lang: str = ""
    target_lang: str = ""
    caps_mid: dict[str, set[str]] = field(default_factory=lambda: {"source": set(), "target": set()})
    attested: set[str] = field(default_factory=set)
    lower_words: dict[str, set[str]] = field(default_factory=lambda: {"source": set(), "target": set()})


def _is_sentence_initial(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and (text[k].isspace() or text[k] in _OPENERS):
        k -= 1
    return k < 0 or text[k] in ".!?…:;"


def _title_case(text: str, min_words: int = 4) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return len(words) >= min_words and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def capitalised_words(text: str) -> list[tuple[str, int, int, bool]]:
    """(word, start, end, sentence_initial) for every capitalised word."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        if w[0].isupper():
            out.append((w, m.start(), m.end(), _is_sentence_initial(text, m.start())))
    return out


def build_name_context(
    source_texts: Iterable[str], target_texts: Iterable[str], source_lang: str, target_lang: str
) -> NameContext:
    """Collect the document-level evidence used to decide what is a name.

    The texts are the beads' joined sides, in order. A capitalised word is *attested* when, in
    at least half of the beads where it occurs, the other side of that bead has a capitalised
    counterpart (Makalu ↔ Makalu, Стрелков ↔ Strelkov), and some side capitalises it in
    mid-sentence outside German; a German noun translated by a French common noun
    ("Berg" ↔ "montagne") is not.
    """
    ctx = NameContext(source_lang=base_code(source_lang, ""), target_lang=base_code(target_lang, ""))
    sides = {"source": list(source_texts), "target": list(target_texts)}
    per_bead: dict[str, list[dict[str, str]]] = {"source": [], "target": []}
    for side, texts in sides.items():
        for text in texts:
            ctx.lower_words[side].update(m.group() for m in _WORD.finditer(text) if m.group()[0].islower())
            shouting = _title_case(text)
            words: dict[str, str] = {}
            for w, _s, _e, initial in capitalised_words(text):
                if len(w) < 3 or w.lower() in _function_words() or (w.isupper() and len(w) > 1):
                    continue
                key = skeleton(w)
                words.setdefault(key, w)
                if not initial and not shouting:
                    ctx.caps_mid[side].add(key)
            per_bead[side].append(words)
    nouns = _capitalises_every_noun()
    mid = {"source": ctx.caps_mid["source"] if ctx.source_lang not in nouns else set(),
           "target": ctx.caps_mid["target"] if ctx.target_lang not in nouns else set()}
    n_beads = min(len(per_bead["source"]), len(per_bead["target"]))
    for side, other in (("source", "target"), ("target", "source")):
        seen: dict[str, int] = {}
        matched: dict[str, int] = {}
        partners: dict[str, set[str]] = {}
        for k in range(n_beads):
            mine, theirs = per_bead[side][k], per_bead[other][k]
            for key, w in mine.items():
                seen[key] = seen.get(key, 0) + 1
                hits = {tk for tk, tw in theirs.items() if names_match(w, tw)}
                if hits:
                    matched[key] = matched.get(key, 0) + 1
                    partners.setdefault(key, set()).update(hits)
        for key, n in seen.items():
            m = matched.get(key, 0)
            if m and m >= 0.5 * n and (key in mid[side] or partners[key] & mid[other]):
                ctx.attested.add(key)
    return ctx


def find_names(text: str, lang: str, side: str, ctx: NameContext | None = None,
               heading: bool = False) -> list[NameMention]:
    """Words of ``text`` taken for names, each with a confidence (see the module docstring).

    ``heading``: the text is a heading, where English capitalises most words ("Who Owns the
    Vesna?"), so capitals there are weak evidence unless the document attests the name.
    """
    lang = base_code(lang)
    ctx = ctx or NameContext()
    stop = language_data.words(_NAMES, "not_names", lang)
    function_words, nouns = _function_words(), _capitalises_every_noun()
    titles = language_data.words(_NAMES, "titles", lang)
    title = _title_case(text) or (heading and _title_case(text, min_words=1))
    out: list[NameMention] = []
    for w, s, e, initial in capitalised_words(text):
        low = w.lower()
        if low in stop or len(w) < 2 or low in function_words:
            continue
        key = skeleton(w)
        if not key:
            continue
        if key in ctx.attested and not (w.isupper() and title):
            conf = 0.95
        elif low in ctx.lower_words.get(side, set()):
            conf = 0.3  # the document also writes it in lower case: a common word
        elif lang in nouns or title or (w.isupper() and len(w) <= 5) or len(w) < 3:
            conf = 0.2  # German nouns, headings, acronyms (NATO/OTAN/НАТО) are not evidence
        elif initial:
            conf = 0.8 if key in ctx.caps_mid.get(side, set()) else 0.2
        else:
            conf = 0.8
        if conf == 0.8 and (ctx.source_lang in nouns or ctx.target_lang in nouns):
            # against German, whose capitals mark every noun, the cross-check is weaker
            conf = 0.4 if _has_ending(low, lang, "demonym_endings_against_german") else 0.45
        if conf < 0.9 and (_has_ending(low, lang, "weak_demonym_endings") or low in titles):
            conf = min(conf, 0.4)  # "Libyan", "Prime Minister", « le Gouvernement »: capitalised here only
        out.append(NameMention(w, s, e, conf))
    return out


_HYPHENATED = re.compile(r"[^\W\d_]+(?:[-‐‑][^\W\d_]+)+")


def _other_side_words(text: str) -> list[str]:
    """The words of the other side, and its hyphenated compounds whole as well as spelt together:
    a transliteration may hyphenate a name the original writes as one word (Устьмолог / Ust-Molog)."""
    words = [m.group() for m in _WORD.finditer(text) if len(m.group()) >= 2]
    for m in _HYPHENATED.finditer(text):
        words += [m.group(), re.sub(r"[-‐‑]", "", m.group())]
    return words


def hyphenated_compound(text: str, start: int, end: int) -> str | None:
    """The hyphenated compound (Ust-Molog) that the word at ``start:end`` is part of, if any."""
    for m in _HYPHENATED.finditer(text):
        if m.start() <= start and end <= m.end():
            return m.group()
    return None


def compound_matched(mentions: list[NameMention], text: str, other_text: str) -> list[NameMention]:
    """``mentions`` less those that are part of a hyphenated compound whose whole, spelt together,
    matches a word of the other side ("Ust", "Molog" of Ust-Molog against Устьмолог)."""
    others = _other_side_words(other_text)
    out = []
    for mention in mentions:
        whole = hyphenated_compound(text, mention.start, mention.end)
        joined = re.sub(r"[-‐‑]", "", whole) if whole else None
        if joined and any(names_match(joined, w) for w in others):
            continue
        out.append(mention)
    return out


def unmatched_names(
    mentions: list[NameMention], other_text: str, min_confidence: float = 0.5
) -> list[NameMention]:
    """Mentions with no counterpart anywhere among the other side's words (any case)."""
    words = _other_side_words(other_text)
    out = []
    for mention in mentions:
        if mention.confidence < min_confidence:
            continue
        if not any(names_match(mention.text, w) or inside_compound(mention.text, w) for w in words):
            out.append(mention)
    return out


def capital_runs(text: str) -> list[list[tuple[str, int]]]:
    """Runs of capitalised words next to each other ("New Russia", "Советском Союзе"): (word, start)."""
    runs: list[list[tuple[str, int]]] = []
    last_end = -10
    for m in _WORD.finditer(text):
        w = m.group()
        if not w[0].isupper():
            last_end = -10
            continue
        if runs and text[last_end:m.start()].strip(" - ") == "" and m.start() - last_end <= 2:
            runs[-1].append((w, m.start()))
        else:
            runs.append([(w, m.start())])
        last_end = m.end()
    return runs


def _run_groups(text: str) -> set[int]:
    """Exonym groups of the words and the two-word runs of ``text`` ("new russia" → Новороссия)."""
    groups = {exonym_group(w) for w in _other_side_words(text)}
    for run in capital_runs(text):
        for (a, _), (b, _) in zip(run, run[1:], strict=False):
            groups.add(exonym_group(f"{a} {b}"))
    groups.discard(None)
    return groups  # type: ignore[return-value]


def multiword_names_matched(unmatched: list[NameMention], all_mentions: list[NameMention], text: str,
                            lang: str, other_text: str) -> list[NameMention]:
    """The unmatched mentions that are not a lost name after all, being part of a name of several words:

    - a run whose two words name one place on the other side in one word ("New Russia" /
      Новороссии, by the exonym list);
    - a Russian common word (Советском *Союзе*, *Великой* России) next to a word of the same run
      that is matched on the other side: one name, paired through its other word.
    """
    if not unmatched:
        return unmatched
    other_groups = _run_groups(other_text)
    # paired by spelling on the other side, whatever its confidence (not merely left unreported)
    lost = {(m.start, m.end) for m in unmatched_names(all_mentions, other_text, min_confidence=0.0)}
    matched_starts = {m.start for m in all_mentions if (m.start, m.end) not in lost}
    keep = []
    for mention in unmatched:
        run = next((r for r in capital_runs(text) if any(s == mention.start for _, s in r)), [])
        pairs = [mention.text] + [f"{a} {b}" for (a, _), (b, _) in zip(run, run[1:], strict=False)]
        if any(exonym_group(p) in other_groups for p in pairs if exonym_group(p) is not None):
            continue
        if (common_word_lemma(mention.text, lang) is not None
                and any(s in matched_starts for _, s in run if s != mention.start)):
            continue
        keep.append(mention)
    return keep


@derived(maxsize=262144)
def inside_compound(name: str, word: str) -> bool:
    """Is the name the tail part of a longer compound word (Asie / Innerasien, Chine / rotchinesisch)?

    German writes names into compounds; only a part of four letters or more after the first
    three letters of the compound counts, so that a short name is not found by chance.
    """
    if _CYRILLIC.search(word) or len(word) < 8:
        return False
    key = skeleton(word)
    tail_keys = {key[k:] for k in range(3, len(key) - 3)}
    for variant in _variants(name):
        if len(variant) >= 4 and any(t.startswith(variant) for t in tail_keys):
            return True
    group = exonym_group(name)
    if group is not None:
        low = word.lower()
        return any(exonym_group(low[k:]) == group for k in range(3, len(low) - 3))
    return False


# --- translated words that look like names ------------------------------------------------

# A small bilingual lexicon (written for Parallax, ``data/names.json``) tells, for a given encoder
# and language pair, how similar the embeddings of a word and its translation are, against
# mismatched pairs.
_CUT_CACHE: dict[tuple[str, str, str], tuple[float, float]] = {}


def word_encoder(encoder: object) -> object:
    """The encoder that judges single words: what ``encoder.words()`` offers (USE inside "e5+use",
    behind the same embedding cache), else the encoder itself.

    Sentence-level strengths do not carry over to words: e5 packs all single-word scores close
    together, so inside "e5+use" it blurs what USE alone separates. On 30 held-out capitalised
    word pairs (Russian inflected: White / Белого, People's / Народной), USE alone finds 0.73 of
    the en–ru translations and 0.67 of the en–fr ones, the combination 0.53 and 0.60, with no
    mismatched pair or different name above the cut either way (``docs/benchmarks.md``).
    """
    return word_level(encoder)


def translation_cut(encoder: object, lang_a: str, lang_b: str, as_a_whole: bool = False) -> float | None:
    """Cosine above which two words are taken as translations, for the encoder that
    :func:`word_encoder` picks and this language pair.

    Placed 60% of the way from the median similarity of mismatched lexicon pairs to the median
    of true translation pairs, so that it adapts to how the model spreads its scores.
    """
    medians = _lexicon_medians(encoder, lang_a, lang_b, as_a_whole)
    return None if medians is None else medians[1] + 0.6 * (medians[0] - medians[1])


def separates_translations(encoder: object, lang_a: str, lang_b: str) -> bool:
    """Whether the word encoder tells translations from other words well enough to say that a word
    has *no* translation: the median true lexicon pair at least ``MIN_TRANSLATION_GAP`` above the
    median mismatched one (a multilingual model; not a spelling hash such as the test encoder)."""
    medians = _lexicon_medians(encoder, lang_a, lang_b, False)
    return medians is not None and medians[0] - medians[1] >= MIN_TRANSLATION_GAP


MIN_TRANSLATION_GAP = 0.3
"""The default USE word encoder gives 0.60 (en–fr and en–ru); the hashing test encoder 0.00."""


def _lexicon_medians(encoder: object, lang_a: str, lang_b: str,
                     as_a_whole: bool) -> tuple[float, float] | None:
    """Median cosine of true and of mismatched translation-lexicon pairs (None: no lexicon)."""
    a, b = base_code(lang_a, ""), base_code(lang_b, "")
    lexicon = language_data.per_language(_NAMES, "translation_lexicon")
    if a not in lexicon or b not in lexicon:
        return None
    if not as_a_whole:  # ``as_a_whole``: calibrate the encoder itself (benchmarks/word_check.py)
        encoder = word_encoder(encoder)
    key = (str(getattr(encoder, "name", id(encoder))), a, b)
    if key not in _CUT_CACHE:
        import numpy as np

        va = encoder.encode(lexicon[a])  # type: ignore[attr-defined]
        vb = encoder.encode(lexicon[b])  # type: ignore[attr-defined]
        sims = va @ vb.T
        true = float(np.median(np.diag(sims)))
        false = float(np.median(sims[~np.eye(len(sims), dtype=bool)]))
        _CUT_CACHE[key] = (true, false)
    return _CUT_CACHE[key]


def translated_by_meaning(
    queries: list[tuple[str, list[str]]], query_lang: str, other_lang: str, encoder: object
) -> list[bool]:
    """For each (word, other side's words): is one of those words its translation?

    Catches capitalised common words and exonyms that no spelling rule links ("Church" /
    "Église", "Spring" / "Printemps", "Prime" / "Premier") while two different names
    ("Gumilev" / "Douguine") stay apart.
    """
    cut = translation_cut(encoder, query_lang, other_lang)
    if cut is None or not queries:
        return [False] * len(queries)
    encoder = word_encoder(encoder)
    # a common word in an inflected form (Великой, Союзе) is compared in its dictionary form too
    forms = [(_with_lemma(q, query_lang), sorted({f for w in ws for f in _with_lemma(w, other_lang)}))
             for q, ws in queries]
    words = sorted({f for qs, os in forms for f in (*qs, *os)})
    index = {w: k for k, w in enumerate(words)}
    vecs = encoder.encode(words)  # type: ignore[attr-defined]
    out = []
    for query_forms, others in forms:
        if not others:
            out.append(False)
            continue
        best = max(float(vecs[index[q]] @ vecs[index[o]]) for q in query_forms for o in others)
        out.append(best >= cut)
    return out


@derived
def _surname_end() -> re.Pattern[str]:
    """A Russian surname's ending, with a case ending after it or not (Стрелков, Стрелкова)."""
    stems = "|".join(language_data.words_in_order(_NAMES, "surname_stems", "ru"))
    cases = "|".join(language_data.words_in_order(_NAMES, "surname_case_endings", "ru"))
    return re.compile(rf"({stems})({cases})?$")


@derived(maxsize=65536)
def common_word_lemma(word: str, lang: str) -> str | None:
    """The dictionary form of a capitalised Russian word that is a common word, not a name
    (Великой → великий, Союзе → союз, Советском → советский; None for Донбассом, Игорь,
    Екатеринбурге, Стрелков): only these may be excused as a translated word."""
    if base_code(lang, "") != "ru" or not _CYRILLIC.search(word):
        return None
    from alignment.wordcover import morph_analyzer

    parse = morph_analyzer().parse(word.lower())[0]
    tags = set(str(parse.tag).replace(" ", ",").split(","))
    proper = language_data.words(_NAMES, "proper_name_tags", "ru")
    if tags & proper or not morph_analyzer().word_is_known(word.lower()):
        return None
    if "NOUN" in tags and _surname_end().search(word.lower()) and word[:1].isupper():
        return None  # Стрелков, Гиркин: a surname that is also a common noun's form
    return str(parse.normal_form)


@derived(maxsize=65536)
def capitalised_common_word(word: str, lang: str) -> bool:
    """Whether a capitalised word (or every word of a capitalised phrase) is a common word of
    ``lang`` written with a capital (Widow, Mousquetaires, Палата), not a name (Daniel, Seville,
    Ozols, Стрелков). Languages without a ``common_word_dictionary`` say no."""
    lang = base_code(lang, "")
    source = language_data.language(_NAMES, lang).get("common_word_dictionary")
    parts = [w for w in re.findall(r"[^\W\d_]+", word)]
    if not source or not parts:
        return False
    if source == "pymorphy3":
        return all(common_word_lemma(w, lang) is not None for w in parts)
    table = _simplemma_dictionary(lang)
    return all(w.lower() in table and w[:1].upper() + w[1:] not in table for w in parts)


def tells_common_words(lang: str) -> bool:
    """Whether ``lang`` has a dictionary that tells a capitalised common word from a name (German,
    which capitalises every noun, has none: its capitals say nothing either way)."""
    return bool(language_data.language(_NAMES, base_code(lang, "")).get("common_word_dictionary"))


def all_title_words(mentions: Sequence[NameMention], lang: str, text: str) -> bool:
    """Whether every mention is a capitalised common word of a translated title, not a name: not a
    Russian adjective formed on one (Делфтским, the Delft one), which the dictionary may know, and,
    in a language that capitalises common words only in names and quoted titles (Russian: «в
    Думе» is the Duma), only inside quotation marks («Трактат о железных балках»)."""
    data = language_data.language(_NAMES, base_code(lang, ""))
    endings = tuple(data.get("name_adjective_lemma_endings", ()))
    for m in mentions:
        if not capitalised_common_word(m.text, lang):
            return False
        lemma = common_word_lemma(m.text, lang)
        if endings and lemma is not None and lemma.endswith(endings):
            return False
        if data.get("title_words_quoted_only") and not _quoted(text, m.start):
            return False
    return True


def _quoted(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` is inside a quoted title of two words or more (« », “ ”,
    „ “): «Трактат о железных балках», not the one-word name of a ship or a paper («Север»)."""
    for opening, closing in (("«", "»"), ("“", "”"), ("„", "“")):
        start = text.rfind(opening, 0, at)
        if start < 0 or text.count(closing, start + 1, at):
            continue
        end = text.find(closing, at)
        quoted = text[start + 1:end if end >= 0 else len(text)]
        return len(quoted.split()) >= 2
    return False


@derived
def _simplemma_dictionary(lang: str) -> object:
    """simplemma's word list of ``lang``, whose keys keep the case a dictionary writes a word in."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary(lang)


def _with_lemma(word: str, lang: str) -> tuple[str, ...]:
    """The word and its dictionary form: pymorphy3's for a Russian common word (not a name), simplemma's
    for a lower-case word elsewhere ("opposa" is "opposer", "gathered" "gather": a word encoder pairs
    dictionary forms far more surely than inflected ones)."""
    if base_code(lang, "") == "ru":
        lemma = common_word_lemma(word, lang)
    elif word.islower():  # a capitalised word may be a name, whose lower-cased form pairs with others
        from alignment.wordcover import dictionary_form  # wordcover builds on this module

        lemma = dictionary_form(word, lang)
    else:
        lemma = None
    return (word,) if lemma is None or lemma == word else (word, lemma)


# --- Western names written in Cyrillic ----------------------------------------------------

def _transcription() -> dict:
    return language_data.load("transcription")


def _rewrite(word: str, rules: list[list[str]]) -> str:
    for a, b in rules:
        word = word.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", word)


@derived(maxsize=65536)
def _latin_keys(word: str) -> frozenset[str]:
    data = _transcription()
    keys: set[str] = set()
    # a letter said two ways (Norwegian ø: Tromsø = Тромсё, Bodø = Будё) gives a reading for each
    lows = {word.lower()}
    for letter, said in data.get("letter_alternatives", {}).items():
        lows |= {w.replace(letter, said) for w in lows if letter in w}
    for low in lows:
        keys |= _latin_keys_of(low, data)
    return frozenset(keys)


def _latin_keys_of(low: str, data: dict) -> set[str]:
    for letter, said in data.get("letter_folds", {}).items():
        low = low.replace(letter, said)
    spelled = re.sub(r"[^a-z]", "", _strip_accents(low))
    # a name no rule reaches is also read as it is said (Menzies: Mingis; Worcestershire: Woostershire)
    heard = [said + spelled[len(name):] for name, said in data.get("said_as", {}).items()
             if spelled.startswith(name)]
    heard += [said + spelled[len(start):] for start, said in data.get("initial_alternatives", ())
              if spelled.startswith(start)]
    readings = []
    for w in (spelled, *heard):
        for start, said in data.get("initial_rules", ()):
            if w.startswith(start):
                w = said + w[len(start):]
        for ending, said in data.get("final_rules", ()):
            if w.endswith(ending):
                w = w[: -len(ending)] + said
        readings += [w, *(_rewrite(w, rules) for rules in data.get("alternative_rules", {}).values())]
    keys = {_rewrite(r.replace("w", v), data["latin_rules"])
            for r in readings for v in data.get("w_variants", ["u"])}
    for key in list(keys):
        keys.update(key[:-len(f)] for f in data.get("final_silent", ())
                    if key.endswith(f) and len(key) - len(f) >= 3)
    return keys


@derived(maxsize=65536)
def _cyrillic_keys(word: str) -> frozenset[str]:
    data = _transcription()
    stem = _ru_ending().sub("", word.lower())
    forms = {word.lower(), stem} if len(stem) >= 3 else {word.lower()}
    adjective = _place_adjective().match(word.lower())
    if adjective:  # an adjective formed on a name: Букеровской (премии) is the Booker (Prize)
        forms.add(re.sub("(ов|ев)$", "", adjective.group(1)))
    out = set()
    for form in forms:
        for spelled in {form, form.replace("ё", "е")}:  # ё said yo (Фёдор) or as a Dutch ui (Хёйзинга)
            latin = re.sub(r"[^a-z]", "", transliterate(spelled, "en").lower())
            out.add(_rewrite(latin, data["cyrillic_rules"]))
    return frozenset(out)


@derived(maxsize=262144)
def cross_script_match(a: str, b: str) -> bool:
    """A Western name and its Russian practical transcription (Holloway / Холлоуэй, Westbury /
    Уэстбери, Rouquette / Рукет): both rewritten to one phonetic key (``data/transcription.json``),
    the same first sound and keys at least ``min_ratio`` alike."""
    cyr_a, cyr_b = bool(_CYRILLIC.search(a)), bool(_CYRILLIC.search(b))
    if cyr_a == cyr_b:
        return False
    latin, cyrillic = (b, a) if cyr_a else (a, b)
    data = _transcription()
    least, folded_least = data["min_ratio"], data.get("folded_min_ratio", 1.0)
    surname = _regular_surname(cyrillic) and _romanised_surname(latin)
    for x in _latin_keys(latin):
        for y in _cyrillic_keys(cyrillic):
            # two first sounds said alike (Ashby = Эшби) are one letter when the keys are compared
            if len(x) < 3 or len(y) < 3 or not _same_first_sound(x[0], y[0]):
                # a short name said alike (Hughes = Хьюз: "uz"; Hugh = Хью: "u", names of some length)
                if x == y and (len(x) >= 2 or (len(latin) >= 4 and len(cyrillic) >= 3)):
                    return True
                continue
            y = x[0] + y[1:]
            if surname and not _same_consonants(x, y):
                continue  # a Russian surname with another consonant is someone else (Korolyov / Корольков)
            if SequenceMatcher(None, x, y).ratio() >= least and _consonants_agree(x, y):
                return True
            # unstressed vowels read alike (Galway = Голуэй, Bevan = Бивен), the keys then closer
            if SequenceMatcher(None, _fold_vowels(x), _fold_vowels(y)).ratio() >= folded_least:
                return True
    return False


def _consonants_agree(x: str, y: str) -> bool:
    """Whether two keys' consonants agree as well as their letters do: vowels shift between
    transcriptions (Galway = Голуэй), consonants rarely, so a key alike in its vowels and its ending
    but not its consonants is another name (Tikhonov / Трифонов: "tknv" against "trfnv")."""
    cx, cy = (re.sub(r"[aeiouy_]", "", k) for k in (x, y))
    if min(len(cx), len(cy)) < 3:
        return True
    return SequenceMatcher(None, cx, cy).ratio() >= _transcription().get("consonant_min_ratio", 0.0)


def _fold_vowels(key: str) -> str:
    folds = _transcription().get("vowel_folds", {})
    return re.sub(r"(.)\1+", r"\1", "".join(folds.get(c, c) for c in key))


def _same_first_sound(a: str, b: str) -> bool:
    pairs = _transcription().get("first_sound_pairs", ())
    return a == b or any({a, b} == set(pair) for pair in pairs)
