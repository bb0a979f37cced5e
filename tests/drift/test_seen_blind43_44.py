"""False alarms of the natural sets blind43 and blind44 and failures of quote set blind31 (scored once at
2ca8a24, seen since): what a professional translation writes differently, and the real slips of the same
shape that still differ.

Each drift case is read by the rule signals alone (no encoder): the flag or its absence is theirs.
"""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair, detect_drift
from alignment.quotes import hedge_signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    # a figure written twice is paired unit with unit, not crosswise
    ("The change usually took about two hours, but in the winter of 1932 one train was held at the frontier "
     "for almost two days.",
     "Le transbordement prenait en général environ deux heures, mais durant l'hiver 1932, un train fut "
     "retenu à la frontière pendant près de deux jours.", "fr"),
    ("The change usually took about two hours, but in the winter of 1932 one train was held at the frontier "
     "for almost two days.",
     "Обычно пересадка занимала часа два, но зимой 1932 года один поезд продержали на границе почти двое "
     "суток.", "ru"),
    # 'a third' read as the ordinal is the fraction where the other side has it
    ("Re-covering the sofa cushion: £120, less a third for the sofa's age, that is £80.",
     "Recouvrement du coussin du canapé : 120 £, moins un tiers compte tenu de l'âge du canapé, soit 80 £.",
     "fr"),
    ("Re-covering the sofa cushion: £120, less a third for the sofa's age, that is £80.",
     "Перетяжка подушки дивана: 120 фунтов минус треть с учётом возраста дивана, то есть 80 фунтов.", "ru"),
    # the unit of 'three and a half inches' comes after the half; yards in metres; ranges sharing a unit
    ("The Soviet track was three and a half inches wider than the standard gauge used in the rest of Europe.",
     "La voie soviétique était plus large de 89 millimètres que la voie normale utilisée dans le reste de "
     "l'Europe.", "fr"),
    ("An explosion of firedamp tore through the Four Feet seam, 460 yards below where we are standing.",
     "В пласте Фор-Фит, в 420 метрах под тем местом, где мы стоим, взорвался рудничный газ.", "ru"),
    ("Pot-grown trees are available in two sizes only, 3–4 ft and 4–5 ft, and cost £55 and £72.",
     "Ёлки в горшках продаются только двух размеров — 90–120 и 120–150 см — и стоят 55 и 72 фунта.", "ru"),
])
def test_a_number_said_another_way_is_the_same_quantity(source, target, lang, rule_flags):
    assert "numbers" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("The change usually took about two hours, but one train was held for almost two days.",
     "Le transbordement prenait environ deux jours, mais un train fut retenu près de deux jours.", "fr"),
    ("Re-covering the sofa cushion: £120, less a third for the sofa's age, that is £80.",
     "Recouvrement du coussin du canapé : 120 £, moins un quart compte tenu de l'âge du canapé, soit 80 £.",
     "fr"),
    ("An explosion tore through the seam, 460 yards below where we are standing.",
     "Взрыв произошёл в пласте, в 520 метрах под тем местом, где мы стоим.", "ru"),
    ("Pot-grown trees are available in two sizes only, 3–4 ft and 4–5 ft.",
     "Ёлки в горшках продаются только двух размеров — 90–120 и 150–180 см.", "ru"),
])
def test_a_changed_number_of_the_same_shape_still_differs(source, target, lang, rule_flags):
    assert "numbers" in rule_flags(source, target, lang)


