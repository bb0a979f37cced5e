"""Numbers, quantities, dates: the same quantity in en/fr/ru/de gets the same key; changes show."""

from __future__ import annotations

import pytest

from alignment.numbers import compare_numbers, extract_numbers


def keys(text: str, lang: str) -> list[tuple[str, float]]:
    return sorted(m.key for m in extract_numbers(text, lang))


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Sloviansk has 120 000 inhabitants.", "en", "Slaviansk compte 120 000 habitants.", "fr"),
        ("Sloviansk has 120,000 inhabitants.", "en", "В Славянске 120 тысяч жителей.", "ru"),
        ("Es hat 120.000 Einwohner.", "de", "Il a 120\u202f000 habitants.", "fr"),
        ("There are 4.5 million inhabitants.", "en", "Il y a 4,5 millions d'habitants.", "fr"),
        ("There are 4.5 million inhabitants.", "en", "Там живут 4,5 миллиона человек.", "ru"),
        ("hundreds of thousands of people", "en", "des centaines de milliers de personnes", "fr"),
        ("hundreds of thousands of people", "en", "сотни тысяч людей", "ru"),
        ("hundreds of thousands of people", "en", "Hunderttausende Menschen", "de"),
        ("On May 17, 2014, he spoke.", "en", "Le 17 mai 2014, il parla.", "fr"),
        ("On May 17, 2014, he spoke.", "en", "17 мая 2014 года он выступил.", "ru"),
        ("Am 18. Mai 1956 erreichten sie den Gipfel.", "de",
         "Le 18 mai 1956 ils atteignirent le sommet.", "fr"),
        ("two thirds of the budget", "en", "deux tiers du budget", "fr"),
        ("two thirds of the budget", "en", "две трети бюджета", "ru"),
        ("the third congress", "en", "le troisième congrès", "fr"),
        ("the third congress", "en", "третий съезд", "ru"),
        ("eighteen months", "en", "dix-huit mois", "fr"),
        ("twenty-seven volunteers", "en", "двадцать семь добровольцев", "ru"),
        ("Kramatorsk has twice as many.", "en", "Kramatorsk en a deux fois plus.", "fr"),
        ("30 per cent", "en", "30 pour cent", "fr"),
        ("Um 20.30 Uhr", "de", "A 20 h. 30", "fr"),
        ("die Achttausender", "de", "les 8000", "fr"),
        ("In 1941, thousands were not warned.", "en", "En 1941, des milliers ne furent pas prévenus.", "fr"),
    ],
)
def test_same_quantity_same_keys(a, la, b, lb):
    assert keys(a, la) == keys(b, lb)
    assert keys(a, la), "something must have been extracted"


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Sloviansk has 120 000 inhabitants.", "en", "Slaviansk compte 12 000 habitants.", "fr"),
        ("hundreds of thousands of people", "en", "des dizaines de milliers de personnes", "fr"),
        ("On May 17, 2014, he spoke.", "en", "17 марта 2014 года он выступил.", "ru"),
        ("for 23 years", "en", "pendant 32 ans", "fr"),
        ("1,2 million", "fr", "1.3 million", "en"),
    ],
)
def test_changed_quantity_is_left_unmatched(a, la, b, lb):
    only_a, only_b = compare_numbers(extract_numbers(a, la), extract_numbers(b, lb))
    assert only_a and only_b


def test_vague_quantity_accepts_a_number_of_its_order_only():
    only_a, only_b = compare_numbers(extract_numbers("hundreds of thousands", "en"),
                                     extract_numbers("500 000", "fr"))
    assert not only_a and not only_b
    only_a, only_b = compare_numbers(extract_numbers("hundreds of thousands", "en"),
                                     extract_numbers("5 000 000", "fr"))
    assert only_a and only_b


def test_language_decides_what_a_lone_separator_means():
    assert keys("1.500", "de") == [("num", 1500.0)]
    assert keys("1.5", "en") == [("num", 1.5)]
    assert keys("8847,60", "fr") == [("num", 8847.6)]


def test_what_is_not_a_number():
    assert keys("see note [12] here", "en") == []  # footnote marker
    assert keys("II nous est parvenu", "fr") == []  # an OCR'd "Il", not a Roman numeral
    assert keys("one of them said a word", "en") == []  # "one"/"a" alone are not numbers
    assert keys("Je ne sais pas.", "fr") == []
    assert keys("You may go.", "en") == []  # the modal verb, not the month
    assert keys("Gasherbrum II", "de") == [("num", 2.0)]


def test_spans_point_at_the_mention():
    text = "Il y a 4,5 millions d'habitants."
    (m,) = extract_numbers(text, "fr")
    assert text[m.start:m.end] == "4,5 millions" and m.label == "4500000"


def test_a_repeated_month_elided_on_one_side_is_not_a_change():
    de = "Erst am Abend des 10. Juli klarte es auf, und am 11. Juli traten sie an."
    fr = "Le soir du 10 juillet le ciel s'éclaircit, et le 11 ils repartent."
    assert compare_numbers(extract_numbers(de, "de"), extract_numbers(fr, "fr")) == ([], [])
    changed = "Le soir du 10 août le ciel s'éclaircit, et le 11 ils repartent."
    only_de, only_fr = compare_numbers(extract_numbers(de, "de"), extract_numbers(changed, "fr"))
    assert {m.key for m in only_de} == {("month", 7.0)} and {m.key for m in only_fr} == {("month", 8.0)}


def test_page_numbers_and_roman_numerals_in_drift():
    from alignment.drift import BeadPair, number_signal

    pages = BeadPair(("Siehe « Die Alpen » 1956, S. 83.",), ("Voir Les Alpes 1956, p. 82.",))
    signal = number_signal(pages, "de", "fr")
    assert signal is not None and signal.strength < 0.5 and "page" in signal.reason
    year = BeadPair(("Siehe « Die Alpen » 1956, S. 83.",), ("Voir Les Alpes 1957, p. 82.",))
    assert number_signal(year, "de", "fr").strength == 1.0
    camp = BeadPair(("zwischen Lager I und Lager II (6700 m)",), ("entre le camp I et le camp II, 6700 m",))
    assert number_signal(camp, "de", "fr") is None
    other = BeadPair(("zwischen Lager I und Lager II (6700 m)",), ("entre le camp I et le camp III, 6700 m",))
    assert number_signal(other, "de", "fr") is not None


def test_a_capitalised_russian_month_word_without_a_number_is_a_name():
    assert keys("говорит Марта Ильина, которая тридцать лет держит пчёл.", "ru") == [("num", 30.0)]
    assert ("month", 3.0) in keys("В марте 2021 г. правительство подписало соглашение.", "ru")


def test_english_and_german_months_are_capitalised_so_a_lowercase_march_is_a_walk():
    assert keys("Workers from Kharkov joined the march.", "en") == []
    assert keys("They may leave early.", "en") == []
    assert ("month", 3.0) in keys("The strike began in March.", "en")
    assert ("month", 5.0) in keys("On 9 May the parade went ahead.", "en")
    assert ("month", 3.0) in keys("Im März 1956 brach die Expedition auf.", "de")


@pytest.mark.parametrize(("text", "value"), [
    ("He kept a diary for thirty-one years.", 31.0),
    ("a few weeks before her eighty-third birthday", 83.0),
    ("thirty-one thousand people", 31000.0),
    ("on the twenty-first", 21.0),
])
def test_english_units_and_ordinals_written_onto_their_tens(text, value):
    # once read in part: "thirty" (30) and "eighty" / "third" (80 / 3)
    assert [m.key[1] for m in extract_numbers(text, "en")] == [value]


