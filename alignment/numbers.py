"""Numbers, quantities and dates pulled out of a sentence and normalised, so two languages compare.

A translation that turns "120 000" into "12 000", "hundreds of thousands" into "tens of
thousands" or "17 May" into "17 March" can read fluently and still be wrong; embeddings barely
notice (see docs/drift.md). Here each mention becomes a comparable key:

- ``("num", value)`` for digits in any local notation ("120 000", "120,000", "120.000",
  "4,5 millions", "120 тысяч"), number words ("twenty-seven", "deux cents", "двадцать семь",
  "zwei Drittel"), ordinals ("3rd", "troisième", "третий", "dritte") and years;
- ``("vague", order)`` for quantities given only by magnitude ("hundreds of thousands",
  "des centaines de milliers", "сотни тысяч", "Hunderttausende" are all order 5);
- ``("month", m)`` for month names in dates.

The word "one" and its equivalents (un/une, ein/eine, один) are ignored unless they multiply a
magnitude ("un million"): they are articles or pronouns far more often than numbers.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from corpora.language import base_code

Key = tuple[str, float]


@dataclass(frozen=True)
class NumberMention:
    """One number-like mention: its comparable key and where it sits in the text."""

    key: Key
    text: str
    start: int
    end: int

    @property
    def label(self) -> str:
        kind, value = self.key
        if kind == "vague":
            return f"~10^{int(value)}"
        if kind == "month":
            return f"month {int(value)}"
        return _format_value(value)


def _format_value(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:g}"


# --- word lists ------------------------------------------------------------------------

def _ru_forms(base: dict[str, int]) -> dict[str, int]:
    """Russian cardinals ending in -ь decline as -и / -ью (пять, пяти, пятью)."""
    out: dict[str, int] = {}
    for word, value in base.items():
        out[word] = value
        if word.endswith("ь"):
            out[word[:-1] + "и"] = value
            out[word[:-1] + "ью"] = value
    return out


CARDINALS: dict[str, dict[str, int]] = {
    "en": {
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "dozen": 12, "twice": 2, "thrice": 3, "double": 2,
    },
    "fr": {
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
        "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
        "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "cent": 100, "cents": 100, "double": 2,
        # "une trentaine" is about thirty; the plurals ("des dizaines") are vague, below
        "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
        "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    },
    "de": {
        "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
        "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
        "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
        "zwanzig": 20, "dreissig": 30, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
        "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "doppelt": 2, "zweimal": 2,
        "dreimal": 3, "dutzend": 12, "beide": 2, "beiden": 2, "beider": 2,
    },
    "ru": {
        **_ru_forms({
            "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
            "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
            "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
            "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "пятьдесят": 50,
        }),
        "восьми": 8, "восьмью": 8, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60,
        "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80,
        "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "двое": 2, "двоих": 2, "вдвое": 2,
        "три": 3, "трёх": 3, "трех": 3, "трём": 3, "трем": 3, "тремя": 3, "трое": 3, "троих": 3,
        "втрое": 3, "дважды": 2, "оба": 2, "обе": 2, "обоих": 2, "обеих": 2, "трижды": 3,
        "четыре": 4, "четырёх": 4, "четырех": 4, "четырём": 4, "четырем": 4,
        "четырьмя": 4, "четверо": 4, "сорок": 40, "сорока": 40, "девяносто": 90, "девяноста": 90,
        "сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300,
        "трёхсот": 300, "четыреста": 400, "четырехсот": 400, "пятьсот": 500, "пятисот": 500,
        "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    },
}
# French compounds (soixante-dix, quatre-vingt-dix) are parsed by the additive rule below;
# "cent"/"hundred" multiply what comes before.

HUNDRED = {"hundred", "hundreds", "cent", "cents", "hundert"}

MAGNITUDES: dict[str, dict[str, float]] = {
    "en": {"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
           "billions": 1e9, "bn": 1e9, "hundred": 100},
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
           "cent": 100, "cents": 100},
    "de": {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9,
           "milliarden": 1e9, "mrd": 1e9, "hundert": 100},
    "ru": {"тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тысячу": 1e3, "тысячей": 1e3,
           "тысячами": 1e3, "тысячам": 1e3, "тыс": 1e3, "миллион": 1e6, "миллиона": 1e6,
           "миллионов": 1e6, "миллионы": 1e6, "миллионами": 1e6, "млн": 1e6, "миллиард": 1e9,
           "миллиарда": 1e9, "миллиардов": 1e9, "млрд": 1e9},
}

# Magnitude words that stand for a number on their own ("mille fois", "тысяча человек").
START_OK = {"thousand", "hundred", "mille", "cent", "тысяча", "тысячу", "tausend", "hundert",
            "million", "миллион"}

# Words for "one"/"a" that count only in front of a magnitude ("a million", "un million").
ONE_WORDS = {"one", "a", "an", "un", "une", "ein", "eine", "einer", "einen", "один", "одна", "одну",
             "одно", "одной", "одного"}

FRACTIONS: dict[str, float] = {
    "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "tiers": 3, "quart": 4, "quarts": 4,
    "треть": 3, "трети": 3, "третей": 3, "четверть": 4, "четверти": 4, "четвертей": 4,
    "drittel": 3, "viertel": 4,
}

ORDINALS: dict[str, dict[str, int]] = {
    "en": {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
           "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20},
    "fr": {"deuxième": 2, "second": 2, "seconde": 2, "troisième": 3, "quatrième": 4,
           "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
           "dixième": 10, "onzième": 11, "douzième": 12, "vingtième": 20},
    "de": {},
    "ru": {},
}
_DE_ORDINAL = re.compile(
    r"^(zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft|zwanzigst)"
    r"(e|en|er|es|em|höchst\w*|grösst\w*|größt\w*|letzt\w*|beste\w*|ens)$"
)
_DE_ORDINAL_VALUES = {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
                      "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12,
                      "zwanzigst": 20}
_RU_ORDINAL = re.compile(
    r"^(втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)"
    r"(ой|ого|ому|ом|ая|ую|ое|ые|ых|ым|ыми|ий|ьего|ьему|ьей|ья|ью|ье|ьи|ьих|ьим|ый|ым)$"
)
_RU_ORDINAL_VALUES = {"втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6,
                      "седьм": 7, "восьм": 8, "девят": 9, "десят": 10}

MONTHS: dict[str, dict[str, int]] = {
    "en": {m: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"], 1)},
    "fr": {m: i for i, m in enumerate(
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
         "octobre", "novembre", "décembre"], 1)},
    "de": {m: i for i, m in enumerate(
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
         "oktober", "november", "dezember"], 1)},
}
MONTHS["de"]["jänner"] = 1
_RU_MONTH = re.compile(
    r"^(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(ь|я|е|ю|а|ем|й)?$"
)
_RU_MONTH_VALUES = {s: i for i, s in enumerate(
    ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
     "ноябр", "декабр"], 1)}

# Quantities given by magnitude only; each pattern maps to an order of ten.
_VAGUE: dict[str, list[tuple[str, int]]] = {
    "en": [
        (r"hundreds of thousands", 5), (r"tens of thousands|dozens of thousands", 4),
        (r"hundreds of millions", 8), (r"tens of millions|dozens of millions", 7),
        (r"(?:a few|several|some) dozen", 1), (r"dozens|tens", 1), (r"hundreds", 2), (r"thousands", 3),
        (r"millions", 6), (r"billions", 9),
    ],
    "fr": [
        (r"centaines de milliers", 5), (r"dizaines de milliers", 4), (r"centaines de millions", 8),
        (r"dizaines de millions", 7), (r"(?:quelques )?(?:dizaines|douzaines|vingtaines)", 1),
        (r"centaines", 2), (r"(?:un )?milliers?", 3), (r"millions", 6),
        (r"milliards", 9),
    ],
    "de": [
        (r"hunderttausende[n]?", 5), (r"zehntausende[n]?", 4), (r"dutzende[n]?", 1),
        (r"hunderte[n]?", 2), (r"tausende[n]?", 3), (r"millionen", 6), (r"milliarden", 9),
    ],
    "ru": [
        (r"(?:сотни|сотен|сотнями|сотням|сотнях) (?:тысяч|тысячи)", 5),
        (r"(?:десятки|десятков|десятками|десяткам|десятках) (?:тысяч|тысячи)", 4),
        (r"(?:сотни|сотен|сотнями|сотням) миллионов", 8),
        (r"(?:десятки|десятков|десятками|десяткам) миллионов", 7),
        (r"(?:несколько )?(?:десятки|десятков|десятками|десяткам|десятках|десяток)", 1),
        (r"сотни|сотен|сотнями|сотням|сотнях|сотня|сотню", 2),
        (r"тысячи|тысяч|тысячами|тысячам", 3), (r"миллионы|миллионов|миллионами|миллионам", 6),
        (r"миллиарды|миллиардов", 9),
    ],
}

_CENTURY = {"century", "centuries", "siècle", "siècles", "век", "века", "веке", "jahrhundert",
            "jahrhunderts", "weltkrieg", "reich", "congress", "congrès", "съезд", "съезда"}
_DE_COMPOUND_NUM = re.compile(
    r"^(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreissig|dreißig|vierzig|"
    r"fünfzig|hundert)(tausender|tägig|jährig|stündig|wöchig|monatig|fach|mal)\w*$")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_ROMAN = re.compile(r"^(?=[MDCLXVI]{2,}$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}

_SPACE_SEP = " \u00a0\u202f\u2009'’"
_DIGITS = re.compile(
    r"(?<!\d)(?<!\d[.,])"
    r"(?P<num>\d{1,3}(?:(?P<sep>[ \u00a0\u202f\u2009'’.,])\d{3})(?:(?P=sep)\d{3})*(?!\d)"
    r"(?:[.,]\d+(?!\d))?|\d+(?:[.,]\d+)?)"
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_AM_PM = re.compile(r"\s?([aApP])\.?\s?[mM]\.?(?!\w)")
"""After a clock time: "9 p.m.", "8.40 a.m.", "9pm"."""
_MONTH_CONTEXT_EN = {"in", "of", "on", "since", "until", "from", "early", "late", "mid", "by",
                     "before", "after", "end", "last", "next", "this", "till", "between"}


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.lower())


def _roman_value(token: str) -> int:
    total = 0
    for i, ch in enumerate(token):
        value = _ROMAN_VALUES[ch]
        if i + 1 < len(token) and _ROMAN_VALUES[token[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


def _parse_digits(raw: str, lang: str) -> float | None:
    """A digit string in local notation → value (thousands and decimal separators per language)."""
    m = re.fullmatch(
        r"(\d{1,3})((?:[ \u00a0\u202f\u2009'’.,]\d{3})+)(?:([.,])(\d+))?|(\d+)(?:([.,])(\d+))?", raw)
    if m is None:
        return None
    if m.group(5) is not None:  # plain digits, optional decimal part
        whole, frac = m.group(5), m.group(7)
        return float(f"{whole}.{frac}") if frac else float(whole)
    head, groups, dec = m.group(1), m.group(2), m.group(4)
    sep = groups[0]
    n_groups = len(groups) // 4
    if sep in _SPACE_SEP or n_groups > 1 or dec is not None:
        value = float(head + re.sub(r"\D", "", groups))
        if dec is not None:
            value += float("0." + dec)
        return value
    # one group after "." or ",": thousands or decimal, by language
    decimal_sep = "." if lang == "en" else ","
    if sep == decimal_sep:
        return float(f"{head}.{groups[1:]}")
    return float(head + groups[1:])


@dataclass
class _Tok:
    text: str
    low: str
    start: int
    end: int
    value: float | None = None  # digits


def _tokens(text: str) -> list[_Tok]:
    """Words and digit numbers in order, with offsets."""
    toks: list[_Tok] = []
    taken: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        s, e = m.span("num")
        raw = m.group("num")
        # a footnote marker "[12]" is not a number of the text
        if s > 0 and text[s - 1] == "[" and e < len(text) and text[e] == "]":
            continue
        toks.append(_Tok(raw, raw, s, e, value=None))
        taken.append((s, e))
    for m in _WORD.finditer(text):
        toks.append(_Tok(m.group(), _fold(m.group()), m.start(), m.end()))
    toks.sort(key=lambda t: t.start)
    return toks


def _word_value(low: str, lang: str) -> float | None:
    table = CARDINALS.get(lang, {})
    if low in table:
        return float(table[low])
    if lang == "de":
        m = _DE_COMPOUND_NUM.match(low)
        if m:  # "Achttausender" (8000), "zehntägige" (10), "dreifach" (3)
            base = float(CARDINALS["de"][m.group(1)])
            return base * 1000 if m.group(2) == "tausender" else base
        return _de_compound(low)
    return None


def _de_compound(low: str) -> float | None:
    """German number compounds: siebenundzwanzig, dreihundert, zweitausend."""
    units = {k: v for k, v in CARDINALS["de"].items() if v < 100 and k not in ("doppelt", "zweimal",
                                                                               "dreimal", "dutzend")}
    units["ein"] = 1
    m = re.fullmatch(r"(?:(\w+?)tausend)?(?:(\w+?)?hundert)?(?:(\w+?)und(\w+)|(\w+))?", low)
    if m is None or not any(m.groups()):
        return None
    total = 0.0
    for word, group, factor in (("tausend", 1, 1000), ("hundert", 2, 100)):
        if word in low:
            head = m.group(group)
            mult = units.get(head) if head else 1
            if mult is None:
                return None
            total += mult * factor
    if m.group(3) and m.group(4):
        a, b = units.get(m.group(3)), units.get(m.group(4))
        if a is None or b is None or b < 20:
            return None
        total += a + b
    elif m.group(5):
        v = units.get(m.group(5))
        if v is None:
            return None
        total += v
    if total == 0 or ("tausend" not in low and "hundert" not in low and not m.group(3)):
        return None
    return total


def _ordinal_value(low: str, lang: str) -> int | None:
    table = ORDINALS.get(lang, {})
    if low in table:
        return table[low]
    if lang == "de":
        m = _DE_ORDINAL.match(low)
        if m and not (m.group(1) == "acht" and low in ("achten", "achtens")):
            return _DE_ORDINAL_VALUES[m.group(1)]
    if lang == "ru":
        m = _RU_ORDINAL.match(low)
        if m:
            stem = m.group(1)
            return _RU_ORDINAL_VALUES.get(stem, 4 if stem.startswith("четв") else None)
    return None


def _month_value(tok: _Tok, lang: str, prev: _Tok | None, nxt: _Tok | None) -> int | None:
    near_digit = (prev is not None and prev.low[:1].isdigit()) or (nxt is not None and nxt.low[:1].isdigit())
    if lang == "ru":
        m = _RU_MONTH.match(tok.low)
        if not m:
            return None
        if tok.text[0].isupper() and not near_digit:
            return None  # Russian writes months in lower case: "Марта Ильина" is a woman, "Май" a name
        if m.group(1) == "ма" and tok.low not in ("май", "мая", "мае", "маю"):
            return None
        if m.group(1) == "март" and tok.low not in ("март", "марта", "марте", "мартом"):
            return None
        return _RU_MONTH_VALUES[m.group(1)]
    table = MONTHS.get(lang, {})
    value = table.get(tok.low)
    if value is None:
        return None
    if lang in ("en", "de") and not tok.text[0].isupper():
        return None  # English and German capitalise months: "joined the march", "may", "august"
    if lang == "en" and tok.low == "may":
        if not near_digit and not (prev is not None and prev.low in _MONTH_CONTEXT_EN):
            return None
    if lang == "fr" and tok.low == "mars" and tok.text[0].isupper() and not near_digit:
        return None  # the planet
    return value


def extract_numbers(text: str, lang: str) -> list[NumberMention]:
    """Every number-like mention in ``text`` with a language-independent key and its span."""
    lang = base_code(lang)
    out: list[NumberMention] = []
    used: list[tuple[int, int]] = []

    def overlaps(s: int, e: int) -> bool:
        return any(s < ue and us < e for us, ue in used)

    def claim_vague(multiword: bool) -> None:
        for pattern, order in _VAGUE.get(lang, []):
            if (" " in pattern) != multiword:
                continue
            for m in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text, flags=re.IGNORECASE):
                if overlaps(m.start(), m.end()):
                    continue
                out.append(NumberMention(("vague", float(order)), m.group(), m.start(), m.end()))
                used.append(m.span())

    # phrases like "hundreds of thousands" first, so their words are not read one by one
    claim_vague(multiword=True)
    toks = _tokens(text)
    magnitudes = MAGNITUDES.get(lang, {})
    i = 0
    while i < len(toks):
        tok = toks[i]
        start = tok.start
        if overlaps(tok.start, tok.end):
            i += 1
            continue
        if tok.low[:1].isdigit():
            value = _parse_digits(tok.text, lang)
            j = i + 1
            twelve = re.fullmatch(r"(\d{1,2})(?:[.:](\d{2}))?", tok.text)
            ampm = _AM_PM.match(text, tok.end)
            if twelve and ampm and 1 <= int(twelve.group(1)) <= 12:
                # "9 p.m." is 21 h, "8.40 p.m." 20 h 40: the hour as a 24-hour clock says it
                hour = int(twelve.group(1)) % 12 + (12 if ampm.group(1).lower() == "p" else 0)
                hs, he = twelve.span(1)
                out.append(NumberMention(("num", float(hour)), text[tok.start:ampm.end()].strip(),
                                         tok.start + hs, tok.start + he))
                if twelve.group(2):
                    ms, me = twelve.span(2)
                    out.append(NumberMention(("num", float(twelve.group(2))), twelve.group(2),
                                             tok.start + ms, tok.start + me))
                used.append((tok.start, ampm.end()))
                i += 1
                continue
            clock = re.fullmatch(r"(\d{1,2})[.:](\d{2})", tok.text)
            if clock and re.match(r"\s*(?:Uhr|h\b|heures?|ч\b|часов)", text[tok.end:]):
                # a time of day, "20.30 Uhr" = "20 h 30": hours and minutes
                for part, (ps, pe) in ((clock.group(1), clock.span(1)), (clock.group(2), clock.span(2))):
                    out.append(NumberMention(("num", float(part)), part, tok.start + ps, tok.start + pe))
                used.append((tok.start, tok.end))
                i += 1
                continue
            frac = re.match(r"\s?([½¼¾⅓⅔])", text[tok.end:])
            if value is not None and frac:
                value += _VULGAR[frac.group(1)]
            if value is not None and j < len(toks) and toks[j].low.rstrip(".") in magnitudes \
                    and toks[j].start - toks[i].end <= 2 and not overlaps(toks[j].start, toks[j].end) \
                    and re.fullmatch(r"[\s\u00a0\u202f]*", text[toks[j - 1].end:toks[j].start]):
                # "4,5 millions", but not "in 1941, thousands of …" (a comma ends the number)
                value *= magnitudes[toks[j].low.rstrip(".")]
                j += 1
            if value is not None:
                end = toks[j - 1].end
                out.append(NumberMention(("num", value), text[start:end], start, end))
                used.append((start, end))
            i = j
            continue
        if lang == "fr" and tok.low in ("cent", "cents") and i and toks[i - 1].low == "pour":
            i += 1  # "pour cent" is a percent sign
            continue
        # number words: a run of cardinals / magnitudes, or "a"/"un" + magnitude
        value, j = _word_run(toks, i, lang, text)
        if value is not None and lang == "de" and i and toks[i - 1].low == "halb" and 1 < value <= 12:
            value -= 1  # "um halb fünf" is half past four: the hour other languages write (4 h 30)
        if value is not None and not any(overlaps(t.start, t.end) for t in toks[i:j]):
            end = toks[j - 1].end
            out.append(NumberMention(("num", value), text[start:end], start, end))
            used.append((start, end))
            i = j
            continue
        i += 1

    # then single words that give a magnitude only ("thousands", "des milliers", "тысячи")
    claim_vague(multiword=False)

    for k, tok in enumerate(toks):
        if overlaps(tok.start, tok.end) or tok.low[:1].isdigit():
            continue
        ordinal = _ordinal_value(tok.low, lang)
        if ordinal is not None:
            out.append(NumberMention(("num", float(ordinal)), tok.text, tok.start, tok.end))
            continue
        if _ROMAN.match(tok.text):
            # a Roman numeral after a name ("Gasherbrum II", "Николай II") or before a century
            # word; not "II nous est" (an OCR'd "Il") nor a sentence in capitals
            letters = [c for c in text if c.isalpha()]
            prev_tok = toks[k - 1] if k else None
            next_tok = toks[k + 1] if k + 1 < len(toks) else None
            after_name = prev_tok is not None and prev_tok.text[:1].isupper() and not prev_tok.text.isupper()
            before_century = next_tok is not None and next_tok.low in _CENTURY
            if (after_name or before_century) and sum(c.isupper() for c in letters) < 0.6 * len(letters):
                value = _roman_value(tok.text)
                out.append(NumberMention(("num", float(value)), tok.text, tok.start, tok.end))
            continue
        month = _month_value(tok, lang, toks[k - 1] if k else None,
                             toks[k + 1] if k + 1 < len(toks) else None)
        if month is not None:
            out.append(NumberMention(("month", float(month)), tok.text, tok.start, tok.end))
    out.sort(key=lambda m: m.start)
    return out


def _word_run(toks: list[_Tok], i: int, lang: str, text: str) -> tuple[float | None, int]:
    """Parse number words starting at ``toks[i]``; returns (value, next index) or (None, i)."""
    magnitudes = MAGNITUDES.get(lang, {})
    total = 0.0
    current = 0.0
    seen = False
    j = i
    first = toks[i].low
    if first in FRACTIONS and lang != "en":
        return 1.0 / FRACTIONS[first], i + 1  # "le tiers", "треть", "ein Drittel"
    if first in ONE_WORDS:
        if i + 1 < len(toks) and toks[i + 1].low in FRACTIONS and _gap(text, toks[i], toks[i + 1]):
            return 1.0 / FRACTIONS[toks[i + 1].low], i + 2  # "a third", "un tiers"
        if i + 1 < len(toks) and toks[i + 1].low in magnitudes and _gap(text, toks[i], toks[i + 1]):
            current = 1.0
            j = i + 1
            seen = False
        else:
            return None, i
    while j < len(toks):
        tok = toks[j]
        if j > i and not _gap(text, toks[j - 1], tok):
            break
        low = tok.low
        word = _word_value(low, lang)
        if lang == "en" and j > i and _hyphen_after_tens(text, toks[j - 1], current):
            # "thirty-one (thousand)", "eighty-third": a unit or an ordinal written onto its tens
            ordinal = 1 if low == "first" else ORDINALS["en"].get(low)
            if ordinal is not None and ordinal < 10:
                return total + current + ordinal, j + 1  # an ordinal ends the number
            if low == "one":
                current += 1
                j += 1
                continue
        if low in FRACTIONS and (seen or current):
            value = (current or 1.0) / FRACTIONS[low]
            return total + value, j + 1
        if low in magnitudes and low not in HUNDRED:
            if j == i and low not in START_OK:
                return None, i  # "thousands", "тысячи" alone are vague, not 1000
            mult = magnitudes[low]
            total += (current or 1.0) * mult
            current = 0.0
            seen = True
            j += 1
            continue
        if low in HUNDRED and low in magnitudes:
            current = (current or 1.0) * 100
            seen = True
            j += 1
            continue
        if word is not None:
            if lang == "fr" and word == 20 and current % 100 == 4:
                current += 76  # quatre-vingt(s)
                seen = True
                j += 1
                continue
            if word >= 100 and current:  # "deux cents" handled above; ru "двести" is whole
                total += current
                current = 0.0
            current += word
            seen = True
            j += 1
            continue
        connector = (lang == "en" and low == "and") or (lang == "fr" and low == "et")
        if connector and seen and j + 1 < len(toks) and _word_value(toks[j + 1].low, lang) is not None:
            if lang == "en" and toks[j - 1].low not in HUNDRED and toks[j - 1].low not in magnitudes:
                break
            j += 1
            continue
        if lang == "fr" and low in ("et", "un", "une") and seen and current % 10 == 0 and 20 <= current < 70:
            # vingt et un
            if low == "et" and j + 1 < len(toks) and toks[j + 1].low in ("un", "une", "onze"):
                current += 1 if toks[j + 1].low != "onze" else 11
                j += 2
                continue
        break
    if not seen and current == 0:
        return None, i
    if j == i:
        return None, i
    return total + current, j


def _hyphen_after_tens(text: str, previous: _Tok, current: float) -> bool:
    """Whether the token after ``previous`` is written onto a tens word with a hyphen ("thirty-")."""
    return 20 <= current % 100 < 100 and current % 10 == 0 and text[previous.end:previous.end + 1] == "-"


def _gap(text: str, a: _Tok, b: _Tok) -> bool:
    """True when two tokens are joined only by spaces or a hyphen (one number phrase)."""
    between = text[a.end : b.start]
    return len(between) <= 3 and re.fullmatch(r"[\s\-\u00a0\u202f]*", between) is not None


def _keys_match(a: Key, b: Key) -> bool:
    if a == b:
        return True
    if a[0] == "num" and b[0] == "num":
        return math.isclose(a[1], b[1], rel_tol=1e-6, abs_tol=1e-9)
    for x, y in ((a, b), (b, a)):
        if x[0] == "vague" and y[0] == "num" and y[1] > 0:
            # "hundreds of thousands" may render a number of that order ("500 000")
            return 10 ** x[1] <= y[1] < 10 ** (x[1] + 1)
    return False


def compare_numbers(
    source: Iterable[NumberMention], target: Iterable[NumberMention]
) -> tuple[list[NumberMention], list[NumberMention]]:
    """Mentions left unmatched on each side after pairing equal keys (multiset comparison)."""
    src = list(source)
    tgt = list(target)
    free = [True] * len(tgt)
    unmatched_src: list[NumberMention] = []
    # exact keys first, then the lenient vague↔number pairing
    order = sorted(range(len(src)), key=lambda k: src[k].key[0] == "vague")
    matched_src = [False] * len(src)
    for exact in (True, False):
        for k in order:
            if matched_src[k]:
                continue
            for t, mention in enumerate(tgt):
                if not free[t]:
                    continue
                ok = (src[k].key[0] == mention.key[0] and _keys_match(src[k].key, mention.key)) if exact \
                    else _keys_match(src[k].key, mention.key)
                if ok:
                    free[t] = False
                    matched_src[k] = True
                    break
    unmatched_src = [m for m, ok in zip(src, matched_src, strict=True) if not ok]
    unmatched_tgt = [m for m, f in zip(tgt, free, strict=True) if f]
    # a month named twice on one side and once on the other ("am 10. Juli … am 11. Juli" /
    # "le 10 juillet … le 11") is an elided repeat, not a changed date: months compare as sets
    src_months = {m.key for m in src if m.key[0] == "month"}
    tgt_months = {m.key for m in tgt if m.key[0] == "month"}
    unmatched_src = [m for m in unmatched_src if not (m.key[0] == "month" and m.key in tgt_months)]
    unmatched_tgt = [m for m in unmatched_tgt if not (m.key[0] == "month" and m.key in src_months)]
    return unmatched_src, unmatched_tgt


# page, issue and volume numbers of a reference ("S. 83", "p. 82", "Nr. 292", "n° 293", "стр. 5",
# "pp. 295-298"): each edition has its own pagination, so a translation citing its own edition's
# pages differs on them without drifting
_LOCATOR = re.compile(
    r"(?:(?<!\w)(?:[Ss]|[Pp]|[Сс]|[Tt])\.|(?<!\w)(?:pp|Nr|No|nr|no|стр|vol|Vol|Bd|Heft|Seiten?|pages?)\.?"
    r"|n°|№)\s*(?:\d+\s*[-–/]\s*)?$")


def is_locator(text: str, mention: NumberMention) -> bool:
    """True for a page, issue or volume number of a bibliographic reference."""
    before = text[max(0, mention.start - 24) : mention.start]
    return mention.key[0] == "num" and _LOCATOR.search(before) is not None


def roman_present(text: str, mention: NumberMention) -> bool:
    """True when a Roman numeral mention appears verbatim in ``text`` ("Lager II" / "camp II")."""
    return _ROMAN.match(mention.text) is not None and re.search(
        rf"(?<![\w.]){re.escape(mention.text)}(?![\w])", text) is not None


def number_words_cover(lang: str) -> bool:
    """Whether number words ("twelve", "douze", "двенадцать") are read in this language; figures in
    digits are read in every language."""
    return base_code(lang) in CARDINALS


def _digit_runs(text: str, mentions: list[NumberMention]) -> list[list[NumberMention]]:
    """Consecutive all-digit mentions one space, dot or hyphen apart ("43 36 11", "06.12.34")."""
    runs: list[list[NumberMention]] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if not m.text.isdigit():
            continue
        if runs and re.fullmatch(r"[ .\-\u00a0]", text[runs[-1][-1].end:m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def regroup_digits(source: str, only_src: list[NumberMention], target: str,
                   only_tgt: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Drop unmatched digit groups that are one number written in another grouping.

    Telephone and account numbers are grouped by house style: "031/433611" and "031/43 36 11"
    are the same number, which the comparison of values alone reads as three changed figures.
    """
    for this_text, this, other_text, other in ((source, only_src, target, only_tgt),
                                               (target, only_tgt, source, only_src)):
        for run in _digit_runs(this_text, this):
            joined = "".join(m.text for m in run)
            if len(run) < 2 or len(joined) < 4:
                continue
            for whole in [[m] for m in other if m.text.isdigit()] + _digit_runs(other_text, other):
                if "".join(m.text for m in whole) == joined and whole != run:
                    this[:] = [m for m in this if m not in run]
                    other[:] = [m for m in other if m not in whole]
                    break
    return only_src, only_tgt
