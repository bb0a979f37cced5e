"""Qualified quantities: "more than a month" is not "a month", "almost 300" is not "300".

The number check compares values; a qualifier in front of one (more than, almost, about, at
most, and their Russian, French and German counterparts) changes what is claimed without
changing the value. A qualifier counts only right before a number or a unit word ("больше
месяца", "more than 4.5 million"), and only when the other side has the same quantity (the same
number, or the same unit) without a qualifier of its class: a quantity dropped altogether is the
omission check's business. The words are data (``data/qualifiers.json``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from alignment import language_data
from alignment.language_data import derived
from alignment.numbers import NumberMention, extract_numbers
from corpora.language import base_code

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|\d[\d\s.,]*\d|\d")
REACH = 3
"""A qualifier qualifies a quantity that starts within this many words after it."""


@dataclass(frozen=True)
class Quantity:
    """A number or unit word, the qualifier class in front of it ("" for none), and where it is."""

    key: tuple[str, object]
    qualifier: str
    words: str
    start: int
    end: int


def _data() -> dict:
    return language_data.load("qualifiers")


def _matches(word: str, entries: list[str]) -> bool:
    return any(word == e[:-1] if e.endswith("$") else word.startswith(e) for e in entries)


def quantities(text: str, lang: str) -> list[Quantity]:
    """The quantities of ``text`` (numbers, unit words) with the qualifier class before each."""
    lang = base_code(lang, "")
    data = _data()
    low = text.lower().replace("’", "'")
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(low)]
    found: list[tuple[int, int, tuple[str, object]]] = []  # token index range, key
    numbers = extract_numbers(text, lang)
    days = _days_of_month(numbers, text)
    for n in numbers:
        if n.start in days or n.key[0] == "month":
            continue  # "no later than 30 August", «au plus tard le 30 août», "beyond April": dates
        k = next((i for i, (_, s, e) in enumerate(tokens) if s <= n.start < e or n.start <= s < n.end), None)
        if k is not None:
            found.append((k, n.end, n.key, max(n.start, tokens[k][1])))
    for k, (word, _s, e) in enumerate(tokens):
        if any(s0 <= k and tokens[k][1] < end for s0, end, _, _ in found):  # a word of a number
            continue
        for unit, by_lang in data["units"].items():
            if _matches(word, by_lang.get(lang, [])) and not _unit_adjective(word, lang):
                found.append((k, e, ("unit", unit), tokens[k][1]))
                break
    out = []
    years_end: list[int] = []
    # a vague amount takes the qualifier before it too: "больше сотни человек, половина из них" bounds
    # the hundred, not the half
    number_ends = [end for _, end, key, start in found
                   if (key[0] == "vague" or key[0] == "num" and not _year_like(text[start:end], key[1]))]
    number_ends += [m.end() for m in re.finditer(_stop_pattern(lang), low)] if _stop_pattern(lang) else []
    for k, end, key, start in sorted(found, key=lambda f: f[0]):
        # a number starts where extract_numbers says: "Plus d'un tiers" has "plus d'" before "un tiers"
        if key[0] == "num" and _year_like(text[start:end], key[1]):
            years_end.append(end)
            continue
        if key == ("unit", "year") and any(not text[e:start].strip() for e in years_end):
            continue  # "в 2023 году", "l'an 1864": a date, not a quantity of years
        begin = tokens[max(0, k - REACH - 2)][1] if k else start
        window, said = low[begin:start], text[begin:start]
        glues = data.get("glue", {})
        glue = frozenset(glues[lang]) if key[0] == "num" and lang in glues else None
        # a number between a qualifier and this quantity takes the qualifier for itself ("more than
        # 40 or 50", "fewer than one in twenty": the bound is on the 40, on the one)
        claimed = tuple(e - begin for e in number_ends if begin < e <= start)
        breakers = frozenset(data.get("unit_breakers", {}).get(lang, ())) if key[0] == "unit" else frozenset()
        qualifier = _qualifier(window, lang, data["classes"], REACH, said, glue, claimed, breakers)
        if qualifier and key[0] == "unit" and _names_a_reference(low[end:], lang):
            qualifier = ""  # "30 cm higher than a year earlier": the year is the point compared with
        if not qualifier and key[0] != "unit":
            qualifier = _qualifier(window, lang, data["numbers_only"], 1, said)
        if not qualifier and key[0] != "unit" and not _starts_a_range(text, end, lang):
            unit_follows = _unit_follows(low, end, lang, data["units"])
            bare = data.get("bare_before_units", {}) if unit_follows else data["bare_numbers_only"]
            qualifier = _qualifier(window, lang, bare, 1, said)
        if (not qualifier and key[0] != "unit" and _CLAUSE_END.match(low, end)
                and not _starts_a_range(text, end, lang)):  # «за четыре–шесть месяцев»: a range, not "over"
            qualifier = _qualifier(window, lang, data.get("clause_end_numbers_only", {}), 1, said)
        if not qualifier and key[0] != "unit":
            qualifier = _postposed(low[end:], lang, data.get("postposed", {}))
        if not qualifier:
            said = low[max(0, start - 6):end]
            qualifier = next((name for name, by_lang in data["inherent"].items()
                              if any(w in said for w in by_lang.get(lang, []))), "")
        between = low[out[-1].end:start] if out else ""
        shared = out and out[-1].qualifier and _postposed_only(between, lang) == out[-1].qualifier
        after_number = out and out[-1].key[0] == "num" and (not between.strip() or shared)
        if not qualifier and key[0] == "unit" and after_number:
            qualifier = out[-1].qualifier  # "не менее чем за 48 часов": the hours are the 48's
        out.append(Quantity(key, qualifier, text[start:end], start, end))
    return _share_within_times(out, text)


_TIME_GAP = re.compile(r"\s*(?::|h|ч\.?)?\s*", re.IGNORECASE)


def _days_of_month(mentions: list[NumberMention], text: str) -> set[int]:
    """Where the numbers that are a day of a month start: 1 to 31 written next to a month (30 août,
    18 июня, August 30), with only spaces, a comma or "of" between."""
    out = set()
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = text[a.end:b.start].strip(" ,").lower()
        if gap not in ("", "of"):
            continue
        for day, month in ((a, b), (b, a)):
            value = float(day.key[1])
            if day.key[0] == "num" and month.key[0] == "month" and 1 <= value <= 31 and value.is_integer():
                out.add(day.start)
    return out


def _share_within_times(found: list[Quantity], text: str) -> list[Quantity]:
    """The numbers of one clock time ("семь сорок", "7 h 40", "7:40") share one qualifier: one
    written before the hour ("примерно в семь сорок") or after the minutes ("7 h 40 précises")
    qualifies the whole time."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (a.key[0] == b.key[0] == "num" and bool(a.qualifier) != bool(b.qualifier)
                and _clock_like(a.key[1], b.key[1]) and _TIME_GAP.fullmatch(text[a.end:b.start])):
            shared = a.qualifier or b.qualifier
            out[k], out[k + 1] = (Quantity(a.key, shared, a.words, a.start, a.end),
                                  Quantity(b.key, shared, b.words, b.start, b.end))
    return out


