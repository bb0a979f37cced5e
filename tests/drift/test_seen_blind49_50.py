"""False alarms of the natural sets blind49 and blind50 and failures of quote set blind34 (scored once at
a8a9c22, seen since): what a professional translation writes differently, and the real slips of the same
shape that still differ.

Each drift case is read by the rule signals alone (no encoder): the flag or its absence is theirs.
"""

from __future__ import annotations

import pytest

from alignment.claims import claim_contrast
from alignment.drift import BeadPair, detect_drift
from alignment.numbers import extract_numbers
from alignment.quotes import hedge_signal


def _flags(source: str, target: str, lang: str) -> list[str]:
    bead = detect_drift([BeadPair((source,), (target,))], "en", lang, encoder=None).beads[0]
    return [s.kind for s in bead.signals]


@pytest.mark.parametrize(("text", "lang", "value"), [
    # a number and its half next to an hour word is left whole in every case of the hour word, as
    # «trois heures et demie» may be half past three
    ("Eight and a half hours east of Moscow, our writer spends a week.", "en", 8.0),
    ("В восьми с половиной часах лёта к востоку от Москвы.", "ru", 8.0),
    # an ordinal after the hundreds ends the number
    ("2025 год стал для клуба сто двадцатым сезоном.", "ru", 120.0),
    ("C'était la cent vingtième saison du club.", "fr", 120.0),
])
def test_a_number_read_whole(text, lang, value):
    keys = [m.key for m in extract_numbers(text, lang)]
    smaller = [k for k in keys if k[0] == "num" and 0 < k[1] < value]
    assert ("num", value) in keys and not smaller


def test_an_hour_of_a_half_past_french_time_is_still_left_whole():
    # «trois heures et demie» is as often half past three as a duration
    assert [m.key for m in extract_numbers("Il est arrivé à trois heures et demie.", "fr")] == [("num", 3.0)]


@pytest.mark.parametrize(("source", "target", "lang"), [
    # an "am" after the second time of a range tells the first too
    ("The course runs on Saturday mornings, between 9.30 and 11.30 am.",
     "Le stage a lieu le samedi matin, de 9 h 30 à 11 h 30.", "fr"),
    # «оба» (both) is no number
    ("38 courses, of which only two were cancelled, both because of snow in February;",
     "38 курсов, из которых отменить пришлось всего два, оба из-за февральского снега;", "ru"),
    # feet and inches kept on both sides
    ("Skippers of boats wider than 6 ft 10 in (2.08 m) should contact us.",
     "Если ширина вашего судна больше 6 футов 10 дюймов (2,08 м), свяжитесь с нами.", "ru"),
    ("2025 was the club's 120th season, and by almost any measure one of its best.",
     "2025 год стал для клуба сто двадцатым сезоном и почти по всем показателям одним из лучших.", "ru"),
    # 'plus de la moitié' is more than half, not the elliptical 'no more'
    ("For the first time, more than half of our students were under forty.",
     "Pour la première fois, plus de la moitié de nos stagiaires avaient moins de quarante ans.", "fr"),
    # «nul besoin» says the 'not' in a word
    ("You do not have to be particularly fit or strong.",
     "Nul besoin d'une condition physique ou d'une force particulières.", "fr"),
    # «plus tard» says when, not 'more'
    ("We had it under tarpaulins by nightfall and rebuilt in less than a fortnight.",
     "À la tombée de la nuit, il était bâché, et moins de quinze jours plus tard, le faîtage était refait.",
     "fr"),
    # negations said in a word or by an opposite
    ("The lathe, however, is staying with him.", "Le tour, en revanche, ne le quittera pas.", "fr"),
    ("Lock 3, 4–15 January: no navigation between Wainstones Junction and Cressford Basin.",
     "Écluse n° 3, du 4 au 15 janvier : navigation interrompue entre Wainstones Junction et le bassin de "
     "Cressford.", "fr"),
    ("One cup of tea spilt on a finished book, which we will not talk about.",
     "Одна чашка чая, пролитая на готовую книгу, — об этом мы умолчим.", "ru"),
    ("Ulcinj feels different from the rest of the coast.", "Улцинь не похож на остальное побережье.", "ru"),
    # «ne … guère … que» says 'hardly anything but': an 'only'
    ("That afternoon we saw mainly cloud.",
     "Cet après-midi-là, nous n'avons pourtant guère vu que des nuages.", "fr"),
    # money as it is spoken (blind50 d2-11; blind47 d2-19)
    ("In 1981 Norfolk reed cost us about £1.15 a bundle delivered.",
     "В 1981 году норфолкский тростник обходился нам примерно в фунт пятнадцать пенсов за сноп.", "ru"),
    ("A cup of tea costs £2.60 and a scone £1.85.", "Чашка чая стоит два шестьдесят, а булочка — фунт "
     "восемьдесят пять.", "ru"),
    # a magnitude said once for two figures (quote blind34 q18)
    ("So a stadium built for fifteen and a half thousand spectators will take only nine and a half "
     "thousand?", "То есть стадион, рассчитанный на пятнадцать с половиной тысяч зрителей, примет всего "
     "девять с половиной?", "ru"),
])
def test_the_same_figures_and_claims_written_another_way_are_not_flagged(source, target, lang):
    assert _flags(source, target, lang) == []


