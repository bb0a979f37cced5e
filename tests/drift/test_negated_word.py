"""What a negation negates is the one content word it stands next to, read in its dictionary form.

"does not dry out in summer" negates "dry", not "summer": a translation that says «reste en eau tout
l'été» renders "summer" and says "not dry" another way. And a word encoder pairs "oppose" with
«opposer» far more surely than with «opposa», so inflected words are compared in their dictionary
form too (not names: "Ramsey" lower-cased would pair with "Romsey").
"""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair, detect_drift
from alignment.names import _with_lemma
from alignment.negation import negation_cues
from alignment.signals.negation import negated_words


def _negated(text: str, lang: str) -> list[str]:
    return negated_words(text, lang, negation_cues(text, lang))[0]


@pytest.mark.parametrize(("text", "lang", "negated"), [
    ("The pond does not dry out in summer.", "en", ["dry"]),
    ("Women were not admitted to the Academy.", "en", ["admitted"]),
    # 'no longer' is one negation: what it negates is the verb after it
    ("From next season juniors will no longer pay a subscription.", "en", ["pay"]),
    # a split cue negates the word inside it
    ("Le club ne rembourse pas les cotisations.", "fr", ["rembourse"]),
])
def test_a_negation_negates_the_first_content_word_after_it(text, lang, negated):
    assert _negated(text, lang) == negated


def test_inflected_common_words_are_also_compared_in_their_dictionary_form():
    assert "opposer" in _with_lemma("opposa", "fr")
    assert "gather" in _with_lemma("gathered", "en")
    assert _with_lemma("Ramsey", "en") == ("Ramsey",)


@pytest.mark.slow
@pytest.mark.parametrize(("source", "target", "lang", "flag"), [
    # seen natural sets, a negation said another way though a later word is rendered: a hint
    # (blind11 d2-14, blind30 d4-31, blind23 d3-36)
    ("If the battery will not be used for more than a month, store it at between 40% and 60% charge.",
     "Si la batterie doit rester inutilisée plus d'un mois, stockez-la chargée entre 40 et 60 %.", "fr",
     False),
    ("He accepted that the club had not always responded to complaints quickly enough.",
     "Il a reconnu que le club avait parfois tardé à répondre aux plaintes.", "fr", False),
    ("We will not refuse a reasonable request to see a label from the original packaging.",
     "Nous accéderons à toute demande raisonnable de voir l'étiquette de l'emballage d'origine.", "fr",
     False),
    # a dropped negation whose word is kept, in another inflection (injected dev seed 14) or after
    # 'no longer': a flag
    ("Unlike his predecessor, the new bishop did not oppose the reforms.",
     "Contrairement à son prédécesseur, le nouvel évêque s'opposa aux réformes.", "fr", True),
    ("From next season juniors under 16 will no longer pay a subscription.",
     "Со следующего сезона юниоры до 16 лет будут платить членский взнос.", "ru", True),
])
def test_a_negation_on_one_side_only_is_judged_by_the_word_it_negates(use_m3, source, target, lang, flag):
    bead = detect_drift([BeadPair((source,), (target,))], "en", lang, encoder=use_m3).beads[0]
    flagged = [s for s in bead.signals if s.kind == "reversal"]
    hinted = [h for h in bead.hints if h.kind == "reversal"]
    if flag:
        assert flagged and flagged[0].strength >= 1.0
    else:
        assert not flagged and hinted