_COMPARATIVE_WORDS = frozenset({"более", "менее", "больше", "меньше"})


def _comparative_of(word: str, lang: str) -> bool:
    """A Russian adjective, participle or adverb right after «более», «меньше»: an analytic comparative
    or a comparison with a reference («меньше рекомендуемых 270 мм»), not a bound."""
    if lang != "ru":
        return False
    from alignment.wordcover import russian_part_of_speech

    return russian_part_of_speech(word) in ("ADJF", "ADJS", "ADVB", "PRTF")


def _unit_adjective(word: str, lang: str) -> bool:
    """A Russian adjective formed on a unit («недельного заработка», «годовой»): no amount of it."""
    if lang != "ru":
        return False
    from alignment.wordcover import russian_part_of_speech

    return russian_part_of_speech(word) == "ADJF"


def _clock_like(hour: object, minutes: object) -> bool:
    """Whether two numbers can be an hour and its minutes ("fewer than 300 two years ago" cannot)."""
    return (isinstance(hour, float) and isinstance(minutes, float) and hour.is_integer()
            and minutes.is_integer() and 0 <= hour <= 24 and 0 <= minutes <= 59)


def _is_glue(word: str, glue: frozenset[str]) -> bool:
    """A glue word, or an elided pair of them ("d'un")."""
    return word in glue or all(part in glue for part in re.split(r"(?<=')", word) if part)


