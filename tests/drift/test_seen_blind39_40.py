"""False alarms of the natural sets blind39 and blind40 and quote set blind29 (scored once at 2c3f229,
seen since): what a professional translation writes differently, and the real slips of the same shape
that still differ.

Each natural case is read by the rule signals alone (no encoder): the flag or its absence is theirs.
"""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair, detect_drift
from alignment.numbers import extract_numbers


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("about 40 trillion kilometres", "en", 40e12),
    ("более чем в 25 миллиардах километров", "ru", 25e9),
    ("nearly four and a half million bricks", "en", 4.5e6),
    ("près de quatre millions et demi de briques", "fr", 4.5e6),
    ("два с половиной миллиона", "ru", 2.5e6),
])
def test_magnitudes_and_halves_of_them_are_read(text, lang, value):
    assert [m.figure for m in extract_numbers(text, lang)] == [value]


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("The valley is only a quarter of a mile wide at the crossing.",
     "À l'endroit du franchissement, la vallée ne fait que 400 mètres de large.", "fr"),
    ("The bus left Mendoza at a quarter past eight in the morning.",
     "Le car a quitté Mendoza à 8 h 15.", "fr"),
    ("The bus left Mendoza at a quarter past eight in the morning.",
     "Автобус отошёл от автовокзала Мендосы в 8:15 утра.", "ru"),
    # the feet in brackets are not the other side's metres
    ("You can see Aconcagua, which at 6,961 metres (22,838 feet) is the highest mountain outside Asia.",
     "Видна гора Аконкагуа — 6961 метр (22 838 футов), высочайшая вершина за пределами Азии.", "ru"),
    ("That star is about 40 trillion kilometres away.",
     "Cette étoile se trouve à environ 40 000 milliards de kilomètres.", "fr"),
])
def test_a_number_said_another_way_is_the_same_quantity(source, target, lang, rule_flags):
    assert "numbers" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("The bus left Mendoza at a quarter past eight in the morning.", "Le car a quitté Mendoza à 8 h 45.",
     "fr"),
    ("The valley is only a quarter of a mile wide at the crossing.",
     "La vallée ne fait que 200 mètres de large.", "fr"),
    ("You can see Aconcagua, which at 6,961 metres (22,838 feet) is the highest mountain outside Asia.",
     "Видна гора Аконкагуа — 6691 метр (22 838 футов), высочайшая вершина за пределами Азии.", "ru"),
])
def test_a_changed_number_of_the_same_shape_still_differs(source, target, lang, rule_flags):
    assert "numbers" in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    # two negations in one clause said as an obligation
    ("No dog can be admitted without its vaccination card.",
     "Le carnet de vaccination est obligatoire pour chaque chien.", "fr"),
    ("Do not take the boat across Breydon Water without first calling us to check the tide times.",
     "Прежде чем выходить на Брейдон-Уотер, обязательно позвоните нам и уточните время приливов.", "ru"),
    # 'within a fortnight' said with a negation
    ("Within a fortnight he had borrowed a pair of skis.",
     "Quinze jours ne s'étaient pas écoulés qu'il avait déjà emprunté une paire de skis.", "fr"),
])
def test_a_negation_said_another_way_is_kept(source, target, lang, rule_flags):
    assert "reversal" not in rule_flags(source, target, lang)


def test_two_negations_against_neither_an_only_nor_an_obligation_still_differ(rule_flags):
    assert "reversal" in rule_flags("No dog can be admitted without its vaccination card.",
                                    "Chaque chien peut être admis avec son carnet de vaccination.", "fr")


