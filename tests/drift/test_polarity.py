"""Opposite words: a claim reversed with an antonym keeps every name, number and negation."""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair, negation_signal
from alignment.polarity import polarity_contrast


@pytest.mark.parametrize(("source", "target", "lang", "said"), [
    # the writers' reversals of the natural sets (seen): each missed before opposite words were read
    ("The Minister accepted the proposal.", "La ministre a rejeté la proposition.", "fr", "“rejeté”"),
    ("Complaints about overcrowded carriages also rose for the third year running.",
     "Les plaintes pour surcharge des rames ont par ailleurs reculé pour la troisième année consécutive.",
     "fr", "“reculé”"),
    ("Few of them survived the winter of 1917.", "Многие из них пережили зиму 1917 года.", "ru", "“Многие”"),
    ("Running costs are now rising faster than donations.",
     "Текущие расходы сейчас растут медленнее, чем пожертвования.", "ru", "“медленнее”"),
    ("Cattle and sheep dominate, while pig and wild animals are scarce.",
     "Les bovins et les ovins dominent, tandis que le porc et le gibier sont abondants.", "fr",
     "“abondants”"),
])
def test_an_antonym_on_the_other_side_is_a_reversal_that_names_both_words(source, target, lang, said):
    signal = negation_signal(BeadPair((source,), (target,), 0.9), "en", lang)
    assert signal is not None and signal.kind == "reversal" and signal.strength == 1.0, signal
    assert said in signal.reason and "opposite words" in signal.reason
    assert signal.source_spans and signal.target_spans


@pytest.mark.parametrize(("source", "target", "lang"), [
    # the same direction said with other words
    ("Complaints rose again.", "Les plaintes ont encore augmenté.", "fr"),
    # a negated word is the negation check's business: "did not accept" = «отклонил»
    ("The judge did not accept that argument.", "Судья этот довод отклонил.", "ru"),
    # a bound on a number is the qualifier check's business
    ("More than 40 people came.", "Moins de 40 personnes sont venues.", "fr"),
    # no direction: 'at least', «de plus», «тем более»
    ("At least the roof held.", "De plus, le toit a tenu.", "fr"),
    # both directions on one side
    ("Prices rose while wages fell.", "Цены выросли, а зарплаты упали.", "ru"),
    # 'most' is as often 'the majority' as a superlative (blind12, seen)
    ("Most were quieter than a dishwasher.",
     "La plupart faisaient moins de bruit qu'un lave-vaisselle.", "fr"),
])
def test_words_of_one_direction_or_of_no_direction_are_no_contrast(source, target, lang):
    assert polarity_contrast(source, "en", target, lang) is None


def test_a_language_without_the_lexicon_is_silent():
    assert polarity_contrast("Die Preise stiegen.", "de", "Les prix ont baissé.", "fr") is None


@pytest.mark.parametrize(("source", "target", "lang", "word"), [
    # seen natural sets: a negated word said by its opposite on the other side
    ("The judge did not accept that argument.", "Судья этот довод отклонил.", "ru", "“отклонил”"),
    ("The market would not close during the works.", "Le marché resterait ouvert pendant les travaux.", "fr",
     "“ouvert”"),
    ("Nobody who was at Brookfield Road that evening will forget it.",
     "Все, кто был в тот вечер на «Брукфилд-роуд», запомнят его навсегда.", "ru", "“запомнят”"),
])
def test_a_negation_said_by_the_opposite_word_is_only_a_hint(source, target, lang, word):
    signal = negation_signal(BeadPair((source,), (target,), 0.9), "en", lang)
    assert signal is not None and signal.strength < 1.0 and word in signal.reason, signal


def test_a_negation_added_over_the_same_word_still_reverses():
    signal = negation_signal(BeadPair(("The judge accepted that argument.",),
                                      ("Судья этот довод не принял.",), 0.9), "en", "ru")
    assert signal is not None and signal.strength == 1.0


@pytest.mark.parametrize(("source", "target", "lang"), [
    # blind13 (seen): "keep" = «n'arrêtez pas», "short of" = «не хватает», "take your time" = «не торопитесь»
    ("See you on Tuesday, and keep practising!",
     "À mardi, et n'arrêtez pas de travailler vos gammes !", "fr"),
    ("We are particularly short of violas and double basses.",
     "Нам особенно не хватает альтов и контрабасов.", "ru"),
    ("The chalk is as slippery as ice, so take your time.",
     "Мел скользкий, как лёд, так что не торопитесь.", "ru"),
])
def test_idioms_said_with_a_negated_opposite_are_hints(source, target, lang):
    signal = negation_signal(BeadPair((source,), (target,), 0.9), "en", lang)
    assert signal is not None and signal.strength < 1.0, signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    # natural blind28 d3-17 fr (seen): earlier turned into later
    ("Crews may start earlier than usual in the first few weeks.",
     "Les premières semaines, il se peut que les équipes passent plus tard que d'habitude.", "fr"),
    # quote blind23 q25 (seen): the same negation over the opposite verb
    ("The majority of the committee did not support the proposal.",
     "Большинство членов комиссии не выступили против предложения.", "ru"),
])
def test_opposite_times_and_a_negated_opposite_verb_are_reversals(source, target, lang):
    found = polarity_contrast(source, "en", target, lang)
    assert found is not None and "opposite words" in found.reason


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("He came back later that year.", "Позже в том же году он вернулся.", "ru"),
    ("The majority of the committee did not support the proposal.",
     "Большинство членов комиссии не поддержали предложение.", "ru"),
    # support is not acceptance: a claim dismissed is not one a court 'soutenait' the other way round
    ("The court dismissed the claim.", "Le tribunal ne soutenait pas la demande.", "fr"),
])
def test_the_same_time_or_verb_is_no_contrast(source, target, lang):
    assert polarity_contrast(source, "en", target, lang) is None


def test_opposite_words_under_a_negation_on_both_sides_contrast_only_where_the_data_says_so():
    # quote blind21 q20 (seen): 'never freed before the failure' = «освободить … так и не удалось»; the
    # negation's scope reaches the noun 'failure', which is no verb negated the other way
    assert polarity_contrast("It was never freed before the failure.",
                             "en", "Освободить его до аварии так и не удалось.", "ru") is None
