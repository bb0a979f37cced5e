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

import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from alignment import language_data
from alignment.language_data import derived
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
    def figure(self) -> Any:
        """The number it says (a float), or None for a month, a vague amount and the like."""
        return self.key[1] if self.key[0] == "num" else None

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


# --- word lists: alignment/data/numbers.json -------------------------------------------

RESOURCE = "numbers"


def _alternation(patterns: list[str]) -> str:
    return "|".join(patterns)


@dataclass(frozen=True)
class _Language:
    """One language's number words, from ``data/numbers.json`` (see its ``_about``)."""

    cardinals: dict[str, float]
    magnitudes: dict[str, float]
    ordinals: dict[str, int]
    ordinal_stems: dict[str, int]
    ordinal_pattern: re.Pattern[str] | None
    date_ordinal_stems: dict[str, int]
    date_ordinal_pattern: re.Pattern[str] | None
    not_ordinals: frozenset[str]
    months: dict[str, int]
    month_stems: dict[str, int]
    month_pattern: re.Pattern[str] | None
    month_stem_forms: dict[str, frozenset[str]]
    months_capitalised: bool
    months_lower_case: bool
    month_needs_context: dict[str, frozenset[str]]
    month_capitalised_other_meaning: frozenset[str]
    vague: tuple[tuple[str, int], ...]
    decimal_separator: str
    connector: str | None
    compound: dict[str, Any]
    compound_pattern: re.Pattern[str] | None
    after_tens_hyphen: dict[str, dict[str, int]]
    percent_phrases: list[list[str]]
    and_units: dict[str, int]
    one_after_tens: frozenset[str]
    half_before_hour: str | None
    fraction_needs_number: bool
    vigesimal: bool
    connector_after_hundreds_only: bool
    homograph_cardinals: frozenset[str] = frozenset()


def _stem_and_ending(stems: list[str], endings: list[str], optional: str = "") -> re.Pattern[str]:
    """A whole word that is one of ``stems`` and then one of ``endings`` (group 1: the stem)."""
    return re.compile(rf"^({_alternation(stems)})({_alternation(endings)}){optional}$")


@derived
def _language(lang: str) -> _Language:
    data = language_data.language(RESOURCE, lang)

    def needed(key: str) -> Any:  # a key that another key of the language calls for
        return language_data.entry(RESOURCE, "languages", lang, key)

    ordinal_stems = data.get("ordinal_stems", {})
    date_stems = data.get("date_ordinal_stems", {})
    month_stems = data.get("month_stems", [])
    compound = data.get("compound", {})
    suffixes = list(compound.get("suffixes", {}))
    return _Language(
        cardinals={w: float(v) for w, v in data.get("cardinals", {}).items()},
        magnitudes={w: float(v) for w, v in data.get("magnitudes", {}).items()},
        ordinals=dict(data.get("ordinals", {})),
        ordinal_stems=dict(ordinal_stems),
        ordinal_pattern=_stem_and_ending(list(ordinal_stems), needed("ordinal_endings"))
        if ordinal_stems else None,
        date_ordinal_stems=dict(date_stems),
        date_ordinal_pattern=_stem_and_ending(list(date_stems), needed("ordinal_endings"))
        if date_stems else None,
        not_ordinals=frozenset(data.get("not_ordinals", ())),
        months=dict(data.get("months", {})),
        month_stems={stem: i for i, stem in enumerate(month_stems, 1)},
        month_pattern=_stem_and_ending(month_stems, needed("month_endings"), "?") if month_stems else None,
        month_stem_forms={s: frozenset(f) for s, f in data.get("month_stem_forms", {}).items()},
        months_capitalised=bool(data.get("months_capitalised")),
        months_lower_case=bool(data.get("months_lower_case")),
        month_needs_context={w: frozenset(c) for w, c in data.get("month_needs_context", {}).items()},
        month_capitalised_other_meaning=frozenset(data.get("month_capitalised_other_meaning", ())),
        vague=tuple((pattern, int(order)) for pattern, order in data.get("vague", ())),
        decimal_separator=data.get("decimal_separator", ","),
        connector=data.get("connector"),
        compound=compound,
        compound_pattern=re.compile(rf"^({_alternation(compound['heads'])})"
                                    rf"({_alternation(suffixes)})\w*$") if compound else None,
        after_tens_hyphen=data.get("after_tens_hyphen", {}),
        percent_phrases=data.get("percent_phrases", []),
        and_units=data.get("and_units", {}),
        one_after_tens=frozenset(data.get("one_after_tens", ())),
        half_before_hour=data.get("half_before_hour"),
        fraction_needs_number=bool(data.get("fraction_needs_number")),
        vigesimal=bool(data.get("vigesimal")),
        connector_after_hundreds_only=bool(data.get("connector_after_hundreds_only")),
        homograph_cardinals=frozenset(data.get("homograph_cardinals", ())),
    )


@dataclass(frozen=True)
class _Shared:
    """Words read whatever the language of the text (the union over every language of the data)."""

    hundred: frozenset[str]
    standalone: frozenset[str]
    one_words: frozenset[str]
    fractions: dict[str, float]
    fraction_of: frozenset[str]
    roman_before: frozenset[str]
    locator: re.Pattern[str]
    clock: re.Pattern[str]
    clock_before: re.Pattern[str]


def _whole_or_prefix(entry: str) -> str:
    """A word of the data as a pattern: ``$`` at the end marks a whole word, else a prefix."""
    return re.escape(entry[:-1]) + r"\b" if entry.endswith("$") else re.escape(entry)


@derived
def _shared() -> _Shared:
    locators = language_data.entry(RESOURCE, "locators")
    letters = _alternation([re.escape(x) for x in locators["letters"]])
    words = _alternation([re.escape(x) for x in locators["words"]])
    signs = _alternation([re.escape(x) for x in locators["signs"]])
    clock = _alternation([_whole_or_prefix(w) for w in language_data.entry(RESOURCE, "clock_words")])
    fractions: dict[str, float] = {}
    for table in language_data.per_language(RESOURCE, "fractions").values():
        fractions.update({w: float(v) for w, v in table.items()})
    return _Shared(
        hundred=language_data.all_words(RESOURCE, "hundred_words"),
        standalone=language_data.all_words(RESOURCE, "standalone_magnitudes"),
        one_words=language_data.all_words(RESOURCE, "one_words"),
        fractions=fractions,
        fraction_of=language_data.all_words(RESOURCE, "fraction_before"),
        roman_before=language_data.all_words(RESOURCE, "roman_numeral_before"),
        # page, issue and volume numbers of a reference ("S. 83", "p. 82", "Nr. 292", "n° 293",
        # "стр. 5", "pp. 295-298"): each edition has its own pagination, so a translation citing
        # its own edition's pages differs on them without drifting
        locator=re.compile(rf"(?:(?<!\w)(?:{letters})\.|(?<!\w)(?:{words})\.?|{signs})\s*(?:\d+\s*[-–/]\s*)?$"),
        clock=re.compile(rf"\s*(?:{clock})"),
        clock_before=re.compile(r"(?<![^\W\d_])(?:" + _alternation(
            [re.escape(w) for w in language_data.entry(RESOURCE, "clock_before")]) + r")\s+$", re.IGNORECASE),
    )

