"""Lists of three items or more, and an item added to or dropped from one (alignment.lists)."""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair
from alignment.lists import list_items


def items(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in list_items(text, lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The water carries nickel, copper, cobalt and sulphates into the lake.", "en",
     ["nickel", "copper", "cobalt", "sulphates into the lake"]),
    ("Вода несёт в озеро никель, медь и сульфаты.", "ru", ["никель", "медь", "сульфаты"]),
    ("Le jury comprendra des représentants du ministère, de la mairie, de la troupe du théâtre et de "
     "l'Union des travailleurs du théâtre.", "fr",
     ["ministère", "de la mairie", "de la troupe du théâtre", "de l'Union des travailleurs du théâtre"]),
])
def test_a_list_is_its_items_the_first_ending_the_head_of_the_sentence(text, lang, expected):
    found = items(text, lang)
    assert found[1:] == expected[1:] and found[0].endswith(expected[0])


@pytest.mark.parametrize(("text", "lang"), [
    ("He came and went.", "en"),  # two items are no list
    # the seed article: a clause with a verb and a pair joined by «и» are not one list
    ("Я прошу прислать мне человека, который мог бы стать начальником штаба, и хотя бы пятерых, "
     "способных командовать отделениями и взводами.", "ru"),
])
def test_clauses_and_pairs_are_not_lists(text, lang):
    assert items(text, lang) == []


@pytest.mark.slow
@pytest.mark.parametrize(("source", "quote", "lang", "kind", "item"), [
    # seen blind quote sets: an item added to a list in the quotation
    ("Вода, которая просачивается через его дамбу, несёт в озеро никель, медь и сульфаты.",
     "The water seeping through its dam carries nickel, copper, cobalt and sulphates into the lake.",
     "en", "addition", "cobalt"),
    ("В состав конкурсной комиссии войдут представители министерства, труппы театра и Союза театральных "
     "деятелей.", "Le jury du concours comprendra des représentants du ministère, de la mairie, de la troupe "
     "du théâtre et de l'Union des travailleurs du théâtre.", "fr", "addition", "de la mairie"),
    ("The selection panel will include representatives of the ministry, the city administration, the "
     "theatre company and the Union of Theatre Workers.", "The selection panel will include representatives "
     "of the ministry, the theatre company and the Union of Theatre Workers.", "en", "omission",
     "the city administration"),
    # quote blind14 and blind15 (scored once, seen since): two items lack a word the source translates
    # ("fuel depot" / «склад горючего» said otherwise); the added one is the one rendered least
    ("Для Большой Салмы колхоз — главный работодатель, к тому же он содержит причал, пекарню и склад "
     "горючего.",
     "For Bolshaya Salma, the collective is the main employer, and it also keeps up the pier, the bakery, "
     "the first-aid post and the fuel depot.", "en", "addition", "the first-aid post"),
    ("Каждая машина оборудована стеллажами на три тысячи книг, компьютером с выходом в интернет и "
     "подъёмником для маломобильных посетителей.",
     "Chaque véhicule est équipé de rayonnages pour trois mille livres, d'un ordinateur connecté à internet, "
     "d'une photocopieuse et d'un élévateur pour les personnes à mobilité réduite.", "fr", "addition",
     "photocopieuse"),
])
def test_an_item_one_side_lists_and_the_other_lacks_is_named(e5_use, source, quote, lang, kind, item):
    from alignment.quotes import list_item_signal

    source_lang = "en" if source.startswith("The") else "ru"
    found = list_item_signal(BeadPair((source,), (quote,)), source_lang, lang, e5_use)
    assert found is not None and found.kind == kind and item in found.reason


@pytest.mark.slow
def test_a_faithful_list_is_not_a_change(e5_use):
    from alignment.quotes import list_item_signal

    pair = BeadPair(("Вода несёт в озеро никель, медь и сульфаты.",),
                    ("The water carries nickel, copper and sulphates into the lake.",))
    assert list_item_signal(pair, "ru", "en", e5_use) is None
