"""Negation units per language, and what does not count as negation."""

from __future__ import annotations

import pytest

from alignment.drift import BeadPair, negation_signal
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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cette ligne ne cesse de me fasciner.", "fr"),  # "keeps fascinating me"
        ("Il n'a cessé de pleuvoir.", "fr"),
        ("Le torrent ne tarde pas à nous arrêter.", "fr"),  # "soon stops us"
        ("Il nous dépassa sans peine.", "fr"),  # "easily"
        ("C'est sans doute vrai.", "fr"),  # "probably"
        ("Cette équipe ne se borna pas à faire des ascensions.", "fr"),  # "did not only climb"
        ("Les photos sont soumises avant qu'aucune ne soit publiée.", "fr"),  # expletive ne: "before any"
        ("Nicht zuletzt hat es seinen Reiz.", "de"),  # "not least"
        ("Er hat es nicht umsonst versucht.", "de"),  # "for good reason"
        ("It is, not least, a question of money.", "en"),
        ("Он не раз приезжал в Москву.", "ru"),  # "more than once"
        ("Он чуть не упал.", "ru"),  # "almost fell"
    ],
)
def test_idioms_that_contain_a_negation_word_do_not_negate(text: str, lang: str) -> None:
    assert count(text, lang) == 0


@pytest.mark.parametrize(
    ("source", "slang", "target", "tlang"),
    [
        ("Für mich wäre es nun sinnlos, die ganze Tour nachzuvollziehen.", "de",
         "Cela n'aurait guère de sens pour moi de relater toute la course.", "fr"),
        ("Die Wände sind zwar hoffnungslos;", "de",
         "Les parois, il est vrai, ne laissent aucun espoir :", "fr"),
        ("Die Versuche haben nur bis zu einer Höhe von 7000 m geführt.", "de",
         "Les tentatives n'ont pas dépassé 7000 m.", "fr"),
        ("Derartige Täler so zu erklären, ist nicht möglich.", "de",
         "Il est hors de question d'expliquer ainsi de telles vallées.", "fr"),
        ("The results were invisible to the naked eye.", "en",
         "Les résultats ne se voyaient pas à l'œil nu.", "fr"),
        ("Река была небольшой, но опасной.", "ru", "The river was not large, but dangerous.", "en"),
    ],
)
def test_a_negation_said_in_a_word_on_the_other_side_is_a_hint_not_a_reversal(
        source: str, slang: str, target: str, tlang: str) -> None:
    from alignment.drift import BeadPair, negation_signal

    signal = negation_signal(BeadPair((source,), (target,)), slang, tlang)
    assert signal is not None and signal.strength < 1.0
    assert "in a word" in signal.reason


def test_a_word_with_a_negative_prefix_needs_a_real_word_behind_it() -> None:
    from alignment.negation import word_negatives

    assert [c.text for c in word_negatives("Das Wetter war unklar und ungewöhnlich.", "de")] == [
        "unklar", "ungewöhnlich"]
    # "Unterricht", "inform", "dépasser", "нефть" only look negative
    assert word_negatives("Der Unterricht begann um acht.", "de") == []
    assert word_negatives("They will inform the index office.", "en") == []
    assert word_negatives("Ils ont dépassé le col.", "fr") == []
    assert word_negatives("Цены на нефть и небо над городом.", "ru") == []


def test_a_dropped_negation_with_no_negative_word_opposite_is_still_a_reversal() -> None:
    from alignment.drift import BeadPair, negation_signal

    signal = negation_signal(BeadPair(("Il est question de les nationaliser.",),
                                      ("There is no question of nationalizing them.",)), "fr", "en")
    assert signal is not None and signal.strength == 1.0


@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        ("Plus de doute, je tombe dans la rimaye.", "fr", 1),  # elliptical, no "ne"
        ("Plus jamais !", "fr", 1),
        ("Toujours pas trace de cabane.", "fr", 1),
        ("Pas de passage ici pour les grimpeurs !", "fr", 1),
        ("Il fit trois pas vers la porte.", "fr", 0),  # the noun
        # two, as in "Kein Mensch, nicht einmal unsere Lehrmeister"
        ("Personne, même pas nos maîtres, n'aurait pu nous l'apprendre.", "fr", 2),
        ("Aber nein, sie lässt mich gleichgültig.", "de", 1),
        ("Der Eintritt ist an keinerlei Formalitäten gebunden.", "de", 1),
    ],
)
def test_elliptical_and_concord_negations_count_once(text: str, lang: str, n: int) -> None:
    assert count(text, lang) == n


@pytest.mark.parametrize(
    ("source", "slang", "target", "tlang"),
    [
        # a litotes or idiom that a translation renders with a plain negation, or the reverse
        ("Die eigenen Ziele zu nennen ist oft gar nicht so leicht.", "de",
         "On a souvent quelque difficulté à faire part de ses objectifs.", "fr"),
        ("Die haben ja nichts als Eisen bei sich!", "de", "Ils n'ont que de la ferraille là-dedans !", "fr"),
        ("Nach einer Sitzung, an irgendwelchen Sitzungen.", "de", "Après je ne sais quelle réunion.", "fr"),
        ("Paul dreht sich unverzüglich um.", "de", "Paul ne perd pas de temps à se retourner.", "fr"),
    ],
)
def test_idioms_are_not_reversals_either_way(source: str, slang: str, target: str, tlang: str) -> None:
    from alignment.drift import BeadPair, negation_signal

    signal = negation_signal(BeadPair((source,), (target,)), slang, tlang)
    assert signal is None or signal.strength < 1.0