@pytest.mark.parametrize(("target", "lang"), [
    ("Le plus âgé, Thomas Prosser, soixante-trois ans, était porion et devait prendre sa retraite à la "
     "Pentecôte.", "fr"),
    ("Самым старшим был шестидесятитрёхлетний горный мастер Томас Проссер, который должен был уйти на пенсию "
     "на Троицу.", "ru"),
])
def test_a_feast_is_named_in_the_language_of_the_translation(target, lang, rule_flags):
    source = "The oldest was Thomas Prosser, sixty-three, a deputy who had been due to retire at Whitsun."
    assert "names" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Incomplete applications will not be considered.", "Seuls les dossiers complets seront examinés.", "fr"),
    ("This matters, because the story these posters tell needs telling carefully.",
     "Ce n'est pas un détail, car l'histoire que racontent ces affiches demande à être racontée avec soin.",
     "fr"),
    ("Where the shaft was, there is now a car park, and I think that is not the worst thing it could be.",
     "Là où se trouvait le puits, il y a aujourd'hui un parking, et je crois qu'on aurait pu faire pire.",
     "fr"),
])
def test_a_negation_said_another_way_is_kept(source, target, lang, rule_flags):
    assert "reversal" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Incomplete applications will not be considered.", "Les dossiers incomplets seront examinés.", "fr"),
    # a literary «ne» alone before 'pouvoir' in the passé simple negates
    ("Its conductor got home to Warsaw and spent the first winter of the war there.",
     "Son conducteur ne put rentrer à Varsovie et passa là-bas le premier hiver de la guerre.", "fr"),
])
def test_a_negation_on_one_side_only_still_differs(source, target, lang, rule_flags):
    assert "reversal" in rule_flags(source, target, lang)


@pytest.mark.parametrize(("passage", "quotation", "lang", "hedged"), [
    # 'unlikely', «peu de chances» hedge as «вряд ли» does: no difference
    ("Если это так, то раньше осени следующего года лёд в «Кристалле» вряд ли появится.",
     "If that's the case, there is unlikely to be ice at Kristall before next autumn.", "en", False),
    ("Если это так, то раньше осени следующего года лёд в «Кристалле» вряд ли появится.",
     "Si c'est le cas, il y a peu de chances que la glace revienne au Kristall avant l'automne prochain.",
     "fr", False),
    ("Говорят, вытекла чуть ли не тонна аммиака.",
     "Il paraît qu'il s'est échappé près d'une tonne d'ammoniac.", "fr", False),
    # «в целом» (on the whole) dropped: the quotation states as plain what the source qualifies
    ("Комиссия отмечает, что персонал арены действовал в целом грамотно.",
     "The commission notes that the rink's staff acted competently.", "en", True),
])
def test_a_quotation_keeps_or_drops_the_sources_hedge(passage, quotation, lang, hedged):
    found = hedge_signal(BeadPair((passage,), (quotation,)), "ru", lang)
    assert (found is not None) == hedged


def test_a_tonne_said_in_kilograms_is_the_same_quantity():
    passage = ("По расчётам комиссии, из системы вытекло около сорока килограммов аммиака при общей "
               "заправке в тысячу двести килограммов.")
    quotation = ("Selon les calculs de la commission, quelque quarante kilos d'ammoniac se sont échappés "
                 "d'un circuit qui en contenait 1,2 tonne au total.")
    bead = detect_drift([BeadPair((passage,), (quotation,))], "ru", "fr", encoder=None).beads[0]
    assert "numbers" not in bead.kinds


@pytest.mark.parametrize(("text", "lang"), [
    # 'the whole' of a thing is no hedge (seen quote blind26 q35); nor is «в целом по области» (the region
    # as a whole)
    ("On the way, be sure to stop in Sosnovka: it has the best roadside bakery on the whole highway.", "en"),
    ("Ситуация в целом по области остаётся спокойной.", "ru"),
])
def test_the_whole_of_a_thing_is_no_hedge(text, lang):
    from alignment.modality import modal_words

    assert not modal_words(text, lang, "hedge")


def test_a_name_with_another_consonant_is_another_name(rule_flags):
    # seen blind44 d4-34 fr, a planted slip the fuzzy spelling match let through: Mehta / Mehra
    from alignment.names import names_match

    assert "names" in rule_flags(
        "The single central record of checks was reviewed by the vice-chair, Mr Sunil Mehta, in January.",
        "Le registre central des vérifications a été contrôlé en janvier par le vice-président, "
        "M. Sunil Mehra.", "fr")
    # … while spellings that differ in vowels or in what the skeleton folds stay one name, and so do
    # transcriptions across scripts, whose consonants vary (Tariq = Тарик, seen blind5 d1-36)
    assert names_match("Dostoïevski", "Dostoievski") and names_match("Goubarev", "Gubarev")
    assert names_match("Mecklenburg", "Mecklembourg") and names_match("Tariq", "Тарик")
