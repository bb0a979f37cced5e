"""Match confidence: how likely a quotation's nearest passage is its source (alignment.quote_confidence)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from alignment.quote_confidence import (
    MatchFigures,
    QuoteConfidenceError,
    describe,
    load_confidence,
    parse_confidence,
    quote_only_number,
)
from alignment.quote_parts import PartLookup, QuotePart, locate_parts
from alignment.quotes import SourceSpan, match_quotes

ROOT = Path(__file__).resolve().parents[2]


def shipped():
    model = load_confidence().for_family("e5+use")
    assert model is not None, "the shipped file has a model for the default quote model"
    return model


def test_every_shipped_model_names_the_command_and_data_it_was_fitted_on():
    models = load_confidence()
    assert {"e5+use", "use-m3"} <= set(models.by_family)
    for model in models.by_family.values():
        assert "quote_confidence_fit.py" in model.provenance["command"]
        assert "dev" in model.provenance["data"]


def test_a_passage_with_words_for_the_whole_quotation_is_more_likely_its_source():
    model = shipped()
    same = dict(z=6.0, margin=2.0, quote_only_number=0.0)
    assert model.probability(MatchFigures(coverage=1.0, **same)) > model.probability(
        MatchFigures(coverage=0.3, **same)) + 0.2


def test_a_figure_the_passage_has_nothing_for_lowers_the_confidence():
    model = shipped()
    same = dict(z=6.0, margin=2.0, coverage=0.7)
    assert model.probability(MatchFigures(quote_only_number=0.8, **same)) < model.probability(
        MatchFigures(quote_only_number=0.0, **same)) - 0.2


def test_a_number_on_the_quotation_side_only_is_read_but_a_changed_one_is_not():
    assert quote_only_number("The bridge was rebuilt in eighteen months.", "en",
                             "The bridge was built before the revolution.", "en") > 0
    assert quote_only_number("The bridge was rebuilt in eighteen months.", "en",
                             "The bridge was rebuilt in twelve months.", "en") == 0


def test_a_model_never_fitted_reads_its_figures_with_the_fallback_family():
    models = load_confidence()
    assert models.for_family("labse") is models.by_family[models.fallback]


def test_a_broken_confidence_file_says_what_is_wrong():
    with pytest.raises(QuoteConfidenceError, match="features"):
        parse_confidence({"features": ["z"], "models": {}, "fallback": "x"})
    with pytest.raises(QuoteConfidenceError, match="missing or bad"):
        parse_confidence({"features": ["z", "margin", "coverage", "coverage_known", "quote_only_number"],
                          "models": {"e5+use": {"weights": {"z": 1}}}, "fallback": "e5+use"})


def test_the_words_follow_the_figure():
    assert describe(0.95).startswith("very likely")
    assert describe(0.2).startswith("unlikely")
    assert "0.55" in describe(0.55)


SENTENCES = ["The miners stopped work on the first morning of spring.",
             "The governor received them in the hall of the old customs house.",
             "Nobody believed him, and the strike went on for another six weeks.",
             "The harbour froze that winter for the first time in living memory.",
             "A new school opened in the lower town two years later.",
             "Its first teacher came from the capital with a trunk of books."]


def _document(sents: list[str]):
    from corpora.types import Document, Sentence

    text, out, pos = "", [], 0
    for k, s in enumerate(sents):
        out.append(Sentence(f"a{k}", k, 0, pos, pos + len(s), s))
        text += s + " "
        pos += len(s) + 1
    return Document(text=text.strip(), lang="en", sentences=out, source_name="a.txt")


def test_every_traced_quotation_carries_its_match_confidence(tmp_path):
    from models.fake import HashingEncoder

    doc = _document(SENTENCES[:3])
    found, absent = match_quotes(["The governor received them in the hall of the old customs house.",
                                  "A photograph of the opening ceremony hangs in the museum."],
                                 "en", [doc], HashingEncoder())
    for m in (found, absent):
        assert m.figures is not None and m.match_confidence is not None
        assert 0.0 <= m.match_confidence <= 1.0


def _lookup(best: int, z: float, n: int) -> PartLookup:
    row = np.zeros(n)
    row[best] = 0.9
    z_row = np.zeros(n)
    z_row[best] = z
    return PartLookup(best, 0.9, z, 3.0, True, z_row, np.ones(n, dtype=bool), row)


def test_two_clear_parts_far_apart_in_one_document_do_not_break_the_lookup():
    # seen on the seed article with use-m3: two clear parts 40 sentences apart put the median
    # between them, out of reach of both, and the lookup failed with "min() arg is an empty sequence"
    candidates = [SourceSpan(0, "a", (k,), k * 10, k * 10 + 9, f"s{k}", "ru") for k in range(60)]
    parts = [QuotePart(k, f"part {k}", 0, 1) for k in range(3)]
    lookups = [_lookup(2, 8.0, 60), _lookup(45, 6.0, 60), _lookup(50, 2.0, 60)]
    lookups[2].clear = False
    doc, _located = locate_parts(parts, lookups, candidates, nearby_min_z=3.5)
    assert doc == 0
    assert parts[0].span is candidates[2]  # the clearest part anchors the quotation


@pytest.mark.slow
def test_the_shipped_confidence_is_calibrated_on_held_out_quotations(e5_use):
    """On the held-out triples (never fitted on): Brier score under 0.03, and among passages given at
    least 0.9, at least nine in ten are the source."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from quote_confidence_fit import collect

    rows = collect(e5_use, "heldout", (7,))
    ps = [(m.match_confidence, ok) for m, ok, _ in rows]
    brier = sum((p - ok) ** 2 for p, ok in ps) / len(ps)
    confident = [ok for p, ok in ps if p >= 0.9]
    assert brier < 0.03
    assert len(confident) > 20 and sum(confident) / len(confident) >= 0.9
    json.dumps([p for p, _ in ps])  # plain floats, as stored in the evidence