_BY_HOW_MUCH = re.compile(r"\bby\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)
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
_SEASON = re.compile(r"(?<!\d)((?:1[5-9]|20)\d\d)[/\-–](?=\d\d(?!\d))")
_AM_PM = re.compile(r"\s?([aApP])\.?\s?[mM]\.?(?!\w)")
"""After a clock time: "9 p.m.", "8.40 a.m.", "9pm"."""


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
    decimal_sep = _language(lang).decimal_separator
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
    table = _language(lang)
    if low in table.cardinals:
        return table.cardinals[low]
    if table.compound_pattern is not None:
        m = table.compound_pattern.match(low)
        if m:  # "Achttausender" (8000), "zehntägige" (10), "dreifach" (3)
            return table.cardinals[m.group(1)] * table.compound["suffixes"][m.group(2)]
        return _compound(low, lang)
    return None


@derived
def _compound_parts(lang: str) -> tuple[dict[str, float], re.Pattern[str]]:
    """The units a compound number word is made of, and the pattern that splits one."""
    table = _language(lang)
    rules = table.compound
    units = {k: v for k, v in table.cardinals.items() if v < 100 and k not in rules["units_exclude"]}
    units.update({k: float(v) for k, v in rules["units_extra"].items()})
    thousand, hundred, und = (re.escape(rules[k]) for k in ("thousand", "hundred", "and"))
    return units, re.compile(rf"(?:(\w+?){thousand})?(?:(\w+?)?{hundred})?(?:(\w+?){und}(\w+)|(\w+))?")


def _compound(low: str, lang: str) -> float | None:
    """Number compounds written as one word (German): siebenundzwanzig, dreihundert, zweitausend."""
    units, pattern = _compound_parts(lang)
    rules = _language(lang).compound
    m = pattern.fullmatch(low)
    if m is None or not any(m.groups()):
        return None
    total = 0.0
    for word, group, factor in ((rules["thousand"], 1, 1000), (rules["hundred"], 2, 100)):
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
    if total == 0 or (rules["thousand"] not in low and rules["hundred"] not in low and not m.group(3)):
        return None
    return total


def _ordinal_value(low: str, lang: str, date: bool = False) -> int | None:
    """An ordinal word's value; with ``date`` (before a month, or after tens) also the ordinals that
    say a day there and a rank elsewhere («первого ноября» = 1 November, «двадцатого декабря»; but
    «первый раз» is "the first time", no figure)."""
    table = _language(lang)
    if low in table.ordinals:
        return table.ordinals[low]
    for stems, pattern in ((table.ordinal_stems, table.ordinal_pattern),
                           (table.date_ordinal_stems, table.date_ordinal_pattern if date else None)):
        m = pattern.match(low) if pattern is not None else None
        if m and low not in table.not_ordinals:
            return stems[m.group(1)]
    return None


def _month_value(tok: _Tok, lang: str, prev: _Tok | None, nxt: _Tok | None) -> int | None:
    near_digit = (prev is not None and prev.low[:1].isdigit()) or (nxt is not None and nxt.low[:1].isdigit())
    table = _language(lang)
    if table.month_pattern is not None:
        m = table.month_pattern.match(tok.low)
        if not m:
            return None
        if table.months_lower_case and tok.text[0].isupper() and not near_digit:
            return None  # Russian writes months in lower case: "Марта Ильина" is a woman, "Май" a name
        forms = table.month_stem_forms.get(m.group(1))
        if forms is not None and tok.low not in forms:
            return None  # "маем" (we wave) is not May
        return table.month_stems[m.group(1)]
    value = table.months.get(tok.low)
    if value is None:
        return None
    if table.months_capitalised and not tok.text[0].isupper():
        return None  # English and German capitalise months: "joined the march", "may", "august"
    context = table.month_needs_context.get(tok.low)
    if context is not None and not near_digit and not (prev is not None and prev.low in context):
        return None  # "May" the verb
    if tok.low in table.month_capitalised_other_meaning and tok.text[0].isupper() and not near_digit:
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
        for pattern, order in _language(lang).vague:
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
    magnitudes = _language(lang).magnitudes
    i = 0
    while i < len(toks):
        tok = toks[i]
        start = tok.start
        if overlaps(tok.start, tok.end):
            i += 1
            continue
        if tok.low == "00" and text[max(0, tok.start - 1):tok.start] == ":":
            i += 1  # "1:00": on the hour, no number of its own
            continue
        if tok.low[:1].isdigit():
            value = _parse_digits(tok.text, lang)
            season = _SEASON.match(text, tok.start - 5) if tok.start >= 5 else None
            if value is not None and len(tok.text) == 2 and season and season.end() == tok.start \
                    and (int(season.group(1)) + 1) % 100 == int(tok.text):
                # "the 2026/27 season" = "la saison 2026-2027": the second year written short
                value = float(int(season.group(1)) // 100 * 100 + int(tok.text))
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
            if clock and int(clock.group(1)) <= 24 and int(clock.group(2)) <= 59 and (
                    _shared().clock.match(text[tok.end:])
                    or _shared().clock_before.search(text[max(0, tok.start - 12):tok.start])
                    and not _measure_after().match(text, tok.end)
                    or _AM_PM_AFTER.match(text, tok.end)):
                # a time of day, "20.30 Uhr" = "20 h 30", "at 6.30": hours and minutes (".00", on
                # the hour, is no number of its own; "1:00" is read as two tokens, above)
                for part, (ps, pe) in ((clock.group(1), clock.span(1)), (clock.group(2), clock.span(2))):
                    if part != "00" or ps == 0:
                        out.append(NumberMention(("num", float(part)), part, tok.start + ps, tok.start + pe))
                used.append((tok.start, tok.end))
                i += 1
                continue
            frac = re.match(r"\s?([½¼¾⅓⅔])", text[tok.end:])
            if value is not None and frac:
                value += _VULGAR[frac.group(1)]
            if value is not None and j < len(toks) and toks[j].low.rstrip(".") in magnitudes \
                    and toks[j].start - toks[i].end <= 2 and not overlaps(toks[j].start, toks[j].end) \
                    and re.fullmatch(r"[\s\u00a0\u202f]*", text[toks[j - 1].end:toks[j].start]) \
                    and toks[j].low.rstrip(".") not in _shared().hundred:
                # "4,5 millions", but not "in 1941, thousands of …" (a comma ends the number), nor
                # "5 cents" (figures write a hundred's multiples whole: the coin's cents)
                value *= magnitudes[toks[j].low.rstrip(".")]
                j += 1
            if value is not None:
                end = toks[j - 1].end
                out.append(NumberMention(("num", value), text[start:end], start, end))
                used.append((start, end))
            i = j
            continue
        percent = i and [toks[i - 1].low, tok.low] in _language(lang).percent_phrases
        if percent and _after_a_number(toks, i - 1, lang):
            i += 1  # "20 pour cent" is a percent sign; «pour cent vingt personnes» is "for 120"
            continue
        # number words: a run of cardinals / magnitudes, or "a"/"un" + magnitude
        value, j = _word_run(toks, i, lang, text)
        half = _language(lang).half_before_hour
        if value is not None and half and i and toks[i - 1].low == half and 1 < value <= 12:
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
        before_month = k + 1 < len(toks) and _month_value(
            toks[k + 1], lang, tok, toks[k + 2] if k + 2 < len(toks) else None) is not None
        ordinal = _ordinal_value(tok.low, lang, date=before_month)
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
            before_century = next_tok is not None and next_tok.low in _shared().roman_before
            if (after_name or before_century) and sum(c.isupper() for c in letters) < 0.6 * len(letters):
                value = _roman_value(tok.text)
                out.append(NumberMention(("num", float(value)), tok.text, tok.start, tok.end))
            continue
        month = _month_value(tok, lang, toks[k - 1] if k else None,
                             toks[k + 1] if k + 1 < len(toks) else None)
        if month is not None:
            out.append(NumberMention(("month", float(month)), tok.text, tok.start, tok.end))
    out.sort(key=lambda m: m.start)
    out = _half_before(_inverted_magnitude(out, text, lang), text, lang)
    return _and_a_half(_shared_magnitude(out, text, magnitudes), text, lang)


def _half_before(mentions: list[NumberMention], text: str, lang: str) -> list[NumberMention]:
    """A number word after the language's 'half_before' ("half a dozen", «une demi-douzaine») is half
    of it: six, not twelve."""
    before = _half_before_pattern(lang)
    if before is None:
        return mentions
    out = []
    for m in mentions:
        found = before.search(text[max(0, m.start - 12):m.start])
        if found and m.key[0] == "num" and not any(c.isdigit() for c in m.text):
            start = m.start - len(found.group())
            m = NumberMention(("num", float(m.key[1]) / 2), text[start:m.end], start, m.end)
        out.append(m)
    return out


@derived
def _half_before_pattern(lang: str) -> re.Pattern[str] | None:
    """The language's 'half_before' phrases right before a word, read once (None: the language has none)."""
    phrases = language_data.language(RESOURCE, base_code(lang, "")).get("half_before", [])
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p) if p.endswith("-") else re.escape(p) + r"\s+" for p in phrases)
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})$", re.IGNORECASE)


def _inverted_magnitude(mentions: list[NumberMention], text: str, lang: str) -> list[NumberMention]:
    """A magnitude word before its number says that many of it, roughly (Russian «тысяч пятьдесят»,
    «тысяч по пятьдесят на человека» = about fifty thousand each, «десятка три» = about thirty): the
    language's 'inverted_magnitude_words' with their sizes, 'inverted_magnitude_glue' words between."""
    rules = _inversion(lang)
    if rules is None:
        return mentions
    before, sizes, not_after = rules
    out = list(mentions)
    for b in mentions:
        found = before.search(text[max(0, b.start - 40):b.start])
        if (found is None or b.key[0] != "num" or not 1 < float(b.key[1]) < 1000
                or any(c.isdigit() for c in b.text) or found.group(1).lower() not in sizes):
            continue
        start = b.start - len(found.group())
        word_before = re.findall(r"[^\W\d_]+", text[max(0, start - 20):start].lower())[-1:]
        if set(word_before) & not_after:
            continue
        out = [m for m in out if not (m is not b and start <= m.start < b.start)]
        out[out.index(b)] = NumberMention(("num", float(b.key[1]) * sizes[found.group(1).lower()]),
                                          text[start:b.end], start, b.end)
    return out