@pytest.mark.parametrize(
    ("source", "target", "why"),
    [
        ("Kam nicht gleich nach diesem Felsblock die Hütte?",
         "La cabane venait pourtant juste après le rocher ?", "question"),
        ("Wieder aufsteigen?", "Remonter, pas question :", "question"),
        ("Aber zu Pfefferminz ... !", "Mais avec la menthe, non !", "interjection"),
        ("Diese nicht enden wollenden Schneefelder.", "Ces champs de neige interminables.", "in a word"),
        ("Wir sind völlig ausgepumpt, chancenlos, den Absprung zu wagen.",
         "Nous sommes vidés, et nous ne nous risquons plus à décoller.", "in a word"),
    ],
)
def test_weak_negation_evidence_is_a_hint(source: str, target: str, why: str) -> None:
    from alignment.drift import BeadPair, negation_signal

    signal = negation_signal(BeadPair((source,), (target,)), "de", "fr")
    assert signal is not None and signal.strength < 1.0 and why in signal.reason


def test_a_negative_word_both_sides_share_does_not_excuse_a_dropped_negation() -> None:
    from alignment.drift import BeadPair, negation_signal

    # "inévitable" renders "inevitable", not the dropped "no"
    pair = BeadPair(("If there is no rain, the failure of the harvest is inevitable.",),
                    ("Même avec de la pluie, l'échec de la récolte est inévitable.",))
    signal = negation_signal(pair, "en", "fr")
    assert signal is not None and signal.strength == 1.0


def test_a_litotes_with_manquer_stands_for_a_plain_negation() -> None:
    from alignment.drift import BeadPair, negation_signal

    # "there is no lack of holds": German "fehlt … nicht", French "ne manque pas de" (a litotes)
    pair = BeadPair(("An Griffen fehlt es hier wirklich nicht.",),
                    ("Il ne manque vraiment pas de prises ici.",))
    signal = negation_signal(pair, "de", "fr")
    assert signal is None or signal.strength < 1.0


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


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        ("Ten trucks were sold in March alone.", "Rien qu'en mars, dix camions ont été vendus.", "fr"),
        ("Allow at least ten days for the climb.", "Следует заложить не менее десяти дней.", "ru"),
        ("It was not an easy case to win.", "L'affaire était loin d'être gagnée.", "fr"),
    ],
)
def test_english_against_idioms_with_a_negation_word(source: str, target: str, lang: str) -> None:
    from alignment.drift import BeadPair, negation_signal

    signal = negation_signal(BeadPair((source,), (target,)), "en", lang)
    assert signal is None or signal.strength < 1.0


def _reversal_strength(source: str, target: str, source_lang: str, target_lang: str) -> float:
    from alignment.drift import negation_signal

    found = negation_signal(BeadPair((source,), (target,)), source_lang, target_lang)
    return 0.0 if found is None else found.strength


def test_a_german_noun_with_a_negative_prefix_does_not_render_a_not():
    """Unfall (accident) is not "un" + Fall: it cannot stand for a French "ne … pas", so a "ne …
    pas" the German lacks stays a full reversal."""
    assert _reversal_strength(
        "Bei einem Unfall zahlt die Expedition der Familie des Verstorbenen eine Entschädigung , je nach den "
        "Umständen .",
        "En cas d' accident , on ne paie pas à la famille du défunt l' indemnité que prévoit l' expédition "
        "selon les circonstances .", "de", "fr") == 1.0


def test_a_capitalised_german_adjective_opening_a_sentence_is_still_negative():
    from alignment.negation import word_negatives

    text = "Unklar bleibt, warum. « Unmöglich », sagte er; das Unglück."
    said = [c.text for c in word_negatives(text, "de")]
    assert said == ["Unklar", "Unmöglich"]


@pytest.mark.parametrize(("text", "negative"), [
    ("Es sind drei Fehlerquellen.", False),
    ("Es fehlt an Wasser.", True),
    ("Das gilt wenigstens für ein paar Jahre.", False),
    ("Nur wenige kamen zurück.", True),
])
def test_german_words_negative_in_meaning_exclude_lookalikes(text, negative):
    """Fehler (error) is not fehlen (to lack), wenigstens (at least) is not wenig (few)."""
    from alignment.negation import word_negatives

    assert bool(word_negatives(text, "de", affixes=False, restrictive=False)) is negative


def test_german_un_bar_renders_french_in_able_so_it_cannot_excuse_a_dropped_not():
    """"unerfüllbaren" is the source's own "irréalisable": that word does not say the dropped "nicht"."""
    assert _reversal_strength(
        "Es ist nicht jedermanns Sache , einen unerfüllbaren Vertrag zu unterschreiben .",
        "Chacun est prêt à signer un contrat qui est irréalisable en fait .", "de", "fr") == 1.0


def test_unmittelbar_is_not_a_negative_word():
    from alignment.negation import word_negatives

    assert word_negatives("Er kam unmittelbar danach.", "de") == []


def test_an_only_on_both_sides_renders_itself_not_a_dropped_not():
    """"Nur" is the target's "Seuls": it cannot also say the target's "ne … pas"."""
    assert _reversal_strength("Nur persönliche Berichte sind frei .",
                              "Seuls ne sont pas libres les renseignements personnels .", "de", "fr") == 1.0


def test_an_only_may_still_render_a_negated_limit():
    """"only up to 7000 m" says "did not go beyond 7000 m": a weaker signal, not a reversal."""
    assert _reversal_strength("Sie stiegen nur bis 7000 m .",
                              "Ils ne sont pas montés au-delà de 7000 m .", "de", "fr") < 1.0


def test_seul_says_single_so_it_does_not_excuse_a_dropped_not():
    """«un seul siège» renders "a single seat": with the "ne … pas" dropped, it is a reversal."""
    assert _reversal_strength("The party did not win a single seat in the east.",
                              "Le parti a obtenu un seul siège dans l'est.", "en", "fr") == 1.0


