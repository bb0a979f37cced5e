"""Changed titles: the same person's office said with another rank is a names drift."""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair
from alignment.signals.names import title_signal
from alignment.titles import rank_words


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Заместитель министра культуры Ольга Петрова заявила об этом журналистам.",
     "Culture Minister Olga Petrova told journalists so.", "en"),
    # issue 17: "Prime Minister of the DPR" called faithful against «Министр обороны ДНР»
    ("Министр обороны ДНР заявил, что отступления не будет.",
     "The Prime Minister of the DPR said there would be no retreat.", "en"),
    ("Исполняющий обязанности директора подписал приказ.", "Le directeur a signé l'arrêté.", "fr"),
])
def test_a_rank_on_one_side_only_is_a_changed_title(source, target, lang):
    s = title_signal(BeadPair((source,), (target,)), "ru", lang)
    assert s is not None and s.kind == "names" and s.strength == 1.0 and "title" in s.reason


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Заместитель министра культуры Ольга Петрова заявила об этом.",
     "Deputy Culture Minister Olga Petrova said so.", "en"),
    ("Депутаты Думы проголосовали против.", "Duma deputies voted against it.", "en"),  # members, not deputies
    ("Премьера спектакля состоялась в марте.", "The play's first night was in March.", "en"),
    ("Заместитель директора театра ушёл в отставку.", "Le directeur adjoint du théâtre a démissionné.", "fr"),
])
def test_the_same_rank_or_no_rank_is_no_change(source, target, lang):
    assert title_signal(BeadPair((source,), (target,)), "ru", lang) is None


def test_vice_versa_and_the_premier_league_are_no_ranks():
    assert rank_words("and vice versa, in the Premier League", "en") == []


def test_german_stellvertretend_as_an_adverb_is_no_rank():
    # Text+Berg test6 pair 41 (report only): «und stellvertretend ihrer Mütter» = vicariously
    assert rank_words("die Träume der jungen Mädchen - und stellvertretend ihrer Mütter", "de") == []
    assert [w.rank for w in rank_words("der stellvertretende Direktor", "de")] == ["deputy"]


def test_a_vice_chancellor_heads_a_university():
    # blind5 (seen): "Vice-Chancellor" rendered «présidente de l'université», «ректор»
    assert rank_words("Foreword from the Vice-Chancellor", "en") == []
    assert [w.rank for w in rank_words("the Vice-President of the company", "en")] == ["deputy"]


def test_agency_staff_is_not_an_acting_office():
    # blind6 (scored once, seen since): «personnel intérimaire» is agency staff, not an acting post
    from alignment.titles import title_changes

    assert title_changes("the cost of agency staff during the winter", "en",
                         "le coût du personnel intérimaire pendant l'hiver", "fr") == ([], [])
    only_src, only_tgt = title_changes("the director spoke", "en", "le directeur intérimaire a parlé", "fr")
    assert only_tgt


def test_an_assistant_before_an_office_is_its_deputy():
    # natural blind22 (scored once, seen since): "Assistant Ranger" = «garde adjoint», «помощник смотрителя»
    from alignment.titles import title_changes

    source = "Job Vacancy: Seasonal Assistant Ranger"
    assert title_changes(source, "en", "Offre d'emploi : garde adjoint saisonnier", "fr") == ([], [])
    assert title_changes(source, "en", "Вакансия: помощник смотрителя на сезон", "ru") == ([], [])
    assert title_changes(source, "en", "Вакансия: смотритель на сезон", "ru")[0]


def test_an_assistant_who_holds_no_office_is_no_deputy():
    # seen natural sets blind, blind17, blind19: 'my assistant', the umpires, assistance dogs
    from alignment.titles import title_changes

    for source, target in [("My assistant forgot to feed her.", "Мой помощник забыл её подкормить."),
                           ("The referee and the two umpires.", "Главный судья и два его помощника."),
                           ("Assistance dogs are welcome.", "Собаки-помощники допускаются.")]:
        assert title_changes(source, "en", target, "ru") == ([], [])
