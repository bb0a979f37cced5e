"""False alarms of the natural sets blind35 and blind36 (scored once at ea6d3b7, seen since): what a
professional translation writes differently, and the real slips of the same shape that still differ.

Each case is read by the rule signals alone (no encoder): the flag or its absence is theirs.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("source", "target", "lang"), [
    # square feet and fathoms converted
    ("Medium unit, 75 sq ft, which holds the contents of most two-bedroom flats: £94",
     "Box moyen de 7 m², qui suffit pour le contenu de la plupart des appartements de deux chambres : 94 £",
     "fr"),
    ("Large unit, 150 sq ft, the size of a single garage: £168",
     "Большой бокс, 14 м², размером с гараж на одну машину: 168 фунтов", "ru"),
    ("The men complained that the air below sixty fathoms was worse than anything they had known at home.",
     "Les hommes se plaignaient qu'au-delà de 110 mètres de profondeur l'air fût pire que tout.", "fr"),
])
def test_an_old_unit_converted_is_the_same_quantity(source, target, lang, rule_flags):
    assert "numbers" not in rule_flags(source, target, lang)


def test_a_changed_area_in_another_unit_still_differs(rule_flags):
    assert "numbers" in rule_flags("Large unit, 150 sq ft, the size of a single garage: £168",
                                   "Grand box de 24 m², la surface d'un garage individuel : 168 £", "fr")


@pytest.mark.parametrize(("source", "target", "lang"), [
    # two negations in one clause against an 'only'
    ("Do not share your PIN with anyone who is not named on your agreement.",
     "Ne communiquez votre code qu'aux personnes nommées dans votre contrat.", "fr"),
    ("Do not share your PIN with anyone who is not named on your agreement.",
     "Сообщайте PIN-код только тем, кто указан в вашем договоре.", "ru"),
    # a bound, a compound noun, an idiom
    ("Vehicles may stay in the loading bay for no longer than 30 minutes.",
     "Le stationnement au quai de chargement est limité à 30 minutes.", "fr"),
    ("He was less happy about his dismissal, off a ball he insisted was a no-ball.",
     "Il était moins ravi de son élimination, sur une balle qu'il jurait être un no-ball.", "fr"),
    ("The club celebrated its centenary with a match, a dinner and a good deal of rain.",
     "Le club a fêté son centenaire avec un match, un dîner et pas mal de pluie.", "fr"),
    # a superlative said as 'never so'
    ("Wealdway Trains will introduce its biggest timetable change for twenty years on Sunday 13 "
     "December.",
     "В воскресенье, 13 декабря, Wealdway Trains вводит новое расписание — таких масштабных изменений "
     "компания не проводила двадцать лет.", "ru"),
    # 'less' meaning 'minus' is no amount
    ("We will pay the lower of the two quotes, £3,460, less the policy excess of £250.",
     "Мы оплатим ремонт по более низкой смете — 3460 фунтов — за вычетом франшизы в 250 фунтов.", "ru"),
])
def test_a_claim_said_another_way_is_kept(source, target, lang, rule_flags):
    assert "reversal" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Do not share your PIN with anyone who is not named on your agreement.",
     "Сообщайте PIN-код тем, кто указан в вашем договоре.", "ru"),
])
def test_the_slip_beside_it_still_differs(source, target, lang, rule_flags):
    kinds = rule_flags(source, target, lang)
    assert "reversal" in kinds or "numbers" in kinds