def test_thirty_one_against_trente_et_un_is_the_same_number():
    en = extract_numbers("He kept a diary for thirty-one years.", "en")
    fr = extract_numbers("Il tint un journal pendant trente et un ans.", "fr")
    assert compare_numbers(en, fr) == ([], [])


@pytest.mark.parametrize(("en", "fr"), [
    ("The night shift began at 9 p.m. with 26 patients.",
     "La garde de nuit a commencé à 21 h avec 26 patients."),
    ("She called in sick at 8.40 p.m.", "Elle s'est déclarée malade à 20 h 40."),
    ("The bakery opened at 5 am.", "La boulangerie ouvrait à 5 h."),
])
def test_a_twelve_hour_time_is_the_same_as_its_twenty_four_hour_rendering(en, fr):
    assert compare_numbers(extract_numbers(en, "en"), extract_numbers(fr, "fr")) == ([], [])


def test_a_changed_hour_is_still_a_changed_number():
    unmatched, _ = compare_numbers(extract_numbers("at 9 p.m.", "en"), extract_numbers("à 22 h", "fr"))
    assert [m.key for m in unmatched] == [("num", 21.0)]


def test_a_telephone_number_grouped_differently_is_the_same_number() -> None:
    from alignment.drift import BeadPair, number_signal

    same = BeadPair(("Helvetiaplatz 4, 3005 Bern, Telefon 031/433611, Telefax 031/446063.",),
                    ("Helvetiaplatz 4, 3005 Berne, téléphone 031/43 36 11, telefax 031/446063.",))
    assert number_signal(same, "de", "fr") is None
    assert number_signal(BeadPair(("Telefon 039/26 7364",), ("téléphone 039/26 73 64",)), "de", "fr") is None
    changed = BeadPair(("Telefon 031/433611",), ("téléphone 031/43 36 12",))
    assert number_signal(changed, "de", "fr") is not None


def test_german_half_hours_name_the_next_hour() -> None:
    from alignment.drift import BeadPair, number_signal

    pair = BeadPair(("Wir wollen die letzte, um halb fünf fahrende Gondel erreichen!",),
                    ("Nous voulons attraper la dernière benne, à 4 heures et demie !",))
    assert number_signal(pair, "de", "fr") is None
    assert number_signal(BeadPair(("um halb fünf",), ("à 5 heures et demie",)), "de", "fr") is not None


@pytest.mark.parametrize(("russian", "english", "changed"), [
    ("Прошёл больше месяца с тех пор, как мы пришли.", "A month has passed since we arrived.", True),
    ("Прошёл месяц с тех пор, как мы пришли.", "A month has passed since we arrived.", False),
    ("В Славянске почти 120 тысяч жителей.", "Sloviansk has 120 000 inhabitants.", True),
    ("В Славянске около 120 тысяч жителей.", "Sloviansk has about 120 000 inhabitants.", False),
    ("Всего в области — более 4,5 млн человек.", "In the region, there are 4.5 million inhabitants.", True),
    ("Всего в области — более 4,5 млн человек.", "There are more than 4.5 million inhabitants.", False),
])
def test_a_qualified_quantity_is_a_changed_number(russian, english, changed):
    """A bound or "almost" on one side only is reported (a hint for a translation, drift for a quotation:
    see tests/drift/test_bounds.py); an "about" against a plain figure is house style."""
    from alignment.drift import BeadPair, number_signal
    from alignment.signals.numbers import ONE_SIDED_BOUND

    signal = number_signal(BeadPair((russian,), (english,), 0.8), "ru", "en")
    assert (signal is not None and signal.strength >= ONE_SIDED_BOUND) == changed, signal


@pytest.mark.parametrize(("russian", "other", "lang"), [
    ("Выпускали около тридцати листовок.", "On produisait une trentaine de tracts.", "fr"),
    ("Выпускали около тридцати листовок.", "They produced some thirty leaflets.", "en"),
    ("Оружия не получали больше месяца.", "Aucune arme depuis plus d’un mois.", "fr"),
    ("Меньше тысячи откликнулись.", "Moins d’un millier d’hommes ont répondu.", "fr"),
    ("Населения на треть меньше, чем в 1960.", "Un tiers de moins qu’en 1960.", "fr"),
    ("Прошло несколько лет.", "Some years passed.", "en"),
    ("Многим было за сорок.", "Beaucoup avaient plus de quarante ans.", "fr"),
    ("Сотни тысяч рабочих пришли.", "Des centaines de milliers d'ouvriers sont venus.", "fr"),
    ("Десятки тысяч перешли границу.", "Des dizaines de milliers ont franchi la frontière.", "fr"),
    ("За сорок лет всё изменилось.", "In forty years everything changed.", "en"),
])
def test_a_quantity_qualified_alike_on_both_sides_is_no_change(russian, other, lang):
    from alignment.qualifiers import qualifier_changes

    assert qualifier_changes(russian, "ru", other, lang) == []


def test_hundreds_of_thousands_are_vague_alike_in_both_languages():
    from alignment.qualifiers import qualifier_changes

    assert qualifier_changes("уже втянуты сотни тысяч, даже миллионы людей", "ru",
                             "hundreds of thousands, even millions of people", "en") == []



def test_a_qualifier_said_as_a_verb_is_a_qualifier():
    from alignment.qualifiers import qualifier_changes

    assert qualifier_changes("more and more men ‘well over 40’", "en",
                             "de plus en plus d’hommes “ayant largement dépassé les 40 ans”", "fr") == []


def test_an_approximation_dropped_is_a_weak_hint_a_bound_dropped_a_stronger_one() -> None:
    """The bound dropped is the hint a quotation still counts as drift (``alignment.quotes``)."""
    from alignment.drift import BeadPair, number_signal
    from alignment.signals.numbers import ONE_SIDED_BOUND

    about = number_signal(BeadPair(("Um 20 Uhr waren sie bei etwa 7500 m.",),
                                   ("À 20 h, ils étaient à 7500 m.",)), "de", "fr")
    assert about is not None and about.strength < ONE_SIDED_BOUND
    more = number_signal(BeadPair(("The water stood in the town for more than a month.",),
                                  ("L'eau est restée un mois dans la ville.",)), "en", "fr")
    assert more is not None and more.strength == ONE_SIDED_BOUND < 1.0
    assert number_signal(BeadPair(("Erst kurz vor 9 Uhr kamen sie an.",), ("Il était près de 9 heures.",)),
                         "de", "fr") is None


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        ("The meeting lasted just over four hours.", "La réunion a duré un peu plus de quatre heures.", "fr"),
        ("Wages take more than a quarter of it.", "Les salaires en prennent plus du quart.", "fr"),
        ("The frost killed almost a fifth of the vines.", "Le gel a tué près d'un cinquième des ceps.", "fr"),
        ("Tickets are free for visitors over 65.", "Билеты бесплатны для посетителей старше 65 лет.", "ru"),
    ],
)
def test_the_same_qualifier_said_another_way_is_no_change(source: str, target: str, lang: str) -> None:
    from alignment.drift import BeadPair, number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", lang) is None


def test_a_bound_denied_is_an_estimate_not_the_opposite_bound() -> None:
    from alignment.drift import BeadPair, number_signal

    # "nicht weniger als 58" (no fewer than) against "près de 58" (nearly): a nuance, a hint at most
    pair = BeadPair(("Wir liessen nicht weniger als 58 Haken in der Route.",),
                    ("Nous avons laissé près de 58 pitons dans la voie.",))
    signal = number_signal(pair, "de", "fr")
    assert signal is None or signal.strength < 1.0


def test_a_russian_ordinal_in_the_prepositional_case_is_a_number():
    # "в третьем рейсе" (on her third voyage) was read as no number, so "troisième" looked added
    assert [m.label for m in extract_numbers("Траулер «Север» затонул в третьем рейсе.", "ru")] == ["3"]