@derived
def _inversion(lang: str) -> tuple[re.Pattern[str], dict[str, float], frozenset[str]] | None:
    """The language's inversion words read once: the word before a number, the magnitude words with their
    sizes (only the plural «тысяч»: «около тысячи четырёхсот» is one thousand four hundred) and the words
    after which there is no inversion («из этих тысяч двести»: of these thousands, two hundred)."""
    data = language_data.language(RESOURCE, base_code(lang, ""))
    sizes = {w.lower(): float(v) for w, v in data.get("inverted_magnitude_words", {}).items()}
    if not sizes:
        return None
    glue = "|".join(re.escape(w) for w in data.get("inverted_magnitude_glue", ()))
    before = re.compile(rf"(?<![^\W\d_])([^\W\d_]+)\s+(?:(?:{glue})\s+)?$" if glue
                        else r"(?<![^\W\d_])([^\W\d_]+)\s+$")
    return before, sizes, frozenset(w.lower() for w in data.get("inverted_magnitude_not_after", ()))


@derived
def _measure_after() -> re.Pattern[str]:
    """A unit symbol ('measure_symbols') right after a figure: "is 2.55 m wide" is no time of day,
    whatever stands before it."""
    symbols = "|".join(re.escape(w) for w in language_data.entry(RESOURCE, "measure_symbols"))
    return re.compile(rf"\s*(?:{symbols})(?![^\W\d_])", re.IGNORECASE)


@derived
def _half_after(lang: str) -> re.Pattern[str] | None:
    """The language's "and a half" (``half_after``) after at most one word, with the three words
    after it; None for a language without one. Compiled once: extract_numbers reads every pair."""
    phrases = language_data.language(RESOURCE, base_code(lang, "")).get("half_after", [])
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p) for p in phrases)
    after = r"(?![^\W\d_])((?:\W+[^\W\d_]+){0,3})"  # and the three words after it
    return re.compile(r"\s*(?:([^\W\d_]+)\s+)?(?:" + alternatives + ")" + after, re.IGNORECASE)


def _and_a_half(mentions: list[NumberMention], text: str, lang: str) -> list[NumberMention]:
    """A whole number followed, after at most one word, by "and a half" («deux degrés et demi»,
    «два с половиной года») is that number and a half (``half_after`` of the language)."""
    pattern = _half_after(lang)
    if pattern is None:
        return mentions
    # hours are left whole: «trois heures et demie» is as often half past three as a duration
    hours = {w.lower() for w in language_data.entry(RESOURCE, "half_not_with")}
    magnitudes = _language(lang).magnitudes
    out: list[NumberMention] = []
    skip: set[int] = set()
    for m in mentions:
        if id(m) in skip:
            continue
        value = m.key[1]
        whole = m.key[0] == "num" and isinstance(value, float) and value.is_integer()
        found = pattern.match(text, m.end) if whole else None
        near = ({(found.group(1) or "").lower(), *re.findall(r"[^\W\d_]+", found.group(2).lower())}
                if found else set())
        if not found or near & hours:
            out.append(m)
            continue
        last_word = m.text.split()[-1].lower()
        after = re.findall(r"[^\W\d_]+", found.group(2).lower())[:1]
        if found.group(1) is None and last_word in magnitudes and value >= 1000:
            # «quatre millions et demi»: half the magnitude
            m = NumberMention(("num", value + 0.5 * magnitudes[last_word]), m.text, m.start, m.end)
        elif value < 1000 and found.group(1) is None and after and after[0] in magnitudes:
            # "four and a half million", «два с половиной миллиона»: the half before the magnitude
            word = re.search(r"[^\W\d_]+", text[found.start(2):])
            end = found.start(2) + (word.end() if word else 0)
            skip |= {id(n) for n in mentions if m.end <= n.start < end}
            m = NumberMention(("num", (value + 0.5) * magnitudes[after[0]]), text[m.start:end], m.start, end)
        elif value < 1000:
            # "£128,400 and a half share in a caravan": nobody adds a half to a figure in the thousands
            m = NumberMention(("num", value + 0.5), m.text, m.start, m.end)
        out.append(m)
    return out


_RANGE_BETWEEN = re.compile(
    r"[\s\u00a0\u202f]*(?:to|and|à|au|et|до|по|и|bis|und|-|–|—)[\s\u00a0\u202f]*[£$€¥₽]?[\s\u00a0\u202f]*$",
    re.IGNORECASE)


def _shared_magnitude(mentions: list[NumberMention], text: str,
                      magnitudes: dict[str, float]) -> list[NumberMention]:
    """A range whose magnitude word is written once, after its second end ("de 47,5 à 39 millions",
    "с 47,5 до 39,0 млн"): the first end takes the same magnitude, as "from £47.5 million to £39.0
    million" writes it."""
    out = list(mentions)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.key[0] != "num" or b.key[0] != "num" or not _RANGE_BETWEEN.match(text[a.end:b.start]):
            continue
        if not re.fullmatch(r"[\d\s\u00a0\u202f.,]+", a.text) or re.fullmatch(r"1\d{3}|20\d\d", a.text):
            continue  # the first end has a word of its own, or is a year ("in 1990 and 5 million …")
        last_word = b.text.split()[-1].lower().rstrip(".") if b.text.split() else ""
        scale = magnitudes.get(last_word)
        if scale and float(a.key[1]) < scale:
            out[k] = NumberMention(("num", float(a.key[1]) * scale), a.text, a.start, a.end)
    return out


def _adds_to(current: float, word: float) -> bool:
    """Whether number word ``word`` continues the number read so far: a unit after its tens
    (twenty-two, двадцать два), anything after a round hundred (hundred and five); not a unit
    after a unit or a teen ("two twelve", "trois quatre"). French counts by twenties past sixty
    (soixante-dix-sept, quatre-vingt-onze) and writes its teens dix-sept, dix-huit, dix-neuf."""
    rest = current % 100
    if rest == 0:
        return True
    if rest in (60, 80) and 10 <= word < 20:
        return True
    if rest == 10 and 7 <= word < 10:
        return True
    return rest % 10 == 0 and rest >= 20 and word < 10


def _word_run(toks: list[_Tok], i: int, lang: str, text: str) -> tuple[float | None, int]:
    """Parse number words starting at ``toks[i]``; returns (value, next index) or (None, i)."""
    table, shared = _language(lang), _shared()
    magnitudes = table.magnitudes
    fractions, hundred = shared.fractions, shared.hundred
    total = 0.0
    current = 0.0
    seen = False
    j = i
    first = toks[i].low
    if first in table.homograph_cardinals and not _instrumental_follows(toks, i, text):
        return None, i  # «прокормить семью» is the family, «с семью детьми» the seven
    if first in fractions and not table.fraction_needs_number:
        return 1.0 / fractions[first], i + 1  # "le tiers", "треть", "ein Drittel"
    if first in shared.one_words:
        if i + 1 < len(toks) and toks[i + 1].low in fractions and _gap(text, toks[i], toks[i + 1]):
            after = toks[i + 2].low if i + 2 < len(toks) and _gap(text, toks[i + 1], toks[i + 2]) else ""
            ordinal_too = table.fraction_needs_number and toks[i + 1].low in table.ordinals
            # "fell by almost a third over the week": after 'by' it says how much
            by_how_much = _BY_HOW_MUCH.search(text[max(0, toks[i].start - 30):toks[i].start])
            if ordinal_too and after[:1].isalpha() and after not in shared.fraction_of and not by_how_much:
                return None, i  # "a third speaker" is the ordinal; "a third of them" the fraction
            return 1.0 / fractions[toks[i + 1].low], i + 2  # "a third", "un tiers"
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
        hyphen = table.after_tens_hyphen
        if hyphen and j > i and _hyphen_after_tens(text, toks[j - 1], current):
            # "thirty-one (thousand)", "eighty-third": a unit or an ordinal written onto its tens
            ordinal = hyphen["ordinals"].get(low, table.ordinals.get(low))
            if ordinal is not None and ordinal < 10:
                return total + current + ordinal, j + 1  # an ordinal ends the number
            if low in hyphen["units"]:
                current += hyphen["units"][low]
                j += 1
                continue
        if j > i and current % 10 == 0 and 20 <= current % 100 <= 90 and low in table.one_after_tens:
            current += 1  # "тридцать один человек", "тридцать одна тысяча"
            seen = True
            j += 1
            continue
        # an ordinal ends the number (written apart, or after the connector): after its tens a unit
        # ("восемьдесят третьего", "quatre-vingt-troisième", "vingt et unième", "dix-huitième"), after
        # the hundreds anything under a hundred («сто двадцатым», "hundred and twentieth")
        after_tens = current % 10 == 0 and (20 <= current % 100 <= 90 or (
            current % 100 == 10 and text[toks[j - 1].end:toks[j].start] == "-"))
        ordinal_below = 10 if after_tens else 100 if current >= 100 and current % 100 == 0 else None
        if j > i and ordinal_below is not None:
            at = j + 1 if table.connector is not None and low == table.connector and j + 1 < len(toks) else j
            ordinal = _ordinal_value(toks[at].low, lang, date=True)
            if ordinal is not None and 0 < ordinal < ordinal_below and _gap(text, toks[at - 1], toks[at]):
                return total + current + ordinal, at + 1
        if low in fractions and (seen or current):
            value = (current or 1.0) / fractions[low]
            return total + value, j + 1
        if low in magnitudes and low not in hundred:
            if j == i and low not in shared.standalone:
                return None, i  # "thousands", "тысячи" alone are vague, not 1000
            mult = magnitudes[low]
            total += (current or 1.0) * mult
            current = 0.0
            seen = True
            j += 1
            continue
        if low in hundred and low in magnitudes:
            if j == i and low not in shared.standalone:
                return None, i  # «cents» alone is a coin's or a semitone's cents; «cent» is a hundred
            if current >= 10 and current % 10 == 0:
                break  # nobody counts "ten hundreds": «dix cents» is ten cents (of a semitone, a dollar)
            current = (current or 1.0) * 100
            seen = True
            j += 1
            continue
        if word is not None:
            if table.vigesimal and word == 20 and current % 100 == 4:
                current += 76  # quatre-vingt(s)
                seen = True
                j += 1
                continue
            if word >= 100 and current:  # "deux cents" handled above; ru "двести" is whole
                total += current
                current = 0.0
            elif current and word < 100 and not _adds_to(current, word):
                break  # "two twelve-hour shifts" is 2 and 12, not 14
            current += word
            seen = True
            j += 1
            continue
        connector = table.connector is not None and low == table.connector
        if connector and seen and j + 1 < len(toks) and _word_value(toks[j + 1].low, lang) is not None:
            if table.connector_after_hundreds_only and toks[j - 1].low not in hundred \
                    and toks[j - 1].low not in magnitudes:
                break
            j += 1
            continue
        if table.and_units and low == table.connector and seen and current % 10 == 0 and 20 <= current < 70 \
                and j + 1 < len(toks) and toks[j + 1].low in table.and_units:
            current += table.and_units[toks[j + 1].low]  # vingt et un
            j += 2
            continue
        break
    if not seen and current == 0:
        return None, i
    if j == i:
        return None, i
    return total + current, j


