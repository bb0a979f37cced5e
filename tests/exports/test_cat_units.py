"""Units for a CAT tool's own segments (issue 19): the footnote list paired note for note, a join
where Parallax breaks and common segmentation rules do not, a split of n:n beads, and the
paragraph-level TMX. The alignments are written by hand, so no model runs."""

from __future__ import annotations

import io

from lxml import etree

from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.document import build_document
from corpora.exporters import FORMATS, export_corpus, write_tmx
from corpora.exporters.raw import with_raw_sentences
from corpora.import_tm import read_tmx
from corpora.schemas import tmx_dtd_path

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

EN = ("Give us weapons so that we can fight!” The weapons are already there [3]. However… “What do we see?\n"
      "He came back. Nobody asked why.\n\n"
      "[3] Interview, 2014. It was recorded in May.\n"
      "[4] Ibid.\n"
      "[5] Only in English.\n")
FR = ("Donnez-nous des armes pour que nous puissions lutter !” Les armes sont déjà là [3]. Cependant… "
      "« Que voyons-nous ?\n"
      "Il est revenu. Personne n’a demandé pourquoi.\n\n"
      "[3] Entretien, 2014. Il a été enregistré en mai.\n"
      "[4] Ibid.\n")


def _corpus(pairs: list[tuple[list[int], list[int]]]) -> AlignedCorpus:
    source, target = build_document(EN, "en"), build_document(FR, "fr")
    beads = [AlignedBead(s, t, [source.sentences[i].text for i in s], [target.sentences[i].text for i in t],
                         score=0.9) for s, t in pairs]
    return with_raw_sentences(AlignedCorpus("en", "fr", beads), source, target)


def _units(corpus: AlignedCorpus, fmt: str = "tmx") -> list[tuple[str | None, str, str]]:
    """(x-parallax-unit or None, source seg, target seg) of every tu."""
    out = io.BytesIO()
    FORMATS[fmt].writer(corpus, out)
    root = etree.fromstring(out.getvalue())
    etree.DTD(str(tmx_dtd_path())).assertValid(root)
    units = []
    for tu in root.iter("tu"):
        kind = next((p.text for p in tu.findall("prop") if p.get("type") == "x-parallax-unit"), None)
        segs = {tuv.get(XML_LANG): "".join(tuv.find("seg").itertext()) for tuv in tu.findall("tuv")}
        units.append((kind, segs.get("en", ""), segs.get("fr", "")))
    return units


ONE_TO_ONE = [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3]), ([4], [4]), ([5], [5])]


def test_the_seed_like_sentences_are_split_where_parallax_breaks():
    """The premise of the join units: Parallax breaks after “!”” and “…”, which common rules do not."""
    assert [s.text for s in build_document(EN, "en").sentences][:3] == [
        "Give us weapons so that we can fight!”", "The weapons are already there.", "However…"]


def test_the_footnote_lists_are_paired_note_for_note_in_the_segments_a_cat_tool_makes():
    notes = [(s, t) for kind, s, t in _units(_corpus(ONE_TO_ONE)) if kind == "footnote"]
    assert notes == [
        ("[3] Interview, 2014.", "[3] Entretien, 2014."),
        ("It was recorded in May.", "Il a été enregistré en mai."),
        ("[4] Ibid.", "[4] Ibid."),
    ]  # [5] has no French note: no unit


def test_sentences_that_end_without_a_full_stop_are_also_joined_with_the_next_one():
    joins = [(s, t) for kind, s, t in _units(_corpus(ONE_TO_ONE)) if kind == "join"]
    assert joins == [(
        "Give us weapons so that we can fight!” The weapons are already there [3].",
        "Donnez-nous des armes pour que nous puissions lutter !” Les armes sont déjà là [3].",
    ), (
        "However… “What do we see?",
        "Cependant… « Que voyons-nous ?",
    )]


def test_an_n_to_n_bead_is_also_written_sentence_for_sentence():
    units = _units(_corpus([([0], [0]), ([1], [1]), ([2, 3], [2, 3]), ([4, 5], [4])]))
    assert ("He came back. Nobody asked why.", "Il est revenu. Personne n’a demandé pourquoi.") not in [
        (s, t) for k, s, t in units if k == "split"]
    assert [(s, t) for k, s, t in units if k == "split"] == [
        ("However…", "Cependant…"), ("“What do we see?", "« Que voyons-nous ?")]
    # the 2:1 bead has no plausible split: only its joined unit
    assert (None, "He came back. Nobody asked why.", "Il est revenu.") in units


def test_a_tmx_with_extra_units_reads_back_bead_for_bead(tmp_path):
    corpus = _corpus(ONE_TO_ONE)
    export_corpus(corpus, "tmx", tmp_path / "m.tmx")
    back = read_tmx(tmp_path / "m.tmx")
    assert [(b.source_ids, b.target_ids) for b in back.beads] == ONE_TO_ONE


def test_the_paragraph_tmx_has_one_unit_per_paragraph_pair(tmp_path):
    corpus = _corpus(ONE_TO_ONE)
    out = io.BytesIO()
    write_tmx(corpus, out)
    assert b'segtype="sentence"' in out.getvalue()
    units = _units(corpus, "tmx-paragraph")
    assert units[:2] == [
        (None, "Give us weapons so that we can fight!” The weapons are already there [3]. However… "
               "“What do we see?",
         "Donnez-nous des armes pour que nous puissions lutter !” Les armes sont déjà là [3]. Cependant… "
         "« Que voyons-nous ?"),
        (None, "He came back. Nobody asked why.", "Il est revenu. Personne n’a demandé pourquoi."),
    ]
    assert units[2:] == [
        (None, "[3] Interview, 2014. It was recorded in May.",
         "[3] Entretien, 2014. Il a été enregistré en mai."),
        (None, "[4] Ibid.", "[4] Ibid."),
    ]
    export_corpus(corpus, "tmx-paragraph", tmp_path / "p.tmx")
    assert b'segtype="paragraph"' in (tmp_path / "p.tmx").read_bytes()
    assert len(read_tmx(tmp_path / "p.tmx").beads) == 4


def test_a_footnote_with_an_xml_illegal_character_is_written_safely():
    corpus = _corpus(ONE_TO_ONE)
    corpus.notes[0].source_raw = ["[3] Interview\ufffe, 2014."]
    notes = [s for kind, s, _ in _units(corpus) if kind == "footnote"]
    assert notes[0] == "[3] Interview\ufffd, 2014."
