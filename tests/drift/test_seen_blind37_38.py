"""False alarms of the natural sets blind37 and blind38 and quote set blind28 (scored once at 1e49dd1,
seen since): what a professional translation writes differently, and the real slips of the same shape
that still differ.

Each natural case is read by the rule signals alone (no encoder): the flag or its absence is theirs.
"""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair
from alignment.numbers import extract_numbers


@pytest.mark.parametrize(("source", "target", "lang"), [
    # 'a third' is also the ordinal: a third piano, a third place
    ("Lindqvist once sent back two pianos before accepting a third that I thought no better than the first.",
     "Lindqvist renvoya un jour deux pianos avant d'en accepter un troisième, qui ne me semblait pas "
     "meilleur que le premier.", "fr"),
    ("Mr Fell did not place a third in the mule ewe lamb class.",
     "Третье место в классе ярок-мулов г-н Фелл решил не присуждать.", "ru"),
    # degrees Fahrenheit converted to Celsius, without the F
    ("The air conditioning blew across the stage at about 64 degrees.",
     "La climatisation soufflait sur la scène un air à 18 degrés environ.", "fr"),
    ("The air conditioning blew across the stage at about 64 degrees.",
     "Кондиционеры гнали на сцену воздух градусов восемнадцати.", "ru"),
    # «четвертью» is a quarter; «dix cents» are ten cents, not a thousand
    ("Tuning for a recital took me about an hour and a quarter.",
     "Настройка перед сольным концертом занимала у меня около часа с четвертью.", "ru"),
    ("The middle register had drifted by nearly ten cents.",
     "Le médium s'était décalé de près de dix cents.", "fr"),
    # 'and a half share' is no half added to an amount in the thousands
    ("There are savings of £128,400 and a half share in a caravan at Aberdovey.",
     "S'y ajoutent 128 400 £ d'épargne, ainsi que la moitié d'une caravane à Aberdovey.", "fr"),
    # a bound said with 'never'
    ("A deposit of 25 per cent, and never less than £250, is payable at the time of booking.",
     "Un acompte de 25 %, d'un montant minimal de 250 £, est exigible à la réservation.", "fr"),
])
def test_a_number_said_another_way_is_the_same_quantity(source, target, lang, rule_flags):
    assert "numbers" not in rule_flags(source, target, lang)
    assert "reversal" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("The water was at 20 degrees.", "L'eau était à 25 degrés.", "fr"),
    ("There are savings of £128,400 in the estate.", "La succession compte 182 400 £ d'épargne.", "fr"),
    ("He came third.", "Il est arrivé quatrième.", "fr"),
])
def test_a_changed_number_of_the_same_shape_still_differs(source, target, lang, rule_flags):
    assert "numbers" in rule_flags(source, target, lang)


def test_french_hundreds_are_counted_only_after_a_unit_number():
    assert [m.figure for m in extract_numbers("près de dix cents", "fr")] == [10]
    assert [m.figure for m in extract_numbers("deux cents euros", "fr")] == [200]
    assert [m.figure for m in extract_numbers("cent fois", "fr")] == [100]