def _postposed(rest: str, lang: str, classes: dict) -> str:
    """The class of a qualifier right after a number ("сорока с лишним", "forty-odd", "40 or so"),
    or after the number's unit word («deux ans au minimum») or currency sign («500 £ ou plus», «50 £,
    voire davantage»)."""
    rest = re.sub(r"^(?:\s*(?:°\s*[cf]\b|[£€$₽°]))+\s*(?:,\s*(?=voire\b))?", "", rest.lstrip(" -"))
    unit = _TOKEN.match(rest)
    units = _data()["units"].values()
    tails = [rest]
    if unit and any(_matches(unit.group(), by_lang.get(lang, [])) for by_lang in units):
        tails.append(rest[unit.end():].lstrip(" -"))
    for name, by_lang in classes.items():
        if any(re.match(rf"{re.escape(phrase)}(?![^\W_])", tail) for phrase in by_lang.get(lang, [])
               for tail in tails):
            return name
    if unit and unit.group()[:1].isalpha():  # "six bottles or more": one noun between
        after_noun = rest[unit.end():].lstrip(" ")
        for name, by_lang in _data().get("postposed_after_noun", {}).items():
            # at the clause's end, or before a word that does not continue the comparison ("six
            # personnes ou plus peuvent …"): not «et plus de spectateurs», "or more of the cost"
            ends = rf"(?:\s*(?:$|[.,;:!?)»”—–])|{_NOT_COMPARED_AFTER})"
            if any(re.match(re.escape(phrase) + ends, after_noun) for phrase in by_lang.get(lang, [])):
                return name
    return ""


_NOT_COMPARED_AFTER = r"\s+(?!(?:de|d|du|des|que|qu|than|of|as|als|чем|как)\b)[^\W\d_]"
"""A word after a postposed "ou plus" that does not carry the comparison on («… ou plus peuvent»)."""

_RANGE_JOIN = re.compile(r"\s*(?:or|to|ou|à|или|до|oder|bis|-|–|—)\s*", re.IGNORECASE)


def _starts_a_range(text: str, end: int, lang: str) -> bool:
    """Whether the number ending at ``end`` starts a range ("two or three months", "2-3"): a bare
    "over" before a range says when ("spread over two or three months"), not "more than"."""
    join = _RANGE_JOIN.match(text, end)
    if join is None or join.end() == end:
        return False
    following = extract_numbers(text[join.end():join.end() + 30], lang)
    return bool(following) and following[0].start == 0


def _postposed_only(between: str, lang: str) -> str:
    """The class of ``between`` when it is a postposed qualifier and nothing else («шестьдесят с
    лишним лет»: the years are the sixty's, and "more than" with them); "" otherwise."""
    said = between.strip(" -")
    classes = _data().get("postposed", {})
    return next((name for name, by_lang in classes.items() if said in by_lang.get(lang, [])), "")


def _same_claim(a: str, b: str) -> bool:
    """Whether two qualifier classes claim the same: equal, or one that may go unsaid ("within two
    years" = «dans les deux ans») against one it allows (data: 'compatible')."""
    compatible = _data().get("compatible", {})
    return a == b or b in compatible.get(a, ()) or a in compatible.get(b, ())