@pytest.mark.slow
def test_a_sentence_placed_on_a_look_alike_makes_a_long_quotation_partial_not_drifted(e5_use):
    """Dev material (seed 7): a long quotation ends with two sentences in no source; one of them
    ("Anna Volkova … organised a library …") stands out against a look-alike ("Анна Волкова много лет
    преподавала литературу в Туле") that lacks what it says. It is named as having no passage, and the
    quotation is partial, not drifted for an addition the author never made."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from drift_quotes import build

    docs, _where, quotes = build(7, "dev")
    group = [q for q in quotes if q["lang"] == "en" and q["form"] in ("long", "mixed")]
    matches = match_quotes([q["text"] for q in group], "en", docs, e5_use)
    volkova = [(q, m) for q, m in zip(group, matches, strict=True)
               if q["form"] == "mixed" and "Anna Volkova" in q["text"]]
    assert volkova
    for _q, m in volkova:
        part = next(p for p in m.parts if p.text.startswith("Anna Volkova"))
        assert part.span is None and not part.reasons
        assert not any("library" in r and r.startswith("addition") for r in m.reasons)
    unplaced = [m for _q, m in volkova if "lacks what it says" in next(
        p for p in m.parts if p.text.startswith("Anna Volkova")).unplaced]
    assert unplaced and all(m.verdict == "partial" for m in unplaced)


@pytest.mark.parametrize(("text", "title"), [
    ("Prime Minister of the Donetsk People’s Republic", True),
    ("Donbass: Why the Revolution Is Being Hijacked", True),
    ("Pavel Kuznetsov, the mayor of Tver", False),  # an apposition, not a title
    ("the Donetsk People’s Republic was his project", False),  # a fragment of a sentence
    ("Vladimir Putin told the Federation Council that Russia would defend its compatriots.", False),
])
def test_a_title_of_five_words_or_more_is_a_term_not_a_quotation(text, title):
    from alignment.quotes import is_term, is_title

    assert is_title(text) is title
    assert is_term(text) is title


def test_a_title_is_not_traced_to_a_passage_that_merely_resembles_it():
    from corpora.types import Document, Sentence
    from models.fake import HashingEncoder

    s = "Премьер-министр Донецкой народной республики выступил по телевидению."
    doc = Document(text=s, lang="ru", sentences=[Sentence("a0", 0, 0, 0, len(s), s)], source_name="a.txt")
    title = "Minister of Defense of the Donetsk People’s Republic"
    [m] = match_quotes([title], "en", [doc], HashingEncoder())
    assert m.verdict == "term, not traced" and "a title" in m.reasons[0]


def _as_default_quote_model():
    """A hashing stand-in read with the default quote model's fitted confidence."""
    from models.base import EncoderInfo
    from models.fake import HashingEncoder

    encoder = HashingEncoder()
    encoder.info = EncoderInfo("e5+use")
    return encoder