def test_should_not_wait_until_is_a_real_not():
    # "did not spread until the third day" means "only on the third day", but "should not wait
    # until June" says do not wait: the French «ne pas attendre» renders it (blind3, after its run)
    pair = BeadPair(("Visitors who want to see them should not wait until June.",),
                    ("Ceux qui veulent les voir ont tout intérêt à ne pas attendre le mois de juin.",), 0.8)
    assert negation_signal(pair, "en", "fr") is None


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("It was eaten at the end of a meal rather than at the start of the day.",
     "Elle se mangeait à la fin du repas, non au début de la journée.", "fr"),
    ("Most of it is owed to our owner on interest-free terms.",
     "L'essentiel est dû à notre propriétaire, sans intérêts.", "fr"),
    ("The crane is expected to be out of service for three weeks.",
     "Кран, как ожидается, простоит без работы три недели.", "ru"),
])
def test_a_contrast_or_a_privative_said_in_words_is_at_most_a_hint(source, target, lang):
    signal = negation_signal(BeadPair((source,), (target,), 0.8), "en", lang)
    assert signal is None or signal.strength < 0.5


@pytest.mark.parametrize(("text", "negated"), [
    ("Son intervention est prévue jeudi, pas aujourd'hui.", True),  # blind d3-38 (seen)
    ("Lui, pas moi.", True),
    ("Nous avons marché, pas à pas, jusqu'au col.", False),
    ("Chaque « pas » avait cinq larges orteils.", False),  # the footprint, in quotes
])
def test_a_french_pas_after_a_comma_is_an_elliptical_negation(text, negated):
    assert (count(text, "fr") == 1) is negated


def test_a_negative_word_renders_a_not_a_few_words_away_in_a_short_sentence():
    # blind3 d5-45 (seen): "unqualified" at the end, «не» in the middle of a five-word sentence
    pair = BeadPair(("The auditors' report is unqualified.",),
                    ("Аудиторское заключение не содержит оговорок.",))
    s = negation_signal(pair, "en", "ru")
    assert s is None or s.strength < 1.0


@pytest.mark.parametrize("text", [
    "Приостановить сокращения до тех пор, пока не будет согласована программа.",  # = until
    "Требование прокурора суд оставил без удовлетворения.",  # = the court rejected it
])
def test_russian_phrases_whose_negation_words_do_not_negate(text):
    # blind6 q19 and q16 (seen): faithful quotations called drifted for these
    assert count(text, "ru") == 0


@pytest.mark.parametrize(("text", "lang"), [
    ("She got up at three every morning, без выходных.", "ru"),
    ("Бабушка переделывала каждый без единого слова.", "ru"),
    ("Grandmother corrected every one of them without a word.", "en"),
])
def test_idioms_of_without_negate_nothing(text, lang):
    # blind d2-10 and d2-22 (seen): «без выходных» = seven days a week, "without a word" = молча
    assert count(text, lang) == 0


@pytest.mark.parametrize(("text", "lang"), [
    # blind4 (seen): an indirect question's «не … ли», litotes and idioms that say no "not"
    ("Она поинтересовалась, не рассматривал ли совет вариант продажи здания.", "ru"),
    ("Он спросил, нельзя ли обойтись без повышения.", "ru"),
    ("Она разбиралась в расчётах не хуже мужа.", "ru"),
    ("Если что-то пойдёт не так, пишите нам.", "ru"),
    ("Протокол был утверждён без изменений.", "ru"),
    ("Le procès-verbal a été approuvé sans modification.", "fr"),
    ("It was not a ledge so much as a sloping shelf of ice.", "en"),
])
def test_questions_litotes_and_idioms_whose_negation_words_negate_nothing(text, lang):
    assert count(text, lang) == 0


def test_a_plain_russian_not_still_counts():
    assert count("Он не пришёл на заседание.", "ru") == 1


@pytest.mark.parametrize("text", ["There will be nothing left of our theatre but the sign over the door.",
                                  "Nothing but trouble came of it."])
def test_nothing_but_is_only_not_nothing(text):
    # blind7 q21 (seen): «останется одна вывеска» quoted as "nothing left of our theatre but the sign"
    assert count(text, "en") == 0