def _literal_counterparts(before_a: str, lang_a: str, before_b: str, lang_b: str) -> bool:
    """Whether the words right before two quantities are a bare "under"/"over" and its literal
    counterpart («sous», «под»): the translation keeps the word, place or bound alike."""
    def last_words(window: str) -> list[str]:
        return _TOKEN.findall(window.lower())[-REACH:]

    words_a, words_b = last_words(before_a), last_words(before_b)
    return any(any(w in group.get(lang_a, ()) for w in words_a)
               and any(w in group.get(lang_b, ()) for w in words_b)
               for group in _data().get("literal_counterparts", ()))


def _names_a_place(rest: str) -> bool:
    """Whether the word after a qualifier phrase is capitalised (after an elided "d'", "l'")."""
    first = _TOKEN.search(rest)
    word = first.group().split("'")[-1].split("’")[-1] if first else ""
    return word[:1].isupper()


_CLAUSE_END = re.compile(r"\s*(?:$|[.,;:!?»”)…—–])")


def _qualifier(window: str, lang: str, classes: dict, reach: int, said: str = "",
               glue: frozenset[str] | None = None, claimed: tuple[int, ...] = (),
               breakers: frozenset[str] = frozenset()) -> str:
    """The class of the last qualifier phrase of ``window`` that ends within ``reach`` words of its end
    (``said``: the window as written; a capitalised word right after the phrase makes it a place,
    "près d'Oboïan", "около Москвы", not an amount; ``glue``: the only words allowed between the
    phrase and the quantity, None for any; ``claimed``: where other numbers of the window end, each
    taking a qualifier before it for itself; ``breakers``: words after which a unit word is a point
    of reference, not an amount: "smaller than last year", "more than in any year since")."""
    for adverb in _data().get("clause_adverbs", {}).get(lang, ()):
        # «au moins, nous étions deux»: 'at least' of the whole clause, set off by its comma
        window = re.sub(rf"(?<![^\W_]){re.escape(adverb)}(?=\s*,)", " " * len(adverb), window)
    for name, by_lang in classes.items():
        for phrase in by_lang.get(lang, []):
            after = r"(?![^\W_])" if phrase[-1:].isalnum() else ""
            found = [m for m in re.finditer(rf"(?<![^\W_]){re.escape(phrase)}{after}", window)
                     if not _inside_longer(m, window, lang)]
            if not found:
                continue
            last = found[-1]
            if said and _names_a_place(said[last.end():]):
                continue
            if re.search(r"[—–;:№#]", window[last.end():]):
                continue  # "стало больше — уже третий год": a clause apart; «под № 5»: a number sign
            between = _TOKEN.findall(window[last.end():])
            signs = _data().get("sign_words", {}).get(lang, ())
            counted = [w for w in between if w not in signs]  # "below minus 25": the sign is the number's
            if any(last.end() <= p for p in claimed) or any(w in breakers for w in between):
                continue
            if any(w in _data().get("frequency_words", {}).get(lang, ()) for w in between):
                continue  # "at least once every ten days": the bound is on how often, not on the ten
            preceding = _TOKEN.findall(window[:last.start()])
            before, two_back = preceding[-1:], preceding[-2:-1]
            if (name in ("more", "less") and between and before
                    and before[0] in _data().get("superlative_before", {}).get(lang, ())):
                continue  # «le plus d'indices», «les moins nombreuses depuis 20 ans»: superlatives; «les plus
                # de 75 ans» (no word between) still more than 75
            if not between and phrase in _data().get("sign_words", {}).get(lang, ()):
                continue  # «moins 45», "minus forty-five": the number's sign, not "less than"
            if between and _compares(between[0], lang):
                continue  # "moins qu'un an plus tôt": a comparison, not "less than a year"
            if (name in ("more", "less") and between and phrase in _COMPARATIVE_WORDS
                    and between[0] not in _data().get("unit_breakers", {}).get(lang, ())
                    and _comparative_of(between[0], lang)):
                continue  # «по более высокому из двух»: the higher of the two, not "more than two"
            difference = _data().get("difference_after", {}).get(lang, {})
            if (between and between[0] in difference.get("after", ())
                    and phrase in difference.get("comparatives", ())):
                continue  # «дороже на 120 фунтов»: by how much, not a bound
            opens_bound = _opens_with(phrase, _data().get("bound_openers", {}).get(lang, ()))
            if not opens_bound and _after_an_amount(window[:last.start()], lang):  # read numbers last
                # "a crew of two just over three months": a bound opener bounds the amount after it
                continue  # "three fewer than a year earlier", "6 % больше, чем": a difference, not a bound
            glued = glue is None or name not in _glue_classes() or all(_is_glue(w, glue) for w in between)
            if len(counted) < reach and glued:
                denied = any(w in _negators() for w in before) or any(  # "no component below 6.0"
                    w in _data().get("noun_negators", {}).get(lang, ()) for w in two_back)
                if name in ("more", "less") and denied:
                    # "nicht weniger als 58", "ne dépasse guère 2500", "not much over": a bound
                    # denied is an estimate, not the opposite bound
                    return "about"
                return name
    return ""


