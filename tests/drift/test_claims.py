"""Claims of different strength: "will" / "may", "all" / "most", a sentence hedge left out."""

from __future__ import annotations

import pytest

from alignment.claims import claim_contrast
from alignment.drift import BeadPair, negation_signal


@pytest.mark.parametrize("source, s_lang, target, t_lang, said, flags", [
    ("Завод может закрыться в следующем году.", "ru",
     "The plant will close next year.", "en", "“will”", True),
    ("The commission may approve the plan.", "en",
     "La commission doit approuver le plan.", "fr", "“doit”", True),
    # a quantifier: a hint for the drift flags, counted in quote verdicts
    ("Все жители покинули деревню.", "ru", "Most residents left the village.", "en", "“Все”", False),
    ("All the miners signed the petition.", "en",
     "Certains mineurs ont signé la pétition.", "fr", "“All”", False),
    ("Die meisten Hütten sind im Winter geschlossen.", "de",
     "Toutes les cabanes sont fermées en hiver.", "fr", "“Toutes”", False),
])
def test_a_claim_made_stronger_or_weaker_is_a_reversal(source, s_lang, target, t_lang, said, flags):
    signal = negation_signal(BeadPair((source,), (target,), 0.9), s_lang, t_lang)
    assert signal is not None and signal.kind == "reversal" and signal.pinned == flags, signal
    assert said in signal.reason and signal.source_spans and signal.target_spans


def test_a_sentence_hedge_left_out_names_the_hedge_and_only_a_firm_one_is_pinned():
    # a plain "probably" dropped states a guess as fact (20 of 20 such rows of the seen natural sets
    # were labelled drifts); a softer hedge, which translators add or leave for tone, stays a hint
    source = "Вероятно, строительство плотины начнётся весной."
    signal = negation_signal(BeadPair((source,), ("Construction of the dam will start in spring.",), 0.9),
                             "ru", "en")
    assert signal is not None and signal.kind == "reversal" and signal.pinned
    assert "Вероятно" in signal.reason and [source[a:b] for a, b in signal.source_spans] == ["Вероятно"]
    source = "Видимо, строительство плотины начнётся весной."
    signal = negation_signal(BeadPair((source,), ("Construction of the dam will start in spring.",), 0.9),
                             "ru", "en")
    assert signal is not None and signal.kind == "reversal" and not signal.pinned
    assert [source[a:b] for a, b in signal.source_spans] == ["Видимо"]


@pytest.mark.parametrize("source, s_lang, target, t_lang", [
    ("Все равно он пришёл на собрание.", "ru", "He came to the meeting anyway, like most of them.", "en"),
    ("Some 300 people came to the hearing.", "en", "Все 300 человек пришли на слушания.", "ru"),
    ("The dam will be finished in May.", "en", "Le barrage sera terminé en mai.", "fr"),
    ("They will be able to come in spring.", "en", "Они могут приехать весной.", "ru"),
    ("The province will not be able to feed them.", "en", "La province ne pourra pas les nourrir.", "fr"),
    ("This is the most important bridge.", "en", "C'est le pont le plus important de tous.", "fr"),
    ("Вероятно, он прав.", "ru", "He is probably right.", "en"),
    ("Возможно, он вернётся.", "ru", "He may come back.", "en"),
])
def test_words_that_only_look_like_a_change_of_claim_are_not_one(source, s_lang, target, t_lang):
    assert claim_contrast(source, s_lang, target, t_lang) is None


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Today the same distance is covered in under three hours.", "en", "less"),
    ("Aujourd'hui, il faut moins de trois heures.", "fr", "less"),
    # a place after the qualifier: "near Oboyan", not "nearly nine"
    ("La tempête ensevelit la voie près d'Oboïan pendant neuf jours.", "fr", ""),
    # "за тридцать ходов" is "in thirty moves"; "за сорок" at the end of a clause is "over forty"
    ("Калниньш выиграл за тридцать ходов.", "ru", ""),
    ("Многим было за сорок.", "ru", "more"),
])
def test_a_qualifier_is_read_only_where_it_qualifies_an_amount(text, lang, expected):
    from alignment.qualifiers import quantities

    assert quantities(text, lang)[0].qualifier == expected


@pytest.mark.parametrize("text", ["The benefit lasts beyond three years.",
                                  "The waiting list now exceeds 6,000 names."])
def test_beyond_and_exceeds_bound_an_amount_from_below(text):
    from alignment.qualifiers import quantities

    assert quantities(text, "en")[0].qualifier == "more"