@pytest.mark.parametrize(("text", "lang", "negations"), [
    # blind5 (seen): an amount after «plus de», idioms that say "remember" and "notice everything"
    ("Plus de 40 000 pages sont désormais en ligne.", "fr", 0),
    ("Au total, plus de 450 livres lui ont été prélevées.", "fr", 0),
    ("Plus de doute possible.", "fr", 1),
    ("N'oubliez pas que les compagnies aériennes limitent les liquides.", "fr", 0),
    ("Les femmes parlent très peu, mais rien ne leur échappe.", "fr", 0),
    ("Customers must be able to cancel in no more than three steps.", "en", 0),
    ("The network is not without its problems.", "en", 0),
])
def test_amounts_bounds_and_idioms_are_not_negations(text, lang, negations):
    assert count(text, lang) == negations


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # words that say "not" in their meaning render the other side's negation (blind4, blind5, blind: seen)
    ("Growers on the higher ground were largely spared.", "Садоводы на возвышенностях почти не пострадали.",
     "ru"),
    ("Three patients were awake for most of the night.", "Трое пациентов почти всю ночь не спали.", "ru"),
    ("Terrible things happen, but the people keep going.", "Происходят ужасные вещи, но люди не сдаются.",
     "ru"),
    ("We baked 400 loaves a day and still ran out by noon.",
     "Nous faisions 400 pains par jour, et à midi il n'en restait déjà plus.", "fr"),
    ("Walkers should not miss the path to the chapel.",
     "Любителям пеших прогулок стоит пройти по тропе к часовне.", "ru"),
    ("He said he was not unsympathetic.", "Il a dit qu'il n'était pas insensible à cet argument.", "fr"),
    ("Younger consumers prefer sweeter spreads or no breakfast at all.",
     "Les jeunes préfèrent les pâtes plus sucrées, voire se passent complètement de petit déjeuner.", "fr"),
])
def test_negation_said_in_the_meaning_of_a_word_is_not_a_reversal(source, target, target_lang):
    assert _reversal_strength(source, target, "en", target_lang) < 1.0


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    ("Growers on the higher ground were badly hit.", "Садоводы на возвышенностях почти не пострадали.", "ru"),
    ("Offenbar war hier ein Tier auf die Insel hinaufgestiegen .",
     "Ce n'était pas indubitablement la trace d'un animal sorti sur l'îlot .", "fr"),
    ("They surrendered on the third day.", "Они не сдались и на третий день.", "ru"),
])
def test_a_plain_not_against_no_negative_word_still_reverses(source, target, target_lang):
    source_lang = "de" if source.startswith("Offenbar") else "en"
    assert _reversal_strength(source, target, source_lang, target_lang) >= 1.0


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # blind6 (scored once, seen since): idioms whose "not" negates nothing, and a draw in chess
    ("In Poland a draw can feel like a small defeat.",
     "В Польше ничья может восприниматься как маленькое поражение.", "ru"),
    ("Some of them hate it, but they improve faster.",
     "Некоторые это терпеть не могут, но растут быстрее.", "ru"),
    ("Apart from the camera, our complaints are small.",
     "Если не считать камеры, претензии у нас мелкие.", "ru"),
    ("“Late is fine,” one man told me.", "« En retard, ce n'est pas grave », m'a dit un homme.", "fr"),
    ("We accept these findings in full.", "Nous acceptons ces conclusions sans réserve.", "fr"),
    ("She lost her first eleven games and kept coming back.",
     "Elle a perdu ses onze premières parties et n'en revenait pas moins chaque samedi.", "fr"),
    ("I learned on a board with two pawns missing.", "Я учился на доске, где не хватало двух пешек.", "ru"),
    ("The battery is better, but not by enough to justify the cost.",
     "L'autonomie est meilleure, mais pas au point de justifier la dépense.", "fr"),
])
def test_idioms_and_elliptical_negations_of_blind6_are_not_reversals(source, target, target_lang):
    assert _reversal_strength(source, target, "en", target_lang) < 1.0


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # blind7 (scored once, seen since): negation said in a word's meaning, and idioms
    ("The house with the cherry tree was gone.", "Дома с вишней больше не было.", "ru"),
    ("Taras died four years later.", "Через четыре года не стало Тараса.", "ru"),
    ("Within a generation his reputation had faded.", "Не прошло и поколения, как его слава померкла.", "ru"),
    ("Galicia is green for a reason.", "La Galice n'est pas verte par hasard.", "fr"),
    ("Instruct the Clerk to begin the tender process immediately.",
     "Charger la secrétaire de lancer sans délai la procédure d'appel d'offres.", "fr"),
    ("They produced antibodies in the blood but little protection in the gut.",
     "Они вызывали выработку антител в крови, но почти не защищали кишечник.", "ru"),
])
def test_idioms_and_negative_words_of_blind7_are_not_reversals(source, target, target_lang):
    assert _reversal_strength(source, target, "en", target_lang) < 1.0


@pytest.mark.parametrize(("text", "negated"), [
    ("Il peignit en toute saison, mais presque jamais sous le soleil.", True),
    ("Il vient le samedi, mais jamais le dimanche.", True),
    ("Plus que jamais, il faut agir.", False),
    ("Si jamais il vient, appelle-moi.", False),
])
def test_a_french_jamais_after_almost_or_but_negates_without_ne(text, negated):
    from alignment.negation import negation_cues

    assert bool(negation_cues(text, "fr")) is negated


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # seen natural sets: a negation said in a word is not consumed by an unrelated negative word
    # of the other side ("began to fail", "a few" is not even negative), and idioms
    ("His eyesight began to fail, and by 1890 he could no longer work on large canvases.",
     "Sa vue commença à baisser et, dès 1890, il fut incapable de travailler sur de grands formats.", "fr"),
    ("For a few years I reached a rating that was nowhere near enough to make a living.",
     "Pendant quelques années j'ai atteint un classement très loin de suffire pour en vivre.", "fr"),
    ("There were two nurses, and no doctor nearer than a two-hour flight.",
     "Nous étions deux infirmières, et le médecin le plus proche se trouvait à deux heures d'avion.", "fr"),
])
def test_a_negation_said_in_a_word_is_not_taken_by_another_negative_word(source, target, target_lang):
    assert _reversal_strength(source, target, "en", target_lang) < 1.0


def test_a_negative_word_in_the_scope_of_not_is_still_rendered_by_its_plain_counterpart():
    # "could not be avoided" against «évitable» (avoidable) is a reversal
    assert _reversal_strength("This could not be avoided.", "C'était évitable.", "en", "fr") == 1.0


@pytest.mark.parametrize("word", ["несколько", "недавно", "необходимо", "немедленно", "нередко"])
def test_russian_words_that_begin_with_ne_but_do_not_mean_not(word):
    from alignment.negation import word_negatives

    assert word_negatives(f"Он {word} сказал это.", "ru") == []


