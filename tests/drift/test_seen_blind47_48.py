"""False alarms of the natural sets blind47 and blind48 and failures of quote set blind33 (scored once at
1e3f52a, seen since): what a professional translation writes differently, and the real slips of the same
shape that still differ.

Each drift case is read by the rule signals alone (no encoder): the flag or its absence is theirs.
"""

from __future__ import annotations

import pytest

from alignment.claims import claim_contrast
from alignment.drift import BeadPair
from alignment.numbers import extract_numbers
from alignment.quotes import hedge_signal


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Une demi-douzaine de voitures peuvent se garer.", "fr", 6.0),
    ("There is room for about half a dozen cars.", "en", 6.0),
    # a Russian approximation by inversion: three tens
    ("Каждое лето мы находили десятка три потерявшихся детей.", "ru", 30.0),
])
def test_a_number_word_read_with_what_stands_before_it(text, lang, value):
    assert [m.key for m in extract_numbers(text, lang)] == [("num", value)]


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("We will replace the boilers floor by floor, starting with the ground floor and finishing with the "
     "fourth.", "Котлы будут менять поэтажно: начнём с первого этажа, закончим пятым.", "ru"),
    ("I reached him on the board in what Denny later swore was ninety seconds.",
     "Я добрался до него на доске, по клятвенным заверениям Денни, за полторы минуты.", "ru"),
])
def test_a_number_said_another_way_is_the_same_quantity(source, target, lang, rule_flags):
    assert "numbers" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("We will replace the boilers floor by floor, starting with the ground floor and finishing with the "
     "fourth.", "Котлы будут менять поэтажно: начнём с первого этажа, закончим седьмым.", "ru"),
    ("I reached him on the board in what Denny later swore was ninety seconds.",
     "Я добрался до него на доске, по клятвенным заверениям Денни, за три минуты.", "ru"),
    # a count beside a floor is no floor (seen blind31 d3-14, a real slip)
    ("Third floor: two further bedrooms, each about 4.50 m × 2.79 m, and a family bathroom.",
     "Troisième étage : trois autres chambres d'environ 4,50 m × 2,79 m chacune, et une salle de bains.",
     "fr"),
])
def test_a_changed_number_of_the_same_shape_still_differs(source, target, lang, rule_flags):
    assert "numbers" in rule_flags(source, target, lang)


@pytest.mark.parametrize(("quotation", "lang", "changed"), [
    # «может быть продлён» is 'may be extended', and the «будут» of the if-clause claims nothing
    ("Should the work not be completed by 20 November, the suspension may be extended by a separate order.",
     "en", False),
    ("Si les travaux ne sont pas achevés d'ici au 20 novembre, la suspension pourra être prolongée par un "
     "arrêté distinct.", "fr", False),
    # … but 'will be extended' makes a possibility certain
    ("The suspension will be extended by a separate order if the work is not completed by 20 November.",
     "en", True),
])
def test_a_passive_modal_and_a_future_in_a_condition_are_read_as_such(quotation, lang, changed):
    passage = ("Срок приостановки может быть продлён отдельным приказом, если работы не будут завершены к "
               "20 ноября.")
    assert (claim_contrast(passage, "ru", quotation, lang) is not None) == changed


@pytest.mark.parametrize(("quotation", "drifted"), [
    # «может быть продлён» is 'may be extended', which «pourra être prolongée» keeps …
    ("Si les travaux ne sont pas achevés d'ici au 20 novembre, la suspension pourra être prolongée par un "
     "arrêté distinct.", False),
    # … and «sera prolongée» makes certain
    ("La suspension sera prolongée par un arrêté distinct si les travaux ne sont pas achevés.", True),
])
def test_a_passive_may_is_kept_by_a_may(quotation, drifted):
    passage = ("Срок приостановки может быть продлён отдельным приказом, если работы не будут завершены к "
               "20 ноября.")
    found = hedge_signal(BeadPair((passage,), (quotation,)), "ru", "fr")
    assert (found is not None) == drifted