@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("He had breakfast at 6.30 and was cheerful.", "en", [6.0, 30.0]),  # a time, not 6.3
    ("Il a pris son petit-déjeuner à 6 h 30.", "fr", [6.0, 30.0]),
    ("Повторный тропонин, взятый в 1:00, также в норме.", "ru", [1.0]),  # on the hour: no "00"
    ("The price rose to 3.75 pounds.", "en", [3.75]),
])
def test_a_time_of_day_is_hours_and_minutes(text, lang, numbers):
    assert [m.key[1] for m in extract_numbers(text, lang)] == numbers


@pytest.mark.parametrize(("text", "lang", "years"), [
    ("The 2026/27 season was the club's first in the Premier League.", "en", [2026.0, 2027.0]),
    ("La saison 2026-2027 était la première du club.", "fr", [2026.0, 2027.0]),
    ("in the winter of 1998-99", "en", [1998.0, 1999.0]),
])
def test_a_season_written_short_is_two_years(text, lang, years):
    # "2026/27" against "2026-2027" was a changed number (blind3, fixed after its one run)
    assert [m.key[1] for m in extract_numbers(text, lang)] == years


@pytest.mark.parametrize(("text", "lang"), [
    ("L'endettement net est passé de 47,5 à 39 millions de livres.", "fr"),
    ("За год чистый долг сократился с 47,5 до 39,0 млн фунтов.", "ru"),
])
def test_a_range_writes_its_magnitude_once(text, lang):
    # "from £47.5 million to £39.0 million" said with one "millions" (blind3, after its one run)
    assert [m.key[1] for m in extract_numbers(text, lang)] == [47_500_000.0, 39_000_000.0]


def test_a_range_with_and_shares_its_magnitude_but_a_year_does_not():
    assert [m.key[1] for m in extract_numbers("between 600 and 800 million roubles", "en")] == [6e8, 8e8]
    assert [m.key[1] for m in extract_numbers("in 1990 and 5 million people", "en")] == [1990.0, 5e6]


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        # the hours share the 48's qualifier, four words after "не менее" (blind3, seen)
        ("Bookings should be made at least 48 hours in advance.",
         "Бронировать места следует не менее чем за 48 часов.", "ru"),
        ("Today the distance is covered in under three hours.",
         "Сегодня это расстояние преодолевают меньше чем за три часа.", "ru"),
        # a qualifier written after its number
        ("Entries now come from over 40 countries.", "Заявки приходят из сорока с лишним стран.", "ru"),
        ("She invited forty-odd guests.", "Elle invita quarante et quelques convives.", "fr"),
        ("longer follow-up would show whether the benefit lasts beyond three years",
         "более длительное наблюдение покажет, сохраняется ли эффект дольше трёх лет", "ru"),
        # "presque" qualifies "aussitôt", not the quarter after it (blind, seen)
        ("The state lowered third-class fares by a quarter almost at once.",
         "L'État baissa presque aussitôt d'un quart le tarif de troisième classe.", "fr"),
    ],
)
def test_a_qualifier_said_after_its_number_or_before_its_unit_is_the_same_claim(source, target, lang):
    from alignment.drift import BeadPair, number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", lang) is None


def test_a_qualifier_still_binds_across_articles_and_a_dropped_one_still_counts():
    from alignment.drift import BeadPair, number_signal

    pair = BeadPair(("Wages take more than a quarter of it.",), ("Les salaires en prennent un quart.",))
    assert number_signal(pair, "en", "fr") is not None


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("до своего восемьдесят третьего дня рождения", "ru", 83.0),
    ("двадцать пятого мая", "ru", 25.0),
    ("son quatre-vingt-troisième anniversaire", "fr", 83.0),
])
def test_an_ordinal_after_its_tens_is_one_number(text, lang, value):
    # "eighty-third" against "восемьдесят третьего" read 80 and 3 (blind, seen)
    assert [m.key[1] for m in extract_numbers(text, lang)][0] == value


@pytest.mark.parametrize(("text", "lang", "values"), [
    ("People work two twelve-hour shifts back to back.", "en", [2.0, 12.0]),  # blind6 q35 (seen)
    ("soixante-dix-sept", "fr", [77.0]),
    ("quatre-vingt-onze", "fr", [91.0]),
    ("dix-huit", "fr", [18.0]),
    ("двадцать два", "ru", [22.0]),
])
def test_a_unit_after_a_unit_starts_a_new_number(text, lang, values):
    assert [m.key[1] for m in extract_numbers(text, lang)] == values


@pytest.mark.parametrize(("source", "target", "lang", "same"), [
    ("Play began at 5 p.m. and adjourned at 10.", "On jouait de 17 h à 22 h.", "fr", True),  # blind (seen)
    ("Play began at 5 p.m. and adjourned at 10.", "Игра шла с 17 часов и прерывалась в 22.", "ru", True),
    ("Play began at 5 p.m. and adjourned at 11.", "On jouait de 17 h à 22 h.", "fr", False),
    ("Play began at 5 and adjourned at 10.", "On jouait de 17 h à 22 h.", "fr", False),  # no p.m.: no clock
])
def test_a_twelve_hour_clock_after_noon_is_the_other_sides_twenty_four_hour_clock(source, target, lang, same):
    from alignment.drift import BeadPair, number_signal

    assert (number_signal(BeadPair((source,), (target,)), "en", lang) is None) is same


@pytest.mark.parametrize(("source", "target", "lang", "same"), [
    ("The bridge opened with a moving span of 240 feet.", "Sa travée mobile mesurait 73 mètres.", "fr", True),
    ("a walk of 9 miles", "пешком 14 километров", "ru", True),
    ("The bridge opened with a span of 240 feet.", "Sa travée mobile mesurait 80 mètres.", "fr", False),
])
def test_a_figure_converted_to_another_unit_is_the_same_quantity(source, target, lang, same):
    # blind4 d4-24 (seen): 240 feet rendered «73 mètres»
    from alignment.drift import BeadPair, number_signal

    assert (number_signal(BeadPair((source,), (target,)), "en", lang) is None) is same


@pytest.mark.parametrize(("text", "values"), [
    ("A third speaker complained about potholes.", [3.0]),  # the ordinal (blind4 d1-41, seen)
    ("A third of them complained.", [1 / 3]),
    ("Fares were cut by a third.", [1 / 3]),
])
def test_a_third_before_a_noun_is_the_ordinal_and_before_of_the_fraction(text, values):
    assert [m.key[1] for m in extract_numbers(text, "en")] == pytest.approx(values)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Files with names longer than 255 characters no longer stop the sync.",
     "В Windows файлы с именами длиннее 255 символов больше не прерывают синхронизацию.", "ru"),
    ("It took us the best part of a day.", "Il nous a fallu presque toute la journée.", "fr"),
    ("Some sets made in 2023 were written off less than a year later.",
     "Часть декораций, изготовленных в 2023 году, списана менее чем через год.", "ru"),
])
def test_comparatives_and_dates_are_read_as_the_same_claim(source, target, lang):
    from alignment.drift import BeadPair, number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", lang) is None


def test_a_dash_ends_a_qualifiers_reach():
    from alignment.qualifiers import quantities

    # blind5 (seen): «стало больше — уже третий год» is "rose for the third year running"
    assert all(not q.qualifier for q in quantities("Жалоб тоже стало больше — уже третий год подряд.", "ru"))


@pytest.mark.parametrize(("text", "value"), [
    ("За помощью обратился тридцать один человек.", 31.0),  # blind8 q04 (seen)
    ("тридцать одна тысяча", 31000.0),
    ("сто двадцать один", 121.0),
])
def test_russian_one_after_its_tens_is_part_of_the_number(text, value):
    assert [m.key[1] for m in extract_numbers(text, "ru")] == [value]


