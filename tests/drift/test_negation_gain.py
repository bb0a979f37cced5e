"""A negation on one side only is weighed by what taking it out does to the sentence.

A translator who drops a "not" leaves a sentence that reads like the negated one without it; one who
says the negation another way («reste en eau», «un diplôme est exigé») does not. So the check takes the
negation out of the negated side (:func:`alignment.negation.affirmed`) and asks the encoder whether the
other side comes closer: where it does not, the one-sided negation is a hint, not a flag.
"""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair, detect_drift
from alignment.negation import affirmed, negation_cues


def _affirmed(text: str, lang: str) -> str:
    return affirmed(text, lang, negation_cues(text, lang))


@pytest.mark.parametrize(("text", "lang", "plain"), [
    ("He doesn't come on Sundays.", "en", "He does come on Sundays."),
    ("Nothing was left without a label.", "en", "Something was left with a label."),
    # 'no longer' is one negation, taken out whole
    ("Conflicting copies are no longer created.", "en", "Conflicting copies are created."),
    # a split French cue loses both its words, the elided «n'» too
    ("Il ne vient pas ce soir.", "fr", "Il vient ce soir."),
    ("Il n'est jamais venu.", "fr", "Il est venu."),
    # a Russian ни-word goes with the «не» it agrees with
    ("Он не пришёл, никто не знает.", "ru", "Он пришёл, кто-то знает."),
    ("Дети остались без присмотра.", "ru", "Дети остались с присмотра."),
])
def test_taking_a_negation_out_says_the_sentence_without_it(text, lang, plain):
    assert _affirmed(text, lang) == plain


def test_a_sentence_without_a_negation_is_left_as_it_is():
    assert _affirmed("The pond stays full all summer.", "en") == "The pond stays full all summer."


@pytest.mark.slow
@pytest.mark.parametrize(("source", "target", "lang"), [
    # seen natural sets, the negation said with another word: a hint (blind36 d4-16, blind16 d3-21 read
    # from Russian to English, blind32 d2-18)
    ("The kitchen cannot be used safely until the ceiling is made good, because the plaster is sagging "
     "over the cooker.",
     "Пока потолок не отремонтируют, пользоваться кухней опасно: штукатурка над плитой провисла.", "ru"),
    ("Mileage is unlimited on rentals of seven days or more.",
     "При аренде на семь суток и дольше пробег не ограничен.", "ru"),
    ("The hedge made a full recovery; my no-claims bonus did not.",
     "La haie s'en est parfaitement remise ; mon bonus d'assurance, beaucoup moins.", "fr"),
])
def test_a_negation_the_other_side_reads_as_no_closer_without_is_a_hint(use_m3, source, target, lang):
    bead = detect_drift([BeadPair((source,), (target,))], "en", lang, encoder=use_m3).beads[0]
    assert not [s for s in bead.signals if s.kind == "reversal"]
    hint = [h for h in bead.hints if h.kind == "reversal"]
    assert hint and "no closer" in hint[0].reason


@pytest.mark.slow
@pytest.mark.parametrize(("source", "target", "lang"), [
    # seen natural sets, a negation really dropped: still a flag (blind35 d4-30, blind30 d4-18, blind22 d5-31)
    ("Club captain Tom Aldous announced that from next season juniors under 16 will no longer pay a "
     "membership fee.",
     "Капитан клуба Том Олдос объявил, что со следующего сезона юниоры до 16 лет будут платить членский "
     "взнос.", "ru"),
    ("She emphasised that not all of the incidents could be linked to the Lantern Rooms.",
     "Elle a souligné que tous ces incidents pouvaient être liés au Lantern Rooms.", "fr"),
    ("You do not need a degree, and we welcome applications from people changing career.",
     "Un diplôme universitaire est exigé, mais nous accueillons volontiers les candidatures de personnes en "
     "reconversion.", "fr"),
])
def test_a_dropped_negation_that_brings_the_sides_closer_when_taken_out_stays_a_flag(use_m3, source, target,
                                                                                       lang):
    bead = detect_drift([BeadPair((source,), (target,))], "en", lang, encoder=use_m3).beads[0]
    assert [s for s in bead.signals if s.kind == "reversal"]
