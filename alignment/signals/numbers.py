"""Numbers: figures, quantities, ordinals, years or months that differ (``alignment.numbers``),
and the same quantity qualified differently ("more than a month" / "a month", ``alignment.qualifiers``)."""

from __future__ import annotations

from alignment.drift_types import BeadPair, DriftSignal
from alignment.numbers import (
    NumberMention,
    afternoon_hours,
    centuries,
    compare_numbers,
    compound_measures,
    compound_numerals,
    converted_units,
    copied_units,
    dotted_times,
    elided_magnitudes,
    extract_numbers,
    glossed_conversions,
    is_locator,
    number_words_cover,
    ordinal_fractions,
    range_magnitudes,
    ratio_percentages,
    regroup_digits,
    roman_present,
    school_years,
    short_range_years,
    spoken_money,
    spoken_pairs,
    spoken_times,
    spoken_years,
    storeys,
    times_less,
    with_unit_word,
    years_of_life,
)
from alignment.qualifiers import qualifier_changes
from alignment.signals.base import Signal, or_nothing
from alignment.termbase import CoveredSpans


def number_signal(pair: BeadPair, source_lang: str, target_lang: str,
                  covered: CoveredSpans | None = None) -> DriftSignal | None:
    """Numbers, quantities, ordinals, years and months that differ between the two sides.

    Where one language's number words are not read (see :meth:`NumberSignal.partial_note`), only figures
    written in digits are compared, so that "twelve" is not taken for a number the other side lacks.
    Words a project termbase entry covers on both sides (``covered``: "Black Hundreds" /
    "Cent-Noirs") are a title, not a number.
    """
    src = years_of_life(pair.source_text, extract_numbers(pair.source_text, source_lang))
    tgt = years_of_life(pair.target_text, extract_numbers(pair.target_text, target_lang))
    if covered:
        src = [m for m in src if not covered.covers("source", m.start, m.end)]
        tgt = [m for m in tgt if not covered.covers("target", m.start, m.end)]
    if not (number_words_cover(source_lang) and number_words_cover(target_lang)):
        src = [m for m in src if any(c.isdigit() for c in m.text)]
        tgt = [m for m in tgt if any(c.isdigit() for c in m.text)]
    copied = copied_units(pair.source_text, src, pair.target_text, tgt)
    if copied:
        said = "; ".join(f"source has “{with_unit_word(pair.source_text, m)}” where the target has "
                         f"“{with_unit_word(pair.target_text, n)}”: the figure kept, the unit changed (not "
                         "converted)" for m, n in copied[:2])
        return DriftSignal("numbers", said, tuple((m.start, m.end) for m, _ in copied),
                           tuple((n.start, n.end) for _, n in copied), 1.0)
    # a height or weight in two units per side ("six foot four" = «метр девяносто три») before single
    # figures pair off: its "four" is no «4»
    src, tgt = compound_measures(pair.source_text, list(src), pair.target_text, list(tgt))
    only_src, only_tgt = compare_numbers(*spoken_pairs(pair.source_text, src, pair.target_text, tgt))
    only_src, only_tgt = regroup_digits(pair.source_text, only_src, pair.target_text, only_tgt)
    only_src, only_tgt = afternoon_hours(pair.source_text, only_src, pair.target_text, only_tgt)
    only_src, only_tgt = converted_units(pair.source_text, only_src, pair.target_text, only_tgt)
    range_magnitudes(pair.source_text, only_src, src, only_tgt)
    range_magnitudes(pair.target_text, only_tgt, tgt, only_src)
    elided_magnitudes(pair.source_text, only_src, src, only_tgt)
    elided_magnitudes(pair.target_text, only_tgt, tgt, only_src)
    only_src = glossed_conversions(pair.source_text, only_src, src)
    only_tgt = glossed_conversions(pair.target_text, only_tgt, tgt)
    only_src, only_tgt = centuries(pair.source_text, only_src, pair.target_text, only_tgt)
    only_src, only_tgt = dotted_times(pair.source_text, only_src, pair.target_text, only_tgt)
    only_src, only_tgt = spoken_times(pair.source_text, only_src, pair.target_text, only_tgt)
    for reconcile in (ordinal_fractions, ratio_percentages, storeys, compound_numerals, school_years,
                      times_less, spoken_years, short_range_years, spoken_money):
        only_src, only_tgt = reconcile(pair.source_text, only_src, pair.target_text, only_tgt)
    # a Roman numeral read only after a capitalised word ("Lager II") may stand verbatim on the
    # other side after a lower-case one ("camp II")
    only_src = [m for m in only_src if not roman_present(pair.target_text, m)]
    only_tgt = [m for m in only_tgt if not roman_present(pair.source_text, m)]
    if not only_src and not only_tgt:
        return qualifier_signal(pair, source_lang, target_lang)
    locators = (all(is_locator(pair.source_text, m) for m in only_src)
                and all(is_locator(pair.target_text, m) for m in only_tgt))
    parts = []
    if only_src and only_tgt:
        parts.append("source has " + ", ".join(f"“{m.text}” ({m.label})" for m in only_src[:3])
                     + " where the target has " + ", ".join(f"“{m.text}” ({m.label})" for m in only_tgt[:3]))
        strength = 1.0
    else:
        side, other, lonely = ("source", "target", only_src) if only_src else ("target", "source", only_tgt)
        parts.append("number " + ", ".join(f"“{m.text}” ({m.label})" for m in lonely[:3])
                     + f" in the {side} has no counterpart in the {other}")
        # a figure dropped or added matters; a lone small number word ("les deux", "vier") is
        # more often a paraphrase ("both", "auf allen Vieren") than a drift
        strength = 0.8 if any(_significant(m) for m in lonely) else 0.45
    if locators:
        # only page, issue or volume numbers of a reference differ: editions paginate differently
        parts.append("only page, issue or volume numbers of a reference (editions differ)")
        strength = 0.45
    return DriftSignal("numbers", "; ".join(parts), tuple((m.start, m.end) for m in only_src),
                       tuple((m.start, m.end) for m in only_tgt), strength)