@pytest.mark.parametrize(("source", "target", "lang"), [
    # blind8 q27 (seen): an approximate time quoted as an exact one
    ("Примерно в семь сорок утра я почувствовал удар.", "At 7:40 sharp I felt a jolt.", "en"),
    ("Примерно в семь сорок утра я почувствовал удар.", "À 7 h 40 précises, j'ai senti un choc.", "fr"),
    ("Поезд шёл со скоростью около сорока километров в час.", "The train was doing exactly 40 km/h.", "en"),
])
def test_about_against_exactly_is_a_changed_claim(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import qualifier_signal

    found = qualifier_signal(BeadPair((source,), (target,)), "ru", lang)
    assert found is not None and found.strength == 1.0, found


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("В семь сорок утра я почувствовал удар.", "At 7:40 sharp I felt a jolt.", "en"),
    ("Примерно в семь сорок утра я почувствовал удар.", "At 7:40 I felt a jolt.", "en"),
])
def test_exactly_or_about_against_an_unqualified_figure_is_only_a_hint(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import qualifier_signal

    found = qualifier_signal(BeadPair((source,), (target,)), "ru", lang)
    assert found is not None and found.strength < 1.0


def test_the_numbers_of_one_clock_time_share_their_qualifier():
    from alignment.qualifiers import quantities

    said = [(q.words, q.qualifier) for q in quantities("Примерно в семь сорок утра", "ru")]
    assert said == [("семь", "about"), ("сорок", "about")]
    said = [(q.words, q.qualifier) for q in quantities("À 7 h 40 précises", "fr")]
    assert said == [("7", "exact"), ("40", "exact")]


@pytest.mark.parametrize(("source", "target", "lang"), [
    # blind6 (scored once, seen since): "closer to an hour" is "almost an hour", "short of" is "less than"
    ("It takes closer to an hour when the wind is in the west.",
     "Cela prend près d'une heure par vent d'ouest.", "fr"),
    ("That is still short of the seven years offered by some rivals.",
     "Это всё ещё меньше семи лет, которые предлагают некоторые конкуренты.", "ru"),
])
def test_closer_to_and_short_of_are_qualifiers(source, target, lang):
    from alignment.qualifiers import qualifier_changes

    assert qualifier_changes(source, "en", target, lang) == []


@pytest.mark.parametrize(("target", "lang", "same"), [
    # blind6 (seen): forty miles (64 km) rounded to tens by the translator
    ("réunis à une soixantaine de kilomètres de là.", "fr", True),
    ("в зале за шестьдесят с лишним километров отсюда.", "ru", True),
    ("réunis à 50 kilomètres de là.", "fr", False),
    ("réunis à 90 kilomètres de là.", "fr", False),
])
def test_a_conversion_rounded_to_tens_is_the_same_quantity(target, lang, same):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    found = number_signal(BeadPair(("a chamber forty miles away.",), (target,)), "en", lang)
    assert (found is None) is same


def test_short_of_time_is_no_qualifier():
    # blind7 (seen): "If you are short of time, the 115 kilometres …" qualifies nothing
    from alignment.qualifiers import qualifier_changes

    source = "If you are short of time, the 115 kilometres can be walked in five days."
    target = "Si vous êtes pressé, les 115 kilomètres peuvent se faire en cinq jours."
    assert qualifier_changes(source, "en", target, "fr") == []


@pytest.mark.parametrize(("source", "target", "lang"), [
    # seen natural sets: a literal "under"/"over" kept by the translator, a postposed qualifier
    # before its unit, "most of all", an amount before "more"/"fewer", an elided "d'un", a season
    ("Redondela sits at the head of the estuary under two enormous railway viaducts.",
     "Redondela est blottie au fond de la ría, sous deux immenses viaducs ferroviaires.", "fr"),
    ("Redondela sits at the head of the estuary under two enormous railway viaducts.",
     "Редондела лежит в глубине залива под двумя огромными железнодорожными виадуками.", "ru"),
    ("The first exhibition in more than sixty years.", "Первая выставка за шестьдесят с лишним лет.", "ru"),
    ("He preferred the hour when the light has not yet decided.",
     "Ему больше всего нравился час, когда свет ещё не решил.", "ru"),
    ("The cooperative had 143 members, three fewer than a year earlier.",
     "La coopérative comptait 143 adhérents, soit trois de moins qu'un an plus tôt.", "fr"),
    ("We saw 162,400 attendances, 6 per cent more than in 2024/25.",
     "Мы приняли 162 400 обращений — на 6 % больше, чем в 2024/25 году.", "ru"),
    ("More than a third of the new income came from Europe.",
     "Plus d'un tiers de ces nouvelles recettes provient d'Europe.", "fr"),
    ("She won the European under-18 girls' title.",
     "Она выиграла первенство Европы среди девушек до 18 лет.", "ru"),
    ("Temperatures regularly climb above 40°C.", "Le thermomètre dépasse régulièrement les 40 °C.", "fr"),
])
def test_places_differences_and_postposed_qualifiers_are_no_changed_bound(source, target, lang):
    from alignment.qualifiers import qualifier_changes

    assert qualifier_changes(source, "en", target, lang) == []


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("It took under two hours.", "Cela a pris deux heures.", "fr"),
    ("Children under 18 were admitted.", "Les enfants de 18 ans étaient admis.", "fr"),
    ("The first exhibition in sixty years.", "Первая выставка за шестьдесят с лишним лет.", "ru"),
    ("Temperatures climb above 40°C.", "Les températures atteignent 40 °C.", "fr"),
])
def test_a_bound_one_side_only_is_still_a_changed_claim(source, target, lang):
    from alignment.qualifiers import qualifier_changes

    assert qualifier_changes(source, "en", target, lang) != []


def test_the_family_is_not_the_number_seven():
    assert keys("Он рисовал вывески, чтобы прокормить семью.", "ru") == []
    assert keys("Она жила там с семью детьми.", "ru") == [("num", 7.0)]


@pytest.mark.parametrize(("source", "target"), [
    ("The albergue fills up by four in the afternoon.", "L'albergue est complète dès seize heures."),
    ("Lunch is served until three o'clock.", "Le déjeuner est servi jusqu'à 15 heures."),
])
def test_an_afternoon_hour_is_the_twenty_four_hour_clock(source, target):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", "fr") is None
    changed = target.replace("seize", "dix-sept").replace("15", "16")
    assert number_signal(BeadPair((source,), (changed,)), "en", "fr") is not None


def test_russian_pod_before_a_number_is_almost_and_before_a_place_is_near():
    from alignment.qualifiers import qualifier_changes

    target = "Самолётам под пятьдесят лет."
    assert qualifier_changes("The planes are fifty years old.", "en", target, "ru")
    assert not qualifier_changes("The planes are nearly fifty years old.", "en", target, "ru")
    near = ("a village near Brzeg, two miles", "деревня под Бжегом, две мили")
    assert not qualifier_changes(near[0], "en", near[1], "ru")


@pytest.mark.parametrize(("source", "target", "lang"), [
    # blind8 and quote blind11 (scored once, seen since)
    ("The Tillow Brook had the most signs, with 24 positive sites out of 31.",
     "C'est le ruisseau de Tillow qui présentait le plus d'indices, avec 24 sites positifs sur 31.", "fr"),
    ("A violin took him about 250 hours of work, spread over two or three months.",
     "На одну скрипку у него уходило около 250 часов работы, растянутых на два-три месяца.", "ru"),
    ("Outside it was nearly minus forty-five.", "На улице было под сорок пять.", "ru"),
    ("Outside it was nearly minus forty-five.", "Dehors il faisait près de moins 45.", "fr"),
])
def test_superlatives_ranges_and_signs_are_no_bounds(source, target, lang):
    from alignment.qualifiers import qualifier_changes

    assert qualifier_changes(source, "en", target, lang) == []