_AM_PM_AFTER = re.compile(r"(?:\s*(?:to|till|until|and|-|–)\s*\d{1,2}(?:[.:]\d{2})?)?\s*[ap]\.?\s?m\b\.?",
                          re.IGNORECASE)
"""A time of day written with a dot and read by the "am"/"pm" of its range ("from 7.30 to 10 am", "between
9.30 and 11.30 am")."""


def _after_a_number(toks: list[_Tok], i: int, lang: str) -> bool:
    """Whether the token before ``toks[i]`` is a number (digits or a number word)."""
    if i < 1:
        return False
    prev = toks[i - 1]
    return prev.value is not None or prev.low[-1:].isdigit() or _word_value(prev.low, lang) is not None


def _instrumental_follows(toks: list[_Tok], i: int, text: str) -> bool:
    """Whether the word after ``toks[i]`` may be in the instrumental case (pymorphy3), as a noun
    counted by an instrumental numeral is («семью годами», «с семью детьми»)."""
    if i + 1 >= len(toks) or not _gap(text, toks[i], toks[i + 1]) or not toks[i + 1].low.isalpha():
        return False
    from alignment.wordcover import morph_analyzer  # pymorphy3 loads on first use

    return any("ablt" in parse.tag for parse in morph_analyzer().parse(toks[i + 1].low))


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


def is_locator(text: str, mention: NumberMention) -> bool:
    """True for a page, issue or volume number of a bibliographic reference."""
    before = text[max(0, mention.start - 24) : mention.start]
    return mention.key[0] == "num" and _shared().locator.search(before) is not None


def roman_present(text: str, mention: NumberMention) -> bool:
    """True when a Roman numeral mention appears verbatim in ``text`` ("Lager II" / "camp II")."""
    return _ROMAN.match(mention.text) is not None and re.search(
        rf"(?<![\w.]){re.escape(mention.text)}(?![\w])", text) is not None


def number_words_cover(lang: str) -> bool:
    """Whether number words ("twelve", "douze", "двенадцать") are read in this language; figures in
    digits are read in every language."""
    return base_code(lang) in language_data.languages_of(RESOURCE)


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