@pytest.mark.parametrize(("source", "target", "lang", "kind"), [
    ("The course runs on Saturday mornings, between 9.30 and 11.30 am.",
     "Le stage a lieu le samedi matin, de 10 h 30 à 11 h 30.", "fr", "numbers"),
    ("2025 was the club's 120th season.", "2025 год стал для клуба сто тридцатым сезоном.", "ru", "numbers"),
    ("Eight and a half hours east of Moscow.", "В шести с половиной часах лёта к востоку от Москвы.", "ru",
     "numbers"),
    ("So a stadium built for fifteen and a half thousand spectators will take only nine and a half "
     "thousand?", "То есть стадион, рассчитанный на пятнадцать с половиной тысяч зрителей, примет всего "
     "восемь с половиной?", "ru", "numbers"),
    ("A cup of tea costs £2.60.", "Чашка чая стоит три шестьдесят.", "ru", "numbers"),
    ("Norfolk reed cost us about £1.15 a bundle.", "Тростник обходился нам примерно в фунт двадцать пенсов "
     "за сноп.", "ru", "numbers"),
    ("The lathe, however, is leaving with him.", "Le tour, en revanche, ne le quittera pas.", "fr",
     "reversal"),
    ("That afternoon we saw plenty of cloud.", "Cet après-midi-là, nous n'avons pas vu de nuages.", "fr",
     "reversal"),
    ("Skippers of boats wider than 6 ft 10 in should contact us.",
     "Если ширина вашего судна больше 6 футов 4 дюймов, свяжитесь с нами.", "ru", "numbers"),
])
def test_the_slip_of_the_same_shape_is_still_flagged(source, target, lang, kind):
    assert kind in _flags(source, target, lang)


@pytest.mark.parametrize(("passage", "quotation", "lang"), [
    # q25: «исключить … нельзя» (cannot be ruled out) became "can be ruled out"
    ("Признаков аварийного состояния не выявлено, однако без инструментального обследования исключить "
     "дальнейшее развитие трещин нельзя.",
     "No signs of an emergency condition were found, but without an instrumental survey further growth of "
     "the cracks can be ruled out.", "en"),
])
def test_cannot_be_ruled_out_dropped_is_a_dropped_hedge(passage, quotation, lang):
    found = hedge_signal(BeadPair((passage,), (quotation,)), "ru", lang)
    assert found is not None and "hedges" in found.reason


@pytest.mark.parametrize(("passage", "quotation", "lang"), [
    ("Однако без обследования исключить дальнейшее развитие трещин нельзя.",
     "But without a survey further growth of the cracks cannot be ruled out.", "en"),
    ("Однако без обследования исключить дальнейшее развитие трещин нельзя.",
     "Mais sans expertise, on ne peut exclure une aggravation des fissures.", "fr"),
    # q03 (faithful): «Скорее всего» kept as «selon toute vraisemblance»
    ("Скорее всего, трещины появились при заморозках.",
     "Selon toute vraisemblance, les fissures sont apparues lors des gelées.", "fr"),
])
def test_a_hedge_kept_in_other_words_is_no_change(passage, quotation, lang):
    assert hedge_signal(BeadPair((passage,), (quotation,)), "ru", lang) is None


def test_many_against_most_is_a_changed_quantifier():
    # q28: «Многие члены» (many members) became "most of our members"
    found = claim_contrast("Многие члены клуба купили абонементы.", "ru",
                           "Most of our members bought season tickets.", "en")
    assert found is not None and "quantifier" in found.reason
    assert claim_contrast("Многие члены клуба купили абонементы.", "ru",
                          "Many of our members bought season tickets.", "en") is None