def test_a_dropped_skoree_vsego_is_a_dropped_hedge():
    # «Скорее всего» (most likely) dropped turns a forecast into a certainty (blind6, after its one run)
    source = "Скорее всего, озеро восстановится лет за двадцать, если сбросы прекратятся."
    contrast = claim_contrast(source, "ru", "The lake will recover in twenty years or so.", "en")
    assert contrast is not None and "скорее всего" in contrast.reason.lower()


def test_french_devoir_before_a_possessive_is_owe_not_must():
    from alignment.drift import BeadPair, detect_drift

    # blind3 d1-14 (seen): «l'exposition doit son titre à ces salières» = the title comes from them
    pair = BeadPair(("The exhibition's title comes from the salt cellars, which a household could own.",),
                    ("C'est aux salières que l'exposition doit son titre : un foyer pouvait les posséder.",))
    assert "reversal" not in detect_drift([pair], "en", "fr").beads[0].kinds


@pytest.mark.parametrize(("source", "quote", "lang"), [
    # seen blind quote sets: hedges added or dropped in a quotation
    ("Это просто неправда.", "That is probably not true.", "en"),
    ("Вероятно, дамбу прорвало ночью.", "Le barrage a cédé pendant la nuit.", "fr"),
])
def test_a_quotation_that_adds_or_drops_a_hedge_has_changed_the_claim(source, quote, lang):
    from alignment.quotes import hedge_signal

    found = hedge_signal(BeadPair((source,), (quote,)), "ru", lang)
    assert found is not None and found.kind == "reversal" and found.strength == 1.0


@pytest.mark.parametrize(("source", "quote", "lang"), [
    # the seed article: «возможность» is an opportunity, not a hedge; «разве что» hedges like "perhaps"
    ("Новая власть предоставит каждому возможность проявить себя.",
     "The new government will provide every opportunity to prove oneself.", "en"),
    ("Оружия огромное количество; не хватает разве что авиации.",
     "There are weapons in huge quantities; perhaps only aviation is lacking.", "en"),
    ("Вероятно, дамбу прорвало ночью.", "The dam probably gave way at night.", "en"),
])
def test_a_hedge_on_both_sides_or_on_neither_is_not_a_change(source, quote, lang):
    from alignment.quotes import hedge_signal

    assert hedge_signal(BeadPair((source,), (quote,)), "ru", lang) is None


def test_certainty_said_as_beyond_doubt_against_a_hedge_is_a_contrast():
    from alignment.modality import modality_contrast

    assert modality_contrast("Сомнений не вызывает, что сбросы продолжались.", "ru",
                             "The discharges most likely went on.", "en") is not None


@pytest.mark.parametrize(("source", "quote", "lang"), [
    # blind9 (scored once, seen since): a French conditional and hearsay said in parenthesis
    ("Если вы знаете компанию, которая поможет, напишите нам.",
     "Si vous connaissez une entreprise qui pourrait aider, écrivez-nous.", "fr"),
    ("Телескоп, говорят, продадут частному коллекционеру.",
     "The telescope, they say, will be sold to a private collector.", "en"),
    # the seed article: a hedge built on a modal is still a hedge on both sides
    ("Может быть, в тех самых бандитских «бригадах».", "Maybe in these «brigades» of bandits.", "en"),
    ("Возможно, через какое-то время мы снова увидим украинское государство.",
     "it may be that after a time we shall again see a Ukrainian state", "en"),
])
def test_modal_verbs_and_hedges_said_alike_are_not_a_changed_claim(source, quote, lang):
    from alignment.claims import claim_contrast
    from alignment.quotes import hedge_signal

    pair = BeadPair((source,), (quote,))
    assert hedge_signal(pair, "ru", lang) is None
    assert claim_contrast(source, "ru", quote, lang) is None


def test_reported_speech_is_not_a_hedge():
    from alignment.quotes import hedge_signal

    pair = BeadPair(("Несколько человек говорят, что уйдут вслед за мной.",),
                    ("Several people say they will follow me out.",))
    assert hedge_signal(pair, "ru", "en") is None


