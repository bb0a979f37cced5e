"""Quote matching with the fake encoder on synthetic documents (same language: plumbing only)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from alignment.drift_types import BeadPair, DriftSignal
from alignment.quotes import DRIFTED, FAITHFUL, NOT_FOUND, QuoteConfig, match_quotes
from corpora.types import Document, Quote, Sentence
from models.fake import HashingEncoder

DOC_A = [
    "The miners of the eastern valley stopped work on the first morning of spring.",
    "Their delegates walked to the regional capital to present a list of demands.",
    "The governor received them in the hall of the old customs house.",
    "He promised that the wages would be paid before the end of the month.",
    "Nobody believed him, and the strike went on for another six weeks.",
    "A newspaper in the capital printed the list of demands in full.",
    "The owners answered with a lockout that closed four pits.",
    "By the summer the strike fund was empty and families sold their furniture.",
]
DOC_B = [
    "The railway bridge over the river was blown up in the autumn.",
    "Engineers from the northern depot rebuilt it in eighteen months, at a cost of 120 000 roubles.",
    "The new bridge carried twice as many trains as the old one.",
    "Travellers complained about the slow crossing and the long queues at the ticket office.",
    "In winter the ice on the river was thick enough for sledges to cross.",
    "The stationmaster kept a diary that is now in the regional archive.",
    "His notes describe the soldiers who guarded the bridge at night.",
    "A photograph of the opening ceremony hangs in the museum of the town.",
]


def doc(sentences: list[str], name: str) -> Document:
    text, sents, pos = "", [], 0
    for k, s in enumerate(sentences):
        if k:
            text += " "
            pos += 1
        sents.append(Sentence(f"{name}{k}", k, 0, pos, pos + len(s), s))
        text += s
        pos += len(s)
    return Document(text=text, lang="en", sentences=sents, source_name=name)


@pytest.fixture(scope="module")
def sources():
    return [doc(DOC_A, "a.txt"), doc(DOC_B, "b.txt")]


def test_whole_sentence_is_found_where_it_is(sources):
    (m,) = match_quotes([DOC_B[5]], "en", sources, HashingEncoder())
    assert m.span is not None and m.span.doc_name == "b.txt" and m.span.sentence_ids == (5,)
    assert m.verdict == FAITHFUL
    doc_b = sources[1]
    assert doc_b.text[m.span.start:m.span.end] == DOC_B[5]


def test_two_sentences_are_found_as_one_span(sources):
    (m,) = match_quotes([DOC_A[3] + " " + DOC_A[4]], "en", sources, HashingEncoder())
    assert m.span is not None and m.span.sentence_ids == (3, 4)


def test_fragment_is_matched_to_a_clause_window(sources):
    quote = "at a cost of 120 000 roubles"
    (m,) = match_quotes([quote], "en", sources, HashingEncoder())
    assert m.span is not None and m.span.sentence_ids == (1,) and m.span.doc_name == "b.txt"
    sentence = sources[1].sentences[1]
    assert m.span.start > sentence.start and quote in m.span.text
    assert sources[1].text[m.span.start:m.span.end] == m.span.text


def test_absent_quotation_has_no_source(sources):
    (m,) = match_quotes(["Parliament voted for a budget that doubled spending on schools and hospitals."],
                        "en", sources, HashingEncoder())
    assert m.verdict == NOT_FOUND and m.span is None and m.reasons


def test_changed_number_is_a_drifted_quotation(sources):
    quote = "Engineers from the northern depot rebuilt it in eighteen months, at a cost of 12 000 roubles."
    (m,) = match_quotes([quote], "en", sources, HashingEncoder())
    assert m.span is not None and m.span.sentence_ids == (1,)
    assert m.verdict == DRIFTED and any("numbers" in r for r in m.reasons)


def test_footnote_link_prefers_the_linked_document():
    shared = "The commission published its report on the disaster in the following year."
    a = doc(DOC_A + [shared], "a.txt")
    b = doc(DOC_B + [shared], "b.txt")
    quote = Quote("q0", 0, 0, 0, len(shared), shared, "“”", 0, footnote=7)
    for target in ("a.txt", "b.txt"):
        (m,) = match_quotes([quote], "en", [a, b], HashingEncoder(), footnote_links={7: target})
        assert m.span is not None and m.span.doc_name == target and m.footnote == 7


def test_link_to_a_missing_document_is_reported(sources):
    quote = Quote("q0", 0, 0, 0, 10, DOC_A[2], "“”", 0, footnote=3)
    (m,) = match_quotes([quote], "en", sources, HashingEncoder(), footnote_links={3: "c.txt"})
    assert any("c.txt" in r for r in m.reasons)


def test_near_miss_that_says_more_is_no_source_and_names_the_nearest_passage(sources):
    # the span stands out (same sentence start), but the quotation adds a clause with figures the
    # span lacks: a neighbouring statement about the same thing, not its source
    near_miss = ("The owners answered with a lockout that closed four pits and left 2 000 miners "
                 "without bread until March.")
    faithful = [DOC_A[0], DOC_A[1], DOC_A[6], DOC_B[2], DOC_B[6]]
    *plain, m = match_quotes(faithful + [near_miss], "en", sources, HashingEncoder())
    assert all(p.verdict == FAITHFUL for p in plain)
    assert m.z >= QuoteConfig().min_z  # retrieval alone would have taken it
    assert m.verdict == NOT_FOUND and m.span is None
    assert m.runner_up is not None and m.runner_up.text == DOC_A[6]
    assert any(DOC_A[6][:40] in r and "numbers" in r for r in m.reasons)


def test_true_source_with_one_changed_number_stays_drifted_among_other_matches(sources):
    changed = "Engineers from the northern depot rebuilt it in eighteen months, at a cost of 12 000 roubles."
    faithful = [DOC_A[0], DOC_A[1], DOC_A[6], DOC_B[2], DOC_B[6]]
    *_, m = match_quotes(faithful + [changed], "en", sources, HashingEncoder())
    assert m.span is not None and m.span.sentence_ids == (1,)
    assert m.verdict == DRIFTED and any(r.startswith("numbers") for r in m.reasons)


def test_near_miss_rule_can_be_switched_off(sources):
    near_miss = ("The owners answered with a lockout that closed four pits and left 2 000 miners "
                 "without bread until March.")
    config = QuoteConfig(near_miss_kinds=99)
    *_, m = match_quotes([DOC_A[0], DOC_A[1], DOC_B[2], DOC_B[6], near_miss], "en", sources,
                         HashingEncoder(), config=config)
    assert m.span is not None and m.span.text == DOC_A[6] and m.verdict == DRIFTED


def test_a_quotation_is_an_excerpt_so_being_shorter_than_its_passage_is_not_drift(sources):
    *_, m = match_quotes([DOC_A[0], DOC_A[2], DOC_B[2], "the stationmaster kept a diary"], "en", sources,
                         HashingEncoder())
    assert m.span is not None and m.span.sentence_ids == (5,)
    assert m.verdict == FAITHFUL, m.reasons


def test_a_quoted_term_drifts_only_on_what_it_says_itself(sources):
    *_, same, changed = match_quotes([DOC_A[0], DOC_A[2], DOC_B[2], "120 000 roubles", "12 000 roubles"],
                                     "en", sources, HashingEncoder())
    assert same.verdict == FAITHFUL
    assert changed.verdict == DRIFTED and any("12 000" in r for r in changed.reasons)


def test_a_substitution_is_one_value_for_another_of_the_same_kind():
    from types import SimpleNamespace

    from alignment.drift import BeadPair, detect_drift
    from alignment.quotes import span_lacks

    def lacks(span: str, quote: str) -> list[str]:
        pair = BeadPair((span,), (quote,), 0.5)
        bead = detect_drift([pair], "ru", "en").beads[0]
        return [kind for kind, _, _ in span_lacks(SimpleNamespace(score=0.5), pair, bead, None, "ru", "en")]

    # a month in the quotation where the passage has a place: two things missing, not a swap
    assert "numbers" in lacks("Губернатор в Курске отказался встретиться с журналистами.",
                              "Since January the governor has refused to meet the strikers.")
    # a month for a month: the same statement with its date changed (drift of a true source)
    assert "numbers" not in lacks("С марта губернатор отказывался встречаться с забастовщиками.",
                                  "Since January the governor has refused to meet the strikers.")


def test_a_model_family_can_have_its_own_z_threshold():
    config = QuoteConfig()
    assert config.for_model("e5+use").min_z == 4.5
    assert config.for_model("use-m3").min_z == config.min_z
    assert QuoteConfig(min_z_by_model={}).for_model("e5+use").min_z == config.min_z


def _shown_pairs(reason: str) -> list[tuple[float, float]]:
    import re

    return [(float(a), float(b)) for a, b in re.findall(r"(\d+\.\d+)(?: σ)? \(needs (\d+\.\d+)\)", reason)]


def test_a_reason_never_shows_a_failing_figure_as_meeting_its_threshold(sources):
    # a threshold just above the figure, in the same tenth: one decimal would read "4.5 (needs 4.5)"
    quote = DOC_B[5]
    (found,) = match_quotes([quote], "en", sources, HashingEncoder())
    z = found.z
    tenth = round(z, 1)
    need = tenth if tenth - z >= 0.006 else round((z + tenth + 0.05) / 2, 3)
    (m,) = match_quotes([quote], "en", sources, HashingEncoder(), config=QuoteConfig(min_z=need,
                                                                                        min_z_by_model={},
                                                                                        rescue_confidence=0))
    assert m.verdict == NOT_FOUND
    pairs = _shown_pairs(" ".join(m.reasons))
    assert pairs and pairs[0][0] < pairs[0][1], m.reasons


def test_a_figure_is_shown_the_same_way_in_a_header_and_in_a_reason():
    from alignment.figures import shown, stored, versus

    for value in (3.949, 3.95, 4.449, 0.955, 2.25):
        assert shown(value) == shown(stored(value))  # the header shows the stored figure
    assert versus(4.49, 4.5) == "4.49 (needs 4.50)"
    assert versus(0.96, 1.0, " σ") == "0.96 σ (needs 1.00)"
    assert versus(5.2, 4.5) == "5.2 (needs 4.5)"


def test_a_quoted_term_is_not_traced_to_a_sentence_that_resembles_it(sources):
    from alignment.quotes import TERM

    terms = ["old customs house", "social-imperialists", "the regional capital", "People’s strike fund"]
    *_, a, b, c, d = match_quotes([DOC_A[0], DOC_B[2], *terms], "en", sources, HashingEncoder())
    for m in (a, b, c, d):
        assert m.verdict == TERM and m.span is None, (m.quote_text, m.verdict)
        assert any("not traced" in r for r in m.reasons)
    # a quotation of five words is traced
    (m,) = match_quotes(["the old customs house hall"], "en", sources, HashingEncoder())
    assert m.verdict != TERM


INVENTED = ["The harbour master ordered a new lighthouse painted in red and white stripes.",
            "Children from the orphanage sang hymns at the consecration of the chapel."]


def test_a_long_quotation_across_an_ellipsis_is_located_part_by_part(sources):
    quote = f"{DOC_A[0]} {DOC_A[1]} (…) {DOC_A[3]} {DOC_A[4]} {DOC_A[5]}"
    *_, m = match_quotes([DOC_B[2], DOC_B[6], quote], "en", sources, HashingEncoder())
    assert m.verdict == FAITHFUL, m.reasons
    assert m.span is not None and m.span.doc_name == "a.txt" and m.span.sentence_ids == (0, 1, 2, 3, 4, 5)
    assert [p.text for p in m.parts] == [DOC_A[0], DOC_A[1], DOC_A[3], DOC_A[4], DOC_A[5]]
    assert all(p.span is not None for p in m.parts)


def test_a_quotation_most_of_whose_sentences_are_found_is_partial_and_names_the_others(sources):
    from alignment.quotes import PARTIAL

    quote = " ".join([DOC_A[1], DOC_A[2], DOC_A[3], INVENTED[0], DOC_A[4]])
    *_, m = match_quotes([DOC_B[2], DOC_B[6], quote], "en", sources, HashingEncoder())
    assert m.verdict == PARTIAL and m.span is not None, m.reasons
    assert m.span.sentence_ids == (1, 2, 3, 4)
    missing = [r for r in m.reasons if "no passage" in r]
    assert missing and "part 4" in missing[0] and "harbour master" in missing[0]


@pytest.mark.parametrize("sentences, missing", [
    ([DOC_A[2], DOC_A[3], INVENTED[1]], "part 3 (“Children from the orphanage"),
    ([DOC_A[2], INVENTED[0], DOC_A[3]], "part 2 (“The harbour master"),
])
def test_a_short_quotation_one_of_whose_sentences_is_in_no_source_is_partial(sources, sentences, missing):
    from alignment.quotes import PARTIAL

    *_, m = match_quotes([DOC_B[2], DOC_B[6], " ".join(sentences)], "en", sources, HashingEncoder())
    assert m.verdict == PARTIAL and m.span is not None and m.span.sentence_ids == (2, 3), m.reasons
    assert any("no passage" in r and missing in r for r in m.reasons), m.reasons
    assert not any(r.startswith(("addition", "no source")) for r in m.reasons), m.reasons


def test_a_short_quotation_whose_sentences_all_have_their_passage_is_matched_whole(sources):
    *_, m = match_quotes([DOC_B[2], DOC_B[6], " ".join(DOC_A[4:7])], "en", sources, HashingEncoder())
    assert m.verdict == FAITHFUL and m.span is not None and m.span.sentence_ids == (4, 5, 6)
    assert m.parts == []


def test_a_drifted_sentence_of_a_long_quotation_is_named(sources):
    changed = DOC_B[1].replace("120 000", "12 000")
    quote = " ".join([DOC_B[0], changed, DOC_B[2], DOC_B[3], DOC_B[4]])
    *_, m = match_quotes([DOC_A[0], DOC_A[6], quote], "en", sources, HashingEncoder())
    assert m.verdict == DRIFTED and m.span is not None and m.span.sentence_ids == (0, 1, 2, 3, 4)
    assert any(r.startswith("part 2 (") and "numbers" in r and "12 000" in r for r in m.reasons), m.reasons
    assert [p.kinds for p in m.parts] == [[], ["numbers"], [], [], []]


def test_each_part_keeps_the_words_its_drift_names_for_the_workbench(sources):
    from alignment.quote_parts import part_records

    changed = DOC_B[1].replace("120 000", "12 000")
    quote = " ".join([DOC_B[0], changed, DOC_B[2], DOC_B[3], DOC_B[4]])
    *_, m = match_quotes([DOC_A[0], DOC_A[6], quote], "en", sources, HashingEncoder())
    record = part_records(m.parts)[1]
    (signal,) = record["signals"]
    (quote_at,), (passage_at,) = signal["target_spans"], signal["source_spans"]
    assert changed[slice(*quote_at)] == "12 000"
    assert record["passage"]["text"][slice(*passage_at)] == "120 000"
    assert [r["signals"] for r in part_records(m.parts)][2:] == [[], [], []]


def test_a_quotation_that_qualifies_a_figure_the_passage_states_plainly_is_drifted(sources):
    quote = DOC_B[1].replace("a cost of", "a cost of more than")
    *_, m = match_quotes([DOC_A[0], DOC_A[6], quote], "en", sources, HashingEncoder())
    assert m.span is not None and m.span.sentence_ids == (1,)
    assert m.verdict == DRIFTED and any("more than" in r and "120 000" in r for r in m.reasons), m.reasons


def test_a_restriction_left_out_silently_between_two_parts_is_named():
    restricted = ("The governor received them in the hall of the old customs house, but only after "
                  "the police had searched every delegate for weapons.")
    source = doc(DOC_A[:2] + [restricted] + DOC_A[3:], "a.txt")
    cut = "The governor received them in the hall of the old customs house."
    quote = " ".join([DOC_A[0], DOC_A[1], cut, DOC_A[3], DOC_A[4]])
    *_, m = match_quotes([DOC_B[2], DOC_B[6], quote], "en", [source, doc(DOC_B, "b.txt")], HashingEncoder())
    assert m.verdict == DRIFTED and m.span is not None, m.reasons
    assert any(r.startswith("part 3 (") and "omission" in r and "searched every delegate" in r
               for r in m.reasons), m.reasons
    # marked with an ellipsis, the same cut is the author's and no drift
    marked = " ".join([DOC_A[0], DOC_A[1], cut[:-1], "(…)", DOC_A[3], DOC_A[4]])
    *_, ok = match_quotes([DOC_B[2], DOC_B[6], marked], "en", [source, doc(DOC_B, "b.txt")], HashingEncoder())
    assert ok.verdict == FAITHFUL, ok.reasons


def test_a_quotation_that_drops_the_passage_s_negation_is_drifted(sources):
    quote = "The workers believed him, and the strike went on for another six weeks."
    *_, m = match_quotes([DOC_A[0], DOC_A[6], DOC_B[2], quote], "en", sources, HashingEncoder())
    assert m.span is not None and m.span.sentence_ids == (4,)
    assert m.verdict == DRIFTED and any(r.startswith("reversal") for r in m.reasons), m.reasons


@pytest.mark.parametrize("passage, quote", [
    ("Their delegates will probably walk to the regional capital to present a list of demands.",
     "Their delegates will walk to the regional capital to present a list of demands."),
    ("Most of the delegates walked to the regional capital to present a list of demands.",
     "All of the delegates walked to the regional capital to present a list of demands."),
    ("The delegates may walk to the regional capital to present a list of demands.",
     "The delegates will walk to the regional capital to present a list of demands."),
])
def test_a_quotation_that_strengthens_the_passage_s_claim_is_drifted(passage, quote):
    source = doc([DOC_A[0], passage, *DOC_A[2:]], "a.txt")
    sources = [source, doc(DOC_B, "b.txt")]
    *_, m, same = match_quotes([DOC_B[2], quote, passage], "en", sources, HashingEncoder())
    assert m.span is not None and m.span.sentence_ids == (1,)
    assert m.verdict == DRIFTED and any(r.startswith("reversal") for r in m.reasons), m.reasons
    assert same.verdict == FAITHFUL, same.reasons



def test_a_whole_quotation_of_several_sentences_is_judged_sentence_by_sentence():
    # blind6 q33 (seen): three sentences with three negations against two, the dropped one in the
    # middle; counted over the whole passage it was a weak "3 against 2", read as faithful
    passage = [DOC_A[0], "The owners did not agree to the demands.",
               "The governor does not rule out sending troops to the valley.",
               "The strike has not ended yet.", *DOC_A[5:]]
    source = doc(passage, "a.txt")
    quote = ("The owners did not agree to the demands. "
             "The governor does rule out sending troops to the valley. The strike has not ended yet.")
    *_, m = match_quotes([DOC_B[2], DOC_B[6], quote], "en", [source, doc(DOC_B, "b.txt")], HashingEncoder())
    assert m.span is not None and m.span.sentence_ids == (1, 2, 3) and m.parts == []
    assert m.verdict == DRIFTED, m.reasons
    assert [r.split(":")[1].strip() for r in m.reasons] == ["sentence 2"], m.reasons
    (signal,) = m.signals
    assert m.span.text[slice(*signal.source_spans[0])] == "not"


def test_a_name_changed_in_one_sentence_of_a_whole_quotation_stays_a_changed_name():
    # the seed article's q28: «Харьков и Днепропетровск» quoted as "Kharkov and Odessa"; the whole
    # pair and its sentence pair both showed the swap, and two beads with one swap read as the
    # translator's rendering of a term
    towns = "A breakthrough will only come when the largest towns, above all Kharkov and {}, join in."
    passage = [DOC_A[0], "The rebels cannot afford simply to wait for decisions by the governor.",
               "They need to create a new situation through their own actions.",
               towns.format("Dnipropetrovsk"), *DOC_A[5:]]
    source = doc(passage, "a.txt")
    quote = " ".join([*passage[1:3], towns.format("Odessa")])
    *_, m = match_quotes([DOC_B[2], DOC_B[6], quote], "en", [source, doc(DOC_B, "b.txt")], HashingEncoder())
    assert m.span is not None and m.parts == []
    assert m.verdict == DRIFTED and any("sentence 3" in r and "Odessa" in r for r in m.reasons), m.reasons


@pytest.mark.parametrize(("text", "whole"), [
    ("Not a single rural hospital in the region will be closed.", True),
    ("«Ни одна больница не будет закрыта.»", True),
    ("Il n'augmentera pas les impôts !", True),
    ("will not raise taxes.", False),
    ("… and then he left.", False),
    ("the creation of a sovereign and independent state", False),
])
def test_a_quotation_written_as_a_whole_sentence_is_told_from_a_fragment(text, whole):
    from alignment.quotes import _whole_sentence

    assert _whole_sentence(text) is whole


def test_what_a_whole_sentence_quotation_leaves_off_its_passage_is_left_out():
    # blind8 q29 (seen): "Passengers who did not see a doctor" dropped from a refund promise
    from alignment.quotes import _edge_omission

    source = "Пассажиры, которые не обращались к врачам, могут вернуть стоимость билета в любой кассе."

    def omission(gain: float) -> DriftSignal:
        figures = (("leave-one-out gain z", gain),)
        return DriftSignal("omission", "no counterpart", ((0, 41),), (), 1.0, True, figures)

    cut = omission(2.2)
    whole = BeadPair((source,), ("Passengers can get their fare back at any ticket office.",))
    fragment = BeadPair((source,), ("can get their fare back at any ticket office",))
    assert not _edge_omission(cut, whole)
    assert _edge_omission(cut, fragment)
    # a reworded head ("Rien ne prouve que…" for «Нет никаких доказательств того, что…») gains nothing
    assert _edge_omission(omission(-0.2), whole)


def test_a_condition_dropped_inside_a_quotation_is_drift_on_clear_evidence_even_as_a_hint():
    # quote blind16 q29 (seen): «если город возьмёт на себя половину расходов» dropped, so the offer
    # reads as unconditional; the drift calibration left the named clause a hint
    from alignment.drift import BeadDrift
    from alignment.quotes import _quote_signals

    source = ("Журавлёв ответил, что предприятие готово бесплатно установить до пятисот счётчиков, "
              "если город возьмёт на себя половину расходов.")
    quote = ("Zhuravlyov replied that the utility was prepared to install up to five hundred meters "
             "free of charge.")
    pair = BeadPair((source,), (quote,))
    start = source.index("если")

    def hint(gain: float, partial: float) -> DriftSignal:
        figures = (("length ratio z", -1.8), ("partial similarity z", partial),
                   ("leave-one-out gain z", gain))
        return DriftSignal("omission", "no counterpart", ((start, start + 40),), (), 0.2, True, figures)

    def kinds(*hints: DriftSignal) -> list[str]:
        bead = BeadDrift(0, 0.1, [], {}, list(hints))
        return [s.kind for s in _quote_signals(bead, pair, "ru", "en")]

    assert kinds(hint(1.5, -1.6)) == ["omission"]
    # weaker evidence stays out: a clause said in other words gains little (blind8 q15 −0.3, blind16 q17 +1.1)
    assert kinds(hint(1.1, -0.9)) == []
    assert kinds(hint(-0.3, -1.6)) == []
    # and a hint that names no clause (the length ratio alone) never counts
    unpinned = replace(hint(2.0, -3.0), pinned=False)
    assert kinds(unpinned) == []


def test_a_modal_inside_an_if_clause_does_not_turn_a_promise_into_a_possibility():
    # quote blind21 (seen): "si vous pouvez héberger des voisins, écrivez-nous, et nous transmettrons"
    from alignment.quotes import future_signal

    source = "Если вы готовы приютить соседей, пишите нам, и мы передадим ваше сообщение волонтёрам."
    kept = "Si vous pouvez héberger des voisins, écrivez-nous, et nous transmettrons votre message."
    assert future_signal(BeadPair((source,), (kept,)), "ru", "fr") is None
    softened = "Si vous pouvez héberger des voisins, écrivez-nous : nous pourrions transmettre votre message."
    assert future_signal(BeadPair((source,), (softened,)), "ru", "fr") is not None


def test_a_clause_a_quotation_adds_is_judged_at_any_length():
    # quote sets blind10, blind12 (seen): planted additions at length z +1.8, +1.9 stay drift in
    # quotations, while translated text needs its side clearly longer (DriftConfig default)
    from alignment.drift import DriftConfig

    assert DriftConfig().addition_min_length_z is not None
    assert QuoteConfig().drift.addition_min_length_z is None
    assert QuoteConfig().for_model("e5+use").drift.addition_min_length_z is None


def test_a_possibility_in_the_passive_still_matches_the_passages_hedge():
    # quote blind16 q35 (seen): "may be revised" renders «может быть пересмотрен»: both hedge
    from alignment.quotes import hedge_signal

    source = "Если работы будут сорваны, тариф на следующий год может быть пересмотрен в сторону снижения."
    quote = "If the work is derailed, next year's tariff may be revised downwards."
    assert hedge_signal(BeadPair((source,), (quote,)), "ru", "en") is None
    stated = "If the work is derailed, next year's tariff will be revised downwards."
    assert hedge_signal(BeadPair((source,), (stated,)), "ru", "en") is not None


def test_a_negated_modal_does_not_turn_a_promise_into_a_possibility():
    # quote blind22 q01 (seen): "we could not guarantee that … would stay" = «мы не могли гарантировать»
    from alignment.quotes import future_signal

    source = "При таком ветре мы не могли гарантировать, что концентрация у жилых домов останется безопасной."
    quote = ("With the wind like that, we could not guarantee that the concentration near people's homes "
             "would stay at a safe level.")
    assert future_signal(BeadPair((source,), (quote,)), "ru", "en") is None
    promise = BeadPair(("Мы заменим все трубы до зимы.",), ("We could replace all the pipes before winter.",))
    assert future_signal(promise, "ru", "en") is not None


def test_a_whole_sentence_quotation_matched_to_a_clause_is_judged_against_the_sentence():
    from alignment.quotes import FAITHFUL, QuoteMatch, SourceSpan, _whole_sentences

    sentence = "Ни одна сельская больница в крае не будет закрыта, пока я работаю губернатором."
    whole = SourceSpan(0, "d1.txt", (4,), 100, 100 + len(sentence), sentence, "ru")
    clause = SourceSpan(0, "d1.txt", (4,), 100, 149, sentence[:49], "ru")
    quote = "Not a single rural hospital in the region will be closed."
    quoted = QuoteMatch(0, quote, None, clause, 0.9, 6.0, 2.0, FAITHFUL, [])
    part = QuoteMatch(1, "not a single rural hospital", None, clause, 0.9, 6.0, 2.0, FAITHFUL, [])
    _whole_sentences([quoted, part], [whole, clause])
    assert quoted.span is whole
    assert part.span is clause


@pytest.mark.parametrize(("quote", "lang"), [
    # quote blind11 (scored once, seen since): hearsay said another way is still a hedge
    ("Word is the director has now been arrested.", "en"),
    ("Le directeur aurait été arrêté, à ce qu'on raconte.", "fr"),
])
def test_hearsay_said_another_way_is_a_hedge(quote, lang):
    from alignment.drift import BeadPair
    from alignment.quotes import hedge_signal

    hedged, plain = "Директора, по слухам, уже арестовали.", "Директора уже арестовали."
    assert hedge_signal(BeadPair((hedged,), (quote,)), "ru", lang) is None
    assert hedge_signal(BeadPair((plain,), (quote,)), "ru", lang) is not None


def test_a_quotation_just_under_the_bar_stands_out_by_a_wide_margin(sources):
    # seen quote sets: six present quotations refused at z 3.7-4.45 stood 2.2-2.3 σ clear of the
    # next passage, and no absent one stood more than 1.7 σ clear
    quote = DOC_B[5]
    (found,) = match_quotes([quote], "en", sources, HashingEncoder())
    assert found.margin_z >= 2.0
    config = QuoteConfig(min_z=found.z + 0.5, min_z_by_model={}, rescue_confidence=0, clear_margin_z=2.0)
    (m,) = match_quotes([quote], "en", sources, HashingEncoder(), config=config)
    assert m.verdict != NOT_FOUND and any("stands out by its margin" in r for r in m.reasons), m.reasons
    strict = QuoteConfig(min_z=found.z + 0.5, min_z_by_model={}, rescue_confidence=0,
                         clear_margin_z=found.margin_z + 1)
    (m,) = match_quotes([quote], "en", sources, HashingEncoder(), config=strict)
    assert m.verdict == NOT_FOUND and "needs" in " ".join(m.reasons)


def test_a_negated_hedge_word_is_no_hedge():
    # quote blind12 (scored once, seen since): "it is not possible" says «невозможно», a certainty
    from alignment.drift import BeadPair
    from alignment.quotes import hedge_signal

    assert hedge_signal(BeadPair(("Потребовать её возврата невозможно.",),
                                 ("It is not possible to demand it back.",)), "ru", "en") is None
    assert hedge_signal(BeadPair(("Потребовать её возврата можно.",),
                                 ("It is possibly right to demand it back.",)), "ru", "en") is not None


@pytest.mark.parametrize(("source", "quote", "lang", "drifted"), [
    # quote blind11 and blind12 (scored once, seen since): Russian says "will" in the verb's form
    ("Если дом признают аварийным, мы заменим трубы.",
     "If the building is declared unsafe, we may replace the pipes.", "en", True),
    ("Комиссия выдаст разрешение до конца мая.",
     "La commission pourrait délivrer le permis avant fin mai.", "fr", True),
    ("Комиссия выдаст разрешение до конца мая.",
     "The commission will issue the permit by the end of May.", "en", False),
    ("Комиссия может выдать разрешение до конца мая.",
     "The commission may issue the permit by the end of May.", "en", False),
    # the seed article: a future only feared («боится, что … обернётся») is as uncertain as "may"
    ("Не хочет помочь, потому что боится, что потом это обернётся против него.",
     "It does not want to help, because it is afraid that it may later be used against it.", "en", False),
])
def test_a_russian_plain_future_quoted_as_a_possibility_is_drift(source, quote, lang, drifted):
    from alignment.drift import BeadPair
    from alignment.quotes import future_signal

    assert (future_signal(BeadPair((source,), (quote,)), "ru", lang) is not None) is drifted


@pytest.mark.parametrize(("source", "quote", "lang"), [
    # quote blind15 and blind18 (scored once, seen since): hearsay and 'it looks like' said in other words
    ("Говорят, ограничения продлятся не меньше пяти лет.",
     "Word has it the restrictions will last at least five years.", "en"),
    ("По слухам, умерли уже трое.", "Word has it that three people have already died.", "en"),
    ("Рынок закрыли, и открывать его, похоже, до конца года не собираются.",
     "They've shut the market, and it looks like they're not planning to reopen it before the year is out.",
     "en"),
    # quote blind20 (scored once, seen since): «à en croire les rumeurs»; «оценивается как» (assessed
    # as) is no hedge
    ("Директора, по слухам, уже задержали.",
     "Le directeur aurait déjà été interpellé, à en croire les rumeurs.", "fr"),
    ("Его состояние оценивается как средней тяжести.", "His condition is described as moderately serious.",
     "en"),
])
def test_hearsay_and_appearance_said_another_way_are_hedges_on_both_sides(source, quote, lang):
    from alignment.claims import claim_contrast
    from alignment.quotes import hedge_signal

    assert hedge_signal(BeadPair((source,), (quote,)), "ru", lang) is None
    assert claim_contrast(source, "ru", quote, lang) is None


def test_a_quotation_of_several_sentences_stands_out_on_a_lower_bar_only_where_its_sentences_agree():
    # seen quote sets: windows of several sentences resemble one another, so their z spreads less
    config = QuoteConfig().for_model("e5+use")
    assert config.several_sentences_bar == (3.3, 1.2)
    assert QuoteConfig().for_model("hashing").several_sentences_bar == (0.0, 0.0)


def test_an_estimate_is_still_a_hedge():
    from alignment.quotes import hedge_signal

    assert hedge_signal(BeadPair(("Ущерб оценивается в 31 миллион рублей.",),
                                 ("The damage amounts to 31 million roubles.",)), "ru", "en") is not None


@pytest.mark.parametrize(("quote", "lang"), [
    ("The estimated cost of the new elephant house is 180 million roubles.", "en"),
    ("Le coût estimé du nouveau pavillon est de 180 millions de roubles.", "fr"),
])
def test_an_approximate_figure_quoted_as_estimated_keeps_its_hedge(quote, lang):
    """«Ориентировочная стоимость» is 'the estimated cost' (seen quote blind27, q02)."""
    from alignment.quotes import hedge_signal

    source = "Ориентировочная стоимость нового слоновника — 180 миллионов рублей."
    assert hedge_signal(BeadPair((source,), (quote,)), "ru", lang) is None