@pytest.mark.parametrize(("source", "target", "lang"), [
    # a superlative said as 'never so'
    ("The sheep lines were the busiest for a decade, with 118 Texels alone.",
     "Jamais depuis dix ans les parcs à moutons n'avaient été aussi pleins : on comptait 118 Texel.", "fr"),
    ("The sheep lines were the busiest for a decade, with 118 Texels alone.",
     "Овечьи загоны не были так заполнены уже лет десять: одних только тексельских овец было 118.", "ru"),
    # idioms
    ("It was standing on four good legs, which is more than I can say for some of its rivals.",
     "Il était bien planté sur ses quatre pattes, ce qu'on ne peut pas dire de certains de ses concurrents.",
     "fr"),
    ("If you are having trouble paying, tell us early.", "Si vous avez du mal à payer, prévenez-nous sans "
     "attendre.", "fr"),
    ("The journey up would undo half my work.", "Подъём сведёт на нет половину моих трудов.", "ru"),
    ("The piles were in far better condition than anyone had dared to hope.",
     "Les pieux étaient en bien meilleur état qu'on n'avait osé l'espérer.", "fr"),
    # a noun or a phrase that says 'no'
    ("For emergencies such as flooding or no heating in winter, phone the 24-hour line.",
     "En cas d'urgence — inondation, panne de chauffage en hiver —, appelez la ligne d'urgence.", "fr"),
    ("For emergencies such as flooding or no heating in winter, phone the 24-hour line.",
     "В экстренных случаях — затопление, отключение отопления зимой — звоните на круглосуточную линию.",
     "ru"),
    ("The trip runs from April to October; it does not operate in July and August.",
     "Маршрут проводится с апреля до октября, за исключением июля и августа.", "ru"),
])
def test_a_negation_said_another_way_is_kept(source, target, lang, rule_flags):
    assert "reversal" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("The trip runs from April to October; it does not operate in July and August.",
     "Маршрут проводится с апреля до октября, в том числе в июле и августе.", "ru"),
])
def test_a_dropped_negation_of_the_same_shape_still_differs(source, target, lang, rule_flags):
    assert "reversal" in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("In February 2022 storms Dudley, Eunice and Franklin struck within a single week.",
     "В феврале 2022 года за одну неделю налетели три шторма — «Дадли», «Юнис» и «Франклин».", "ru"),
    ("In September a stoker, John Mudie, died of pneumonia.", "В сентябре умер от воспаления лёгких "
     "кочегар Джон Мади.", "ru"),
    ("She was lost off Spitsbergen two years later.", "Через два года судно затонуло у Шпицбергена.", "ru"),
    ("I have been Ros's deputy for the last nineteen years.",
     "Je suis l'adjoint de Ros depuis dix-neuf ans.", "fr"),
])
def test_a_name_or_title_as_said_is_the_same(source, target, lang, rule_flags):
    assert "names" not in rule_flags(source, target, lang)


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("In September a stoker, John Mudie, died of pneumonia.", "В сентябре умер от воспаления лёгких "
     "кочегар Джон Мейси.", "ru"),
    ("I have been Ros's colleague for the last nineteen years.",
     "Je suis l'adjoint de Ros depuis dix-neuf ans.", "fr"),
])
def test_a_changed_name_or_title_still_differs(source, target, lang, rule_flags):
    assert "names" in rule_flags(source, target, lang)


def test_a_vague_amount_keeps_its_bound_to_itself():
    """quote blind28 q09: «больше сотни человек, половина из них дети» bounds the hundred, not the half."""
    from alignment.qualifiers import quantities

    text = "Было больше сотни человек, половина из них дети."
    found = {q.words: q.qualifier for q in quantities(text, "ru")}
    assert found == {"сотни": "more", "половина": ""}


@pytest.mark.parametrize(("source", "quote", "drifted"), [
    # quote blind28 q14, q16: the future of an ability verb is 'will be able', which 'could' renders
    ("Если договоримся, они смогут начать работу в середине сентября.",
     "If we reach agreement, they could start working in mid-September.", False),
    ("Построить такой мост до конца навигации мы физически не успеем.",
     "There is physically no way we could build a bridge like that before navigation closes.", False),
    ("Если договоримся, они начнут работу в середине сентября.",
     "If we reach agreement, they could start working in mid-September.", True),
])
def test_an_ability_in_the_future_quoted_with_could_is_no_softened_promise(source, quote, drifted):
    from alignment.quotes import future_signal

    assert (future_signal(BeadPair((source,), (quote,)), "ru", "en") is not None) is drifted


def test_as_far_as_i_know_is_a_hedge():
    """quote blind28 q27: «Насколько мне известно» dropped states hearsay as fact."""
    from alignment.modality import modal_words

    assert modal_words("Насколько мне известно, капитан уже уволен.", "ru", "hedge")
    assert modal_words("As far as we can tell, the ship was built in 1881.", "en", "hedge")
    # quote blind26 q07 (seen): the French says it another way
    assert modal_words("D'après ce que je sais, il n'y aurait pas la place.", "fr", "hedge")
