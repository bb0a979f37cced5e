"""False alarms of the natural sets blind27 and blind28 (scored once at e95a613, seen since): what a
professional translation writes differently, and the real slips of the same shape that still differ.

Each case is read by the rule signals alone (no encoder): the flag or its absence is theirs.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("source", "target", "lang"), [
    # 24-hour times of sailing instructions and timetables
    ("Any change will be posted before 0900 on the day it takes effect, or by 1900 on the day before.",
     "Toute modification sera affichée avant 9 h 00 le jour même, ou avant 19 h 00 la veille.", "fr"),
    ("Any change will be posted before 0900 on the day it takes effect, or by 1900 on the day before.",
     "Любые изменения вывешиваются до 09:00 того же дня или до 19:00 накануне.", "ru"),
    ("High water is at 1142 BST on Saturday.", "Полная вода в субботу — в 11:42 по летнему времени.", "ru"),
    # a 12-hour dotted time in the evening
    ("We rehearse on Wednesday evenings from 7.30 to 9.30.",
     "Nous répétons le mercredi soir, de 19 h 30 à 21 h 30.",
     "fr"),
    # a year range written short, and cents after a figure
    ("Lot 48: 1872–80 Crown CC watermark.", "Lot 48 : 1872-1880, filigrane couronne CC.", "fr"),
    ("Lot 57: 1885 surcharge “5 CENTS” on 16c.", "Lot 57 : 1885, surcharge « 5 CENTS » sur 16 c.", "fr"),
])
def test_one_time_or_year_written_two_ways_is_no_changed_number(source, target, lang, rule_flags):
    assert "numbers" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Doors open at 1930.", "Les portes ouvrent à 18 h 30.", "fr"),
    ("We rehearse on Wednesday evenings from 7.30 to 9.30.",
     "Nous répétons le mercredi soir, de 18 h 30 à 21 h 30.",
     "fr"),
    ("Lot 48: 1872–80 Crown CC watermark.", "Lot 48 : 1872-1890, filigrane couronne CC.", "fr"),
    ("Lot 57: a surcharge of 5 cents.", "Lot 57 : une surcharge de 50 cents.", "fr"),
])
def test_a_wrong_hour_or_year_beside_them_still_differs(source, target, lang, rule_flags):
    assert "numbers" in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("The measures should cut emissions by more than three quarters.",
     "Ces mesures devraient réduire les émissions de plus des trois quarts.", "fr"),
    ("Households of six or more people can apply for a larger bin.",
     "Les foyers de six personnes ou plus peuvent demander un bac plus grand.", "fr"),
    ("In winds above 25 knots the fleets will not race.",
     "При ветре сильнее 25 узлов флоты на старт не выходят.",
     "ru"),
])
def test_a_bound_said_another_way_is_kept(source, target, lang, rule_flags):
    assert "numbers" not in rule_flags(source, target, lang)


def test_a_bound_dropped_still_differs():
    """… as a hint: a bound on one side only is a flag no longer (tests/drift/test_bounds.py)."""
    from alignment.drift import BeadPair, detect_drift

    bead = detect_drift([BeadPair(("Households of six or more people can apply.",),
                                  ("Les foyers de six personnes peuvent faire une demande.",))],
                        "en", "fr", encoder=None).beads[0]
    assert any(h.kind == "numbers" and "six" in h.reason for h in bead.hints)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("A rota of volunteers, of whom more than sixty have already signed up.",
     "Des bénévoles qui se relaieront ; plus d'une soixantaine se sont déjà inscrits.", "fr"),
    ("“1 minute” is replaced with “not less than 45 minutes”.",
     "« 1 minute » est remplacé par « au moins 45 minutes ».",
     "fr"),
    ("Rotten steel goes thud. You don't need a computer to tell you that.",
     "L'acier pourri fait un bruit sourd. Pas besoin d'un ordinateur pour ça.", "fr"),
    ("The first week was warm, with almost no wind.",
     "La première semaine a été chaude, et presque pas de vent.",
     "fr"),
    ("We do not advise lifting them.", "Nous déconseillons de les soulever.", "fr"),
    ("The organising authority accepts no liability for damage.",
     "L'autorité organisatrice décline toute responsabilité en cas de dommage.", "fr"),
    ("He never washed his hands until I handed him the soap.",
     "Il ne se lavait les mains que lorsque je lui tendais le savon.", "fr"),
    ("Some patients do not have to pay, for example pregnant women.",
     "Certains patients sont exonérés, par exemple les femmes enceintes.", "fr"),
    ("This error was unknown to the catalogues until Dr Varley published it in 1991.",
     "Cette erreur ne figurait dans aucun catalogue avant que le Dr Varley ne la publie en 1991.", "fr"),
    ("Threlfall is blunt with owners.", "Maggie Threlfall parle sans détour aux propriétaires.", "fr"),
    ("Barker admits the first winter nearly put her off.",
     "Баркер признаётся, что первая зима чуть было её не отпугнула.",
     "ru"),
    ("The lift was broken, of course.", "Лифт, разумеется, не работал.", "ru"),
    ("Missed collections", "Если контейнер не опорожнили", "ru"),
    ("Threlfall is blunt with owners.", "С владельцами Трелфолл не церемонится.", "ru"),
    ("When four races have been completed, her worst score will be excluded.",
     "Если проведено четыре гонки, худший результат не учитывается.", "ru"),
])
def test_a_negation_said_with_a_negative_word_or_an_idiom_is_no_reversal(source, target, lang, rule_flags):
    assert "reversal" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("You need a computer to tell you that.", "Pas besoin d'un ordinateur pour ça.", "fr"),
    ("We do not advise lifting them.", "Nous conseillons de les soulever.", "fr"),
    ("The lift was working, of course.", "Лифт, разумеется, не работал.", "ru"),
    ("The first winter put her off.", "Первая зима её не отпугнула.", "ru"),
])
def test_the_same_negative_word_against_a_plain_statement_still_reverses(source, target, lang, rule_flags):
    assert "reversal" in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Kessler was born in Halberstadt, east of the Harz mountains.",
     "Кесслер родился в Хальберштадте, к востоку от гор Гарц.", "ru"),
    ("It was a form that Handel had made fashionable.", "Этот жанр ввёл в моду Гендель.", "ru"),
    ("When her son dies, Elijah prays over him.", "Когда её сын умирает, Илия молится над ним.", "ru"),
    ("When her son dies, Elijah prays over him.", "Quand son fils meurt, Élie prie sur lui.", "fr"),
    ("He was organist of St Jacobi in Hamburg.", "Он был органистом церкви Святого Иакова в Гамбурге.", "ru"),
    ("He was organist of St Jacobi in Hamburg.",
     "Il est organiste de l'église Saint-Jacques de Hambourg.", "fr"),
    ("He followed the soprano Lucia Vestri to London.",
     "Он уехал в Лондон вслед за певицей Лючией Вестри.", "ru"),
    ("The Widow of Zarephath is thought the finest.", "Лучшей считают «Сарептскую вдову».", "ru"),
])
def test_a_traditional_rendering_of_a_name_is_the_same_name(source, target, lang, rule_flags):
    assert "names" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("It was a form that Handel had made fashionable.", "Этот жанр ввёл в моду Бах.", "ru"),
    ("When her son dies, Elijah prays over him.", "Когда её сын умирает, Моисей молится над ним.", "ru"),
    ("He followed the soprano Lucia Vestri to London.",
     "Он уехал в Лондон вслед за певицей Марией Вестри.", "ru"),
])
def test_another_name_in_their_place_still_differs(source, target, lang, rule_flags):
    assert "names" in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    # a guess stated as fact: the drifts of the seen natural sets (blind26 d2-21 fr, blind28 d2-07 ru)
    ("The shop is probably the oldest cycle repairer in Cumbria.",
     "La boutique est le plus ancien réparateur de vélos de Cumbrie.", "fr"),
    ("Over sixty years he built what is probably the finest private collection of early Ceylon stamps.",
     "За шесть десятилетий он собрал лучшую частную коллекцию ранних марок Цейлона.", "ru"),
    # … and a guess the translation adds
    ("It is the finest exhibition of Dutch painting in Britain for a decade.",
     "C'est peut-être la plus belle exposition de peinture hollandaise depuis dix ans.", "fr"),
])
def test_a_plain_probably_on_one_side_only_is_a_flag(source, target, lang, rule_flags):
    assert "reversal" in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    # softer hedges and hearsay, which translators add or leave for tone, stay hints
    ("Thieves know this: claims for stolen mowers doubled last year.",
     "Воры, похоже, это знают: заявлений о кражах стало вдвое больше.", "ru"),
    ("Janet turned the fruit into a preserve.", "Janet, dit-on, transforma ces fruits en confiture.", "fr"),
    ("The shop is probably the oldest cycle repairer in Cumbria.",
     "La boutique est sans doute le plus ancien réparateur de vélos de Cumbrie.", "fr"),
])
def test_a_soft_hedge_or_a_hedge_kept_is_no_flag(source, target, lang, rule_flags):
    assert "reversal" not in rule_flags(source, target, lang)