def _names_a_reference(rest: str, lang: str) -> bool:
    """Whether the words right after a unit make it a point in time compared with ('a year earlier',
    «qu'un an auparavant», «чем годом ранее»: 'reference_after'), not an amount bounded."""
    return _opens_with(" ".join(_TOKEN.findall(rest[:30])), _data().get("reference_after", {}).get(lang, ()))


def _opens_with(words: str, phrases: Sequence[str]) -> bool:
    """Whether ``words`` (space-separated) begin with one of ``phrases``, as whole words."""
    return any(words == p or words.startswith(p + " ") for p in phrases)


def _after_an_amount(before: str, lang: str) -> bool:
    """Whether ``before`` ends with an amount (a number, a percentage): a "more"/"less" right after
    one says by how much two things differ ("6 per cent more than in 2024", "trois de moins qu'un
    an plus tôt"), not a bound on the quantity after it."""
    tail = before.rstrip()
    percent = _data().get("percent_words", {}).get(lang, [])
    for word in percent:
        if tail.endswith(word):
            tail = tail[: -len(word)].rstrip()
            break
    tail = re.sub(r"(?:\s|^)(?:de|d'|на)$", "", tail).rstrip()  # «trois de moins», «на 6 % больше»
    if not tail:
        return False
    numbers = extract_numbers(tail[-40:], lang)
    return bool(numbers) and numbers[-1].end == len(tail[-40:])


def _compares(word: str, lang: str) -> bool:
    """Whether ``word`` right after a qualifier makes it a comparison ("que", "qu'un")."""
    return any(word == w or (w.endswith("'") and word.startswith(w))
               for w in _data().get("comparative_after", {}).get(lang, ()))


def _inside_longer(match: re.Match[str], window: str, lang: str) -> bool:
    """Whether an 'almost' phrase or a 'not_qualifiers' phrase of the data holds ``match``: «un peu
    moins de» is 'almost' (like 'just under'), not «moins de»; «тем не менее» is 'however'."""
    for phrase in _longer_phrases(lang):
        if len(phrase) <= match.end() - match.start():
            break
        after = r"(?![^\W_])" if phrase[-1:].isalnum() else ""
        for m in re.finditer(rf"(?<![^\W_]){re.escape(phrase)}{after}", window):
            if m.start() <= match.start() and match.end() <= m.end():
                return True
    return False


@derived
def _stop_pattern(lang: str) -> str:
    """The 'one' words of ``lang`` that take a qualifier like a number ("fewer than one in twenty")."""
    words = _data().get("one_words", {}).get(lang, [])
    return r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in words) + r")(?![^\W\d_])" if words else ""