@pytest.mark.parametrize(("source", "target"), [
    # blind8 (scored once, seen since): bounds and idioms whose «не» negates nothing
    ("Both sites are within 500 metres of the weir.", "Обе точки — не дальше 500 метров от водослива."),
    ("He was fascinated less by the clocks than by the lutes.",
     "Он увлекался не столько часами, сколько лютнями."),
    ("It looks identical but has a new switch.",
     "Внешне она ничем не отличается, но оснащена новым выключателем."),
    ("Farmers will get advice on keeping slurry out of drains.",
     "Фермерам расскажут, как не допустить попадания навозной жижи в дренаж."),
])
def test_russian_bounds_and_idioms_of_blind8_are_not_reversals(source, target):
    assert _reversal_strength(source, target, "en", "ru") < 1.0


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # blind9 (scored once, seen since): idioms, litotes and bounds whose negation negates nothing
    ("Rooms cost £128 to £205, depending on whether meals are included.",
     "Les chambres coûtent de 128 à 205 £, selon que les repas sont compris ou non.", "fr"),
    ("I have not stopped thinking about it.", "Je n'ai cessé d'y penser depuis.", "fr"),
    ("I have not stopped thinking about it.", "Я до сих пор о нём думаю.", "ru"),
    ("Anyone who cancels late will not be refunded unless we can fill the place.",
     "Toute annulation tardive ne sera remboursée que si la place peut être réattribuée.", "fr"),
    ("There are some problems of detail.", "Le livre n'est pas exempt de défauts de détail.", "fr"),
    ("Most of them left for good.", "La plupart partirent sans retour.", "fr"),
    ("It is, quite simply, the best novel of the year.", "Это, без преувеличения, лучший роман года.", "ru"),
    ("The drop was fewer than two mites a day.", "Опад не превышал двух клещей в сутки.", "ru"),
])
def test_idioms_litotes_and_bounds_of_blind9_are_not_reversals(source, target, target_lang):
    assert _reversal_strength(source, target, "en", target_lang) < 1.0


@pytest.mark.parametrize(("source", "target", "target_lang", "reversed_"), [
    # blind10 (scored once, seen since)
    ("The number rose too, though less sharply.", "Выросло и их число, хотя и не так резко.", "ru", False),
    ("Whatever you are able to give, thank you.",
     "Сколько бы Вы ни смогли пожертвовать — спасибо.", "ru", False),
    ("In the air, perhaps not.", "Dans l'air, peut-être pas.", "fr", False),
])
def test_comparatives_concessives_and_elliptical_pas_of_blind10(source, target, target_lang, reversed_):
    assert (_reversal_strength(source, target, "en", target_lang) >= 1.0) is reversed_


@pytest.mark.parametrize(("source", "target"), [
    # blind12 (seen): a typeface name and idioms that say 'plus' and 'free'
    ("She designed Ardent, Colvin Sans and a Cyrillic companion to Tisza.",
     "Elle dessina l'Ardent, le Colvin Sans et une version cyrillique du Tisza."),
    ("You will need 500 MB of free disk space, plus room for your attachments.",
     "Il vous faudra 500 Mo d'espace disque libre, sans compter la place nécessaire aux pièces jointes."),
    ("Copies can be returned there or posted free of charge.",
     "On peut les y rendre ou les renvoyer par la poste sans frais."),
])
def test_a_negation_word_in_a_name_or_an_idiom_is_no_reversal(source, target):
    assert negation_signal(BeadPair((source,), (target,), 0.9), "en", "fr") is None


def test_sans_at_the_start_of_a_sentence_still_negates():
    assert [c.text for c in negation_cues("Sans elle, point de salut.", "fr")] == ["Sans"]


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # blind14 (scored once, seen since): a prefix «non», expletive and idiomatic negations, two negations
    # that cancel, "nothing" said as "free", and "less experienced" said «не столь опытных»
    ("It belongs to the non-steroidal anti-inflammatory drugs (NSAIDs).",
     "Il appartient à la famille des anti-inflammatoires non stéroïdiens (AINS).", "fr"),
    ("Unauthorised works will be removed.", "Les travaux non autorisés seront démolis.", "fr"),
    ("Some have asked whether the start should have been delayed.",
     "Certains se sont demandé s'il n'aurait pas fallu retarder le départ.", "fr"),
    ("“We always seem to be in the wrong place when the wind shifts,” he said.",
     "«Когда ветер меняется, мы почему-то всегда оказываемся не там, где надо», — сказал он.", "ru"),
    ("None of this would have been possible without our 240 volunteers.",
     "Всё это удалось только благодаря нашим 240 волонтёрам.", "ru"),
    ("Delivery costs £9.95, or nothing at all if you spend more than £150.",
     "Доставка стоит 9,95 фунта, а при заказе на сумму свыше 150 фунтов она бесплатна.", "ru"),
    ("They plan a shorter course for smaller boats and less experienced crews.",
     "Они планируют более короткую дистанцию для небольших яхт и не столь опытных экипажей.", "ru"),
])
def test_prefix_non_expletive_and_cancelled_negations_of_blind14_are_no_reversals(source, target,
                                                                                  target_lang):
    assert _reversal_strength(source, target, "en", target_lang) < 1.0


