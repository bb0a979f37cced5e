"""False alarms of the natural sets blind31 and blind32 (scored once at 884062b, seen since): a height or a
weight given in two imperial units and said in metric, and the wrong measure that still differs. Read by the
rule signals alone (no encoder)."""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("The bikes suit riders from about 4 ft 11 in to 6 ft 5 in tall.",
     "Les vélos conviennent aux personnes mesurant environ de 1,50 m à 1,95 m.", "fr"),
    ("The bikes suit riders from about 4 ft 11 in to 6 ft 5 in tall.",
     "Велосипеды рассчитаны на рост примерно от 150 до 195 см.", "ru"),
    ("Rory is six foot four, so he stepped on her feet from a considerable height.",
     "Рост у Рори метр девяносто три, так что на ноги он ей наступал с немалой высоты.", "ru"),
    ("She weighed seven pounds three ounces, and she has been running the household ever since.",
     "Весила она 3 килограмма 260 граммов и с тех пор командует всем домом.", "ru"),
    ("Her largest work measures nearly five feet across.",
     "Son œuvre la plus grande mesure près d'un mètre cinquante de large.", "fr"),
])
def test_a_height_or_weight_in_two_units_said_in_metric_is_no_changed_number(
        source, target, lang, rule_flags):
    assert "numbers" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Rory is six foot four.", "Рост у Рори метр семьдесят три.", "ru"),
    ("The bikes suit riders from 4 ft 11 in to 6 ft 5 in tall.",
     "Les vélos conviennent aux personnes mesurant de 1,50 m à 1,65 m.", "fr"),
    ("She weighed seven pounds three ounces.", "Весила она 4 килограмма 260 граммов.", "ru"),
])
def test_another_height_or_weight_still_differs(source, target, lang, rule_flags):
    assert "numbers" in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target"), [
    # a British first floor is the Russian second («Второй этаж»: the ground floor is the first)
    ("First floor: sitting room, 18 ft (5.49 m) in diameter, with a wood-burning stove.",
     "Второй этаж: гостиная диаметром 5,49 м с дровяной печью."),
    # «никуда не делись» (have gone nowhere) says 'remain'; «не дожидаясь» (not waiting for) says 'before'
    ("The tips remain, grey and enormous.", "Отвалы никуда не делись — серые, огромные."),
    ("Dr Nandakumar started treatment before the blood result came back positive.",
     "Доктор Нандакумар назначила антибиотик, не дожидаясь положительного результата анализа."),
])
def test_a_floor_counted_from_one_and_russian_idioms_with_ne_are_no_drift(source, target, rule_flags):
    assert not {"numbers", "reversal"} & set(rule_flags(source, target, "ru"))


def test_people_say_in_a_quotation_keeps_the_hearsay_of_its_source():
    # quote blind25 q09 (seen): «Говорят, даже Белецкий узнал …» = "Even Beletsky, people say, learned …"
    from alignment.quotes import hedge_signal

    source = "Говорят, даже Белецкий узнал о приказе из новостей, как и все остальные."
    kept = "Even Beletsky, people say, learned about the order from the news, just like everyone else."
    dropped = "Even Beletsky learned about the order from the news, just like everyone else."
    assert hedge_signal(BeadPair((source,), (kept,)), "ru", "en") is None
    assert hedge_signal(BeadPair((source,), (dropped,)), "ru", "en") is not None
