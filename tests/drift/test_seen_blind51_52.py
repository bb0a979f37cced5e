"""False alarms of the natural sets blind51 and blind52 and failures of quote set blind35 (scored once at
656e31c, seen since): what a professional translation writes differently, and the real slips of the same
shape that still differ.

Each drift case is read by the rule signals alone (no encoder): the flag or its absence is theirs.
"""

from __future__ import annotations

import pytest

from alignment.claims import claim_contrast
from alignment.drift import BeadPair, detect_drift
from alignment.names import names_match
from alignment.negation import negation_cues
from alignment.polarity import polarity_contrast
from alignment.quotes import hedge_signal


def _flags(source: str, target: str, lang: str) -> list[str]:
    bead = detect_drift([BeadPair((source,), (target,))], "en", lang, encoder=None).beads[0]
    return [s.kind for s in bead.signals]


@pytest.mark.parametrize(("a", "b"), [("Aktash", "Aktach"), ("Shukshin", "Choukchine"),
                                      ("Shevchenko", "Chevtchenko")])
def test_english_and_french_romanisations_of_one_name_match(a, b):
    assert names_match(a, b)


@pytest.mark.parametrize(("a", "b"), [("Mehra", "Mehta"), ("Stratford", "Stafford"), ("Rush", "Rich")])
def test_names_a_consonant_apart_stay_apart(a, b):
    assert not names_match(a, b)


@pytest.mark.parametrize("text", [
    "Le métier était plus sale qu'on ne l'imagine, et plus silencieux aussi.",
    "Il est plus grand que je ne le pensais.",
])
def test_the_expletive_ne_of_a_comparison_negates_nothing(text):
    assert negation_cues(text, "fr") == []


def test_a_negation_after_a_comparison_still_negates():
    assert negation_cues("C'est plus cher qu'il ne faut pas l'oublier.", "fr") != []


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("The 55-yard main pool has been relined.", "Основная 50-метровая ванна получила новую облицовку.", "ru"),
    ("The work was dirtier than people imagine, and quieter.",
     "Le métier était plus sale qu'on ne l'imagine, et plus silencieux aussi.", "fr"),
])
def test_the_same_figures_and_claims_written_another_way_are_not_flagged(source, target, lang):
    assert _flags(source, target, lang) == []


@pytest.mark.parametrize(("source", "target", "lang", "kind"), [
    ("The 55-yard main pool has been relined.", "Основная 25-метровая ванна получила новую облицовку.", "ru",
     "numbers"),
    ("The work was dirtier than people imagine.", "Le métier n'était plus sale.", "fr", "reversal"),
])
def test_the_slip_of_the_same_shape_is_still_flagged(source, target, lang, kind):
    assert kind in _flags(source, target, lang)


def test_as_much_as_possible_is_no_modal():
    # blind51 d3-24: «как можно больше шума» is 'as much noise as we can'
    assert claim_contrast("Then we will all make as much noise as we can.", "en",
                          "Потом мы все поднимем как можно больше шума.", "ru") is None


@pytest.mark.parametrize(("passage", "quotation", "lang"), [
    # q27: «рассчитываем получить от города» (we are counting on) became "will come from the city"
    ("Остальное мы рассчитываем получить от города.", "The rest will come from the city.", "en"),
    ("Остальное мы рассчитываем получить от города.", "Le reste viendra de la ville.", "fr"),
])
def test_a_plan_counted_on_stated_as_certain_is_a_dropped_hedge(passage, quotation, lang):
    found = hedge_signal(BeadPair((passage,), (quotation,)), "ru", lang)
    assert found is not None and "hedges" in found.reason


