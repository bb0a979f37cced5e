"""The project termbase: terms found case- and inflection-tolerantly, and drift honouring them
("Black Hundreds" / "Cent-Noirs" / "черносотенцы" is a title, neither ~10^2 nor a lost name)."""

from __future__ import annotations

from alignment.drift import BeadPair, detect_drift
from alignment.termbase import Termbase, TermEntry

SEED_TERMS = Termbase((
    TermEntry.of({"en": ["Black Hundreds"], "fr": ["Cent-Noirs"], "ru": ["черносотенцы"]}),
    TermEntry.of({"en": "White Guards", "fr": "Gardes blancs", "ru": "белогвардейцы"}),
))

KREMLIN_EN = ("The Kremlin supports this reincarnation of the White Guards and the Black Hundreds who are "
              "destabilizing Ukraine; but it seems that it is also afraid of them.")
KREMLIN_FR = ("Le Kremlin soutient cette réincarnation des Gardes blancs et des Cent-Noirs qui déstabilisent "
              "l’Ukraine ; mais il semble qu’il en ait aussi peur.")
KREMLIN_RU = ("Кремль поддерживает это перевоплощение белогвардейцев и черносотенцев, которые "
              "дестабилизируют Украину, но, похоже, он их тоже боится.")

EN_FR = [
    ("The miners went on strike in the spring.", "Les mineurs se mirent en grève au printemps."),
    ("The council closed the old market.", "Le conseil ferma le vieux marché."),
    ("Her letters were burnt after her death.", "Ses lettres furent brûlées après sa mort."),
    ("The newspaper printed a correction the next day.",
     "Le journal publia un rectificatif le lendemain."),
    ("The villagers rebuilt the church themselves.", "Les villageois reconstruisirent eux-mêmes l'église."),
    ("The road to the border was closed at night.", "La route de la frontière était fermée la nuit."),
]
EN_RU = [
    ("The strike committee met in secret.", "Забастовочный комитет собирался тайно."),
    ("The museum keeps the last photographs of the poet.", "Музей хранит последние фотографии поэта."),
    ("The caravan lost its camels on the way.", "Караван потерял своих верблюдов в пути."),
    ("The censors removed every mention of the famine.", "Цензоры удалили всякое упоминание о голоде."),
    ("The bridge was rebuilt after the war.", "Мост был восстановлен после войны."),
]


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_terms_are_found_whatever_the_case_and_the_inflection():
    text = "the black hundred, and then the Black Hundreds again"
    assert _texts(text, SEED_TERMS.find(text, "en")[0]) == ["black hundred", "Black Hundreds"]
    ru = "Выступления черносотенцев и помощь белогвардейцам"
    found = SEED_TERMS.find(ru, "ru")
    assert _texts(ru, found[0]) == ["черносотенцев"] and _texts(ru, found[1]) == ["белогвардейцам"]
    fr = "les Cent-Noirs et les gardes blancs"
    assert {k: _texts(fr, v) for k, v in SEED_TERMS.find(fr, "fr-FR").items()} == {
        0: ["Cent-Noirs"], 1: ["gardes blancs"]}


def test_a_term_is_a_run_of_words_not_words_scattered_or_a_longer_word():
    assert not SEED_TERMS.find("Black cats, Hundreds of them", "en")
    assert not SEED_TERMS.find("the Black, Hundreds", "en")
    assert not SEED_TERMS.find("the Blackwater Hundreds", "en")


def test_the_prefix_rule_reads_an_inflection_the_lemmatiser_does_not_know():
    tb = Termbase((TermEntry.of({"ru": ["Новороссия"], "en": ["New Russia"]}),))
    text = "в Новороссии и о Новороссиях"
    assert _texts(text, tb.find(text, "ru")[0]) == ["Новороссии", "Новороссиях"]
    assert not tb.find("Новосибирск", "ru")