def qualifier_signal(pair: BeadPair, source_lang: str, target_lang: str) -> DriftSignal | None:
    """The same quantity qualified differently ("больше месяца" / "a month", "almost 300" / "300"):
    a changed claim with an unchanged value (``alignment.qualifiers``)."""
    changes = qualifier_changes(pair.source_text, source_lang, pair.target_text, target_lang)
    if not changes:
        return None
    # "about 7500 m" for "7500 m environ" or a plain "7500 m" is house style far more often than a
    # changed claim: an approximation alone is a hint, and so is an "exactly" or "sharp" alone
    directional = [c for c in changes if not _house_style({c.source.qualifier, c.target.qualifier})]
    # a bound on one side only ("more than £150" = «dès 150 livres», "at least 16" = «с 16 лет») is
    # a bound said another way far more often than a changed claim: a hint that a quotation, read
    # as one claim, still counts (``alignment.quotes``); opposite bounds ("more than" / "less than")
    # and an approximation against "exactly" are a flag
    opposite = [c for c in directional if _opposite(c.source.qualifier, c.target.qualifier)]
    shown = opposite or directional or changes
    strength = 1.0 if opposite else ONE_SIDED_BOUND if directional else 0.45
    figures = ((ONE_SIDED_BOUND_FIGURE, 1.0),) if directional and not opposite else ()
    return DriftSignal("numbers", "; ".join(c.reason() for c in shown[:2]),
                       tuple((c.source.start, c.source.end) for c in shown),
                       tuple((c.target.start, c.target.end) for c in shown), strength, figures=figures)


ONE_SIDED_BOUND = 0.6
"""Strength of a bound ("more than", "less than", "within") on one side only, the number alike: a hint.
On the 32 seen natural sets such flags were 43 false alarms and 10 drifts (``docs/benchmarks.md``,
fourteenth round); opposite bounds stay a flag."""
ONE_SIDED_BOUND_FIGURE = "bound on one side only"


def _opposite(a: str, b: str) -> bool:
    """Claims that contradict: "more than" against "less than", "within" or "almost", and an
    approximation against "exactly" ("about 7:40" for "7:40 sharp")."""
    return {a, b} in ({"more", "less"}, {"more", "within"}, {"more", "almost"}, {"about", "exact"})


def _house_style(qualifiers: set[str]) -> bool:
    """Qualifiers that differ in style rather than claim: "about" against anything but "exactly",
    and "exactly" against none."""
    return ("about" in qualifiers and "exact" not in qualifiers) or qualifiers == {"exact", ""}


def _significant(mention: NumberMention) -> bool:
    kind, value = mention.key
    return kind != "num" or (value >= 10 and any(c.isdigit() for c in mention.text))


class NumberSignal(Signal):
    """Numbers and their qualifiers. Figures in digits are read in every language; number words
    only where ``alignment.numbers`` knows them (a partial cover, noted in the report)."""

    name = "numbers"
    kinds = ("numbers",)

    def partial_note(self, lang: str) -> str | None:
        if number_words_cover(lang):
            return None
        return f"number words: not available for {lang} (figures in digits are checked)"

    def judge(self, index: int, pair: BeadPair) -> list[DriftSignal]:
        ctx = self.context
        found = number_signal(pair, ctx.source_lang, ctx.target_lang, ctx.covered.get(index))
        return [or_nothing(found, "numbers", "every number has its counterpart")]
