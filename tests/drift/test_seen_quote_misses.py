"""Planted drifts of the seen quote sets blind5–blind33 that the verdicts called faithful: a surname one
consonant off in its romanisation, an item added to a list whose last item runs on, "all" against "most"
where both sides also say "every" of something else, a claim that a negation check read first, "may have
happened" against "happened", a finding said to "appear", and a condition or limit left out. Each case is
read by the rule signals alone (no encoder) unless it says otherwise; the faithful renderings of the same
shape stay faithful.
"""

from __future__ import annotations

import pytest

from alignment.claims import claim_contrast
from alignment.drift import BeadDrift, BeadPair
from alignment.lists import list_items
from alignment.names import names_match
from alignment.quotes import _quote_signals, hedge_signal, possibility_signal


@pytest.mark.parametrize(("russian", "latin"), [
    ("Рябинин", "Ryabikin"),  # blind25 q24
    ("Корольков", "Korolyov"),  # blind32 q24
    ("Сафонова", "Safronova"),  # blind33 q24
    ("Горелов", "Gorelkin"),  # blind12 q24: the stem without -ов is no prefix of another name
    ("Островская", "Orlovskaya"),  # blind16 q24
    ("Воротынцева", "Vorontsova"),  # blind22 q24
])
def test_a_russian_surname_romanised_with_another_consonant_is_someone_else(russian, latin):
    assert not names_match(russian, latin)


@pytest.mark.parametrize(("russian", "latin"), [
    ("Рябинин", "Riabinine"), ("Корольков", "Korolkov"), ("Стрелкова", "Strelkov"), ("Гиркин", "Guirkine"),
    ("Островская", "Ostrovskaïa"), ("Воротынцевой", "Vorotyntseva"), ("Соловьёв", "Solovyov"),
    ("Щербаков", "Chtcherbakov"), ("Достоевский", "Dostoïevski"),
    # names of other languages spelt in Cyrillic by their own sounds stay loose (natural sets, faithful)
    ("Вежбицкому", "Wierzbicki"), ("Щепаньский", "Szczepański"), ("Катажина", "Katarzyna"),
    ("Ахтербергов", "Achterbergs"), ("Остин", "Austin"), ("Данидин", "Dunedin"),
])
def test_the_same_surname_in_any_romanisation_still_matches(russian, latin):
    assert names_match(russian, latin)


def test_a_list_whose_last_item_runs_into_the_rest_of_the_sentence_still_counts_its_items():
    # blind27 q30: «осмотра, поения и кормления животных необходимо делать …» is a list of three
    text = "Остановки для осмотра, поения и кормления животных необходимо делать не реже чем каждые три часа."
    items = [text[a:b] for a, b in list_items(text, "ru")]
    assert items == ["Остановки для осмотра", "поения", "кормления животных"]
    text = "Stops to examine, water, feed and walk the animals must be made at least every three hours."
    assert [text[a:b] for a, b in list_items(text, "en")][-1] == "walk the"


def test_the_comma_inside_a_figure_parts_no_list_items():
    # blind14 q19 (faithful): "1,400" is one figure, so this sentence lists nothing
    text = "She said that about 1,400 people live in Kamenka, and 312 of them hold library cards."
    assert list_items(text, "en") == []


def test_a_clause_after_the_conjunction_is_no_list_item():
    # blind27 q09 (faithful): «и она, по словам знакомых, …» goes on with a clause
    text = "Таре, между прочим, уже за пятьдесят, и она, по словам знакомых, еле ходит."
    assert list_items(text, "ru") == []


@pytest.mark.parametrize(("source", "quote", "lang"), [
    # blind32 q28: "every quarter" on both sides; "every shift" became "most shifts"
    ("Теперь в каждой смене будет не меньше восьми спасателей, а учения мы будем проводить каждый квартал.",
     "From now on, most shifts will have at least eight rescuers, and we'll hold drills every "
     "quarter.", "en"),
    ("Теперь в каждой смене будет не меньше восьми спасателей, а учения мы будем проводить каждый квартал.",
     "Désormais, la plupart des équipes compteront au moins huit sauveteurs, et nous ferons des "
     "exercices tous les trimestres.", "fr"),
    # blind27 q28: «почти во всех» (in almost all) became "in all"
    ("Вакцинация проведена почти во всех хозяйствах района.", "Vaccination has been carried out in all the "
     "district's farms.", "en"),
    # blind18 q28: «в основном» (mostly) became "all"
    ("Жалобы в основном касались очередей.", "All the complaints concerned the queues.", "en"),
    # blind17 q28: «в полном объёме» (in full) became "some of"
    ("Льготы сохраняются в полном объёме.", "Some of the benefits are kept.", "en"),
    # blind27 q33: «каждое воскресенье» became «presque tous les dimanches»
    ("Мы приходим каждое воскресенье.", "Nous venons presque tous les dimanches.", "fr"),
    # blind19 q28: «большинство» (most) became "almost all"
    ("Лесники напоминают, что большинство лесных пожаров в области возникает по вине людей.",
     "Foresters point out that almost all forest fires in the region are caused by people.", "en"),
    # blind16 q33: «в остальных муниципальных образованиях» became "in most of the other municipalities"
    ("В остальных муниципальных образованиях занятия продолжатся.", "Classes will go on in most of the other "
     "municipalities.", "en"),
])
def test_all_against_most_is_a_changed_quantifier(source, quote, lang):
    found = claim_contrast(source, "ru", quote, lang)
    assert found is not None and "quantifier" in found.reason