def test_a_clause_negated_by_et_non_is_the_same_negation_as_not():
    # seen natural set blind: «et non les voyageurs» negates a clause, as "not passengers" does
    assert negation_signal(BeadPair(("Freight, not passengers, paid for the line.",),
                                    ("C'est le fret, et non les voyageurs, qui fit vivre la ligne.",), 0.9),
                           "en", "fr") is None
    assert negation_signal(BeadPair(("Freight and passengers paid for the line.",),
                                    ("C'est le fret, et non les voyageurs, qui fit vivre la ligne.",), 0.9),
                           "en", "fr") is not None


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # natural blind15 and blind16 (scored once, seen since): idioms, litotes, bounds and words that say 'not'
    ("She made her first solo flight after just under eleven hours of instruction.",
     "Первый самостоятельный полёт она совершила, налетав с инструктором без малого одиннадцать часов.",
     "ru"),
    ("She left Croydon at a quarter to six on the morning of 9 October.",
     "Она вылетела из Кройдона 9 октября без четверти шесть утра.", "ru"),
    ("Dinner for two came to £112 before service.",
     "Ужин на двоих обошёлся в 112 фунтов без учёта чаевых.", "ru"),
    ("Within two years she held a commercial pilot's licence.",
     "Не прошло и двух лет, как она получила лицензию коммерческого пилота.", "ru"),
    ("I have been looking for some years.", "Ищу я уже не первый год.", "ru"),
    ("A good deal of butter and cheese is involved.", "Масла и сыра тут не жалеют.", "ru"),
    ("You're very welcome.", "Не за что.", "ru"),
    ("The main driver must be at least 23 years old.",
     "Основной водитель должен быть не моложе 23 лет.", "ru"),
    ("The decision was not unreasonable.", "Решение нельзя назвать необоснованным.", "ru"),
    ("So I waited in for nothing.", "То есть я просидела дома зря.", "ru"),
    ("The most you will pay is the excess of £1,200.",
     "Votre participation ne dépassera pas le montant de la franchise, soit 1 200 £.", "fr"),
    ("I think it tastes best on the third day.",
     "Je trouve qu'il n'est jamais aussi bon que le troisième jour.", "fr"),
    ("What is not covered", "Exclusions", "fr"),
    ("If that money is not found, we will cut rations.",
     "Faute de trouver cette somme, nous réduirons les rations.", "fr"),
    ("They are really a snack, not a pudding.", "Ce sont plutôt des en-cas que des desserts.", "fr"),
    ("The people we met were exhausted but far from passive.",
     "Люди были измотаны, но отнюдь не сидели сложа руки.", "ru"),
    ("It has long been out of print.", "Книга давно не переиздаётся.", "ru"),
    ("It's too early to say with confidence.", "С уверенностью пока сказать нельзя.", "ru"),
    ("Last time you sent the wrong cushions.", "В прошлый раз вы прислали не те подушки.", "ru"),
    ("Service is refreshingly free of scripted enthusiasm.",
     "Обслуживают, что приятно, без дежурного энтузиазма.", "ru"),
    ("You can, provided the garage stays above freezing.",
     "Можно, если в гараже температура не опускается ниже нуля.", "ru"),
])
def test_idioms_litotes_and_negative_words_of_blind15_and_blind16_are_no_reversals(source, target,
                                                                                   target_lang):
    assert _reversal_strength(source, target, "en", target_lang) < 1.0


def test_a_dropped_not_before_rule_out_is_still_a_reversal():
    # seen natural set blind2: "has not ruled out" against «исключил» (has ruled out) is a real reversal
    assert _reversal_strength("The council has not ruled out further increases next year.",
                              "Совет исключил дальнейшее повышение платы в следующем году.",
                              "en", "ru") >= 1.0


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # natural blind17 and blind18 (scored once, seen since)
    ("We strongly advise against injecting it until the cause has been confirmed.",
     "Nous déconseillons vivement de l'injecter tant que la cause n'a pas été confirmée.", "fr"),
    ("It survived better than anyone dared hope.", "Elle a survécu mieux qu'on n'osait l'espérer.", "fr"),
    ("He did not say a word until the last note had died away.",
     "Он не проронил ни слова, пока не отзвучала последняя нота.", "ru"),
    ("The balloon tore on a chimney before it had risen fifty feet.",
     "Шар порвался о трубу, не успев подняться и на пятнадцать метров.", "ru"),
    ("The council's position, restated as recently as last year, is unchanged.",
     "Совет подтвердил свою позицию не далее как в прошлом году.", "ru"),
    ("It was the most useful thing anyone has ever made me do.",
     "Ничего полезнее меня никогда делать не заставляли.", "ru"),
    ("No customer may be disconnected on any day of a heat alert.",
     "В дни предупреждения о жаре отключать клиентов запрещено.", "ru"),
    ("Sue simply got on with things.", "Sue a fait face sans faire d'histoires.", "fr"),
    ("The name was not uncommon in Liguria.", "Le nom n'avait rien de rare en Ligurie.", "fr"),
])
def test_until_expletive_ne_and_superlatives_of_blind17_and_blind18_are_no_reversals(source, target,
                                                                                  target_lang):
    assert _reversal_strength(source, target, "en", target_lang) < 1.0