@pytest.mark.parametrize(("passage", "quotation", "lang"), [
    ("Остальное мы рассчитываем получить от города.", "We are counting on the city for the rest.", "en"),
    ("Остальное мы рассчитываем получить от города.", "Pour le reste, nous comptons sur la ville.", "fr"),
    # seen faithful quotations: a hope or an expectation said with another verb
    ("Мы уже готовим иск и рассчитываем подать его в феврале.", "We're already preparing a claim and hope to "
     "file it in February.", "en"),
    ("Мы рассчитывали на аншлаг.", "Nous comptions jouer à guichets fermés.", "fr"),
    ("Я очень на это надеюсь, но решать будем не мы.", "Je l'espère vraiment, mais ce n'est pas à nous d'en "
     "décider.", "fr"),
    ("Я очень на это надеюсь, но решать будем не мы.",
     "I very much hope so, but it isn't our decision to make.", "en"),
    # q15 (faithful): «маловероятен» kept as 'unlikely'
    ("Разрыв каната в ближайшее время маловероятен.", "The cable is unlikely to break in the near future.",
     "en"),
    # q12 (faithful): «оценивается в» kept as 'the estimate puts'
    ("Стоимость ремонта по предварительной смете оценивается в шестьдесят четыре миллиона рублей.",
     "The preliminary estimate puts the cost of the repairs at 64 million roubles.", "en"),
])
def test_a_hedge_kept_in_other_words_is_no_change(passage, quotation, lang):
    assert hedge_signal(BeadPair((passage,), (quotation,)), "ru", lang) is None


@pytest.mark.parametrize("quotation", [
    "En 2025, elles comptaient environ 4 300 cartes de lecteur.",  # «compter»: to number
    "Nous comptions la remplacer dès l'avant-dernier été.",  # a past intention, not a hedge
])
def test_compter_in_the_past_or_as_numbering_is_no_hedge(quotation):
    assert hedge_signal(BeadPair(("В 2025 году у них было около 4300 читательских билетов.",), (quotation,)),
                        "ru", "fr") is None


def test_isolated_against_numerous_is_an_opposite_claim():
    # q28: «единичные обрывы проволок» (isolated broken wires) became "numerous"
    found = polarity_contrast("На остальной длине каната выявлены единичные обрывы проволок.", "ru",
                              "Numerous broken wires were found along the rest of the cable.", "en")
    assert found is not None
    assert polarity_contrast("На остальной длине каната выявлены единичные обрывы проволок.", "ru",
                             "Isolated broken wires were found along the rest of the cable.", "en") is None


def test_could_in_a_purpose_clause_is_no_possibility():
    # the seed article (seen): «чтобы мы могли бороться» is 'so that we can fight', a subjunctive
    from alignment.quotes import possibility_signal

    passage = "Дайте нам оружие, чтобы мы могли бороться за свою свободу!"
    quotation = "Give us weapons so that we can fight for our freedom!"
    assert possibility_signal(BeadPair((passage,), (quotation,)), "ru", "en") is None
    assert possibility_signal(BeadPair(("Журнал мог быть утерян при переезде.",), ("The log was lost.",)),
                              "ru", "en") is not None


def test_a_recommendation_against_shall_is_a_weaker_modal():
    # blind27 d4-39 (seen): "shall notify" rendered «рекомендуется … сообщить» (is recommended); once flagged
    # only through «как можно», read as a modal, now through the recommendation itself
    source = "A boat that retires from a race shall notify the race committee as soon as possible."
    target = "Лодке, сошедшей с гонки, рекомендуется как можно скорее сообщить об этом гоночному комитету."
    found = claim_contrast(source, "en", target, "ru")
    assert found is not None and "рекомендуется" in found.reason
    assert claim_contrast("A boat that retires may notify the race committee.", "en",
                          "Лодке рекомендуется сообщить об этом гоночному комитету.", "ru") is None


def test_hope_as_a_noun_is_no_hedge():
    # the seed article (seen): "how illusory these hopes are" = «насколько иллюзорны эти надежды»
    passage = "Каждый день показывает, насколько иллюзорны эти надежды."
    assert hedge_signal(BeadPair((passage,), ("Every day has shown how illusory these hopes are.",)), "ru",
                        "en") is None
    assert hedge_signal(BeadPair(("Мы подадим иск в феврале.",), ("We hope to file the claim in February.",)),
                        "ru", "en") is not None


@pytest.mark.parametrize(("passage", "quotation", "lang"), [
    # quote blind36 q03 (faithful, seen): «Наиболее вероятной причиной» kept as 'most likely'
    ("Наиболее вероятной причиной пожара эксперты считают разрушение кабельной муфты.",
     "The experts consider the most likely cause of the fire to be a failed cable joint.", "en"),
    ("Троллейбусов, судя по всему, не будет минимум до Нового года.",
     "Selon toute apparence, il n'y aura pas de trolleybus avant le Nouvel An.", "fr"),
])
def test_most_likely_kept_is_no_change(passage, quotation, lang):
    assert hedge_signal(BeadPair((passage,), (quotation,)), "ru", lang) is None