@pytest.mark.parametrize(("source", "quote", "lang"), [
    ("Теперь в каждой смене будет не меньше восьми спасателей, а учения мы будем проводить каждый квартал.",
     "From now on, every shift will have at least eight rescuers, and we'll hold drills every "
     "quarter.", "en"),
    ("Вакцинация проведена почти во всех хозяйствах района.", "Vaccination has been carried out in almost "
     "all the district's farms.", "en"),
    ("Жалобы в основном касались очередей.", "Most complaints concerned the queues.", "en"),
    # blind25 q08 (faithful): «едва ли не каждый второй» is "nearly every other"
    ("Под сокращение попадают почти сорок музыкантов, то есть едва ли не каждый второй в филармонии.",
     "Almost forty musicians are being made redundant, which means nearly every other player in the "
     "philharmonic.", "en"),
    ("Почти все пожары возникают по вине людей.", "Presque tous les incendies sont d'origine humaine.", "fr"),
])
def test_the_same_quantifier_said_on_both_sides_is_no_change(source, quote, lang):
    assert claim_contrast(source, "ru", quote, lang) is None


def test_a_claim_of_another_strength_counts_even_where_a_negation_check_read_the_pair_first():
    # blind16 q27: «если … не заменить …, город может остаться без воды» (may be left) became "unless …
    # replaced, the town will be left": the "не" of the condition kept the claims check from reading it
    source = ("По его словам, если в ближайшие два года не заменить хотя бы основные насосы, летом "
    "город может "
              "остаться без воды на несколько суток.")
    quote = ("According to him, unless at least the main pumps are replaced within the next two "
    "years, the town "
             "will be left without water for several days in summer.")
    bead = BeadDrift(0, 0.1, [], {}, [])
    kept = _quote_signals(bead, BeadPair((source,), (quote,)), "ru", "en")
    assert [s.kind for s in kept] == ["reversal"] and "“will”" in kept[0].reason
    faithful = quote.replace("will be left", "may be left")
    assert _quote_signals(bead, BeadPair((source,), (faithful,)), "ru", "en") == []


@pytest.mark.parametrize(("source", "quote", "lang"), [
    # blind11 q27: «мог быть утерян» (may have been lost) became "was lost"
    ("Роман Векшин пояснил, что журнал замеров вёлся на бумаге и мог быть утерян при переезде диспетчерской "
     "службы.", "Roman Vekshin explained that the measurement log had been kept on paper and was "
     "lost when the "
     "control room moved.", "en"),
    # blind29 q27: «могло усилить» (may have worsened) became «a aggravé»
    ("По мнению совета, резкое высыхание могло усилить растрескивание красочного слоя на нескольких иконах.",
     "Selon le conseil, le séchage brutal a aggravé les craquelures de la couche picturale sur plusieurs "
     "icônes.", "fr"),
    # blind24 q26: «оплачены» (were paid) became "may have been paid"
    ("Палата установила, что работы на сумму 1,7 миллиарда рублей оплачены без документов.",
     "The chamber found that work worth 1.7 billion roubles may have been paid for without documents.", "en"),
])
def test_may_have_happened_against_happened_is_a_changed_claim(source, quote, lang):
    found = possibility_signal(BeadPair((source,), (quote,)), "ru", lang)
    assert found is not None and found.kind == "reversal" and "may have happened" in found.reason