def test_poka_as_so_far_keeps_its_negation_but_poka_ne_as_until_does_not():
    # quote blind18 (seen): «обвинение пока никому не предъявлено» = "no one has been charged so far"
    so_far = "В следственном отделе сообщили, что обвинение пока никому не предъявлено."
    assert _reversal_strength(so_far, "They said that no one has been charged so far.", "ru", "en") < 1.0
    assert _reversal_strength(so_far, "They said that everyone has been charged so far.", "ru", "en") >= 1.0


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # natural blind19 and blind20 (scored once, seen since): a negation said by an opposite word,
    # an elliptic «jamais», a literary «ne» across an auxiliary, 'nor' continuing a 'not', idioms
    ("She told him, too, that Ruth had talked about him often, and never unkindly.",
     "Elle lui dit aussi que Ruth parlait souvent de lui, et jamais méchamment.", "fr"),
    ("She told him, too, that Ruth had talked about him often, and never unkindly.",
     "Ещё она сказала, что Рут часто о нём говорила, и всегда по-доброму.", "ru"),
    ("Whatever the season, pack a warm layer: in Liepāja, the wind is never far away.",
     "В любое время года берите с собой что-нибудь тёплое: в Лиепае ветер всегда где-то рядом.", "ru"),
    ("It was white, with rubber flowers, and he had never seen it before.",
     "Она была белая, с резиновыми цветами, и он видел её впервые.", "ru"),
    ("A letter came from a woman he had never heard of.", "Пришло письмо от совершенно незнакомой женщины.",
     "ru"),
    ("Cycling, ball games and picnics are not allowed, nor is the use of metal detectors.",
     "Запрещается кататься на велосипеде, играть в мяч, устраивать пикники, а также пользоваться "
     "металлоискателями.", "ru"),
    ("The podcast about people who do slow things well.",
     "Подкаст о людях, которые не торопятся и делают своё дело хорошо.", "ru"),
    ("The guided tours are not for everyone.", "Такие экскурсии — на любителя.", "ru"),
    ("Watch out for the tram rails, which have caught out many a visitor.",
     "Берегитесь трамвайных рельсов: на них попался не один турист.", "ru"),
    ("To my surprise, yes.", "Как ни странно, да.", "ru"),
    ("Here is what I would ask of the council, and it is not a long list.",
     "Voici ce que je demanderais à la municipalité, et la liste est courte.", "fr"),
    ("The export files could not be consulted, as they are being digitised.",
     "Les dossiers d'exportation n'ont pu être consultés, car ils sont en cours de numérisation.", "fr"),
    ("We are sure the children will come back tired and muddy.",
     "Nous ne doutons pas que les enfants rentreront fatigués et couverts de boue.", "fr"),
    ("Cycling went from almost nothing to around six per cent of all journeys.",
     "Доля велосипеда выросла почти с нуля примерно до шести процентов всех поездок.", "ru"),
    ("None of this is cheap, but none of it is expensive either.",
     "Всё это недёшево, но и не так уж дорого.", "ru"),
    ("The views expressed are his own.", "Мнение автора может не совпадать с позицией редакции.", "ru"),
    ("Please read it carefully and keep it somewhere safe.",
     "Пожалуйста, внимательно прочитайте его и не выбрасывайте.", "ru"),
    ("No fee is charged for the burial of a child.", "L'inhumation d'un enfant est gratuite.", "fr"),
    ("Mobile phones and games consoles should be left at home.",
     "Мобильные телефоны и игровые приставки брать с собой нельзя.", "ru"),
])
def test_opposite_words_elliptic_and_literary_negations_of_blind19_and_blind20_are_no_reversals(
        source, target, target_lang):
    assert _reversal_strength(source, target, "en", target_lang) < 1.0


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # the same sentences with the negation really lost
    ("She told him that Ruth had talked about him often, and never unkindly.",
     "Elle lui dit que Ruth parlait souvent de lui, et méchamment.", "fr"),
    ("Whatever the season, pack a warm layer: the wind is never far away.",
     "В любое время года берите с собой что-нибудь тёплое: ветер всегда где-то далеко.", "ru"),
    ("The export files could not be consulted.", "Les dossiers d'exportation ont pu être consultés.", "fr"),
    ("Cycling is not allowed.", "Кататься на велосипеде разрешается.", "ru"),
    ("Mobile phones and games consoles may be brought along.",
     "Мобильные телефоны и игровые приставки брать с собой нельзя.", "ru"),
])
def test_a_negation_lost_beside_those_words_is_still_a_reversal(source, target, target_lang):
    assert _reversal_strength(source, target, "en", target_lang) >= 1.0


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # natural blind21 and blind22 (scored once, seen since): «пока … не» after a comma is 'until';
    # a 'not … until' kept by the translation; elliptic «pas»; idioms and opposite words
    ("Increase two stitches every eighth round until you have 76 stitches.",
     "Прибавляйте по две петли в каждом восьмом круге, пока не наберётся 76 петель.", "ru"),
    ("Knit every round until the body measures 38 cm from the cast-on edge.",
     "Провязывайте все круги лицевыми, пока высота корпуса от наборного края не составит 38 см.", "ru"),
    ("She can go back to her walks, but she should not be allowed to swim until the gum has healed.",
     "Потом можно вернуться к прогулкам, но купаться ей нельзя, пока десна не заживёт.", "ru"),
    ("She can gradually go back to her walks, but she should not be allowed to swim until it has healed.",
     "Elle pourra reprendre peu à peu ses promenades, mais il ne faut pas la laisser se baigner avant la "
     "cicatrisation.", "fr"),
    ("If nothing went wrong you'd do it in five or six weeks.", "Si tout se passait bien, on le bouclait en "
     "cinq ou six semaines.", "fr"),
    ("Not often, to be honest.", "Pas souvent, pour être honnête.", "fr"),
    ("Lighting the stove for a brew, and not another soul for miles.",
     "Allumer le réchaud pour se faire un thé, et pas âme qui vive à des kilomètres à la ronde.", "fr"),
    ("He always wished them to stay together.", "Il a toujours souhaité qu'ils ne soient pas dispersés.",
     "fr"),
    ("The inquiry is still open.", "Расследование ещё не завершено.", "ru"),
    ("You should be comfortable with your own company.", "Вам не должно быть в тягость одиночество.", "ru"),
    ("We will pay your travel from anywhere in mainland Britain.",
     "Мы оплатим вам дорогу, откуда бы вы ни ехали.", "ru"),
    ("Sofia watched him across the table the whole evening.", "Софья весь вечер не сводила с него глаз.",
     "ru"),
    ("Please tell me which size you knitted.", "Не забудьте указать, какой размер вы вязали.", "ru"),
    ("Off-lead exercise must wait.", "Les sorties sans laisse devront attendre.", "fr"),
])
def test_until_idioms_and_opposite_words_of_blind21_and_blind22_are_no_reversals(source, target,
                                                                                   target_lang):
    assert _reversal_strength(source, target, "en", target_lang) < 1.0


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    ("I do not yet know what a rouble will buy.", "Пока не знаю, что можно купить на рубль.", "ru"),
    ("No decision has yet been taken on the merger, which they proposed in January.",
     "Решение о слиянии, предложенном ими в январе, пока не принято.", "ru"),
    ("Often, to be honest.", "Pas souvent, pour être honnête.", "fr"),
    ("The inquiry is finished.", "Расследование ещё не завершено.", "ru"),
])
def test_not_yet_and_a_negation_really_added_still_differ(source, target, target_lang):
    # «Пока не знаю» at a sentence's start and «…, пока не принято» before a state say 'not yet', a
    # real negation on both sides (seen natural set blind4)
    strength = _reversal_strength(source, target, "en", target_lang)
    assert (strength == 0.0) if "yet" in source else (strength >= 1.0)


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # natural blind23/blind24 (seen): each a false alarm at 46a2d1e
    ("The beck must not be crossed except by the two footbridges marked on the map.",
     "On ne peut franchir le ruisseau que par les deux passerelles indiquées sur la carte.", "fr"),
    ("He's got more patience with sheep than I ever had.",
     "Il a plus de patience avec les moutons que je n'en ai jamais eu.", "fr"),
    ("Please get in touch if you are worried about anything in this letter.",
     "N'hésitez pas à nous contacter si un point de ce courrier vous inquiète.", "fr"),
    ("Please call us if you have any questions.", "Не стесняйтесь звонить нам, если у вас есть вопросы.",
     "ru"),
    ("He takes the night checks, because he's young enough not to mind.",
     "Ночные обходы — на нём: он молодой, ему это нипочём.", "ru"),
    ("The organiser can be reached on 07700 914 362 until the last runner is back.",
     "С организатором можно связаться по телефону 07700 914 362, пока не вернётся последний участник.",
     "ru"),
    ("The Northern Lights can appear, though clear nights are not common.",
     "Les aurores boréales peuvent apparaître, mais les nuits dégagées sont rares.", "fr"),
    ("Most shops are shut on Sundays.", "По воскресеньям большинство магазинов не работает.", "ru"),
])
def test_except_comparative_jamais_letter_idioms_and_opposite_words_of_blind23_and_24_are_no_reversals(
        source, target, target_lang):
    assert _reversal_strength(source, target, "en", target_lang) < 1.0


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    ("The beck can be crossed by the two footbridges marked on the map.",
     "On ne peut pas franchir le ruisseau par les deux passerelles indiquées sur la carte.", "fr"),
    ("He has never had much patience with sheep.", "Il a toujours eu beaucoup de patience avec les moutons.",
     "fr"),
    ("Clear nights are common.", "Les nuits dégagées sont rares.", "fr"),
    ("You can usually find a table without booking.", "En semaine il est rare de trouver une table.", "fr"),
])
def test_a_negation_lost_or_an_opposite_word_beside_them_still_differs(source, target, target_lang):
    assert _reversal_strength(source, target, "en", target_lang) >= 1.0


