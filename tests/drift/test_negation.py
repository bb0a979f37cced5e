"""Negation units per language, and what does not count as negation."""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair
from alignment.negation import compare_negation, negation_cues


def count(text: str, lang: str) -> int:
    return len(negation_cues(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        ("I did not expect that.", "en", 1),
        ("I don't see them.", "en", 1),
        ("Nobody came, and nothing happened.", "en", 2),
        ("Neither the army nor the police intervened.", "en", 1),
        ("Not only did they come, but they stayed.", "en", 0),
        ("It is not unlike the previous case.", "en", 0),
        ("Je ne les vois pas.", "fr", 1),
        ("Il n'a jamais expliqué pourquoi.", "fr", 1),
        ("Personne ne le lui a demandé.", "fr", 1),
        ("Ni l'armée ni la police ne sont intervenues.", "fr", 1),
        ("Ni en service actif, ni dans la réserve.", "fr", 1),  # elliptical, at the very start
        ("Ce n'est que le début.", "fr", 0),
        ("Il ne reste plus que quatre sommets.", "fr", 0),
        ("Les empreintes de pas sur nos pas.", "fr", 0),
        ("Il va sans dire que c'est vrai.", "fr", 0),
        ("Sans le soutien des cheminots, tout échoue.", "fr", 1),
        ("Я их не вижу.", "ru", 1),
        ("Никто ничего не знает.", "ru", 1),
        ("Не только пришли, но и остались.", "ru", 0),
        ("Без поддержки восстание рухнуло бы.", "ru", 1),
        ("Ich sehe sie nicht.", "de", 1),
        ("Das ist nicht nur schön.", "de", 0),
        ("Es hat keine Waffen.", "de", 1),
    ],
)
def test_units(text, lang, n):
    assert count(text, lang) == n


def test_one_side_negated_is_a_strong_reversal():
    strength, reason = compare_negation(negation_cues("He did not come.", "en"),
                                        negation_cues("Il est venu.", "fr"))
    assert strength == 1.0 and "“not”" in reason
    strength, _ = compare_negation(negation_cues("He did not come.", "en"),
                                   negation_cues("Il n'est pas venu.", "fr"))
    assert strength == 0.0


def test_different_counts_are_a_weaker_signal():
    strength, _ = compare_negation(negation_cues("No one came and nothing was said.", "en"),
                                   negation_cues("Personne n'est venu.", "fr"))
    assert 0 < strength < 0.5


def test_ne_peut_que_and_ne_manque_pas_de_are_not_negations():
    assert negation_cues("On ne peut que s'étonner de leur ignorance.", "fr") == []
    assert [c.text for c in negation_cues("On ne peut s'étonner de rien.", "fr")]
    assert negation_cues("Ce qui ne manque pas de créer des difficultés.", "fr") == []
    assert len(negation_cues("Il ne manque pas le train.", "fr")) == 1


def test_not_until_means_only_and_is_not_a_negation():
    assert negation_cues("The fire did not reach the village until the third day.", "en") == []
    assert negation_cues("The fire did not reach the village; until then we waited.", "en") != []


def test_not_able_said_in_one_word_is_a_weak_reversal_only():
    from alignment.drift import BeadPair, negation_signal

    soft = negation_signal(BeadPair(("The elites are incapable of thinking strategically.",),
                                    ("Элиты не способны мыслить стратегически.",)), "en", "ru")
    assert soft is not None and soft.strength < 0.5 and "incapable" in soft.reason
    # an unrelated negative-looking word does not excuse a real reversal
    hard = negation_signal(BeadPair(("Spezialisten haben die Existenz dieser unbekannten Tiere bestritten.",),
                                    ("Les savants n'ont pas nié l'existence de ces animaux.",)), "de", "fr")
    assert hard is not None and hard.strength == 1.0


def test_russian_poka_ne_means_until():
    assert negation_cues("Их подгоняли, пока они не стали выглядеть хорошо.", "ru") == []
    assert len(negation_cues("Я пока не знаю.", "ru")) == 1  # "not yet" is a negation