def test_only_an_entry_found_on_both_sides_covers_words():
    both = SEED_TERMS.covered(KREMLIN_EN, "en", KREMLIN_RU, "ru")
    assert both.entries == (0, 1)
    assert _texts(KREMLIN_EN, list(both.source)) == ["White Guards", "Black Hundreds"]
    assert _texts(KREMLIN_RU, list(both.target)) == ["белогвардейцев", "черносотенцев"]
    one_side = SEED_TERMS.covered(KREMLIN_EN, "en", "Кремль поддерживает этих людей.", "ru")
    assert not one_side and one_side.source == ()


def test_entries_are_normalised_and_repeats_not_added():
    entry = TermEntry.of({"en-GB": [" Black  Hundreds ", "black hundreds"], "fr": [], "ru": "черносотенцы"})
    assert entry.terms == {"en": ("Black Hundreds",), "ru": ("черносотенцы",)}
    tb, added = SEED_TERMS.with_entries([entry, TermEntry.of({"en": "Kremlin"}),
                                         TermEntry.of({"en": "Kremlin", "fr": "Kremlin"})])
    assert [e.label() for e in added] == ["en: Kremlin · fr: Kremlin"] and len(tb) == 3


def _names_numbers(report, index: int) -> list[tuple[str, str]]:
    bead = report.beads[index]
    return [(s.kind, s.reason) for s in bead.signals + bead.hints if s.kind in ("numbers", "names")]


def _document(base: list[tuple[str, str]], source: str, target: str) -> list[BeadPair]:
    pairs = [BeadPair((s,), (t,), 0.8 + 0.01 * (k % 3)) for k, (s, t) in enumerate(base)]
    return pairs + [BeadPair((source,), (target,), 0.8)]


def test_the_seed_idioms_are_a_names_hint_in_french_until_the_termbase_has_them():
    pairs = _document(EN_FR, KREMLIN_EN, KREMLIN_FR)
    without = detect_drift(pairs, "en", "fr")
    # "White", "Black", "Hundreds" against "Gardes", "Cent-Noirs": capitalised common words on one
    # side make it a translated title more likely than a swap, a hint and not a flag
    assert "names" not in without.beads[-1].kinds
    assert any(h.kind == "names" for h in without.beads[-1].hints)
    honoured = detect_drift(pairs, "en", "fr", termbase=SEED_TERMS)
    assert not honoured.beads[-1].flagged and _names_numbers(honoured, -1) == []


def test_black_hundreds_is_not_a_number_against_russian_once_in_the_termbase():
    pairs = _document(EN_RU, KREMLIN_EN, KREMLIN_RU)
    without = _names_numbers(detect_drift(pairs, "en", "ru"), -1)
    assert any(kind == "numbers" and "Hundreds" in reason for kind, reason in without)
    assert any(kind == "names" and "Black" in reason for kind, reason in without)
    assert _names_numbers(detect_drift(pairs, "en", "ru", termbase=SEED_TERMS), -1) == []


def test_a_real_number_beside_a_term_still_counts():
    pairs = _document(EN_FR, "Three hundred Black Hundreds marched.", "Deux cents Cent-Noirs défilèrent.")
    kinds = [k for k, _ in _names_numbers(detect_drift(pairs, "en", "fr", termbase=SEED_TERMS), -1)]
    assert kinds == ["numbers"]


def test_a_dismissed_flag_offers_whole_terms_not_single_words():
    from alignment.termbase import evidence_phrases

    def at(text: str, *words: str) -> list[tuple[int, int]]:
        return [(text.index(w), text.index(w) + len(w)) for w in words]

    en = "The Kremlin supports the White Guards and the Black Hundreds who are destabilizing Ukraine"
    assert evidence_phrases(en, at(en, "White", "Black", "Hundreds")) == ["White Guards", "Black Hundreds"]
    fr = "des Gardes blancs et des Cent-Noirs qui"
    assert evidence_phrases(fr, at(fr, "Gardes", "Cent")) == ["Gardes", "Cent-Noirs"]
    assert evidence_phrases(fr, []) == []