def test_until_after_a_clause_opening_conjunction_is_no_reversal():
    # quote blind21 (seen): «Но пока промоину не закроют» = "But until the breach is closed"
    source = "But until the breach is closed, every heavy downpour will mean a fresh risk for the Lower Town."
    target = "Но пока промоину не закроют, каждый сильный дождь будет означать новый риск для Нижнего города."
    assert _reversal_strength(source, target, "en", "ru") < 1.0
    # … while «Но пока не ясно» at the clause's start still says 'not yet'
    assert _reversal_strength("But it is clear.", "Но пока не ясно.", "en", "ru") >= 1.0


@pytest.mark.parametrize(("source", "target", "target_lang"), [
    # natural blind25/blind26 (seen): each a false alarm at fa154a2
    ("The old corn mill, idle since 1919, still had a good head of water.",
     "На старой мельнице, стоявшей без дела с 1919 года, по-прежнему хороший напор воды.", "ru"),
    ("On Saturday nights people crowded in to hear dance music.",
     "По субботам вечером там было не протолкнуться: все шли слушать танцевальную музыку.", "ru"),
    ("If you keep an item that another reader has requested, your rights will be suspended.",
     "Если вы не вернёте книгу, которую заказал другой читатель, ваше право будет приостановлено.", "ru"),
])
def test_idle_crowded_and_keep_said_with_a_negation_are_no_reversals(source, target, target_lang):
    assert _reversal_strength(source, target, "en", target_lang) < 1.0


def test_a_permission_in_the_passive_is_no_hedge_but_a_maybe_still_is():
    # natural blind25 d2-41 ru (seen): "Photographs may be used only …" = «Снимки можно использовать …»
    source = "Photographs may be used only in connection with this announcement and must credit the museum."
    target = "Снимки можно использовать только в связи с этим сообщением и с обязательной ссылкой на музей."
    assert _reversal_strength(source, target, "en", "ru") < 1.0
    # natural blind17 d5-42 ru (a planted drift): a hedge made certain
    assert _reversal_strength("Some people tell me I should switch to gas, and they may be right.",
                              "Мне советуют перейти на газ, и, конечно, они правы.", "en", "ru") >= 1.0


def test_nobody_said_a_word_is_silence_not_a_negation():
    # quote blind22 q15 (seen): "nobody said a word" = «все молчали»
    assert _reversal_strength("On the way to the school nobody said a word; only the children were crying.",
                              "Когда нас везли в школу, все молчали, только дети плакали.", "en", "ru") < 1.0
    assert _reversal_strength("On the way nobody came.", "По дороге все пришли.", "en", "ru") >= 1.0


@pytest.mark.parametrize(("source", "target"), [
    # natural blind25/blind26 (seen): 'not yet' said «пока … не» after a comma (read as 'until'), and a
    # superlative said by a negated comparative
    ("Daniel has looked at buying the freehold, but he says the figures do not yet add up.",
     "Дэниел подумывал выкупить здание, но, по его словам, пока экономически это не получается."),
    ("It was the most frightening night of my whole career.", "Страшнее ночи за всю мою работу не было."),
    ("It is the largest medieval textile in any museum in the north of England.",
     "Ни в одном музее на севере Англии нет средневековой ткани крупнее."),
])
def test_not_yet_and_a_superlative_said_by_a_negated_comparative_are_hints(source, target):
    assert _reversal_strength(source, target, "en", "ru") < 1.0


@pytest.mark.parametrize(("source", "target"), [
    ("It was a frightening night.", "Страшнее ночи не было."),
    ("He says the figures add up.", "По его словам, это не получается."),
])
def test_without_the_superlative_or_the_not_yet_a_lost_negation_still_differs(source, target):
    assert _reversal_strength(source, target, "en", "ru") >= 1.0
