"""False alarms of the natural sets blind41 and blind42 (scored once at 5fb36b6, seen since): what a
professional translation writes differently, and the real slips of the same shape that still differ.

Each case is read by the rule signals alone (no encoder): the flag or its absence is theirs.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("About four in five funerals in this country are now cremations.",
     "Environ 80 % des obsèques célébrées dans notre pays sont aujourd'hui des crémations.", "fr"),
    # a figure with its unit after it is no time of day, even after 'is'
    ("The delivery lorry is 2.55 m wide and needs clear access to within about 25 m of the site.",
     "Le camion de livraison mesure 2,55 m de large et doit pouvoir s'approcher à 25 m environ du chantier.",
     "fr"),
    ("Wednesday's rain, nearly two inches in twenty-four hours, kept us under canvas.",
     "Mercredi, la pluie, près de 50 mm en vingt-quatre heures, nous a cloués sous la tente.", "fr"),
    ("We had all nine aboard by ten past one.", "К десяти минутам второго все девятеро были у нас на борту.",
     "ru"),
])
def test_a_number_said_another_way_is_the_same_quantity(source, target, lang, rule_flags):
    assert "numbers" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("About four in five funerals in this country are now cremations.",
     "Environ 60 % des obsèques sont aujourd'hui des crémations.", "fr"),
    ("We had all nine aboard by ten past one.", "К десяти минутам второго все семеро были у нас на борту.",
     "ru"),
])
def test_a_changed_number_of_the_same_shape_still_differs(source, target, lang, rule_flags):
    assert "numbers" in rule_flags(source, target, lang)


def test_a_time_after_is_is_still_a_time(rule_flags):
    from alignment.numbers import extract_numbers

    assert [m.figure for m in extract_numbers("it is 2.55 now", "en")] == [2, 55]


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("More than once I was out of bed before Annie had even lit the lamp.",
     "Plus d'une fois, j'étais sorti du lit avant même qu'Annie ait allumé la lampe.", "fr"),
    ("They paid us twelve and sixpence, if I remember rightly.",
     "Платили нам двенадцать шиллингов шесть пенсов, если память мне не изменяет.", "ru"),
    # two negations with an aside between commas, against an 'only'
    ("Please do not put up a second tent, even a small one, without asking us first.",
     "Вторую палатку, даже маленькую, ставьте только с нашего разрешения.", "ru"),
])
def test_a_negation_said_another_way_is_kept(source, target, lang, rule_flags):
    assert "reversal" not in rule_flags(source, target, lang)