@derived
def _longer_phrases(lang: str) -> tuple[str, ...]:
    """The 'almost' and 'not_qualifiers' phrases of ``lang``, longest first."""
    data = _data()
    phrases = set(data["classes"].get("almost", {}).get(lang, []))
    phrases |= set(data.get("not_qualifiers", {}).get(lang, []))
    return tuple(sorted(phrases, key=len, reverse=True))


@derived
def _glue_classes() -> frozenset[str]:
    return frozenset(_data().get("glue_classes", ()))


@derived
def _negators() -> frozenset[str]:
    return frozenset(w for words in _data()["negators"].values() for w in words)


def _unit_follows(low: str, end: int, lang: str, units: dict) -> bool:
    """Whether a unit word is one of the next two words ("two years", "two school years")."""
    following = [m.group() for m in _TOKEN.finditer(low, end)][:2]
    return any(_matches(w, by_lang.get(lang, [])) for w in following for by_lang in units.values())


def _year_like(said: str, value: object) -> bool:
    """A year: four digits, or two that extract_numbers read as a year ("2024/25": 2025)."""
    digits = said.strip()
    if not (isinstance(value, float) and 1000 <= value <= 2100 and digits.isdigit()):
        return False
    return len(digits) == 4 or int(digits) != value


@dataclass(frozen=True)
class QualifierChange:
    """A quantity qualified on one side and not (or otherwise) on the other."""

    source: Quantity
    target: Quantity

    def reason(self) -> str:
        def said(q: Quantity) -> str:
            how = f" qualified as “{LABELS[q.qualifier]}”" if q.qualifier else " unqualified"
            return f"“{q.words}”{how}"

        return f"source has {said(self.source)} where the target has {said(self.target)}"


LABELS = {"more": "more than", "less": "less than", "about": "about", "almost": "almost", "exact": "exactly",
          "within": "within"}


def qualifier_changes(source: str, source_lang: str, target: str, target_lang: str) -> list[QualifierChange]:
    """Quantities present on both sides (same number, or same unit) whose qualifiers differ."""
    src, tgt = quantities(source, source_lang), quantities(target, target_lang)
    out = []
    for a in src:
        partners = [b for b in tgt if b.key == a.key]
        if not partners or any(_same_claim(a.qualifier, b.qualifier) for b in partners):
            continue
        if not (a.qualifier or any(b.qualifier for b in partners)):
            continue
        b = partners[0]
        if a.key[0] == "unit" and _counted_alike(a, src, b, tgt):
            continue  # "more than ten consecutive days" = «plus de dix jours»: the count says it
        if _literal_counterparts(source[max(0, a.start - 40):a.start], base_code(source_lang, ""),
                                 target[max(0, b.start - 40):b.start], base_code(target_lang, "")):
            continue  # "under two viaducts" = «sous deux viaducs»
        out.append(QualifierChange(a, b))
    return out


UNIT_AFTER_COUNT = 24
"""A unit word this many characters or fewer after a number is that number's unit."""


def _counted_alike(a: Quantity, side_a: list[Quantity], b: Quantity, side_b: list[Quantity]) -> bool:
    """Whether the units ``a`` and ``b`` each follow a number and those numbers carry the same claim
    on both sides: the unit's own qualifier then repeats the number's ("more than ten consecutive
    days", where the qualifier reaches the number but not the unit)."""
    def count_before(unit: Quantity, side: list[Quantity]) -> Quantity | None:
        return next((q for q in reversed(side) if q.key[0] == "num" and q.end <= unit.start
                     and unit.start - q.end <= UNIT_AFTER_COUNT), None)

    na, nb = count_before(a, side_a), count_before(b, side_b)
    return na is not None and nb is not None and na.key == nb.key and _same_claim(na.qualifier, nb.qualifier)
