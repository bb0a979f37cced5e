"""False alarms of the natural sets blind45 and blind46 and failures of quote set blind32 (scored once at
0df2ba6, seen since): what a professional translation writes differently, and the real slips of the same
shape that still differ.

Each drift case is read by the rule signals alone (no encoder): the flag or its absence is theirs.
"""

from __future__ import annotations

import pytest

from alignment.claims import claim_contrast
from alignment.drift import BeadPair
from alignment.numbers import extract_numbers
from alignment.quotes import hedge_signal


@pytest.mark.parametrize(("source", "target", "lang"), [
    # a 12-hour time before dark or midnight is the other side's evening hour
    ("Final landing of the week, with Callum, Kirsty and Josh; back in Seahouses just before dark, at 4.20.",
     "Dernier débarquement de la semaine, avec Callum, Kirsty et Josh ; retour à Seahouses juste avant la "
     "nuit, à 16 h 20.", "fr"),
    ("The last bus back to Grangemouth leaves at 11.40, not at midnight as the posters say.",
     "Последний автобус до Грейнджмута уходит в 23:40, а не в полночь, как написано на афишах.", "ru"),
    # weeks said in months, a range of number words joined by a hyphen
    ("Ideally, book an appointment six to eight weeks before you travel.",
     "Лучше всего записаться на приём за полтора-два месяца до поездки.", "ru"),
])
def test_a_number_said_another_way_is_the_same_quantity(source, target, lang, rule_flags):
    assert "numbers" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Back in Seahouses just before dark, at 4.20.", "Retour à Seahouses juste avant la nuit, à 17 h 20.",
     "fr"),
    ("Ideally, book an appointment six to eight weeks before you travel.",
     "Лучше всего записаться на приём за три-четыре месяца до поездки.", "ru"),
])
def test_a_changed_number_of_the_same_shape_still_differs(source, target, lang, rule_flags):
    assert "numbers" in rule_flags(source, target, lang)


def test_dunedin_as_russian_writes_it_is_the_same_name(rule_flags):
    assert "names" not in rule_flags(
        "He carved a thistle for the gates of a park in Dunedin, New Zealand.",
        "Он вырезал чертополох для ворот парка в Данидине, в Новой Зеландии.", "ru")


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Buy a local SIM card, since the two apps you will rely on most need a data connection.",
     "Procurez-vous une carte SIM locale : les deux applications dont vous aurez le plus besoin ne "
     "fonctionnent pas sans connexion de données.", "fr"),
    ("Buy a local SIM card, since the two apps you will rely on most need a data connection.",
     "Купите местную SIM-карту: двум приложениям, без которых вам не обойтись, нужен мобильный интернет.",
     "ru"),
    ("Even if you are leaving in a few days, it is not too late.",
     "Même si vous partez dans quelques jours, il est encore temps.", "fr"),
    ("Some countries, such as Ghana and Cameroon, will not let you in without a yellow fever certificate.",
     "Certains pays, comme le Ghana et le Cameroun, exigent un certificat de vaccination contre la fièvre "
     "jaune.", "fr"),
    ("Comments that arrive a few days late will not be disregarded.",
     "Замечания, пришедшие с опозданием на несколько дней, тоже будут учтены.", "ru"),
    ("We will ask whether you have any medical conditions or allergies.",
     "Мы спросим, нет ли у вас хронических заболеваний или аллергии.", "ru"),
    ("Latin Technique with Dev Raman — rumba, samba and jive, but no paso doble this term.",
     "Technique latine avec Dev Raman — rumba, samba et jive ; le paso doble fait relâche ce trimestre.",
     "fr"),
    ("The cottage garden had 23 pups, all but three of them already marked.",
     "Dans le jardin du cottage, on en a compté 23, dont trois seulement n'étaient pas encore marqués.",
     "fr"),
    ("Our fee for the purchase is £1,185 plus VAT of £237, a total of £1,422.",
     "Nos honoraires pour l'achat s'élèvent à 1 185 £ HT, plus 237 £ de TVA, soit 1 422 £ au total.", "fr"),
    ("Note to self: order more dye and replace the sling.",
     "Не забыть: заказать ещё краски и заменить гамак.", "ru"),
    # opposite words: 'floated' = «не тонул» (blind38 d5-21, which «единственный» as an 'only' unmasked),
    # 'has not died' = «жива»
    ("It was a bowhead, the only species the Dundee men hunted, since it floated when dead.",
     "Это был гренландский кит — единственный вид, на который охотились китобои из Данди: убитый, он не "
     "тонул.", "ru"),
    ("The vendors have fewer customers, but the tradition has not died.",
     "Покупателей у торговок стало меньше, но традиция жива.", "ru"),
    ("Alan McCrindle joined us at sixteen and has never worked anywhere else.",
     "Алан Маккриндл пришёл к нам в шестнадцать лет, и это его единственное место работы.", "ru"),
])
def test_a_negation_said_another_way_is_kept(source, target, lang, rule_flags):
    assert "reversal" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Comments that arrive a few days late will be considered.",
     "Замечания, пришедшие с опозданием на несколько дней, не будут учтены.", "ru"),
    ("The vendors have fewer customers, but the tradition has not died.",
     "Покупателей у торговок стало меньше, и традиция умерла.", "ru"),
    # 'fewer than' does not say 'not' in a word: a 'не' added beside it is a reversal (injected, held-out)
    ("The mine employed 2 500 workers before the war and fewer than 900 after it.",
     "До войны на шахте не работали 2 500 человек, а после неё — меньше 900.", "ru"),
    # an elliptical «Plus de …» with no figure after it still says 'no more'
    ("Paso doble goes on this term, as before.", "Le trimestre commence. Plus de paso doble, hélas.", "fr"),
])
def test_a_negation_on_one_side_only_still_differs(source, target, lang, rule_flags):
    assert "reversal" in rule_flags(source, target, lang)


def test_a_russian_magnitude_before_its_number_is_that_many_thousands():
    said = extract_numbers("Нам обещали компенсацию, говорят, тысяч по пятьдесят на человека.", "ru")
    assert [m.key for m in said] == [("num", 50000.0)]
    # … but not after «из этих» (of these thousands, two hundred)
    assert ("num", 200000.0) not in [m.key for m in extract_numbers("Из этих тысяч двести ушли.", "ru")]
    # … nor the singular: «около тысячи четырёхсот» is one thousand four hundred (seen quote blind14 q19)
    said = extract_numbers("Живёт около тысячи четырёхсот человек.", "ru")
    assert ("num", 400000.0) not in [m.key for m in said]


@pytest.mark.parametrize(("quotation", "drifted"), [
    # a French conditional of hearsay keeps the source's «говорят»; the plain past drops it
    ("L'ingénieur en chef aurait déjà été licencié.", False),
    ("L'ingénieur en chef a déjà été licencié.", True),
])
def test_a_french_conditional_carries_a_hearsay_hedge(quotation, drifted):
    found = hedge_signal(BeadPair(("Главного инженера, говорят, уже уволили.",), (quotation,)), "ru", "fr")
    assert (found is not None) == drifted


def test_every_shift_said_as_most_shifts_is_a_changed_quantifier():
    found = claim_contrast("Теперь в каждой смене будет не меньше восьми спасателей.", "ru",
                           "Désormais, la plupart des équipes compteront au moins huit sauveteurs.", "fr")
    assert found is not None and "каждой" in found.reason
