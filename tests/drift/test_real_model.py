"""The drift and quote paths with a real multilingual model (USE-m3): en → ru, a few sentences."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from alignment.drift import BeadPair, detect_drift
from alignment.quotes import DRIFTED, FAITHFUL, NOT_FOUND, QuoteConfig, match_quotes
from corpora.types import Document, Sentence

pytestmark = pytest.mark.slow
DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "drift_sentences.tsv"


@pytest.fixture(scope="module")
def encoder(use_m3):
    return use_m3


@pytest.fixture(scope="module")
def rows():
    with DATA.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_changed_number_and_dropped_clause_are_found_among_faithful_pairs(encoder, rows):
    pairs = [BeadPair((r["en"],), (r["ru"],)) for r in rows[:16]]
    src = rows[13]["en"]  # the bridge: eighteen months, 120 000 roubles
    pairs.append(BeadPair((src,), (rows[13]["ru"].replace("120 тысяч", "12 тысяч"),)))
    pairs.append(BeadPair((rows[1]["en"],), ("Губернатор отказался встретиться с забастовщиками.",)))
    report = detect_drift(pairs, "en", "ru", encoder=encoder)
    assert "numbers" in report.beads[16].kinds
    assert "omission" in report.beads[17].kinds
    # omission is flagged at a fitted probability of 0.2 (recall first): a few faithful pairs of
    # this small document are flagged too, but never above the two real drifts
    assert sum(b.flagged for b in report.beads[:16]) <= 3
    top_two = {b.index for b in report.flagged[:2]}
    assert top_two == {16, 17}


def russian_document(sentences: list[str]) -> Document:
    """One paragraph of ready-made Russian sentences, offsets included."""
    text, sents, pos = "", [], 0
    for k, s in enumerate(sentences):
        text += (" " if k else "") + s
        pos += 1 if k else 0
        sents.append(Sentence(f"r{k}", k, 0, pos, pos + len(s), s))
        pos += len(s)
    return Document(text=text, lang="ru", sentences=sents, source_name="ru.txt")


def test_quotation_is_traced_to_its_russian_original(encoder, rows):
    doc = russian_document([r["ru"] for r in rows[:20]])
    present, absent = rows[7]["en"], rows[35]["en"]
    found, missing = match_quotes([present, absent], "en", [doc], encoder)
    assert found.span is not None and found.span.sentence_ids == (7,) and found.verdict == FAITHFUL
    assert missing.verdict == NOT_FOUND


def test_near_miss_with_another_predicate_is_no_source_but_a_changed_number_is_drift(encoder, rows):
    # the mayor of Tver resigning (rows[25]) is absent; a sentence about him doing something else
    # after the scandal is present, and retrieval alone takes it
    distractor = "Павел Кузнецов, мэр Твери, после скандала уехал в Москву."
    doc = russian_document([r["ru"] for r in rows[:16]] + [distractor])
    changed = rows[13]["en"].replace("120 000", "12 000")  # the bridge, its true source present
    quotes = [r["en"] for r in rows[:6]] + [rows[25]["en"], changed]
    *plain, near, drifted = match_quotes(quotes, "en", [doc], encoder)
    assert sum(p.verdict == FAITHFUL for p in plain) >= 5
    assert near.verdict == NOT_FOUND and near.span is None
    assert near.runner_up is not None and near.runner_up.text == distractor
    # without the near-miss rule the same passage would have been the match, called drifted
    unchecked = match_quotes(quotes, "en", [doc], encoder, config=QuoteConfig(near_miss_kinds=99))[6]
    assert unchecked.span is not None and unchecked.span.text == distractor
    assert drifted.span is not None and drifted.span.sentence_ids == (13,)
    assert drifted.verdict == DRIFTED and any(r.startswith("numbers") for r in drifted.reasons)


def _demo_quote_verdicts(model: str) -> dict[str, str]:
    from corpora.demo import demo_manifest, load_demo
    from models.registry import load_encoder

    demo = load_demo()
    sources = [demo[name] for name in ("source-lebedev-speech.ru.txt", "source-sokolova-interview.ru.txt")]
    quotes = demo["vesna.en.txt"].quotes
    matches = match_quotes(quotes, "en", sources, load_encoder(model))
    out = {}
    for entry in demo_manifest()["quotes"]:
        (m,) = [m for q, m in zip(quotes, matches, strict=True) if q.text.startswith(entry["excerpt"])]
        out[entry["excerpt"]] = {FAITHFUL: "faithful", DRIFTED: "drifted", NOT_FOUND: "no source"}[m.verdict]
    return out


@pytest.mark.parametrize("model", ["use-m3", "e5+use"])
def test_demo_quotations_get_the_verdicts_the_manifest_lists(model):
    from corpora.demo import demo_manifest

    verdicts = _demo_quote_verdicts(model)
    expected = {e["excerpt"]: e["verdict"] for e in demo_manifest()["quotes"]}
    near_miss = "the river will stay alive"  # "река останется рекой": one word apart, a known limit
    assert {k: v for k, v in verdicts.items() if k != near_miss} == \
        {k: v for k, v in expected.items() if k != near_miss}


@pytest.mark.xfail(strict=True, reason="a near miss one word apart ('stay alive' / 'останется рекой') "
                                       "is taken for the source (docs/drift.md, Known limits)")
def test_demo_near_miss_one_word_apart_is_no_source():
    assert _demo_quote_verdicts("use-m3")["the river will stay alive"] == "no source"


def test_capitalised_russian_words_are_paired_with_their_translation_under_e5_use(e5_use):
    """Inflected Russian capitals (Белого, Народной) are translations, not other names, with the
    default quote model too: its USE part judges the words (e5 packs word scores together)."""
    from alignment.names import translated_by_meaning
    queries = [
        ("Белого", ["ideal", "White", "movement", "hostility"]),
        ("Народной", ["Lugansk", "People", "Republic", "leaders"]),
        ("Верховный", ["Supreme", "Council", "voted", "law"]),
        ("Дугина", ["speech", "praised", "Gumilev", "followers"]),
        ("Днепропетровска", ["workers", "Kharkov", "Odessa", "joined"]),
    ]
    assert translated_by_meaning(queries, "ru", "en", e5_use) == [True, True, True, False, False]


def test_the_word_check_can_reject_a_passage_that_keeps_the_frame_but_says_other_things(e5_use, rows):
    """With e5+use the old wooden hospital is retrieved for the new stone one and, on sentence
    similarity alone, called faithful; the word check (opt-in) finds it has words for almost
    nothing else."""
    near = "Старая деревянная больница имела девяносто коек, но отапливалась печами."
    doc = russian_document([r["ru"] for r in rows[:16]] + [near])
    quote = ("The new hospital, built of stone, had ninety beds and was the first in the district with an "
             "X-ray machine.")
    checked = QuoteConfig(min_word_coverage=0.35)
    absent, present = match_quotes([quote, rows[3]["en"]], "en", [doc], e5_use, config=checked)
    assert absent.verdict == NOT_FOUND and absent.runner_up is not None and absent.runner_up.text == near
    assert "has words for only" in absent.reasons[-1] and "stone" in absent.reasons[-1]
    assert present.verdict == FAITHFUL and present.word_coverage is not None and present.word_coverage >= 0.6
    unchecked = match_quotes([quote], "en", [doc], e5_use)[0]  # the default: coverage reported only
    assert unchecked.span is not None and unchecked.span.text == near and unchecked.verdict == FAITHFUL
    assert unchecked.word_coverage is not None and unchecked.word_coverage < 0.35


def test_an_inflected_russian_common_word_is_paired_with_its_translation_by_its_dictionary_form(e5_use):
    """Великой / Great (великий), Союзе / Union (союз); a city stays a name (Екатеринбурге / Petersburg)."""
    from alignment.names import translated_by_meaning
    queries = [
        ("Великой", ["enemy", "Great", "Russia", "opposition"]),
        ("Great", ["власть", "враг", "Великой", "России"]),
        ("Союзе", ["grew", "Soviet", "Union", "time"]),
        ("Екатеринбурге", ["Moscow", "Petersburg", "funded"]),
    ]
    assert translated_by_meaning(queries, "ru", "en", e5_use)[:1] + \
        translated_by_meaning(queries[1:2], "en", "ru", e5_use) + \
        translated_by_meaning(queries[2:], "ru", "en", e5_use) == [True, True, True, False]


def _natural_document(name: str, doc: str, lang: str) -> tuple[list[dict], list]:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / f"drift_natural_{name}.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r["doc"] == doc]
    return rows, [BeadPair((r["en"],), (r[lang],)) for r in rows]


@pytest.mark.parametrize(("name", "doc", "row"), [
    # seen natural sets: «Quand on lui demanda pourquoi» renders "Asked why" (a hint); natural
    # blind19 (scored once, seen since): «à notre grand soulagement» renders "to our relief", a clause
    # of two words with one rendered
    ("blind", "d4", "d4-34"), ("blind19", "d3", "d3-06")])
def test_a_clause_the_other_side_has_words_for_is_restructured_not_added(encoder, name, doc, row):
    rows, pairs = _natural_document(name, doc, "fr")
    report = detect_drift(pairs, "en", "fr", encoder=encoder)
    bead = report.beads[[r["id"] for r in rows].index(row)]
    assert "addition" not in bead.kinds
    assert any(h.kind == "addition" and "may only be restructured" in h.reason for h in bead.hints)


def test_a_clause_without_words_on_the_other_side_stays_an_addition(encoder):
    # «et que deux d'entre eux avaient déjà fermé» has no English words and stays a flag
    rows, pairs = _natural_document("blind7", "d2", "fr")
    report = detect_drift(pairs, "en", "fr", encoder=encoder)
    assert "addition" in report.beads[[r["id"] for r in rows].index("d2-31")].kinds