@pytest.mark.parametrize(("source", "quote", "lang"), [
    ("Журнал мог быть утерян при переезде.", "The log could have been lost in the move.", "en"),
    ("Журнал мог быть утерян при переезде.", "Le registre a pu être perdu lors du déménagement, semble-t-il.",
     "fr"),
    ("Он мог бы прийти раньше.", "He came earlier.", "en"),  # «мог бы» is a wish or a reproach, not a doubt
    # seen faithful quotations: an ability («мог выловить», «не мог выбраться») and «ont pu» for «могли»
    ("В прошлом году колхоз мог выловить тысячу девятьсот тонн сельди.",
     "Last year the collective was allowed to catch 1,900 tonnes of herring.", "en"),
    ("Спасатели вывезли тех, кто не мог выбраться самостоятельно.",
     "Les secouristes ont évacué ceux qui ne pouvaient pas sortir par leurs propres moyens.", "fr"),
    # blind15 q19 (faithful): «ont pu» says "were able to" as often as "may have"
    ("Из-за штормов удалось выполнить только сорок шесть из шестидесяти станций.",
     "En raison des tempêtes, seules quarante-six des soixante stations ont pu être réalisées.", "fr"),
    ("Вода почти двое суток стояла в подвалах, и фундаменты старых домов могли просесть.",
     "L'eau est restée près de quarante-huit heures dans les caves, et les fondations des vieilles "
     "maisons ont "
     "pu s'affaisser.", "fr"),
])
def test_may_have_happened_kept_in_any_modal_is_no_change(source, quote, lang):
    assert possibility_signal(BeadPair((source,), (quote,)), "ru", lang) is None


@pytest.mark.parametrize(("source", "quote", "lang"), [
    ("Малика клинически здорова.", "Malika appears to be clinically healthy.", "en"),  # blind27 q26
    ("Малика клинически здорова.", "Malika semble cliniquement en bonne santé.", "fr"),
    ("Вскрытие павших животных показало поражение сердечной мышцы.",
     "L'autopsie des animaux morts laisse supposer une atteinte du muscle cardiaque.", "fr"),  # blind30 q26
])
def test_seeming_added_to_a_finding_is_a_hedge(source, quote, lang):
    found = hedge_signal(BeadPair((source,), (quote,)), "ru", lang)
    assert found is not None and "hedges" in found.reason


@pytest.mark.slow
@pytest.mark.parametrize(("source", "quote", "lang", "clause"), [
    # blind6 q29: the condition at the end of the passage, quoted as a whole sentence without it
    ("Экосистема Чурыма ещё способна восстановиться, если сбросы прекратятся.",
     "The ecosystem of Lake Churym is still capable of recovering.", "en", "если сбросы прекратятся"),
    # blind21 q29: a bound («up to the insured sum»)
    ("По словам Самарина, компания готова возместить жителям ущерб в пределах страховой суммы.",
     "Selon Igor Samarine, la société serait prête à indemniser les habitants pour les dégâts subis.", "fr",
     "в пределах страховой суммы"),
    # blind29 q29: a restrictive relative clause
    ("Отделу государственной охраны культурного наследия провести внеплановую проверку условий хранения "
     "во всех музеях области, где ведутся ремонтные работы.",
     "The state heritage protection department is to carry out an unscheduled inspection of storage "
     "conditions in all the region's museums.", "en", "где ведутся ремонтные работы"),
])
def test_a_quotation_that_drops_the_clause_narrowing_its_claim_is_drifted(e5_use, source, quote, lang,
                                                                          clause):
    from alignment.quotes import restriction_signal

    found = restriction_signal(BeadPair((source,), (quote,)), "ru", lang, e5_use)
    assert found is not None and found.kind == "omission" and clause in found.reason


@pytest.mark.slow
@pytest.mark.parametrize(("source", "quote", "lang"), [
    # blind8 q05 (faithful): the time limit said in other words
    ("Начальник дистанции пути Пётр Зуев отстранён от работы до окончания служебной проверки.",
     "Pyotr Zuyev, the head of the track division, has been suspended from duty until the internal inquiry "
     "is over.", "en"),
    ("Экосистема Чурыма ещё способна восстановиться, если сбросы прекратятся.",
     "L'écosystème du lac Tchourym est encore capable de se rétablir si les rejets cessent.", "fr"),
    # a fragment may stop short of the clause at the passage's end
    ("Экосистема Чурыма ещё способна восстановиться, если сбросы прекратятся.",
     "still capable of recovering", "en"),
])
def test_a_restriction_rendered_or_outside_a_fragment_is_no_omission(e5_use, source, quote, lang):
    from alignment.quotes import restriction_signal

    assert restriction_signal(BeadPair((source,), (quote,)), "ru", lang, e5_use) is None
