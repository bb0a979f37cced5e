"""A negation on one side only is a flag when the other side keeps the negated word, and a hint when
the other side renders the clause but says the negated part with other words (an opposite word).

The encoder decides whether a word has a translation, so these run the real default model (slow);
the last test shows the check stays out of the way of an encoder that cannot tell translations apart.
"""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair, detect_drift
from alignment.names import separates_translations
from models.fake import HashingEncoder


def _reversal(encoder, source: str, target: str, lang: str):
    """(flagged, hinted, reasons) of the reversal kind for one pair."""
    bead = detect_drift([BeadPair((source,), (target,))], "en", lang, encoder=encoder).beads[0]
    flagged = [s for s in bead.signals if s.kind == "reversal"]
    hinted = [h for h in bead.hints if h.kind == "reversal"]
    return flagged, hinted


@pytest.mark.slow
@pytest.mark.parametrize(("source", "target", "lang", "negated"), [
    # seen natural sets: blind16 d4-10, blind31 d5-17, blind24 d2-38, blind30 d1-07
    ("In the UK, demand from restaurants and hotels was flat.",
     "В Великобритании спрос со стороны ресторанов и гостиниц не вырос.", "ru", "вырос"),
    ("Birds from the same colony did not travel together and often wintered hundreds of kilometres apart.",
     "Птицы из одной колонии летели порознь и зимовали зачастую за сотни километров друг от друга.", "ru",
     "travel"),
    ("There will be no change to collections on bank holidays, except over Christmas and New Year.",
     "В праздничные дни вывоз будет проводиться как обычно, за исключением рождественских и новогодних "
     "праздников.", "ru", "change"),
    ("Your new joint will not feel normal straight away; it can take up to a year before you stop "
     "noticing it.",
     "Votre nouvelle articulation vous semblera d'abord étrangère : il faut parfois jusqu'à un an pour "
     "l'oublier tout à fait.", "fr", "feel"),
])
def test_a_negation_said_with_another_word_is_a_hint_naming_the_negated_word(use_m3, source, target, lang,
                                                                              negated):
    flagged, hinted = _reversal(use_m3, source, target, lang)
    assert not flagged
    assert hinted and negated in hinted[0].reason and "opposite word" in hinted[0].reason


@pytest.mark.slow
@pytest.mark.parametrize(("source", "target", "lang"), [
    ("The council did not approve the plan.", "Le conseil a approuvé le plan.", "fr"),
    ("The ticket is not refundable.", "Билет подлежит возврату.", "ru"),
    ("The owners answered with a lockout that closed four pits.",
     "Les propriétaires répondirent par un lock-out qui ferma quatre puits et laissa les mineurs sans pain "
     "jusqu'en mars.", "fr"),
])
def test_a_dropped_or_added_negation_stays_a_flag(use_m3, source, target, lang):
    """The negated word kept ("approve" = «approuvé»), or the whole negative clause without a counterpart
    (an addition, not a negation said otherwise)."""
    flagged, _ = _reversal(use_m3, source, target, lang)
    assert flagged and flagged[0].strength >= 1.0


def test_an_encoder_that_cannot_tell_translations_apart_leaves_the_flag():
    encoder = HashingEncoder()
    assert not separates_translations(encoder, "en", "ru")
    flagged, _ = _reversal(encoder, "In the UK, demand from restaurants and hotels was flat.",
                           "В Великобритании спрос со стороны ресторанов и гостиниц не вырос.", "ru")
    assert flagged


@pytest.mark.slow
def test_a_quotation_still_counts_a_negation_said_with_other_words_as_drift(use_m3):
    """A quotation is one claim, read closely: «нарушений … не выявила» (found no irregularities) quoted
    as "found irregularities" is drift though a translation's reviser would see only a hint
    (seen quote set blind9, q25)."""
    from alignment.quotes import DRIFTED, match_quotes
    from tests.drift.test_real_model import russian_document

    doc = russian_document([
        "Обсерватория работала на этом месте с 1893 года.",
        "Проверка финансового управления университета нарушений в расходовании средств обсерваторией "
        "не выявила.",
        "Ректор обещал сохранить телескопы для музея.",
    ])
    quote = ("An audit by the university's finance department found irregularities in the observatory's "
             "spending.")
    (m,) = match_quotes([quote], "en", [doc], use_m3)
    assert m.span is not None and m.span.sentence_ids == (1,)
    assert m.verdict == DRIFTED and any("reversal" in r for r in m.reasons), m.reasons
