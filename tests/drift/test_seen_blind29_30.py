"""False alarms of the natural sets blind29 and blind30 and a planted drift of quote blind24 (scored once at
df21848, seen since): what a professional translation writes differently, and the slips of the same shape
that still differ. Read by the rule signals alone (no encoder)."""

from __future__ import annotations

import pytest

from alignment.numbers import extract_numbers


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Twice an hour, from fifteen to eighteen minutes past, every ship fell silent.",
     "Deux fois par heure, de la quinzième à la dix-huitième minute, tous les navires se taisaient.", "fr"),
    ("We receive a grant, but it covers only around a fifth of our running costs.",
     "Мы получаем грант, но он покрывает лишь около 20 % текущих расходов.", "ru"),
    ("In 1865 she returned to Norway, and less than two months later she was painting in Hardanger.",
     "В 1865 году она вернулась в Норвегию, и не прошло и двух месяцев, как она уже писала в Хардангере.",
     "ru"),
    ("The cook handed out corned-beef sandwiches for most of a week.",
     "Le cuisinier a distribué des sandwichs au corned-beef presque toute la semaine.", "fr"),
])
def test_an_ordinal_a_share_or_a_bound_said_another_way_is_no_changed_number(
        source, target, lang, rule_flags):
    assert "numbers" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Twice an hour, from fifteen to eighteen minutes past, every ship fell silent.",
     "Deux fois par heure, de la quinzième à la dix-septième minute, tous les navires se taisaient.", "fr"),
    ("It covers around a fifth of our costs.", "Il couvre environ 30 % de nos frais.", "fr"),
])
def test_another_ordinal_or_share_still_differs(source, target, lang, rule_flags):
    assert "numbers" in rule_flags(source, target, lang)


@pytest.mark.parametrize(("text", "value"), [
    ("не позднее двадцатого декабря", 20.0),
    ("до первого ноября", 1.0),
    ("тридцать первого декабря", 31.0),
])
def test_a_russian_day_said_as_an_ordinal_before_its_month_is_its_figure(text, value):
    # quote blind24 q03/q04 (seen): "by 20 December" = «не позднее двадцатого декабря»
    assert value in [m.key[1] for m in extract_numbers(text, "ru") if m.key[0] == "num"]


def test_a_first_that_is_a_rank_has_no_figure():
    assert extract_numbers("в первый раз", "ru") == []


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Breakfast came with a coffee that was better than it had any right to be.",
     "Le petit déjeuner est arrivé avec un café bien meilleur qu'on n'aurait osé l'espérer.", "fr"),
    ("Staff may ask anyone to repeat the test, and their decision is final.",
     "Le personnel peut demander à quiconque de repasser le test, et sa décision est sans appel.", "fr"),
    ("A crossing took ten days, and there was not much good weather in the North Atlantic.",
     "Une traversée prenait dix jours, et le beau temps se faisait rare dans l'Atlantique Nord.", "fr"),
    ("Mr Rudd said the family was considering an appeal but declined to comment further.",
     "M. Rudd a indiqué que la famille envisageait de faire appel, sans vouloir en dire davantage.", "fr"),
    ("Check with your insurer: some policies are not valid without a doctor's confirmation.",
     "Renseignez-vous auprès de votre assureur : certains contrats exigent l'accord d'un médecin.", "fr"),
    ("It would not have been possible without the patience of the descendants of her nephew.",
     "C'est grâce à la patience des descendants de son neveu qu'elle a pu voir le jour.", "fr"),
    ("Sadly, three of the people we went out to help had died before we reached them.",
     "К сожалению, троих из тех, к кому мы выезжали, к нашему прибытию уже не было в живых.", "ru"),
])
def test_a_negation_said_by_an_idiom_or_a_negative_word_is_no_reversal(source, target, lang, rule_flags):
    assert "reversal" not in rule_flags(source, target, lang)


def test_a_policy_not_valid_said_as_valid_still_differs(rule_flags):
    # only "not valid without" says "requires": a plain "not valid" is no double negation
    assert "reversal" in rule_flags("Some policies are not valid abroad.",
                                "Certains contrats sont valables à l'étranger.", "fr")


@pytest.mark.parametrize(("source", "target"), [
    ("In the corridor I met Margherita Zanon, a retired teacher from Treviso.",
     "В коридоре я познакомилась с Маргеритой Дзанон, учительницей на пенсии из Тревизо."),
    ("The dog, a collie called Moss handled by Euan Fraser, found Callum.",
     "Колли по кличке Мосс (проводник — Юэн Фрейзер) нашла Каллума."),
])
def test_a_name_written_as_it_is_said_is_the_same_name(source, target, rule_flags):
    assert "names" not in rule_flags(source, target, "ru")


def test_the_balance_of_probabilities_is_no_hedge(rule_flags):
    # «вероятностей» (probabilities) is no «вероятно» (probably)
    assert "reversal" not in rule_flags(
        "The judge said that on the balance of probabilities the boundary followed the posts.",
        "Судья заявил, что, исходя из баланса вероятностей, граница проходит по линии столбов.", "ru")
