"""A bound ("more than", "less than", "within") on one side only, the number alike, is a hint: in natural
translations it is far more often the bound said another way («dès 150 livres» for "more than £150", «с 16
лет» for "at least 16") than a changed claim. Opposite bounds stay a flag, and a quotation, read as one
claim, still counts a one-sided bound as drift (tests/drift/test_quotes.py)."""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair, detect_drift


def _numbers(source: str, target: str, lang: str) -> tuple[list[str], list[str]]:
    bead = detect_drift([BeadPair((source,), (target,))], "en", lang, encoder=None).beads[0]
    return bead.kinds, [h.kind for h in bead.hints]


@pytest.mark.parametrize(("source", "target", "lang"), [
    # seen natural sets (blind14 d5-33, blind21 d4-36, blind30 d1-19, blind31 d1-30)
    ("Further afield, delivery costs £9.95 per address, or nothing at all if you spend more than £150.",
     "Au-delà, la livraison coûte 9,95 livres par adresse, et elle est offerte dès 150 livres d'achat.",
     "fr"),
    ("Telephone bidding is available only for lots estimated at £500 or more.",
     "Участвовать в торгах по телефону можно только за лоты с оценкой от 500 фунтов.", "ru"),
    ("Do not take more than eight tablets in 24 hours.",
     "Ne dépassez pas huit comprimés par période de 24 heures.", "fr"),
    ("Do not accept notes larger than £20 at the car park, as change is limited.",
     "На парковке не берите купюры крупнее 20 фунтов — сдачи мало.", "ru"),
])
def test_a_bound_said_another_way_is_a_hint_not_a_flag(source, target, lang):
    kinds, hints = _numbers(source, target, lang)
    assert "numbers" not in kinds and "numbers" in hints


@pytest.mark.parametrize(("source", "target", "lang"), [
    # opposite bounds: a changed claim (seen blind27 d1-34, blind7 d1-18)
    ("Children under 16 travel free.", "Les enfants de plus de 16 ans voyagent gratuitement.", "fr"),
    ("The lake is less than six metres deep.", "Глубина озера — больше шести метров.", "ru"),
])
def test_opposite_bounds_are_a_flag(source, target, lang):
    kinds, _ = _numbers(source, target, lang)
    assert "numbers" in kinds