def _refused(index: int, quote: str, near: str, z: float, margin: float):
    from alignment.quotes import NOT_FOUND, QuoteMatch

    span = SourceSpan(0, "d1.txt", (index,), 0, len(near), near, "en")
    return QuoteMatch(index, quote, None, None, 0.8, z, margin, NOT_FOUND,
                      ["no span stands out: best z 4.2 (needs 4.5)"], runner_up=span)


def test_a_refused_quotation_whose_nearest_passage_is_confidently_its_source_is_traced_to_it():
    # blind8 (seen): a retelling in another document narrowed the true source's margin and z
    from alignment.quotes import FAITHFUL, NOT_FOUND, QuoteConfig, _rescue

    text = "The switch had been laid in two thousand and seven with a fifteen-year service life."
    clear = _refused(0, text, text, z=4.2, margin=2.0)
    weak = _refused(1, text, "Rain is expected over the coast on Thursday.", z=4.2, margin=0.2)
    low_z = _refused(2, text, text, z=2.8, margin=2.0)
    _rescue([clear, weak, low_z], "en", _as_default_quote_model(), QuoteConfig())
    assert clear.verdict == FAITHFUL and clear.span is not None
    assert "match confidence" in clear.reasons[-1]
    assert not any(r.startswith("no span stands out") for r in clear.reasons)
    assert weak.verdict == NOT_FOUND and weak.span is None
    assert low_z.verdict == NOT_FOUND and low_z.span is None


def test_sources_that_all_tell_one_story_keep_the_true_source_fewer_sigma_ahead():
    # quote blind23 (seen): a ministry, a doctor, a hearing and a forum on one ward's closure; the
    # true sources of q09 and q28 stood 3.3 and 3.7 σ above the rest, and no absent quotation of the
    # seen sets reached the confidence that traces them
    from alignment.quotes import FAITHFUL, QuoteConfig, _rescue

    text = "The switch had been laid in two thousand and seven with a fifteen-year service life."
    homogeneous = _refused(0, text, text, z=3.4, margin=1.0)
    _rescue([homogeneous], "en", _as_default_quote_model(), QuoteConfig())
    assert homogeneous.verdict == FAITHFUL and homogeneous.span is not None


def test_the_rescue_can_be_switched_off():
    from alignment.quotes import NOT_FOUND, QuoteConfig, _rescue

    text = "The switch had been laid in two thousand and seven with a fifteen-year service life."
    clear = _refused(0, text, text, z=4.2, margin=2.0)
    _rescue([clear], "en", _as_default_quote_model(), QuoteConfig(rescue_confidence=0))
    assert clear.verdict == NOT_FOUND


def test_a_stand_in_encoder_without_its_own_fitted_confidence_rescues_nothing():
    from alignment.quotes import NOT_FOUND, QuoteConfig, _rescue
    from models.fake import HashingEncoder

    text = "The switch had been laid in two thousand and seven with a fifteen-year service life."
    clear = _refused(0, text, text, z=4.2, margin=2.0)
    _rescue([clear], "en", HashingEncoder(), QuoteConfig())
    assert clear.verdict == NOT_FOUND


def test_a_quotation_of_several_sentences_is_judged_by_its_bars_not_its_confidence():
    # seen quote sets blind5-19: the confidence turned down 18 quotations of several sentences, each
    # traced to its source, and no absent one; a one-sentence quotation still is turned down
    from alignment.quotes import NOT_FOUND, QuoteConfig
    from models.fake import HashingEncoder

    strict = QuoteConfig(min_match_confidence=0.999)
    one, several = match_quotes([SENTENCES[1], SENTENCES[1] + " " + SENTENCES[2]], "en",
                                [_document(SENTENCES)], HashingEncoder(), config=strict)
    assert one.match_confidence < 0.999 and one.verdict == NOT_FOUND
    assert several.verdict != NOT_FOUND and several.span is not None