def test_russian_not_plus_adjective_in_one_word_is_a_weak_reversal_only():
    from alignment.drift import BeadPair, negation_signal

    soft = negation_signal(BeadPair(("The Vesna is not a large river.",), ("Весна — небольшая река.",)),
                           "en", "ru")
    assert soft is not None and soft.strength < 0.5
    hard = negation_signal(BeadPair(("The Vesna is a large river.",), ("Весна — не большая река.",)),
                           "en", "ru")
    assert hard is not None and hard.strength == 1.0


def test_a_one_word_negative_adjective_cannot_stand_for_nothing_or_never():
    from alignment.drift import BeadPair, negation_signal

    # "небольшой гонорар" (a small fee) is "not large", never "paid nothing"
    paid = negation_signal(BeadPair(("Поэтесса получила за стихи небольшой гонорар.",),
                                    ("The poet was paid nothing for her poems.",)), "ru", "en")
    assert paid is not None and paid.strength == 1.0
    never = negation_signal(BeadPair(("Это небольшая река.",), ("Ce fleuve n'a jamais été large.",)),
                            "ru", "fr")
    assert never is not None and never.strength == 1.0
    # "pas grand" and "kein großer" can
    pas = negation_signal(BeadPair(("Это небольшая река.",), ("Ce n'est pas un grand fleuve.",)), "ru", "fr")
    assert pas is not None and pas.strength < 0.5
    kein = negation_signal(BeadPair(("Это небольшая река.",), ("Das ist kein großer Fluss.",)), "ru", "de")
    assert kein is not None and kein.strength < 0.5


@pytest.mark.parametrize(("russian", "english"), [
    # negation written in one word: "невозможно объяснить" = "is not to be explained"
    ("Однако восстание на востоке Украины невозможно объяснить российским вмешательством.",
     "the uprising in eastern Ukraine is not to be explained on the basis of Russian interference"),
    ("Без дисциплины нельзя победить.", "Without discipline we cannot win."),
    # "не" + participle: non-existent crowds are crowds that are not there
    ("Изобилие всего, кроме несуществующих толп добровольцев у ворот наших штабов.",
     "The abundance of all things, except the crowds - who are not there - of volunteers at our gates."),
])
def test_a_negation_said_in_one_russian_word_is_not_a_reversal(russian, english):
    from alignment.drift import negation_signal

    signal = negation_signal(BeadPair((russian,), (english,), 0.8), "ru", "en")
    assert signal is None or signal.strength < 0.5, signal


def test_a_real_reversal_stays_strong_beside_one_word_negatives():
    from alignment.drift import negation_signal

    pair = BeadPair(("Война закончится через месяц.",), ("The war will not end in a month.",), 0.8)
    signal = negation_signal(pair, "ru", "en")
    assert signal is not None and signal.strength == 1.0


@pytest.mark.parametrize(("russian", "english", "changed"), [
    ("Если поддержки не будет, военный разгром республик вполне возможен.",
     "If there is no support, the military debacle of the republics is inevitable", True),
    ("С предателями они, вполне возможно, церемониться не станут.",
     "they will certainly not take kid gloves to the traitors", True),
    ("Возможно, через какое-то время мы снова увидим украинское государство.",
     "it may be that after a time we shall again see a Ukrainian state", False),
    ("Конечно, это возможно.", "Of course, it is possible.", False),
    ("Разгром неизбежен.", "The debacle is inevitable.", False),
])
def test_a_hedge_rendered_as_certainty_is_a_reversal(russian, english, changed):
    from alignment.drift import negation_signal

    signal = negation_signal(BeadPair((russian,), (english,), 0.8), "ru", "en")
    assert (signal is not None and signal.strength == 1.0) == changed, signal


def test_a_russian_negative_pronoun_is_a_negation():
    from alignment.drift import negation_signal

    assert negation_signal(BeadPair(("Но делать это некому.",), ("But there is no one to do it.",), 0.8),
                           "ru", "en") is None