@pytest.mark.parametrize(("source", "target", "lang"), [
    # blind8 and blind9 (seen): "not one" / "never once" quoted as "hardly any" / "hardly ever"
    ("Ни один сотрудник обсерватории не останется без поддержки.",
     "Hardly any of the observatory's staff will be left without support.", "en"),
    ("Ни один сотрудник обсерватории не останется без поддержки.",
     "Presque aucun employé de l'observatoire ne sera laissé sans soutien.", "fr"),
    ("Я двадцать лет вожу поезда и ни разу не получал взыскания за скорость.",
     "I have been driving trains for twenty years and have hardly ever been disciplined for speeding.", "en"),
])
def test_none_against_almost_none_is_a_changed_quantifier(source, target, lang):
    found = negation_signal(BeadPair((source,), (target,)), "ru", lang)
    assert found is not None and found.strength == 1.0 and "quantifier" in found.reason


def test_none_said_alike_is_no_change():
    pair = BeadPair(("Ни один сотрудник не останется без поддержки.",),
                    ("Not one member of staff will be left without support.",))
    assert negation_signal(pair, "ru", "en") is None


def test_please_is_not_perhaps():
    # blind10 (seen): «Пожалуйста» (please) begins with «пожалуй» (perhaps) and hedges nothing
    from alignment.claims import claim_contrast

    assert claim_contrast("Пожалуйста, сделайте репост.", "ru", "Please share this.", "en") is None
    assert claim_contrast("Пожалуй, это правда.", "ru", "This is true.", "en") is not None


@pytest.mark.parametrize(("source", "target", "lang"), [
    # seen natural sets: "may" denied says "must not", "could not" "will not be able"
    ("Please remember that no boat may go out after sunset without lights.",
     "Rappel : aucun bateau ne doit sortir après le coucher du soleil sans feux.", "fr"),
    ("During that time the orchards could not be sprayed with synthetic fungicides.",
     "Всё это время опрыскивать сады синтетическими фунгицидами будет нельзя.", "ru"),
    ("The commission may not approve the plan.", "La commission ne doit pas approuver le plan.", "fr"),
])
def test_a_weak_modal_denied_is_as_strong_as_a_strong_one(source, target, lang):
    assert claim_contrast(source, "en", target, lang) is None


def test_a_strong_modal_denied_against_a_hedged_verb_still_differs():
    found = claim_contrast("The commission will not approve the plan.", "en",
                           "La commission pourrait ne pas approuver le plan.", "fr")
    assert found is not None and "“pourrait”" in found.reason


def test_most_against_some_is_a_changed_quantifier():
    # quote blind14 (scored once, seen since): «часть книг» (some of the books) quoted as "most of the books"
    found = claim_contrast("Часть книг перевезут в школу.", "ru",
                           "Most of the books will be moved to the school.", "en")
    assert found is not None and "quantifier" in found.reason and not found.pinned
    assert claim_contrast("Большинство книг перевезут в школу.", "ru",
                          "Most of the books will be moved to the school.", "en") is None


def test_a_weak_modal_narrowed_by_only_says_must():
    # natural blind14 (scored once, seen since): «могут … только со взрослыми» = "must … with an adult"
    assert claim_contrast("Children under 1.25 metres tall must ride chairlifts with an adult.", "en",
                          "Дети ростом ниже 125 см могут подниматься на подъёмниках только со взрослыми.",
                          "ru") is None
    assert claim_contrast("Children must ride chairlifts with an adult.", "en",
                          "Дети могут подниматься на подъёмниках со взрослыми.", "ru") is not None


@pytest.mark.parametrize(("source", "target", "lang"), [
    # natural blind17 and blind18 (scored once, seen since): «нужно» says 'must', a wish claims nothing
    ("Bags must be dropped off by 6:15 and can be collected until 2 p.m.",
     "Сдать вещи нужно до 6:15, а забрать их можно до 14:00.", "ru"),
    ("May your arguments be short and your holidays long.",
     "Пусть ваши ссоры будут короткими, а отпуска — длинными.", "ru"),
])
def test_nuzhno_is_a_strong_modal_and_a_wish_claims_nothing(source, target, lang):
    assert claim_contrast(source, "en", target, lang) is None


def test_mozhno_ponyat_is_understandably_not_a_weak_modal():
    # natural blind20 (scored once, seen since): «их можно понять» = 'understandably'
    source = "Shopkeepers worry, understandably, that they will lose trade if parking spaces disappear."
    assert claim_contrast(source, "en", "Владельцы магазинов опасаются — и их можно понять, — что лишатся "
                          "покупателей, если исчезнут парковочные места.", "ru") is None
    assert claim_contrast(source, "en", "Владельцы магазинов опасаются, что могут лишиться покупателей, "
                          "если исчезнут парковочные места.", "ru") is not None