@pytest.mark.parametrize(("text", "value"), [
    ("более четырёхсот инструментов", 400.0), ("с пятьюстами рублями", 500.0), ("о девятистах метрах", 900.0),
])
def test_russian_hundreds_are_read_in_every_case(text, value):
    assert keys(text, "ru") == [("num", value)]


def test_french_les_plus_de_before_a_number_is_still_more_than():
    from alignment.qualifiers import qualifier_changes

    assert qualifier_changes("in patients over 75", "en", "chez les plus de 75 ans", "fr") == []
    assert qualifier_changes("in patients aged 75", "en", "chez les plus de 75 ans", "fr") != []


@pytest.mark.parametrize(("source", "target", "lang"), [
    # blind9 (scored once, seen since): a day of the month is a date, not a quantity; "within" may
    # go unsaid or be said as a bound; a bound after a negated noun is denied
    ("Entry forms must reach the secretary no later than 30 August.",
     "Les bulletins devront parvenir au secrétaire au plus tard le 30 août.", "fr"),
    ("For more experienced members, Dr Okafor will give a talk on 18 June.",
     "Для более опытных пчеловодов 18 июня доктор Окафор прочтёт лекцию.", "ru"),
    ("Claims must be made within two years.", "Les demandes doivent être faites dans les deux ans.", "fr"),
    ("They were found within two hours.", "Ils ont été retrouvés en moins de deux heures.", "fr"),
    ("A village of fewer than 2,000 people.", "Деревня, где не было и двух тысяч жителей.", "ru"),
])
def test_dates_within_and_not_even_are_no_changed_bound(source, target, lang):
    from alignment.qualifiers import qualifier_changes

    assert qualifier_changes(source, "en", target, lang) == []


def test_within_against_more_than_is_still_a_change():
    from alignment.qualifiers import qualifier_changes

    assert qualifier_changes("They were found within two hours.", "en",
                             "Ils ont été retrouvés après plus de deux heures.", "fr") != []


def test_a_bound_under_a_negated_noun_is_only_a_hint():
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    pair = BeadPair(("An overall score of 6.5, with no component below 6.0.",),
                    ("Une note globale de 6,5, avec un minimum de 6,0 dans chaque épreuve.",))
    found = number_signal(pair, "en", "fr")
    assert found is not None and found.strength < 1.0


def test_russian_hours_of_the_day_read_the_twelve_hour_clock():
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    pair = BeadPair(("On Saturdays the mill closed at 2 pm.",),
                    ("По субботам фабрика закрывалась в два часа дня.",))
    assert number_signal(pair, "en", "ru") is None


def test_pour_cent_is_a_percent_sign_only_after_a_number():
    # quote blind12 (scored once, seen since): «pour cent vingt personnes» is "for 120 people"
    assert keys("un programme pour cent vingt personnes", "fr") == [("num", 120.0)]
    assert keys("une hausse de vingt pour cent", "fr") == [("num", 20.0)]