@pytest.mark.parametrize(("source", "target"), [
    ("Guests can be collected from the bus stop; the journey from Lagos takes about 50 minutes.",
     "Мы можем забрать вас с остановки; от Лагуша дорога занимает минут пятьдесят."),
    ("He went on to study medicine at St Thomas's Hospital in London.",
     "Затем он изучал медицину в лондонской больнице Святого Фомы."),
    ("For 22 years he played Father Christmas at the school's December fair.",
     "22 года он изображал Деда Мороза на декабрьской школьной ярмарке."),
    ("That star, Proxima Centauri, is 4.2 light years away.", "Эта звезда, Проксима Центавра, находится "
     "в 4,2 светового года от нас."),
    ("One, a nineteen-year-old called Dunne, was crushed.", "Одного из них, девятнадцатилетнего Данна, "
     "раздавило."),
    ("Major Francis Aldous spent two days on the viaduct.", "Майор Фрэнсис Олдос провёл на виадуке два дня."),
])
def test_a_name_as_russian_writes_it_is_the_same(source, target, rule_flags):
    assert "names" not in rule_flags(source, target, "ru")


def test_a_changed_name_still_differs(rule_flags):
    assert "names" in rule_flags("Major Francis Aldous spent two days on the viaduct.",
                                 "Майор Фрэнсис Олдридж провёл на виадуке два дня.", "ru")


def test_a_russian_clock_in_minutes_past_is_the_time_in_words_or_figures():
    """quote blind29 q06: «в двадцать минут пятого» is twenty past four, «4 h 20»."""
    for quote, lang in (("The leak was found at twenty past four in the morning.", "en"),
                        ("La fuite a été découverte à 4 h 20 du matin.", "fr")):
        bead = detect_drift([BeadPair(("Протечку обнаружили в двадцать минут пятого утра.",), (quote,))],
                            "ru", lang, encoder=None).beads[0]
        assert "numbers" not in bead.kinds


def test_hearsay_and_a_large_part_are_claims():
    """quote blind29 q10, q33: «как я слышал» hedges; 'much of', «une grande partie» say most."""
    from alignment.claims import claim_words
    from alignment.modality import modal_words

    assert modal_words("Директора, как я слышал, уже уволили.", "ru", "hedge")
    assert claim_words("much of our icon collection", "en", "majority")
    assert claim_words("une grande partie de notre collection", "fr", "majority")
    assert not claim_words("une partie de notre collection", "fr", "majority")


def test_a_figure_copied_with_its_unit_changed_is_a_changed_quantity(rule_flags):
    """blind38 d3-12 fr (seen): "more than 2,500 feet" written «plus de 2 500 mètres»; the Russian
    converts it («больше 750 метров») next to the 778 metres of the same sentence."""
    source = ("This is the hardest day: a climb to Vidova Gora, at 778 metres the highest point on any "
              "Adriatic island, then a descent of more than 2,500 feet to the sea.")
    assert "numbers" in rule_flags(source, "C'est la journée la plus dure : le Vidova Gora, 778 mètres, puis "
                                           "une descente de plus de 2 500 mètres jusqu'à la mer.", "fr")
    assert "numbers" not in rule_flags(source, "Это самый трудный день: подъём на Видову гору (778 метров), "
                                               "а затем спуск к морю больше 750 метров.", "ru")


def test_square_metres_written_as_a_symbol_are_no_unit_changed(rule_flags):
    """blind17 d1-06, blind28 d1-05 (seen): "118 square metres" = «118 m²»: 'square' takes the word
    after it."""
    assert "numbers" not in rule_flags("The house has 118 square metres of living space.",
                                       "La maison offre 118 m² habitables.", "fr")


@pytest.mark.parametrize(("quote", "lang"), [
    # quote blind17 q09, blind26 q10 (seen): the quotation keeps «как я слышала» in its own words
    ("I heard the contractor was paid half of all the money up front.", "en"),
    ("Half of the airport's staff, I hear, are being sent on unpaid leave.", "en"),
    ("La moitié du personnel serait, d'après ce que j'ai entendu, mise en congé sans solde.", "fr"),
])
def test_hearsay_in_the_quotation_keeps_the_sources_hedge(quote, lang):
    from alignment.modality import modal_words

    assert modal_words(quote, lang, "hedge")
