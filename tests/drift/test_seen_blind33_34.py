"""False alarms of the natural sets blind33 and blind34 (scored once at 139871e, seen since): what a
professional translation writes differently, and the real slips of the same shape that still differ.

Each case is read by the rule signals alone (no encoder): the flag or its absence is theirs.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("source", "target", "lang"), [
    # old units converted: hundredweight, gallons, pounds, centilitres, megawatt-hours
    ("It was recast in 1913 from the old bell with about 5 hundredweight of new metal added.",
     "Il a été refondu en 1913 avec l'ancienne cloche, complété d'environ 250 kg de métal neuf.", "fr"),
    ("The bells range from the treble, at just over 6 hundredweight, to the tenor, which weighs 32 "
     "hundredweight.",
     "Les cloches vont de la plus petite, d'un peu plus de 300 kg, à la plus grosse, qui pèse 1,6 tonne.",
     "fr"),
    ("Lascelles got the generator going with a 45-gallon drum of diesel.",
     "Lascelles a remis le groupe électrogène en marche avec un fût de 200 litres de gazole.", "fr"),
    ("Winston bought 40 pounds of rice and 12 cases of tinned milk.",
     "Уинстон купил 18 кило риса и двенадцать ящиков сгущёнки.", "ru"),
    ("Classic Cuvée 2022, traditional method, 75 cl: £34.50 a bottle.",
     "Classic Cuvée 2022, традиционный метод, 0,75 л: 34,50 фунта за бутылку.", "ru"),
    ("The appellant estimates that it would produce around 2,100 megawatt-hours a year.",
     "По оценке заявителя, турбина будет вырабатывать около 2,1 ГВт·ч в год.", "ru"),
])
def test_a_converted_unit_is_the_same_quantity(source, target, lang, rule_flags):
    assert "numbers" not in rule_flags(source, target, lang)


def test_a_changed_weight_in_another_unit_still_differs(rule_flags):
    assert "numbers" in rule_flags("It was recast with about 5 hundredweight of new metal added.",
                                   "Il a été refondu, complété d'environ 350 kg de métal neuf.", "fr")


@pytest.mark.parametrize(("source", "target", "lang"), [
    # a comparison with 'ever' said as 'never so'
    ("“We have more horses than ever,” she wrote, “and fewer friends among them.”",
     "« Nous n'avons jamais eu autant de chevaux, écrivait-elle, ni si peu d'amis parmi eux. »", "fr"),
    ("Takings there were the best the company had ever known: some 22,000 roubles in twelve weeks.",
     "Таких сборов у труппы ещё не бывало — около 22 тысяч рублей за двенадцать недель.", "ru"),
    ("Takings there were the best the company had ever known: some 22,000 roubles in twelve weeks.",
     "Jamais la troupe n'avait fait de si belles recettes : environ 22 000 roubles en douze semaines.", "fr"),
    # two negations in one clause against an 'only'
    ("Staff cannot give paracetamol or any other medicine without your written consent on the medical form.",
     "Парацетамол и любые другие лекарства сопровождающие могут дать ребёнку только с вашего письменного "
     "согласия в медицинской анкете.", "ru"),
    # «à défaut de» (failing, if not)
    ("If payment is not made on time, we may cancel the sale.",
     "À défaut de paiement dans les délais, nous pourrons annuler la vente.", "fr"),
    ("2026 will be remembered as a good year, if not a great one.",
     "2026 restera comme un bon millésime, à défaut d'être un grand.", "fr"),
    # 'nothing … but' is an 'only'
    ("Nothing is left of the jetty but a few posts.", "De la jetée, il ne reste que quelques pieux.", "fr"),
    # an opposite word renders the negation: well / badly, doubt / believe
    ("The first season did not go well.", "La première saison se passa mal.", "fr"),
    ("The radio said the winds were 130 miles an hour; I do not doubt it.",
     "La radio annonçait des vents de 210 km/h ; je veux bien le croire.", "fr"),
    ("The radio said the winds were 130 miles an hour; I do not doubt it.",
     "По радио сказали, что ветер достигал 210 км/ч; охотно верю.", "ru"),
])
def test_a_negation_said_another_way_is_kept(source, target, lang, rule_flags):
    assert "reversal" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("“We have more horses than ever,” she wrote.", "« Nous n'avons jamais eu de chevaux », écrivait-elle.",
     "fr"),
    ("Staff cannot give paracetamol or any other medicine without your written consent.",
     "Сопровождающие могут давать детям парацетамол и другие лекарства.", "ru"),
    ("Nothing is left of the jetty.", "De la jetée, il reste quelques pieux.", "fr"),
    ("The first season did not go well.", "La première saison se passa bien.", "fr"),
    # «несколько» (several) renders no 'not': the clause with the negation is gone (seen blind5 d1-34)
    ("Several of them closed during the works, and a few still have not forgiven the council.",
     "Несколько магазинов за время работ закрылись.", "ru"),
])
def test_the_slip_beside_it_still_differs(source, target, lang, rule_flags):
    assert "reversal" in rule_flags(source, target, lang)