@pytest.mark.parametrize(("source", "target", "lang"), [
    # blind10 (scored once, seen since): British times with a dot, miles rounded to whole kilometres
    ("Breakfast is served from 7.30 to 10 am.",
     "Le petit-déjeuner est servi de 7 h 30 à 10 heures.", "fr"),
    ("It's now 8.31, and here is the news.", "Сейчас 8:31, и в эфире новости.", "ru"),
    ("Our eggs come from a farm two miles away.",
     "Nos œufs viennent d'une ferme située à trois kilomètres.", "fr"),
    ("The hospital is 19 miles away.", "Больница находится в 30 километрах.", "ru"),
])
def test_dotted_times_and_rounded_conversions_are_the_same_numbers(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", lang) is None


def test_a_decimal_range_is_not_a_time():
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    pair = BeadPair(("The level rose from 7.25 to 9.75 metres.",),
                    ("Le niveau est passé de 7,25 à 9,75 mètres.",))
    assert number_signal(pair, "en", "fr") is None


@pytest.mark.parametrize(("source", "target", "lang"), [
    # blind11 and blind12 (scored once, seen since)
    ("Even so, the cooperative pressed 212 tonnes of fruit.",
     "Тем не менее кооператив переработал 212 тонн плодов.", "ru"),  # «тем не менее» = however
    ("The cooperative made a small surplus of just under £9,000.",
     "La coopérative dégage un léger excédent d'un peu moins de 9 000 £.", "fr"),
    ("The cooperative made a small surplus of just under £9,000.",
     "Кооператив получил небольшой профицит — чуть меньше 9000 фунтов.", "ru"),
    ("It is faulty only if it holds less than 60% of its original capacity.",
     "Он неисправен, только если его ёмкость упадёт ниже 60 % от исходной.", "ru"),
    ("Check the pressure at least once every ten days.",
     "Проверяйте давление не реже одного раза в десять дней.", "ru"),
    ("The word has been recorded in the region since at least the 1700s.",
     "В регионе это слово зафиксировано по меньшей мере с XVIII века.", "ru"),
    ("Over the next three decades she designed some forty typefaces.",
     "За следующие тридцать лет она создала около сорока шрифтов.", "ru"),
])
def test_bounds_centuries_and_decades_said_otherwise_are_the_same_numbers(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", lang) is None


@pytest.mark.parametrize(("source", "target"), [
    ("The word has been recorded since the 1700s.", "Это слово зафиксировано с XVII века."),
    ("She taught there for almost two decades.", "Она преподавала там почти тридцать лет."),
    ("The surplus was just under £9,000.", "Профицит составил больше 9000 фунтов."),
])
def test_a_wrong_century_decade_count_or_bound_still_differs(source, target):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", "ru") is not None


@pytest.mark.parametrize(("source", "target", "lang"), [
    # seen natural sets (blind10, blind12): a comparison with a point in time is no bound on it
    ("The junior section is smaller than last year, with 39 rowers.",
     "La section jeunes compte moins de rameurs que l'an dernier – 39.", "fr"),
    ("That is more than in any year since we opened in 2011.",
     "C'est plus que jamais depuis notre ouverture en 2011.", "fr"),
    # the bound is on the nearer number: "fewer than one in twenty"
    ("Fewer than one in twenty described the cabins as too small.",
     "Moins d'un passager sur vingt a trouvé les cabines trop petites.", "fr"),
])
def test_a_qualifier_bounds_only_the_amount_it_stands_before(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", lang) is None


def test_a_bound_still_reaches_a_unit_across_an_article():
    from alignment.qualifiers import qualifier_changes

    assert qualifier_changes("More than a year has passed.", "en", "Un an s'est écoulé.", "fr") != []
    assert qualifier_changes("They gave more than 1,100 hours.", "en",
                             "Они посвятили этому 1100 часов.", "ru") != []


@pytest.mark.parametrize(("source", "target", "lang"), [
    # blind13 (scored once, seen since)
    ("An 8.30 start asks many of them to learn at night.",
     "Commencer à 8 h 30 revient à apprendre la nuit.", "fr"),
    ("The remaining nine have kept the 9.20 start.", "Les neuf autres ont conservé le début à 9 h 20.", "fr"),
    ("Your nearest branch is about seven miles away.",
     "L'agence la plus proche est à une douzaine de kilomètres.",
     "fr"),
    ("Walk 9: White Horse Hill (7 miles)", "Маршрут № 9: Холм Белой лошади (11 км)", "ru"),
    ("It took him the better part of a year.", "Il y a consacré la majeure partie d'une année.", "fr"),
    ("The study followed 3,412 pupils over two school years.",
     "L'étude a suivi pendant deux années scolaires 3 412 élèves.", "fr"),
    ("Registered in England and Wales, no. 0481276.",
     "Зарегистрирован в Англии и Уэльсе под № 0481276.", "ru"),
])
def test_times_conversions_and_bounds_of_blind13_are_the_same_numbers(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", lang) is None


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("An 8.30 start.", "Начало уроков в 8:40.", "ru"),
    ("Your nearest branch is about seven miles away.",
     "L'agence la plus proche est à une vingtaine de kilomètres.",
     "fr"),
])
def test_another_time_or_a_distance_too_far_still_differs(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", lang) is not None


@pytest.mark.parametrize(("text", "lang", "value"), [
    # quote blind15 (scored once, seen since): «полтора» and «et demi» were not read
    ("на полтора градуса", "ru", 1.5),
    ("de deux degrés et demi", "fr", 2.5),
    ("два с половиной года", "ru", 2.5),
    ("two and a half years", "en", 2.5),
    # an hour is left whole: «trois heures et demie» is as often half past three
    ("à trois heures et demie", "fr", 3.0),
])
def test_halves_are_read(text, lang, value):
    assert keys(text, lang) == [("num", value)]


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("They spent eighteen months in Constantinople.", "Полтора года они прожили в Константинополе.", "ru"),
    ("She can sail silently for up to ninety minutes.", "Судно может бесшумно идти до полутора часов.", "ru"),
    ("The restrictions should be kept for at least two years.",
     "Il faut maintenir les restrictions pendant deux ans au minimum.", "fr"),
    ("These were the smallest year classes in twenty years.",
     "Ce sont les classes d'âge les moins nombreuses depuis 20 ans.", "fr"),
])
def test_months_in_years_minutes_in_hours_and_postposed_bounds_agree(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", lang) is None


def test_months_converted_keep_to_their_tolerance():
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    pair = BeadPair(("They spent eighteen months there.",), ("Они прожили там два года.",))
    assert number_signal(pair, "en", "ru") is not None


def test_most_of_a_unit_is_no_bound_on_it():
    # quote blind10 (seen): «большую часть года» is "most of the year", not "almost a year"
    from alignment.qualifiers import qualifier_changes

    assert qualifier_changes("The plane remains their only link for most of the year.", "en",
                             "Самолёт большую часть года остаётся единственной связью.", "ru") == []


@pytest.mark.parametrize(("source", "target", "lang"), [
    # natural blind14 (scored once, seen since): each a faithful row once flagged
    ("Conditions were gentle, with a south-westerly breeze of 12 to 15 knots.",
     "Погода была мягкой: юго-западный ветер 6–8 м/с.", "ru"),
    ("The front brought gusts of up to 35 knots off the Lizard.",
     "Фронт принёс порывы до 18 м/с у мыса Лизард.", "ru"),
    ("Morwenna, a 40-foot sloop, was first to round Bishop Rock.",
     "«Морвенна», 12-метровый шлюп, первой обогнула маяк Бишоп-Рок.", "ru"),
    ("Children under 1.25 metres tall ride with an adult.",
     "Дети ростом ниже 125 см ездят со взрослыми.", "ru"),
    ("The penguin feed at half past two drew crowds.",
     "Le repas des manchots, à 14 h 30, a attiré la foule.", "fr"),
    ("The penguin feed at half past two drew crowds.", "Кормление пингвинов в 14:30 собирало толпы.", "ru"),
    ("Membership grew by 18%, to just over 9,200 households.",
     "Le nombre de foyers abonnés a progressé de 18 %, pour dépasser légèrement les 9 200.", "fr"),
    ("Membership grew by 18%, to just over 9,200 households.",
     "Число абонементов выросло на 18 % и немного превысило 9200.", "ru"),
    ("A rescue can easily cost more than €5,000.", "Un secours peut facilement dépasser 5 000 €.", "fr"),
    ("Frostbite can develop when the wind chill falls below minus 25 °C.",
     "Par un ressenti inférieur à -25 °C, des gelures peuvent apparaître.", "fr"),
    ("Talk to a doctor if you feel worse after 3 days of fever.",
     "Adressez-vous à un médecin si vous vous sentez moins bien après 3 jours de fièvre.", "fr"),
    ("We deliver free of charge for orders of six bottles or more.",
     "Nous livrons gratuitement pour toute commande d'au moins six bouteilles.", "fr"),
    ("The club now has 430 members, up from fewer than 300 two years ago.",
     "Le club compte aujourd'hui 430 membres, contre moins de 300 il y a deux ans.", "fr"),
    ("Our director describes her first months below.",
     "Наш директор рассказывает ниже о первых месяцах работы.", "ru"),
    ("The feed drew crowds on almost every day of the summer.",
     "Le repas a attiré la foule presque tous les jours de l'été.", "fr"),
])
def test_knots_feet_metres_spoken_times_and_bounds_said_with_a_verb_agree(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", lang) is None


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("a breeze of 12 to 15 knots", "ветер 9–11 м/с", "ru"),
    ("The feed is at half past two.", "Le repas est à 15 h 30.", "fr"),
    ("a 40-foot sloop", "20-метровый шлюп", "ru"),
    ("with twelve players and more spectators than chairs",
     "avec douze joueurs et plus de spectateurs", "fr"),
])
def test_a_wrong_conversion_or_time_is_still_a_changed_number(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    signal = number_signal(BeadPair((source,), (target,)), "en", lang)
    if "spectateurs" in target:  # «et plus de» is no bound on the twelve: no change at all
        assert signal is None
    else:
        assert signal is not None and signal.strength == 1.0


@pytest.mark.parametrize(("source", "target", "lang"), [
    # natural blind15 and blind16 (scored once, seen since): each a faithful row once flagged
    ("Cover it and leave it, ideally at around 75°F, for twelve hours.",
     "Couvrez et laissez reposer douze heures, idéalement vers 24 °C.", "fr"),
    ("A hard frost is a night when the temperature drops to 28°F or below.",
     "Par fortes gelées, j'entends une nuit où la température descend à -2 °C ou moins.", "fr"),
    ("1 cup (about 4½ ounces) bread flour", "130 g de farine de blé de force (environ 1 tasse)", "fr"),
    ("1½ cups lukewarm water", "350 мл тёплой воды", "ru"),
    ("Scrape the dough into a greased 2-pound loaf tin.",
     "Переложите тесто в форму для хлеба весом 900 г.", "ru"),
    ("Plant garlic now, about two inches deep and six inches apart.",
     "Самое время сажать чеснок: на глубину около 5 см, с интервалом 15 см.", "ru"),
    ("Together they now supply around 40,000 litres a day.",
     "Вместе они дают теперь около 40 кубометров в сутки.", "ru"),
    ("Our gross margin improved by 80 basis points to 34.1 %.",
     "Notre marge brute a gagné 0,8 point, à 34,1 %.", "fr"),
    ("Roughly one household in four reported eating only once a day.",
     "Environ 25 % des ménages ont déclaré ne prendre qu'un repas par jour.", "fr"),
    ("The last third of the journey was the hardest.", "Тяжелее всего далась последняя треть пути.", "ru"),
    ("I live on the third floor and there's no lift.", "Я живу на четвёртом этаже, лифта нет.", "ru"),
    ("Both pilots were on the fourth day of a five-day duty period.",
     "Оба пилота находились на четвёртом дне пятидневного цикла дежурств.", "ru"),
    ("Every table was taken by half past seven.",
     "К половине восьмого вечера свободных столиков не осталось.", "ru"),
    ("She landed in a little under nine hours.", "Elle atterrit en un peu moins de neuf heures.", "fr"),
    ("The harvest is expected in June at the earliest.",
     "La récolte est attendue au plus tôt en juin.", "fr"),
    ("Continue distributions until at least the end of June.",
     "Продолжать раздачу как минимум до конца июня.", "ru"),
    ("With a minimum order of five, they are a bargain.", "Par cinq au minimum, c'est une affaire.", "fr"),
    ("Lessons cost three pounds an hour, more than a typist earned in a week.",
     "Час занятий стоил три фунта — больше недельного заработка машинистки.", "ru"),
    ("It's £120 more at full price.", "По полной цене он дороже на 120 фунтов.", "ru"),
    ("The main driver must be at least 23 years old.",
     "Основной водитель должен быть не моложе 23 лет.", "ru"),
])
def test_fahrenheit_ounces_cups_shares_floors_and_compounds_agree(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    signal = number_signal(BeadPair((source,), (target,)), "en", lang)
    # at most a hint: "about" moved from one figure to the other, a lone «Оба» (both)
    assert signal is None or signal.strength < 0.5, signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Leave it at around 75°F.", "Laissez-le vers 30 °C.", "fr"),
    ("Roughly one household in four ate once a day.",
     "Environ 40 % des ménages mangeaient une fois par jour.", "fr"),
    ("I live on the third floor.", "Я живу на шестом этаже.", "ru"),
    ("Every table was taken by half past seven.", "К половине девятого столиков не осталось.", "ru"),
    ("The five days were hard.", "Пятидневный цикл был тяжёлым.", "ru"),
])
def test_a_wrong_conversion_share_floor_or_time_still_differs(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    assert number_signal(BeadPair((source,), (target,)), "en", lang) is not None


@pytest.mark.parametrize(("source", "target", "changed"), [
    # «на» after a comparative says by how much; after a bound or 'almost' the bound stands
    ("It's £120 more at full price.", "По полной цене он дороже на 120 фунтов.", False),
    ("The works were postponed by at least a year.", "Работы отложены на год.", True),
    ("The works were postponed by at least a year.", "Работы отложены как минимум на год.", False),
    ("The starter outlived her by almost twenty years.", "Закваска пережила её на двадцать лет.", True),
    ("The starter outlived her by almost twenty years.",
     "Закваска пережила её почти на двадцать лет.", False),
])
def test_na_after_a_comparative_is_a_difference_but_a_bound_before_it_stands(source, target, changed):
    from alignment.qualifiers import qualifier_changes

    assert bool(qualifier_changes(source, "en", target, "ru")) is changed


@pytest.mark.parametrize(("source", "target", "lang"), [
    # natural blind17 and blind18 (scored once, seen since): each a faithful row once flagged
    ("It leans by our estimate some 60 millimetres over its height.",
     "Она наклонена — по нашей оценке, сантиметров на шесть по всей высоте.", "ru"),
    ("The fine is payable within 28 days of this decision.",
     "Штраф нужно уплатить в течение четырёх недель.", "ru"),
    ("Grants are available for projects lasting between 24 and 36 months.",
     "Гранты предоставляются на проекты продолжительностью от двух до трёх лет.", "ru"),
    ("The racers can reach 25 miles an hour on downhill sections.",
     "Les athlètes peuvent atteindre 40 km/h dans les descentes.", "fr"),
    ("Every worker drinks a cup of water (about 8 ounces).",
     "Каждый работник выпивает стакан воды (примерно 250 мл).", "ru"),
    ("Aid stations are located roughly every two miles, starting at mile 2.",
     "Des ravitaillements sont installés environ tous les trois kilomètres, à partir du mile 2.", "fr"),
    ("Level 2 is declared when the forecast high reaches 110 °F.",
     "Le niveau 2 est déclenché lorsque les maximales prévues atteignent 110 °F (43 °C).", "fr"),
    ("The buffet opens at half past seven, the band starts at eight, and the last bus leaves at a quarter "
     "past eleven.",
     "Le buffet ouvrira à 19 h 30, l'orchestre commencera à 20 h, et le dernier bus partira à 23 h 15.",
     "fr"),
    ("The buffet opens at half past seven, the band starts at eight.",
     "Фуршет откроется в половине восьмого, группа начнёт играть в восемь.", "ru"),
    ("The charge is proved at the higher of the two levels.",
     "Обвинение доказано по более высокому из двух уровней.", "ru"),
    ("The charge is proved at the higher of the two levels.",
     "La conduite est établie au plus élevé des deux niveaux.", "fr"),
    ("He has a clean record over seven seasons in the League.",
     "Son dossier est vierge en sept saisons dans la Ligue.", "fr"),
    ("The loft has well below the 270 millimetres now recommended.",
     "На чердаке гораздо меньше рекомендуемых сейчас 270 миллиметров.", "ru"),
])
def test_millimetres_weeks_miles_an_hour_glossed_conversions_and_clock_times_agree(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    signal = number_signal(BeadPair((source,), (target,)), "en", lang)
    assert signal is None or signal.strength < 0.5, signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("The fine is payable within 28 days.", "Штраф нужно уплатить в течение двух недель.", "ru"),
    ("The high reaches 110 °F.", "Les maximales atteignent 110 °F (60 °C).", "fr"),
    ("The buffet opens at half past seven, the band starts at eight.",
     "Фуршет откроется в половине девятого, группа начнёт играть в восемь.", "ru"),
])
def test_a_wrong_conversion_or_clock_time_still_differs(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    signal = number_signal(BeadPair((source,), (target,)), "en", lang)
    assert signal is not None and signal.strength > 0.5, signal


@pytest.mark.parametrize(("source", "target", "changed"), [
    # quote blind18 (scored once, seen since): a range whose end carries the magnitude; 'by a third'
    ("Гражданам грозит штраф от двух до пяти тысяч рублей.", "A fine of 2,000 to 5,000 roubles.", False),
    ("Гражданам грозит штраф от двух до пяти тысяч рублей.", "A fine of 3,000 to 5,000 roubles.", True),
    ("Выручка за неделю упала почти на треть.", "Takings fell by almost a third over the week.", False),
])
def test_a_range_shares_its_magnitude_and_by_a_third_is_a_fraction(source, target, changed):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    signal = number_signal(BeadPair((source,), (target,)), "ru", "en")
    assert (signal is not None and signal.strength == 1.0) is changed, signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    # natural blind19 and blind20 (scored once, seen since)
    ("Vehicles must not exceed 5 mph.", "Les véhicules ne doivent pas dépasser 8 km/h.", "fr"),
    ("No fee is charged for a child under the age of eighteen.",
     "За захоронение ребёнка младше восемнадцати лет плата не взимается.", "ru"),
    ("Roughly one in three requests failed.", "Environ un tiers des requêtes ont échoué.", "fr"),
    ("We expect to be back at around 3.30 pm. We will text you if we are delayed by more than half an hour.",
     "Мы рассчитываем вернуться примерно в половине четвёртого. Если задержимся больше чем на полчаса, "
     "пришлём СМС.", "ru"),
    ("We will post a few photos every evening, usually after 8 pm.",
     "Каждый вечер, обычно после восьми, мы будем выкладывать несколько фотографий.", "ru"),
    ("Dennis Marlow died on 2 September at the age of 87.",
     "2 сентября на 88-м году жизни скончался Деннис Марлоу.", "ru"),
    ("This year's Year 6 residential trip will take place in June.",
     "Le séjour des CM2 aura lieu cette année en juin.", "fr"),
])
def test_mph_ages_shares_clock_times_years_of_life_and_school_years_agree(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    signal = number_signal(BeadPair((source,), (target,)), "en", lang)
    assert signal is None or signal.strength < 0.5, signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Vehicles must not exceed 5 mph.", "Les véhicules ne doivent pas dépasser 20 km/h.", "fr"),
    ("No fee is charged for a child aged eighteen.", "Плата не взимается за ребёнка младше восемнадцати лет.",
     "ru"),
    ("Roughly one in three requests failed.", "Environ un quart des requêtes ont échoué.", "fr"),
    ("Dennis Marlow died at the age of 87.", "Деннис Марлоу скончался на 87-м году жизни.", "ru"),
    ("This year's Year 6 residential trip will take place in June.",
     "Le séjour des CM1 aura lieu cette année en juin.", "fr"),
])
def test_a_wrong_speed_age_share_year_of_life_or_school_year_still_differs(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    signal = number_signal(BeadPair((source,), (target,)), "en", lang)
    assert signal is not None and signal.strength > 0.5, signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    # natural blind21 and blind22 (scored once, seen since)
    ("A shower uses roughly a third of the water of a bath.", "Une douche consomme environ trois fois moins "
     "d'eau qu'un bain.", "fr"),
    ("A shower uses roughly a third of the water of a bath.", "На душ уходит примерно втрое меньше воды, чем "
     "на ванну.", "ru"),
    ("I lost two stone on my first trip.", "J'ai perdu près de treize kilos lors de mon premier voyage.",
     "fr"),
    ("She will call you back within two days.", "Elle vous rappellera sous quarante-huit heures.", "fr"),
    ("Then in the spring of 1974 a mate of mine called.", "А весной семьдесят четвёртого позвонил приятель.",
     "ru"),
    ("Appliances on standby can add £50 or more to a yearly bill.",
     "Les appareils en veille peuvent ajouter 50 £, voire davantage, à la facture annuelle.", "fr"),
    ("Telephone bidding is available only for lots estimated at £500 or more.",
     "Les enchères par téléphone ne sont possibles que pour les lots estimés à 500 £ ou plus.", "fr"),
    ("No hard toys for at least three weeks.", "Минимум три недели — никаких твёрдых игрушек.", "ru"),
    ("It should be reviewed at least every two years.", "Её следует пересматривать не реже одного раза в два "
     "года.", "ru"),
    ("It should be reviewed at least every two years.", "Il devra être révisé au moins tous les deux ans.",
     "fr"),
    ("Most are back to full activity within four to six months.",
     "Большинство возвращается к полноценной активности за четыре–шесть месяцев.", "ru"),
    ("Keep the living room at 21°C or above.", "Поддерживайте в гостиной температуру не ниже 21 °C.", "ru"),
])
def test_divisions_stone_short_years_and_postposed_bounds_agree(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    signal = number_signal(BeadPair((source,), (target,)), "en", lang)
    assert signal is None or signal.strength < 0.5, signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("A shower uses roughly a quarter of the water of a bath.",
     "Une douche consomme environ trois fois moins d'eau qu'un bain.", "fr"),
    ("Then in the spring of 1984 a mate of mine called.",
     "А весной семьдесят четвёртого позвонил приятель.", "ru"),
    ("Keep the living room at 21°C or above.", "Maintenez le séjour à 21 °C au plus.", "fr"),
    ("Telephone bidding is available only for lots estimated at £500.",
     "Les enchères par téléphone ne sont possibles que pour les lots estimés à 500 £ ou plus.", "fr"),
])
def test_a_wrong_division_year_or_bound_still_differs(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    signal = number_signal(BeadPair((source,), (target,)), "en", lang)
    assert signal is not None and signal.strength > 0.5, signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    # natural blind23/blind24 (seen): each was a false alarm at 46a2d1e
    ("He farms about 1,200 acres here with his wife.", "Он хозяйствует здесь примерно на 485 гектарах.",
     "ru"),
    ("By five o'clock there was nearly two feet of water inside the shop.",
     "À 17 heures, il y avait près de 60 centimètres d'eau dans la boutique.", "fr"),
    ("Glass, cans and plastic: every two weeks, in your green box.",
     "Verre, canettes et plastiques : tous les quinze jours, dans votre caisse verte.", "fr"),
    ("The sun rises a little before ten and has gone again by a quarter past three.",
     "Le soleil se lève un peu avant dix heures et disparaît dès quinze heures quinze.", "fr"),
    ("The sun rises a little before ten and has gone again by a quarter past three.",
     "Солнце встаёт незадолго до десяти и заходит уже в четверть четвёртого.", "ru"),
    ("In 2025 we brewed 4,180 hectolitres of beer, about 11 per cent more than the year before.",
     "В 2025 году мы сварили 4180 гектолитров пива — примерно на 11 % больше, чем годом ранее.", "ru"),
])
def test_acres_feet_in_centimetres_a_french_fortnight_clock_times_in_words_and_comparisons_agree(
        source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal, qualifier_signal

    pair = BeadPair((source,), (target,))
    for check in (number_signal, qualifier_signal):
        signal = check(pair, "en", lang)
        assert signal is None or signal.strength < 0.5, signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("He farms about 1,200 acres here.", "Он хозяйствует здесь примерно на 850 гектарах.", "ru"),
    ("There was nearly two feet of water inside the shop.", "Il y avait près de 90 centimètres d'eau.", "fr"),
    ("Glass and cans: every two weeks.", "Verre et canettes : tous les huit jours.", "fr"),
    ("The sun has gone by a quarter past three.", "Le soleil disparaît dès seize heures quinze.", "fr"),
])
def test_a_wrong_area_depth_interval_or_time_still_differs(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal

    signal = number_signal(BeadPair((source,), (target,)), "en", lang)
    assert signal is not None and signal.strength > 0.5, signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    # natural blind25/blind26 (seen): each was a false alarm at fa154a2
    ("Fitting them took a crew of two just over three months.",
     "Leur pose a occupé une équipe de deux agents pendant un peu plus de trois mois.", "fr"),
    ("Where a club is closed for more than ten consecutive days, we will reduce your fee.",
     "Si un club reste fermé plus de dix jours d'affilée, votre mensualité sera réduite.", "fr"),
    ("The water stood 30 centimetres higher than a year earlier.",
     "L'eau était 30 centimètres plus haute qu'un an auparavant.", "fr"),
    ("You must be at least 16 years old to join.", "L'adhésion est réservée aux personnes de 16 ans révolus.",
     "fr"),
    ("Memberships have a minimum term of three months.", "Абонементы оформляются минимум на три месяца.",
     "ru"),
    ("The car was behind the ambulance, so there were two of us at least.",
     "La voiture suivait l'ambulance ; au moins, nous étions deux.", "fr"),
    ("For five hundred years it hung in the house it was made for.",
     "Pendant cinq siècles, elle est restée accrochée dans la demeure.", "fr"),
    ("We did the last two miles with me sitting on the mudguard.",
     "On a fait les trois derniers kilomètres, moi assise sur le garde-boue.", "fr"),
])
def test_bounds_after_a_count_clause_adverbs_references_centuries_and_rounded_miles_agree(source, target,
                                                                                        lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal, qualifier_signal

    pair = BeadPair((source,), (target,))
    for check in (number_signal, qualifier_signal):
        signal = check(pair, "en", lang)
        assert signal is None or signal.strength < 0.5, signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Fitting them took a crew of two three months.",
     "Leur pose a occupé une équipe de deux agents pendant un peu plus de trois mois.", "fr"),
    ("You must be 16 years old to join.", "L'adhésion est réservée aux personnes de plus de 16 ans.",
     "fr"),
    ("There were two of us.", "Nous étions au moins deux.", "fr"),
    ("For five hundred years it hung in the house.", "Pendant quatre siècles, elle est restée accrochée.",
     "fr"),
])
def test_a_bound_added_or_a_wrong_century_beside_them_still_differs(source, target, lang):
    from alignment.drift import BeadPair
    from alignment.signals.numbers import number_signal, qualifier_signal

    pair = BeadPair((source,), (target,))
    found = [found for check in (number_signal, qualifier_signal)
             if (found := check(pair, "en", lang)) is not None]
    assert any(s.strength > 0.5 for s in found), found