def afternoon_hours(source: str, only_source: list[NumberMention], target: str,
                    only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched hours that are one time on two clocks: where one side tells the time after noon on
    a 12-hour clock ("from 5 p.m. to 10"), its 1 to 11 are the other side's 13 to 23 ("de 17 h à 22 h")."""
    markers = [m.lower() for m in language_data.entry(RESOURCE, "afternoon_markers")]

    def afternoon(text: str) -> bool:
        low = text.lower()
        return any(re.search(rf"(?<![^\W\d_]){re.escape(m)}(?![^\W\d_])", low) for m in markers)

    for twelve, twenty_four, text in ((only_source, only_target, source), (only_target, only_source, target)):
        if not twelve or not twenty_four or not afternoon(text):
            continue
        for m in list(twelve):
            hour = m.figure
            _pair_off(m, twelve, twenty_four, lambda n, hour=hour: hour is not None and 1 <= hour <= 11
                      and n.key == ("num", hour + 12))
    return only_source, only_target


def _pair_off(m: NumberMention, said: list[NumberMention], other: list[NumberMention],
              agrees: Callable[[NumberMention], bool]) -> bool:
    """Remove ``m`` from ``said`` and the first mention of ``other`` that ``agrees`` with it, when
    there is one: the two are one quantity written two ways."""
    partner = next((n for n in other if agrees(n)), None)
    if partner is None:
        return False
    said.remove(m)
    other.remove(partner)
    return True


def converted_units(source: str, only_source: list[NumberMention], target: str,
                    only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched figures that are one quantity in two units: a translator converts "240 feet" to
    «73 mètres» (``unit_conversions``); each side's figure is read with its unit word, right after it
    or, failing that, right before it ("at mile 19", «сантиметров на шесть»)."""
    for one, other, one_text, other_text in ((only_source, only_target, source, target),
                                             (only_target, only_source, target, source)):
        for m in list(one):
            partner = next((n for n in other if _converts(m, one_text, n, other_text)), None)
            if partner is not None:
                one.remove(m)
                other.remove(partner)
    return only_source, only_target


def copied_units(source: str, source_mentions: list[NumberMention], target: str,
                 target_mentions: list[NumberMention]) -> list[tuple[NumberMention, NumberMention]]:
    """Figures written the same on both sides with a unit one side has and the other converts to
    ("more than 2,500 feet" = «plus de 2 500 mètres»): the figure copied, the unit changed, so the
    quantity differs (``unit_conversions`` with a factor away from one).

    A figure written more than once is paired so that as few of its pairs as possible change unit:
    "two hours … two days" = «deux heures … deux jours» pairs hours with heures, not with jours."""
    out: list[tuple[NumberMention, NumberMention]] = []
    for key in dict.fromkeys(m.key for m in source_mentions if m.key[0] == "num"):
        mine = [m for m in source_mentions if m.key == key]
        theirs = [n for n in target_mentions if n.key == key]
        if not theirs:
            continue
        changed = {(i, j) for i, m in enumerate(mine) for j, n in enumerate(theirs)
                   if _unit_changed(_word_after(source, m), _word_after(target, n))}
        if not changed:
            continue
        few, many, flip = (mine, theirs, False) if len(mine) <= len(theirs) else (theirs, mine, True)
        best = min((tuple((j, k) if flip else (k, j) for k, j in enumerate(order))
                    for order in itertools.permutations(range(len(many)), len(few))),
                   key=lambda pairs: sum(p in changed for p in pairs))
        out += [(mine[i], theirs[j]) for i, j in best if (i, j) in changed]
    return out


def _unit_changed(units: set[str], other_units: set[str]) -> bool:
    """Whether one side's unit word is one the other side's converts to (a factor away from one)."""
    for conv in _conversions():
        if abs(conv.factor - 1.0) < 0.2 or conv.offset:
            continue
        if ((units & conv.units_from and other_units & conv.units_to)
                or (units & conv.units_to and other_units & conv.units_from)):
            return True
    return False


@dataclass(frozen=True)
class _Conversion:
    """One entry of 'unit_conversions', its unit words as sets."""

    units_from: frozenset[str]
    units_to: frozenset[str]
    factor: float
    offset: float
    rounding: bool


@derived
def _conversions() -> tuple[_Conversion, ...]:
    """The 'unit_conversions' of the data, read once (every pair of figures is checked against them)."""
    return tuple(_Conversion(frozenset(c["from"]), frozenset(c["to"]), float(c["factor"]),
                             float(c.get("offset", 0)), bool(c.get("rounding", True)))
                 for c in language_data.entry(RESOURCE, "unit_conversions"))


_WORDS_AFTER = re.compile(r"[\s\u00a0\u202f-]*([^\W\d_]+)(?:\s+([^\W\d_]+))?")
"""The one or two words right after a figure (none past other punctuation than a space or hyphen)."""


def with_unit_word(text: str, m: NumberMention) -> str:
    """The figure as written with the word right after it ("2,500 feet"), for a reason to show."""
    found = _WORDS_AFTER.match(text, m.end)
    return text[m.start:found.end(1) if found else m.end]


def _word_after(text: str, m: NumberMention) -> set[str]:
    """The unit word right after a figure, lower case; after a 'unit_modifiers' word ("square",
    «квадратных») the two words together ("square metres" is no 'square' foot)."""
    found = _WORDS_AFTER.match(text, m.end)
    if not found:
        return set()
    first = found.group(1).lower()
    if first in _unit_modifiers():
        return {f"{first} {found.group(2).lower()}"} if found.group(2) else set()
    return {first}


@derived
def _unit_modifiers() -> frozenset[str]:
    return frozenset(language_data.entry(RESOURCE, "unit_modifiers"))


def glossed_conversions(text: str, unmatched: list[NumberMention],
                        mentions: list[NumberMention]) -> list[NumberMention]:
    """``unmatched`` less the figures a translator added in brackets to convert the figure before
    them (``mentions``: every figure of ``text``): "110 °F" = «110 °F (43 °C)» adds no claim."""
    out = []
    for m in unmatched:
        bracket = re.search(r"\(\s*(?:[~≈]|env\.|ок\.|approx\.)?\s*$", text[max(0, m.start - 8):m.start])
        before = [p for p in mentions if p.end <= m.start and m.start - p.end <= 12]
        if not (bracket and before and _converts(before[-1], text, m, text)):
            out.append(m)
    return out


def _converts(m: NumberMention, text: str, n: NumberMention, other_text: str) -> bool:
    """Whether ``n`` (in ``other_text``) is ``m``'s quantity converted to another unit
    (``unit_conversions``), within the tolerance its rounding allows."""
    if m.key[0] != "num" or n.key[0] != "num":
        return False
    units = _units_of(text, m)
    other_units = _units_of(other_text, n)
    roughly = _said_roughly(text, m) or _said_roughly(other_text, n)
    exact_tolerance = float(language_data.entry(RESOURCE, "conversion_tolerance"))
    tolerance = float(language_data.entry(RESOURCE, "approximate_tolerance")) if roughly else exact_tolerance
    said = abs(float(n.key[1]))  # 28 °F = «–2 °C»: the sign may stand apart
    for conv in _conversions():
        if not (units & conv.units_from and other_units & conv.units_to):
            continue
        value = abs((float(m.key[1]) + conv.offset) * conv.factor)
        if abs(said - value) <= tolerance * max(value, said):
            return True
        if conv.rounding:
            # rounded to the nearest ten ("une soixantaine" for 64 km; not 80 m for 73), or to the
            # nearest whole unit ("two miles" = «trois kilomètres» for 3.2)
            if (said >= 10 and said % 10 == 0 and abs(said - value) <= 5) or (
                    said.is_integer() and abs(said - value) <= 0.5):
                return True
    return False


def _said_roughly(text: str, m: NumberMention) -> bool:
    """Whether an 'approximate_words' word stands right before ``m`` ('about seven miles')."""
    before = text[max(0, m.start - 20):m.start].lower()
    return any(re.search(rf"(?<![^\W\d_]){re.escape(w)}\W*$", before) for w in _approximate_words())


@derived
def _approximate_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in language_data.entry(RESOURCE, "approximate_words"))


def _units_of(text: str, m: NumberMention) -> set[str]:
    """The unit word of a figure: the word after it (past a range's end, "12 to 15 knots", a vulgar
    fraction, "4½ ounces", or a hyphen, "40-foot"), and the word before it ("at mile 19"; Russian
    puts it first to say 'about', «сантиметров на шесть»)."""
    end = m.end
    if not float(m.key[1]).is_integer():  # "three and a half inches": the unit after the half
        half = _half_tail().match(text, end)
        end = half.end() if half else end
    # the end of a range ("12 to 15 knots"), and of a list of ranges sharing one unit ("90–120 и
    # 120–150 см")
    for _ in range(3):
        range_end = _RANGE_TO_FIGURE.match(text, end)
        if range_end is None:
            break
        end = range_end.end()
    # a range of number words joined by a hyphen: «полтора-два месяца», 'two-three days'
    hyphened = re.match(r"[-–—]([^\W\d_]+)", text[end:])
    if hyphened and hyphened.group(1).lower() in _cardinal_words():
        end += hyphened.end()
    end += len(re.match(r"[½¼¾⅓⅔]?", text[end:]).group())
    after = re.match(r"-?(°?\s?[^\W\d_]+(?:/[^\W\d_]+)?)", text[_conversion_glue().match(text, end).end():])
    before = re.search(r"([^\W\d_]+)\s+(?:(?:на|в|до|около)\s+)?$", text[max(0, m.start - 30):m.start])
    return {w.group(1).lower() for w in (after, before) if w}


@derived
def _cardinal_words() -> frozenset[str]:
    """Every language's cardinal number words ('cardinals'), for a range written with a hyphen."""
    return frozenset(w for table in language_data.per_language(RESOURCE, "cardinals").values() for w in table)


@derived
def _half_tail() -> re.Pattern[str]:
    """Any language's "and a half" right after a figure ('half_after'), where a unit may follow it."""
    phrases = [p for table in language_data.per_language(RESOURCE, "half_after").values() for p in table]
    return re.compile(r"\s*(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![^\W\d_])", re.IGNORECASE)


_RANGE_TO_FIGURE = re.compile(r"\s*(?:(?:to|and|or|-|–|—|à|et|ou|до|и|или|bis)\s*\d[\d.,]*(?=\D|$)"
                              r"|\s+(?:to|and|or|à|et|ou|до|и|или|bis)\s+[^\W\d_]+)", re.IGNORECASE)
"""The end of a range of figures after a figure ("12 to 15", «6–8»): its unit comes after it."""

_TIME_SEPARATOR = re.compile(r"\s*(?:h|:|ч\.?|\.|heures?|час(?:а|ов)?)\s*$", re.IGNORECASE)


def dotted_times(source: str, only_source: list[NumberMention], target: str,
                 only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched figures that are one time of day written two ways: a British "8.30" (read as a
    decimal where no clock word stands before it: "an 8.30 start") or a 24-hour "0900", "1530"
    (sailing instructions, timetables) against the other side's hour and minutes («8 h 30», «8:30»,
    «15 h 30», «09:00»)."""
    for dotted, other, other_text in ((only_source, only_target, target), (only_target, only_source, source)):
        for m in list(dotted):
            clock = re.fullmatch(r"(\d{1,2})[.](\d{2})|([01]\d|2[0-3])([0-5]\d)", m.text.strip())
            if not clock:
                continue
            hour_text, minute_text = (clock.group(1), clock.group(2)) if clock.group(1) else clock.group(3, 4)
            hour, minutes = float(hour_text), float(minute_text)
            if hour > 24 or minutes > 59:
                continue
            # a dotted hour of 1 to 11 may be a 12-hour clock's evening ("Wednesday evenings from
            # 7.30" = «de 19 h 30»); a four-digit "1530" is a 24-hour clock's and says its own hour
            hours = (hour, hour + 12) if clock.group(1) and 1 <= hour <= 11 else (hour,)
            if (_take_clock_time(other, other_text, hours, minutes) is not None
                    or (minutes == 0 and _take_full_hour(other, other_text, hours))):
                dotted.remove(m)
    return only_source, only_target


def _take_full_hour(mentions: list[NumberMention], text: str, hours: tuple[float, ...]) -> bool:
    """Remove from ``mentions`` an hour written on the hour without its own minutes figure («09:00»,
    «9 h 00», «à 9 h»); whether one was found."""
    hour = next((h for h in mentions if h.key[0] == "num" and h.key[1] in hours
                 and _FULL_HOUR_AFTER.match(text, h.end)), None)
    if hour is None:
        return False
    mentions.remove(hour)
    return True


_FULL_HOUR_AFTER = re.compile(r"\s*(?::00\b|h\s*(?:00\b)?|heures?\b)", re.IGNORECASE)


def _take_clock_time(mentions: list[NumberMention], text: str, hours: tuple[float, ...],
                     minutes: float) -> float | None:
    """Remove from ``mentions`` an hour (one of ``hours``) and its minutes written as one time of day
    («8 h 30», «14:30»); the hour taken, or None."""
    pair = next(((h, n) for h in mentions for n in mentions
                 if h.key[0] == n.key[0] == "num" and h.key[1] in hours and n.key[1] == minutes
                 and h.end <= n.start and _TIME_SEPARATOR.match(text[h.end:n.start])), None)
    if pair is None:
        return None
    mentions.remove(pair[0])
    mentions.remove(pair[1])
    return float(pair[0].key[1])


def spoken_times(source: str, only_source: list[NumberMention], target: str,
                 only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched figures that are one time of day said in words and in figures: "half past two" is
    «14 h 30» or «в 14:30», "half past seven" is «в половине восьмого» (the hour, or the hour after
    noon, then its minutes; 'spoken_clock': the words before the hour and the minutes they add, or
    take from the next hour). A time found after noon puts the bare hours of the pair after noon too
    ("the band starts at eight" = «à 20 h» next to "half past seven" = «19 h 30»)."""
    only_source, only_target = spoken_pairs(source, only_source, target, only_target)
    after_noon = False
    for said, other, text, other_text in ((only_source, only_target, source, target),
                                          (only_target, only_source, target, source)):
        for m in list(said):
            time = _spoken_time(text, m)
            if time is None:
                continue
            hour, minutes, phrase_start = time
            taken = _take_clock_time(other, other_text, (hour, hour + 12), minutes)
            if taken is not None:
                # the phrase's own figures ("a quarter" past eleven) are part of the time
                said[:] = [n for n in said
                           if n is not m and not (phrase_start <= n.start and n.end <= m.start)]
                after_noon |= taken > 12
    if after_noon:
        for said, other, other_text in ((only_source, only_target, target),
                                        (only_target, only_source, source)):
            for m in list(said):
                value = m.figure
                if isinstance(value, float) and value.is_integer() and 1 <= value <= 11:
                    _pair_off(m, said, other, lambda n, value=value, other_text=other_text:
                              n.key == ("num", value + 12)
                              and _CLOCK_AFTER.match(other_text, n.end) is not None)
    return only_source, only_target


_CLOCK_AFTER = re.compile(r"\s*(?:h\b|:|ч\b|heures?\b|час\w*|uhr\b)", re.IGNORECASE)


def spoken_pairs(source: str, source_mentions: list[NumberMention], target: str,
                 target_mentions: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """The mentions less the times said in words on both sides ("half past seven" / «в половине
    восьмого»): read before figures are paired by value, so that the 'восьмого' of half past seven is
    not taken for the 'eight' of the next clause."""
    times = {id(n): t[:2] for n in target_mentions if (t := _spoken_time(target, n)) is not None}
    source_left, target_left = list(source_mentions), list(target_mentions)
    for m in source_mentions:
        time = _spoken_time(source, m)
        if time is not None:
            _pair_off(m, source_left, target_left, lambda n, time=time: times.get(id(n)) == time[:2])
    # a time said in words on one side only, against the same time in figures on the other ("at a
    # quarter past eight" = «à 8 h 15», «в 8:15»): before 'eight' is paired with the «8» and "a quarter"
    # is left against the «15»
    for said, other, text, other_text in ((source_left, target_left, source, target),
                                          (target_left, source_left, target, source)):
        for m in list(said):
            time = _spoken_time(text, m) if m in said else None
            if time is None or not time[1]:
                continue
            hour, minutes, phrase_start = time
            # (after noon is left to spoken_times, which then reads the pair's bare hours after noon too)
            if _take_clock_time(other, other_text, (hour,), minutes) is not None:
                said[:] = [n for n in said
                           if n is not m and not (phrase_start <= n.start and n.end <= m.start)]
    return source_left, target_left


def _spoken_time(text: str, m: NumberMention) -> tuple[float, float, int] | None:
    """The hour (1 to 12), minutes and phrase start of a time said in words around ``m`` ('half past'
    two, «в половине» восьмого), or None."""
    value = m.figure
    if not (isinstance(value, float) and value.is_integer() and 1 <= value <= 12):
        return None
    before = text[max(0, m.start - 20):m.start].lower()
    for phrase in sorted(language_data.entry(RESOURCE, "spoken_clock"), key=lambda p: -len(p["words"])):
        found = re.search(rf"(?<![^\W\d_]){re.escape(phrase['words'])}\s+$", before)
        if found:
            hour = value - 1 if phrase["minutes"] < 0 else value
            return (hour or 12.0), float(phrase["minutes"] % 60), max(0, m.start - 20) + found.start()
    return None


def range_magnitudes(text: str, unmatched: list[NumberMention], mentions: list[NumberMention],
                     other: list[NumberMention]) -> None:
    """Pair off the unmatched figures of ``text`` that open a range whose end carries the magnitude
    for both («от двух до пяти тысяч» = 2,000 to 5,000) with ``other``'s figure of that size
    (``mentions``: every figure of ``text``, in order)."""
    for m in list(unmatched):
        value = m.figure
        end = _RANGE_TO_FIGURE.match(text, m.end)
        if not isinstance(value, float) or value >= 1000 or end is None:
            continue
        closing = next((n for n in mentions if m.end < n.start < end.end() and n.key[0] == "num"), None)
        if closing is None:
            continue
        size = float(closing.key[1])
        magnitude = next((10.0 ** k for k in (9, 6, 3) if size >= 10.0 ** k and size % 10.0 ** k == 0), None)
        if magnitude:
            _pair_off(m, unmatched, other, lambda n, v=value * magnitude: n.key == ("num", v))


def elided_magnitudes(text: str, unmatched: list[NumberMention], mentions: list[NumberMention],
                      other: list[NumberMention]) -> None:
    """Pair off the unmatched figures of ``text`` whose magnitude an earlier figure said once for both
    («на пятнадцать с половиной тысяч зрителей, примет всего девять с половиной?» = 'nine and a half
    thousand') with ``other``'s figure of that size (``mentions``: every figure of ``text``, in order)."""
    words = _magnitude_words()
    for m in list(unmatched):
        value = m.figure
        if not isinstance(value, float) or not 0 < value < 1000:
            continue
        earlier = [n for n in mentions if n.end <= m.start and n.key[0] == "num"]
        said = earlier[-1].text.split()[-1].lower() if earlier else ""
        if said in words:
            _pair_off(m, unmatched, other, lambda n, v=value * words[said]: n.key[0] == "num"
                      and math.isclose(float(n.key[1]), v, rel_tol=1e-6))


@derived
def _magnitude_words() -> dict[str, float]:
    """Every language's magnitude words with their sizes ('magnitudes'), read once: thousand = 1000."""
    return {w: float(v) for table in language_data.per_language(RESOURCE, "magnitudes").values()
            for w, v in table.items()}


def ordinal_fractions(source: str, only_source: list[NumberMention], target: str,
                      only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched figures that are one fraction: "the last third of the journey" (an ordinal word
    before 'of', 'ordinal_fraction_words') is «le dernier tiers», «последняя треть»."""
    words = language_data.entry(RESOURCE, "ordinal_fraction_words")
    ordinals = _ordinal_words()
    for said, other, text in ((only_source, only_target, source), (only_target, only_source, target)):
        for m in list(said):
            word = m.text.strip().lower()
            if word in words and re.match(r"\s+of\b", text[m.end:]):
                _pair_off(m, said, other, lambda n, share=1.0 / words[word]: n.key[0] == "num"
                          and abs(float(n.key[1]) - share) < 1e-6)
                continue
            # "a third" is also the ordinal ("accepting a third" piano, "did not place a third"): where
            # the other side has that ordinal («un troisième», «Третье место»), it is one
            parts = word.split()
            if len(parts) == 2 and parts[0] in _shared().one_words and parts[1] in ordinals:
                _pair_off(m, said, other, lambda n, rank=float(ordinals[parts[1]]): n.key == ("num", rank)
                          and not any(c.isdigit() for c in n.text))
                continue
            # … and the other way: "less a third for the sofa's age", read as the ordinal, is the fraction
            # where the other side has it («moins un tiers», «минус треть»)
            before = re.search(r"([^\W\d_]+)\s+$", text[:m.start])
            if word in ordinals and before and before.group(1).lower() in _shared().one_words:
                _pair_off(m, said, other, lambda n, share=1.0 / ordinals[word]: n.key[0] == "num"
                          and abs(float(n.key[1]) - share) < 1e-6)
    return only_source, only_target


@derived
def _ordinal_words() -> dict[str, int]:
    """The ordinal words that are also a fraction after 'a' or 'one' ('third'), with their rank."""
    fractions = _shared().fractions
    out: dict[str, int] = {}
    for table in language_data.per_language(RESOURCE, "ordinals").values():
        out.update({w: int(v) for w, v in table.items() if w in fractions})
    return out


_SHARE_WORDS = r"(?:in|out of|sur|из|von)"
"""The word between a count and the whole it is taken from ("one in four", «un sur quatre»)."""
_SHARE_OF = re.compile(rf"(?<![^\W\d_]){_SHARE_WORDS}\s+$", re.IGNORECASE)
_SHARE_BETWEEN = re.compile(rf"\s*{_SHARE_WORDS}\s*", re.IGNORECASE)


def ratio_percentages(source: str, only_source: list[NumberMention], target: str,
                      only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched figures that are one share said two ways: "one household in four" is «25 % des
    ménages» (a number after 'in', «sur», «из» against the other side's percentage, rounded), and
    "one request in three" is «un tiers des requêtes» (against the other side's fraction)."""
    for said, other, text, other_text in ((only_source, only_target, source, target),
                                          (only_target, only_source, target, source)):
        for m in list(said):
            value = m.figure
            if not (isinstance(value, float) and 2 <= value <= 100
                    and _SHARE_OF.search(text[max(0, m.start - 8):m.start])):
                continue
            # "four in five" is «80 %»: the count before 'in' is unmatched too, and both pair off
            count = next((c for c in said if c is not m and c.end <= m.start and isinstance(c.figure, float)
                          and _SHARE_BETWEEN.fullmatch(text[c.end:m.start]) and 1 < c.figure < value), None)
            if count is not None:
                share = 100.0 * count.figure / value
                if _pair_off(m, said, other, lambda n, share=share, other_text=other_text:
                             _is_percentage(n, other_text, share)):
                    said.remove(count)
                continue
            _pair_off(m, said, other, lambda n, share=100.0 / value, other_text=other_text:
                      _is_percentage(n, other_text, share)
                      or (n.key[0] == "num" and abs(float(n.key[1]) - share / 100.0) < 1e-3))
    # a fraction against a percentage: "two thirds" is «66 %», and "around a fifth" «около 20 %» (an
    # ordinal word after "a" or "one" names a share: the fifth part)
    for said, other, text, other_text in ((only_source, only_target, source, target),
                                          (only_target, only_source, target, source)):
        for m in list(said):
            value, share = m.figure, None
            if isinstance(value, float) and 0 < value < 1:
                share = 100.0 * value
            elif (isinstance(value, float) and value.is_integer() and 2 <= value <= 10
                  and not any(c.isdigit() for c in m.text)
                  and re.search(r"\b(?:a|one)\s+$", text[max(0, m.start - 6):m.start], re.IGNORECASE)):
                share = 100.0 / value
            if share is not None:
                _pair_off(m, said, other, lambda n, share=share, other_text=other_text:
                          _is_percentage(n, other_text, share))
    return only_source, only_target


_PERCENT_AFTER = re.compile(r"\s*(?:%|per ?cent|pour ?cent|процент\w*|prozent)", re.IGNORECASE)


def _is_percentage(n: NumberMention, text: str, share: float) -> bool:
    """Whether ``n`` is a percentage of ``text`` that says ``share`` (rounded as shares are)."""
    return (n.key[0] == "num" and _PERCENT_AFTER.match(text, n.end) is not None
            and abs(float(n.key[1]) - share) <= max(1.0, 0.05 * share))


def school_years(source: str, only_source: list[NumberMention], target: str,
                 only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched figures that name one school year counted two ways: an English "Year 6" is the
    French «CM2» ('school_years': the word before the English figure, and each year's French
    classes); the class's own figure («CM2») goes with it."""
    data = language_data.entry(RESOURCE, "school_years")
    before = _school_year_word()
    for said, other, text, other_text in ((only_source, only_target, source, target),
                                          (only_target, only_source, target, source)):
        for m in list(said):
            value = m.figure
            if not (isinstance(value, float) and value.is_integer()
                    and before.search(text[max(0, m.start - 8):m.start])):
                continue
            spans = [g.span() for grade in data["grades"].get(str(int(value)), [])
                     for g in re.finditer(rf"(?<![^\W\d_]){re.escape(grade)}(?![^\W\d_])", other_text,
                                          re.IGNORECASE)]
            if not spans:
                continue
            said.remove(m)
            other[:] = [n for n in other if not any(a <= n.start < b for a, b in spans)]
    return only_source, only_target


_CURRENCY_BEFORE = re.compile(r"[£$€]\s*$")


def spoken_money(source: str, only_source: list[NumberMention], target: str,
                 only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched sums with pence or cents said as they are spoken: "£1.15" is «фунт пятнадцать пенсов»,
    "£2.60" «два шестьдесят». The other side's figure for the pence pairs off the sum, with the whole
    pounds said just before it where there are more than one."""
    for said, other, text in ((only_source, only_target, source), (only_target, only_source, target)):
        for m in list(said):
            value = m.figure
            if not isinstance(value, float) or not _CURRENCY_BEFORE.search(text[:m.start]):
                continue
            whole, pence = int(value), round(value * 100) % 100
            if not pence or abs(value * 100 - round(value * 100)) > 1e-6:
                continue
            cents = next((n for n in other if n.figure == float(pence)), None)
            if cents is None:
                continue
            pounds = next((n for n in other
                           if n.figure == float(whole) and 0 <= cents.start - n.end <= 12), None)
            if pounds is None and whole > 1:
                continue
            said.remove(m)
            other.remove(cents)
            if pounds is not None:
                other.remove(pounds)
    return only_source, only_target


def times_less(source: str, only_source: list[NumberMention], target: str,
               only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched figures that are one fraction said as a division: "a third of the water" is «trois
    fois moins d'eau», «втрое меньше» ('times_less': what follows the divisor)."""
    after = _division_after()
    for said, other, text in ((only_source, only_target, source), (only_target, only_source, target)):
        for m in list(said):
            value = m.figure
            if isinstance(value, float) and value >= 2 and after.match(text, m.end):
                _pair_off(m, said, other, lambda n, share=1.0 / value: n.key[0] == "num"
                          and abs(float(n.key[1]) - share) < 1e-3)
    return only_source, only_target


def spoken_years(source: str, only_source: list[NumberMention], target: str,
                 only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched figures that are one year said short: «весной семьдесят четвёртого» is "in the
    spring of 1974" (a two-digit ordinal word with a 'spoken_year_endings' ending, against the
    other side's year of the twentieth or twenty-first century)."""
    endings = tuple(language_data.entry(RESOURCE, "spoken_year_endings"))
    for said, other in ((only_source, only_target), (only_target, only_source)):
        for m in list(said):
            value = m.figure
            if (isinstance(value, float) and value.is_integer() and 10 <= value <= 99
                    and not any(c.isdigit() for c in m.text) and m.text.lower().endswith(endings)):
                _pair_off(m, said, other, lambda n, v=value: n.key in (("num", 1900 + v), ("num", 2000 + v)))
    return only_source, only_target


def years_of_life(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with each year of life read as the age it says: «на 88-м году жизни» is "at the
    age of 87" (an ordinal before a 'year_of_life' phrase counts the year being lived)."""
    after = _year_of_life_after()
    return [replace(m, key=("num", m.figure - 1)) if isinstance(m.figure, float) and after.match(text, m.end)
            else m for m in mentions]


@derived
def _school_year_word() -> re.Pattern[str]:
    """The word before an English school year's figure ('Year 6')."""
    words = "|".join(map(re.escape, language_data.entry(RESOURCE, "school_years")["before"]))
    return re.compile(rf"(?<![^\W\d_])(?:{words})\s+$", re.IGNORECASE)


@derived
def _division_after() -> re.Pattern[str]:
    """What follows the divisor of a fraction said as a division («trois fois moins», «втрое меньше»)."""
    phrases = sorted(language_data.entry(RESOURCE, "times_less"), key=len, reverse=True)
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, phrases))})(?![^\W\d_])", re.IGNORECASE)


@derived
def _year_of_life_after() -> re.Pattern[str]:
    """An ordinal's ending and a 'year_of_life' phrase after it («88-м году жизни»)."""
    phrases = "|".join(map(re.escape, language_data.entry(RESOURCE, "year_of_life")))
    return re.compile(rf"(?:-?[^\W\d_]{{0,3}})?\s+(?:{phrases})", re.IGNORECASE)


@derived
def _storey_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A storey word of any language right after a figure ('storey_words'), a British "first floor"
    (its English storey words after 'first') and a storey word anywhere in a sentence: built once from
    the data, not per pair."""
    words = language_data.entry(RESOURCE, "storey_words")
    alternatives = "|".join(re.escape(w) for ws in words.values() for w in ws)
    english = "|".join(re.escape(w) for w in words.get("en", ()))
    return (re.compile(rf"\s*(?:{alternatives})", re.IGNORECASE),
            re.compile(rf"\bfirst\s+(?:{english})\b", re.IGNORECASE),
            re.compile(rf"(?<![^\W\d_])(?:{alternatives})", re.IGNORECASE))


def _ordinal_word(text: str) -> bool:
    """Whether ``text`` is an ordinal number word of any language ('fourth', «пятым», «quatrième»)."""
    word = text.strip().lower()
    return any(_ordinal_value(word, lang) is not None for lang in language_data.languages_of(RESOURCE))


def storeys(source: str, only_source: list[NumberMention], target: str,
            only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched ordinals that name one floor of a building counted two ways: a British "third floor"
    is the Russian «четвёртый этаж» (the ground floor is the first; 'storey_words', 'storey_offsets')."""
    pattern, first, anywhere = _storey_patterns()
    # where both sides speak of floors, an ordinal said alone is one too ("starting with the ground floor
    # and finishing with the fourth" = «начнём с первого этажа, закончим пятым»); not a count ("two
    # further bedrooms" is no floor)
    floors = anywhere.search(source) is not None and anywhere.search(target) is not None
    for m in list(only_source):
        alone = floors and _ordinal_word(m.text)
        if m.key[0] != "num" or not (pattern.match(source, m.end) or alone):
            continue
        _pair_off(m, only_source, only_target, lambda n, m=m, alone=alone: n.key[0] == "num"
                  and (pattern.match(target, n.end) is not None or (alone and _ordinal_word(n.text)))
                  and float(n.key[1]) - float(m.key[1]) in (1.0, -1.0) and float(m.key[1]) < 100)
    # a "first floor", whose 'first' is read as no figure, is the other side's second («Второй этаж»)
    for said, own_text, other_text in ((only_target, target, source), (only_source, source, target)):
        if first.search(other_text):
            for n in list(said):
                if n.key == ("num", 2.0) and pattern.match(own_text, n.end):
                    said.remove(n)
                    break
    return only_source, only_target


def compound_numerals(source: str, only_source: list[NumberMention], target: str,
                      only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched figures written into a compound word on the other side: "a five-day duty period" is
    «пятидневный цикл» ('compound_prefixes': the stems a language writes a number as, inside a word)."""
    prefixes = language_data.entry(RESOURCE, "compound_prefixes")
    for said, text, other_text in ((only_source, source, target), (only_target, target, source)):
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", other_text)]
        for m in list(said):
            value = m.figure
            compound = re.match(r"-[^\W\d_]", text[m.end:])  # only a compound on this side too ("five-day")
            if not isinstance(value, float) or not value.is_integer() or not compound:
                continue
            stems = [st for lang_stems in prefixes.values() for st in lang_stems.get(str(int(value)), [])]
            if any(w.startswith(st) and len(w) >= len(st) + 4 for w in words for st in stems):
                said.remove(m)
    return only_source, only_target


def centuries(source: str, only_source: list[NumberMention], target: str,
              only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched figures that name one century twice: "the 1700s" is «XVIII век», the eighteenth
    (``century_words`` after the other side's number)."""
    words = {w.lower() for w in language_data.entry(RESOURCE, "century_words")}
    for hundreds, other, text, other_text in ((only_source, only_target, source, target),
                                              (only_target, only_source, target, source)):
        for m in list(hundreds):
            value = m.figure
            if not (isinstance(value, float) and value.is_integer() and 1000 <= value <= 2100
                    and value % 100 == 0 and re.match(r"['’]?s\b", text[m.end:])):
                continue
            partner = next((n for n in other if n.key == ("num", value // 100 + 1)
                            and (re.match(r"\W*([^\W\d_]+)", other_text[n.end:]) or [None, ""])[1].lower()
                            in words), None)
            if partner is not None:
                hundreds.remove(m)
                other.remove(partner)
    return only_source, only_target


@derived
def _conversion_glue() -> re.Pattern[str]:
    """The words that may stand between a figure and its unit ("une soixantaine de kilomètres")."""
    glue = sorted(language_data.entry(RESOURCE, "conversion_unit_glue"), key=len, reverse=True)
    # whole words only: "de" must not eat the start of "decades"
    alternatives = "|".join(re.escape(g) + (r"(?![^\W\d_])" if g[-1:].isalnum() else "") for g in glue)
    return re.compile(r"\s*(?:(?:" + alternatives + r")\s*)*" if glue else r"\s*")


_YEAR_BEFORE_RANGE_END = re.compile(r"\b(1[0-9]|20)(\d{2})\s*[–—/-]\s*$")


def short_range_years(source: str, only_source: list[NumberMention], target: str,
                      only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched figures that are one year written short as the end of a range: "1872–80" is
    «1872-1880» (the end takes the start's century, or the next one where it would fall before it:
    "1895–05" is 1905)."""
    for said, other, text in ((only_source, only_target, source), (only_target, only_source, target)):
        for m in list(said):
            if not re.fullmatch(r"\d{2}", m.text.strip()):
                continue
            start = _YEAR_BEFORE_RANGE_END.search(text[max(0, m.start - 12):m.start])
            if start is None:
                continue
            century, first = int(start.group(1)), int(start.group(1) + start.group(2))
            year = century * 100 + int(m.text)
            year += 100 if year <= first else 0
            _pair_off(m, said, other, lambda n, year=year: n.key == ("num", float(year)))
    return only_source, only_target


def _unit_after(text: str, end: int, words: list[str]) -> re.Match[str] | None:
    return _unit_pattern(tuple(words)).match(text, end)


@derived(maxsize=64)
def _unit_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` as a whole word after optional blanks (longest first: "inches" before "in")."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:{alternation})(?![^\W\d_])", re.IGNORECASE)


_RANGE_TO = re.compile(r"\s*(?:до|à|to|-|–|—)\s*")
"""Between the two figures of a range whose unit follows the second («от 150 до 195 см»)."""


def _imperial_compounds(text: str, said: list[NumberMention], spec: dict) -> list[tuple[float, list]]:
    """"4 ft 11 in", "six foot four", "seven pounds three ounces": the measure in the base unit, and
    its two figures."""
    out = []
    for a in said:
        big = _unit_after(text, a.end, spec["big"])
        if big is None or not isinstance(a.figure, float):
            continue
        b = next((n for n in said
                  if n.start >= big.end() and re.fullmatch(r"\s*(?:and\s+)?", text[big.end():n.start])), None)
        if b is not None and isinstance(b.figure, float):
            out.append((a.figure * spec["big_factor"] + b.figure * spec["small_factor"], [a, b]))
        out.append((a.figure * spec["big_factor"], [a]))
    return out


def _metric_measures(text: str, said: list[NumberMention], spec: dict) -> list[tuple[float, list]]:
    """«1,93 m», «195 см», «3 кг 260 г», «un mètre cinquante», «метр девяносто три»: the measure in the
    base unit, and its figures."""
    out = []
    metre_words = {w.lower() for w in spec["metric_big"]}
    for n in said:
        if not isinstance(n.figure, float):
            continue
        # the first figure of a range takes the unit of the second: «от 150 до 195 см»
        join = _RANGE_TO.match(text, n.end)
        end = n.end
        if join is not None:
            second = next((r for r in said if r.start == join.end()), None)
            end = second.end if second is not None else n.end
        big = _unit_after(text, end, spec["metric_big"])
        if big is not None:
            rest = next((r for r in said if r.start >= big.end()
                         and re.fullmatch(r"\s*(?:и\s+|et\s+)?", text[big.end():r.start])), None)
            if rest is not None and isinstance(rest.figure, float):
                out.append((n.figure * spec["metric_big_factor"] + rest.figure * spec["metric_small_factor"],
                            [n, rest]))
            out.append((n.figure * spec["metric_big_factor"], [n]))
        elif _unit_after(text, end, spec["metric_small"]) is not None:
            out.append((n.figure * spec["metric_small_factor"], [n]))
        # a single metre said as a word before its centimetres: «метр девяносто три», «un mètre cinquante»
        before = re.search(r"(?<![^\W\d_])([^\W\d_]+)\s+$", text[max(0, n.start - 12):n.start])
        if before and before.group(1).lower() in metre_words and n.figure < 100:
            out.append((spec["metric_big_factor"] + n.figure * spec["metric_small_factor"], [n]))
    return out


def compound_measures(source: str, only_source: list[NumberMention], target: str,
                      only_target: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Unmatched figures that are one height or weight in imperial and metric units: "6 ft 5 in" is
    «1,95 m», "six foot four" «метр девяносто три», "seven pounds three ounces" «3 кг 260 г»
    ('compound_measures': the two units of each system, in one base unit; within 3 %)."""
    for spec in language_data.entry(RESOURCE, "compound_measures"):
        for said, other, text, other_text in ((only_source, only_target, source, target),
                                              (only_target, only_source, target, source)):
            for value, figures in _imperial_compounds(text, said, spec):
                # a figure written the same on both sides is that figure ("6,961 metres (22,838 feet)" =
                # «6961 метр (22 838 футов)»): the feet are not the other side's metres
                # (not where the other side's same figure carries a metric unit: "2,500 feet" copied as
                # «2 500 mètres» is a unit changed, not a figure kept)
                single = len(figures) == 1
                if any(f not in said for f in figures) or single and any(
                        o.key == figures[0].key and _unit_after(other_text, o.end, spec["metric_big"]) is None
                        for o in other):
                    continue
                keys = {n.key for n in said} if single else set()
                candidates = [(abs(metric - value), used)
                              for metric, used in _metric_measures(other_text, other, spec)
                              if abs(metric - value) <= 0.03 * value and all(u in other for u in used)
                              and not (len(used) == 1 and used[0].key in keys)]
                # the closest of the other side's measures ("778 metres … more than 2,500 feet" =
                # «778 метров … больше 750 метров»: the 750)
                match = min(candidates, key=lambda c: c[0])[1] if candidates else None
                if match is not None:
                    for f in figures:
                        said.remove(f)
                    for u in match:
                        other.remove(u)
    return only_source, only_target
